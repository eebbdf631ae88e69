package event

import (
	"maps"
	"strings"

	"kronik/internal/calendar"
	"kronik/internal/record"
	"kronik/internal/text"
)

// dateRank orders how a date was found: read from the event's own sentence beats
// one carried over from a related sentence, the story's day, or the publication
// date.
var dateRank = map[string]int{"text": 4, "context": 3, "doc": 2, "published": 1, "": 0}

// maxLookback bounds how many of a document's events, the latest found, a new
// mention is compared with. A news story reports tens of events; a document
// of thousands (a page of repeated text, a dump) would otherwise cost the
// square of its length, since every mention is compared with every event
// found before it.
const maxLookback = 256

// lookback is the part of cands a new mention is compared with.
func lookback(cands []*candidate) []*candidate {
	if len(cands) > maxLookback {
		return cands[len(cands)-maxLookback:]
	}
	return cands
}

// addCandidate joins a new mention to the event it repeats, if any, and
// otherwise adds it: the summit named in the lede and again in the fifth
// paragraph, the talks reported and then recalled ("dalam pembicaraan mereka"),
// are one event of the document.
func addCandidate(cands []*candidate, c *candidate) []*candidate {
	for _, o := range lookback(cands) {
		if sameEvent(o, c) {
			absorb(o, c)
			if c.last > o.last {
				o.last = c.last
			}
			return cands
		}
	}
	return append(cands, c)
}

func sameEvent(a, b *candidate) bool {
	if a.ev.Type != b.ev.Type || modeFamily(a.ev.Mode) != modeFamily(b.ev.Mode) {
		return false
	}
	// dates read from the text or carried over from a related sentence must
	// agree (with two days of slack for a visit of several days)
	slack := 0
	if a.ev.Mode == "visit" {
		slack = 2
	}
	if dateRank[a.dateFrom] >= dateRank["context"] && dateRank[b.dateFrom] >= dateRank["context"] && !calendar.Compatible(deref(a.ev.Date), deref(a.ev.DateEnd), deref(b.ev.Date), deref(b.ev.DateEnd), slack) && !tripSummitDay(a, b) {
		return false
	}
	if a.last == b.sent && a.ev.Type == "CONSULT" && a.ev.Mode != "multilateral" && sameSides(a, b) {
		return true // two triggers of one meeting in one sentence
	}
	// (the same two people meeting on the same day meet once, whatever the
	// places say: "di Kairo" may place another clause, "di Istana X" the talks)
	if a.ev.Place != nil && b.ev.Place != nil && !placesCompatible(a, b) && !(a.ev.Type == "CONSULT" && sameDayPeople(a, b)) {
		return false
	}
	switch {
	case a.ev.Type == "AGREE":
		// (quotation marks around a name are no part of it: "sebuah
		// “Perjanjian tentang ...”" names the treaty named later without them)
		da, db := unquoted.Replace(deref(a.ev.Document)), unquoted.Replace(deref(b.ev.Document))
		// named texts match by name; generic ones ("perjanjian kerja sama
		// pertahanan", "perjanjian kerja sama teknik") only with the same sides
		// two signing verbs in one sentence sign one text ("menandatangani dan
		// mengeluarkan Deklarasi Tianjin") unless they name texts of different
		// kinds ("signed a defence agreement and issued a joint statement")
		if a.last == b.sent && (DocKind(da) == DocKind(db) || DocKind(da) == "" || DocKind(db) == "") {
			return true
		}
		if named(da) && named(db) && SimilarNames(da, db) {
			return true
		}
		if SimilarNames(da, db) && sameSidesStrict(a, b) {
			return true
		}
		// texts of one kind that share a proper word ("Jakarta Declaration" in
		// a headline, "the Jakarta Declaration" in the lede) are one text even
		// when each mention names only one side: a proper word is not shared
		// by chance the way "kerja sama" is
		if DocKind(da) != "" && DocKind(da) == DocKind(db) && shareProperWord(da, db) && shareActor(a, b) {
			return true
		}
		// generic documents signed by the same two sides on the same day
		// ("Penandatanganan Enam MoU RI-Vietnam" in the headline, "menandatangani
		// enam nota kesepahaman" in the lede) are one signing
		// (a headline's assumed date does not keep it from the body's signing)
		return sameKindInDocument(deref(a.ev.Document), deref(b.ev.Document)) && sameSidesStrict(a, b) &&
			(dateRank[a.dateFrom] < dateRank["context"] || dateRank[b.dateFrom] < dateRank["context"] ||
				calendar.Compatible(deref(a.ev.Date), deref(a.ev.DateEnd), deref(b.ev.Date), deref(b.ev.DateEnd), 0))
	case a.ev.Mode == "multilateral":
		// two summits with names of their own ("KTT ASEAN ke-47", "KTT Asia
		// Timur") held in one city in the same days are two summits
		na, nb := summitName(deref(a.ev.Name)), summitName(deref(b.ev.Name))
		return na == "" || nb == "" || SimilarNames(na, nb) || na == nb
	case a.ev.Type == "CONSULT":
		return sameSides(a, b)
	default:
		return a.last == b.sent && shareActor(a, b)
	}
}

