package ner

import "strings"

// wordIndex maps a cluster-list word to its index, as a map[string]int32
// built in list order would (a word listed twice gives its last index),
// for describe's one lookup a token. It is keyed by the FNV-1a hash describe
// computes of the lower-cased word anyway (the cluster words' lowerPart.lower),
// so a lookup hashes nothing more; the table of slots (8 bytes each, at most
// half full) and the words' text packed in one string stay smaller than a
// Go map of strings, and a word is compared only when 32 bits of its hash
// match.
type wordIndex struct {
	// slots hold, for a word, the low 32 bits of its hash (high half) and
	// its index plus one (low half); 0 is an empty slot. A word's home is
	// the top bits of its mixed hash; collisions probe linearly.
	slots []uint64
	shift uint
	text  string   // the words, one after another
	offs  []uint32 // word ci is text[offs[ci]:offs[ci+1]]
	n     int      // distinct words
}

// newWordIndex indexes words.
func newWordIndex(words []string) *wordIndex {
	bits := uint(4)
	for 1<<bits < 2*len(words) {
		bits++
	}
	ix := &wordIndex{slots: make([]uint64, 1<<bits), shift: 64 - bits, offs: make([]uint32, 0, len(words)+1)}
	var b strings.Builder
	for _, w := range words {
		ix.offs = append(ix.offs, uint32(b.Len()))
		b.WriteString(w)
	}
	ix.offs = append(ix.offs, uint32(b.Len()))
	ix.text = b.String()
	for ci, w := range words {
		h := hashString(w)
		k, found := slot(ix, w, h)
		if !found {
			ix.n++
		}
		ix.slots[k] = ix.entry(h, ci)
	}
	return ix
}

// entry is the slot value of word ci with hash h.
func (ix *wordIndex) entry(h uint64, ci int) uint64 {
	return h<<32 | uint64(ci+1)
}

// slot returns the slot of ix holding w (hash h), or the empty slot where
// it would go. Generic so that describe looks up its buffer of bytes
// without making a string of it.
func slot[S string | []byte](ix *wordIndex, w S, h uint64) (int, bool) {
	mask := len(ix.slots) - 1
	tag := h << 32
	for k := int((h * 0x9E3779B97F4A7C15) >> ix.shift); ; k = (k + 1) & mask {
		e := ix.slots[k]
		if e == 0 {
			return k, false
		}
		if e&^0xFFFFFFFF == tag {
			ci := int(uint32(e)) - 1
			if ix.text[ix.offs[ci]:ix.offs[ci+1]] == string(w) {
				return k, true
			}
		}
	}
}

// find returns the index of word w, whose hashBytes is h. A nil index
// (a model without a cluster list) knows no word.
func (ix *wordIndex) find(w []byte, h uint64) (int32, bool) {
	if ix == nil {
		return 0, false
	}
	k, ok := slot(ix, w, h)
	if !ok {
		return 0, false
	}
	return int32(uint32(ix.slots[k])) - 1, true
}

// len returns the number of distinct words.
func (ix *wordIndex) len() int {
	if ix == nil {
		return 0
	}
	return ix.n
}
