// Package event finds the events that a news article reports (PLOVER types and
// modes) in Indonesian and English, with their actors, date, place, document and
// the sentence that states them. It works on the output of earlier stages
// (sentences, entities, time expressions) and returns plain records.
package event

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"kronik/internal/record"
	"kronik/internal/text"
)

// Input is what the event stage reads for one document.
type Input struct {
	Text      string
	Lang      string
	Sentences []text.Sentence
	Entities  []record.Entity
	Times     []record.Time
	// Published is the publication date (YYYY-MM-DD, YYYY-MM or YYYY), or "".
	Published string

	byID     entIndex       // Entities by id, built once by Extract
	dateline *record.Entity // the place the story is datelined in, or nil
}

// Extractor holds the compiled trigger lexicon. It is safe for concurrent use.
type Extractor struct {
	byFirst map[string][]*compiled
}

type compiled struct {
	trigger
	seq [][]string
}

// New compiles the lexicon.
func New() *Extractor {
	x := &Extractor{byFirst: map[string][]*compiled{}}
	for _, t := range triggers {
		c := &compiled{trigger: t}
		for _, pos := range strings.Fields(t.pattern) {
			c.seq = append(c.seq, strings.Split(pos, "|"))
		}
		for _, w := range c.seq[0] {
			x.byFirst[w] = append(x.byFirst[w], c)
		}
	}
	return x
}

// mref is an entity mention located in a sentence's tokens.
type mref struct {
	ent    *record.Entity
	start  int // byte offsets
	end    int
	ti, tj int // token range [ti, tj)
}

// candidate is an event mention before merging, with what we know of how its
// arguments were found.
type candidate struct {
	ev        record.Event
	sent      int    // sentence of the first mention
	last      int    // sentence of the latest mention
	dateFrom  string // "text", "context", "doc", "published", ""
	placeEnt  *record.Entity
	actorSet  map[string]bool
	byID      entIndex // the document's entities, to map actors to sides
	reference bool     // a demonstrative mention that only adds to an earlier event
	enough    bool     // it names enough parties to stand as an event of its own
	// anyDistance: the reference may point back across the whole document ("the
	// agreement" long after the signing was reported)
	anyDistance bool
	// definite: a reference by a demonstrative or "the" ("kunjungan itu",
	// "the visit"), which presupposes an event already reported
	definite bool
	// lastDate, lastDateEnd: the date of the latest mention ("disambut ...
	// Selasa" after "tiba ... Senin"), which dates what follows it
	lastDate, lastDateEnd *string
	// setting: a reference naming the event as the setting of another ("di
	// sela kunjungan"): it adds no parties to the event it refers to
	setting bool
	// arrival: a visit reported by its arrival ("tiba di", "landed in"), whose
	// date is the visit's first day
	arrival bool
}

// sentenceView is one sentence prepared for matching.
type sentenceView struct {
	idx      int
	s        text.Sentence
	low      []string     // lower-cased token texts
	lowText  string       // the lower-cased sentence, for phrase cues
	grams    text.PairSet // lowText's byte pairs, to pass over absent cues fast
	quoted   []bool
	mentions []mref
	times    []record.Time
}

// Extract returns the events of one document, merged so that one real-world
// event is one record within the document. Cluster ids are left empty; the
// cluster stage assigns them across documents.
func (x *Extractor) Extract(in Input) []record.Event {
	in.byID = indexEntities(in.Entities)
	in.dateline = datelineEntity(in)
	views := x.prepare(in)
	docDay := documentDay(in)
	var cands []*candidate
	// acronyms the story gave its gatherings ("Dewan Menteri Luar Negeri
	// (CFM)"), by lower-cased acronym: later sessions are named by them
	acronyms := map[string]*acronymTrigger{}
	for vi := range views {
		v := &views[vi]
		if deniesReport(v) {
			denyReported(cands, views, vi)
		}
		hits := addAcronymHits(x.matches(v), v, acronyms)
		for _, h := range hits {
			c := x.build(in, views, vi, h, hits, cands, docDay)
			if c == nil {
				// "membahas persiapan Forum Indonesia-Afrika (IAF) ketiga":
				// no event, but the story has named the gathering's acronym
				if h.c.kind == summit {
					noteAcronym(acronyms, topicGathering(in, v, h))
				}
				continue
			}
			if a := acronyms[h.c.pattern]; a != nil && h.c == a.c {
				// "CFM sebelumnya, yang ke-51, berlangsung di Istanbul pada
				// 21-22 Juni 2025": another session, with a date of its own;
				// a mention of the same session adds nothing (a gathering
				// only named as a topic has no date: any dated session is
				// another)
				if c.dateFrom != "text" || a.src.ev.Date != nil &&
					DatesCompatible(deref(a.src.ev.Date), deref(a.src.ev.DateEnd), deref(c.ev.Date), deref(c.ev.DateEnd), 0) {
					continue
				}
			}
			if c.reference {
				if absorbReference(cands, c) || !c.enough {
					continue
				}
				// "the visit", "kunjungan itu" with nothing to point back to
				// and no date of its own is an aside, not a report
				if c.definite && c.dateFrom != "text" {
					continue
				}
				c.reference = false
			}
			c.lastDate, c.lastDateEnd = c.ev.Date, c.ev.DateEnd
			if c.ev.Type == "AGREE" {
				joinSummit(c, cands, in.Text[v.s.Start:v.s.End], in.byID)
			}
			// Merge as we go, so that later sentences resolve "the summit" or
			// "the two leaders" against everything said of the event so far.
			if a, b := splitPartners(c, v, h); a != nil {
				// "meneken CEPA dengan Chile pada 2017 dan dengan Peru pada
				// 2025": two events, one with each partner at its own time
				cands = addCandidate(cands, a)
				c = b
			}
			cands = addCandidate(cands, c)
			noteAcronym(acronyms, c)
			if v := guestVisit(c); v != nil {
				cands = addCandidate(cands, v)
			}
		}
	}
	return finish(cands, in.byID)
}

func (x *Extractor) prepare(in Input) []sentenceView {
	views := make([]sentenceView, len(in.Sentences))
	for i, s := range in.Sentences {
		v := sentenceView{idx: i, s: s}
		v.low = make([]string, len(s.Tokens))
		for j, t := range s.Tokens {
			v.low[j] = strings.ToLower(t.Text)
		}
		v.quoted = quotedTokens(s.Tokens)
		v.lowText = strings.ToLower(in.Text[s.Start:s.End])
		v.grams = text.PairsOf(v.lowText)
		views[i] = v
	}
	// Place each mention in its sentence by offset, not by the mention's sentence
	// index, so that the two stages need not agree on sentence numbering.
	for ei := range in.Entities {
		e := &in.Entities[ei]
		for _, m := range e.Mentions {
			si := sort.Search(len(in.Sentences), func(k int) bool { return in.Sentences[k].End > m.Start })
			if si >= len(in.Sentences) || in.Sentences[si].Start > m.Start {
				continue
			}
			v := &views[si]
			ti, tj := tokenRange(v.s.Tokens, m.Start, m.End)
			v.mentions = append(v.mentions, mref{ent: e, start: m.Start, end: m.End, ti: ti, tj: tj})
		}
	}
	for i := range views {
		sort.Slice(views[i].mentions, func(a, b int) bool { return views[i].mentions[a].start < views[i].mentions[b].start })
	}
	for _, t := range in.Times {
		if t.Value == "" || t.Kind == "duration" || t.Kind == "set" || isStamp(in.Text, t) {
			continue
		}
		si := sort.Search(len(in.Sentences), func(k int) bool { return in.Sentences[k].End > t.Start })
		if si < len(in.Sentences) && in.Sentences[si].Start <= t.Start {
			views[si].times = append(views[si].times, t)
		}
	}
	return views
}

// stampWindow is how far isStamp looks back for the start of a line.
const stampWindow = 256

// isStamp reports whether a time expression is a dateline or publication stamp
// ("June 19, 2025 -- ...", "Jakarta, 16/6/2025 -"): it dates the report, not an
// event in it.
func isStamp(doc string, t record.Time) bool {
	// Only the start of a line can be a stamp: look back a short window for
	// the line's start rather than to the previous newline, which in a long
	// document without line breaks made every call cost the whole text and
	// a document's extraction quadratic. The answer is the same: text of
	// more than 40 bytes or a sentence end before t rules it out either way.
	lo := max(0, t.Start-stampWindow)
	ls := strings.LastIndexByte(doc[lo:t.Start], '\n') + 1 + lo
	if ls == lo && lo > 0 {
		if w := strings.TrimSpace(doc[lo:t.Start]); len(w) > 40 || strings.ContainsAny(w, ".!?") {
			return false
		}
		ls = strings.LastIndexByte(doc[:lo], '\n') + 1 // a window of blanks: rare
	}
	before := strings.TrimSpace(doc[ls:t.Start])
	if len(before) > 40 || strings.ContainsAny(before, ".!?") {
		return false
	}
	after := strings.TrimLeft(doc[t.End:], " \t")
	// "BEIJING, Jan. 9 (Xinhua) --": the outlet in brackets may come between
	if strings.HasPrefix(after, "(") {
		if i := strings.IndexByte(after, ')'); i > 0 && i < 40 {
			after = strings.TrimLeft(after[i+1:], " \t")
		}
	}
	for _, d := range []string{"--", "-", "–", "—", "|"} {
		if strings.HasPrefix(after, d) {
			return true
		}
	}
	return before == "" && strings.HasPrefix(after, "\n")
}