// tripSummitDay reports whether one of two mentions of a summit is dated by
// the arrival of a trip made for it and the other falls within the week that
// follows ("Xi arrived on Monday for the summit", "the summit on
// Tuesday"): the summit may begin after the guests arrive.
func tripSummitDay(a, b *candidate) bool {
	if a.ev.Mode != "multilateral" || a.tripSummit == b.tripSummit {
		return false
	}
	trip, other := a, b
	if b.tripSummit {
		trip, other = b, a
	}
	t, o := deref(trip.ev.Date), deref(other.ev.Date)
	return precisionOf(t) == calendar.Day && precisionOf(o) == calendar.Day && !after(t, o) && !after(o, addDays(t, 7))
}

// sameTextDay reports whether two mentions are dated from their own text to
// the same day.
func sameTextDay(a, b *candidate) bool {
	return a.dateFrom == "text" && b.dateFrom == "text" && precisionOf(deref(a.ev.Date)) == calendar.Day && deref(a.ev.Date) == deref(b.ev.Date)
}

// sameDayPeople reports whether two mentions are dated from the text to the
// same day and name the same two people or more.
func sameDayPeople(a, b *candidate) bool {
	if !sameTextDay(a, b) {
		return false
	}
	n := 0
	pb := persons(b)
	for x := range persons(a) {
		if pb[x] {
			n++
		}
	}
	return n >= 2
}

// modeFamily: a phone call and a meeting in person are different events, even
// between the same leaders in the same month.
func modeFamily(m string) string { return m }

// placesCompatible: the same place, or a place and the country it lies in
// ("Riyadh" and "Arab Saudi" for one visit).
func placesCompatible(a, b *candidate) bool {
	if samePlace(*a.ev.Place, *b.ev.Place) {
		return true
	}
	pa, pb := a.placeEnt, b.placeEnt
	// a place of no known state (a residence, a retreat, a suburb: "tiba
	// di Tokyo", "disambut di vila X") on the day the text gives the visit
	// lies, as far as anything says, in the host country: one visit (the
	// sides are compared after)
	if a.ev.Mode == "visit" && unplaced(pa) != unplaced(pb) && sameTextDay(a, b) {
		return true
	}
	if pa == nil || pb == nil {
		return false
	}
	// a visit moves within the host country: "tiba di Jakarta", "disambut di
	// Istana Merdeka" are one visit
	if a.ev.Mode == "visit" && pa.Country != "" && pa.Country == pb.Country {
		return true
	}
	return pa.Country == pb.ID || pb.Country == pa.ID
}

