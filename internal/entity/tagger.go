package entity

// The statistical tagger's spans, held to this package's conventions.

import (
	"strings"

	"kronik/internal/kb"
	"kronik/internal/text"
)

// tagAppender is a Tagger that can append its labels to a slice (as
// ner.Model does), which taggerSpans reuses from sentence to sentence.
type tagAppender interface {
	TagAppend(dst, words []string) []string
}

// taggerSpans maps the tagger's BIO labels over the sentence tokens to spans
// over words. Spans that begin with an event, document or programme head are
// dropped: they are none of the four types.
func (r *Recognizer) taggerSpans(sc *scratch, txt string, ws []word, toks []text.Token) []span {
	// Names are capitalised under this package's conventions
	// (keepTagged), so a sentence with no capitalised word after its first,
	// and a first word that cannot be a name, gives the tagger nothing to find:
	// it is not run (about a third of news sentences).
	caps := 0
	for i, w := range ws {
		if isCap(w.s) && (i > 0 || !notNames[w.norm]) {
			caps++
		}
	}
	if caps == 0 {
		return nil
	}
	sc.words = grow(sc.words, len(toks))
	words := sc.words
	for i, t := range toks {
		words[i] = t.Text
	}
	var labels []string
	if ta, ok := r.tagger.(tagAppender); ok {
		sc.labels = ta.TagAppend(sc.labels[:0], words)
		labels = sc.labels
	} else {
		labels = r.tagger.Tag(words)
	}
	if len(labels) != len(toks) {
		return nil
	}
	sc.first, sc.last = grow(sc.first, len(toks)), grow(sc.last, len(toks))
	first, last := sc.first, sc.last // token -> first word, last word + 1
	for i := range first {
		first[i] = -1
	}
	for wi, w := range ws {
		if first[w.tok] < 0 {
			first[w.tok] = wi
		}
		last[w.tok] = wi + 1
	}
	var out []span
	for i := 0; i < len(labels); i++ {
		l := labels[i]
		if len(l) < 3 || l[0] != 'B' && l[0] != 'I' {
			continue
		}
		typ := l[2:]
		j := i + 1
		for j < len(labels) && labels[j] == "I-"+typ {
			j++
		}
		switch typ {
		case "PER":
			typ = kb.Person
		case "LOC", "GPE":
			typ = kb.Place
		}
		if (typ == kb.Person || typ == kb.Org || typ == kb.Place) && first[i] >= 0 {
			sp := span{a: first[i], b: last[j-1], typ: typ, src: "ner"}
			if typ == kb.Person {
				// "Wamenlu Arrmanatha Nasir": a title the tagger took into
				// the name is the person's role
				// "Menteri Investasi dan Hilirisasi Rosan Roeslani": a
				// portfolio word after a title's words belongs to the title
				// "Dato' Sri Ismail Sabri": a Malay style of rank, whole
				a, roleA := sp.a, sp.a
				for k := max(0, sp.a-2); k < sp.a; k++ {
					if e := malayStyle(ws, k); e == sp.a+1 && e < sp.b {
						a, roleA = e, k // the tagger began inside the style ("Sri ...")
					}
				}
				for a < sp.b-1 {
					if e := malayStyle(ws, a); e > a && e < sp.b {
						a = e
						continue
					}
					if personTitles[ws[a].norm] || ministerAbbrev(ws[a].norm) ||
						titleFillers[ws[a].norm] && a > sp.a && personTitles[ws[a-1].norm] && isCap(ws[a].s) || // "Putra Mahkota"
						orgVocab[ws[a].norm] && a > 0 && (titleFillers[ws[a-1].norm] || personTitles[ws[a-1].norm] || orgVocab[ws[a-1].norm]) {
						a++
						continue
					}
					break
				}
				if a > sp.a {
					sp.role, sp.roleA, sp.roleB = "title", ws[roleA].start, ws[a-1].end
					sp.a = a
				}
			}
			// A name holds no lower-case word but an organisation's
			// connectors and a name's particles ("Bank of Indonesia",
			// "Faisal bin Bandar"): the tagger running on into a verb or a
			// preposition ("Finance Ministry said", "Airport by Riyadh") is
			// cut there, and a name ends with a name word.
			for k := sp.a + 1; k < sp.b; k++ {
				if w := ws[k]; !isCap(w.s) && !isNumber(w.s) && !isPunct(w.s) && !w.hyph &&
					!orgConnectors[w.norm] && !nameParticles[w.norm] && !arabicParticles[w.norm] {
					sp.b = k
					break
				}
			}
			for sp.b > sp.a+1 && !isCap(ws[sp.b-1].s) && !isNumber(ws[sp.b-1].s) {
				sp.b--
			}
			if typ == kb.Org && platforms[ws[sp.a].norm] && sp.b-sp.a >= 3 {
				// "akun YouTube Sekretariat Presiden": the platform is the
				// medium, the account's owner the organisation
				sp.a++
			}
			if r.keepTagged(txt, ws, toks, sp.a, sp.b, typ) {
				out = append(out, sp)
			}
		}
		i = j - 1
	}
	return joinPatronyms(ws, out)
}