func tokenRange(toks []text.Token, start, end int) (int, int) {
	ti := sort.Search(len(toks), func(k int) bool { return toks[k].End > start })
	tj := ti
	for tj < len(toks) && toks[tj].Start < end {
		tj++
	}
	return ti, tj
}

// quotedTokens marks tokens inside quotation marks: quoted words are someone's
// opinion or slogan, not the reporter's account of an event.
func quotedTokens(toks []text.Token) []bool {
	q := make([]bool, len(toks))
	in := false
	for i, t := range toks {
		switch t.Text {
		case "“", "«":
			in = true
			continue
		case "”", "»":
			in = false
			continue
		case "\"":
			in = !in
			continue
		}
		q[i] = in
	}
	return q
}

type hit struct {
	c    *compiled
	i, j int // token range
}

// tokenKey strips the enclitic -nya so that "pembicaraannya" matches
// "pembicaraan" ("his talks").
func tokenKey(w string) string {
	if len(w) > 7 && strings.HasSuffix(w, "nya") {
		return w[:len(w)-3]
	}
	return w
}

func (x *Extractor) matches(v *sentenceView) []hit {
	var hits []hit
	for i := range v.low {
		if v.quoted[i] {
			continue
		}
		cands := x.byFirst[v.low[i]]
		if k := tokenKey(v.low[i]); k != v.low[i] {
			cands = append(cands[:len(cands):len(cands)], x.byFirst[k]...)
		}
		for _, c := range cands {
			if j, ok := matchAt(v.low, i, c.seq); ok {
				hits = append(hits, hit{c: c, i: i, j: j})
			}
		}
	}
	// Keep the longest match where matches overlap: "mengadakan pembicaraan" is
	// one trigger, not a verb trigger and a noun trigger.
	sort.SliceStable(hits, func(a, b int) bool {
		la, lb := hits[a].j-hits[a].i, hits[b].j-hits[b].i
		if la != lb {
			return la > lb
		}
		return hits[a].i < hits[b].i
	})
	var out []hit
	for _, h := range hits {
		overlap := false
		for _, o := range out {
			if h.i < o.j && o.i < h.j {
				overlap = true
				break
			}
		}
		if !overlap {
			out = append(out, h)
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].i < out[b].i })
	return out
}

func matchAt(low []string, i int, seq [][]string) (int, bool) {
	j := i
	for _, alts := range seq {
		if j >= len(low) {
			return 0, false
		}
		w, k := low[j], tokenKey(low[j])
		ok := false
		for _, a := range alts {
			if a == w || a == k {
				ok = true
				break
			}
		}
		if !ok {
			return 0, false
		}
		j++
	}
	return j, true
}

// relativeClauseEnd returns the token index where a relative clause ("yang
// ...") opening within two words after j ends (at a comma, semicolon or the
// sentence end), or 0 when none opens there.
func relativeClauseEnd(v *sentenceView, j int) int {
	for k := j; k < len(v.low) && k <= j+2; k++ {
		if v.low[k] != "yang" {
			continue
		}
		for e := k + 1; e < len(v.low); e++ {
			if isClauseEnd(v.low[e]) {
				return e
			}
		}
		return len(v.low)
	}
	return 0
}

// isDemonstrative: "itu", "ini", "tersebut" after a noun make it a reference to
// something already introduced ("KTT tersebut", "kunjungan itu", "this summit").
func isDemonstrative(w string) bool {
	switch w {
	case "itu", "ini", "tersebut", "this", "that", "the":
		return true
	}
	return false
}

// topicCues before a noun trigger make it the topic of talk, not an event:
// "membahas perundingan", "to discuss the talks", "tentang kunjungan itu".
var topicCues = words("membahas", "membicarakan", "tentang", "mengenai", "soal", "discuss", "discussed",
	"about", "on", "regarding", "the")

// backReference words before a noun trigger point at an event already
// reported: "the visit", "usai pertemuan" (after the meeting), "after the talks".
var backReference = words("the", "this", "that", "usai", "seusai", "setelah", "sesudah", "selepas", "after",
	"following", "sebelum", "before",
	// the setting of what the sentence reports: "Di sela kunjungan, ...",
	// "selama kunjungan", "during the visit"
	"sela", "sela-sela", "selama", "during",
	// a copula before the noun describes an event already reported: "Ini
	// kunjungan pertama X ke Y", "Pertemuan itu merupakan pertemuan ketiga"
	"ini", "itu", "merupakan", "adalah", "menjadi")

// genericCues after a noun trigger make it generic, not one event: "kunjungan
// timbal balik" (mutual visits), "pertemuan rutin" (regular meetings).
var genericCues = words("timbal", "rutin", "berkala", "reciprocal", "mutual", "regular", "antarwarga", "antarmasyarakat")

func clauseBoundary(w string) bool {
	switch w {
	case ",", ";", ":", "(", ")", "—", "–", "-", "--":
		return true
	}
	return false
}

