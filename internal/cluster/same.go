package cluster

import (
	"hash/fnv"
	"maps"
	"slices"
	"sort"
	"strings"

	"kronik/internal/calendar"
	"kronik/internal/event"
	"kronik/internal/record"
	"kronik/internal/text"
)

// Whether two mentions from different documents are one real-world event is
// decided in two steps: what every event shares (type, mode family, dates),
// then the identifying argument of its kind (kindOf). Each kind says both how
// it compares two mentions (same) and the blocking keys a store files and
// looks up a mention under (keys), side by side, so that the keys cannot
// drift from the comparison: any two mentions same accepts share a key
// (TestKeysCoverSame).

// Same reports whether two event mentions from different documents are one
// real-world event: same type and mode, compatible dates, and the same
// identifying arguments (place or name for a summit, parties for talks and
// visits, the document for a signing). as and bs are the parties each
// mention's actors stand for (Sides).
func Same(a *record.Event, as map[string]bool, b *record.Event, bs map[string]bool) bool {
	if !dated(a) || !dated(b) {
		return false // an undated mention is too weak to join a cluster
	}
	if a.Type == b.Type {
		if m, g, ms, gs, ok := talksAndGathering(a, as, b, bs); ok {
			return sameDay(m, g) && talksInGathering(m, ms, g, gs)
		}
	}
	if a.Type != b.Type || family(a.Mode) != family(b.Mode) {
		return false
	}
	if a.Mode == "visit" && (a.Modality == "planned") != (b.Modality == "planned") {
		return false // a visit planned and one made are different trips
	}
	if !calendar.Compatible(deref(a.Date), deref(a.DateEnd), deref(b.Date), deref(b.DateEnd), slack(a.Mode)) {
		return false
	}
	return kindOf(a).same(a, as, b, bs)
}

// Keys returns the blocking keys a store files an event under (stored) and
// the keys a new event looks up (lookup): any two events Same can match
// share a key, the new one's lookup with the stored one's stored keys. sides
// are the parties the event's actors stand for (Sides). Every key carries
// the type and mode family (Same requires both equal) and is hashed to 64
// bits: a collision only adds a candidate that Same rejects.
func Keys(ev *record.Event, sides []string) (stored, lookup []int64) {
	adder := func(prefix string) func(s, l bool, k string) {
		return func(s, l bool, k string) {
			h := keyHash(prefix + k)
			if s {
				stored = append(stored, h)
			}
			if l {
				lookup = append(lookup, h)
			}
		}
	}
	kindOf(ev).keys(ev, sides, adder(ev.Type+"|"+family(ev.Mode)+"|"))
	if unnamedGathering(ev) {
		// also filed and looked up as talks of its parties (talksInGathering)
		parties.keys(ev, sides, adder(ev.Type+"|meet|"))
	}
	return stored, lookup
}

// talksAndGathering returns, of a pair of mentions, the one reported as
// talks (mode meet) and the one reported as a gathering that no name or
// place marks as a summit, with their sides, when the pair is such.
func talksAndGathering(a *record.Event, as map[string]bool, b *record.Event, bs map[string]bool) (
	m, g *record.Event, ms, gs map[string]bool, ok bool) {
	switch {
	case a.Mode == "meet" && unnamedGathering(b):
		return a, b, as, bs, true
	case b.Mode == "meet" && unnamedGathering(a):
		return b, a, bs, as, true
	}
	return nil, nil, nil, nil, false
}

// unnamedGathering reports whether a mention is of a gathering (mode
// multilateral) that neither a place nor a name's content words mark as a
// summit: "a meeting of the ministers", which one outlet reports as
// gathering and another as the talks of two of them.
func unnamedGathering(ev *record.Event) bool {
	if ev.Mode != "multilateral" || deref(ev.Place) != "" || len(contentTokens(deref(ev.Name))) > 0 {
		return false
	}
	// "the summit", "KTT", "the conference": a summit, which two leaders'
	// talks on its sidelines are not; "a meeting", "talks" may be theirs
	for _, w := range nameWordsOf(deref(ev.Name)) {
		if summitTypeWords[w] {
			return false
		}
	}
	return true
}

