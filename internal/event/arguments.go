package event

import (
	"sort"
	"strings"

	"kronik/internal/calendar"
	"kronik/internal/record"
)

// locativeAt reports whether the mention at index mi of v is governed by a
// locative preposition, possibly across lower-case place nouns ("di kota
// pelabuhan Tianjin", "di ibu kota Kazakhstan"), or is in apposition to such a
// place ("di Surabaya, Indonesia").
func locativeAt(v *sentenceView, mi int, loc []bool) bool {
	m := v.mentions[mi]
	for k, hops := m.ti-1, 0; k >= 0 && hops < 4; k, hops = k-1, hops+1 {
		w := v.low[k]
		if locativePreps[w] && !(k+1 < len(v.low) && whereWords[v.low[k+1]]) {
			return true // ("di mana", "where", opens a relative clause, not a place)
		}
		// (an adjective of a state before a place noun stays in the phrase:
		// "in the Vietnamese capital Hanoi", "the Chinese city of Kunming")
		adjective := k+1 < len(v.low) && placeNoun[v.low[k+1]] && !clauseBoundary(w)
		if (startsUpper(v.s.Tokens[k].Text) && !placeNoun[w] && !adjective) || clauseBoundary(w) {
			break
		}
	}
	return apposition(v, mi, loc) || venueCity(v, m)
}

// venueCity reports whether a place names the town of a venue the gazetteer
// does not know: "di Wisma Putra, Putrajaya", "at the Grand Hyatt, Jakarta".
// News names a building, then its town after a comma; the event took place in
// that town. The place must close its phrase (the sentence, a comma, a time
// after it), since a country after a fronted venue ("Di Hotel X, Indonesia dan
// Malaysia menandatangani ...") is the subject.
func venueCity(v *sentenceView, m mref) bool {
	if m.ti < 3 || v.low[m.ti-1] != "," || !startsUpper(v.s.Tokens[m.ti-2].Text) {
		return false
	}
	if m.tj < len(v.low) && !venueCityFollowers[v.low[m.tj]] {
		return false
	}
	// a run of up to four capitalised words right after a locative preposition
	for k, n := m.ti-2, 0; k >= 0 && n < 5; k, n = k-1, n+1 {
		w := v.low[k]
		if locativePreps[w] || w == "the" && k > 0 && locativePreps[v.low[k-1]] {
			return n > 0
		}
		if !startsUpper(v.s.Tokens[k].Text) {
			return false
		}
	}
	return false
}

// apposition: a name right after a located place and a comma ("di Hanoi,
// Vietnam", "di kota Davao, Filipina selatan") locates that place further;
// it is neither a party nor the event's place.
func apposition(v *sentenceView, mi int, loc []bool) bool {
	m := v.mentions[mi]
	return mi > 0 && loc[mi-1] && m.ti >= 1 && v.low[m.ti-1] == "," && v.mentions[mi-1].tj == m.ti-1
}

