package corpusgen

import (
	"strings"
	"testing"
)

func TestReproducible(t *testing.T) {
	g := New(DefaultOptions())
	for i := 0; i < 50; i++ {
		if g.Article(i).Text != g.Article(i).Text {
			t.Fatalf("article %d differs between calls", i)
		}
	}
}

func TestMixAndCopies(t *testing.T) {
	g := New(DefaultOptions())
	langs := map[string]int{}
	copies := 0
	seen := map[string]bool{}
	for i := 0; i < 500; i++ {
		d := g.Article(i)
		langs[d.Lang]++
		// a copy shares its dateline paragraph with an earlier article
		lede := strings.Split(d.Text, "\n\n")[2]
		if seen[lede] {
			copies++
		}
		seen[lede] = true
	}
	if langs["id"] < 250 || langs["en"] < 80 {
		t.Errorf("language mix %v, want about 70%% id and 30%% en", langs)
	}
	if copies < 20 || copies > 90 {
		t.Errorf("%d near-copies in 500, want about 10%%", copies)
	}
}
