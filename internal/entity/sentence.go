package entity

// The candidate mentions of one sentence: every construction's spans
// gathered in order of precedence.

import (
	"cmp"
	"slices"
	"unicode"
	"unicode/utf8"

	"kronik/internal/kb"
	"kronik/internal/text"
)

// scratch holds buffers that the sentences of one document reuse, one
// sentence after another (Recognize makes one a call): what sentenceSpans
// and taggerSpans keep only while they read a sentence.
type scratch struct {
	strs        []string
	owner       []int
	known       []*kb.Match
	spans       []span
	words       []string // the tagger's input
	labels      []string // and output
	first, last []int    // token -> first word, last word + 1
}

// grow returns b[:n] with its first n values zero, reallocated if too short.
func grow[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// sentenceSpans finds the candidate mentions of one sentence of txt. at says
// where the sentence stands on the page. The spans it returns live in sc
// until its next call.
func (r *Recognizer) sentenceSpans(sc *scratch, txt string, ws []word, toks []text.Token, si int, lang string, at place) []span {
	if len(ws) == 0 {
		return nil
	}
	sc.strs = grow(sc.strs, len(ws))
	strs := sc.strs
	for i, w := range ws {
		strs[i] = w.s
	}
	sc.owner = grow(sc.owner, len(ws))
	owner := sc.owner // index+1 into spans of the span covering a word
	spans := sc.spans[:0]
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
	sc.known = grow(sc.known, len(ws))
	known := sc.known // start word -> match
	for i := range kbm {
		m := &kbm[i]
		if lang == "id" && countingPlace(ws, m) || servantName(ws, m) {
			continue
		}
		known[m.Start] = m
	}

	// 2. The tagger's spans, held to this package's conventions (keepTagged).
	var tagged []span
	if r.tagger != nil {
		tagged = r.taggerSpans(sc, txt, ws, toks)
	}
	// 2b. Credit lines in capitals ("DANIEL A. FAJRI | HAN REVANDA PUTRA",
	// "CLIFF VENZON, Nikkei staff writer"): each run of capitalised words is
	// a person, whatever the tagger made of the capitals.
	cc := capsCredits(ws)
	if at.byline {
		cc = append(cc, r.bylineSpans(txt, ws)...)
	}
	if len(cc) > 0 {
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
		// A tagged name opened by a known one ("US Central Intelligence
		// Agency" after the demonym) cannot be placed over it, so it does
		// not take the known names inside it either: they stay mentions.
		if t.typ == kb.Org && known[t.a] == nil {
			inner(t.a, t.b)
		}
	}
	// Buildings and venues named by their head word ("Istana Kepresidenan
	// Bogor", "Bogor Presidential Palace"), and seas written with a
	// lower-case head ("laut China Selatan"): the known place inside names
	// where the building stands or what the sea borders, not a mention of
	// its own, and the tagger's pieces of the name give way.
	for _, v := range append(r.venueSpans(ws, known, orgs), r.lowerFeatureSpans(ws)...) {
		for i := v.a; i < v.b; i++ {
			known[i] = nil
		}
		for k := range tagged {
			if tagged[k].a < v.b && v.a < tagged[k].b {
				tagged[k].dead = true
			}
		}
		add(v)
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
		if e.Type == kb.Org && e.SeatOf != "" && (placePrepBefore(ws, m.Start) || placeGloss(ws, m.Start)) {
			// "pembicaraan di Kremlin", "talks at the Kremlin": the news
			// names a seat of government (kb's seat-of) for the
			// government, but after a place's preposition for the building
			add(span{a: m.Start, b: end, typ: kb.Place, src: "rule", roleOf: e.SeatOf})
			continue
		}
		add(span{a: m.Start, b: end, typ: e.Type, ent: e, src: "kb"})
	}
	// Outlets named in ledes ("Astana, Warta Online -", "KabarPatroliNews
	// – Astana –"): the lede's shape is stronger evidence than the tagger.
	if at.lede {
		for _, o := range ledeOutlet(ws, owner, spans) {
			add(o)
		}
	}
	// News sites named by their domain ("Zakon.kz reports", "dilansir
	// Warta.id").
	for _, d := range r.domainSpans(ws) {
		add(d)
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
	sc.spans = spans // its array, for the next sentence
	live := spans[:0]
	for _, sp := range spans {
		if !sp.dead {
			live = append(live, sp)
		}
	}
	slices.SortFunc(live, func(x, y span) int { return cmp.Compare(x.a, y.a) })
	return live
}

// place says where a sentence stands on the page.
type place struct {
	byline bool // where a page puts its byline (bylineSlot)
	lede   bool // before the story's first sentence, or that sentence: where a lede names its outlet
}

// placeGloss reports whether word i opens a bracket glossing a name that
// follows a place's preposition ("di Kantor Perdana Menteri (Kantei)",
// "at the presidential office (Cheong Wa Dae)"): the gloss names the same
// building. The name is at most five words, without punctuation.
func placeGloss(ws []word, i int) bool {
	if i < 2 || ws[i-1].s != "(" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-6; k-- {
		if r, _ := utf8.DecodeRuneInString(ws[k].s); !unicode.IsLetter(r) {
			return false
		}
		if placePrepBefore(ws, k) {
			return true
		}
	}
	return false
}

// placePrepBefore reports whether a place's preposition stands before word i,
// an English article allowed between ("at the Kremlin").
func placePrepBefore(ws []word, i int) bool {
	if i > 1 && ws[i-1].norm == "the" {
		i--
	}
	return i > 0 && placePreps[ws[i-1].norm]
}
