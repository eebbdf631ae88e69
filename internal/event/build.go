package event

import (
	"strings"

	"kronik/internal/record"
)

// frame is what the construction steps of build share about one trigger: where
// the modality is read and which tokens are the argument noun phrase.
type frame struct {
	predIdx int // the token whose clause carries the modality
	// argFrom, argTo: the argument noun phrase (summit name or document), whose
	// own dates ("Rencana Aksi 2025-2029") are not the event's
	argFrom, argTo int
	// groupSubject: a meeting noun after a group ("para pemimpin ASEAN dalam
	// pertemuan"), multilateral unless its parties turn out to be two
	groupSubject bool
	// nameYear: the year a summit's name carries ("the 2018 Beijing summit",
	// "KTT ASEAN 2023"), which dates that gathering; "" when none
	nameYear string
}

// build reads the event of trigger h in sentence vi (hits are all the
// sentence's triggers), or returns nil when h reports none. It runs the steps
// in order: the construction of the trigger's kind (event noun, summit,
// signed document), the vetoes every kind shares, the actors, the mode the
// parties imply, and the date.
func (x *Extractor) build(in Input, views []sentenceView, vi int, h hit, hits []hit, prev []*candidate, docDay string) *candidate {
	v := &views[vi]
	t := h.c.trigger
	c := newCandidate(in, v, vi, h)
	f := frame{predIdx: h.i, argFrom: h.i, argTo: h.j}
	switch t.kind {
	case nominal, summit:
		if !readEventNoun(in, v, h, hits, c, &f) {
			return nil
		}
	case sign:
		if !readSigning(in, v, h, prev, c, &f) {
			return nil
		}
	}
	if vetoed(v, h, c) {
		return nil
	}
	c.ev.Modality = modality(v, f.predIdx)
	x.readActors(in, views, vi, h, prev, c)
	skippedSummit(v, h, f.predIdx, c)
	settleMode(in, v, vi, h, prev, c, f.groupSubject)
	earlierSession(in, v, vi, h, prev, c)
	c.enough = enoughParties(t, c, in.byID)
	if !c.enough && !c.reference {
		return nil
	}
	dateEvent(in, views, vi, h, prev, docDay, c, f)
	scheduledTrip(in, v, h, c)
	scheduledWeekday(in, v, f.predIdx, c)
	if f.nameYear != "" {
		datedByName(in, c, f.nameYear)
	}
	return c
}

// newCandidate starts the event of trigger h: its type and mode, trigger text
// and evidence sentence.
func newCandidate(in Input, v *sentenceView, vi int, h hit) *candidate {
	t := h.c.trigger
	c := &candidate{sent: vi, last: vi, byID: in.byID}
	c.ev.Type, c.ev.Mode = t.typ, t.mode
	c.ev.Trigger = in.Text[v.s.Tokens[h.i].Start:v.s.Tokens[h.j-1].End]
	c.arrival = t.mode == "visit" && arrival(c.ev.Trigger)
	start, end := v.s.Start, v.s.End
	c.ev.Evidence = record.Evidence{Text: in.Text[start:end], Start: start, End: end}
	return c
}