// summitTypeWords name a summit or a conference rather than a meeting.
var summitTypeWords = map[string]bool{
	"ktt": true, "konferensi": true, "puncak": true, "summit": true, "summits": true, "conference": true,
	"sidang": true, "forum": true, "retreat": true,
}

// talksInGathering: one outlet's "talks" of two parties and another's
// "meeting" of them and perhaps their host on the same day are one event
// when every state of the talks is at the gathering and the talks rule
// holds for them (two sides in common, the same people). A gathering of
// more than three states is not two states' talks: bilateral talks on its
// sidelines are events of their own.
func talksInGathering(m *record.Event, ms map[string]bool, g *record.Event, gs map[string]bool) bool {
	if len(countries(gs)) > 3 {
		return false
	}
	for s := range gs {
		if strings.HasPrefix(s, "org:") {
			return false // a meeting of an organisation is its own
		}
	}
	for c := range countries(ms) {
		if !gs[c] {
			return false
		}
	}
	return parties.same(m, ms, g, gs)
}

// PlaceKey returns the key of a summit filed by its place (Keys), and false
// for any other event. Between two summits that both name a place, Same
// decides by type, mode, place and dates alone, so a store may keep one row
// of this key per cluster and date bounds rather than one per report.
func PlaceKey(ev *record.Event) (int64, bool) {
	if kindOf(ev) != summit {
		return 0, false
	}
	place := placeKeyOf(ev)
	if place == "" {
		return 0, false
	}
	return keyHash(ev.Type + "|" + family(ev.Mode) + "|place:" + place), true
}

// kind is an event's identifying argument.
type kind int

const (
	// parties: talks, visits, calls and the rest are told apart by the
	// parties that took part.
	parties kind = iota
	// summit: a multilateral meeting by its place, or its name.
	summit
	// signing: an agreement by the document signed.
	signing
)

func kindOf(ev *record.Event) kind {
	switch {
	case ev.Mode == "multilateral":
		return summit
	case ev.Type == "AGREE":
		return signing
	}
	return parties
}

