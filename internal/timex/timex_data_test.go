//go:build data

package timex

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// The IndoTimex Kompas test set (25 articles, gold TIMEX3 in TimeML, cp1252
// bytes): see ../../../shared/data/indotimex-kompas/README.md. Run with
//
//	go test -tags data -run TestKompasTimex -v ./internal/timex/
const kompasZip = "../../../shared/data/indotimex-kompas/Kompas_test_gold.zip"

// Floors just under the figures measured when the test was written, so that a
// regression fails the test while small wording changes do not.
const (
	floorRelaxedF1 = 0.93
	floorStrictF1  = 0.91
	floorValueAcc  = 0.94
)

type goldTimex struct {
	start, end  int
	typ, value  string
	text        string
	matched     bool
	matchedExpr *Expr
}

type kompasDoc struct {
	name string
	dct  Date
	text string
	gold []goldTimex
}

// parseTML strips the inline TIMEX3 tags of a TimeML <TEXT> element and keeps
// their spans as byte offsets into the stripped text.
func parseTML(t *testing.T, name string, raw []byte) kompasDoc {
	t.Helper()
	utf, err := charmap.Windows1252.NewDecoder().Bytes(raw)
	if err != nil {
		t.Fatalf("%s: decode cp1252: %v", name, err)
	}
	src := strings.ReplaceAll(string(utf), "\r\n", "\n")
	doc := kompasDoc{name: name}
	if i := strings.Index(src, `functionInDocument="CREATION_TIME"`); i >= 0 {
		tag := src[strings.LastIndex(src[:i], "<TIMEX3"):i]
		doc.dct, _ = ParseISO(attr(tag, "value"))
	}
	a, b := strings.Index(src, "<TEXT>"), strings.Index(src, "</TEXT>")
	if a < 0 || b < a {
		t.Fatalf("%s: no TEXT element", name)
	}
	body := src[a+len("<TEXT>") : b]
	var out strings.Builder
	var open *goldTimex
	for len(body) > 0 {
		lt := strings.IndexByte(body, '<')
		if lt < 0 {
			out.WriteString(body)
			break
		}
		out.WriteString(body[:lt])
		gt := strings.IndexByte(body[lt:], '>')
		if gt < 0 {
			out.WriteString(body[lt:])
			break
		}
		tag := body[lt : lt+gt+1]
		body = body[lt+gt+1:]
		switch {
		case strings.HasPrefix(tag, "<TIMEX3"):
			open = &goldTimex{start: out.Len(), typ: attr(tag, "type"), value: attr(tag, "value")}
		case tag == "</TIMEX3>" && open != nil:
			open.end = out.Len()
			doc.gold = append(doc.gold, *open)
			open = nil
		}
	}
	// XML entities (a few &amp;) are left escaped: gold offsets and the text
	// given to Extract are then the same string.
	doc.text = out.String()
	for i := range doc.gold {
		g := &doc.gold[i]
		g.text = doc.text[g.start:g.end]
	}
	return doc
}

func attr(tag, name string) string {
	k := strings.Index(tag, name+`="`)
	if k < 0 {
		return ""
	}
	v := tag[k+len(name)+2:]
	if e := strings.IndexByte(v, '"'); e >= 0 {
		return v[:e]
	}
	return ""
}

func loadKompas(t *testing.T) []kompasDoc {
	t.Helper()
	data, err := os.ReadFile(kompasZip)
	if err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("open %s: %v", kompasZip, err)
	}
	var docs []kompasDoc
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".tml") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatalf("open %s: %v", f.Name, err)
		}
		raw, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("read %s: %v", f.Name, err)
		}
		docs = append(docs, parseTML(t, filepath.Base(f.Name), raw))
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].name < docs[j].name })
	return docs
}

func isISODate(v string) bool { _, ok := ParseISO(v); return ok }

