package event

import (
	"strings"
	"testing"

	"kronik/internal/text"
)

// TestGramFilterKeepsAnswers: searching a sentence view through its byte-pair
// set finds what strings.Index finds, for every cue list, every piece of the
// sentence and near misses.
func TestGramFilterKeepsAnswers(t *testing.T) {
	sentences := []string{
		"pada hari yang sama, kedua menteri menandatangani nota kesepahaman di jakarta.",
		"the two foreign ministers met later that day in hanoi, at the time a rare visit.",
		"ketiga negara sepakat bertemu lagi bulan yang sama tahun depan.",
		"“kami sepakat,” kata menlu — keduanya tersenyum.",
		"",
		"a",
	}
	lists := [][]string{pairAnaphors, personPairAnaphors, groupAnaphors, thenCues, sameDayCues, sameMonthCues, sameYearCues}
	for _, s := range sentences {
		v := &sentenceView{lowText: s, grams: text.PairsOf(s)}
		var phrases []string
		for _, l := range lists {
			phrases = append(phrases, l...)
		}
		for i := 0; i <= len(s); i++ {
			for n := 0; n <= 12 && i+n <= len(s); n++ {
				p := s[i : i+n]
				phrases = append(phrases, p, p+"x", "q"+p, strings.ToUpper(p))
			}
		}
		for _, p := range phrases {
			if got, want := v.index(p), strings.Index(s, p); got != want {
				t.Fatalf("%q in %q: index %d, want %d", p, s, got, want)
			}
		}
		for _, l := range lists {
			if got, want := v.containsAny(l), containsLower(s, l); got != want {
				t.Errorf("%q: containsAny %v, containsLower %v", s, got, want)
			}
		}
	}
}

func FuzzGramFilter(f *testing.F) {
	f.Add("pada hari yang sama kedua menteri bertemu", "kedua menteri")
	f.Add("later that day", "that day")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, s, p string) {
		v := &sentenceView{lowText: s, grams: text.PairsOf(s)}
		if got, want := v.index(p), strings.Index(s, p); got != want {
			t.Fatalf("%q in %q: index %d, want %d", p, s, got, want)
		}
	})
}