// unplaced reports whether a place names no state the knowledge base knows
// it in.
func unplaced(e *record.Entity) bool {
	return e == nil || e.Type == "PLACE" && e.Country == ""
}

func samePlace(a, b string) bool {
	return text.Normalize(a) == text.Normalize(b)
}

// sameSides reports whether two mentions of talks or visits have the same
// parties: two sides in common, or one side in common where one mention names
// only one side ("dalam pembicaraannya, Xi ..."). Two meetings that share one
// participant are different meetings.
func sameSides(a, b *candidate) bool {
	// two meetings of the same two states by different people (the presidents,
	// then the foreign ministers) are two meetings
	if pa, pb := persons(a), persons(b); len(pa) > 0 && len(pb) > 0 {
		n := 0
		for x := range pa {
			if pb[x] {
				n++
			}
		}
		// with two people named in each, both must be the same: the talks with
		// the minister and the call on the president are two meetings
		if n == 0 || (len(pa) >= 2 && len(pb) >= 2 && n < 2) {
			return false
		}
	}
	sa, sb := sidesOf(a.ev.Actors, a.byID), sidesOf(b.ev.Actors, b.byID)
	common := 0
	for x := range sa {
		if sb[x] {
			common++
		}
	}
	return common >= 2 || (common == 1 && (len(sa) == 1 || len(sb) == 1))
}

// GenericSameKind reports whether two document names are both generic (no
// proper name) and of the same kind: "enam nota kesepahaman" and "six
// memorandums of understanding" are; "pernyataan bersama" and "six MoUs" are not.
func GenericSameKind(a, b string) bool {
	ka, kb := DocKind(a), DocKind(b)
	// a generic mention may stand for a named text ("pernyataan bersama" for
	// "Pernyataan Bersama tentang ..."); two different names may not match
	return !(named(a) && named(b)) && ka != "" && ka == kb
}

// sameKindInDocument is GenericSameKind within one document, where a
// headline's umbrella word ("six deals", "kesepakatan") stands for the text the
// body names.
// Each name's kind is read once; the umbrella words only when the kinds differ.
func sameKindInDocument(a, b string) bool {
	ka, kb := DocKind(a), DocKind(b)
	return ka != "" && kb != "" && (ka == kb || umbrella(a) || umbrella(b)) && !(named(a) && named(b))
}

// umbrella reports whether a document name is only the umbrella word for
// signed texts ("six deals", "kesepakatan").
func umbrella(doc string) bool {
	for _, w := range strings.Fields(text.Normalize(doc)) {
		if umbrellaWords[w] {
			return true
		}
	}
	return false
}

// docKinds lists the kinds of signed text by the words that name them, in both
// languages, most specific first.
var docKinds = []struct{ kind, words string }{
	{"mou", "mou mous memorandum memorandums memoranda kesepahaman"},
	{"statement", "pernyataan statement komunike communique"},
	{"declaration", "deklarasi declaration"},
	{"plan", "rencana plan roadmap peta"},
	{"treaty", "traktat treaty konvensi convention piagam charter"},
	{"agreement", "perjanjian agreement agreements kesepakatan deal deals accord accords pact pacts pakta persetujuan kontrak contract contracts protokol protocol pengaturan arrangement arrangements"},
	{"document", "dokumen document documents naskah"},
}

// kindOfWord maps each word of docKinds to its kind's rank in docKinds; built
// once, read only.
var kindOfWord = func() map[string]int {
	m := map[string]int{}
	for i, k := range docKinds {
		for _, w := range strings.Fields(k.words) {
			if _, ok := m[w]; !ok {
				m[w] = i
			}
		}
	}
	return m
}()

// DocKind names the kind of a signed text ("mou", "statement", "agreement"...),
// or "" when no word of the name says. The most specific kind named wins.
func DocKind(doc string) string {
	best := len(docKinds)
	for _, w := range strings.Fields(text.Normalize(doc)) {
		if i, ok := kindOfWord[w]; ok && i < best {
			best = i
		}
	}
	if best == len(docKinds) {
		return ""
	}
	return docKinds[best].kind
}

