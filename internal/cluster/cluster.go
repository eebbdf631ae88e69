// Package cluster finds what several documents share: near-duplicate documents
// (one wire story republished by several outlets) and event mentions that are
// one real-world event, which get one cluster id and a count of independent
// sources.
package cluster

import (
	"crypto/sha1"
	"encoding/hex"
	"hash/fnv"
	"maps"
	"sort"
	"strings"

	"kronik/internal/event"
	"kronik/internal/record"
	"kronik/internal/text"
)

// shingleSize is the number of words in a shingle; five words are long enough
// that two independently written articles rarely share many of them, short
// enough that light edits of a wire story leave most intact.
const shingleSize = 5

// DuplicateThreshold is the Jaccard similarity of shingle sets above which two
// documents count as copies of one story.
const DuplicateThreshold = 0.6

// Shingles returns the hashed word 5-gram set of a text.
func Shingles(s string) map[uint64]bool {
	ws := strings.Fields(text.Normalize(s))
	out := make(map[uint64]bool, len(ws))
	for i := 0; i+shingleSize <= len(ws); i++ {
		h := fnv.New64a()
		for _, w := range ws[i : i+shingleSize] {
			h.Write([]byte(w))
			h.Write([]byte{' '})
		}
		out[h.Sum64()] = true
	}
	return out
}

// Jaccard is the similarity of two shingle sets.
func Jaccard(a, b map[uint64]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}

// Duplicates returns, for each text, the index of the first earlier text it
// near-duplicates, or -1.
func Duplicates(texts []string) []int {
	sh := make([]map[uint64]bool, len(texts))
	for i, t := range texts {
		sh[i] = Shingles(t)
	}
	out := make([]int, len(texts))
	for i := range texts {
		out[i] = -1
		for j := 0; j < i; j++ {
			if out[j] == -1 && Jaccard(sh[i], sh[j]) >= DuplicateThreshold {
				out[i] = j
				break
			}
		}
	}
	return out
}

// mention is one event of one record, with what clustering compares.
type mention struct {
	rec   int
	ev    *record.Event
	sides map[string]bool
}

