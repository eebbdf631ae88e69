package entity

// Word-level helpers shared by every construction: splitting tokens into
// words, the shape of a word (capitals, letters, digits, punctuation) and
// bookkeeping over spans.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"kronik/internal/kb"
	"kronik/internal/text"
)

// splitWords splits hyphenated tokens into their parts, so that compounds of
// names ("Tiongkok-Kazakhstan", "China-Asia Tengah") give a word per name.
func splitWords(toks []text.Token) []word {
	ws := make([]word, 0, len(toks)+4)
	for ti, t := range toks {
		// English possessives: "Indonesia's", "Xi’s" are the name and "'s".
		if n := possessive(t.Text); n > 0 {
			base := text.Token{Text: t.Text[:len(t.Text)-n], Start: t.Start, End: t.End - n}
			ws = appendWords(ws, base, ti)
			ws = append(ws, word{s: t.Text[len(t.Text)-n:], norm: "s", start: t.End - n, end: t.End, tok: ti})
			continue
		}
		ws = appendWords(ws, t, ti)
	}
	return ws
}

// possessive returns the byte length of an English possessive ending
// ("'s", "’s") on a capitalised word, or 0.
func possessive(s string) int {
	if !isCap(s) {
		return 0
	}
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf)+1 {
			return len(suf)
		}
	}
	return 0
}

// appendWords appends the token's words: the parts of a hyphenated token, or
// the token itself.
func appendWords(ws []word, t text.Token, ti int) []word {
	if !strings.ContainsAny(t.Text, "-\u2010\u2011") || len(t.Text) < 3 {
		return append(ws, word{s: t.Text, norm: kb.Normalize(t.Text), start: t.Start, end: t.End, tok: ti})
	}
	parts := text.SplitHyphen(t)
	if len(parts) == 0 { // a dash on its own ("Astana, Outlet - ...")
		parts = []text.Token{t}
	}
	for pi, p := range parts {
		ws = append(ws, word{s: p.Text, norm: kb.Normalize(p.Text), start: p.Start, end: p.End, tok: ti, hyph: pi > 0})
	}
	return ws
}

// isCap reports whether w starts with an upper-case letter.
func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isLetterWord reports whether w has a letter and no digit.
func isLetterWord(w string) bool {
	letter := false
	for _, r := range w {
		if unicode.IsDigit(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letter = true
		}
	}
	return letter
}

// isUpperWord reports whether every letter of w is upper case ("CGTN", "XI").
func isUpperWord(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n > 0
}

func isPunct(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func isNumber(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func joinWords(ws []word) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.s
	}
	return strings.Join(parts, " ")
}

// initialWord reports whether word a opens its sentence, after any opening
// punctuation or list number.
func initialWord(ws []word, a int) bool {
	for k := 0; k < a; k++ {
		if !isPunct(ws[k].s) && !isNumber(ws[k].s) {
			return false
		}
	}
	return true
}

func covered(spans []span, i int) bool {
	for _, s := range spans {
		if s.a <= i && i < s.b {
			return true
		}
	}
	return false
}

func spanAtSafe(spans []span, owner []int, i int) *span {
	if i < 0 || i >= len(owner) || owner[i] == 0 {
		return nil
	}
	return &spans[owner[i]-1]
}

func live(spans []span) []span {
	out := spans[:0]
	for _, s := range spans {
		if !s.dead {
			out = append(out, s)
		}
	}
	return out
}