// build reads the event of trigger h in sentence vi (hits are all the
// sentence's triggers), or returns nil when h reports none.
func (x *Extractor) build(in Input, views []sentenceView, vi int, h hit, hits []hit, prev []*candidate, docDay string) *candidate {
	v := &views[vi]
	t := h.c.trigger
	c := &candidate{sent: vi, last: vi, byID: in.byID}
	c.ev.Type, c.ev.Mode = t.typ, t.mode
	c.ev.Trigger = in.Text[v.s.Tokens[h.i].Start:v.s.Tokens[h.j-1].End]
	c.arrival = t.mode == "visit" && arrival(c.ev.Trigger)
	start, end := v.s.Start, v.s.End
	c.ev.Evidence = record.Evidence{Text: in.Text[start:end], Start: start, End: end}

	predIdx := h.i // where modality is read
	groupSubject := false
	// the argument noun phrase (summit name or document), whose own dates
	// ("Rencana Aksi 2025-2029") are not the event's
	argFrom, argTo := h.i, h.j
	switch t.kind {
	case nominal, summit:
		// the noun phrase: the trigger and its modifiers up to a clause boundary
		np := nounPhraseEnd(v, h.j)
		demo := false
		for k := h.j; k < np+2 && k < len(v.low); k++ {
			// (after the noun only the Indonesian demonstratives: "talks that
			// officials described" opens a relative clause)
			if w := v.low[k]; w == "itu" || w == "ini" || w == "tersebut" {
				demo = true
			}
		}
		// "Dalam pertemuan bilateral yang berlangsung dua jam itu, ...": the
		// demonstrative closes a relative clause on the noun
		if k := relativeClauseEnd(v, h.j); k > 0 && (v.low[k-1] == "itu" || v.low[k-1] == "tersebut") {
			demo = true
		}
		if h.j < len(v.low) && genericCues[v.low[h.j]] {
			return nil
		}
		if t.kind == nominal && h.i > 0 && topicCues[v.low[h.i-1]] {
			return nil // "membahas perundingan batas laut": the topic, not a new meeting
		}
		if t.kind == nominal && t.mode == "meet" && groupAfter(v, h.j) {
			// "pertemuan para pemimpin ASEAN", "a meeting of G20 finance
			// ministers": a gathering of a group
			c.ev.Mode = "multilateral"
			c.ev.Name = strPtr(in.Text[v.s.Tokens[h.i].Start:v.s.Tokens[minInt(h.j+3, len(v.s.Tokens)-1)].End])
		} else if t.kind == nominal && t.mode == "meet" && groupBefore(v, h) {
			groupSubject = true // multilateral unless its parties are two (below)
		}
		if t.kind == nominal {
			// "konsultasi bilateral ... yang terakhir digelar di Bali": the
			// relative clause's verb carries the event's modality
			for k := np; k < len(v.low) && k <= np+3; k++ {
				if relativizers[v.low[k]] && eventClause(v, k+1) {
					for j := k + 1; j < len(v.low) && j < k+4; j++ {
						if summitPassive[v.low[j]] || summitNeutral[v.low[j]] || eventPassives[v.low[j]] {
							predIdx = j
							break
						}
					}
					break
				}
			}
		}
		if t.kind == summit {
			if summitTopic(v, h.i) {
				return nil
			}
			p := summitPredicate(v, h)
			adjacentDate := timeNear(v, np, 4)
			if p < 0 && !adjacentDate {
				// "mengadopsi Deklarasi Jakarta dalam KTT ke-12 D-8", "berkunjung
				// ke India untuk KTT tahunan": a summit named as the setting of
				// another event of the sentence took place with it
				if k := hostedEvent(hits, h); k >= 0 && summitSetting(v, h.i) {
					p = k
				} else {
					return nil
				}
			}
			if p >= 0 {
				predIdx = p
			}
			c.ev.Name = strPtr(in.Text[v.s.Tokens[h.i].Start:v.s.Tokens[np-1].End])
			argTo = np
			// the session of a joint (bilateral) committee is a meeting of two
			// states: "sidang Komite Perbatasan Bersama", "Joint Commission meeting"
			for k := h.j; k < np; k++ {
				if v.low[k] == "bersama" || v.low[k] == "joint" || v.low[k] == "bilateral" {
					c.ev.Mode = "meet"
				}
			}
		}
		// "KTT tersebut", "kunjungan itu", and in English "the visit", "this
		// meeting": a reference to an event already reported
		// ("... adalah pertemuan antara A dan B di P, Senin": a noun that
		// names its parties with antara/between introduces the event, even
		// after a copula)
		if demo || (t.kind == nominal && h.i > 0 && backReference[v.low[h.i-1]] &&
			!(h.j < len(v.low) && (v.low[h.j] == "antara" || v.low[h.j] == "between"))) {
			c.reference = true
			c.definite = demo || h.i > 0 && isDemonstrative(v.low[h.i-1])
			// "Di sela kunjungan, Budi bertemu ...": the event as the setting
			// of another; the sentence's names are that other event's
			c.setting = t.kind == nominal && h.i > 0 && settingCues[v.low[h.i-1]]
			c.anyDistance = c.anyDistance || c.setting
		}
	case sign:
		reduced := !t.passive && reducedPassive(v, h)
		doc, ds, de := documentNP(in.Text, v, h, t.passive || reduced)
		if doc == "" {
			return nil
		}
		c.ev.Document = strPtr(doc)
		argFrom, argTo = ds, de
		if t.namedDoc && !named(doc) {
			return nil // a deal merely reached
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
	}
	// English "visit" is a noun after a determiner: "the visit reflected
	// ...", "said the visit": a reference to the visit already reported
	if t.kind == verbal && t.mode == "visit" && h.j == h.i+1 && (v.low[h.i] == "visit" || v.low[h.i] == "visits") &&
		h.i > 0 && (v.low[h.i-1] == "the" || v.low[h.i-1] == "this" || v.low[h.i-1] == "that") {
		c.reference, c.definite = true, true
	}
	if exchangeVerbs[v.low[h.i]] && !exchangesText(v, h.j) {
		return nil // "bertukar pandangan", "exchanged views": no text signed
	}
	if t.typ != "CONSULT" && t.typ != "AGREE" && !targeted(v, h) {
		return nil // "mendukung konektivitas": support for a policy, not for a party
	}
	if recurring(v, h) {
		return nil // "setiap dua tahun", "every year": a practice, not an event
	}
	if t.personObject && !personObject(v, h, t.passive) {
		return nil
	}
	if t.personSubject && !personSubject(v, h) {
		return nil
	}
	if h.c.mode == "meet" && hasAny(v.low, phoneCues) {
		c.ev.Mode = "phone"
	}
	c.ev.Modality = modality(v, predIdx)

	// actors
	actors, place := x.arguments(in, views, vi, h, prev)
	c.placeEnt = place
	if place != nil {
		c.ev.Place = strPtr(place.Name)
	}
	c.actorSet = map[string]bool{}
	for _, a := range actors {
		if !c.actorSet[a] {
			c.actorSet[a] = true
			c.ev.Actors = append(c.ev.Actors, a)
		}
	}
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
				if !c.actorSet[s] {
					c.actorSet[s] = true
					c.ev.Actors = append(c.ev.Actors, s)
				}
			}
		}
	}
	// a meeting attended by three states or more is a multilateral gathering
	// ("membuka pertemuan yang dihadiri Presiden Turki, Presiden Mesir, ...")
	// (unless the text says it was of two: "pertemuan 2+2 kedua negara")
	if t.kind == nominal && c.ev.Mode == "meet" && len(countryActors(c.ev.Actors, in.byID)) >= 3 && !v.containsAny(pairAnaphors) {
		c.ev.Mode = "multilateral"
	}
	// "Pertemuan serupa terakhir digelar di Brussel pada Februari 2024", "Sidang
	// terakhir komite tersebut berlangsung di Jayapura pada 2023", "the previous
	// meeting was held in ...": an earlier session of the gathering just
	// reported, between the same parties
	if (t.kind == nominal || t.kind == summit) && countSides(c.ev.Actors, in.byID) < 2 && earlierInstance(v, h) {
		gathering := func(p *candidate) bool {
			return p.ev.Type == "CONSULT" && p.ev.Mode != "visit" && p.ev.Mode != "phone"
		}
		// the same body by name ("CFM sebelumnya" after "Dewan Menteri Luar
		// Negeri (CFM)"), else the gathering reported last
		p := latest(prev, vi, 1<<30, func(p *candidate) bool { return gathering(p) && sameBody(deref(p.ev.Name), deref(c.ev.Name)) })
		if p == nil {
			p = latest(prev, vi, 8, gathering)
		}
		if p != nil {
			c.ev.Mode = p.ev.Mode
			for _, a := range p.ev.Actors {
				// a gathering of many meets with other hosts and delegates in
				// another session: only the body itself carries over
				if p.ev.Mode == "multilateral" && !strings.HasPrefix(a, "org:") {
					continue
				}
				if !c.actorSet[a] {
					c.actorSet[a] = true
					c.ev.Actors = append(c.ev.Actors, a)
				}
			}
		}
	}
	c.enough = enoughParties(t, c, in.byID)
	if !c.enough && !c.reference {
		return nil
	}

	// date
	sameDay := v.containsAny(sameDayCues)
	// a relative clause right after an event noun describes the event
	// itself ("kunjungan kenegaraan yang dilakukan X ... 2 hingga 4 Juli")
	ownClause := t.kind == nominal || t.kind == summit
	tm, ok := nearestTime(v, h.i, argFrom, argTo, ownClause, c.ev.Modality, reportDay(in, docDay))
	if at, found := anaphoricTime(views, vi, tm, ok); found {
		tm, ok = at, true
	}
	// "..., Rabu (21/10), sehari setelah keduanya menggelar pertemuan
	// bilateral": the event of a clause "a day after/before" happened a day
	// before/after the time of the clause it depends on
	if k, shift := dayOffsetClause(v, h.i); ok && shift != 0 && len(tm.Value) == 10 && tm.EndValue == "" && tm.Start < v.s.Tokens[k].Start {
		tm.Value = addDays(tm.Value, shift)
	}
	if ok && !sameDay {
		if c.ev.Modality == "occurred" && in.Published != "" && after(tm.Value, in.Published) {
			// dated after the report: "Wong melanjutkan lawatannya ke X pada
			// Selasa" in Monday's paper is a plan, not a report
			c.ev.Modality = "planned"
		}
		c.ev.Date, c.dateFrom = strPtr(tm.Value), "text"
		if tm.EndValue != "" {
			c.ev.DateEnd = strPtr(tm.EndValue)
		}
	} else if shift := dayShift(v.lowText); shift != 0 && latestDay(prev, vi) != "" {
		// "A day earlier, X held a phone call ...", "Keesokan harinya, ...": a
		// day before or after the last event dated to a day
		c.ev.Date, c.dateFrom = strPtr(addDays(latestDay(prev, vi), shift)), "context"
	} else if p := latest(prev, vi, 1<<30, func(p *candidate) bool { return len(deref(p.ev.Date)) == 10 && p.ev.DateEnd == nil }); sameDay && p != nil {
		// "pada hari yang sama": the day of the last event dated to a day
		c.ev.Date, c.dateFrom = p.ev.Date, "context"
	} else if sameDay && docDay != "" {
		c.ev.Date, c.dateFrom = strPtr(docDay), "doc"
	} else if p := latest(prev, vi, 1, func(p *candidate) bool { return p.ev.Date != nil }); p != nil && v.containsAny(thenCues) {
		c.ev.Date, c.ev.DateEnd, c.dateFrom = p.ev.Date, p.ev.DateEnd, "context"
	} else if tm, ok := previousTime(views, vi); ok && v.containsAny(thenCues) {
		// "CFM sebelumnya berlangsung di Istanbul pada 21-22 Juni 2025. Saat itu
		// para menteri mengesahkan ...": "at the time" is the time the sentence
		// before gives, even when no event was found there
		c.ev.Date, c.dateFrom = strPtr(tm.Value), "context"
		if tm.EndValue != "" {
			c.ev.DateEnd = strPtr(tm.EndValue)
		}
	} else if p := referencedEvent(v, prev, vi, c); p != nil {
		// "Dalam kunjungan itu, kedua negara menandatangani ...": the signing
		// is dated by the visit the sentence points back to
		c.ev.Date, c.ev.DateEnd, c.dateFrom = p.ev.Date, p.ev.DateEnd, "context"
	} else if p := recentRelated(prev, c, vi, docDay); p != nil && !(duringVisit(p, c, docDay)) {
		c.ev.Date, c.ev.DateEnd, c.dateFrom = p.ev.Date, p.ev.DateEnd, "context"
		// the day of the latest mention ("disambut ... Selasa" after "tiba ...
		// Senin"), unless that mention is an arrival, which dates only itself
		if p.lastDate != nil && !p.arrival {
			c.ev.Date, c.ev.DateEnd = p.lastDate, p.lastDateEnd
		}
	} else if docDay != "" {
		c.ev.Date, c.dateFrom = strPtr(docDay), "doc"
	} else if in.Published != "" {
		c.ev.Date, c.dateFrom = strPtr(in.Published), "published"
	}
	if c.reference && t.kind != sign && c.dateFrom == "text" && !timeNear(v, argTo, 4) {
		// "Dalam pertemuan itu, kedua menteri sepakat menggelar sidang ... pada
		// Desember": the date belongs to the clause, not to the meeting referred to
		c.ev.Date, c.ev.DateEnd, c.dateFrom = nil, nil, ""
	}
	return c
}

