package ner

import (
	"strings"
	"testing"

	"kronik/internal/corpusgen"
)

// BenchmarkTagCorpus tags the sentences of 300 generated articles (kronik
// bench's corpus): many distinct words and names, so that the weight rows
// read come from all over the table as in real use, unlike BenchmarkTag's
// four sentences.
func BenchmarkTagCorpus(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	g := corpusgen.New(corpusgen.DefaultOptions())
	var sents [][]string
	tokens := 0
	for i := range 300 {
		for _, line := range strings.Split(g.Article(i).Text, "\n") {
			for _, s := range strings.SplitAfter(line, ". ") {
				if w := strings.Fields(s); len(w) > 0 {
					sents = append(sents, w)
					tokens += len(w)
				}
			}
		}
	}
	benchTag(b, m, sents, tokens)
}
