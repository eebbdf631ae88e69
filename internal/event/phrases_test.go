package event

import (
	"strings"
	"testing"
)

// TestPhraseSet: a phrase of the lexicon is found where it starts or ends in
// a sentence's lower-cased tokens, and never past either end of the sentence
// (sentences written for this test).
func TestPhraseSet(t *testing.T) {
	tests := []struct {
		name     string
		set      phraseSet
		sentence string
		k        int
		start    bool // startAt(k), else endAt(k)
		want     bool
	}{
		{"one-word phrase ends at k", additivePhrases, "selain xi , ia bertemu li", 0, false, true},
		{"two-word phrase ends at its last word", additivePhrases, "apart from xi , he met li", 1, false, true},
		{"three-word phrase ends at its last word", additivePhrases, "in addition to xi , he met li", 2, false, true},
		{"a phrase cut by the sentence start", additivePhrases, "addition to xi", 1, false, false},
		{"the last word alone is not the phrase", oneDay, "the day before", 1, false, false},
		{"a day before", oneDay, "a day before the summit", 1, false, true},
		{"phrase starts at k", bothSides, "ktt tahunan kedua negara", 2, true, true},
		{"a phrase cut by the sentence end", bothSides, "ktt tahunan kedua", 2, true, false},
		{"host phrase", hostPhrases, "indonesia menjadi tuan rumah ktt", 1, true, true},
		{"an index outside the sentence", hostPhrases, "menjadi tuan", 5, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			low := strings.Fields(tt.sentence)
			got := tt.set.endAt(low, tt.k)
			if tt.start {
				got = tt.set.startAt(low, tt.k)
			}
			if got != tt.want {
				t.Errorf("%q at %d: %v, want %v", tt.sentence, tt.k, got, tt.want)
			}
		})
	}
}
