package timex

import (
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord tokKind = iota + 1
	tNum
	tPunct
)

// token is one word, digit run or punctuation mark of the input. Words keep
// inner apostrophes ("Jum'at"); digit runs never include separators, so
// "16/06/2025" is five tokens and the matchers check adjacency through gap.
type token struct {
	start, end int
	kind       tokKind
	low        string // ASCII-lower-cased text (a substring of one lowered copy)
	upper      bool   // first rune is upper case
	gap        bool   // whitespace (or start of text) right before the token
	num        int    // value of a digit run; -1 when longer than 9 digits
}

// tokenize splits text into tokens with byte offsets. It never fails: invalid
// UTF-8 bytes become one-byte punctuation tokens.
func tokenize(text string) []token {
	lower := asciiLower(text)
	toks := make([]token, 0, len(text)/5+1)
	gap := true
	for i := 0; i < len(text); {
		c := text[i]
		start := i
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			gap = true
			i++
			continue
		case c >= '0' && c <= '9':
			n := 0
			for i < len(text) && text[i] >= '0' && text[i] <= '9' {
				if n >= 0 && i-start < 9 {
					n = n*10 + int(text[i]-'0')
				} else {
					n = -1
				}
				i++
			}
			toks = append(toks, token{start: start, end: i, kind: tNum, low: lower[start:i], gap: gap, num: n})
		case isLetterAt(text, i):
			r, _ := utf8.DecodeRuneInString(text[i:])
			up := unicode.IsUpper(r)
			for i < len(text) {
				if isLetterAt(text, i) {
					_, w := utf8.DecodeRuneInString(text[i:])
					i += w
					continue
				}
				// An apostrophe between letters stays in the word ("Jum'at",
				// "Jum’at"), except an English possessive ("Tuesday's").
				if text[i] == '\'' && i+1 < len(text) && isLetterAt(text, i+1) && !possessive(text, i+1) {
					i++
					continue
				}
				if text[i] == 0xE2 && i+3 < len(text) && text[i+1] == 0x80 && text[i+2] == 0x99 && isLetterAt(text, i+3) && !possessive(text, i+3) {
					i += 3
					continue
				}
				break
			}
			toks = append(toks, token{start: start, end: i, kind: tWord, low: lower[start:i], upper: up, gap: gap})
		default:
			r, w := utf8.DecodeRuneInString(text[i:])
			if r != utf8.RuneError && unicode.IsSpace(r) {
				gap = true
				i += w
				continue
			}
			i += w
			toks = append(toks, token{start: start, end: i, kind: tPunct, low: lower[start:i], gap: gap})
		}
		gap = false
	}
	return toks
}

// possessive reports whether the letters at i are a lone "s" (English "'s").
func possessive(s string, i int) bool {
	return (s[i] == 's' || s[i] == 'S') && (i+1 >= len(s) || !isLetterAt(s, i+1))
}

func isLetterAt(s string, i int) bool {
	c := s[i]
	if c < 0x80 {
		return (c|0x20) >= 'a' && (c|0x20) <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r != utf8.RuneError && unicode.IsLetter(r)
}

// asciiLower lower-cases ASCII letters only, so byte offsets stay valid.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'A' && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
