// Package cluster finds what several documents share: near-duplicate documents
// (one wire story republished by several outlets) and event mentions that are
// one real-world event, which get one cluster id and a count of independent
// sources.
package cluster

import (
	"fmt"
	"slices"
	"strings"

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
	hs := shingleHashes(s)
	out := make(map[uint64]bool, len(hs))
	for _, h := range hs {
		out[h] = true
	}
	return out
}

// shingleHashes returns the hash of every word 5-gram of a text, in text
// order and with repeats: FNV-1a over each word followed by a space.
func shingleHashes(s string) []uint64 {
	ws := strings.Fields(text.Normalize(s))
	if len(ws) < shingleSize {
		return nil
	}
	out := make([]uint64, 0, len(ws)-shingleSize+1)
	for i := 0; i+shingleSize <= len(ws); i++ {
		// hash/fnv's New64a, written out: one allocation fewer a shingle
		h := uint64(fnvOffset64)
		for _, w := range ws[i : i+shingleSize] {
			for j := 0; j < len(w); j++ {
				h = (h ^ uint64(w[j])) * fnvPrime64
			}
			h = (h ^ ' ') * fnvPrime64
		}
		out = append(out, h)
	}
	return out
}

// FNV-1a's 64-bit parameters (as hash/fnv).
const (
	fnvOffset64 = 14695981039346656037
	fnvPrime64  = 1099511628211
)

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
	return jaccardOf(n, len(a), len(b))
}

// jaccardOf is the Jaccard similarity of two sets of sizes a and b that
// share n members.
func jaccardOf(n, a, b int) float64 {
	return float64(n) / float64(a+b-n)
}

// Duplicates returns, for each text, the index of the first earlier text it
// near-duplicates, or -1.
//
// It counts the shingles a text shares with each earlier original through
// an index from shingle to the originals holding it, so a text is compared
// only with the texts it shares a shingle with (a text sharing none has a
// Jaccard similarity of 0), not with every earlier one. The answer is the
// pairwise comparison's: the first earlier original whose similarity
// reaches DuplicateThreshold.
func Duplicates(texts []string) []int {
	out := make([]int, len(texts))
	holders := map[uint64][]int32{} // shingle -> originals holding it, ascending
	shared := make([]int32, len(texts))
	size := make([]int, len(texts)) // distinct shingles of each text
	var cands []int32
	for i, t := range texts {
		out[i] = -1
		hs := shingleHashes(t)
		slices.Sort(hs)
		hs = slices.Compact(hs)
		size[i] = len(hs)
		cands = cands[:0]
		for _, h := range hs {
			for _, j := range holders[h] {
				if shared[j] == 0 {
					cands = append(cands, j)
				}
				shared[j]++
			}
		}
		slices.Sort(cands)
		for _, j := range cands {
			if out[i] < 0 && jaccardOf(int(shared[j]), size[i], size[j]) >= DuplicateThreshold {
				out[i] = int(j)
			}
			shared[j] = 0
		}
		if out[i] < 0 {
			// only an original can be the text a later one copies
			for _, h := range hs {
				holders[h] = append(holders[h], int32(i))
			}
		}
	}
	return out
}

// node is one event of one record, with what clustering compares.
type node struct {
	rec     int
	ev      *record.Event
	sides   map[string]bool
	lo, hi  string // Bounds of its date
	cluster string
}

