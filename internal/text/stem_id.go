package text

import (
	"strings"
	"unicode/utf8"
)

// This file is a port of the Snowball Indonesian stemmer
// (https://snowballstem.org/algorithms/indonesian/stemmer.html), itself an
// implementation of Tala's "Porter stemmer for Bahasa Indonesia" (2003).
// It was written from the published algorithm description; it uses no
// dictionary. The algorithm is purely rule based: it strips, in order,
//
//  1. a particle (-kah, -lah, -pun),
//  2. a possessive pronoun (-ku, -mu, -nya),
//  3. a first-order prefix (meng-, di-, ter-, ke-, peng- and variants),
//  4. a derivational suffix (-kan, -an, -i) whose admissibility depends on
//     the prefix removed, and
//  5. a second-order prefix (per-, pe-, ber-, be-, and "pelajar"/"belajar").
//
// "measure" is the number of vowels in the word; no step may leave fewer
// than two (each affix holds exactly one vowel, so the count is simply
// decremented per removal, as in the reference implementation).

// Prefix classes recorded by the first- and second-order prefix steps; the
// suffix step consults them (e.g. "-kan" is not removed after ke-/peng-/per-).
const (
	prefixNone = 0
	prefixDi   = 1 // di-, meng- family, ter-
	prefixPer  = 2 // per-, pe-
	prefixKe   = 3 // ke-, peng- family
	prefixBer  = 4 // ber-, be-, bel-
)

func isIDVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}

type idStemmer struct {
	w       string
	measure int
	prefix  int
	// pos is where the second-order prefix step looks for its prefix. It is
	// 0 except after a recoding first-order prefix (mem+V -> p+V, meny+V ->
	// s+V and their peN- twins), where the reference implementation's
	// cursor is left after the recoded consonant (1). We reproduce that so
	// that "mementerikan" stems to "penteri" as Snowball does, not "nteri".
	pos int
}

// StemID stems one lower-case Indonesian word with the Snowball Indonesian
// algorithm. Words with fewer than three vowels are returned unchanged.
func StemID(word string) string {
	st := idStemmer{w: word}
	for i := 0; i < len(word); i++ {
		if isIDVowel(word[i]) {
			st.measure++
		}
	}
	if st.measure <= 2 {
		return word
	}
	st.removeParticle()
	if st.measure > 2 {
		st.removePossessive()
	}
	if st.measure <= 2 {
		return st.w
	}
	if st.removeFirstOrderPrefix() {
		// As in the reference implementation, a second-order prefix is only
		// looked for when a suffix came off too: "memperbaiki" -> "baik",
		// but "memperajar" -> "perajar".
		if st.measure > 2 && st.removeSuffix() && st.measure > 2 {
			st.removeSecondOrderPrefix()
		}
	} else {
		st.removeSecondOrderPrefix()
		if st.measure > 2 {
			st.removeSuffix()
		}
	}
	return st.w
}

// removeParticle strips the emphatic/interrogative particles.
func (st *idStemmer) removeParticle() {
	for _, p := range [...]string{"kah", "lah", "pun"} {
		if strings.HasSuffix(st.w, p) {
			st.w = st.w[:len(st.w)-len(p)]
			st.measure--
			return
		}
	}
}

// removePossessive strips the enclitic possessive pronouns.
func (st *idStemmer) removePossessive() {
	for _, p := range [...]string{"nya", "ku", "mu"} {
		if strings.HasSuffix(st.w, p) {
			st.w = st.w[:len(st.w)-len(p)]
			st.measure--
			return
		}
	}
}