// readEventNoun reads an event noun or a summit name and the noun phrase it
// heads ("pertemuan bilateral", "KTT ASEAN ke-46", "kunjungan itu"); false
// when the noun names no event (a topic, a generic practice, a summit only
// mentioned).
func readEventNoun(in Input, v *sentenceView, h hit, hits []hit, c *candidate, f *frame) bool {
	t := h.c.trigger
	// the noun phrase: the trigger and its modifiers up to a clause boundary
	np := nounPhraseEnd(v, h.j)
	demo := false
	for k := h.j; k < np+2 && k < len(v.low); k++ {
		// (after the noun only the Indonesian demonstratives: "talks that
		// officials described" opens a relative clause)
		if postDemonstratives[v.low[k]] {
			demo = true
		}
	}
	// "Dalam pertemuan bilateral yang berlangsung dua jam itu, ...": the
	// demonstrative closes a relative clause on the noun
	if k := relativeClauseEnd(v, h.j); k > 0 && clauseClosingDemonstratives[v.low[k-1]] {
		demo = true
	}
	if h.j < len(v.low) && genericCues[v.low[h.j]] {
		return false
	}
	// (but "during the talks in Canberra from June 2 to 4": a definite noun
	// with a time of its own reports them; so does one that names its
	// parties, "The meeting between X and Y was postponed", as "Pertemuan
	// antara X dan Y ditunda" does, unless a topic word governs it: "discussed
	// the talks between ...")
	if t.kind == nominal && h.i > 0 && topicCues[v.low[h.i-1]] &&
		!(v.low[h.i-1] == "the" && (timeNear(v, np, 4) || namesParties(v, h) && (h.i < 2 || !topicCues[v.low[h.i-2]]))) {
		return false // "membahas perundingan batas laut": the topic, not a new meeting
	}
	if t.kind == nominal && t.mode == "meet" && groupAfter(v, h.j) {
		// "pertemuan para pemimpin ASEAN", "a meeting of G20 finance
		// ministers": a gathering of a group
		c.ev.Mode = "multilateral"
		c.ev.Name = strPtr(in.Text[v.s.Tokens[h.i].Start:v.s.Tokens[minInt(h.j+3, len(v.s.Tokens)-1)].End])
	} else if t.kind == nominal && t.mode == "meet" && groupBefore(v, h) {
		f.groupSubject = true // multilateral unless its parties are two (below)
	}
	if t.kind == nominal {
		// "konsultasi bilateral ... yang terakhir digelar di Bali": the
		// relative clause's verb carries the event's modality
		for k := np; k < len(v.low) && k <= np+3; k++ {
			if relativizers[v.low[k]] && eventClause(v, k+1) {
				for j := k + 1; j < len(v.low) && j < k+4; j++ {
					if summitPassive[v.low[j]] || summitNeutral[v.low[j]] || eventPassives[v.low[j]] {
						f.predIdx = j
						break
					}
				}
				break
			}
		}
	}
	if t.kind == summit && !readSummit(in, v, h, hits, np, c, f) {
		return false
	}
	// "KTT tersebut", "kunjungan itu", and in English "the visit", "this
	// meeting": a reference to an event already reported
	// ("... adalah pertemuan antara A dan B di P, Senin": a noun that
	// names its parties with antara/between introduces the event, even
	// after a copula)
	if demo || (t.kind == nominal && h.i > 0 && backReference[v.low[h.i-1]] && !namesParties(v, h)) {
		c.reference = true
		c.definite = demo || h.i > 0 && isDemonstrative(v.low[h.i-1])
		// "Di sela kunjungan, Budi bertemu ...": the event as the setting
		// of another; the sentence's names are that other event's
		c.setting = t.kind == nominal && h.i > 0 && settingCues[v.low[h.i-1]]
		c.anyDistance = c.anyDistance || c.setting
	}
	return true
}

// namesParties reports whether an event noun names its parties right after it
// with "antara" / "between" ("pertemuan antara A dan B", "the talks between A
// and B"): such a noun introduces the event rather than referring back to one.
func namesParties(v *sentenceView, h hit) bool {
	return h.j < len(v.low) && betweenWords[v.low[h.j]]
}

// readSummit reads a summit name whose noun phrase ends at np: the summit is
// an event when a predicate holds it, a date stands next to it, or it is the
// setting of another event of the sentence; false when it is only mentioned.
func readSummit(in Input, v *sentenceView, h hit, hits []hit, np int, c *candidate, f *frame) bool {
	np = summitNameEnd(v, h, np)
	// a year in the name picks out one gathering, reported with its date
	// even with no verb: "Following the 2006 Beijing summit, ...", "Setelah
	// KTT Beijing 2006, ..." (a recalled past gathering, or one still to
	// come); the report's own year says neither ("The 2022 summit aims to
	// ..." in a 2022 story may be the one to come), so it needs a predicate,
	// and so does any year in a story of unknown date
	if in.Published != "" {
		if f.nameYear = nameYear(v, h, np); strings.HasPrefix(in.Published, f.nameYear) {
			f.nameYear = ""
		}
	}
	if summitTopic(v, h.i, f.nameYear != "") || pressConference(v, h) {
		return false
	}
	p := summitPredicate(v, h)
	adjacentDate := timeNear(v, np, 4) || datedSetting(v, h.i) || f.nameYear != ""
	if p < 0 && !adjacentDate {
		// "mengadopsi Deklarasi Jakarta dalam KTT ke-12 D-8", "berkunjung
		// ke India untuk KTT tahunan": a summit named as the setting of
		// another event of the sentence took place with it
		if k := hostedEvent(hits, h); k >= 0 && summitSetting(v, h.i) {
			p = k
		} else if k := speechAt(v, h.i); k >= 0 {
			p = k
		} else {
			return false
		}
	}
	if p >= 0 {
		f.predIdx = p
	}
	c.tripSummit = tripFor(v, hits, h)
	c.ev.Name = strPtr(in.Text[v.s.Tokens[h.i].Start:v.s.Tokens[np-1].End])
	f.argTo = np
	// the session of a joint (bilateral) committee is a meeting of two
	// states: "sidang Komite Perbatasan Bersama", "Joint Commission meeting"
	for k := h.j; k < np; k++ {
		if jointBodyWords[v.low[k]] {
			c.ev.Mode = "meet"
		}
	}
	return true
}

