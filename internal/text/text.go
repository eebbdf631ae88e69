// Package text splits cleaned article text into sentences and tokens for
// Indonesian and English, keeping byte offsets into the original string.
package text

import (
	"strings"
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

// Split returns the sentences of s with their tokens.
func Split(s string) []Sentence {
	var out []Sentence
	for _, sp := range Sentences(s) {
		out = append(out, Sentence{Start: sp[0], End: sp[1], Tokens: Tokenize(s[sp[0]:sp[1]], sp[0])})
	}
	return out
}

// Sentences returns [start, end) byte spans of the sentences of s. Paragraph
// breaks (a blank line or a single newline) always end a sentence.
func Sentences(s string) [][2]int {
	var out [][2]int
	start := -1
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if start < 0 {
			if !unicode.IsSpace(r) {
				start = i
			}
			i += w
			continue
		}
		if r == '\n' {
			out = append(out, [2]int{start, trimRight(s, start, i)})
			start = -1
			i += w
			continue
		}
		if r == '.' || r == '!' || r == '?' {
			j := i + w
			for j < len(s) && strings.ContainsRune("\"'”’)]", rune(s[j])) {
				j++
			}
			if j >= len(s) || s[j] == ' ' {
				k := j
				for k < len(s) && s[k] == ' ' {
					k++
				}
				if k >= len(s) || startsSentence(s[k:]) {
					out = append(out, [2]int{start, j})
					start = -1
					i = j
					continue
				}
			}
		}
		i += w
	}
	if start >= 0 {
		if e := trimRight(s, start, len(s)); e > start {
			out = append(out, [2]int{start, e})
		}
	}
	return out
}

func trimRight(s string, start, end int) int {
	for end > start {
		r, w := utf8.DecodeLastRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= w
	}
	return end
}

func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“'‘(", r)
}

// Tokenize splits s into tokens; offset is added to every token's offsets so
// that a sentence's tokens point into the whole text.
func Tokenize(s string, offset int) []Token {
	var out []Token
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += w
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + w
			for j < len(s) {
				r2, w2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += w2
					continue
				}
				// keep word-internal hyphens, apostrophes and number separators
				if (r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '.' || r2 == ',') && j+w2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+w2:])
					if (r2 == '.' || r2 == ',') && !(unicode.IsDigit(r3) && unicode.IsDigit(lastRune(s[i:j]))) {
						break
					}
					if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
						j += w2
						continue
					}
				}
				break
			}
			out = append(out, Token{Text: s[i:j], Start: offset + i, End: offset + j})
			i = j
		default:
			out = append(out, Token{Text: s[i : i+w], Start: offset + i, End: offset + i + w})
			i += w
		}
	}
	return out
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