func (x *Extractor) arguments(in Input, views []sentenceView, vi int, h hit, prev []*candidate) ([]string, *record.Entity) {
	v := &views[vi]
	t := h.c.trigger
	var actors []string
	var place, dest *record.Entity
	placeDist := 1 << 30
	loc := make([]bool, len(v.mentions))
	// a subordinate clause after the trigger ("..., as both nations grow uneasy
	// about Chinese activity", "karena ...") names other parties
	subAt := len(v.low)
	for k := h.j; k < len(v.low); k++ {
		if subordinators[v.low[k]] && k > 0 && (v.low[k-1] == "," || k-h.j > 6) ||
			examples[v.low[k]] && k > 0 && v.low[k-1] == "," {
			subAt = k
			break
		}
	}
	// the name of a summit: an organisation named in it ("KTT ASEAN ke-46",
	// "Konferensi Tingkat Tinggi G20") holds the summit, as in English, where
	// the name stands before the noun ("the 46th ASEAN Summit") and the
	// organisation is read as its subject
	nameEnd := -1
	if t.kind == summit {
		nameEnd = summitNameEnd(v, h, nounPhraseEnd(v, h.j))
	}
	for mi, m := range v.mentions {
		loc[mi] = locativeAt(v, mi, loc)
		if m.ti < len(v.quoted) && v.quoted[m.ti] {
			continue
		}
		// the outlet credited in the lede ("PUTRAJAYA (Bernama) --") wrote
		// the story; it is no party to what the story reports
		if m.ent.Type == "ORG" && v.s.Tokens[m.ti].Start >= in.Lede[0] && v.s.Tokens[m.tj-1].End <= in.Lede[1] {
			continue
		}
		if m.ti >= subAt || additive(v, m) || otherPartner(v, h, m) || topicOf(v, h, m) {
			continue
		}
		// "After talks with Putin in Moscow, Xi flies on to Minsk", "Setelah
		// bertemu X di Hanoi, Y terbang ke Z": a fronted clause of after is
		// an earlier act with its own parties and place; the traveller is the
		// main clause's subject and the destination its own
		if t.mode == "visit" && t.kind == verbal && m.ti < h.i {
			if k := fronted(v, m.ti); k > 0 && k < h.i {
				continue
			}
		}
		prevW := ""
		if m.ti > 0 {
			prevW = v.low[m.ti-1]
		}
		isPlace := m.ent.Type == "PLACE" || m.ent.Type == "COUNTRY"
		if isPlace && loc[mi] && apposition(v, mi, loc) {
			continue
		}
		if isPlace && loc[mi] {
			if t.mode == "visit" && (destinationPreps[prevW] || (h.j == m.ti && !t.passive)) {
				dest = m.ent
			}
			d := m.ti - h.j
			if d < 0 {
				d = -d + 2 // a place after the trigger is its place more often
			}
			// a city or building says more than a country: "di kota Tianjin di
			// Tiongkok utara" took place in Tianjin
			if m.ent.Type == "COUNTRY" {
				d += 1000
			}
			if d < placeDist {
				place, placeDist = m.ent, d
			}
			continue
		}
		// "Jakarta dikunjungi Presiden X": the passive's subject is the place visited
		if t.mode == "visit" && isPlace && t.passive && m.tj <= h.i && h.i-m.tj <= 1 {
			dest = m.ent
			if m.ent.Type == "PLACE" {
				continue
			}
		}
		if t.mode == "visit" && isPlace && (destinationPreps[prevW] || (m.ti == h.j && !t.passive)) {
			// "mengunjungi Kazakhstan", "kunjungan ... terhadap Kazakstan"
			dest = m.ent
			if m.ent.Type == "PLACE" {
				continue
			}
		}
		if (m.ti > 0 && reporter(v, m.ti) && !speaksAt(v, m, h)) || speaker(v, m.tj) {
			continue // the speaker of a report ("kata X", "Wang said that ...")
		}
		switch m.ent.Type {
		case "PERSON":
			actors = append(actors, m.ent.ID)
			if m.ent.Country != "" {
				actors = append(actors, m.ent.Country)
			}
		case "COUNTRY":
			actors = append(actors, m.ent.ID)
		case "ORG":
			// An organisation is a party as the subject of a verb ("ASEAN dan
			// China menandatangani", "Danantara dan Masdar menandatangani"),
			// as its object, or as a partner ("dengan SCO"). After a noun it
			// names the meeting ("pertemuan Dewan Kerja Sama ...").
			if orgSubject(v, mi, h) || partnerPreps[prevW] || partnerViaHead(v, m.ti) ||
				(m.ti >= h.j && m.tj <= nameEnd) ||
				(t.kind != nominal && t.kind != summit && m.ti >= h.j && m.ti <= h.j+1) {
				actors = append(actors, m.ent.ID)
			}
		}
	}
	// A visit's host is the country visited; a summit's host takes part in it.
	host := dest
	if host == nil && (t.mode == "visit" || t.mode == "multilateral") {
		host = place
	}
	if host != nil {
		switch {
		case host.Type == "COUNTRY":
			actors = append(actors, host.ID)
		case host.Country != "":
			actors = append(actors, host.Country)
		}
		if place == nil {
			place = host
		}
	}
	if host == nil && t.mode == "visit" && in.dateline != nil && (!in.homeDateline || arrivalVerbs[v.low[h.i]]) {
		// "RIYADH: ... Sharif arrived in the Kingdom on Sunday": a visit that
		// names no destination is to the country the story is datelined in,
		// when the visitor is from elsewhere; but a dateline in the outlet's
		// own state is its newsroom ("JAKARTA - ..." over an Indonesian
		// outlet's story of a visit to China), evidence of the destination
		// only when the visitor arrives there
		if d := stateOf(in.dateline); d != "" && !visitorFrom(actors, d, in.byID) {
			actors = append(actors, d)
			host = in.dateline
		}
	}
	if host == nil && t.mode == "visit" && arrivalVerbs[v.low[h.i]] {
		// "Xi arrived in Bali on Monday. Biden arrived late on Sunday.": an
		// arrival naming no destination is at the place of the arrival
		// reported just before
		if p := latest(prev, vi, 2, func(p *candidate) bool { return p.arrival && p.placeEnt != nil }); p != nil {
			if d := stateOf(p.placeEnt); d != "" && !visitorFrom(actors, d, in.byID) {
				actors = append(actors, d)
				if place == nil {
					place = p.placeEnt
				}
			}
		}
	}
	if place == nil && t.kind == summit {
		// a summit named for its city: "KTT Jakarta", "the Osaka summit"
		// (English names it before the noun; there a region names the
		// parties, "the Central Asia-China summit", so only a place within
		// a state counts)
		from := nameStart(v, h)
		for _, m := range v.mentions {
			if m.ent.Type == "PLACE" && (m.ti >= h.i || m.ti >= from && m.ent.Country != "") && m.ti <= h.j+2 {
				place = m.ent
				if m.ent.Country != "" {
					actors = append(actors, m.ent.Country)
				}
				break
			}
		}
	}

	// Anaphora across sentences.
	sides := countSides(withoutOrgs(actors), in.byID)
	if sides < 2 {
		if v.containsAny(pairAnaphors) {
			// an antecedent that happened, for a mention that reports
			// (the mention's modality read once, when first needed: the
			// antecedents are tried one by one)
			occurred := 0 // 1 occurred, -1 not, 0 not read yet
			two := func(c *candidate) bool {
				if countSides(c.ev.Actors, in.byID) < 2 {
					return false
				}
				if occurred == 0 {
					occurred = -1
					if modalityOf(v, h) == "occurred" {
						occurred = 1
					}
				}
				return (c.ev.Modality == "occurred") == (occurred == 1)
			}
			talks := func(c *candidate) bool { return c.ev.Type == "CONSULT" && c.ev.Mode != "multilateral" && two(c) }
			// the first pair anaphor is the subject: in "kedua pemimpin
			// menyaksikan penandatanganan ... yang diteken kedua menteri" the
			// leaders, not the ministers
			first := v.firstOf(pairAnaphors)
			ministers := containsLower(first, ministerWords) && !containsLower(first, headOfGovernmentWords)
			people := v.containsAny(personPairAnaphors)
			if ms := recentMinisters(views, vi); ministers && len(ms) == 2 {
				// "the two foreign ministers", "kedua menlu": the two ministers
				// named last, not the presidents of the sentence before
				for _, p := range ms {
					actors = append(actors, p.ID)
					if p.Country != "" {
						actors = append(actors, p.Country)
					}
				}
			} else if p := referencedEvent(v, prev, vi, &candidate{ev: record.Event{Type: h.c.typ}}); !ministers && p != nil && two(p) {
				// "Following the talks, officials from both countries inked
				// ...", "Usai pembicaraan, kedua pemimpin ...": the parties of
				// the event the sentence points back to
				actors = append(actors, p.ev.Actors...)
			} else if ps := personsIn(views, vi-1); !ministers && len(ps) >= 2 {
				// "... antara Prabowo dan MBS. Keduanya sebelumnya bertemu ...":
				// the two people just named
				for _, p := range ps {
					actors = append(actors, p.ID)
					if p.Country != "" {
						actors = append(actors, p.Country)
					}
				}
			} else if p := latest(prev, vi, 6, func(c *candidate) bool { return two(c) && len(persons(c)) >= 2 }); people && p != nil {
				// "kedua pemimpin", "the two leaders" are two people: the
				// latest event between two people, not a visit to a state
				// reported in between
				actors = append(actors, p.ev.Actors...)
			} else if p := latest(prev, vi, 6, two); p != nil {
				actors = append(actors, p.ev.Actors...)
			} else if p := latest(prev, vi, 1<<30, talks); p != nil {
				// "kedua pemimpin" late in a story about one meeting: its leaders
				actors = append(actors, p.ev.Actors...)
			} else {
				actors = append(actors, recentParties(views, vi, 3)...)
			}
		} else if t.kind != summit && v.containsAny(groupAnaphors) {
			// (a summit's own "para pemimpin" are its participants, named or not,
			// not those of an earlier summit)
			if p := latest(prev, vi, 8, func(c *candidate) bool { return c.ev.Mode == "multilateral" && len(c.ev.Actors) > 0 }); p != nil {
				actors = append(actors, p.ev.Actors...)
			} else if sides == 0 {
				// only when the sentence names no party itself: "they" in "Xi
				// hosted leaders ..., where they signed" are not earlier states
				actors = append(actors, recentCountries(views, vi, 2)...)
			}
		}
	}
	// A pronoun stands for the last person named when the sentence names
	// none before its event, or when "and" joins it to a name ("He and
	// Rabuka held talks", "Ia dan Anwar bertemu"): a party of its own.
	if named := personsBefore(v, h) > 0; t.kind != summit {
		for k, w := range v.low {
			if pronouns[w] && k <= h.i && !(k+1 < len(v.low) && speechVerbs[v.low[k+1]]) && (!named || coordinated(v.low, k)) {
				if p := lastPerson(views, vi, k); p != nil {
					actors = append(actors, p.ID)
					if p.Country != "" {
						actors = append(actors, p.Country)
					}
				}
				break
			}
		}
	}
	return actors, place
}

