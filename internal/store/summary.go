package store

import (
	"slices"

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
// It is the rule the SQLite backend keeps incrementally (its clusters.go)
// and the PostgreSQL backend through ClusterState.
func Summarize(ms []StoredMention) Summary {
	var st ClusterState
	seenGroup := map[int64]bool{}
	for i, m := range ms {
		st.Add(m, int64(i), !seenGroup[m.Group])
		seenGroup[m.Group] = true
	}
	return st.Summary()
}

// ClusterState is what a backend keeps of a cluster to update its summary
// one mention at a time, at a cost that does not grow with the number of
// mentions: the mentions by date and modality (each group with its first
// mention), the first place, name and document any mention gave, the
// actors, the counts and the span. It is stored as JSON beside the summary
// (the PostgreSQL backend's clusters.state). Adding the mentions of a
// cluster one by one, in the order they were stored, gives Summarize's
// summary.
type ClusterState struct {
	Dates []DateState `json:"dates"`
	// The first non-empty place, name and document of any mention.
	Place    string   `json:"place,omitempty"`
	Name     string   `json:"name,omitempty"`
	Document string   `json:"document,omitempty"`
	Actors   []string `json:"actors"`
	Sources  int      `json:"sources"`
	Mentions int      `json:"mentions"`
	// Meet is what every mention allows; Disjoint says they allow no
	// common day (then the best mention's span stands for the cluster).
	Meet     cluster.Span `json:"meet"`
	Disjoint bool         `json:"disjoint,omitempty"`
}

// DateState is a date group of a cluster with the fields of its first
// mention.
type DateState struct {
	DateGroup
	Best StoredMention `json:"best"`
}

// Add counts mention m, stored at position pos (a position or an id that
// orders mentions as stored, larger than any added before); newSource says
// that no mention added before comes from m's independent-source group.
func (s *ClusterState) Add(m StoredMention, pos int64, newSource bool) {
	occurred := m.Modality == "occurred"
	found := false
	for i := range s.Dates {
		if g := &s.Dates[i]; g.Date == m.Date && g.Occurred == occurred {
			g.N++
			found = true
			break
		}
	}
	if !found {
		best := m
		best.Actors, best.Group = nil, 0
		s.Dates = append(s.Dates, DateState{DateGroup{Date: m.Date, Occurred: occurred, N: 1, First: pos}, best})
	}
	firstOf(&s.Place, m.Place)
	firstOf(&s.Name, m.Name)
	firstOf(&s.Document, m.Document)
	if s.Actors == nil {
		s.Actors = []string{}
	}
	for _, a := range m.Actors {
		if !slices.Contains(s.Actors, a) {
			s.Actors = append(s.Actors, a)
		}
	}
	if newSource {
		s.Sources++
	}
	s.Mentions++
	if !s.Disjoint {
		var ok bool
		s.Meet, ok = s.Meet.Meet(cluster.SpanOf(mentionEvent(m)))
		s.Disjoint = !ok
	}
}

// Summary is the cluster's summary (Summarize's rule) from its state.
func (s *ClusterState) Summary() Summary {
	var out Summary
	if len(s.Dates) == 0 {
		return out
	}
	gs := make([]DateGroup, len(s.Dates))
	occurred := false
	for i, d := range s.Dates {
		gs[i] = d.DateGroup
		occurred = occurred || d.Occurred
	}
	b := s.Dates[BestGroup(gs)].Best
	out.Type, out.Mode, out.Date, out.DateEnd, out.Modality = b.Type, b.Mode, b.Date, b.DateEnd, b.Modality
	out.Place, out.Name, out.Document = b.Place, b.Name, b.Document
	firstOf(&out.Place, s.Place)
	firstOf(&out.Name, s.Name)
	firstOf(&out.Document, s.Document)
	if occurred {
		out.Modality = "occurred"
	}
	out.Actors = append([]string{}, s.Actors...)
	out.Sources, out.Mentions = s.Sources, s.Mentions
	out.Span = s.Meet
	if s.Disjoint {
		out.Span = cluster.SpanOf(mentionEvent(b))
	}
	return out
}

// firstOf sets *dst to v unless it holds a value already.
func firstOf(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
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
