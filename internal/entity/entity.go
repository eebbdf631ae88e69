// Package entity finds the mentions of persons, organisations, countries and
// places in a document and links them into entities: names the knowledge base
// knows, names found from context by rules (titles, apposition, reporting
// verbs, credits, organisation head words, bracketed abbreviations), and the
// spans of an optional statistical tagger. Every real-world thing becomes one
// entity per document ("Xi Jinping", "Presiden Xi" and "XI" are one person).
//
// Per sentence, in order of precedence (a later source fills only words an
// earlier one left free):
//
//  1. known names (kb.MatchLang, longest first; hyphenated compounds are
//     split, so "Tiongkok-Kazakhstan" gives two mentions), except names
//     inside a longer name (an organisation, a currency, a language);
//  2. outlets and unknown places in news ledes;
//  3. the tagger's spans, held to the conventions below (keepTagged) and
//     reconciled with the organisation rules (reconcile);
//  4. organisations from head words ("Kementerian", "Universitas", "Ministry")
//     and English tail words ("University", "Embassy");
//  5. places from administrative and geographic words;
//  6. persons from titles, reporting verbs, credits and apposition.
//
// Then per document (link): known names take their knowledge-base id;
// bracketed abbreviations join their long forms; short, upper-case and
// surname-only person mentions join the full name met in the document or in
// the knowledge base; shortened organisation names join the full name they
// begin; everything else gets a slug id. Event names, documents, programmes,
// slogans, headings and sentence-initial capitals alone are no entities.
//
// The package owns mentions and their linking: the word lists of its rules
// (lexicon.go), one file per construction family (words.go, headline.go,
// org.go, person.go, place.go, tagger.go, gathered per sentence in
// sentence.go), linking (link.go) and the publishing outlet as an entity
// (outlet.go). It reads the knowledge base (internal/kb) and the sentence
// tokens (internal/text) and never changes them; it does not touch events,
// dates, quantities or a record's metadata (outlet, dateline), which other
// stages own: it only receives the outlet's name.
package entity

import (
	"strings"

	"kronik/internal/kb"
	"kronik/internal/record"
	"kronik/internal/text"
)

// Tagger labels words with BIO tags over PERSON, ORG and PLACE ("B-PERSON",
// "I-PERSON", "O"); internal/ner implements it.
type Tagger interface{ Tag(words []string) []string }

// Recognizer finds and links entity mentions. It is safe for concurrent use
// when its Tagger is.
type Recognizer struct {
	kb     *kb.KB
	tagger Tagger
}

// New returns a Recognizer over the knowledge base k and the tagger t (nil
// for none).
func New(k *kb.KB, t Tagger) *Recognizer {
	if k == nil {
		k = kb.New(nil)
	}
	return &Recognizer{kb: k, tagger: t}
}

// word is a token, or a part of a hyphenated token ("Tiongkok-Kazakhstan"
// gives "Tiongkok" and "Kazakhstan"), with byte offsets into the text.
type word struct {
	s          string
	norm       string // lower case, kb.Normalize
	start, end int
	tok        int  // index of the sentence token it comes from
	hyph       bool // joined to the previous word by a hyphen
}

// span is a candidate mention over words [a, b) of a sentence.
type span struct {
	a, b   int
	typ    string
	ent    *kb.Entity // known entity, or nil
	src    string     // kb, rule, ner
	role   string     // how a person's role was found: "title" (before the name) or "apposition"
	roleOf string     // entity id of the office's state or organisation; an organisation's or a seat's state
	roleA  int        // byte offsets of the role's words
	roleB  int
	// knownEnd marks a rule organisation that ends on a known country or
	// place ("... Pendidikan Tinggi Kazakhstan"): what follows is no part of it.
	knownEnd bool
	tail     bool // an English organisation named before its head word ("Chinese Embassy")
	credit   bool // a name in a credit or byline line, which headline rules leave alone
	dead     bool // replaced by a better span
}

// mention is a resolved span with its sentence.
type mention struct {
	span
	sent       int
	start, end int
	text       string
}

// Recognize returns the entities of a document. text is the cleaned main
// text; sents are its sentences with tokens (offsets into text); lang is the
// ISO 639-1 language ("id", "en").
func (r *Recognizer) Recognize(txt string, sents []text.Sentence, lang string) []record.Entity {
	var all []mention
	words := make([][]word, len(sents))
	top := true    // in the title lines at the top (masthead, headline), before the body
	story := false // the story's first sentence has been read
	var sc scratch
	for si, s := range sents {
		ws := splitWords(s.Tokens)
		words[si] = ws
		top = top && headline(ws)
		// a title-case line before the story, below page chrome ("Baca
		// berita tanpa iklan.") is a headline too
		head := top || !story && headline(ws)
		story = story || storySentence(s)
		spans := r.sentenceSpans(&sc, txt, ws, s.Tokens, si, lang, place{byline: bylineSlot(sents, si), lede: si < 3 || !story})
		for _, sp := range spans {
			if sp.a > 0 && shipPrefixes[ws[sp.a-1].s] {
				continue // "KN Pulau Dana", "KRI Bung Tomo", "USS Ronald Reagan": a ship, none of the four types
			}
			// a person after a title in a title-case headline below the
			// first line ("Menlu ASEAN Adopsi Komunike Bersama di Manila")
			// is a name only if the body writes its first word again; a
			// name closing its line or in a credit line ("By Dana Omarova
			// in Diplomacy on ...") stays
			if head && si > 0 && sp.typ == kb.Person && sp.ent == nil && !sp.credit && !closesLine(ws, sp.b) && !creditLabels[ws[0].norm] &&
				strings.Count(txt, ws[sp.a].s) == 1 {
				continue
			}
			if si == 0 && (sp.src == "ner" || sp.src == "rule" && sp.typ == kb.Person) && !sp.credit && !creditLabels[ws[0].norm] &&
				headline(ws) && !recurs(txt, ws, sp) {
				// a title-case headline capitalises every word: a name the
				// tagger sees there only counts if the body names it again
				// ("Bahas Pembayaran Rupee-Rubel" is no person)
				continue
			}
			// (below the first line, a headline's verb has words after it:
			// a name closing a credit line is a name)
			if head && (si == 0 || !closesLine(ws, sp.b)) && sp.typ == kb.Person && sp.ent == nil &&
				sp.b-sp.a >= 2 && headlineVerbTail(txt, ws, sp) {
				// "Prabowo dan Anwar Sepakati ...": a title-case headline
				// capitalises its verb; a last word the body never writes
				// capitalised again is not part of the name
				sp.b--
			}
			m := mention{span: sp, sent: si, start: ws[sp.a].start, end: ws[sp.b-1].end}
			if m.start < 0 || m.end > len(txt) || m.start >= m.end {
				continue // sentences that do not belong to txt
			}
			m.text = txt[m.start:m.end]
			all = append(all, m)
		}
	}
	if d, ok := r.ledeDomain(txt, sents); ok {
		// "TEMPO.CO, Jakarta -", "VOTENEWS.ID, JAKARTA –": the outlet's
		// domain replaces the pieces the sentence splitter left of it
		kept := all[:0]
		for _, m := range all {
			if m.end <= d.start || m.start >= d.end {
				kept = append(kept, m)
			}
		}
		all = append(kept, d)
	}
	ents := r.link(txt, sents, words, all)
	if lang == "id" {
		domesticOffices(ents)
	}
	return ents
}