// coordinated reports whether "and" ("dan") joins the word at k to its
// neighbour.
func coordinated(low []string, k int) bool {
	and := func(i int) bool { return i >= 0 && i < len(low) && coordinators[low[i]] }
	return and(k+1) || and(k-1)
}

// speaker reports whether a verb of saying follows a name ending at token tj,
// directly or after the comma of an apposition: "Wang said ...", "Pengamat
// ..., Arya Nugraha, menilai ...".
func speaker(v *sentenceView, tj int) bool {
	if tj < len(v.low) && speechVerbs[v.low[tj]] {
		return true
	}
	if tj+1 >= len(v.low) || v.low[tj] != "," {
		return false
	}
	if speechVerbs[v.low[tj+1]] {
		return true
	}
	// "Michael Reardon, a research fellow at the Lowy Institute, said ...":
	// across an apposition closed by a comma
	for k := tj + 1; k < len(v.low) && k <= tj+10; k++ {
		if v.low[k] == "," {
			return k+1 < len(v.low) && speechVerbs[v.low[k+1]]
		}
		if isClauseEnd(v.low[k]) {
			return false
		}
	}
	return false
}

// partnerViaHead reports whether an organisation is the partner through the
// people who stand for it: "bertemu dengan perwakilan Mubadala", "dengan
// pimpinan Dewan Pengusaha Meksiko", "met with representatives of X".
func partnerViaHead(v *sentenceView, ti int) bool {
	k := ti - 1
	if k >= 0 && v.low[k] == "of" {
		k--
	}
	if k < 1 {
		return false
	}
	return delegationHeads[v.low[k]] && partnerPreps[v.low[k-1]]
}

