package event

import "strings"

// gramSet is a 1024-bit set of the hashed byte pairs of a text. A phrase
// with a pair the set lacks is not in the text, so most phrase cues are
// turned away without a search of the sentence; a phrase whose pairs are
// all in the set is searched for as before, so the answers are those of the
// plain search.
type gramSet [16]uint64

// gram hashes the byte pair a, b to a bit of a gramSet.
func gram(a, b byte) uint {
	return (uint(a)*131 + uint(b)) & 1023
}

// gramsOf returns the set of the byte pairs of s.
func gramsOf(s string) gramSet {
	var g gramSet
	for i := 0; i+1 < len(s); i++ {
		h := gram(s[i], s[i+1])
		g[h>>6&15] |= 1 << (h & 63)
	}
	return g
}

// mayContain reports whether every byte pair of p is in the set: false means
// p is certainly not in the text.
func (g *gramSet) mayContain(p string) bool {
	for i := 0; i+1 < len(p); i++ {
		h := gram(p[i], p[i+1])
		if g[h>>6&15]&(1<<(h&63)) == 0 {
			return false
		}
	}
	return true
}

// index is strings.Index(v.lowText, p).
func (v *sentenceView) index(p string) int {
	if !v.grams.mayContain(p) {
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
