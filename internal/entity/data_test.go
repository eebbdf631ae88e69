//go:build data

package entity

// A check of how the recogniser generalises, on annotated Indonesian news it
// was not written against: `go test -tags data -run TestOnNERData -v
// ./internal/entity`. The datasets live outside the repository
// (../shared/data); the test is skipped when they are absent. Each sentence
// is recognised as a document of its own, COUNTRY and PLACE count as the
// datasets' location type, and spans are scored like conlleval.

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kronik/internal/kb"
	"kronik/internal/ner"
	"kronik/internal/text"
)

func TestOnNERData(t *testing.T) {
	files := []string{
		"../../../shared/data/idner-news-2k/test.txt",
		"../../../shared/data/indolem-nerui/test.01.tsv",
		"../../../shared/data/nergrit/test_preprocess.txt",
	}
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	tagger, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Logf("skipped, no data: %v", err)
			continue
		}
		sents, err := ner.ReadCoNLL(fh)
		fh.Close()
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		base := ner.Evaluate(tagger, sents)
		t.Logf("%s tagger alone  overall P=%.1f R=%.1f F1=%.1f", filepath.Base(filepath.Dir(f)), base.Overall.Precision, base.Overall.Recall, base.Overall.F1)
		for _, withTagger := range []bool{false, true} {
			var tg Tagger
			if withTagger {
				tg = tagger
			}
			r := New(k, tg)
			var gold, pred [][]string
			for start := 0; start < len(sents); start += docSize {
				end := min(start+docSize, len(sents))
				for _, s := range sents[start:end] {
					gold = append(gold, s.Labels)
				}
				pred = append(pred, labelsForDoc(r, sents[start:end])...)
			}
			sc := ner.Score(gold, pred)
			t.Logf("%s tagger=%v overall P=%.1f R=%.1f F1=%.1f", filepath.Base(filepath.Dir(f)), withTagger, sc.Overall.Precision, sc.Overall.Recall, sc.Overall.F1)
			for typ, p := range sc.PerType {
				t.Logf("   %-7s P=%.1f R=%.1f F1=%.1f (gold %d)", typ, p.Precision, p.Recall, p.F1, p.Gold)
			}
		}
	}
}

// docSize is how many consecutive sentences make one document: the sets
// keep their articles' sentences together, and linking works per document.
const docSize = 8

// labelsForDoc recognises sentences joined by newlines as one document and
// maps the mentions back to BIO labels per sentence.
func labelsForDoc(r *Recognizer, sents []ner.Sentence) [][]string {
	var sb strings.Builder
	var starts [][]int
	for _, s := range sents {
		st := make([]int, len(s.Words))
		for i, w := range s.Words {
			if i > 0 {
				sb.WriteByte(' ')
			}
			st[i] = sb.Len()
			sb.WriteString(w)
		}
		sb.WriteByte('\n')
		starts = append(starts, st)
	}
	doc := sb.String()
	out := make([][]string, len(sents))
	for k := range sents {
		out[k] = make([]string, len(sents[k].Words))
		for i := range out[k] {
			out[k][i] = "O"
		}
	}
	for _, e := range r.Recognize(doc, text.Split(doc), "id") {
		typ := e.Type
		if typ == kb.Country {
			typ = kb.Place
		}
		for _, m := range e.Mentions {
			first := true
			for k, st := range starts {
				for i, p := range st {
					if p >= m.Start && p < m.End {
						if first {
							out[k][i] = "B-" + typ
							first = false
						} else {
							out[k][i] = "I-" + typ
						}
					}
				}
			}
		}
	}
	return out
}

// labelsFor recognises the words joined by spaces and maps the mentions back
// to BIO labels over the words.
func labelsFor(r *Recognizer, words []string) []string {
	var sb strings.Builder
	starts := make([]int, len(words))
	for i, w := range words {
		if i > 0 {
			sb.WriteByte(' ')
		}
		starts[i] = sb.Len()
		sb.WriteString(w)
	}
	s := sb.String()
	labels := make([]string, len(words))
	for i := range labels {
		labels[i] = "O"
	}
	for _, e := range r.Recognize(s, text.Split(s), "id") {
		typ := e.Type
		if typ == kb.Country {
			typ = kb.Place
		}
		for _, m := range e.Mentions {
			first := true
			for i, st := range starts {
				if st >= m.Start && st < m.End {
					if first {
						labels[i] = "B-" + typ
						first = false
					} else {
						labels[i] = "I-" + typ
					}
				}
			}
		}
	}
	return labels
}
