// Package status finds named relationship statuses in a document's text:
// "Kemitraan Strategis Komprehensif", "Comprehensive Strategic Partnership".
//
// It owns the status phrases of a record and nothing else: it reads the
// cleaned text and its sentences (from package text) and returns plain
// values; dating a phrase is the pipeline's (it knows the time expressions
// and the publication date), storing it the store's.
package status

import (
	"regexp"
	"strings"

	"kronik/internal/text"
)

// Phrase is one status phrase found in a text.
type Phrase struct {
	Text       string // the status's name, trimmed of words that open a sentence or a name
	Start, End int    // byte span of the match in the text
	// Sentence is the index of the sentence (in the sentences passed to
	// Find) that holds the phrase, or -1 when none does.
	Sentence int
}

// patterns find named relationship statuses. Diplomatic partnerships are
// named in title case, which is what tells a status ("Kemitraan Strategis
// Komprehensif") from the common noun ("kemitraan yang erat").
var patterns = map[string]*regexp.Regexp{
	// Indonesian puts the qualifiers after the head noun: "Kemitraan Strategis
	// Komprehensif", "Kemitraan Strategis Komprehensif Abadi", "Kemitraan
	// Strategis Menyeluruh". At least one capitalised qualifier must follow.
	"id": regexp.MustCompile(`\bKemitraan(?:\s+[A-Z][a-z]+){1,5}`),
	// English puts them before it: "Comprehensive Strategic Partnership",
	// "Strategic Partnership", "Permanent Comprehensive Strategic Partnership".
	"en": regexp.MustCompile(`\b(?:[A-Z][a-z]+\s+){1,5}Partnership\b`),
}

// heads are the head nouns the patterns require, literally.
var heads = map[string]string{"id": "Kemitraan", "en": "Partnership"}

// stop are title-case words that open a sentence or a name rather than
// qualify a partnership, cut from a match's ends ("Kemitraan Strategis
// Menuju Perdamaian" in a headline keeps "Kemitraan Strategis").
var stop = map[string]bool{
	"Menuju": true, "Untuk": true, "Dan": true, "Dengan": true, "Di": true, "Yang": true,
	"The": true, "A": true, "An": true, "New": true, "Their": true, "This": true, "Its": true,
}

// Find returns the status phrases of txt, a text in language lang ("id",
// "ms" or "en"; other languages have none), with the index of the sentence
// of sents that holds each.
func Find(txt, lang string, sents []text.Sentence) []Phrase {
	if lang == "ms" {
		lang = "id"
	}
	re := patterns[lang]
	if re == nil || !strings.Contains(txt, heads[lang]) {
		// most texts name no partnership: one substring search instead of
		// the pattern's attempt at every capitalised word
		return nil
	}
	var out []Phrase
	for _, m := range re.FindAllStringIndex(txt, -1) {
		words := trim(strings.Fields(txt[m[0]:m[1]]), lang)
		if len(words) < 2 {
			continue
		}
		out = append(out, Phrase{Text: strings.Join(words, " "), Start: m[0], End: m[1], Sentence: text.SentenceAt(sents, m[0])})
	}
	return out
}

// trim cuts the stop words from a match's words: English qualifiers come
// first, so a sentence-opening word is cut from the front; Indonesian ones
// follow the head noun, so the phrase ends at the first stop word (what
// follows it is another phrase).
func trim(words []string, lang string) []string {
	if lang == "en" {
		for len(words) > 1 && stop[words[0]] {
			words = words[1:]
		}
		return words
	}
	for i, w := range words {
		if i > 0 && stop[w] {
			return words[:i]
		}
	}
	return words
}