// duringVisit reports whether an undated meeting or signing related to a
// visit's arrival happened on the story's day rather than on the arrival day: "X
// landed in Hanoi on Wednesday ... He later met Y" in a story about Thursday's
// talks. The story's day must fall within three days after the arrival.
func duringVisit(p, c *candidate, docDay string) bool {
	if p.ev.Mode != "visit" || c.ev.Mode == "visit" || docDay == "" || p.ev.DateEnd != nil || !p.arrival {
		return false
	}
	d := dayDiff(docDay, deref(p.ev.Date))
	return d > 0 && d <= 3
}

// arrival reports whether a visit trigger reports the arrival ("tiba di",
// "landed in"): the first day of a visit, not the day of what follows.
func arrival(trigger string) bool {
	f := strings.Fields(strings.ToLower(trigger))
	if len(f) == 0 {
		return false
	}
	switch f[0] {
	case "tiba", "mendarat", "arrived", "arrives", "landed":
		return true
	}
	return false
}

// nounPhraseEnd returns the token index just past a noun phrase that starts
// before from: capitalised words, numbers, hyphenated names and ordinals
// ("KTT China-Asia Tengah ke-2", "summit of the SCO").
func nounPhraseEnd(v *sentenceView, from int) int {
	k := from
	for k < len(v.s.Tokens) {
		w := v.s.Tokens[k].Text
		lw := v.low[k]
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r), unicode.IsDigit(r):
		case ordinalWord(lw):
		case (lw == "dan" || lw == "of" || lw == "and" || lw == "the") && k+1 < len(v.s.Tokens) && startsUpper(v.s.Tokens[k+1].Text):
		case lw == "(" && k+2 < len(v.s.Tokens) && v.low[k+2] == ")":
			k += 2
		default:
			return k
		}
		k++
	}
	return k
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func ordinalWord(w string) bool {
	if strings.HasPrefix(w, "ke-") {
		return true
	}
	switch w {
	case "kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "kedelapan", "kesembilan", "kesepuluh",
		"perdana", "pertama", "virtual", "luar", "biasa", "tahunan", "first", "second", "third", "inaugural", "annual":
		return true
	}
	return false
}

// summitPredicate finds a verb of holding or attending for the summit noun at h,
// on the side where the verb's voice puts the summit, and returns its token
// index or -1.
func summitPredicate(v *sentenceView, h hit) int {
	best, bestDist := -1, 1<<30
	for k, w := range v.low {
		if v.quoted[k] {
			continue
		}
		var ok bool
		switch {
		case summitActive[w] && (k < h.i || !summitPassive[w]):
			// next to the summit ("menghadiri KTT"), or further before it when
			// a preposition introduces the summit ("kehadiran Presiden X pada
			// KTT", "hosted leaders ... at a summit")
			ok = k < h.i && (h.i-k <= 3 || (h.i-k <= 10 && prepositionBefore(v, h.i)))
		case summitPassive[w]:
			ok = k >= h.j && k-h.j <= 10
		case summitNeutral[w]:
			ok = (k < h.i && (h.i-k <= 10 || (h.i-k <= 16 && prepositionBefore(v, h.i)))) || (k >= h.j && k-h.j <= 10)
			// "took" only as "took place"
			if w == "took" && !(k+1 < len(v.low) && v.low[k+1] == "place") {
				ok = false
			}
		case w == "menjadi" && k+1 < len(v.low) && v.low[k+1] == "tuan":
			ok = true // "menjadi tuan rumah KTT" (hosted the summit)
		}
		if !ok {
			continue
		}
		d := k - h.i
		if d < 0 {
			d = -d
		}
		if d < bestDist {
			best, bestDist = k, d
		}
	}
	return best
}

// joinSummit gives a signing the participants of the summit it took place at:
// one reported in the same sentence ("KTT ... diselenggarakan di Bali, dengan
// Deklarasi Bali ditandatangani"), or one the sentence points back to ("di KTT
// ini", "at the summit").
func joinSummit(c *candidate, prev []*candidate, sentence string, ix entIndex) {
	if countSides(c.ev.Actors, ix) >= 2 {
		return // the signatories are named: "Indonesia, Malaysia, ... menandatangani"
	}
	var s *candidate
	// a summit in the same sentence, or in the one before ("... untuk
	// menghadiri KTT SCO. Mereka menandatangani Deklarasi Tianjin")
	if p := latest(prev, c.sent, 1, func(p *candidate) bool { return p.ev.Mode == "multilateral" }); p != nil {
		s = p
	} else if containsAny(sentence, summitBackrefs) {
		s = latest(prev, c.sent, 8, func(p *candidate) bool { return p.ev.Mode == "multilateral" })
	}
	if s == nil {
		return
	}
	for _, a := range s.ev.Actors {
		if !c.actorSet[a] {
			c.actorSet[a] = true
			c.ev.Actors = append(c.ev.Actors, a)
		}
	}
	if c.ev.Place == nil {
		c.ev.Place, c.placeEnt = s.ev.Place, s.placeEnt
	}
	if c.dateFrom != "text" && s.dateFrom == "text" {
		c.ev.Date, c.ev.DateEnd, c.dateFrom = s.ev.Date, s.ev.DateEnd, "context"
	}
}

// summitBackrefs point back to the summit just reported.
var summitBackrefs = []string{"ktt ini", "ktt itu", "ktt tersebut", "konferensi ini", "pertemuan puncak ini",
	"the summit", "this summit", "that summit"}

// targeted reports whether a verb of the other PLOVER types has a party as its
// subject before it and a party as its object just after it ("Tiongkok mendukung
// Kazakhstan", "Japan imposed sanctions on Russia"): these types relate two
// actors, and a verb aimed at a thing is not such an event.
func targeted(v *sentenceView, h hit) bool {
	subj, obj := false, false
	for _, m := range v.mentions {
		if m.ent.Type == "PLACE" {
			continue
		}
		if m.tj <= h.i {
			subj = true
		}
		if m.ti >= h.j && m.ti <= h.j+5 {
			obj = true
		}
	}
	return subj && obj
}

// groupAfter reports whether the words after a meeting noun name a group of
// participants: "para pemimpin/menteri ...", "leaders of", "ministers of".
func groupAfter(v *sentenceView, j int) bool {
	if j+1 < len(v.low) && v.low[j] == "para" && (v.low[j+1] == "pemimpin" || v.low[j+1] == "menteri" || v.low[j+1] == "kepala") {
		return true
	}
	if j+1 < len(v.low) && (v.low[j] == "of" || v.low[j] == "between") {
		for k := j + 1; k < len(v.low) && k <= j+4; k++ {
			if v.low[k] == "two" || v.low[k] == "both" {
				return false // "talks between the two leaders": a pair
			}
			if v.low[k] == "leaders" || v.low[k] == "ministers" {
				return true
			}
		}
	}
	return false
}

// hearsayNouns name a report or rumour: "beredar kabar bahwa ...", "reports
// that ...".
var hearsayNouns = words("kabar", "laporan", "rumor", "isu", "desas-desus", "spekulasi", "report", "reports", "rumour",
	"rumours", "rumor", "rumors", "claims", "speculation")

// deniesReport reports whether a sentence denies a report just given:
// "Kemlu menepis kabar tersebut", "The ministry denied the reports".
func deniesReport(v *sentenceView) bool {
	for k, w := range v.low {
		if !denialCues[w] {
			continue
		}
		for j := k + 1; j < len(v.low) && j <= k+3; j++ {
			if hearsayNouns[v.low[j]] {
				return true
			}
		}
	}
	return false
}

// denyReported marks as denied the events that the sentences just before vi
// report as hearsay ("Sebelumnya beredar kabar bahwa kedua menlu telah
// bertemu di Singapura. Kemlu menepis kabar tersebut.").
func denyReported(cands []*candidate, views []sentenceView, vi int) {
	for _, c := range cands {
		// (only events first reported there: a real event merely mentioned
		// again in the rumour stays)
		if c.sent < vi-2 || c.sent >= vi || c.ev.Modality != "occurred" {
			continue
		}
		if hasAny(views[c.sent].low, hearsayNouns) {
			c.ev.Modality = "denied"
		}
	}
}

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

