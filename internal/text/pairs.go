package text

// PairSet is a 1024-bit set of the hashed byte pairs of a text, a cheap
// filter before substring searches: a phrase with a byte pair the set lacks
// is not in the text, so a reader that looks for many fixed phrases in one
// text (cue lists, chrome markers) searches only for the phrases that may be
// there. MayContain never says false for a phrase the text holds, so the
// answers are those of the plain searches.
type PairSet [16]uint64

// pair hashes the byte pair a, b to a bit of a PairSet.
func pair(a, b byte) uint {
	return (uint(a)*131 + uint(b)) & 1023
}

// PairsOf returns the set of the byte pairs of s.
func PairsOf(s string) PairSet {
	var g PairSet
	for i := 0; i+1 < len(s); i++ {
		h := pair(s[i], s[i+1])
		g[h>>6&15] |= 1 << (h & 63)
	}
	return g
}

// MayContain reports whether every byte pair of p is in the set: false means
// p is certainly not a substring of the text. Phrases shorter than two bytes
// may always be there.
func (g *PairSet) MayContain(p string) bool {
	for i := 0; i+1 < len(p); i++ {
		h := pair(p[i], p[i+1])
		if g[h>>6&15]&(1<<(h&63)) == 0 {
			return false
		}
	}
	return true
}
