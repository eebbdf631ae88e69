package article

import (
	"testing"

	"kronik/internal/corpusgen"
	"kronik/internal/source"
)

// BenchmarkExtractGenerated measures Extract on the benchmark corpus's short
// news texts (kronik bench): the per-document cost of the top-of-text
// readers (stamps, headline, lede, chrome) rather than of long bodies.
func BenchmarkExtractGenerated(b *testing.B) {
	g := corpusgen.New(corpusgen.DefaultOptions())
	docs := make([]source.Document, 200)
	for i := range docs {
		a := g.Article(i)
		docs[i] = source.Document{Name: a.Name, Path: a.Name, Body: []byte(a.Text), Format: "text"}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := Extract(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