// acronymTrigger is a gathering's acronym used as a trigger, with the event
// whose name gave it.
type acronymTrigger struct {
	c   *compiled
	src *candidate
}

// noteAcronym records the acronym in brackets of a gathering's name ("Sidang
// ke-52 Dewan Menteri Luar Negeri (CFM)") as a trigger of the same kind for
// the rest of the story.
func noteAcronym(acronyms map[string]*acronymTrigger, c *candidate) {
	if c.ev.Type != "CONSULT" || c.ev.Name == nil {
		return
	}
	n := *c.ev.Name
	i, j := strings.IndexByte(n, '('), strings.IndexByte(n, ')')
	if i < 0 || j <= i+2 || j-i-1 > 8 {
		return
	}
	acr := n[i+1 : j]
	if strings.ToUpper(acr) != acr || strings.ContainsAny(acr, " ") {
		return
	}
	low := strings.ToLower(acr)
	if _, ok := acronyms[low]; ok || documentHeads[low] || low == "ktt" {
		return
	}
	t := trigger{typ: "CONSULT", mode: c.ev.Mode, kind: summit, pattern: low}
	acronyms[low] = &acronymTrigger{c: &compiled{trigger: t, seq: [][]string{{low}}}, src: c}
}

// topicGathering is the undated gathering a summit trigger names where the
// sentence reports no event of it (a topic, a plan being prepared): its
// name, to learn an acronym in brackets from.
func topicGathering(in Input, v *sentenceView, h hit) *candidate {
	np := nounPhraseEnd(v, h.j)
	if np <= h.i || np > len(v.s.Tokens) {
		return &candidate{}
	}
	name := in.Text[v.s.Tokens[h.i].Start:v.s.Tokens[np-1].End]
	return &candidate{ev: record.Event{Type: "CONSULT", Mode: h.c.mode, Name: &name}}
}

// addAcronymHits adds the tokens that are a gathering's acronym to a
// sentence's triggers, where no other trigger covers them.
func addAcronymHits(hits []hit, v *sentenceView, acronyms map[string]*acronymTrigger) []hit {
	if len(acronyms) == 0 {
		return hits
	}
	added := false
	for k, w := range v.low {
		a := acronyms[w]
		if a == nil || v.quoted[k] || !startsUpper(v.s.Tokens[k].Text) {
			continue
		}
		covered := false
		for _, h := range hits {
			if k >= h.i && k < h.j {
				covered = true
				break
			}
		}
		if !covered {
			hits = append(hits, hit{c: a.c, i: k, j: k + 1})
			added = true
		}
	}
	if added {
		sort.Slice(hits, func(a, b int) bool { return hits[a].i < hits[b].i })
	}
	return hits
}

// guestVisit returns the visit that receiving a guest's call implies: "Menlu
// X menerima kunjungan (kehormatan) Menlu Y di Jakarta" is a meeting, and Y's
// visit to X's country; nil for other events.
func guestVisit(c *candidate) *candidate {
	if c.ev.Type != "CONSULT" || c.ev.Mode != "meet" || c.reference {
		return nil
	}
	tr := strings.ToLower(c.ev.Trigger)
	if tr != "menerima kunjungan" && tr != "kunjungan kehormatan" {
		return nil
	}
	v := *c
	v.ev.Mode = "visit"
	v.ev.Actors = append([]string(nil), c.ev.Actors...)
	v.actorSet = make(map[string]bool, len(c.actorSet))
	for a := range c.actorSet {
		v.actorSet[a] = true
	}
	return &v
}

// sameBody reports whether two names of gatherings name the same body by a
// distinctive word ("HLSCC", "JBC"), not by generic or ordinal words.
func sameBody(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	wa := strings.Fields(summitName(a))
	for _, w := range strings.Fields(summitName(b)) {
		if len(w) < 3 || ordinalWord(w) {
			continue
		}
		for _, x := range wa {
			if x == w {
				return true
			}
		}
	}
	return false
}

// groupBefore reports whether a group of leaders is the subject of the clause
// that names a meeting: "disepakati para pemimpin ASEAN dalam pertemuan di
// Jakarta", "ASEAN leaders agreed at a meeting in Jakarta". A pair ("para
// pemimpin kedua negara", "the two leaders") or a bilateral meeting is not a
// group.
func groupBefore(v *sentenceView, h hit) bool {
	if h.j < len(v.low) && v.low[h.j] == "bilateral" {
		return false
	}
	for k := h.i - 1; k >= 0 && k >= h.i-8; k-- {
		w := v.low[k]
		if clauseBoundary(w) {
			return false
		}
		if w == "para" && k+1 < len(v.low) && (v.low[k+1] == "pemimpin" || v.low[k+1] == "menteri" || v.low[k+1] == "kepala") {
			return !(k+2 < len(v.low) && (v.low[k+2] == "kedua" || v.low[k+2] == "dua"))
		}
		if (w == "leaders" || w == "ministers") && !(k > 0 && (v.low[k-1] == "two" || v.low[k-1] == "both")) {
			return true
		}
	}
	return false
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// eventNouns map the nouns that name an event to its mode, for references.
var eventNouns = map[string]string{
	"kunjungan": "visit", "lawatan": "visit", "visit": "visit", "trip": "visit",
	"pertemuan": "meet", "pembicaraan": "meet", "perundingan": "meet", "meeting": "meet", "talks": "meet",
	"sidang": "multilateral", "ktt": "multilateral", "summit": "multilateral", "konferensi": "multilateral",
	"conference": "multilateral",
}

// settingCues before an event noun make it the setting of what the sentence
// reports: "Di sela kunjungan", "selama kunjungan", "during the visit".
var settingCues = words("sela", "sela-sela", "selama", "during")

// afterCues before a bare event noun use the event as a point in time:
// "Usai pembicaraan, ...", "Seusai pertemuan, ...", "Following the summit, ...".
// What follows happened on the event's day.
var afterCues = words("usai", "seusai", "setelah", "sesudah", "selepas", "after", "following",
	// the event as the setting: "Di sela kunjungan, ...", "Selama kunjungan, ..."
	"sela", "sela-sela", "selama", "during")

// referencedEvent finds the event a sentence points back to with a
// demonstrative ("dalam kunjungan itu", "selama pertemuan tersebut", "at the
// summit", "during the visit") or as the time of what follows ("usai
// pembicaraan", "after the talks"): among the earlier events of that kind, the
// one that shares a person with c, then the latest.
func referencedEvent(v *sentenceView, prev []*candidate, vi int, c *candidate) *candidate {
	for k, w := range v.low {
		mode, ok := eventNouns[tokenKey(w)]
		if !ok {
			continue
		}
		after := k+1 < len(v.low) && (v.low[k+1] == "itu" || v.low[k+1] == "tersebut" || v.low[k+1] == "ini")
		before := k > 0 && (v.low[k-1] == "the" || v.low[k-1] == "this" || v.low[k-1] == "that")
		// "Usai pembicaraan," and "After talks," with no determiner
		timeOf := k > 0 && afterCues[v.low[k-1]] || k > 1 && afterCues[v.low[k-2]] && v.low[k-1] == "the"
		if !after && !before && !timeOf {
			continue
		}
		kind := func(p *candidate) bool {
			if p.ev.Date == nil || p.sent >= vi || p.ev.Type != "CONSULT" {
				return false
			}
			if mode == "visit" || p.ev.Mode == "visit" {
				return p.ev.Mode == mode
			}
			// a meeting noun may name a summit's session and a summit noun a
			// meeting of two ("KTT kedua pemimpin"): any talks in person
			return p.ev.Mode == mode || (timeOf && p.ev.Mode != "phone")
		}
		window := 8
		if k > 0 && settingCues[v.low[k-1]] {
			window = 1 << 30 // "Di sela kunjungan" late in a story about one visit
		}
		if p := bestReferenced(prev, vi, window, c, kind); p != nil {
			return p
		}
	}
	return nil
}

// bestReferenced ranks the events a reference may point to within window
// sentences: one sharing a person with c first ("After the talks, the two
// foreign ministers signed ..." points at the ministers' talks, not at the
// presidents' talks recalled in between), then the latest.
func bestReferenced(prev []*candidate, vi, window int, c *candidate, ok func(*candidate) bool) *candidate {
	cp := persons(c)
	var best *candidate
	bestScore := -1
	for _, p := range prev {
		if vi-p.last > window || !ok(p) {
			continue
		}
		score := 0
		if overlap(persons(p), cp) {
			score++
		}
		if score > bestScore || (score == bestScore && p.last >= best.last) {
			best, bestScore = p, score
		}
	}
	return best
}

// recalled reports whether an event ended more than a month before the day the
// story reports on: a past event the story recalls.
func recalled(p *candidate, docDay string) bool {
	if docDay == "" {
		return false
	}
	_, end, ok := interval(deref(p.ev.Date), deref(p.ev.DateEnd))
	d, _, ok2 := DateBounds(docDay)
	return ok && ok2 && d.Sub(end).Hours() > 31*24
}

// countryActors returns the states among actors, directly or through a
// person's state.
func countryActors(actors []string, ix entIndex) map[string]bool {
	out := map[string]bool{}
	for s := range sidesOf(actors, ix) {
		if strings.HasPrefix(s, "country:") {
			out[s] = true
		}
	}
	return out
}

// hostedEvent returns the token index of another trigger of the sentence (a
// signing, a meeting, a visit), or -1.
func hostedEvent(hits []hit, h hit) int {
	for _, o := range hits {
		if o.i != h.i && o.c.kind != summit && (o.c.typ == "AGREE" || o.c.typ == "CONSULT") {
			return o.i
		}
	}
	return -1
}

// summitSetting reports whether a summit noun is introduced as a setting:
// "dalam/di/pada/untuk KTT", "at/during/for the summit".
func summitSetting(v *sentenceView, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch v.low[k] {
		case "dalam", "di", "pada", "untuk", "saat", "at", "during", "for", "in":
			return true
		case "the", "a", "an", "its", "their":
			continue
		}
		return false
	}
	return false
}

