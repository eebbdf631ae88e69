package server

import (
	"html"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html/atom"

	xhtml "golang.org/x/net/html"

	"kronik/internal/record"
)

// FuzzMarkedSnippet: whatever the snippet holds, the only markup that comes
// out is <mark>, and the text reads back as the snippet without its markers.
func FuzzMarkedSnippet(f *testing.F) {
	for _, s := range []string{"kedua «pemimpin» bertemu", "«a» «b»", "«unclosed", "»«", "<script>«x»</script>", "«&amp;»", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			// Snippets are cut from stored text, which is UTF-8; stray
			// bytes could combine with a marker's bytes into a new marker.
			t.Skip()
		}
		out := string(markedSnippet(s))
		stripped := strings.NewReplacer("<mark>", "", "</mark>", "").Replace(out)
		if strings.ContainsAny(stripped, "<>") {
			t.Fatalf("markup other than <mark> in %q", out)
		}
		markers := strings.NewReplacer("«", "", "»", "")
		if back, want := markers.Replace(html.UnescapeString(stripped)), markers.Replace(s); back != want {
			t.Fatalf("text reads back as %q, want %q", back, want)
		}
	})
}

// FuzzBounds: the path parser never panics and stays on the plane.
func FuzzBounds(f *testing.F) {
	for _, d := range []string{"M10 20l5 0 0 5-5 0z", "M-5 5l10 0zM960 0l1 1", "l1", "M", "z-", "M1 2l3"} {
		f.Add(d)
	}
	f.Fuzz(func(t *testing.T, d string) {
		x0, y0, x1, y1 := bounds(d)
		for _, v := range []int{x0, x1} {
			if v < 0 || v > mapWidth {
				t.Fatalf("bounds(%q) x %d off the plane", d, v)
			}
		}
		for _, v := range []int{y0, y1} {
			if v < 0 || v > mapHeight {
				t.Fatalf("bounds(%q) y %d off the plane", d, v)
			}
		}
	})
}

// FuzzDocumentMarkup: any text with any offsets (they come from the store
// and are not trusted) gives balanced markup whose text is the article's.
func FuzzDocumentMarkup(f *testing.F) {
	f.Add("Presiden Ana bertemu Budi.\n\nAkhir <b>.", 9, 12, 0, 26, 21, 25)
	f.Add("é«»\n\n\nx", 0, 1, 1, 5, -3, 99)
	f.Add("", 0, 0, 0, 0, 0, 0)
	f.Fuzz(func(t *testing.T, text string, e0, e1, v0, v1, q0, q1 int) {
		rec := record.Record{
			Text:       text,
			Entities:   []record.Entity{{ID: "person:x", Type: "PERSON", Name: "X", Mentions: []record.Mention{{Start: e0, End: e1}}}},
			Quantities: []record.Quantity{{Kind: "count", Start: q0, End: q1}},
			Times:      []record.Time{{Start: q0, End: e1}},
			Events:     []record.Event{{Type: "CONSULT", Mode: "meet", Cluster: "evt:1", Evidence: record.Evidence{Start: v0, End: v1}}},
		}
		body := string(documentView(rec).Body)
		ctx, _ := evidenceInContext(rec, "evt:1", "")
		for _, out := range []string{body, string(ctx)} {
			z := xhtml.NewTokenizer(strings.NewReader(out))
			depth := 0
			var got strings.Builder
			for {
				tt := z.Next()
				if tt == xhtml.ErrorToken {
					break
				}
				switch tt {
				case xhtml.StartTagToken:
					name, _ := z.TagName()
					switch atom.Lookup(name) {
					case atom.P, atom.Mark, atom.A, atom.Span:
					default:
						t.Fatalf("unexpected element %q in %q", name, out)
					}
					depth++
				case xhtml.EndTagToken:
					depth--
					if depth < 0 {
						t.Fatalf("unbalanced markup %q", out)
					}
				case xhtml.TextToken:
					got.Write(z.Text())
				}
			}
			if depth != 0 {
				t.Fatalf("unbalanced markup %q", out)
			}
			// Every character shown comes from the article.
			if out == body {
				for _, p := range strings.Split(got.String(), "\n") {
					if !strings.Contains(text, p) {
						t.Fatalf("shown text %q is not in the article %q", p, text)
					}
				}
			}
		}
	})
}