// Assign gives every event of recs a cluster id shared by the mentions of one
// real-world event across the records, sets each event's count of independent
// sources, and marks near-duplicate records. Records must carry Text for
// duplicate detection; without it every record is its own source.
func Assign(recs []*record.Record) {
	texts := make([]string, len(recs))
	for i, r := range recs {
		texts[i] = r.Text
	}
	dup := Duplicates(texts)
	source := make([]int, len(recs)) // independent source of each record
	for i := range recs {
		source[i] = i
		if dup[i] >= 0 && recs[i].Text != "" {
			source[i] = source[dup[i]]
			recs[i].DuplicateOf = recs[dup[i]].Source
		}
	}

	var ms []*mention
	for ri, r := range recs {
		for ei := range r.Events {
			ms = append(ms, &mention{rec: ri, ev: &r.Events[ei], sides: Sides(r, &r.Events[ei])})
		}
	}
	parent := make([]int, len(ms))
	span := make([]Span, len(ms)) // of each root's cluster
	for i := range parent {
		parent[i] = i
		span[i] = SpanOf(ms[i].ev)
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i := range ms {
		for j := i + 1; j < len(ms); j++ {
			if ms[i].rec == ms[j].rec {
				continue // the event stage already merged within a document
			}
			ri, rj := find(i), find(j)
			if ri == rj || !Same(ms[i].ev, ms[i].sides, ms[j].ev, ms[j].sides) {
				continue
			}
			// Two clusters join only when every mention of both allows a
			// common day: a mention matching one member of each does not
			// chain them.
			if sp, ok := span[ri].Meet(span[rj]); ok {
				parent[rj] = ri
				span[ri] = sp
			}
		}
	}
	groups := map[int][]*mention{}
	for i, m := range ms {
		groups[find(i)] = append(groups[find(i)], m)
	}
	for _, g := range groups {
		id := clusterID(g, recs)
		srcs := map[int]bool{}
		for _, m := range g {
			srcs[source[m.rec]] = true
		}
		for _, m := range g {
			m.ev.Cluster = id
			m.ev.Sources = len(srcs)
		}
	}
}

// Sides maps an event's actors to the parties they stand for: a person with a
// known state stands for that state.
func Sides(r *record.Record, ev *record.Event) map[string]bool {
	byID := map[string]*record.Entity{}
	for i := range r.Entities {
		byID[r.Entities[i].ID] = &r.Entities[i]
	}
	out := map[string]bool{}
	for _, a := range ev.Actors {
		if e := byID[a]; e != nil && e.Type == "PERSON" && e.Country != "" {
			out[e.Country] = true
			continue
		}
		out[a] = true
	}
	return out
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// Same reports whether two event mentions from different documents are one
// real-world event: same type and mode, compatible dates, and the same
// identifying arguments (place or name for a summit, parties for talks and
// visits, the document for a signing).
func Same(a *record.Event, as map[string]bool, b *record.Event, bs map[string]bool) bool {
	if a.Type != b.Type || family(a.Mode) != family(b.Mode) {
		return false
	}
	if a.Mode == "visit" && (a.Modality == "planned") != (b.Modality == "planned") {
		return false // a visit planned and one made are different trips
	}
	if !event.DatesCompatible(deref(a.Date), deref(a.DateEnd), deref(b.Date), deref(b.DateEnd), slack(a.Mode)) {
		return false
	}
	if a.Date == nil || b.Date == nil {
		return false // an undated mention is too weak to join a cluster
	}
	switch {
	case a.Mode == "multilateral":
		pa, pb := text.Normalize(deref(a.Place)), text.Normalize(deref(b.Place))
		if pa != "" && pb != "" {
			return pa == pb
		}
		return event.SimilarNames(deref(a.Name), deref(b.Name))
	case a.Type == "AGREE":
		da, db := deref(a.Document), deref(b.Document)
		if event.NamedDocument(da) && event.NamedDocument(db) && event.SimilarNames(da, db) {
			return true
		}
		// the same kind of generic text signed by the same sides on the same
		// day, reported in two languages ("enam nota kesepahaman", "six
		// memorandums of understanding")
		return event.GenericSameKind(da, db) && maps.Equal(countries(as), countries(bs)) && len(countries(as)) >= 2 &&
			firm(a.DateSource) && firm(b.DateSource)
	default:
		// two meetings of the same states by different people are different:
		// with two people named on each side, both must be the same
		if pa, pb := personsOf(a), personsOf(b); len(pa) > 0 && len(pb) > 0 {
			if n := commonCount(pa, pb); n == 0 || (len(pa) >= 2 && len(pb) >= 2 && n < 2) {
				return false
			}
		}
		common := 0
		for s := range as {
			if bs[s] {
				common++
			}
		}
		return common >= 2 || (common >= 1 && len(as) == 1 && len(bs) == 1)
	}
}

// slack is how many days two reports of one event of this mode may differ
// by and still be compatible.
func slack(mode string) int {
	switch mode {
	case "multilateral":
		return 1 // reports differ on whether a summit's eve or its day counts
	case "visit":
		return 2 // a visit of several days is dated by different days of it
	}
	return 0
}

// Span is the days a cluster's mentions all allow: the intersection of their
// dates, a date given to the day with its last day moved later by its mode's
// slack (so that the eve and the day of a summit overlap, as Same allows).
// A month or a year gets no slack: it already covers its days, and with
// slack March and April would overlap. Same compares two mentions;
// a cluster's span keeps reports that each match one member but not each
// other (a year-dated report between a March and an April summit, summits
// in adjacent months one day of slack apart) from chaining into one event.
// Lo and Hi are YYYY-MM-DD; an empty Lo is an undated span, which allows
// every day.
type Span struct {
	Lo, Hi string
}

// SpanOf returns the days an event's date allows (see Span).
func SpanOf(ev *record.Event) Span {
	lo, hi, ok := event.DateBounds(deref(ev.Date))
	if !ok {
		return Span{}
	}
	if end := deref(ev.DateEnd); end != "" {
		if _, e, ok := event.DateBounds(end); ok && !e.Before(lo) {
			hi = e
		}
	}
	if len(deref(ev.Date)) == len(day) && (deref(ev.DateEnd) == "" || len(deref(ev.DateEnd)) == len(day)) {
		hi = hi.AddDate(0, 0, slack(ev.Mode))
	}
	return Span{Lo: lo.Format(day), Hi: hi.Format(day)}
}

const day = "2006-01-02"

// Meet returns the days both spans allow, and false when there are none.
func (s Span) Meet(o Span) (Span, bool) {
	if s.Lo == "" {
		return o, true
	}
	if o.Lo == "" {
		return s, true
	}
	out := s
	if o.Lo > out.Lo {
		out.Lo = o.Lo
	}
	if o.Hi < out.Hi {
		out.Hi = o.Hi
	}
	return out, out.Lo <= out.Hi
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

func intersects(a, b map[string]bool) bool {
	for x := range a {
		if b[x] {
			return true
		}
	}
	return false
}

// clusterID is derived from the cluster's content, so the same inputs give the
// same ids on every run: the earliest-dated mention's type, mode, date, place,
// parties, evidence and document, so that two different events alike in all
// their arguments (two visits dated "2026" between the same states) differ.
func clusterID(g []*mention, recs []*record.Record) string {
	sort.SliceStable(g, func(i, j int) bool { return deref(g[i].ev.Date) < deref(g[j].ev.Date) })
	m := g[0]
	parts := []string{m.ev.Type, m.ev.Mode, deref(m.ev.Date), text.Normalize(deref(m.ev.Place)), text.Normalize(deref(m.ev.Document)),
		recs[m.rec].Hash + recs[m.rec].Source, m.ev.Evidence.Text}
	var ss []string
	for s := range m.sides {
		ss = append(ss, s)
	}
	sort.Strings(ss)
	parts = append(parts, ss...)
	h := sha1.Sum([]byte(strings.Join(parts, "|")))
	return "evt:" + hex.EncodeToString(h[:6])
}