// pairSummit reports whether a summit noun is marked as the meeting of a pair:
// "their (annual) summit", "KTT bilateral", "bilateral summit".
func pairSummit(v *sentenceView, h hit, twoPeople bool) bool {
	for k := h.i - 1; k >= 0 && k >= h.i-3; k-- {
		// "their" is the pair's only when the sentence names two people
		if w := v.low[k]; (w == "their" && twoPeople) || w == "bilateral" {
			return true
		}
	}
	// "sidang ... (HLSCC) kedua negara", "KTT tahunan kedua negara"
	np := nounPhraseEnd(v, h.j)
	for k := h.j; k < len(v.low) && k <= np+2; k++ {
		if v.low[k] == "bilateral" || (v.low[k] == "kedua" && k+1 < len(v.low) && (v.low[k+1] == "negara" || v.low[k+1] == "pihak")) {
			return true
		}
	}
	return false
}

// earlierInstance reports whether a gathering noun names an earlier session
// of one already reported: "pertemuan serupa", "sidang sebelumnya", "sidang
// terakhir komite tersebut", "the previous meeting", "a similar meeting".
func earlierInstance(v *sentenceView, h hit) bool {
	if h.j < len(v.low) {
		switch v.low[h.j] {
		case "serupa", "sebelumnya", "terakhir", "terdahulu":
			return true
		}
	}
	for k := h.i - 1; k >= 0 && k >= h.i-2; k-- {
		switch v.low[k] {
		case "previous", "last", "similar", "earlier", "preceding":
			return true
		}
	}
	return false
}

// sameMonthCues and sameYearCues point back to the time named just before:
// "Lee, who took office in June, spoke with Prabowo by phone that same month";
// "Scholz and Lam also spoke by phone in March that year" (after "in January
// 2025").
var (
	sameMonthCues = []string{"that same month", "the same month", "later that month", "that month", "bulan yang sama", "bulan itu juga"}
	sameYearCues  = []string{"that same year", "the same year", "that year", "later that year", "tahun yang sama", "tahun itu juga"}
)

// anaphoricTime resolves a time that the sentence gives by pointing back:
// "that same month" is the month of the time named before it in the sentence
// (or, failing one, in the sentence before); a month "that year" takes the year
// of the time named before. tm and ok are what nearestTime found.
func anaphoricTime(views []sentenceView, vi int, tm record.Time, ok bool) (record.Time, bool) {
	v := &views[vi]
	month, year := -1, -1
	for _, c := range sameMonthCues {
		if i := v.index(c); i >= 0 {
			month = v.s.Start + i
			break
		}
	}
	if month < 0 {
		for _, c := range sameYearCues {
			if i := v.index(c); i >= 0 {
				year = v.s.Start + i
				break
			}
		}
	}
	if month < 0 && year < 0 {
		return record.Time{}, false
	}
	cue := month
	if cue < 0 {
		cue = year
		// only a month or day without a year of its own takes the year
		if !ok || len(tm.Value) < 7 || tm.Start >= cue || containsYear(tm.Text) {
			return record.Time{}, false
		}
		cue = tm.Start
	}
	var before *record.Time
	for i := range v.times {
		if t := &v.times[i]; t.Start < cue && len(t.Value) >= 4 && (year < 0 || t.Start != tm.Start) {
			before = t
		}
	}
	if before == nil && vi > 0 {
		if pt, found := previousTime(views, vi); found {
			before = &pt
		}
	}
	if before == nil || len(before.Value) < 4 || !isYearToken(before.Value[:4]) {
		return record.Time{}, false
	}
	if month >= 0 {
		if len(before.Value) < 7 {
			return record.Time{}, false
		}
		return record.Time{Text: before.Text, Start: before.Start, End: before.End, Value: before.Value[:7], Kind: "date"}, true
	}
	out := tm
	out.Value = before.Value[:4] + tm.Value[4:]
	if out.EndValue != "" {
		out.EndValue = before.Value[:4] + tm.EndValue[4:]
	}
	return out, true
}

// containsYear reports whether a time's text names a year ("Maret 2025").
func containsYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if isYearToken(s[i:i+4]) && (i == 0 || s[i-1] < '0' || s[i-1] > '9') && (i+4 == len(s) || s[i+4] < '0' || s[i+4] > '9') {
			return true
		}
	}
	return false
}

// dayBeforeCues and dayAfterCues date an event by the one just reported.
var (
	dayBeforeCues = []string{"a day earlier", "the day before", "the previous day", "sehari sebelumnya", "sehari sebelum itu", "pada hari sebelumnya"}
	dayAfterCues  = []string{"a day later", "the next day", "the following day", "keesokan harinya", "sehari kemudian", "sehari setelahnya", "esok harinya"}
)

// dayShift is -1 or +1 when a sentence opens by dating its event a day before
// or after the one just reported ("A day earlier, ..."), else 0. Only as the
// opening adverbial: inside a clause ("X, who arrived a day earlier, met Y")
// the cue dates something else.
func dayShift(ls string) int {
	opens := func(cues []string) bool {
		for _, c := range cues {
			// a cue opening within the first 12 bytes lies in this prefix
			if i := strings.Index(ls[:min(len(ls), 12+len(c))], c); i >= 0 && i <= 12 {
				return true
			}
		}
		return false
	}
	switch {
	case opens(dayBeforeCues):
		return -1
	case opens(dayAfterCues):
		return 1
	}
	return 0
}

// dayOffsetClause finds "sehari setelah/sebelum" or "a day after/before"
// within three words before the trigger at i: it returns the index of the
// connective and -1 (after: the event was the day before) or +1 (before).
func dayOffsetClause(v *sentenceView, i int) (int, int) {
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		shift := 0
		switch v.low[k] {
		case "setelah", "sesudah", "after":
			shift = -1
		case "sebelum", "before":
			shift = 1
		default:
			continue
		}
		if v.low[k-1] == "sehari" || v.low[k-1] == "day" && k >= 2 && (v.low[k-2] == "a" || v.low[k-2] == "one") {
			return k, shift
		}
		return 0, 0
	}
	return 0, 0
}

// latestDay is the date of the last event before sentence vi dated to a
// single day, or "".
func latestDay(prev []*candidate, vi int) string {
	p := latest(prev, vi, 1<<30, func(p *candidate) bool { return len(deref(p.ev.Date)) == 10 && p.ev.DateEnd == nil && p.sent < vi })
	if p == nil {
		return ""
	}
	return *p.ev.Date
}

// addDays shifts a YYYY-MM-DD date by n days.
func addDays(d string, n int) string {
	t, ok := parseDay(d)
	if !ok {
		return d
	}
	return t.AddDate(0, 0, n).Format("2006-01-02")
}

// previousTime is the last time expression of the sentence before vi.
func previousTime(views []sentenceView, vi int) (record.Time, bool) {
	if vi == 0 || len(views[vi-1].times) == 0 {
		return record.Time{}, false
	}
	ts := views[vi-1].times
	return ts[len(ts)-1], true
}

// heldBy reports whether an unnamed summit is the object of a holding verb:
// "Lee and Tokayev held a summit", "kedua presiden menggelar KTT". Two sides
// holding a summit of no name of its own hold their bilateral summit.
func heldBy(v *sentenceView, h hit) bool {
	for k := h.i - 1; k >= 0 && k >= h.i-3; k-- {
		switch v.low[k] {
		case "held", "hold", "holds", "had", "menggelar", "mengadakan", "melangsungkan":
			return true
		case "a", "an", "their", "its", "sebuah":
			continue
		}
		return false
	}
	return false
}