func TestKompasTimex(t *testing.T) {
	docs := loadKompas(t)
	if len(docs) == 0 {
		t.Fatal("no documents")
	}
	var nGold, nSys, strict, relaxed int
	// dateCompatible counts values that agree at the system's granularity
	// (a month for a gold day), which the contract's scorer accepts.
	var dateGold, dateFound, dateRight, dateCompatible int
	verbose := os.Getenv("TIMEX_VERBOSE") != ""
	for _, d := range docs {
		if !utf8.ValidString(d.text) {
			t.Errorf("%s: text is not UTF-8 after decoding", d.name)
		}
		sys := Extract(d.text, "id", d.dct)
		nGold += len(d.gold)
		nSys += len(sys)
		used := make([]bool, len(sys))
		// Strict: same span; then relaxed: any overlap, one to one.
		for gi := range d.gold {
			g := &d.gold[gi]
			for si := range sys {
				if !used[si] && sys[si].Start == g.start && sys[si].End == g.end {
					used[si], g.matched, g.matchedExpr = true, true, &sys[si]
					strict++
					break
				}
			}
		}
		for gi := range d.gold {
			g := &d.gold[gi]
			if g.matched {
				continue
			}
			for si := range sys {
				if !used[si] && sys[si].Start < g.end && g.start < sys[si].End {
					used[si], g.matched, g.matchedExpr = true, true, &sys[si]
					break
				}
			}
		}
		for _, g := range d.gold {
			if g.matched {
				relaxed++
			}
			if g.typ == "DATE" && isISODate(g.value) {
				dateGold++
				if g.matched {
					dateFound++
					v := g.matchedExpr.Value.String()
					if v != "" && strings.HasPrefix(g.value, v) {
						dateCompatible++
					}
					if v == g.value {
						dateRight++
					} else if verbose {
						t.Logf("%s: value %q gold %s, got %s (%s)", d.name, g.text, g.value, g.matchedExpr.Value, g.matchedExpr.Text)
					}
				}
			}
			if verbose && !g.matched {
				t.Logf("%s: missed %s %q (%s)", d.name, g.typ, g.text, g.value)
			}
			if verbose && g.matched && (g.matchedExpr.Start != g.start || g.matchedExpr.End != g.end) {
				t.Logf("%s: span %q, gold %q", d.name, g.matchedExpr.Text, g.text)
			}
		}
		if verbose {
			for si, e := range sys {
				if !used[si] {
					t.Logf("%s: spurious %s %q = %s", d.name, e.Kind, e.Text, e.Value)
				}
			}
		}
	}
	f1 := func(match int) (p, r, f float64) {
		p = float64(match) / float64(max(nSys, 1))
		r = float64(match) / float64(max(nGold, 1))
		if p+r > 0 {
			f = 2 * p * r / (p + r)
		}
		return p, r, f
	}
	sp, sr, sf := f1(strict)
	rp, rr, rf := f1(relaxed)
	acc := float64(dateRight) / float64(max(dateFound, 1))
	t.Logf("documents %d, gold TIMEX3 %d, system %d", len(docs), nGold, nSys)
	t.Logf("strict  span P %.3f R %.3f F1 %.3f", sp, sr, sf)
	t.Logf("relaxed span P %.3f R %.3f F1 %.3f", rp, rr, rf)
	t.Logf("DATE values (ISO gold %d): found %d, right %d: accuracy %.3f on found, %.3f of all", dateGold, dateFound, dateRight, acc, float64(dateRight)/float64(max(dateGold, 1)))
	t.Logf("DATE values agreeing at the system's granularity: %d (%.3f on found)", dateCompatible, float64(dateCompatible)/float64(max(dateFound, 1)))
	if rf < floorRelaxedF1 || sf < floorStrictF1 || acc < floorValueAcc {
		t.Errorf("below floor: relaxed F1 %.3f (floor %.2f), strict F1 %.3f (floor %.2f), value accuracy %.3f (floor %.2f)", rf, floorRelaxedF1, sf, floorStrictF1, acc, floorValueAcc)
	}
}