// summitName is what distinguishes a summit's name: its capitalised words
// other than the words for a summit ("KTT ASEAN ke-47" -> "asean ke-47"), or
// "" when the name is only a generic word ("KTT", "the summit").
func summitName(n string) string {
	var out []string
	for _, w := range strings.Fields(n) {
		w = strings.Trim(w, "(),") // an acronym in brackets: "(HLSCC)"
		lw := strings.ToLower(w)
		if summitNounWords[lw] {
			continue
		}
		if startsUpper(w) || strings.HasPrefix(lw, "ke-") {
			out = append(out, lw)
		}
	}
	return strings.Join(out, " ")
}

// NamedDocument reports whether a document has a proper name ("Deklarasi
// Bali"), not only a generic noun ("nota kesepahaman").
func NamedDocument(doc string) bool { return named(doc) }

// named reports whether a document has a proper name: two capitalised words
// ("Deklarasi Bali"), not an acronym or a generic noun ("MoU", "nota kesepahaman").
func named(doc string) bool {
	caps := 0
	for _, w := range strings.Fields(doc) {
		lw := strings.ToLower(strings.Trim(w, "(),"))
		// a headline capitalises every word: the kind of text ("MoU"), a
		// number ("Enam") and the parties ("RI-Vietnam") do not name it
		if kindWord(lw) || numberWord(lw) || strings.Contains(w, "-") {
			continue
		}
		if startsUpper(w) && strings.ToUpper(w) != w {
			caps++
		}
	}
	return caps >= 2
}

// shareProperWord reports whether two document names share a capitalised
// word that is neither the kind of text, a number nor a determiner.
func shareProperWord(a, b string) bool {
	proper := func(doc string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(doc) {
			w = strings.Trim(w, "(),“”\"'")
			lw := strings.ToLower(w)
			if !startsUpper(w) || kindWord(lw) || numberWord(lw) || articles[lw] {
				continue
			}
			m[lw] = true
		}
		return m
	}
	pb := proper(b)
	for w := range proper(a) {
		if pb[w] {
			return true
		}
	}
	return false
}

func kindWord(w string) bool {
	_, ok := kindOfWord[w]
	return ok || jointWords[w]
}

func numberWord(w string) bool {
	return numberWords[w]
}

// sameSidesStrict: the same two or more sides.
// When both name two states or more, the states decide: a person whose state
// the knowledge base does not know ("the two ministers" named in the body, the
// states in the headline) adds no side of its own.
func sameSidesStrict(a, b *candidate) bool {
	if ca, cb := countryActors(a.ev.Actors, a.byID), countryActors(b.ev.Actors, b.byID); len(ca) >= 2 && len(cb) >= 2 {
		return maps.Equal(ca, cb)
	}
	sa, sb := sidesOf(a.ev.Actors, a.byID), sidesOf(b.ev.Actors, b.byID)
	return len(sa) >= 2 && maps.Equal(sa, sb)
}

func persons(c *candidate) map[string]bool {
	out := map[string]bool{}
	for _, a := range c.ev.Actors {
		if strings.HasPrefix(a, "person:") {
			out[a] = true
		}
	}
	return out
}

func overlap(a, b map[string]bool) bool {
	for x := range a {
		if b[x] {
			return true
		}
	}
	return false
}

func shareActor(a, b *candidate) bool {
	for x := range a.actorSet {
		if b.actorSet[x] {
			return true
		}
	}
	return false
}