// Assign gives every event of recs a cluster id shared by the mentions of one
// real-world event across the records, sets each event's count of independent
// sources, and marks near-duplicate records. Records must carry Text for
// duplicate detection; without it every record is its own source.
//
// Records are taken in order as a store takes the documents of an ingest
// (one at a time, each event compared with the events of earlier
// documents): a dated event is compared (Same) with the earlier events that
// share a blocking key with it (Keys) and lie in its window (WindowOf), in
// the clusters whose span meets its own; it joins and merges them as Join
// says, or starts a cluster whose id is ID's. So `kronik extract` over some
// inputs and `kronik ingest` of them in the same order into an empty store
// give the same clusters with the same ids.
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

	type group struct {
		span    Span
		members []*node
	}
	groups := map[string]*group{}
	index := map[int64][]*node{} // stored blocking key -> events filed under it
	known := map[string]string{} // person -> the first state a record gave it
	countryOf := func(p string) (string, error) { return known[p], nil }
	for ri, r := range recs {
		for _, e := range r.Entities {
			if e.Type == "PERSON" && e.Country != "" && known[e.ID] == "" {
				known[e.ID] = e.Country
			}
		}
		mergedHere := map[string]bool{} // clusters this record merged away
		for ei := range r.Events {
			ev := &r.Events[ei]
			set, _ := SidesKnown(r, ev, countryOf) // the map's lookup does not fail
			n := &node{rec: ri, ev: ev, sides: set}
			sides := sortedKeys(n.sides)
			n.lo, n.hi = Bounds(deref(ev.Date), deref(ev.DateEnd))
			span := SpanOf(ev)
			var matched []Matched
			if n.lo != "" {
				stored, lookup := Keys(ev, sides)
				w := WindowOf(n.lo, n.hi)
				cands := map[string][]*node{}
				seen := map[*node]bool{}
				for _, k := range lookup {
					for _, m := range index[k] {
						if m.rec == ri || seen[m] || !w.Contains(m.lo, m.hi) {
							continue // the event stage already merged within a document
						}
						seen[m] = true
						cands[m.cluster] = append(cands[m.cluster], m)
					}
				}
				for cid, ms := range cands {
					if _, ok := span.Meet(groups[cid].span); !ok {
						continue
					}
					for _, m := range ms {
						if Same(ev, n.sides, m.ev, m.sides) {
							matched = append(matched, Matched{ID: cid, Span: groups[cid].span})
							break
						}
					}
				}
				for _, k := range stored {
					index[k] = append(index[k], n)
				}
			}
			if len(matched) > 0 {
				into, merge, sp := Join(span, matched)
				g := groups[into]
				for _, id := range merge {
					for _, m := range groups[id].members {
						m.cluster = into
					}
					g.members = append(g.members, groups[id].members...)
					delete(groups, id)
					mergedHere[id] = true
				}
				g.span = sp
				n.cluster = into
				g.members = append(g.members, n)
			} else {
				n.cluster, _ = Fresh(ev, sides, r.Hash, ei, func(id string) (bool, error) {
					return groups[id] != nil || mergedHere[id], nil
				})
				groups[n.cluster] = &group{span: span, members: []*node{n}}
			}
		}
	}
	for id, g := range groups {
		srcs := map[int]bool{}
		for _, m := range g.members {
			srcs[source[m.rec]] = true
		}
		for _, m := range g.members {
			m.ev.Cluster = id
			m.ev.Sources = len(srcs)
		}
	}
}

// Sides maps an event's actors to the parties they stand for: a person with a
// known state stands for that state.
func Sides(r *record.Record, ev *record.Event) map[string]bool {
	out, _ := SidesKnown(r, ev, nil) // no lookup, no error
	return out
}

// CountryOf returns the state a person stands for as earlier documents
// told it, or "" when none did.
type CountryOf func(person string) (string, error)

// SidesKnown is Sides where a person whose state the record does not give
// stands for the state earlier documents gave it (countryOf, which may be
// nil): one report names a minister with his title and country, the next
// only by name. A store answers countryOf from its entities (the first
// state stored for the person); Assign from the records before and the
// record itself, so that both give the same sides. It fails only when
// countryOf does.
func SidesKnown(r *record.Record, ev *record.Event, countryOf CountryOf) (map[string]bool, error) {
	byID := map[string]*record.Entity{}
	for i := range r.Entities {
		byID[r.Entities[i].ID] = &r.Entities[i]
	}
	out := map[string]bool{}
	for _, a := range ev.Actors {
		e := byID[a]
		if e != nil && e.Type == "PERSON" && e.Country != "" {
			out[e.Country] = true
			continue
		}
		if countryOf != nil && strings.HasPrefix(a, "person:") {
			c, err := countryOf(a)
			if err != nil {
				return nil, fmt.Errorf("state of %s: %w", a, err)
			}
			if c != "" {
				out[c] = true
				continue
			}
		}
		out[a] = true
	}
	return out, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