// removeSuffix strips -kan, -an or -i subject to the prefix conditions of
// the algorithm. As in Snowball's among, when the longest match ("kan") is
// refused, the shorter one ("an") is still tried.
func (st *idStemmer) removeSuffix() bool {
	w := st.w
	switch {
	case strings.HasSuffix(w, "kan") && st.prefix != prefixKe && st.prefix != prefixPer:
		st.w = w[:len(w)-3]
	case strings.HasSuffix(w, "an") && st.prefix != prefixDi:
		st.w = w[:len(w)-2]
	case strings.HasSuffix(w, "i") && st.prefix <= prefixPer &&
		!(len(w) >= 2 && w[len(w)-2] == 's'):
		st.w = w[:len(w)-1]
	default:
		return false
	}
	st.measure--
	return true
}

// removeFirstOrderPrefix strips di-, ter-, ke- and the meN-/peN- families,
// restoring the assimilated initial consonant where the algorithm does
// (meny+V -> s, mem+V -> p). It reports whether a prefix was removed.
func (st *idStemmer) removeFirstOrderPrefix() bool {
	w := st.w
	vowelAt := func(i int) bool { return i < len(w) && isIDVowel(w[i]) }
	switch {
	case strings.HasPrefix(w, "meng"):
		st.w, st.prefix = w[4:], prefixDi
	case strings.HasPrefix(w, "meny") && vowelAt(4):
		st.w, st.prefix, st.pos = "s"+w[4:], prefixDi, 1
	case strings.HasPrefix(w, "mem"):
		st.prefix = prefixDi
		if vowelAt(3) {
			st.w, st.pos = "p"+w[3:], 1
		} else {
			st.w = w[3:]
		}
	case strings.HasPrefix(w, "men"):
		st.w, st.prefix = w[3:], prefixDi
	case strings.HasPrefix(w, "me"):
		st.w, st.prefix = w[2:], prefixDi
	case strings.HasPrefix(w, "peng"):
		st.w, st.prefix = w[4:], prefixKe
	case strings.HasPrefix(w, "peny") && vowelAt(4):
		st.w, st.prefix, st.pos = "s"+w[4:], prefixKe, 1
	case strings.HasPrefix(w, "pem"):
		st.prefix = prefixKe
		if vowelAt(3) {
			st.w, st.pos = "p"+w[3:], 1
		} else {
			st.w = w[3:]
		}
	case strings.HasPrefix(w, "pen"):
		st.w, st.prefix = w[3:], prefixKe
	case strings.HasPrefix(w, "di"):
		st.w, st.prefix = w[2:], prefixDi
	case strings.HasPrefix(w, "ter"):
		st.w, st.prefix = w[3:], prefixDi
	case strings.HasPrefix(w, "ke"):
		st.w, st.prefix = w[2:], prefixKe
	default:
		return false
	}
	st.measure--
	return true
}

// removeSecondOrderPrefix strips per-/pe- and ber-/be-; "belajar" and
// "pelajar" keep "ajar" (bel-/pel- occur only before ajar), and be- is
// removed only before consonant+"er" (bekerja -> kerja).
func (st *idStemmer) removeSecondOrderPrefix() {
	head, w := st.w[:st.pos], st.w[st.pos:]
	switch {
	case strings.HasPrefix(w, "pelajar"):
		w = w[3:]
	case strings.HasPrefix(w, "per"):
		w, st.prefix = w[3:], prefixPer
	case strings.HasPrefix(w, "pe"):
		w, st.prefix = w[2:], prefixPer
	case strings.HasPrefix(w, "belajar"):
		w, st.prefix = w[3:], prefixBer
	case strings.HasPrefix(w, "ber"):
		w, st.prefix = w[3:], prefixBer
	case strings.HasPrefix(w, "be") && kerAt(w[2:]):
		w, st.prefix = w[2:], prefixBer
	default:
		return
	}
	st.w = head + w
	st.measure--
}

// kerAt reports whether s starts with a non-vowel character followed by
// "er" (the condition under which be- is a prefix: be+kerja).
func kerAt(s string) bool {
	if s == "" || isIDVowel(s[0]) {
		return false
	}
	_, n := utf8.DecodeRuneInString(s)
	return strings.HasPrefix(s[n:], "er")
}