// readSigning reads the document a signing verb takes; false when there is
// none, or when the trigger needs a named document and the text names none.
func readSigning(in Input, v *sentenceView, h hit, prev []*candidate, c *candidate, f *frame) bool {
	t := h.c.trigger
	reduced := !t.passive && reducedPassive(v, h)
	doc, ds, de := documentNP(in.Text, v, h, t.passive || reduced)
	if doc == "" {
		return false
	}
	c.ev.Document = strPtr(doc)
	f.argFrom, f.argTo = ds, de
	if t.namedDoc && !named(doc) {
		return false // a deal merely reached
	}
	// "Perjanjian diteken oleh ...", "the agreement was signed by ...": a
	// bare document noun refers back to the agreement already reported
	// (a treaty acronym with its parties, "ICA-CEPA ditandatangani ...",
	// is a name, not a back-reference)
	if de-ds == 1 && len(prev) > 0 && !strings.Contains(v.low[ds], "-") {
		c.reference = true
		c.anyDistance = true
	}
	// "Salah satu MoU yang ditandatangani adalah ...": a relative clause
	// that looks back at a signing already reported, unless it dates the
	// signing itself ("..., yang ditandatangani di Abu Dhabi pada Juli 2022")
	if (t.passive && h.i > 0 && v.low[h.i-1] == "yang" || reduced) && len(v.times) == 0 {
		c.reference = true // (likewise "the agreement signed by the two sides covers ...")
	}
	return true
}

// veto is one check every kind of trigger shares: when it holds, the
// trigger reports no event.
type veto struct {
	name  string // what the check rejects, for readers and tests
	holds func(v *sentenceView, h hit) bool
}

// vetoes are tried in this order; the first that holds rejects the trigger.
// A new veto goes here, with a line of testdata/constructions.txt (=> none).
var vetoes = []veto{
	{"views exchanged, no text", func(v *sentenceView, h hit) bool {
		return exchangeVerbs[v.low[h.i]] && !exchangesText(v, h.j) // "bertukar pandangan", "exchanged views"
	}},
	{"support for a policy, not a party", func(v *sentenceView, h hit) bool {
		t := h.c.trigger
		return t.typ != "CONSULT" && t.typ != "AGREE" && !targeted(v, h) // "mendukung konektivitas"
	}},
	{"a recurring practice", recurring}, // "setiap dua tahun", "every year"
	{"no person as the object", func(v *sentenceView, h hit) bool {
		return h.c.personObject && !personObject(v, h, h.c.passive)
	}},
	{"approval, not a welcome", func(v *sentenceView, h hit) bool {
		// "menyambut baik komitmen X": approval, not a guest's welcome
		return h.c.mode == "visit" && h.j < len(v.low) && approvalWords[v.low[h.j]]
	}},
	{"arrival at a venue", func(v *sentenceView, h hit) bool {
		// "tiba di venue lebih awal, lalu disambut tuan rumah", "tiba di
		// lokasi KTT": an arrival and welcome at a venue, not a visit to a
		// country
		return h.c.mode == "visit" && venueArrival(v)
	}},
	{"no person as the subject", func(v *sentenceView, h hit) bool {
		return h.c.personSubject && !personSubject(v, h)
	}},
	{"not in a clause on a place", func(v *sentenceView, h hit) bool {
		return h.c.placeClause && !inPlaceClause(v, h)
	}},
	{"no place as the destination", func(v *sentenceView, h hit) bool {
		return h.c.placeObject && !placeObject(v, h)
	}},
}

