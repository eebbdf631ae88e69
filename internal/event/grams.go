package event

// Phrase cues are looked for in a sentence through its byte-pair set
// (text.PairSet): only phrases whose pairs are all there are searched for.

import "strings"

// index is strings.Index(v.lowText, p).
func (v *sentenceView) index(p string) int {
	if !v.grams.MayContain(p) {
		return -1
	}
	return strings.Index(v.lowText, p)
}

// containsAny is containsLower(v.lowText, phrases).
func (v *sentenceView) containsAny(phrases []string) bool {
	for _, p := range phrases {
		if v.index(p) >= 0 {
			return true
		}
	}
	return false
}

// firstOf returns the phrase found first in the sentence (the longer one
// when two start at the same byte), "" when none is.
func (v *sentenceView) firstOf(phrases []string) string {
	best, at := "", len(v.lowText)+1
	for _, p := range phrases {
		if i := v.index(p); i >= 0 && (i < at || i == at && len(p) > len(best)) {
			best, at = p, i
		}
	}
	return best
}
