package cluster

import (
	"math/rand/v2"
	"strings"
	"testing"

	"kronik/internal/corpusgen"
)

// pairwiseDuplicates is Duplicates by its definition: each text against
// every earlier original, by the Jaccard similarity of their shingle sets.
func pairwiseDuplicates(texts []string) []int {
	sh := make([]map[uint64]bool, len(texts))
	out := make([]int, len(texts))
	for i, t := range texts {
		sh[i] = Shingles(t)
		out[i] = -1
		for j := 0; j < i; j++ {
			if out[j] == -1 && Jaccard(sh[i], sh[j]) >= DuplicateThreshold {
				out[i] = j
				break
			}
		}
	}
	return out
}

// TestDuplicatesAsPairwise: the shingle index finds, for every text, the
// earlier original the pairwise comparison finds, on stories republished
// as they are, lightly edited (words changed, a paragraph cut or added, so
// similarity near the threshold on both sides), and unrelated stories that
// share stock phrases.
func TestDuplicatesAsPairwise(t *testing.T) {
	words := strings.Fields("menteri luar negeri presiden bertemu membahas kerja sama " +
		"perdagangan investasi keamanan kawasan pekan ini di jakarta kedua negara " +
		"sepakat memperkuat hubungan bilateral the minister said on monday talks")
	rng := rand.New(rand.NewPCG(1, 2))
	story := func(n int) []string {
		s := make([]string, n)
		for i := range s {
			s[i] = words[rng.IntN(len(words))]
		}
		return s
	}
	stock := strings.Fields("baca juga berita terkait lainnya di kanal kami")
	var texts []string
	var originals [][]string
	for range 120 {
		switch k := rng.IntN(6); {
		case k == 0 || len(originals) == 0:
			s := story(20 + rng.IntN(60))
			if rng.IntN(2) == 0 {
				s = append(s, stock...)
			}
			originals = append(originals, s)
			texts = append(texts, strings.Join(s, " "))
		case k == 1:
			texts = append(texts, "") // no text: never a duplicate
		default:
			s := append([]string(nil), originals[rng.IntN(len(originals))]...)
			for range rng.IntN(8) {
				s[rng.IntN(len(s))] = words[rng.IntN(len(words))]
			}
			if rng.IntN(3) == 0 {
				s = s[:len(s)*(5+rng.IntN(5))/10]
			}
			if rng.IntN(3) == 0 {
				s = append(s, story(rng.IntN(30))...)
			}
			texts = append(texts, strings.ToUpper(s[0])+" "+strings.Join(s[1:], "  "))
		}
	}
	got, want := Duplicates(texts), pairwiseDuplicates(texts)
	dups := 0
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("text %d: Duplicates says %d, pairwise comparison %d", i, got[i], want[i])
		}
		if want[i] >= 0 {
			dups++
		}
	}
	if dups < 20 || dups > 100 {
		t.Errorf("%d of %d texts are duplicates: the test's edits no longer straddle the threshold", dups, len(texts))
	}
}

// BenchmarkDuplicates finds the copies among 2,000 generated articles (a
// tenth of them copies), as `kronik extract` does over its inputs.
func BenchmarkDuplicates(b *testing.B) {
	g := corpusgen.New(corpusgen.DefaultOptions())
	texts := make([]string, 2000)
	for i := range texts {
		texts[i] = g.Article(i).Text
	}
	b.ResetTimer()
	for range b.N {
		Duplicates(texts)
	}
}