// vetoed reports whether one of the vetoes rejects trigger h. It also marks
// an English "the visit" as a reference (before the vetoes) and a meeting
// with phone cues as a call (after them).
func vetoed(v *sentenceView, h hit, c *candidate) bool {
	t := h.c.trigger
	// English "visit" is a noun after a determiner: "the visit reflected
	// ...", "said the visit": a reference to the visit already reported
	if t.kind == verbal && t.mode == "visit" && h.j == h.i+1 && visitNouns[v.low[h.i]] &&
		h.i > 0 && englishDeterminers[v.low[h.i-1]] {
		c.reference, c.definite = true, true
	}
	for _, x := range vetoes {
		if x.holds(v, h) {
			return true
		}
	}
	if h.c.mode == "meet" && hasAny(v.low, phoneCues) {
		c.ev.Mode = "phone"
	}
	return false
}

// readActors sets the event's actors and place from the sentence.
func (x *Extractor) readActors(in Input, views []sentenceView, vi int, h hit, prev []*candidate, c *candidate) {
	actors, place := x.arguments(in, views, vi, h, prev)
	c.placeEnt = place
	if place != nil {
		c.ev.Place = strPtr(place.Name)
	}
	c.actorSet = map[string]bool{}
	for _, a := range actors {
		c.addActor(a)
	}
}

// addActor adds an actor once.
func (c *candidate) addActor(a string) {
	if !c.actorSet[a] {
		c.actorSet[a] = true
		c.ev.Actors = append(c.ev.Actors, a)
	}
}

// settleMode corrects the mode by the parties found: a summit of two is their
// meeting, a meeting of three states or more is multilateral.
func settleMode(in Input, v *sentenceView, vi int, h hit, prev []*candidate, c *candidate, groupSubject bool) {
	t := h.c.trigger
	// "their annual summit", "KTT bilateral": a summit of two sides is their
	// meeting (a multilateral gathering has three parties or more)
	if t.kind == summit && countSides(withoutOrgs(c.ev.Actors), in.byID) == 2 &&
		(pairSummit(v, h, len(persons(c)) == 2) || summitName(deref(c.ev.Name)) == "" && heldBy(v, h)) {
		c.ev.Mode = "meet"
		// "menggelar konferensi video dengan", "a video conference
		// with": the two talked over a video link
		if hasAny(v.low, phoneCues) {
			c.ev.Mode = "phone"
		}
	}
	// "disepakati para pemimpin ASEAN dalam pertemuan": a gathering; but
	// "Indonesia, Malaysia leaders hold talks" are the leaders of two
	if groupSubject && countSides(withoutOrgs(c.ev.Actors), in.byID) != 2 {
		c.ev.Mode = "multilateral"
	}
	// "sidang HLSCC kedua" after "sidang Dewan Kerja Sama Strategis Tingkat
	// Tinggi (HLSCC) kedua negara": another session of a body already reported
	// as the meeting of two states is their meeting too
	if t.kind == summit && c.ev.Mode == "multilateral" {
		if p := latest(prev, vi, 1<<30, func(p *candidate) bool {
			return p.ev.Type == "CONSULT" && p.ev.Mode == "meet" && sameBody(deref(p.ev.Name), deref(c.ev.Name))
		}); p != nil {
			c.ev.Mode = "meet"
			for s := range countryActors(p.ev.Actors, in.byID) {
				c.addActor(s)
			}
		}
	}
	// a meeting attended by three states or more is a multilateral gathering
	// ("membuka pertemuan yang dihadiri Presiden Turki, Presiden Mesir, ...")
	// (unless the text says it was of two: "pertemuan 2+2 kedua negara")
	// (a noun of talks beside a verb of meeting is that meeting: "X and Y met
	// on Friday for talks held while ties over Z are strained")
	if (t.kind == nominal || t.kind == summit && t.mode == "meet") && c.ev.Mode == "meet" &&
		len(countryActors(c.ev.Actors, in.byID)) >= 3 && !v.containsAny(pairAnaphors) && !verbalMeeting(v) {
		c.ev.Mode = "multilateral"
	}
}