// datelineEntity is the place or country named as the story's dateline
// ("RIYADH: ...", "HANOI, Oct 29 (Reuters) -", "Jakarta (ANTARA) -"): the
// entity with a mention in Input.DatelineSpan, which internal/article found
// in the lede; nil when the story has no dateline or its place is not an
// entity.
func datelineEntity(in Input) *record.Entity {
	span := in.DatelineSpan
	if span[1] <= span[0] {
		return nil
	}
	for i := range in.Entities {
		e := &in.Entities[i]
		if e.Type != "PLACE" && e.Type != "COUNTRY" {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start < span[1] && m.End > span[0] {
				return e
			}
		}
	}
	return nil
}

// homeDateline reports whether the story is datelined in its outlet's own
// state ("Bisnis.com, JAKARTA -", "PUTRAJAYA, Sept 11 (Bernama) --"): such a
// dateline names the newsroom, which reports events abroad too. The outlet is
// the organisation credited in the lede (Input.Lede, which internal/article
// found); without a credit, a story in Indonesian or Malay is taken to come
// from that language's press. An English story without a credit has no known
// home: its dateline is where its reporter was.
func homeDateline(in Input) bool {
	if in.dateline == nil {
		return false
	}
	d := stateOf(in.dateline)
	if d == "" {
		return false
	}
	home := ""
	for i := range in.Entities {
		e := &in.Entities[i]
		if e.Type != "ORG" || e.Country == "" {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start >= in.Lede[0] && m.End <= in.Lede[1] {
				home = e.Country
			}
		}
	}
	if home == "" {
		home = languageHome(in.Lang)
	}
	return home == d
}

