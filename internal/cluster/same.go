package cluster

import (
	"hash/fnv"
	"maps"
	"sort"
	"strings"

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
	return kindOf(a).same(a, as, b, bs)
}

// Keys returns the blocking keys a store files an event under (stored) and
// the keys a new event looks up (lookup): any two events Same can match
// share a key, the new one's lookup with the stored one's stored keys. sides
// are the parties the event's actors stand for (Sides). Every key carries
// the type and mode family (Same requires both equal) and is hashed to 64
// bits: a collision only adds a candidate that Same rejects.
func Keys(ev *record.Event, sides []string) (stored, lookup []int64) {
	prefix := ev.Type + "|" + family(ev.Mode) + "|"
	kindOf(ev).keys(ev, sides, func(s, l bool, k string) {
		h := keyHash(prefix + k)
		if s {
			stored = append(stored, h)
		}
		if l {
			lookup = append(lookup, h)
		}
	})
	return stored, lookup
}

// PlaceKey returns the key of a summit filed by its place (Keys), and false
// for any other event. Between two summits that both name a place, Same
// decides by type, mode, place and dates alone, so a store may keep one row
// of this key per cluster and date bounds rather than one per report.
func PlaceKey(ev *record.Event) (int64, bool) {
	if kindOf(ev) != summit {
		return 0, false
	}
	place := text.Normalize(deref(ev.Place))
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
		// one summit is held in one place; without a place on both sides
		// its name decides
		pa, pb := text.Normalize(deref(a.Place)), text.Normalize(deref(b.Place))
		if pa != "" && pb != "" {
			return pa == pb
		}
		return event.SimilarNames(deref(a.Name), deref(b.Name))
	case signing:
		da, db := deref(a.Document), deref(b.Document)
		if event.NamedDocument(da) && event.NamedDocument(db) && event.SimilarNames(da, db) {
			return true
		}
		// the same kind of generic text signed by the same sides on the same
		// day, reported in two languages ("enam nota kesepahaman", "six
		// memorandums of understanding")
		return event.GenericSameKind(da, db) && maps.Equal(countries(as), countries(bs)) && len(countries(as)) >= 2 &&
			firm(a.DateSource) && firm(b.DateSource)
	}
	// two meetings of the same states by different people are different:
	// with two people named on each side, both must be the same
	if pa, pb := personsOf(a), personsOf(b); len(pa) > 0 && len(pb) > 0 {
		if n := commonCount(pa, pb); n == 0 || (len(pa) >= 2 && len(pb) >= 2 && n < 2) {
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
		// by the place when both have one; a summit with a place is compared
		// by name only with summits without one, so its name words are
		// filed apart ("name+place") and looked up by summits without one
		place := text.Normalize(deref(ev.Place))
		words := nameWords(deref(ev.Name))
		if place != "" {
			add(true, true, "place:"+place)
			for _, w := range words {
				add(true, false, "name+place:"+w)
				add(false, true, "name:"+w)
			}
			return
		}
		for _, w := range words {
			add(true, true, "name:"+w)
			add(false, true, "name+place:"+w)
		}
	case signing:
		// by a word of a proper name (SimilarNames needs words in common),
		// or by the kind of a generic text and the two or more states that
		// signed it on a firmly read date
		doc := deref(ev.Document)
		if event.NamedDocument(doc) {
			for _, w := range nameWords(doc) {
				add(true, true, "doc:"+w)
			}
		}
		if kind := event.DocKind(doc); kind != "" && firm(ev.DateSource) {
			var cs []string
			for _, s := range sides {
				if strings.HasPrefix(s, "country:") {
					cs = append(cs, s)
				}
			}
			if len(cs) >= 2 {
				sort.Strings(cs)
				add(true, true, "kind:"+kind+"|"+strings.Join(dedupe(cs), ","))
			}
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
		var persons []string
		for p := range personsOf(ev) {
			persons = append(persons, p)
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
	case "multilateral":
		return 1 // reports differ on whether a summit's eve or its day counts
	case "visit":
		return 2 // a visit of several days is dated by different days of it
	}
	return 0
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
