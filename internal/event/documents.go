package event

import (
	"kronik/internal/record"
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitPartners splits an event whose partners are coordinated with their
// own times ("meneken CEPA dengan Chile pada Desember 2017 dan dengan Peru pada
// Agustus 2025", "met with X on Monday and with Y on Tuesday") into one event
// per partner, each with its time. It returns nil, nil when the sentence has
// no such coordination after the trigger.
func splitPartners(c *candidate, v *sentenceView, h hit) (*candidate, *candidate) {
	if c.reference || c.ev.Type != "CONSULT" && c.ev.Type != "AGREE" || c.ev.Mode == "multilateral" {
		return nil, nil
	}
	partnerAt := func(k int) *mref {
		if k >= len(v.low) || (v.low[k] != "dengan" && v.low[k] != "with") {
			return nil
		}
		for i := range v.mentions {
			m := &v.mentions[i]
			if m.ti > k && m.ti <= k+3 && (m.ent.Type == "COUNTRY" || m.ent.Type == "PERSON") {
				return m
			}
		}
		return nil
	}
	timeIn := func(from, to int) *record.Time {
		a, b := v.s.Tokens[from].Start, v.s.End
		if to < len(v.s.Tokens) {
			b = v.s.Tokens[to].Start
		}
		for i := range v.times {
			if t := &v.times[i]; t.Start >= a && t.Start < b {
				return t
			}
		}
		return nil
	}
	for k := h.j; k < len(v.low) && k <= h.j+8; k++ {
		m1 := partnerAt(k)
		if m1 == nil {
			continue
		}
		for j := m1.tj; j+1 < len(v.low); j++ {
			if isClauseEnd(v.low[j]) && v.low[j] != "," {
				break
			}
			if v.low[j] != "dan" && v.low[j] != "and" {
				continue
			}
			m2 := partnerAt(j + 1)
			if m2 == nil {
				return nil, nil
			}
			end := m2.tj
			for end < len(v.low) && !isClauseEnd(v.low[end]) {
				end++
			}
			t1, t2 := timeIn(m1.tj, j), timeIn(m2.tj, end)
			if t1 == nil || t2 == nil || t1.Value == t2.Value {
				return nil, nil
			}
			return partnerCopy(c, m2.ent, *t1), partnerCopy(c, m1.ent, *t2)
		}
		return nil, nil
	}
	return nil, nil
}

// partnerCopy is c without the partner drop (and its state), at time t.
func partnerCopy(c *candidate, drop *record.Entity, t record.Time) *candidate {
	out := *c
	out.ev.Actors = nil
	out.actorSet = map[string]bool{}
	for _, a := range c.ev.Actors {
		if a == drop.ID || (drop.Type == "PERSON" && a == drop.Country) {
			continue
		}
		out.ev.Actors = append(out.ev.Actors, a)
		out.actorSet[a] = true
	}
	out.ev.Date, out.ev.DateEnd, out.dateFrom = strPtr(t.Value), nil, "text"
	if t.EndValue != "" {
		out.ev.DateEnd = strPtr(t.EndValue)
	}
	return &out
}

// reducedPassive reports whether an English past participle of signing
// follows the signed text directly as a reduced relative clause: "a treaty
// signed at the United Nations in 2018", "a preferential trade agreement signed
// by members in 2006". The text before it is its object.
func reducedPassive(v *sentenceView, h hit) bool {
	if h.j != h.i+1 || h.i == 0 || h.j >= len(v.low) || !docHead(v.low[h.i-1]) {
		return false
	}
	return signedParticiples[v.low[h.i]] && reducedPassiveFollowers[v.low[h.j]]
}

// documentNP finds the signed text's name near a signing trigger, with its
// token span.
func documentNP(doc string, v *sentenceView, h hit, passive bool) (string, int, int) {
	head := -1
	if passive {
		depth := 0
		// sixteen words back, not counting commas and hyphens: a long list of
		// parties ("the Treaty on X between A, B, C, D and E was signed") or a
		// hyphenated word is still one subject
		for k, words := h.i-1, 0; k >= 0 && words < 16; k-- {
			if v.low[k] != "," && v.low[k] != "-" {
				words++
			}
			switch v.low[k] {
			case ")":
				depth++
				continue
			case "(":
				depth--
				continue
			}
			// a name's gloss in brackets ("(Defence Cooperation Agreement/DCA)")
			// is not the name itself
			if depth == 0 && docHead(v.low[k]) {
				head = k
				break
			}
		}
		if head < 0 {
			return "", 0, 0
		}
		end := nameEnd(v, head+1)
		// the proper words of an English name stand before its head: "the
		// Hanoi Declaration was adopted" (up to three, after a determiner)
		k := head
		article := func(w string) bool { return articles[w] }
		for k > 1 && head-k < 3 && startsUpper(v.s.Tokens[k-1].Text) && !clauseBoundary(v.low[k-1]) && !article(v.low[k-1]) {
			k--
		}
		if k < head && k > 0 && article(v.low[k-1]) {
			head = k
		}
		if end > h.i {
			end = h.i
		}
		for end > head+1 && (v.low[end-1] == "yang" || clauseBoundary(v.low[end-1])) {
			end--
		}
		return doc[v.s.Tokens[head].Start:v.s.Tokens[end-1].End], head, end
	}
	for k := h.i + 1; k < len(v.low) && k < h.j+8; k++ { // (the text may be part of the trigger: "issued a joint statement")
		if clauseBoundary(v.low[k]) && v.low[k] != "-" {
			break
		}
		if docHead(v.low[k]) {
			head = k
			break
		}
	}
	if head < 0 {
		return "", 0, 0
	}
	// include quantifiers just after the trigger ("lebih dari 10 kesepakatan")
	first := h.i + 1
	for first < head && !quantifierOrDet(v.low[first]) {
		first++
	}
	if first > head {
		first = head
	}
	// a proper name before the head with no determiner, as headlines write
	// it ("adopts Jakarta Declaration", "menandatangani Deklarasi" needs
	// none): "Jakarta" is part of the name, so the headline's text is the
	// body's "the Jakarta Declaration"
	for first == head && first-1 >= h.j && startsUpper(v.s.Tokens[first-1].Text) && !clauseBoundary(v.low[first-1]) {
		first--
		head = first
	}
	end := nameEnd(v, head+1)
	return strings.TrimSpace(doc[v.s.Tokens[first].Start:v.s.Tokens[end-1].End]), first, end
}

// docHead reports whether a word names a signed text, including a treaty
// acronym with its parties' prefix ("ICA-CEPA", "IEU-CEPA", "ASEAN-FTA").
func docHead(w string) bool {
	if documentHeads[w] {
		return true
	}
	if i := strings.LastIndexByte(w, '-'); i > 0 {
		if treatyKinds[w[i+1:]] {
			return true
		}
	}
	return false
}

func quantifierOrDet(w string) bool {
	if w == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsDigit(r) {
		return true
	}
	return quantifiers[w]
}

// nameEnd extends a document name. A capitalised title runs over capitalised
// words and the lower-case words that bind a title ("dan", "yang", "untuk",
// "of") when a capitalised word follows: "Perjanjian Persahabatan dan Kerja
// Sama di Asia Tenggara". A generic document ("pernyataan bersama",
// "nota kesepahaman energi") runs over lower-case content words, and over a topic
// introduced by "tentang", "mengenai", "on" or "of", up to a clause boundary, a
// function word or a verb.
func nameEnd(v *sentenceView, from int) int {
	k := from
	caps, topic := 0, false
	for k < len(v.s.Tokens) && k < from+12 {
		w, lw := v.s.Tokens[k].Text, v.low[k]
		if clauseBoundary(lw) || lw == "." || startsTime(v, k) || (k+1 < len(v.low) && binder(lw) && startsTime(v, k+1)) {
			break
		}
		if startsUpper(w) {
			caps++
			k++
			continue
		}
		// a year or a span of years in a title: "Rencana Aksi ... 2025-2029"
		if caps > 0 && isYearToken(lw) {
			k++
			if k+1 < len(v.low) && v.low[k] == "-" && isYearToken(v.low[k+1]) {
				k += 2
			}
			continue
		}
		if binder(lw) && k+1 < len(v.s.Tokens) && startsUpper(v.s.Tokens[k+1].Text) && (caps > 0 || lw != "dan") {
			k++
			continue
		}
		if caps == 0 && !topic && topicWord(lw) {
			topic = true
			k++
			continue
		}
		if caps == 0 && contentWord(v, lw) {
			k++
			continue
		}
		// "a joint statement on maritime and territorial cooperation",
		// "nota kesepahaman tentang perdagangan dan investasi": a topic's
		// words joined by a conjunction, another content word after it,
		// with no trigger in the next two words: a clause of its own ("...
		// on trade and held talks")
		if caps == 0 && topic && coordinators[lw] && k > from && !topicWord(v.low[k-1]) && k+1 < len(v.low) && contentWord(v, v.low[k+1]) && !triggerAt(v, k+1, k+3) {
			k++
			continue
		}
		break
	}
	if topic && k > from && topicWord(v.low[k-1]) {
		k-- // a dangling "tentang" with nothing after it
	}
	return k
}

// triggerAt reports whether one of the sentence's triggers starts in tokens
// [a, b).
func triggerAt(v *sentenceView, a, b int) bool {
	for _, h := range v.hits {
		if h.i >= a && h.i < b {
			return true
		}
	}
	return false
}

// startsTime reports whether a time expression starts at token k.
func startsTime(v *sentenceView, k int) bool {
	p := v.s.Tokens[k].Start
	for _, t := range v.times {
		if t.Start == p {
			return true
		}
	}
	return false
}

func isYearToken(w string) bool {
	if len(w) != 4 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w >= "1900" && w <= "2199"
}

func binder(w string) bool { return binders[w] }

func topicWord(w string) bool { return documentTopicWords[w] }

// contentWord: a lower-case word that can modify a document noun. Function
// words, prepositions and verbs (recognised by the Indonesian verbal prefixes
// me-, di-, ber-, ter- or English -ed) end the name.
func contentWord(v *sentenceView, w string) bool {
	if stopWords[w] || len(w) < 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLetter(r) {
		return false
	}
	// verb forms end the name: "a joint statement setting a target"
	return !verbForm(v, w) && !strings.HasSuffix(w, "ed")
}