// same compares the identifying arguments of two mentions of kind k that
// agree on type, mode and dates.
func (k kind) same(a *record.Event, as map[string]bool, b *record.Event, bs map[string]bool) bool {
	switch k {
	case summit:
		// one summit is held in one place
		pa, pb := placeKeyOf(a), placeKeyOf(b)
		if pa != "" && pa == pb {
			return true
		}
		// names that mark a particular summit ("KTT ke-43 ASEAN", "43rd
		// ASEAN Summit", in either language) decide, also between places
		// that differ: one report gives the city, another the country or
		// the venue
		ta, tb := contentTokens(deref(a.Name)), contentTokens(deref(b.Name))
		if len(ta) > 0 && len(tb) > 0 {
			return similarTokens(ta, tb)
		}
		// two places are two summits, unless one report gives the city and
		// the other its country ("Beijing", "China")
		if pa != "" && pb != "" && !stateAndCity(deref(a.Place), deref(b.Place)) {
			return false
		}
		// a name that says only "KTT" or "the summit", and no place on one
		// side (or a city and its country), leave the summits'
		// participants: one in common, when both
		// are dated to the month at least (a state's gathering known only
		// by a year is any of that year's)
		return len(deref(a.Date)) >= len("2006-01") && len(deref(b.Date)) >= len("2006-01") &&
			commonCount(participants(a, as), participants(b, bs)) > 0
	case signing:
		da, db := deref(a.Document), deref(b.Document)
		if event.NamedDocument(da) && event.NamedDocument(db) && event.SimilarNames(da, db) {
			return true
		}
		// the same text named in two languages or two wordings ("Perjanjian
		// tentang Tetangga Baik", "Treaty on Good-Neighbourliness")
		if ta, tb := contentTokens(da), contentTokens(db); similarTokens(ta, tb) {
			return true
		}
		ca, cb := countries(as), countries(bs)
		if !maps.Equal(ca, cb) || len(ca) < 2 || !genericDatesAgree(a, b) {
			return false
		}
		// the same kind of generic text signed by the same sides on the same
		// day, reported in two languages ("enam nota kesepahaman", "six
		// memorandums of understanding")
		if event.GenericSameKind(da, db) && firm(a.DateSource) && firm(b.DateSource) {
			return true
		}
		// one signing ceremony: every text signed or adopted by the same
		// states on the same day is one event, whatever its kind and however
		// a report words it (a list of MoUs, one MoU, the treaty, the joint
		// statement the leaders adopted there), unless the two reports place
		// it in different states. Two ceremonies of the same states differ
		// by day (the MoUs one day, the statement the next), a summit's
		// bilateral signings by their states, and an undated signing
		// belongs to none (the project's convention, ../shared/eval/real's
		// README: the documents of one ceremony share its cluster)
		return ceremonyDated(a) && ceremonyDated(b) && !placesConflict(a, b)
	}
	// a day apart, only reports of exactly the same parties, or of exactly
	// the same people, are one meeting: a report that conflates two
	// meetings of a trip ("X meets A, then B") must not bridge the next
	// day's talks with other parties (a visit's days are its own slack:
	// reports date it by any of them)
	if a.Mode != "visit" && !sameDay(a, b) && !maps.Equal(as, bs) {
		if pa, pb := personsOf(a), personsOf(b); len(pa) < 2 || commonPersons(pa, pb) < max(len(pa), len(pb)) {
			return false
		}
	}
	// two meetings of the same states by different people are different:
	// with two people named on each side, both must be the same; a visit
	// is one trip of its visitor, whom one report has meet the head of
	// government and another the head of state: one person in common
	if pa, pb := personsOf(a), personsOf(b); len(pa) > 0 && len(pb) > 0 {
		n := commonPersons(pa, pb)
		if n == 0 || (a.Mode != "visit" && len(pa) >= 2 && len(pb) >= 2 && n < 2) {
			return false
		}
	}
	common := commonCount(as, bs)
	return common >= 2 || (common >= 1 && len(as) == 1 && len(bs) == 1)
}