// reducedPassive reports whether an English past participle of signing
// follows the signed text directly as a reduced relative clause: "a treaty
// signed at the United Nations in 2018", "a preferential trade agreement signed
// by members in 2006". The text before it is its object.
func reducedPassive(v *sentenceView, h hit) bool {
	if h.j != h.i+1 || h.i == 0 || h.j >= len(v.low) || !docHead(v.low[h.i-1]) {
		return false
	}
	switch v.low[h.i] {
	case "signed", "inked", "adopted":
	default:
		return false
	}
	switch v.low[h.j] {
	case "by", "in", "at", "on", "last", "earlier", "between", "during", "with", "two", "three", "a":
		return true
	}
	return false
}

// prepositionBefore reports whether a preposition (with at most an article)
// stands right before token i.
func prepositionBefore(v *sentenceView, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch v.low[k] {
		case "pada", "di", "dalam", "ke", "at", "in", "to", "for":
			return true
		case "a", "an", "the", "sebuah", "their", "its", "his", "her", "annual", "tahunan", "regional", "special":
			continue
		}
		return false
	}
	return false
}

// summitTopic reports whether a summit noun is the topic of talk or of
// preparation rather than an event reported: "membahas persiapan KTT",
// "preparations for the summit".
func summitTopic(v *sentenceView, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch v.low[k] {
		case "membahas", "membicarakan", "persiapan", "mempersiapkan", "jelang", "menjelang", "discuss",
			"discussed", "preparations", "preparing", "prepare", "ahead", "agenda",
			// a summit as a point in time: "sehari sebelum KTT", "after the summit"
			"sebelum", "setelah", "usai", "seusai", "before", "after":
			return true
		}
	}
	return false
}

// recurring reports whether a set expression ("setiap dua tahun", "tiap tahun",
// "every year") follows the trigger closely: the sentence describes a practice.
func recurring(v *sentenceView, h hit) bool {
	for k := h.j; k < len(v.low) && k <= h.j+8; k++ {
		switch v.low[k] {
		case "setiap", "tiap", "every", "annually", "rutin":
			return true
		}
	}
	return false
}

// timeNear reports whether a time expression starts within n tokens after
// token index k: a summit named with its own date ("KTT perdana pada tahun 2023").
func timeNear(v *sentenceView, k, n int) bool {
	if k >= len(v.s.Tokens) {
		return false
	}
	lim := k + n
	if lim >= len(v.s.Tokens) {
		lim = len(v.s.Tokens) - 1
	}
	from, to := v.s.Tokens[k].Start, v.s.Tokens[lim].End
	for _, t := range v.times {
		if t.Start >= from && t.Start <= to {
			return true
		}
	}
	return false
}

