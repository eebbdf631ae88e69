package store

import (
	"kronik/internal/cluster"
	"kronik/internal/record"
)

// StoredMention is one stored report of an event, as a backend reads it back
// to summarise the event's cluster (Summarize).
type StoredMention struct {
	Type, Mode, Date, DateEnd, Place, Name, Document, Modality string
	Actors                                                     []string
	// Group is the report's independent source (DocRef.Group).
	Group int64
}

// Summary is what a backend keeps of a cluster beside its mentions: the
// fields of store.Cluster that summarise them, and the span of days every
// mention allows (cluster.Span), which later reports must meet to join.
type Summary struct {
	Type, Mode, Date, DateEnd, Place, Name, Document, Modality string
	Actors                                                     []string // in order of first appearance
	Sources, Mentions                                          int
	Span                                                       cluster.Span
}

// Summarize computes a cluster's summary from all its mentions, given in the
// order they were stored. The summary takes the fields of the best mention:
// one that reports the event as having happened, then the most precise date,
// then the date most mentions give (a summit's eve and its day both appear
// in reports), then the earliest; among mentions alike in all of these, the
// first stored. Place, name and document the best mention lacks come from
// the first mention that has them. Actors are the union of the mentions'
// actors in the order they first appear; sources count the distinct
// independent-source groups. The span is what every mention allows; when
// the mentions allow no common day (stores written before spans existed),
// the best mention's span stands for the cluster.
//
// It is the rule the SQLite backend keeps incrementally (its clusters.go),
// written here once for backends that recompute it.
func Summarize(ms []StoredMention) Summary {
	var s Summary
	if len(ms) == 0 {
		return s
	}
	var groups []DateGroup
	at := map[DateGroup]int{} // each (date, occurred) group's index in groups
	for i, m := range ms {
		k := DateGroup{Date: m.Date, Occurred: m.Modality == "occurred"}
		j, ok := at[k]
		if !ok {
			j = len(groups)
			at[k] = j
			groups = append(groups, DateGroup{Date: m.Date, Occurred: k.Occurred, First: int64(i)})
		}
		groups[j].N++
	}
	b := ms[groups[BestGroup(groups)].First]
	s.Type, s.Mode, s.Date, s.DateEnd, s.Modality = b.Type, b.Mode, b.Date, b.DateEnd, b.Modality
	s.Place, s.Name, s.Document = b.Place, b.Name, b.Document
	seenActor := map[string]bool{}
	seenGroup := map[int64]bool{}
	s.Actors = []string{}
	span, spanOK := cluster.Span{}, true
	for _, m := range ms {
		if s.Place == "" {
			s.Place = m.Place
		}
		if s.Name == "" {
			s.Name = m.Name
		}
		if s.Document == "" {
			s.Document = m.Document
		}
		if m.Modality == "occurred" {
			s.Modality = "occurred"
		}
		for _, a := range m.Actors {
			if !seenActor[a] {
				seenActor[a] = true
				s.Actors = append(s.Actors, a)
			}
		}
		seenGroup[m.Group] = true
		if spanOK {
			span, spanOK = span.Meet(cluster.SpanOf(mentionEvent(m)))
		}
	}
	if !spanOK {
		span = cluster.SpanOf(mentionEvent(b))
	}
	s.Span = span
	s.Sources, s.Mentions = len(seenGroup), len(ms)
	return s
}

func mentionEvent(m StoredMention) *record.Event {
	ev := &record.Event{Mode: m.Mode}
	if m.Date != "" {
		ev.Date = &m.Date
	}
	if m.DateEnd != "" {
		ev.DateEnd = &m.DateEnd
	}
	return ev
}

// DateGroup is the mentions of a cluster with one date and one modality class
// (occurred or not): N of them, the first stored being First (a position or
// an id that orders mentions as stored).
type DateGroup struct {
	Date     string
	Occurred bool
	N        int
	First    int64
}

// BestGroup returns the index in gs of the group whose first mention is the
// cluster's best (Summarize's rule), or -1 when gs is empty. Backends that
// keep date groups incrementally choose with it as Summarize does.
func BestGroup(gs []DateGroup) int {
	votes := map[string]int{}
	for _, g := range gs {
		votes[g.Date] += g.N
	}
	better := func(a, b DateGroup) bool {
		if a.Occurred != b.Occurred {
			return a.Occurred
		}
		if len(a.Date) != len(b.Date) {
			return len(a.Date) > len(b.Date)
		}
		if votes[a.Date] != votes[b.Date] {
			return votes[a.Date] > votes[b.Date]
		}
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		return a.First < b.First
	}
	best := -1
	for i, g := range gs {
		if best < 0 || better(g, gs[best]) {
			best = i
		}
	}
	return best
}