// keys gives add the keys of a mention of kind k, each marked as stored,
// looked up, or both, following same branch by branch.
func (k kind) keys(ev *record.Event, sides []string, add func(stored, lookup bool, key string)) {
	switch k {
	case summit:
		// by a content word of the name; by the place; and, with a
		// summit that has no place, by a participant (a summit with a
		// place files those apart, "+place", and looks up only those of
		// summits without one)
		place := placeKeyOf(ev)
		if place != "" {
			add(true, true, "place:"+place)
			if st, _ := placeState(deref(ev.Place)); st != "" {
				// a city and its country meet under the state (stateAndCity)
				add(true, true, "state:"+st)
			}
		}
		for _, t := range contentTokens(deref(ev.Name)) {
			add(true, true, "name:"+t)
		}
		ps := make([]string, 0, len(sides))
		for p := range participants(ev, setOf(sides)) {
			ps = append(ps, p)
		}
		sort.Strings(ps)
		for _, p := range ps {
			k := "party:" + p
			if place != "" {
				add(true, false, "+place|"+k)
				add(false, true, k)
				continue
			}
			add(true, true, k)
			add(false, true, "+place|"+k)
		}
	case signing:
		// by a word of a proper name (SimilarNames needs words in common),
		// by a content token (similarTokens), or by the states that signed
		// it: the same kind of generic text on a firmly read date, or a
		// ceremony's day
		doc := deref(ev.Document)
		if event.NamedDocument(doc) {
			for _, w := range nameWords(doc) {
				add(true, true, "doc:"+w)
			}
		}
		for _, t := range contentTokens(doc) {
			add(true, true, "doct:"+t)
		}
		var cs []string
		for _, s := range sides {
			if strings.HasPrefix(s, "country:") {
				cs = append(cs, s)
			}
		}
		sort.Strings(cs)
		cs = dedupe(cs)
		if len(cs) < 2 {
			return
		}
		states := strings.Join(cs, ",")
		if kind := event.DocKind(doc); kind != "" && firm(ev.DateSource) {
			add(true, true, "kind:"+kind+"|"+states)
		}
		if ceremonyDated(ev) {
			// any text the same states signed that day (the window holds
			// the day)
			add(true, true, "ceremony|"+states)
		}
	default:
		// by two sides in common, or the same single side when each has one
		ss := append([]string(nil), sides...)
		sort.Strings(ss)
		ss = dedupe(ss)
		var sideKeys []string
		if len(ss) == 1 {
			sideKeys = append(sideKeys, "side:"+ss[0])
		}
		for i := range ss {
			for j := i + 1; j < len(ss); j++ {
				sideKeys = append(sideKeys, "sides:"+ss[i]+","+ss[j])
			}
		}
		// and a person in common when both name people: an event naming
		// people looks up those naming one of them and those naming none;
		// an event naming none looks up all
		// (by the words of their ids: samePerson)
		seen := map[string]bool{}
		var persons []string
		for p := range personsOf(ev) {
			for _, t := range personWords(p) {
				if !seen[t] {
					seen[t] = true
					persons = append(persons, t)
				}
			}
		}
		sort.Strings(persons)
		for _, k := range sideKeys {
			add(true, false, k+"|any")
			if len(persons) == 0 {
				add(true, false, k+"|none")
				add(false, true, k+"|any")
				continue
			}
			add(false, true, k+"|none")
			for _, p := range persons {
				add(true, true, k+"|"+p)
			}
		}
	}
}

