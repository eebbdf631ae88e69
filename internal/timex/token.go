package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"kronik/internal/text"
)

type tokKind uint8

const (
	tWord tokKind = iota + 1
	tNum
	tPunct
)

// token is one word, digit run or punctuation mark of the input, read from
// the pieces of the one token stream (text.Piece, tokensOf).
type token struct {
	start, end int32 // byte offsets, as text.Piece's (16 bytes a token)
	num        int32 // value of a digit run; -1 when longer than 9 digits
	kind       tokKind
	upper      bool // first rune is upper case
	gap        bool // whitespace (or start of text) right before the token
}

// tokensOf reads the pieces of s (text.Cut) as the scanner's tokens: a word
// is a letters piece with the apostrophes it joins ("Jum'at"), a number one
// run of digits (so "16/06/2025" is five tokens and the matchers check
// adjacency through gap), anything else one rune.
func tokensOf(s string, ps []text.Piece) []token {
	toks := make([]token, 0, len(ps))
	for i := 0; i < len(ps); i++ {
		p := ps[i]
		t := token{start: p.Start, end: p.End, gap: p.Space}
		switch p.Kind {
		case text.Digits:
			t.kind = tNum
			n := int32(0)
			for k := t.start; k < t.end; k++ {
				if k-t.start < 9 {
					n = n*10 + int32(s[k]-'0')
				} else {
					n = -1
				}
			}
			t.num = n
		case text.Letters:
			t.kind = tWord
			t.end = p.Joined
			for i+1 < len(ps) && ps[i+1].Start < p.Joined {
				i++
			}
			if c := s[t.start]; c < utf8.RuneSelf {
				t.upper = c >= 'A' && c <= 'Z'
			} else {
				r, _ := utf8.DecodeRuneInString(s[t.start:])
				t.upper = unicode.IsUpper(r)
			}
		default:
			t.kind = tPunct
		}
		toks = append(toks, t)
	}
	return toks
}

// asciiLower lower-cases ASCII letters only, so byte offsets stay valid.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			// one allocation: a Builder's String does not copy
			var b strings.Builder
			b.Grow(len(s))
			b.WriteString(s[:i])
			for j := i; j < len(s); {
				b.WriteByte(s[j] + 'a' - 'A') // s[j] is an upper-case letter
				k := j + 1
				for k < len(s) && (s[k] < 'A' || s[k] > 'Z') {
					k++
				}
				b.WriteString(s[j+1 : k])
				j = k
			}
			return b.String()
		}
	}
	return s
}