func absorb(o, c *candidate) {
	// the latest mention says how the event stands when the story goes on
	if c.last >= o.last {
		o.arrival = c.arrival
		if c.lastDate != nil {
			o.lastDate, o.lastDateEnd = c.lastDate, c.lastDateEnd
		}
	}
	for _, a := range c.ev.Actors {
		if !o.actorSet[a] {
			o.actorSet[a] = true
			o.ev.Actors = append(o.ev.Actors, a)
		}
	}
	better := dateRank[c.dateFrom] > dateRank[o.dateFrom] ||
		(c.dateFrom == "text" && o.dateFrom == "text" && precisionOf(deref(c.ev.Date)) > precisionOf(deref(o.ev.Date)))
	// a summit's own date beats the arrival day of a trip made for it
	if o.tripSummit != c.tripSummit && dateRank[o.dateFrom] >= dateRank["context"] && dateRank[c.dateFrom] >= dateRank["context"] {
		better = o.tripSummit
	}
	o.tripSummit = o.tripSummit && c.tripSummit
	if better {
		o.ev.Date, o.ev.DateEnd, o.dateFrom = c.ev.Date, c.ev.DateEnd, c.dateFrom
		if c.dateFrom == "text" && o.ev.Modality == c.ev.Modality {
			o.ev.Evidence = c.ev.Evidence
		}
	}
	if o.ev.Place == nil {
		o.ev.Place, o.placeEnt = c.ev.Place, c.placeEnt
	}
	if len(deref(c.ev.Name)) > len(deref(o.ev.Name)) {
		o.ev.Name = c.ev.Name
	}
	// a specific text replaces a headline's umbrella word ("six deals") and a
	// capitalised name a generic one
	if o.ev.Document == nil || (c.ev.Document != nil && (umbrella(*o.ev.Document) && !umbrella(*c.ev.Document) ||
		startsUpper(*c.ev.Document) && !startsUpper(*o.ev.Document))) {
		if c.ev.Document != nil {
			o.ev.Document = c.ev.Document
		}
	}
	if c.ev.Modality == "occurred" && o.ev.Modality != "occurred" {
		o.ev.Modality = "occurred"
		o.ev.Evidence = c.ev.Evidence
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// SimilarNames reports whether two names of a document or gathering are the same
// name: equal after normalisation, or sharing most of their content words.
func SimilarNames(a, b string) bool {
	na, nb := docSynonyms.Replace(text.Normalize(a)), docSynonyms.Replace(text.Normalize(b))
	if na == "" || nb == "" {
		return false
	}
	if na == nb {
		return true
	}
	wa, wb := strings.Fields(na), strings.Fields(nb)
	set := map[string]bool{}
	for _, w := range wa {
		set[w] = true
	}
	common := 0
	for _, w := range wb {
		if set[w] {
			common++
		}
	}
	small := len(wa)
	if len(wb) < small {
		small = len(wb)
	}
	return small > 0 && float64(common) >= 0.6*float64(small) && common >= 2
}

// docSynonyms maps the names of kinds of document in both languages to one
// form, so that "MoU", "nota kesepahaman" and "memorandum of understanding" or
// "pernyataan bersama" and "joint statement" compare equal.
var docSynonyms = strings.NewReplacer(
	"memorandum of understanding", "mou", "memorandums of understanding", "mou", "memoranda of understanding", "mou",
	"nota kesepahaman", "mou", "mous", "mou",
	"joint statement", "pernyataan bersama", "joint declaration", "deklarasi bersama",
	"agreements", "perjanjian", "agreement", "perjanjian", "kesepakatan", "perjanjian",
	"declaration", "deklarasi", "treaty", "traktat",
)

// dayDiff is the number of days from day b to day a (both YYYY-MM-DD), or
// 1<<20 when either is not a day.
func dayDiff(a, b string) int {
	ta, ok1 := calendar.ParseDay(a)
	tb, ok2 := calendar.ParseDay(b)
	if !ok1 || !ok2 {
		return 1 << 20
	}
	return ta.Sub(tb)
}

// unquoted drops the quotation marks a document's name may carry in the text.
var unquoted = strings.NewReplacer("“", "", "”", "", "\"", "", "‘", "", "’", "", "'", "", "«", "", "»", "")
