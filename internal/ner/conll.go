package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Sentence is one tokenised sentence with one BIO label per word.
type Sentence struct {
	Words, Labels []string
}

// The entity types the shipped tagger knows. Other types survive only when
// the reader is asked to keep them (see KeepOtherTypes).
const (
	Person = "PERSON"
	Org    = "ORG"
	Place  = "PLACE"
)

// typeMap folds the tag names of the Indonesian datasets onto our three types.
// An empty value means "drop to O".
var typeMap = map[string]string{
	// Persons: IndoLEM/NERGrit write PERSON, idner-news-2k PER, NERP PPL,
	// the Luthfi Wikipedia gold standard "Person".
	"PERSON": Person, "PER": Person, "PPL": Person,
	// Organisations. NERP's IND is "product or brand" rather than an
	// organisation, so it is dropped: mapping it to ORG would teach the
	// tagger that phone models and soap brands are organisations.
	"ORGANIZATION": Org, "ORGANISATION": Org, "ORG": Org,
	// Places: countries, cities, regions, buildings (the KB types them).
	"LOCATION": Place, "LOC": Place, "PLC": Place, "PLACE": Place, "GPE": Place,
	// Types outside our set.
	"TIME": "", "QUANTITY": "", "EVT": "", "FNB": "", "IND": "", "MISC": "",
}

// ReadOption changes how ReadCoNLL maps labels.
type ReadOption func(*readConfig)

type readConfig struct {
	keepOther bool
}

// KeepOtherTypes keeps entity types outside PERSON/ORG/PLACE (TIME,
// QUANTITY, ...) under their upper-cased dataset name instead of dropping
// them to O. Evaluation protocols that score all of a corpus's types use it.
func KeepOtherTypes() ReadOption { return func(c *readConfig) { c.keepOther = true } }

// ReadCoNLL reads a CoNLL-style file: one token per line, the word in the
// first column and the label in the last, columns separated by tabs or
// spaces, a blank line between sentences, LF or CRLF endings. Labels may be
// BIO (B-X, I-X), IOB with bare I- starts, or plain IO type names (Person,
// Place); all are converted to BIO over PERSON, ORG and PLACE.
func ReadCoNLL(r io.Reader, opts ...ReadOption) ([]Sentence, error) {
	var cfg readConfig
	for _, o := range opts {
		o(&cfg)
	}
	var (
		out  []Sentence
		cur  Sentence
		line int
	)
	flush := func() {
		if len(cur.Words) > 0 {
			cur.Labels = repairBIO(cur.Labels)
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), " \t\r")
		if strings.TrimSpace(text) == "" {
			flush()
			continue
		}
		if strings.HasPrefix(text, "-DOCSTART-") {
			continue
		}
		var fields []string
		if strings.Contains(text, "\t") {
			fields = strings.Split(text, "\t")
		} else {
			fields = strings.Fields(text)
		}
		if len(fields) < 2 {
			return nil, fmt.Errorf("line %d: want a word and a label, got %q", line, text)
		}
		word := strings.TrimSpace(fields[0])
		label := strings.TrimSpace(fields[len(fields)-1])
		if word == "" {
			// A tab-separated line whose word is a space character: keep a
			// placeholder so labels stay aligned.
			word = "_"
		}
		cur.Words = append(cur.Words, word)
		cur.Labels = append(cur.Labels, mapLabel(label, cfg.keepOther))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read conll: line %d: %w", line, err)
	}
	flush()
	return out, nil
}

// mapLabel turns a dataset label into our label. IO labels (no prefix) come
// back as "I-TYPE" and are fixed to B- by repairBIO at chunk starts.
func mapLabel(label string, keepOther bool) string {
	if label == "" || label == "O" || label == "0" {
		return "O"
	}
	prefix, typ := "I-", label
	if len(label) > 2 && label[1] == '-' {
		switch label[0] {
		case 'B', 'b', 'S', 's':
			prefix = "B-"
		case 'I', 'i', 'E', 'e', 'M', 'm':
			prefix = "I-"
		}
		typ = label[2:]
	}
	typ = strings.ToUpper(typ)
	mapped, known := typeMap[typ]
	switch {
	case known && mapped != "":
		typ = mapped
	case keepOther:
		// keep typ as is
	default:
		return "O"
	}
	return prefix + typ
}

// repairBIO makes a label sequence valid BIO: an I-X that does not continue
// an X chunk starts one (conlleval reads it the same way).
func repairBIO(labels []string) []string {
	prev := "O"
	for i, l := range labels {
		if strings.HasPrefix(l, "I-") && (prev == "O" || prev[2:] != l[2:]) {
			labels[i] = "B-" + l[2:]
		}
		prev = labels[i]
	}
	return labels
}
