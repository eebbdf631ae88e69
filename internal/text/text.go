// Package text splits cleaned article text into sentences and tokens for
// Indonesian and English news, keeping byte offsets into the original
// string, and cuts the tokens into finer pieces (Cut) for the stages that
// read dates and figures inside words: it is the one tokenizer of the
// pipeline. It also normalises strings for matching, stems words (Snowball
// Indonesian, a light English stemmer) and knows the stop words of both
// languages.
//
// Nothing here allocates per character: tokens are substrings of the input
// and offsets are byte offsets, so the tokenizer is the speed floor of the
// whole pipeline.
//
// What it owns and may not touch: where words, numbers and sentences begin
// and end, for every stage (a stage that needs a finer or a joined unit
// reads it from the pieces here, it does not tokenize again), stems and stop
// words; it holds no rule of a later stage (no lexicon of times, figures or
// names) and depends on no other kronik package.
package text

import (
	"sort"
	"unicode"
	"unicode/utf8"
)

// Token is a word, number or punctuation mark. Start and End are byte offsets
// into the text given to Split or Tokenize.
type Token struct {
	Text  string
	Start int
	End   int
}

// Sentence is one sentence: its byte span and its tokens.
type Sentence struct {
	Start  int
	End    int
	Tokens []Token
}

// Split returns the sentences of s with their tokens. The text is tokenized
// once; each sentence's Tokens is a sub-slice of that one token slice.
func Split(s string) []Sentence {
	toks := Tokenize(s, 0)
	spans := sentenceBounds(s, toks)
	out := make([]Sentence, 0, len(spans))
	for _, b := range spans {
		ts := toks[b[0]:b[1]:b[1]]
		out = append(out, Sentence{Start: ts[0].Start, End: ts[len(ts)-1].End, Tokens: ts})
	}
	return out
}

// SentenceAt returns the index of the sentence holding byte offset i, or -1
// when i lies in no sentence. Sentences are in text order and disjoint (as
// Split returns them), so a binary search finds it.
func SentenceAt(sents []Sentence, i int) int {
	k := sort.Search(len(sents), func(k int) bool { return sents[k].End > i })
	if k < len(sents) && sents[k].Start <= i {
		return k
	}
	return -1
}

// Sentences returns [start, end) byte spans of the sentences of s. A newline
// always ends a sentence; spans never include surrounding white space.
func Sentences(s string) [][2]int {
	toks := Tokenize(s, 0)
	spans := sentenceBounds(s, toks)
	out := make([][2]int, 0, len(spans))
	for _, b := range spans {
		out = append(out, [2]int{toks[b[0]].Start, toks[b[1]-1].End})
	}
	return out
}

// Character classes of ASCII bytes, looked up in a table for speed.
const (
	cOther = iota
	cSpace
	cLower
	cUpper
	cDigit
)

var asciiClass = func() (t [128]uint8) {
	for c := 0; c < 128; c++ {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			t[c] = cSpace
		case c >= 'a' && c <= 'z':
			t[c] = cLower
		case c >= 'A' && c <= 'Z':
			t[c] = cUpper
		case c >= '0' && c <= '9':
			t[c] = cDigit
		}
	}
	return t
}()

// runeAt decodes the rune at s[i], with an ASCII fast path.
func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isWordRune reports whether r can be part of a word or number: letters,
// digits and combining marks (decomposed diacritics).
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		c := asciiClass[r]
		return c == cLower || c == cUpper || c == cDigit
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] == cSpace
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func isLetterRune(r rune) bool {
	if r < utf8.RuneSelf {
		c := asciiClass[r]
		return c == cLower || c == cUpper
	}
	return unicode.IsLetter(r)
}

// Tokenize splits s into tokens; offset is added to every token's offsets so
// that a sentence's tokens point into the whole text. Token texts are always
// s[Start-offset:End-offset]; invalid UTF-8 bytes become one-byte tokens.
//
// Words keep internal hyphens (Kassym-Jomart, e-bisnis, ke-2,
// Tiongkok-Kazakhstan: see SplitHyphen) and apostrophes (Xi'an); numbers keep
// their separators (94,8  1.500.000  16/6/2025  10:30) and a currency prefix
// written together with them (Rp16.296). "US$" is one token; "$", "%",
// quotes, brackets and dashes are tokens of their own; "..." and "--" are one
// token each. Dotted initialisms (U.S., a.n., S.H., M.Si.) keep their periods.
func Tokenize(s string, offset int) []Token {
	out := make([]Token, 0, len(s)/6+1)
	i := 0
	for i < len(s) {
		r, w := runeAt(s, i)
		switch {
		case isSpaceRune(r):
			i += w
			continue
		case isWordRune(r):
			j := scanWord(s, i)
			out = append(out, Token{Text: s[i:j], Start: offset + i, End: offset + j})
			i = j
			continue
		case r == '.' && i+2 < len(s) && s[i+1] == '.' && s[i+2] == '.':
			// ellipsis "..." (or longer runs of periods) is one token
			j := i + 3
			for j < len(s) && s[j] == '.' {
				j++
			}
			out = append(out, Token{Text: s[i:j], Start: offset + i, End: offset + j})
			i = j
			continue
		case r == '-' && i+1 < len(s) && s[i+1] == '-':
			// "--" typed for a dash
			j := i + 2
			for j < len(s) && s[j] == '-' {
				j++
			}
			out = append(out, Token{Text: s[i:j], Start: offset + i, End: offset + j})
			i = j
			continue
		}
		if r == '\'' || r == '\u2019' {
			if n := possessiveAt(s, i); n > 0 && i > 0 {
				if p, _ := utf8.DecodeLastRuneInString(s[:i]); isLetterRune(p) {
					out = append(out, Token{Text: s[i : i+n], Start: offset + i, End: offset + i + n})
					i += n
					continue
				}
			}
		}
		out = append(out, Token{Text: s[i : i+w], Start: offset + i, End: offset + i + w})
		i += w
	}
	return out
}

