package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns s prepared for matching names and phrases: lower case,
// diacritics removed (Türkiye -> turkiye, São -> sao), curly quotes and
// apostrophes made straight, every dash and hyphen made "-", and runs of
// white space (including no-break and zero-width spaces) collapsed to one
// space with none at either end. Letters without a decomposition that the
// press nevertheless writes in ASCII (ø, ß, ł, đ, æ, œ, ı) are mapped too.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is pending
	if isPlainASCII(s) {
		for i := 0; i < len(s); i++ {
			c := s[i]
			if asciiClass[c] == cSpace {
				space = b.Len() > 0
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		}
		return b.String()
	}
	d := norm.NFD.String(strings.ToValidUTF8(s, "\uFFFD"))
	for _, r := range d {
		if unicode.Is(unicode.Mn, r) || r == '\u00ad' {
			continue // combining diacritic, soft hyphen
		}
		if r == '\u200c' || r == '\u200d' || r == '\u2060' {
			continue // zero-width (non-)joiners join
		}
		if isSpaceRune(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		switch r {
		case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u00b4', '`', '\u02bc':
			r = '\''
		case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb':
			r = '"'
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u2e3a', '\ufe58', '\ufe63', '\uff0d':
			r = '-'
		case 'ø', 'Ø':
			r = 'o'
		case 'ł', 'Ł':
			r = 'l'
		case 'đ', 'Đ':
			r = 'd'
		case 'ı':
			r = 'i'
		case 'ß':
			b.WriteString("ss")
			continue
		case 'æ', 'Æ':
			b.WriteString("ae")
			continue
		case 'œ', 'Œ':
			b.WriteString("oe")
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || s[i] == '`' {
			return false
		}
	}
	return true
}