// nameWords are the distinct words of a summit's or a document's name in a
// form coarser than the one event.SimilarNames compares: normalised, each
// word naming a kind of document mapped to its kind (SimilarNames treats
// "agreement", "kesepakatan" and "perjanjian" alike, "nota kesepahaman" and
// "MoU" alike) and "joint" to "bersama" ("joint statement" reads as
// "pernyataan bersama"). Two names SimilarNames accepts share at least two
// words, so they share a key.
func nameWords(name string) []string {
	seen := map[string]bool{}
	var out []string
	for _, w := range strings.Fields(text.Normalize(name)) {
		if k := event.DocKind(w); k != "" {
			w = "kind:" + k
		} else if w == "joint" {
			w = "bersama"
		}
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

func dedupe(sorted []string) []string {
	out := sorted[:0]
	for i, s := range sorted {
		if i == 0 || s != sorted[i-1] {
			out = append(out, s)
		}
	}
	return out
}

func keyHash(s string) int64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return int64(h.Sum64())
}

// slack is how many days two reports of one event of this mode may differ
// by and still be compatible.
func slack(mode string) int {
	switch mode {
	case "visit":
		return 2 // a visit of several days is dated by different days of it
	}
	// outlets in different time zones, or dating a report by the day it is
	// published rather than the day it tells of, differ by a day (talks in
	// Tashkent in the evening are the next day's news in Jakarta); a
	// summit's eve and its day both appear in reports
	return 1
}

// dated reports whether a mention has a date that is one (YYYY, YYYY-MM or
// YYYY-MM-DD): a record read back from elsewhere may carry any string.
func dated(ev *record.Event) bool {
	_, ok := calendar.Parse(deref(ev.Date))
	return ok
}

// sameDay reports whether two mentions' dates are compatible without the
// day of slack their modes allow.
func sameDay(a, b *record.Event) bool {
	return calendar.Compatible(deref(a.Date), deref(a.DateEnd), deref(b.Date), deref(b.DateEnd), 0)
}

// genericDatesAgree: two signings known only by the kind of text and the
// states are one only on the same day (two days' lists are two
// ceremonies), or a day apart when one is dated only by the day its story
// tells of (a story dated by a visit's arrival tells of the next day's
// signing).
func genericDatesAgree(a, b *record.Event) bool {
	s := 0
	if a.DateSource == "doc" || b.DateSource == "doc" {
		s = 1
	}
	return calendar.Compatible(deref(a.Date), deref(a.DateEnd), deref(b.Date), deref(b.DateEnd), s)
}

// ceremonyDated reports whether a signing is dated well enough to be placed
// in a ceremony: to a day, read from the text or the day the story tells
// of, not assumed from the publication date.
func ceremonyDated(ev *record.Event) bool {
	return len(deref(ev.Date)) == len(day) && deref(ev.DateEnd) == "" &&
		(firm(ev.DateSource) || ev.DateSource == "doc")
}

// participants are the parties a summit's report names other than people
// (states, organisations; a leader stands for his state in its sides), and
// the organisations its name names ("KTT ke-43 ASEAN" is a summit of
// org:asean): an organisation's id is "org:" and its normalised short name.
func participants(ev *record.Event, sides map[string]bool) map[string]bool {
	out := map[string]bool{}
	for s := range sides {
		if !strings.HasPrefix(s, "person:") {
			out[s] = true
		}
	}
	for _, w := range nameWordsOf(deref(ev.Name)) {
		if !summitWords[w] && !nameStop[w] {
			out["org:"+w] = true
		}
	}
	return out
}

func setOf(ss []string) map[string]bool {
	m := make(map[string]bool, len(ss))
	for _, s := range ss {
		m[s] = true
	}
	return m
}

// family: a phone call and a meeting in person are different events.
func family(m string) string { return m }

// countries keeps the state sides of a side set.
func countries(s map[string]bool) map[string]bool {
	out := map[string]bool{}
	for x := range s {
		if strings.HasPrefix(x, "country:") {
			out[x] = true
		}
	}
	return out
}

// samePerson reports whether two person ids name one person: the words of
// one are among the other's ("person:lee" and "person:lee-hsien-loong"), as
// a report naming a leader in full and one naming him short are linked to
// two ids when no document ties them.
func samePerson(p, q string) bool {
	if p == q {
		return true
	}
	wp, wq := personWords(p), personWords(q)
	if len(wp) > len(wq) {
		wp, wq = wq, wp
	}
	for _, w := range wp {
		if !slices.Contains(wq, w) {
			return false
		}
	}
	return len(wp) > 0
}

func personWords(p string) []string {
	return strings.FieldsFunc(strings.TrimPrefix(p, "person:"), func(r rune) bool { return r == '-' })
}

// commonPersons counts the people of each set that the other names too
// (samePerson), the smaller of the two counts.
func commonPersons(pa, pb map[string]bool) int {
	count := func(x, y map[string]bool) int {
		n := 0
		for p := range x {
			for q := range y {
				if samePerson(p, q) {
					n++
					break
				}
			}
		}
		return n
	}
	return min(count(pa, pb), count(pb, pa))
}

func personsOf(e *record.Event) map[string]bool {
	out := map[string]bool{}
	for _, a := range e.Actors {
		if strings.HasPrefix(a, "person:") {
			out[a] = true
		}
	}
	return out
}

// firm reports whether an event's date was read from its sentence or a related
// one, not assumed from the story's day or the publication date.
func firm(src string) bool { return src == "text" || src == "context" }

func commonCount(a, b map[string]bool) int {
	n := 0
	for x := range a {
		if b[x] {
			n++
		}
	}
	return n
}
