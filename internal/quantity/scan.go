package quantity

import (
	"unicode"
	"unicode/utf8"
)

// tokKind is the class of a scanned token.
type tokKind uint8

const (
	tWord tokKind = iota + 1 // a run of letters
	tNum                     // digits with inner "." or "," between digits
	tSym                     // any other single rune (or one invalid byte)
)

// token is one scanned token. The extractor needs finer tokens than
// internal/text gives ("Rp16.296" is "Rp" + "16.296", "€600m" is three
// tokens), and whether a token touches the previous one, so it scans for
// itself in one pass.
type token struct {
	start, end int
	kind       tokKind
	glued      bool // no space between this token and the previous one
	lineStart  bool // first token of its line
}

// tokenize splits s into tokens. It never fails: invalid UTF-8 bytes become
// one-byte symbol tokens.
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/5+4)
	prevEnd := -1
	line := true
	for i := 0; i < len(s); {
		c := s[i]
		start := i
		var kind tokKind
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			i++
			continue
		case c == '\n':
			line = true
			i++
			continue
		case c >= '0' && c <= '9':
			i = scanDigits(s, i)
			kind = tNum
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			i = scanLetters(s, i)
			kind = tWord
		case c < utf8.RuneSelf:
			i++
			kind = tSym
		default:
			r, w := utf8.DecodeRuneInString(s[i:])
			if r == '\u2028' || r == '\u2029' {
				line = true
				i += w
				continue
			}
			if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
				// no-break and thin spaces separate like spaces
				i += w
				continue
			}
			if unicode.IsLetter(r) {
				i = scanLetters(s, i)
				kind = tWord
			} else {
				i += w
				kind = tSym
			}
		}
		toks = append(toks, token{start: start, end: i, kind: kind, glued: start == prevEnd, lineStart: line})
		line = false
		prevEnd = i
	}
	return toks
}

// scanDigits returns the end of the number starting at s[i]: digits with
// "." or "," allowed only between two digits.
func scanDigits(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c >= '0' && c <= '9' {
			i++
			continue
		}
		if (c == '.' || c == ',') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
			i++
			continue
		}
		break
	}
	return i
}

// scanLetters returns the end of the run of letters (and combining marks)
// starting at s[i].
func scanLetters(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c|0x20 >= 'a' && c|0x20 <= 'z' {
				i++
				continue
			}
			return i
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || !(unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)) {
			return i
		}
		i += w
	}
	return i
}

// lookupLower looks s up in m after ASCII lower-casing, without allocating.
// Keys longer than 24 bytes are never found (no lexicon key is that long).
func lookupLower[V any](m map[string]V, s string) (V, bool) {
	var buf [24]byte
	if len(s) > len(buf) {
		var zero V
		return zero, false
	}
	lower := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			lower = false
		}
		buf[i] = c
	}
	if lower {
		v, ok := m[s]
		return v, ok
	}
	for i := 0; i < len(s); i++ {
		if c := buf[i]; c >= 'A' && c <= 'Z' {
			buf[i] = c + 'a' - 'A'
		}
	}
	v, ok := m[string(buf[:len(s)])]
	return v, ok
}

// lookupLower2 looks up two words joined by one space, lower-cased.
func lookupLower2[V any](m map[string]V, a, b string) (V, bool) {
	var buf [40]byte
	if len(a)+len(b)+1 > len(buf) {
		var zero V
		return zero, false
	}
	n := copy(buf[:], a)
	buf[n] = ' '
	n++
	n += copy(buf[n:], b)
	for i := 0; i < n; i++ {
		if c := buf[i]; c >= 'A' && c <= 'Z' {
			buf[i] = c + 'a' - 'A'
		}
	}
	v, ok := m[string(buf[:n])]
	return v, ok
}

// lookupLower3 looks up three words joined by single spaces, lower-cased.
func lookupLower3[V any](m map[string]V, a, b, c string) (V, bool) {
	var buf [48]byte
	if len(a)+len(b)+len(c)+2 > len(buf) {
		var zero V
		return zero, false
	}
	n := copy(buf[:], a)
	buf[n] = ' '
	n++
	n += copy(buf[n:], b)
	buf[n] = ' '
	n++
	n += copy(buf[n:], c)
	for i := 0; i < n; i++ {
		if ch := buf[i]; ch >= 'A' && ch <= 'Z' {
			buf[i] = ch + 'a' - 'A'
		}
	}
	v, ok := m[string(buf[:n])]
	return v, ok
}
