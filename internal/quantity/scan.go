package quantity

import "kronik/internal/text"

// tokKind is the class of a scanned token.
type tokKind uint8

const (
	tWord tokKind = iota + 1 // a run of letters
	tNum                     // digits with inner "." or "," between digits
	tSym                     // any other single rune (or one invalid byte)
)

// token is one token of the extractor, read from the pieces of the one
// token stream (text.Piece, tokensOf): it needs finer tokens than a
// text.Token ("Rp16.296" is "Rp" + "16.296", "€600m" three tokens) and
// whether a token touches the previous one.
type token struct {
	start, end int32 // byte offsets, as text.Piece's (12 bytes a token)
	kind       tokKind
	glued      bool // no space between this token and the previous one
	lineStart  bool // first token of its line
}

// tokensOf reads the pieces of s (text.Cut) as the extractor's tokens: a
// number is a digits piece with the separators it joins ("5,4",
// "1.500.000"), a word one run of letters ("Rp16.296" is "Rp" and
// "16.296", "€600m" three tokens), anything else one rune.
func tokensOf(ps []text.Piece) []token {
	toks := make([]token, 0, len(ps))
	for i := 0; i < len(ps); i++ {
		p := ps[i]
		t := token{start: p.Start, end: p.End, glued: !p.Space, lineStart: p.Line}
		switch p.Kind {
		case text.Digits:
			t.kind = tNum
			t.end = p.Joined
			for i+1 < len(ps) && ps[i+1].Start < p.Joined {
				i++
			}
		case text.Letters:
			t.kind = tWord
		default:
			t.kind = tSym
		}
		toks = append(toks, t)
	}
	return toks
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
