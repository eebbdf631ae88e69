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
package entity

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

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
	roleOf string     // entity id of the office's state or organisation
	roleA  int        // byte offsets of the role's words
	roleB  int
	// knownEnd marks a rule organisation that ends on a known country or
	// place ("... Pendidikan Tinggi Kazakhstan"): what follows is no part of it.
	knownEnd bool
	tail     bool // an English organisation named before its head word ("Chinese Embassy")
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
	top := true // in the title lines at the top (masthead, headline), before the body
	for si, s := range sents {
		ws := splitWords(s.Tokens)
		words[si] = ws
		top = top && headline(ws)
		spans := r.sentenceSpans(ws, s.Tokens, si, lang)
		for _, sp := range spans {
			if sp.a > 0 && shipPrefixes[ws[sp.a-1].s] {
				continue // "KN Pulau Dana", "KRI Bung Tomo", "USS Ronald Reagan": a ship, none of the four types
			}
			// a person after a title in a title-case headline below the
			// first line ("Menlu ASEAN Adopsi Komunike Bersama di Manila")
			// is a name only if the body writes its first word again; a
			// name closing its line or in a credit line ("By Dana Omarova
			// in Diplomacy on ...") stays
			if top && si > 0 && sp.typ == kb.Person && sp.ent == nil && !closesLine(ws, sp.b) && !creditLabels[ws[0].norm] &&
				strings.Count(txt, ws[sp.a].s) == 1 {
				continue
			}
			if si == 0 && (sp.src == "ner" || sp.src == "rule" && sp.typ == kb.Person) && headline(ws) && !recurs(txt, ws, sp) {
				// a title-case headline capitalises every word: a name the
				// tagger sees there only counts if the body names it again
				// ("Bahas Pembayaran Rupee-Rubel" is no person)
				continue
			}
			// (below the first line, a headline's verb has words after it:
			// a name closing a credit line is a name)
			if top && (si == 0 || !closesLine(ws, sp.b)) && sp.typ == kb.Person && sp.ent == nil &&
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

// headline reports whether a sentence reads as a title-case headline: no
// closing full stop, and most words capitalised.
func headline(ws []word) bool {
	if n := len(ws); n == 0 || ws[n-1].s == "." {
		return false
	}
	caps := 0
	for _, w := range ws {
		if isCap(w.s) {
			caps++
		}
	}
	return caps*2 >= len(ws)
}

// recurs reports whether a word of the span occurs again in the text. A name
// in capitals (a byline, "JOHN DOE, ... staff writer") is not a headline's
// capitalised words and counts as found.
func recurs(txt string, ws []word, sp span) bool {
	upper := true
	for k := sp.a; k < sp.b; k++ {
		upper = upper && isUpperWord(ws[k].s)
	}
	if upper {
		return true
	}
	for k := sp.a; k < sp.b; k++ {
		if w := ws[k].s; len(w) > 2 && strings.Count(txt, w) > 1 {
			return true
		}
	}
	return false
}

// headlineVerbTail reports whether the last word of a person span in the first
// sentence occurs nowhere else in the text, while its first word does: in a
// title-case headline the word after a name is often a verb ("Sepakati").
func headlineVerbTail(txt string, ws []word, sp span) bool {
	if !headline(ws) {
		return false
	}
	last, first := ws[sp.b-1].s, ws[sp.a].s
	return isCap(last) && strings.Count(txt, last) == 1 && strings.Count(txt, first) > 1
}

// capsCredits finds the names of a credit line written in capitals: a
// sentence made only of runs of all-capital words separated by "|", "/", ","
// or "and"/"dan" (bottom credits), or a capitals run followed by ", <outlet>
// staff writer|correspondent" (a byline). Runs have two to five words.
func capsCredits(ws []word) []span {
	var runs []span
	onlyCredits := true
	for i := 0; i < len(ws); {
		if isUpperWord(ws[i].s) && isLetterWord(ws[i].s) {
			j := i
			for j < len(ws) && (isUpperWord(ws[j].s) && isLetterWord(ws[j].s) || ws[j].s == "." && j > i) {
				j++
			}
			if j-i >= 2 && j-i <= 6 {
				runs = append(runs, span{a: i, b: j, typ: kb.Person, src: "rule"})
			} else {
				onlyCredits = false
			}
			i = j
			continue
		}
		switch ws[i].s {
		case "|", "/", ",", "and", "dan", "&", ";", "AND", "DAN":
		default:
			onlyCredits = false
		}
		i++
	}
	if len(runs) == 0 {
		return nil
	}
	// an all-capital headline ("XI TIBA DI ASTANA") is no credit line: a
	// credit line has two names or more and no function words
	for _, r := range runs {
		for k := r.a; k < r.b; k++ {
			if l := strings.ToLower(ws[k].s); len(l) > 1 && (text.IsStopWord("id", l) || text.IsStopWord("en", l)) {
				return nil
			}
		}
	}
	if onlyCredits && len(runs) >= 2 {
		return runs
	}
	var out []span
	for _, r := range runs {
		for k := r.b; k < len(ws) && k <= r.b+4; k++ {
			if n := strings.ToLower(ws[k].s); n == "writer" || n == "correspondent" || n == "wartawan" || n == "koresponden" {
				out = append(out, r)
				break
			}
		}
	}
	return out
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

// nameWord reports whether w can be part of a personal name: capitalised,
// not a function word, not a digit.
func nameWord(w word) bool {
	if !isCap(w.s) || notNames[w.norm] || personTitles[w.norm] || orgHeads[w.norm] || orgVocab[w.norm] ||
		len(w.s) > 1 && isUpperWord(w.s) { // "PDIP", "DKPP" are acronyms
		return false
	}
	// "Umumnya", "Ketuanya": a title word with the clitic -nya
	if stem, ok := strings.CutSuffix(w.norm, "nya"); ok && (titleFillers[stem] || personTitles[stem] || notNames[stem]) {
		return false
	}
	return !ministerAbbrev(w.norm)
}

// ministerAbbrev reports whether w is an Indonesian abbreviated title of a
// minister or commander ("Mendagri", "Menkeu", "Menkopolhukam", "Kapolri").
func ministerAbbrev(w string) bool {
	if titleAbbrevs[w] {
		return true
	}
	if rest, ok := strings.CutPrefix(w, "menko"); ok && len(rest) >= 2 {
		return true
	}
	return false
}

// personTail reports whether the words, split off the end of an
// organisation's name, look like a person's name: name words, no
// organisation vocabulary, not joined by hyphens, not known names.
func personTail(k *kb.KB, ws []word) bool {
	if len(ws) < 1 || len(ws) > 4 {
		return false
	}
	var parts []string
	for _, w := range ws {
		if !nameWord(w) || w.hyph || knownNonPerson(k, w.s) {
			return false
		}
		parts = append(parts, w.s)
	}
	return !knownNonPerson(k, strings.Join(parts, " "))
}

// knownNonPerson reports whether the knowledge base knows name as
// something other than a person.
func knownNonPerson(k *kb.KB, name string) bool {
	for _, e := range k.Lookup(name) {
		if e.Type != kb.Person {
			return true
		}
	}
	return false
}

// sentenceSpans finds the candidate mentions of one sentence.
func (r *Recognizer) sentenceSpans(ws []word, toks []text.Token, si int, lang string) []span {
	if len(ws) == 0 {
		return nil
	}
	strs := make([]string, len(ws))
	for i, w := range ws {
		strs[i] = w.s
	}
	owner := make([]int, len(ws)) // index+1 into spans of the span covering a word
	var spans []span
	add := func(sp span) bool {
		if sp.a < 0 || sp.b > len(ws) || sp.a >= sp.b {
			return false
		}
		// "King Khalid International Airport", "Sultan Hasanuddin
		// Airport": a person's name before a facility's head word names
		// the facility, not the person.
		if sp.typ == kb.Person && sp.b < len(ws) && isCap(ws[sp.b].s) && facilityHeads[ws[sp.b].norm] {
			return false
		}
		for i := sp.a; i < sp.b; i++ {
			if owner[i] != 0 {
				return false
			}
		}
		spans = append(spans, sp)
		for i := sp.a; i < sp.b; i++ {
			owner[i] = len(spans)
		}
		return true
	}

	// 1. Known names, longest first.
	kbm := r.kb.MatchLang(strs, lang)
	known := make([]*kb.Match, len(ws)) // start word -> match
	for i := range kbm {
		m := &kbm[i]
		if lang == "id" && countingPlace(ws, m) {
			continue
		}
		known[m.Start] = m
	}

	// 2. The tagger's spans, held to this package's conventions (keepTagged).
	var tagged []span
	if r.tagger != nil {
		tagged = r.taggerSpans(ws, toks)
	}
	// 2b. Credit lines in capitals ("DANIEL A. FAJRI | HAN REVANDA PUTRA",
	// "CLIFF VENZON, Nikkei staff writer"): each run of capitalised words is
	// a person, whatever the tagger made of the capitals.
	if cc := capsCredits(ws); len(cc) > 0 {
		kept := tagged[:0]
		for _, t := range tagged {
			clash := false
			for _, c := range cc {
				if t.a < c.b && c.a < t.b {
					clash = true
				}
			}
			if !clash {
				kept = append(kept, t)
			}
		}
		tagged = append(kept, cc...)
		for _, c := range cc {
			for i := c.a; i < c.b; i++ {
				known[i] = nil
			}
		}
	}

	// 3. Organisations from head words, reconciled with the tagger.
	orgs := r.orgSpans(ws, known)
	orgs, tagged = reconcile(ws, orgs, tagged)
	// Known names inside an organisation's name are no mentions of their
	// own ("Kementerian Luar Negeri Jepang", "Partai Demokrasi Indonesia
	// Perjuangan"), except at its start.
	inner := func(a, b int) {
		for i := a + 1; i < b; i++ {
			if known[i] != nil && known[i].End <= b {
				known[i] = nil
			}
		}
	}
	for _, o := range orgs {
		if o.tail && known[o.a] != nil && known[o.a].End < o.b {
			known[o.a] = nil // "Chinese Embassy": the demonym is part of the name
		}
		inner(o.a, o.b)
	}
	for _, t := range tagged {
		if t.typ == kb.Org {
			inner(t.a, t.b)
		}
	}
	for i := range kbm {
		m := &kbm[i]
		if known[m.Start] == nil {
			continue
		}
		e := m.Entities[0]
		if e.Type == kb.Person && m.End-m.Start == 1 && m.Start > 0 && nameWord(ws[m.Start-1]) &&
			owner[m.Start-1] == 0 && known[m.Start-1] == nil && !initialWord(ws, m.Start-1) {
			// a known surname after an unknown given name ("Edhy Prabowo",
			// "Lara Trump") is somebody else; a capitalised word opening
			// the sentence is no evidence of a given name
			continue
		}
		if e.Type == kb.Country && m.Start > 0 && (currencyWords[ws[m.Start-1].norm] || languageWords[ws[m.Start-1].norm]) {
			// "dolar AS", "dolar Singapura": the country is part of a
			// currency's name, not a mention of its own
			for k := range tagged {
				if tagged[k].a < m.End && m.Start < tagged[k].b {
					tagged[k].dead = true
				}
			}
			continue
		}
		end := m.End
		if e.Type == kb.Place && end < len(ws) && featureTails[ws[end].norm] && isCap(ws[end].s) {
			end++ // "Natuna Islands", "Mekong River": the feature word is part of the name
		}
		add(span{a: m.Start, b: end, typ: e.Type, ent: e, src: "kb"})
	}
	// Outlets named in ledes ("Astana, Warta Online -", "KabarPatroliNews
	// – Astana –"): the lede's shape is stronger evidence than the tagger.
	if si < 3 {
		for _, o := range ledeOutlet(ws, owner, spans) {
			add(o)
		}
	}
	for _, t := range tagged {
		if !t.dead {
			add(t)
		}
	}
	for _, o := range orgs {
		add(o)
	}
	// Places named with an administrative or geographic word, where the
	// tagger found nothing.
	for _, p := range placeSpans(ws, owner) {
		add(p)
	}

	// 4. Persons from context. A rule name that contains a shorter tagged
	// name ("Editor: Hendra Gunawan" where the tagger saw "Hendra")
	// replaces it.
	for _, p := range r.personSpans(ws, owner, spans, si) {
		if add(p) {
			continue
		}
		var inside []int
		ok := true
		for i := p.a; i < p.b; i++ {
			if o := owner[i]; o != 0 {
				sp := spans[o-1]
				if sp.src != "ner" || sp.typ != kb.Person || sp.a < p.a || sp.b > p.b {
					ok = false
					break
				}
				inside = append(inside, o-1)
			}
		}
		if !ok {
			continue
		}
		for _, k := range inside {
			spans[k].dead = true
			for i := spans[k].a; i < spans[k].b; i++ {
				owner[i] = 0
			}
		}
		add(p)
	}

	// 5. Roles in apposition after a person's name: "ujar Rina
	// Wulandari, Direktur Pusat Studi Asia di Jakarta", "Li Wen, direktur
	// Pusat Riset ... di Universitas Fudan, mengakui".
	for k := range spans {
		if sp := &spans[k]; sp.typ == kb.Person && !sp.dead && sp.role == "" {
			appositiveRole(ws, owner, spans, sp)
		}
	}
	live := spans[:0]
	for _, sp := range spans {
		if !sp.dead {
			live = append(live, sp)
		}
	}
	sort.Slice(live, func(i, j int) bool { return live[i].a < live[j].a })
	return live
}

// orgSpans finds organisation names that begin with a head word ("Kementerian
// Luar Negeri China", "Universitas Nasional Laos") or, in English, end with
// one ("Fudan University"). The continuation is capitalised words and
// connectors followed by a capitalised word; it ends after a known country or
// place ("... Pendidikan Tinggi Kazakhstan"), before a comma, and before a
// second head that starts another organisation.
func (r *Recognizer) orgSpans(ws []word, known []*kb.Match) []span {
	var out []span
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if !orgHeads[w.norm] || !isCap(w.s) {
			continue
		}
		if known[i] != nil { // "Bank Dunia" and other known names
			i = known[i].End - 1
			continue
		}
		j := i + 1
		var country string
		endsKnown := false
		enum := false // inside an enumeration ("Pusat Kajian Asia, Afrika dan Amerika Latin")
	cont:
		for j < len(ws) {
			x := ws[j]
			switch {
			case known[j] != nil:
				e := known[j].Entities[0]
				if e.Type == kb.Org { // "Kementerian ... PBB": the known org stands alone
					break cont
				}
				j = known[j].End
				if e.Type == kb.Country && country == "" {
					country = e.ID
				}
				// A known country or place ends the name ("... Pendidikan
				// Tinggi Kazakhstan Budi Hartono": a person may follow)
				// unless a hyphen compound ("Mekanisme Tiongkok-Asia
				// Tengah") or an enumeration goes on.
				if j < len(ws) && ws[j].hyph {
					continue
				}
				if enum && j+1 < len(ws) && (ws[j].s == "," || orgConnectors[ws[j].norm]) {
					continue
				}
				if j < len(ws) && ws[j].s == "," && enumerationAhead(ws, known, j) {
					enum = true
					continue
				}
				endsKnown = true
				break cont
			case orgSplitHeads[x.norm] && j > i+1:
				break cont
			case isCap(x.s) && (!notNames[x.norm] || enum) || isUpperWord(x.s):
				j++
			case orgConnectors[x.norm] && j+1 < len(ws) && !orgHeads[ws[j+1].norm] && !(len(ws[j+1].s) > 1 && isUpperWord(ws[j+1].s)) &&
				(isCap(ws[j+1].s) && !notNames[ws[j+1].norm] || known[j+1] != nil):
				j++
			case x.s == "," && (enum || enumerationAhead(ws, known, j)):
				enum = true
				j++
			default:
				break cont
			}
		}
		for j > i+1 && (ws[j-1].s == "," || orgConnectors[ws[j-1].norm]) {
			j--
		}
		if j == i+1 {
			continue
		}
		// capitalised qualifiers before the head ("International Institute
		// for Strategic Studies", "National University of Singapore")
		a := i
		for a > 0 && isCap(ws[a-1].s) && orgVocab[ws[a-1].norm] && !titleFillers[ws[a-1].norm] && known[a-1] == nil && !covered(out, a-1) && i-a < 3 {
			a--
		}
		out = append(out, span{a: a, b: j, typ: kb.Org, src: "rule", roleOf: country, knownEnd: endsKnown})
		i = j - 1
	}
	// English tail heads: "Fudan University", "Brookings Institution".
	endAt := map[int]*kb.Match{} // end word -> known name ending there
	for _, m := range known {
		if m != nil {
			endAt[m.End] = m
		}
	}
	for i := 1; i < len(ws); i++ {
		if !orgTails[ws[i].norm] || !isCap(ws[i].s) || covered(out, i) {
			continue
		}
		a := i
		for a > 0 && isCap(ws[a-1].s) && !notNames[ws[a-1].norm] && !covered(out, a-1) && known[a-1] == nil && i-a < 4 {
			a--
		}
		// a country or its demonym may open the name ("Chinese Embassy",
		// "Kazakh Foreign Ministry"); it is then no mention of its own
		country := ""
		if m := endAt[a]; m != nil && a > 0 && (m.Entities[0].Type == kb.Country || m.Entities[0].Type == kb.Place) {
			a = m.Start
			if m.Entities[0].Type == kb.Country {
				country = m.Entities[0].ID
			}
		}
		if a < i && !(a == 0 && i-a == 1 && notNames[ws[0].norm]) {
			out = append(out, span{a: a, b: i + 1, typ: kb.Org, src: "rule", roleOf: country, tail: true})
		}
	}
	return out
}

// enumerationAhead reports whether the comma at ws[i] starts an enumeration
// inside an organisation's name: capitalised words and commas closed by
// "dan"/"and" and a capitalised word ("Institut Studi Filsafat, Ilmu
// Politik, dan Agama"), before any other punctuation.
func enumerationAhead(ws []word, known []*kb.Match, i int) bool {
	for j := i + 1; j < len(ws) && j < i+16; j++ {
		w := ws[j]
		switch {
		case w.norm == "dan" || w.norm == "and":
			return j+1 < len(ws) && isCap(ws[j+1].s)
		case w.s == ",", isCap(w.s) && !orgSplitHeads[w.norm], w.hyph, orgConnectors[w.norm]:
		default:
			return false
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

func covered(spans []span, i int) bool {
	for _, s := range spans {
		if s.a <= i && i < s.b {
			return true
		}
	}
	return false
}

// free reports whether word i is open to the person rules: covered by no
// span, or by a tagged person the rule may extend ("Hendra" of "Editor:
// Hendra Gunawan").
func free(owner []int, spans []span, i int) bool {
	o := owner[i]
	return o == 0 || spans[o-1].src == "ner" && spans[o-1].typ == kb.Person
}

// nameRun returns the end of the run of personal-name words starting at i
// (at most four words; hyphen parts count as part of the word they join).
func nameRun(ws []word, owner []int, spans []span, i int) int {
	j, n := i, 0
	for j < len(ws) && free(owner, spans, j) && (j > i && nameParticles[ws[j].norm] && isCap(ws[j].s) || nameWord(ws[j]) || ws[j].hyph && j > i && (isCap(ws[j].s) || !isNumber(ws[j].s)) ||
		j > i && patronyms[ws[j].s] && j+1 < len(ws) && isCap(ws[j+1].s) && free(owner, spans, j+1)) {
		if patronyms[ws[j].s] {
			j++ // a particle, not one of the name's words
			continue
		}
		if !ws[j].hyph {
			n++
			if n > 4 {
				break
			}
		}
		j++
	}
	return j
}

// personSpans applies the context rules for persons.
func (r *Recognizer) personSpans(ws []word, owner []int, spans []span, si int) []span {
	var out []span
	taken := func(a, b int) bool {
		for i := a; i < b; i++ {
			if !free(owner, spans, i) {
				return true
			}
		}
		for _, s := range out {
			if s.a < b && a < s.b {
				return true
			}
		}
		return false
	}
	spanAt := func(i int) *span {
		if owner[i] == 0 {
			return nil
		}
		return &spans[owner[i]-1]
	}
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		switch {
		// Titles and roles before a name: "Presiden Kazakhstan Kassym-Jomart
		// Anwar", "Juru Bicara Kementerian Luar Negeri China Wang Lei",
		// "asisten profesor di Departemen ... Universitas Gadjah Mada Jessica
		// Santos", "Foreign Minister Wang Yi". The title may run through
		// filler words, known countries and organisations up to the name.
		// ("KTT perdana", an inaugural summit: "perdana" is an office only
		// in "Perdana Menteri")
		case personTitles[w.norm] && owner[i] == 0 && (w.norm != "perdana" || i+1 < len(ws) && ws[i+1].norm == "menteri"):
			j := i + 1
			// The office is held in the state the title names, else the
			// first known body, else the first body named ("Direktur di
			// Pusat Studi Politik di Institut ...").
			roleOf, firstBody := "", ""
			lastOrg := -1
			noteBody := func(sp *span) {
				switch {
				case sp.ent != nil && sp.ent.Type == kb.Country && !strings.HasPrefix(roleOf, "country:"):
					roleOf = sp.ent.ID
				case sp.typ == kb.Org && sp.ent == nil && sp.roleOf != "" && roleOf == "":
					roleOf = sp.roleOf
				case sp.typ == kb.Org && sp.ent != nil && roleOf == "":
					roleOf = sp.ent.ID
				case sp.typ == kb.Org && sp.ent == nil && firstBody == "":
					firstBody = "org:" + kb.Slug(joinWords(ws[sp.a:sp.b]))
				}
			}
			for j < len(ws) && j-i < 40 {
				if sp := spanAt(j); sp != nil {
					if sp.typ == kb.Person {
						break
					}
					noteBody(sp)
					if sp.typ == kb.Org && sp.ent == nil {
						lastOrg = owner[j] - 1
					}
					j = sp.b
					continue
				}
				// fillers, further titles and acronyms of the office's body
				// ("Ketua DPP Partai Golkar ...", "Ketua Komisi III DPR ...")
				// a bracketed abbreviation inside the title ("Menteri Luar
				// Negeri (Menlu) RI Sugiono", "Kepala Badan Pusat Statistik
				// (BPS) Amalia ...")
				if ws[j].s == "(" && j+2 < len(ws) && ws[j+2].s == ")" {
					j += 3
					continue
				}
				// "Duta Besar RI untuk Kazakhstan dan Tajikistan ...": more
				// states or bodies of the same office
				if (ws[j].norm == "dan" || ws[j].norm == "and" || ws[j].s == ",") && j+1 < len(ws) {
					if nx := spanAt(j + 1); nx != nil && nx.ent != nil && nx.ent.Type != kb.Person {
						j++
						continue
					}
				}
				// portfolio of a minister ("Menteri Pemuda dan Olahraga",
				// "Menteri Koordinator Politik Hukum dan Keamanan")
				if orgVocab[ws[j].norm] && isCap(ws[j].s) || (ws[j].norm == "dan" || ws[j].norm == "and") && j+1 < len(ws) && orgVocab[ws[j+1].norm] {
					j++
					continue
				}
				if titleFillers[ws[j].norm] || personTitles[ws[j].norm] || ws[j].s == "-" ||
					len(ws[j].s) > 1 && isUpperWord(ws[j].s) && !roman[ws[j].s] || roman[ws[j].s] && j > i+1 {
					j++
					continue
				}
				break
			}
			fillers := j > i+1 && spanAtSafe(spans, owner, j-1) == nil // the title ran through words of its own
			if roleOf == "" {
				roleOf = firstBody
			}
			if sp := spanAtSafe(spans, owner, j); sp != nil && sp.typ == kb.Person && sp.a == j && j > i {
				// a known person after the title: keep the role on it
				sp.role, sp.roleA, sp.roleB = "title", ws[titleStart(ws, i)].start, ws[j-1].end
				if sp.roleOf == "" {
					sp.roleOf = roleOf
				}
				i = sp.b - 1
				continue
			}
			end := nameRun(ws, owner, spans, j)
			if end == j && lastOrg >= 0 && spans[lastOrg].b == j {
				// "... Universitas Gadjah Mada Maria Santos": the name was
				// read as the end of the organisation; give it its last two
				// words when the organisation keeps at least head + one.
				o := &spans[lastOrg]
				n := o.b - o.a
				cut := o.b - 2
				if ws[o.a].norm == "partai" || ws[o.a].norm == "party" {
					// Indonesian party names mostly take one word after
					// "Partai" unless they are made of vocabulary
					// ("Partai Demokrat Nurhayati Ali Assegaf", but
					// "Partai Keadilan Sejahtera")
					cut = o.a + 2
				}
				if n >= 4 && cut >= o.a+2 && personTail(r.kb, ws[cut:o.b]) {
					if slug := "org:" + kb.Slug(joinWords(ws[o.a:o.b])); roleOf == slug {
						roleOf = "org:" + kb.Slug(joinWords(ws[o.a:cut]))
					}
					b := o.b
					for k := cut; k < b; k++ {
						owner[k] = 0
					}
					o.b = cut
					j = o.b
					end = b
				}
			}
			if end == j && j+1 < len(ws) && ws[j].s == "," && j > i+1 {
				// "Direktur Eksekutif Institut ... Kirgizstan, Elvira
				// Mamytova, menilai": the name in commas after the title
				if e2 := nameRun(ws, owner, spans, j+1); e2-(j+1) >= 2 && (e2 == len(ws) || isPunct(ws[e2].s) || !isCap(ws[e2].s)) {
					j, end = j+1, e2
				}
			}
			if end == j && j < len(ws) && !isPunct(ws[j].s) {
				// A long title phrase that the words above do not cover
				// ("Direktur di Pusat ... di bawah naungan Kementerian ...
				// Kazakhstan Budi Hartono"): a full name right after an
				// organisation further on, closing the clause.
				for k := j; k < len(ws) && k-i < 45; k++ {
					if isPunct(ws[k].s) && ws[k].s != "," {
						break
					}
					sp := spanAtSafe(spans, owner, k)
					if sp == nil || sp.a != k {
						continue
					}
					noteBody(sp)
					if sp.typ != kb.Org {
						k = sp.b - 1
						continue
					}
					if e2 := nameRun(ws, owner, spans, sp.b); e2-sp.b >= 2 && (e2 == len(ws) || isPunct(ws[e2].s) || !isCap(ws[e2].s)) {
						j, end = sp.b, e2
						break
					}
					k = sp.b - 1
				}
			}
			if roleOf == "" {
				roleOf = firstBody
			}
			if end-j == 1 && end+1 < len(ws) && ws[end].s == "," {
				// "Ketua Umum Golkar, Jusuf Kalla": the single word names the
				// body; the person follows the comma
				if e2 := nameRun(ws, owner, spans, end+1); e2-(end+1) >= 2 {
					j, end = end+1, e2
				}
			}
			if end-j == 1 && !isCap(w.s) && fillers {
				// "calon presiden dari Golkar": a lower-case title reaching
				// a name through other words needs a full name
				end = j
			}
			if end > j && !taken(j, end) && !(end-j == 1 && len(ws[j].s) < 2) {
				sp := span{a: j, b: end, typ: kb.Person, src: "rule", roleOf: roleOf}
				if j > i {
					last := j - 1
					for last > i && isPunct(ws[last].s) {
						last-- // "Direktur ... Kirgizstan, Elvira Mamytova"
					}
					sp.role = "title"
					sp.roleA, sp.roleB = ws[titleStart(ws, i)].start, ws[last].end
				}
				out = append(out, sp)
				i = end - 1
			}

		// Reporting verbs before the speaker: "ujar Rina Wulandari",
		// "kata Santos", "said Anwar", "menurut Guo".
		case reportVerbsAfter[w.norm] && !isCap(w.s) || w.norm == "menurut":
			j := i + 1
			if j < len(ws) && (ws[j].norm == "to" || ws[j].norm == "by") {
				j++
			}
			end := nameRun(ws, owner, spans, j)
			if end > j && !taken(j, end) {
				out = append(out, span{a: j, b: end, typ: kb.Person, src: "rule"})
				i = end - 1
			}

		// Credits: "Pewarta: Xinhua", "Editor: Hendra Gunawan", "Reporting by Jane Doe".
		case creditLabels[w.norm] && i+1 < len(ws) && (ws[i+1].s == ":" || ws[i+1].norm == "by" || w.norm == "by" || w.norm == "oleh"):
			j := i + 1
			for j < len(ws) && (ws[j].s == ":" || ws[j].norm == "by") {
				j++
			}
			for j < len(ws) && (w.norm != "by" && w.norm != "oleh" || i == 0) {
				end := nameRun(ws, owner, spans, j)
				if end == j || taken(j, end) {
					break
				}
				out = append(out, span{a: j, b: end, typ: kb.Person, src: "rule"})
				i = end - 1
				// more names in the same credit: "Jane Smith in Astana and
				// Liz Lee in Beijing", "Rina Wati, Budi Santoso"
				j = end
				if j+1 < len(ws) && (ws[j].norm == "in" || ws[j].norm == "di") {
					j += 2
					for j < len(ws) && (ws[j].hyph || isCap(ws[j].s) && !nameWord(ws[j])) {
						j++
					}
					if owner[j-1] != 0 {
						j = spans[owner[j-1]-1].b
					}
				}
				if j < len(ws) && (ws[j].s == "," || ws[j].norm == "and" || ws[j].norm == "dan" || ws[j].s == "&") {
					j++
					continue
				}
				break
			}

		// Photo credits: "ANTARA/Xinhua/Chen Hao", "(ANTARA FOTO/Jane Doe)":
		// a name after a slash that follows a known outlet.
		case w.s == "/" && i > 0 && i+1 < len(ws):
			if sp := spanAt(i - 1); sp == nil || sp.typ != kb.Org {
				if !(ws[i-1].norm == "foto" || ws[i-1].norm == "photo") {
					continue
				}
			}
			end := nameRun(ws, owner, spans, i+1)
			if end-(i+1) >= 2 && !taken(i+1, end) {
				out = append(out, span{a: i + 1, b: end, typ: kb.Person, src: "rule"})
				i = end - 1
			}

		// Reporting verbs after the speaker: "Li Wen mengatakan",
		// "Tomas Herrera mengatakan", "Anwar said".
		case reportVerbsBefore[w.norm] && i > 0 && !isCap(w.s):
			a := i
			for a > 0 && owner[a-1] == 0 && (nameWord(ws[a-1]) || ws[a-1].hyph) && i-a < 4 {
				a--
			}
			// a lone sentence-initial word is too weak ("Dia mengatakan")
			if a < i && !(a == 0 && i-a == 1 && len(out) == 0 && si >= 0 && isPlainWord(ws[0])) && !taken(a, i) {
				out = append(out, span{a: a, b: i, typ: kb.Person, src: "rule"})
			}
		}
	}

	// Apposition: "Li Wen, direktur ...", "Zhou Ming, sekretaris jenderal ...".
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].s != "," || i+1 >= len(ws) {
			continue
		}
		if !appositionTitles[ws[i+1].norm] {
			// "Name, China's ambassador ...": a known state or body, then a title
			x := spanAtSafe(spans, owner, i+1)
			if x == nil || x.a != i+1 || x.ent == nil || x.ent.Type == kb.Person {
				continue
			}
			k := x.b
			if k < len(ws) && ws[k].norm == "s" {
				k++
			}
			if k >= len(ws) || !personTitles[ws[k].norm] {
				continue
			}
		} else if articles[ws[i+1].norm] {
			// "Name, a professor at ...", "Name, seorang peneliti ...": the
			// article must lead to a role ("Nur Sultan, the capital" is no person)
			if k := i + 2; k >= len(ws) || !personTitles[ws[k].norm] && !appositionTitles[ws[k].norm] || articles[ws[k].norm] {
				continue
			}
		}
		a := i
		for a > 0 && owner[a-1] == 0 && (nameWord(ws[a-1]) || ws[a-1].hyph) && i-a < 4 {
			a--
		}
		if i-a >= 2 && !taken(a, i) {
			out = append(out, span{a: a, b: i, typ: kb.Person, src: "rule"})
		}
	}
	return out
}

// titleStart extends a title back over the capitalised words that qualify
// it ("Foreign Minister", "Prime Minister", "Vice President").
func titleStart(ws []word, i int) int {
	for i > 0 && isCap(ws[i-1].s) && (titleFillers[ws[i-1].norm] || personTitles[ws[i-1].norm]) {
		i--
	}
	return i
}

// isPlainWord reports whether a capitalised word looks like an ordinary word
// (a function word or one shorter than three letters).
func isPlainWord(w word) bool { return notNames[w.norm] || len(w.norm) < 3 }

// ledeOutlet finds the outlet in a news lede: "Astana, Warta Online -",
// "KabarPatroliNews – Astana –", "Astana (Xinhua) -".
func ledeOutlet(ws []word, owner []int, spans []span) []span {
	isDash := func(i int) bool {
		return i < len(ws) && (ws[i].s == "-" || ws[i].s == "–" || ws[i].s == "—")
	}
	placeAt := func(i int) int { // end of a known place/country starting at i, or -1
		if i < len(ws) && owner[i] != 0 {
			sp := spans[owner[i]-1]
			if sp.a == i && (sp.typ == kb.Place || sp.typ == kb.Country) {
				return sp.b
			}
		}
		return -1
	}
	run := func(i int) int {
		j := i
		for j < len(ws) && owner[j] == 0 && (isCap(ws[j].s) || isUpperWord(ws[j].s)) && j-i < 4 {
			j++
		}
		return j
	}
	// Place, Outlet -
	if e := placeAt(0); e > 0 && e < len(ws) && ws[e].s == "," {
		if end := run(e + 1); end > e+1 && isDash(end) {
			return []span{{a: e + 1, b: end, typ: kb.Org, src: "rule"}}
		}
	}
	// Place (Outlet) -: "Tashkent (Dunyo) -"; known agencies are matched
	// already, this finds the others
	if e := placeAt(0); e > 0 && e+2 < len(ws) && ws[e].s == "(" {
		if end := run(e + 1); end > e+1 && end+1 < len(ws) && ws[end].s == ")" && isDash(end+1) {
			return []span{{a: e + 1, b: end, typ: kb.Org, src: "rule"}}
		}
	}
	// Unknown place, optional date, (Outlet) -: "Korla (Xinhua) -",
	// "KORLA, June 3 (Reuters) -": a dateline whose place no list holds
	if end := run(0); end > 0 && end < 4 {
		k := end
		if k < len(ws) && ws[k].s == "," {
			k++
			for k < len(ws) && (isNumber(ws[k].s) || months[ws[k].norm]) {
				k++
			}
		}
		if k+2 < len(ws) && ws[k].s == "(" {
			c := k + 1
			for c < len(ws) && c < k+6 && ws[c].s != ")" {
				c++
			}
			if c+1 < len(ws) && ws[c].s == ")" && isDash(c+1) {
				out := []span{{a: 0, b: end, typ: kb.Place, src: "rule"}}
				if o := run(k + 1); o == c {
					out = append(out, span{a: k + 1, b: c, typ: kb.Org, src: "rule"})
				}
				return out
			}
		}
	}
	// Outlet – Place –  (also "OUTLET.ID, JAKARTA –")
	if end := run(0); end > 0 && (isDash(end) || end < len(ws) && ws[end].s == ",") {
		k := end + 1
		if e := placeAt(k); e > 0 && isDash(e) {
			return []span{{a: 0, b: end, typ: kb.Org, src: "rule"}}
		}
	}
	return nil
}

// taggerSpans maps the tagger's BIO labels over the sentence tokens to spans
// over words. Spans that begin with an event, document or programme head are
// dropped: they are none of the four types.
func (r *Recognizer) taggerSpans(ws []word, toks []text.Token) []span {
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
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	labels := r.tagger.Tag(words)
	if len(labels) != len(toks) {
		return nil
	}
	first := make([]int, len(toks)) // token -> first word
	last := make([]int, len(toks))  // token -> last word + 1
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
				a := sp.a
				for a < sp.b-1 && (personTitles[ws[a].norm] || ministerAbbrev(ws[a].norm) ||
					orgVocab[ws[a].norm] && a > 0 && (titleFillers[ws[a-1].norm] || personTitles[ws[a-1].norm] || orgVocab[ws[a-1].norm])) {
					a++
				}
				if a > sp.a {
					sp.role, sp.roleA, sp.roleB = "title", ws[sp.a].start, ws[a-1].end
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
			if r.keepTagged(ws, toks, sp.a, sp.b, typ) {
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
func (r *Recognizer) keepTagged(ws []word, toks []text.Token, a, b int, typ string) bool {
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
	if whole && r.kb.Lookup(joinWords(ws[a:b])) == nil {
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

func isNumber(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

func joinWords(ws []word) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.s
	}
	return strings.Join(parts, " ")
}

// reconcile settles where rule organisations and tagger spans disagree:
//   - a tagged span opening with an organisation head is an organisation
//     ("Universitas Fudan" tagged as a place);
//   - same start, the rule name longer and nothing tagged in the extra words:
//     the rule's end ("Badan Administrasi Perdagangan Umum");
//   - same start, the tagged name longer but the rule name ends on a known
//     country: the rule's end, so a person may follow ("... Pendidikan Tinggi
//     Kazakhstan Budi Hartono");
//   - a tagged person inside a rule organisation ends the organisation
//     ("Partai Demokrat Nurhayati Ali Assegaf");
//   - any other tagged span inside a rule organisation gives way to it.
func reconcile(ws []word, orgs, tagged []span) ([]span, []span) {
	coveredByTag := func(a, b int, self int) bool {
		for k, t := range tagged {
			if k != self && !t.dead && t.a < b && a < t.b {
				return true
			}
		}
		return false
	}
	for k := range tagged {
		t := &tagged[k]
		if t.typ != kb.Org && orgHeads[ws[t.a].norm] && t.b-t.a >= 2 {
			t.typ = kb.Org
		}
		for oi := range orgs {
			o := &orgs[oi]
			if o.dead || o.b <= t.a || t.b <= o.a {
				continue
			}
			switch {
			case o.a == t.a && t.typ == kb.Org:
				if o.b > t.b && !coveredByTag(t.b, o.b, k) || t.b > o.b && o.knownEnd {
					t.b = o.b
				}
				o.dead = true // one span for the name: the tagged one, adjusted
			case o.a < t.a && t.typ == kb.Person:
				o.b = t.a
				for o.b > o.a+1 && (ws[o.b-1].s == "," || orgConnectors[ws[o.b-1].norm]) {
					o.b--
				}
				if o.b-o.a < 2 {
					o.dead = true
				}
			case o.a <= t.a && t.b <= o.b:
				t.dead = true
			}
		}
	}
	return live(orgs), live(tagged)
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

// ledeDomain finds an outlet written as its domain at the start of a lede
// ("TEMPO.CO, Jakarta -", "VOTENEWS.ID, JAKARTA –", "Liputan6.com, Jakarta
// -"): a word, one to three dot-separated suffixes, then a comma or a dash.
func (r *Recognizer) ledeDomain(txt string, sents []text.Sentence) (mention, bool) {
	for si, s := range sents {
		if si > 3 {
			break
		}
		start := s.Start
		i := start
		for i < len(txt) && (isAlnum(txt[i])) {
			i++
		}
		name := i
		dots := 0
		for i < len(txt) && txt[i] == '.' && i+1 < len(txt) && isAlnum(txt[i+1]) {
			i++
			for i < len(txt) && isAlnum(txt[i]) {
				i++
			}
			dots++
		}
		if dots == 0 || dots > 3 || name == start || !isCap(txt[start:]) {
			continue
		}
		j := i
		for j < len(txt) && txt[j] == ' ' {
			j++
		}
		if j >= len(txt) || !(txt[j] == ',' || txt[j] == '-' || strings.HasPrefix(txt[j:], "–") || strings.HasPrefix(txt[j:], "—")) {
			continue
		}
		m := mention{span: span{typ: kb.Org, src: "rule"}, sent: si, start: start, end: i, text: txt[start:i]}
		for _, e := range r.kb.Lookup(txt[start:name]) {
			if e.Type == kb.Org {
				m.ent = e
				break
			}
		}
		for _, e := range r.kb.Lookup(m.text) {
			if e.Type == kb.Org {
				m.ent = e
				break
			}
		}
		return m, true
	}
	return mention{}, false
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// appositiveRole sets the role of the person span sp from a title phrase in
// apposition after it: a comma, an optional article, a title word, and the
// words up to the comma or full stop that ends the phrase. A comma inside
// the phrase is crossed when a capitalised word follows it (an enumeration
// in an organisation's name).
func appositiveRole(ws []word, owner []int, spans []span, sp *span) {
	k := sp.b
	if k+1 >= len(ws) || ws[k].s != "," {
		return
	}
	t := k + 1
	for t < len(ws) && (ws[t].norm == "a" || ws[t].norm == "an" || ws[t].norm == "the" || ws[t].norm == "seorang") {
		t++
	}
	// "Zhang Hanhui, China's ambassador to Russia", "Yuri Ushakov, a Kremlin
	// aide": a known state or body before the title
	if t < len(ws) && owner[t] != 0 {
		if x := spans[owner[t]-1]; x.a == t && x.ent != nil && x.ent.Type != kb.Person {
			next := x.b
			if next < len(ws) && ws[next].norm == "s" {
				next++
			}
			if next < len(ws) && personTitles[ws[next].norm] {
				sp.roleOf = x.ent.ID
				t = next
			}
		}
	}
	if t >= len(ws) || !personTitles[ws[t].norm] && !appositionTitles[ws[t].norm] || ws[t].norm == "who" || ws[t].norm == "salah" {
		return
	}
	end := t + 1
	for end < len(ws) && end-t < 25 {
		w := ws[end]
		if w.s == "," && end+1 < len(ws) && (isCap(ws[end+1].s) || ws[end+1].norm == "dan" || ws[end+1].norm == "and") {
			end++
			continue
		}
		if isPunct(w.s) && !w.hyph && w.s != "-" && w.s != "&" {
			break
		}
		if !isCap(w.s) && !titleFillers[w.norm] && !orgConnectors[w.norm] && !personTitles[w.norm] &&
			w.norm != "di" && w.norm != "at" && w.norm != "in" && w.norm != "dari" && w.norm != "pada" && w.norm != "to" && w.norm != "ke" {
			break
		}
		end++
	}
	for end > t+1 && (ws[end-1].s == "," || orgConnectors[ws[end-1].norm] || titleFillers[ws[end-1].norm] && !isCap(ws[end-1].s) && ws[end-1].norm != "negeri") {
		end--
	}
	sp.role, sp.roleA, sp.roleB = "apposition", ws[t].start, ws[end-1].end
	if sp.roleOf != "" {
		return // the state or body named before the title
	}
	// The role is held in the last body the phrase names: "di Universitas
	// Fudan", "at Harvard University", "di Kazakhstan".
	for i := end - 1; i >= t; i-- {
		o := owner[i]
		if o == 0 {
			continue
		}
		x := spans[o-1]
		switch {
		case x.ent != nil && (x.ent.Type == kb.Country || x.ent.Type == kb.Org):
			sp.roleOf = x.ent.ID
		case x.ent == nil && x.typ == kb.Org:
			sp.roleOf = "org:" + kb.Slug(joinWords(ws[x.a:x.b]))
		}
		if sp.roleOf != "" {
			return
		}
	}
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

// placeSpans finds places no list holds from the word that classifies them:
// an administrative unit before the name ("Kota Korla", "Provinsi Gansu",
// "kabupaten Kutai Timur": the mention is the name without the word) or a
// geographic feature that is part of the name ("Pulau Natuna Besar", "Sungai
// Mekong", "Gunung Merapi"; English "Mekong River", "Mount Fuji").
func placeSpans(ws []word, owner []int) []span {
	var out []span
	capRun := func(i int) int {
		j := i
		for j < len(ws) && owner[j] == 0 && j-i < 3 && (isCap(ws[j].s) && !notNames[ws[j].norm] && !orgHeads[ws[j].norm] && !personTitles[ws[j].norm] || ws[j].hyph && j > i) {
			j++
		}
		return j
	}
	for i := 0; i+1 < len(ws); i++ {
		w := ws[i]
		if owner[i] != 0 {
			continue
		}
		switch {
		case adminHeads[w.norm]:
			if end := capRun(i + 1); end > i+1 {
				out = append(out, span{a: i + 1, b: end, typ: kb.Place, src: "rule"})
				i = end - 1
			}
		case featureHeads[w.norm] && isCap(w.s):
			if end := capRun(i + 1); end > i+1 {
				out = append(out, span{a: i, b: end, typ: kb.Place, src: "rule"})
				i = end - 1
			}
		case isCap(w.s) && !notNames[w.norm] && i > 0 && !initialWord(ws, i):
			// English tails: "Mekong River", "Taiwan Strait", "Gobi Desert"
			j := i
			for j < len(ws) && owner[j] == 0 && isCap(ws[j].s) && !featureTails[ws[j].norm] && j-i < 3 {
				j++
			}
			if j > i && j < len(ws) && owner[j] == 0 && featureTails[ws[j].norm] && isCap(ws[j].s) {
				out = append(out, span{a: i, b: j + 1, typ: kb.Place, src: "rule"})
				i = j
			}
		}
	}
	return out
}

// countingPlace reports whether a known place named by one word is an
// Indonesian number counting the noun after it ("Lima Negara", "Konsensus
// Lima Poin": five, not Peru's capital). The place is meant after "di",
// "ke" or "dari", or where no noun follows ("Lima, Peru").
func countingPlace(ws []word, m *kb.Match) bool {
	if m.End-m.Start != 1 || !numberWords[ws[m.Start].norm] || len(m.Entities) == 0 || m.Entities[0].Type != kb.Place {
		return false
	}
	if m.Start > 0 && placePreps[ws[m.Start-1].norm] {
		return false
	}
	return m.End < len(ws) && isLetterWord(ws[m.End].s) && !functionWords[ws[m.End].norm]
}

// closesLine reports whether a span ending before word b closes its line or
// a field of it ("Editor: Ana Putri | Foto: ..."), as a credit's name does.
func closesLine(ws []word, b int) bool {
	return b >= len(ws) || strings.ContainsAny(ws[b].s, "|/,;:")
}