// languageHome is the state whose press writes most stories in a language,
// or "" for a language written across many states (English).
func languageHome(lang string) string {
	switch lang {
	case "id":
		return "country:IDN"
	case "ms":
		return "country:MYS"
	}
	return ""
}

// orgSubject reports whether an organisation mention stands in the subject
// before a verbal trigger: no person or country is named between it and the
// trigger, and no verb-like word or clause boundary other than brackets.
func orgSubject(v *sentenceView, mi int, h hit) bool {
	m := v.mentions[mi]
	if m.tj > h.i || h.i-m.tj > 8 {
		return false
	}
	for _, o := range v.mentions[mi+1:] {
		if o.ti >= h.i {
			break
		}
		if o.ent.Type == "PERSON" || o.ent.Type == "COUNTRY" {
			return false
		}
	}
	for k := m.tj; k < h.i; k++ {
		w := v.low[k]
		if isClauseEnd(w) || locativePreps[w] || subjectEnders[w] {
			return false
		}
	}
	// "KTT ASEAN 2023 dan KTT G20 2022": an organisation in the name of a
	// summit before the trigger belongs to that summit
	for _, o := range v.hits {
		if o.c.kind == summit && o.i < m.ti && o.j <= h.i && m.ti < summitNameEnd(v, o, nounPhraseEnd(v, o.j)) {
			return false
		}
	}
	return true
}

// reporter reports whether the mention starting at token ti is the speaker of a
// reporting clause ("kata Wijaya", "ujar Direktur X Nama", "said Wang").
func reporter(v *sentenceView, ti int) bool {
	for k := ti - 1; k >= 0 && k >= ti-12; k-- {
		w := v.low[k]
		if reportingWords[w] {
			// "said that X ...", "mengatakan bahwa X ...": X is in the reported
			// clause, not its speaker
			return !(k+1 < len(v.low) && complementizers[v.low[k+1]])
		}
		// a title chain ("Juru Bicara Kementerian Luar Negeri Jepang") may stand
		// between the reporting word and the name; lower-case prose may not, past
		// a few words
		// "Menurut X, Presiden Y ...": the comma closes the reporting phrase
		if clauseBoundary(w) || (!startsUpper(v.s.Tokens[k].Text) && ti-k > 6) {
			break
		}
	}
	return false
}

// modalityOf reads the modality of the trigger h in v.
func modalityOf(v *sentenceView, h hit) string { return modality(v, h.i) }

// additive reports whether a mention is introduced as an addition to what the
// clause reports: "Selain dengan Xi, ia juga bertemu Li Qiang", "Besides Xi,
// he met Li", "apart from", "in addition to". It is not a party to the event.
func additive(v *sentenceView, m mref) bool {
	for k := m.ti - 1; k >= 0 && k >= m.ti-3; k-- {
		w := v.low[k]
		switch {
		case additivePhrases.endAt(v.low, k):
			return true
		case clauseBoundary(w):
			return false
		}
	}
	return false
}