// documentNP finds the signed text's name near a signing trigger, with its
// token span.
func documentNP(doc string, v *sentenceView, h hit, passive bool) (string, int, int) {
	head := -1
	if passive {
		depth := 0
		for k := h.i - 1; k >= 0 && k >= h.i-16; k-- {
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
		switch w[i+1:] {
		case "cepa", "fta", "pta", "epa", "bit", "mou":
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
	switch w {
	case "lebih", "sejumlah", "puluhan", "belasan", "ratusan", "beberapa", "dua", "tiga", "empat", "lima",
		"enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebuah", "suatu", "a", "an", "the", "two", "three",
		"four", "five", "six", "seven", "eight", "nine", "ten", "several", "more", "over", "dozens":
		return true
	}
	return false
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
		if caps == 0 && contentWord(lw) {
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

func binder(w string) bool {
	switch w {
	case "dan", "yang", "untuk", "tentang", "mengenai", "of", "on", "and", "for", "the":
		return true
	}
	return false
}

func topicWord(w string) bool {
	switch w {
	case "tentang", "mengenai", "soal", "on", "of", "regarding", "concerning":
		return true
	}
	return false
}

// contentWord: a lower-case word that can modify a document noun. Function
// words, prepositions and verbs (recognised by the Indonesian verbal prefixes
// me-, di-, ber-, ter- or English -ed) end the name.
func contentWord(w string) bool {
	if stopWords[w] || len(w) < 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLetter(r) {
		return false
	}
	for _, p := range []string{"me", "di", "ber", "ter"} {
		if strings.HasPrefix(w, p) && len(w) > len(p)+3 && !nounLike[w] {
			return false
		}
	}
	// English verb forms end the name: "a joint statement setting a target"
	return !strings.HasSuffix(w, "ed") && !(strings.HasSuffix(w, "ing") && len(w) > 5 && !nounLike[w])
}

// nounLike are words that look like verbs by their prefix but are nouns or
// adjectives common in document names.
var nounLike = words("bersama", "bersahabat", "berkelanjutan", "bersejarah", "terbarukan", "tertentu", "terpilih", "digital",
	// English nouns in -ing ("memorandum of understanding", "training")
	"understanding", "training", "funding", "financing", "mining", "shipping", "planning", "building", "housing",
	"banking", "engineering", "peacekeeping", "processing", "trading", "lending", "fishing", "farming", "policing", "diplomatik", "diplomasi", "teritorial", "bertetangga", "terpadu", "terbuka", "meteorologi")

// stopWords end a document name: conjunctions, prepositions, determiners and
// auxiliaries of both languages.
var stopWords = words(
	"dan", "atau", "yang", "di", "ke", "dari", "pada", "dengan", "antara", "oleh", "untuk", "dalam", "bagi",
	"serta", "juga", "akan", "telah", "sudah", "sedang", "itu", "ini", "tersebut", "pun", "para", "kedua",
	"sebagai", "secara", "guna", "demi", "hingga", "sampai", "sejak", "bahwa", "karena", "meliputi",
	"masih", "harus", "belum", "bisa", "dapat", "perlu", "lalu", "kemudian", "still", "must", "can",
	"and", "or", "the", "a", "an", "in", "at", "to", "from", "with", "between", "by", "for", "which", "that",
	"was", "were", "is", "are", "has", "have", "had", "will", "as", "during", "after", "before", "covering",
)

// personSubject checks that a person's name or a pronoun ends right before
// the trigger.
func personSubject(v *sentenceView, h hit) bool {
	if h.i > 0 && pronouns[v.low[h.i-1]] {
		return true
	}
	for _, m := range v.mentions {
		if m.ent.Type == "PERSON" && m.tj == h.i {
			return true
		}
	}
	return false
}

// personObject checks that a welcome trigger has a person as its object.
func personObject(v *sentenceView, h hit, passive bool) bool {
	// "menerima undangan Sugiono", "received a letter from": a thing
	// received, whoever it came from
	for k := h.j; !passive && k < len(v.low) && k <= h.j+1; k++ {
		if receivedThings[v.low[k]] {
			return false
		}
	}
	// "menerima telepon dari Perdana Menteri X": a call received from a
	// person, whose title may stand between
	reach := 3
	if !passive && h.j < len(v.low) && (v.low[h.j] == "telepon" || v.low[h.j] == "panggilan") {
		reach = 6
	}
	for _, m := range v.mentions {
		if m.ent.Type != "PERSON" {
			continue
		}
		if passive && m.tj <= h.i {
			return true
		}
		if !passive && m.ti >= h.j && m.ti <= h.j+reach {
			return true
		}
	}
	return false
}

// modality reads the words just before the predicate, within its clause.
func modality(v *sentenceView, k int) string {
	// a cancellation word in the trigger's clause ("Kunjungan X Ditunda,
	// Prabowo dan Erdogan Bicara Lewat Telepon": the visit, not the call)
	lo, hi := k, k
	for lo > 0 && !isClauseEnd(v.low[lo-1]) {
		lo--
	}
	for hi < len(v.low) && !isClauseEnd(v.low[hi]) {
		hi++
	}
	for _, w := range v.low[lo:hi] {
		if cancelCues[w] {
			return "cancelled"
		}
	}
	for d := 1; d <= 4 && k-d >= 0; d++ {
		w := v.low[k-d]
		if clauseBoundary(w) {
			break
		}
		if negationCues[w] {
			return "denied"
		}
	}
	// a plan, schedule or invitation governs its whole clause: "dijadwalkan
	// bertolak ke X untuk bertemu Y", "undangan ... untuk berkunjung"
	for d := 1; k-d >= 0; d++ {
		w := v.low[k-d]
		// a comma before a new clause ends the scope of a plan; a comma in an
		// apposition ("bertolak ke Kairo, Mesir, untuk bertemu") does not
		if w == ";" || w == "." || w == ":" || (w == "," && k-d+1 < len(v.low) && newClause[v.low[k-d+1]]) {
			break
		}
		if denialCues[w] {
			return "denied"
		}
		// "is due to fly to Jakarta": a schedule ("due to the weather" is a cause)
		if w == "due" && k-d > 0 && copulas[v.low[k-d-1]] {
			return "planned"
		}
		if plannedCues[w] {
			return "planned"
		}
	}
	return "occurred"
}

// copulas before "due" make it a schedule: "is due to", "were due to".
var copulas = words("is", "are", "was", "were", "be")

// newClause words open a clause of their own after a comma.
var newClause = words("dan", "tetapi", "namun", "sementara", "sedangkan", "lalu", "kemudian", "setelah", "sebelum",
	"karena", "sehingga", "and", "but", "while", "after", "before", "because", "which", "who", "when", "where",
	"yang", "ketika", "saat")

func isClauseEnd(w string) bool { return w == "," || w == ";" || w == "." || w == ":" }

func hasAny(low []string, set map[string]bool) bool {
	for _, w := range low {
		if set[w] {
			return true
		}
	}
	return false
}

func containsAny(s string, phrases []string) bool {
	ls := strings.ToLower(s)
	for _, p := range phrases {
		if strings.Contains(ls, p) {
			return true
		}
	}
	return false
}

// containsLower is containsAny for a text already lower-cased.
func containsLower(ls string, phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(ls, p) {
			return true
		}
	}
	return false
}

func strPtr(s string) *string { return &s }

// reportDay is the latest day the report can speak of as past: the
// publication date. Without one there is no such bound (the latest date the
// text mentions may be a day before the report's own).
func reportDay(in Input, _ string) string {
	return in.Published
}

// nearestTime picks the time expression of the sentence closest to the trigger.
// An event reported as having happened cannot take a date after the report:
// "mengadopsi Pernyataan Bersama, yang menargetkan ... pada 2028" was adopted
// before 2028.
//
// Times inside the argument [from, to) belong to its name; times after a
// relative or participial clause opens ("yang menargetkan ... 2028", "setting a
// target ... by 2028") belong to that clause.
func nearestTime(v *sentenceView, ti, from, to int, ownClause bool, modality, report string) (record.Time, bool) {
	pos := v.s.Tokens[ti].Start
	argStart, argEnd := v.s.Tokens[from].Start, v.s.Tokens[to-1].End
	// excluded byte ranges: a relative clause runs to the next comma
	// ("Prabowo, yang saat itu menjabat Menteri Pertahanan, dan ... pada 29
	// Agustus 2024"); a participial clause to the end of the sentence
	type span struct{ a, b int }
	var skip []span
	for k := to; k < len(v.low); k++ {
		w := v.low[k]
		if !clauseOpeners[w] || eventClause(v, k+1) || (ownClause && k-to <= 2) {
			continue
		}
		end := v.s.End
		if relativizers[w] {
			for j := k + 1; j < len(v.low); j++ {
				if v.low[j] == "," {
					end = v.s.Tokens[j].Start
					break
				}
			}
		}
		skip = append(skip, span{v.s.Tokens[k].Start, end})
	}
	// "Mr Albanese, who arrived in Dili on March 25, held talks ...": a
	// relative clause between commas before the trigger describes the subject
	for k := 1; k < ti; k++ {
		if !relativizers[v.low[k]] || v.low[k-1] != "," {
			continue
		}
		for j := k + 1; j < ti; j++ {
			if v.low[j] == "," {
				skip = append(skip, span{v.s.Tokens[k].Start, v.s.Tokens[j].Start})
				k = j
				break
			}
		}
	}
	// "landed in Hanoi on Wednesday evening before sitting down with Lam",
	// "tiba pada Senin sebelum bertemu ...": a trigger in a clause of before or
	// after does not take the time of the main clause before it
	if ti >= 1 && sequenceCues[v.low[ti-1]] || ti >= 2 && sequenceCues[v.low[ti-2]] && (v.low[ti-1] == "the" || v.low[ti-1] == "his" || v.low[ti-1] == "her") {
		skip = append(skip, span{v.s.Start, v.s.Tokens[ti].Start})
	}
	inSkip := func(p int) bool {
		for _, sp := range skip {
			if p >= sp.a && p < sp.b {
				return true
			}
		}
		return false
	}
	var best record.Time
	bd := 1 << 30
	for _, t := range v.times {
		if (t.Start >= argStart && t.Start < argEnd) || inSkip(t.Start) || longRange(t) || bound(v, t) || quotedAt(v, t.Start) {
			continue // (a time in a quotation is the speaker's: "landasan untuk hari esok")
		}
		d := t.Start - pos
		if d < 0 {
			d = -d + 1 // prefer a time after the trigger at equal distance
		}
		if d < bd {
			best, bd = t, d
		}
	}
	return best, bd < 1<<30
}

// bound reports whether a time is a deadline or a limit ("target ... by 2028",
// "hingga 2030", "until 2027") rather than when something happened.
func bound(v *sentenceView, t record.Time) bool {
	k := sort.Search(len(v.s.Tokens), func(i int) bool { return v.s.Tokens[i].Start >= t.Start })
	if k == 0 || k > len(v.low) {
		return false
	}
	switch v.low[k-1] {
	case "by", "until", "till", "through", "hingga", "sampai", "sebelum", "before", "menjelang", "sejak", "since":
		return true
	}
	return false
}

// quotedAt reports whether the token at byte offset p is inside quotation marks.
func quotedAt(v *sentenceView, p int) bool {
	k := sort.Search(len(v.s.Tokens), func(i int) bool { return v.s.Tokens[i].End > p })
	return k < len(v.quoted) && v.quoted[k]
}

// sequenceCues open a clause that happened before or after the main one.
var sequenceCues = words("before", "after", "sebelum", "setelah", "sesudah", "seusai", "usai")

// relativizers open a relative clause that a comma closes.
var relativizers = words("yang", "which", "who", "whose", "since", "sejak")

// longRange: a range of more than two months ("2025-2029") is a period, not
// the date of a meeting or signing.
func longRange(t record.Time) bool {
	if t.EndValue == "" {
		return false
	}
	a, _, ok1 := DateBounds(t.Value)
	_, b, ok2 := DateBounds(t.EndValue)
	return ok1 && ok2 && b.Sub(a).Hours() > 62*24
}

// eventClause reports whether the clause starting at k is about the event
// itself: "KTT X yang digelar pada Mei 2023", "the accord, which was signed in
// 2022".
func eventClause(v *sentenceView, k int) bool {
	for i := k; i < len(v.low) && i < k+3; i++ {
		w := v.low[i]
		if summitPassive[w] || summitNeutral[w] || eventPassives[w] {
			return true
		}
	}
	return false
}

// eventPassives are passive verbs of signing and meeting.
var eventPassives = words("ditandatangani", "diteken", "disepakati", "diadopsi", "signed", "inked", "adopted", "held",
	"dilakukan", "dilaksanakan", "made", "paid", "conducted")

// clauseOpeners start a relative or participial clause after an event's
// arguments; a date beyond one dates something else.
var clauseOpeners = words("yang", "which", "that", "who", "whose", "since", "sejak", "setting", "targeting", "aiming",
	"menargetkan", "bertujuan", "sehingga")

// after reports whether date a (at its own granularity) begins after day b.
func after(a, b string) bool {
	a0, _, ok1 := DateBounds(a)
	_, b1, ok2 := DateBounds(b)
	return ok1 && ok2 && a0.After(b1)
}

// recentRelated finds an earlier event within three sentences that shares an
// actor: "Selama kunjungan tersebut, kedua kepala negara ..." is dated by the
// visit it follows.
func recentRelated(prev []*candidate, c *candidate, vi int, docDay string) *candidate {
	// within three sentences an event sharing any party; within eight, one
	// sharing a person ("Sjafrie juga sempat diterima Presiden Marcos" is dated
	// by Sjafrie's visit, reported a paragraph earlier)
	// an undated mention of talks already reported with the same sides ("Pembicaraan
	// kedua kepala negara berlangsung dua jam" after "pembicaraan X dengan Y ...
	// Selasa") is those talks, even when a visit was mentioned in between
	var best *candidate
	for _, p := range prev {
		if c.ev.Type == "CONSULT" && p.ev.Date != nil && p.ev.Modality == c.ev.Modality && p.ev.Type == c.ev.Type && p.ev.Mode == c.ev.Mode &&
			vi-p.last <= 8 && !recalled(p, docDay) && sameSides(p, c) && (best == nil || p.last >= best.last) {
			best = p
		}
	}
	if best != nil {
		return best
	}
	for _, p := range prev {
		if p.ev.Date == nil || p.ev.Modality != c.ev.Modality {
			continue // (a postponed visit does not date the phone call that postponed it)
		}
		// an undated mention is about the story's own days, not a recalled
		// event a year before ("Dalam pembicaraan dengan X" after "KTT ... 2023")
		if recalled(p, docDay) {
			continue
		}
		near := vi-p.last <= 3 && shareActor(p, c)
		person := vi-p.last <= 8 && overlap(persons(p), persons(c))
		if (near || person) && (best == nil || p.last >= best.last) {
			best = p
		}
	}
	return best
}

// exchangeVerbs exchange signed texts only when one is their object.
var exchangeVerbs = words("exchanged", "exchange", "exchanging", "bertukar", "pertukaran")

// exchangesText reports whether the words from k name a signed text, after
// a number, an article or "of" ("four memoranda", "of MoUs", "sejumlah nota").
func exchangesText(v *sentenceView, k int) bool {
	for ; k < len(v.low); k++ {
		w := v.low[k]
		switch {
		case documentHeads[w] || w == "mous":
			return true
		case w == "of" || quantifierOrDet(w):
			continue
		}
		return false
	}
	return false
}