// joinPatronyms joins two person spans that only a patronymic particle
// separates ("Mohamed bin Zayed Al Nahyan", "Siti binti Abdullah"): the
// tagger often leaves the lower-case particle out of an Arabic or Malay name
// and returns its halves as two persons.
func joinPatronyms(ws []word, spans []span) []span {
	out := spans[:0]
	for _, sp := range spans {
		if n := len(out); n > 0 {
			p := &out[n-1]
			if p.typ == kb.Person && sp.typ == kb.Person && sp.role == "" && sp.a == p.b+1 && patronyms[ws[p.b].s] {
				p.b = sp.b
				continue
			}
		}
		out = append(out, sp)
	}
	return out
}

// keepTagged decides whether a tagger span over words [a, b) is kept. The
// tagger is trained on general news; these checks hold it to this package's
// conventions.
func (r *Recognizer) keepTagged(txt string, ws []word, toks []text.Token, a, b int, typ string) bool {
	first := ws[a]
	// Names start with a capital ("workshop Luban" is no name).
	if !isCap(first.s) {
		return false
	}
	// Events, documents, programmes and common words opening a sentence
	// ("Forum ...", "Inisiatif ...", "Sabuk dan Jalan") are none of the types,
	// nor are religions, peoples and languages standing alone.
	if eventHeads[first.norm] || notNames[first.norm] || b-a == 1 && notTagged[first.norm] {
		return false
	}
	// A month next to a day number is a date ("May 21", "21 May"), whatever
	// the tagger says: "May" is also a surname.
	if b-a == 1 && months[first.norm] && (b < len(ws) && isNumber(ws[b].s) || a > 0 && isNumber(ws[a-1].s)) {
		return false
	}
	// A span that is the whole sentence is a heading or a list item
	// ("4. Pertukaran Antarwarga"), not a name in running text.
	whole := true
	for i, w := range ws {
		if (i < a || i >= b) && !isPunct(w.s) && !isNumber(w.s) {
			whole = false
			break
		}
	}
	if whole && r.kb.Lookup(joinWords(ws[a:b])) == nil && !(len(ws) == b-a && nameLine(txt, ws[a:b], typ)) {
		return false
	}
	// An organisation or place opening with a person's title ("PM Thailand
	// Prayut", "Menhub Budi Karya") is a title and a name: the person rules
	// read it.
	if typ != kb.Person && !orgHeads[first.norm] && (personTitles[first.norm] || ministerAbbrev(first.norm)) && b-a >= 2 {
		return false
	}
	// A title or style alone ("Dato", "Sultan") names nobody.
	if typ == kb.Person && b-a == 1 && (personTitles[first.norm] || ministerAbbrev(first.norm) || titleFillers[first.norm]) {
		return false
	}
	// An organisation's name does not end with a person's title
	// ("Welcomes Philippine President" is a headline's words), unless a head
	// word opens it ("Office of the President").
	if typ == kb.Org && b-a >= 2 && personTitles[ws[b-1].norm] && !orgHeads[ws[b-1].norm] && !orgHeads[first.norm] {
		return false
	}
	// Persons are made of name words, not of organisation vocabulary.
	if typ == kb.Person {
		for _, w := range ws[a:b] {
			if orgVocab[w.norm] || orgHeads[w.norm] || eventHeads[w.norm] {
				return false
			}
		}
	}
	return true
}

// nameLine reports whether a tagged person that is a whole line (nothing
// else, not even a list number) is a name of two to four name words that
// the text uses nowhere else, in any case: a reporter's name alone on a line
// under the story. A heading's words come back in the story ("Pertukaran
// Antarwarga" over a paragraph on "pertukaran antarwarga").
func nameLine(txt string, ws []word, typ string) bool {
	if typ != kb.Person || len(ws) < 2 || len(ws) > 4 {
		return false
	}
	lower := strings.ToLower(txt)
	for _, w := range ws {
		if !nameWord(w) && !w.hyph || strings.Count(lower, strings.ToLower(w.s)) > 1 {
			return false
		}
	}
	return true
}