// enoughParties: talks and visits need two sides; signings and summits may be
// reported without naming their parties; the other PLOVER types (SUPPORT,
// REQUEST, ACCUSE, ...) relate a source to a target, so they need two parties:
// "Indonesia mendukung konektivitas kawasan ASEAN" supports a policy (ASEAN
// only qualifies it) and names no target, so it records no relation. Two
// people of one state are two parties there ("X urged his minister ...").
func enoughParties(t trigger, c *candidate, ix entIndex) bool {
	switch {
	case t.typ == "CONSULT" && c.ev.Mode != "multilateral":
		return countSides(c.ev.Actors, ix) >= 2
	case t.typ == "AGREE" || c.ev.Mode == "multilateral":
		return true
	default:
		return countParties(c.ev.Actors, ix) >= 2
	}
}

// countParties counts the actors that stand for themselves: every person,
// organisation and state, except a state that is only the state of a person
// among the actors (a person and their state are one party).
func countParties(actors []string, ix entIndex) int {
	n := 0
	for _, a := range actors {
		implied := false
		for _, p := range actors {
			if p != a && ix.side(p) == a {
				implied = true
				break
			}
		}
		if !implied {
			n++
		}
	}
	return n
}

// documentDay is the day the story reports on: the most frequent day-level date
// within a week of the publication date (or, without one, of the latest explicit
// date). Events that the text does not date otherwise get this day: "Pada hari
// Selasa kemarin, Presiden Xi ..." dates the summit the article is about.
func documentDay(in Input) string {
	anchor := in.Published
	if precisionOf(anchor) != calendar.Day {
		anchor = ""
		for _, t := range in.Times {
			if precisionOf(t.Value) == calendar.Day && t.Value > anchor {
				anchor = t.Value
			}
		}
	}
	if anchor == "" {
		return ""
	}
	count := map[string]int{}
	for _, t := range in.Times {
		if precisionOf(t.Value) != calendar.Day || in.isStamp(t) || t.Kind == "duration" || t.Kind == "set" {
			continue
		}
		// with a publication date the story's day is in the week before it;
		// without one, in the week around the latest date the text gives
		hi := 7
		if precisionOf(in.Published) == calendar.Day {
			hi = 0
		}
		if d := dayDiff(t.Value, anchor); d >= -7 && d <= hi {
			count[t.Value]++
		}
	}
	best, bn := "", 0
	for d, n := range count {
		if n > bn || (n == bn && d > best) {
			best, bn = d, n
		}
	}
	return best
}

// absorbReference adds what a demonstrative mention says ("KTT itu, yang
// dihadiri presiden Kazakhstan, ...") to the latest event of its kind.
// It reports false when there is no such event: then the mention is the
// event's first ("seusai pertemuan bilateral kedua pemimpin" may be the only
// mention of the meeting).
func absorbReference(cands []*candidate, r *candidate) bool {
	window := 8
	if r.anyDistance {
		window = 1 << 30
	}
	same := func(c *candidate) bool { return c.ev.Type == r.ev.Type && c.ev.Mode == r.ev.Mode }
	p := latest(cands, r.last, window, same)
	if p == nil {
		// "the visit" late in a story about one visit: the story's visit
		if only := onlyOne(cands, same); only != nil && r.ev.Type == "CONSULT" {
			p = only
		} else {
			return false
		}
	}
	// "The defense agreement was signed ... on Sept. 17, 2025", long after the
	// deal of the story: a reference with a date of its own that the event
	// cannot have is a recalled event of its own
	if r.dateFrom == "text" && p.ev.Date != nil &&
		!calendar.Compatible(deref(p.ev.Date), deref(p.ev.DateEnd), deref(r.ev.Date), deref(r.ev.DateEnd), 0) {
		return false
	}
	for _, a := range r.ev.Actors {
		if !p.actorSet[a] && !r.setting {
			p.actorSet[a] = true
			p.ev.Actors = append(p.ev.Actors, a)
		}
	}
	if p.ev.Place == nil && r.ev.Place != nil && !r.setting {
		p.ev.Place, p.placeEnt = r.ev.Place, r.placeEnt
	}
	// "The closed-door meeting on Thursday ...": the reference dates the event
	if r.dateFrom == "text" && p.dateFrom != "text" {
		p.ev.Date, p.ev.DateEnd, p.dateFrom = r.ev.Date, r.ev.DateEnd, "text"
	}
	return true
}