// possessiveAt returns the length of an English possessive "'s" (or "’s")
// at s[i], or 0: the s must end the word.
func possessiveAt(s string, i int) int {
	_, w := runeAt(s, i)
	j := i + w
	if j >= len(s) || (s[j] != 's' && s[j] != 'S') {
		return 0
	}
	if j+1 < len(s) {
		if r, _ := runeAt(s, j+1); isWordRune(r) {
			return 0
		}
	}
	return j + 1 - i
}

// scanWord returns the end of the word or number that starts at s[i].
func scanWord(s string, i int) int {
	start := i
	// A dotted initialism: one to three letters and a period, at least twice
	// (U.S., a.n., S.H., M.Si., Ph.D., e.g.). Checked first because the
	// generic loop below stops at periods between letters.
	if j := scanInitialism(s, i); j > 0 {
		return j
	}
	allUpper := true
	letters := 0
	for i < len(s) {
		r, w := runeAt(s, i)
		if isWordRune(r) {
			if isLetterRune(r) {
				letters++
				if !unicode.IsUpper(r) {
					allUpper = false
				}
			}
			i += w
			continue
		}
		if i+w >= len(s) {
			break
		}
		prev, _ := utf8.DecodeLastRuneInString(s[start:i])
		next, _ := runeAt(s, i+w)
		if !isWordRune(next) {
			// "US$2", "S$", "HK$": a currency sign glued to an upper-case
			// country code belongs to it; a bare "$" stays separate.
			if r == '$' && allUpper && letters >= 1 && letters <= 3 && letters == i-start {
				return i + 1
			}
			break
		}
		switch r {
		case '-', '\u2010', '\u2011':
			// hyphenated words and ordinals (ke-2, COVID-19); a hyphen
			// between two digits is a range (2020-2025) and splits.
			if isDigitRune(prev) && isDigitRune(next) {
				return i
			}
		case '\'', '\u2019':
			// Xi'an, Jum'at, don't: apostrophe between letters; the English
			// possessive is split off (Kazakhstan's -> Kazakhstan + 's) so
			// that names match the gazetteer.
			if !isLetterRune(prev) || !isLetterRune(next) || possessiveAt(s, i) > 0 {
				return i
			}
		case '.':
			// 16.296, 5.4, 1.500.000 between digits; a lower-case letter
			// after the dot, in a word with letters, joins host names
			// (Kompas.com, antaranews.com, Liputan6.com)
			if isDigitRune(prev) && isDigitRune(next) {
				break
			}
			if letters > 0 && next < utf8.RuneSelf && asciiClass[next] == cLower {
				break // host names also after a digit: Liputan6.com
			}
			return i
		case '\u00ad', '\u200d':
			// soft hyphen (&shy; in HTML) and zero-width joiner inside a
			// word are invisible and must not split it
		case ',', '/', ':':
			// 94,8  16/6/2025  10:30 : only between digits
			if !(isDigitRune(prev) && isDigitRune(next)) {
				return i
			}
		case '$':
			if allUpper && letters >= 1 && letters <= 3 && letters == i-start {
				return i + 1 // US$2 -> "US$" + "2"
			}
			return i
		default:
			return i
		}
		i += w
	}
	return i
}

func isDigitRune(r rune) bool { return r < utf8.RuneSelf && isDigitByte(byte(r)) }

// scanInitialism returns the end of a dotted initialism starting at i, or 0.
func scanInitialism(s string, i int) int {
	parts := 0
	j := i
	for {
		k := j
		n := 0
		for k < len(s) && n <= 3 {
			r, w := runeAt(s, k)
			if !isLetterRune(r) {
				break
			}
			k += w
			n++
		}
		if n == 0 || n > 3 || k >= len(s) || s[k] != '.' {
			break
		}
		parts++
		j = k + 1
		if j >= len(s) {
			break
		}
		if r, _ := runeAt(s, j); !isLetterRune(r) {
			break
		}
	}
	if parts < 2 {
		return 0
	}
	// the whole thing must not continue as a word ("a.b.cdef" is no initialism)
	if j < len(s) {
		if r, _ := runeAt(s, j); isWordRune(r) {
			return 0
		}
	}
	return j
}

// SplitHyphen returns the hyphen-separated parts of a token with their
// offsets ("Tiongkok-Kazakhstan" -> "Tiongkok", "Kazakhstan"). A token
// without an inner hyphen is returned alone. Empty parts are dropped.
func SplitHyphen(tok Token) []Token {
	var out []Token
	start := 0
	for i := 0; i < len(tok.Text); {
		r, w := runeAt(tok.Text, i)
		if r == '-' || r == '\u2010' || r == '\u2011' {
			if i > start {
				out = append(out, Token{Text: tok.Text[start:i], Start: tok.Start + start, End: tok.Start + i})
			}
			start = i + w
		}
		i += w
	}
	if start == 0 {
		return []Token{tok}
	}
	if start < len(tok.Text) {
		out = append(out, Token{Text: tok.Text[start:], Start: tok.Start + start, End: tok.End})
	}
	if len(out) == 0 {
		return []Token{tok} // a dash token ("-", "--") has no parts
	}
	return out
}