// earlierSession gives an earlier session of a gathering just reported its
// mode and parties: "Pertemuan serupa terakhir digelar di Brussel pada
// Februari 2024", "Sidang terakhir komite tersebut berlangsung di Jayapura pada
// 2023", "the previous meeting was held in ...".
func earlierSession(in Input, v *sentenceView, vi int, h hit, prev []*candidate, c *candidate) {
	t := h.c.trigger
	if !((t.kind == nominal || t.kind == summit) && countSides(c.ev.Actors, in.byID) < 2 && earlierInstance(v, h)) {
		return
	}
	gathering := func(p *candidate) bool {
		return p.ev.Type == "CONSULT" && p.ev.Mode != "visit" && p.ev.Mode != "phone"
	}
	// the same body by name ("CFM sebelumnya" after "Dewan Menteri Luar
	// Negeri (CFM)"), else the gathering reported last
	p := latest(prev, vi, 1<<30, func(p *candidate) bool { return gathering(p) && sameBody(deref(p.ev.Name), deref(c.ev.Name)) })
	if p == nil {
		p = latest(prev, vi, 8, gathering)
	}
	if p == nil {
		return
	}
	c.ev.Mode = p.ev.Mode
	for _, a := range p.ev.Actors {
		// a gathering of many meets with other hosts and delegates in
		// another session: only the body itself carries over
		if p.ev.Mode == "multilateral" && !strings.HasPrefix(a, "org:") {
			continue
		}
		c.addActor(a)
	}
}

// arrival reports whether a visit trigger reports the arrival ("tiba di",
// "landed in"): the first day of a visit, not the day of what follows.
func arrival(trigger string) bool {
	f := strings.Fields(strings.ToLower(trigger))
	if len(f) == 0 {
		return false
	}
	return arrivalVerbs[f[0]]
}

// inPlaceClause reports whether trigger h stands in a relative clause on a
// place: a comma, "where"/"tempat", and a subject of at most four words
// ("Hanoi, where the Japanese leader travelled").
func inPlaceClause(v *sentenceView, h hit) bool {
	for k := h.i - 1; k >= 1 && k >= h.i-5; k-- {
		if placeRelativizers[v.low[k]] {
			return v.low[k-1] == ","
		}
		if clauseBoundary(v.low[k]) {
			return false
		}
	}
	return false
}

// venueArrival reports whether the sentence reports an arrival at a venue: an
// arrival verb and a preposition right before a venue noun ("tiba di venue",
// "arrived at the venue").
func venueArrival(v *sentenceView) bool {
	for k := 2; k < len(v.low); k++ {
		if !venueNouns[v.low[k]] {
			continue
		}
		p := k - 1
		if v.low[p] == "the" {
			p--
		}
		if p >= 1 && locativePreps[v.low[p]] {
			if arrivalVerbs[v.low[p-1]] {
				return true
			}
		}
	}
	return false
}

// verbalMeeting reports whether the sentence has a verb of meeting ("met",
// "bertemu", "held talks").
func verbalMeeting(v *sentenceView) bool {
	for _, o := range v.hits {
		if o.c.kind == verbal && o.c.typ == "CONSULT" && o.c.mode == "meet" {
			return true
		}
	}
	return false
}

// skippedSummit reads "X tidak menghadiri KTT ...", "X did not attend the
// summit": the summit took place; only X stayed away, so X is no party.
func skippedSummit(v *sentenceView, h hit, pred int, c *candidate) {
	if h.c.kind != summit || c.ev.Modality != "denied" || pred < 0 || pred >= len(v.low) || !attendVerbs[v.low[pred]] {
		return
	}
	c.ev.Modality = "occurred"
	drop := map[string]bool{}
	for _, m := range v.mentions {
		if m.tj <= pred {
			drop[m.ent.ID] = true
			if m.ent.Country != "" {
				drop[m.ent.Country] = true
			}
		}
	}
	kept := c.ev.Actors[:0]
	for _, a := range c.ev.Actors {
		if drop[a] {
			delete(c.actorSet, a)
			continue
		}
		kept = append(kept, a)
	}
	c.ev.Actors = kept
}