// onlyOne returns the single candidate that ok accepts, or nil when there are
// none or several.
func onlyOne(cands []*candidate, ok func(*candidate) bool) *candidate {
	var one *candidate
	for _, c := range cands {
		if ok(c) {
			if one != nil {
				return nil
			}
			one = c
		}
	}
	return one
}

// finish orders the events by position, keeps only actor ids that name an entity
// of the record or a country (a visit's host may be known only through its
// city), and fills empty slices.
func finish(cands []*candidate, known entIndex) []record.Event {
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].ev.Evidence.Start < cands[b].ev.Evidence.Start })
	out := make([]record.Event, 0, len(cands))
	for _, c := range cands {
		if undatedPlan(c) {
			continue
		}
		ev := c.ev
		ev.DateSource = c.dateFrom
		actors := []string{}
		for _, a := range ev.Actors {
			if _, ok := known[a]; ok || strings.HasPrefix(a, "country:") {
				actors = append(actors, a)
			}
		}
		ev.Actors = actors
		out = append(out, ev)
	}
	return out
}

// undatedPlan reports whether an event is only planned and its text gives it no
// date ("Beberapa perjanjian juga akan ditandatangani", "They are also expected to
// attend the signing"): a plan happens after the report, so the story's day or a related
// event's day would be a wrong date, and a plan with no date cannot be placed on
// a timeline or told apart from the event that later happens. It is not reported.
func undatedPlan(c *candidate) bool {
	return c.ev.Modality == "planned" && c.dateFrom != "text"
}

// otherPartner reports whether mention m is the partner of another meeting
// trigger of the sentence: "usai mengadakan pertemuan dengan Presiden A di X,
// Presiden C juga mengadakan pertemuan dengan PM B di Y" reports two
// meetings, each with the partner its own "dengan"/"with" introduces.
func otherPartner(v *sentenceView, h hit, m mref) bool {
	for _, o := range v.hits {
		if o.i == h.i || o.c.typ != "CONSULT" || o.c.mode != "meet" || h.c.typ != "CONSULT" || h.c.mode != "meet" ||
			o.j >= len(v.low) || !partnerPreps[v.low[o.j]] {
			continue
		}
		// the other trigger's partner phrase: from its "dengan" to the next
		// clause boundary or trigger
		end := len(v.low)
		for k := o.j + 1; k < len(v.low); k++ {
			if v.low[k] == "," || v.low[k] == ";" || k == h.i {
				end = k
				break
			}
		}
		if m.ti > o.j && m.ti < end {
			return true
		}
	}
	return false
}

// topicOf reports whether mention m, after the trigger, is in the topic of the
// event: a topic word stands between the trigger and it within its clause,
// and no partner word ("dengan", "with") comes after the topic word.
func topicOf(v *sentenceView, h hit, m mref) bool {
	if m.ti < h.j {
		return false
	}
	for k := m.ti - 1; k >= h.j && k >= m.ti-10; k-- {
		w := v.low[k]
		// ("berkaitan dengan Myanmar", "terkait dengan": a topic, not a partner)
		if partnerPreps[w] && !(k > 0 && topicWords[v.low[k-1]]) || w == ";" || w == "." {
			return false
		}
		if topicWords[w] {
			return true
		}
	}
	return false
}

// speaksAt reports whether a mention a reporting word governs is a party
// because the speech tag itself reports the meeting: the trigger follows the
// reporting word within five words ("..., ujar Lula dalam pertemuan dengan
// Presiden Peru", "kata Xi saat bertemu dengan X", "Xi said during talks with
// X"); the speaker before the trigger and the partner after it take part.
func speaksAt(v *sentenceView, m mref, h hit) bool {
	if h.c.typ != "CONSULT" {
		return false
	}
	for k := h.i - 1; k >= 0 && k >= h.i-5; k-- {
		if clauseBoundary(v.low[k]) {
			return false
		}
		if reportingWords[v.low[k]] {
			return m.ti > k
		}
	}
	return false
}
