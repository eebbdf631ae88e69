package cluster

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"kronik/internal/record"
	"kronik/internal/text"
)

// ID is the id of a cluster started by event i (ev, whose actors stand for
// sides) of the document with content hash hash: derived from that first
// mention's content and its document, so that the same inputs taken in the
// same order give the same ids, in `kronik extract` (Assign) and in a store
// alike. salt is 0 unless that id is taken; then the caller tries 1, 2, ...
// until one is free (Fresh). Ids have 48 bits: among the five million
// clusters of a million documents two draw the same one with a probability
// of a few percent.
func ID(ev *record.Event, sides []string, hash string, i, salt int) string {
	parts := []string{ev.Type, ev.Mode, deref(ev.Date), text.Normalize(deref(ev.Place)),
		text.Normalize(deref(ev.Document)), strings.Join(sides, ","), hash, fmt.Sprint(i)}
	if salt > 0 {
		parts = append(parts, fmt.Sprint("#", salt))
	}
	h := sha1.Sum([]byte(strings.Join(parts, "|")))
	return "evt:" + hex.EncodeToString(h[:6])
}

// Fresh returns ID's id for a cluster started by event i of a document,
// with the first salt that taken reports free.
func Fresh(ev *record.Event, sides []string, hash string, i int, taken func(string) (bool, error)) (string, error) {
	for salt := 0; ; salt++ {
		id := ID(ev, sides, hash, i, salt)
		t, err := taken(id)
		if err != nil {
			return "", err
		}
		if !t {
			return id, nil
		}
	}
}

// Matched is a cluster a new mention matched (Same with one of its mentions)
// and whose span meets the mention's.
type Matched struct {
	ID   string
	Span Span
}

// Join decides where a new mention with span span goes among the clusters
// it matched: into the one with the smallest id, and every other one whose
// span still meets the growing span is merged into it (in id order), so that
// a vague report does not chain events its own date cannot tell apart. It
// returns the cluster joined, the clusters merged into it and the joined
// cluster's new span. matched must not be empty, and each must meet span.
func Join(span Span, matched []Matched) (into string, merge []string, out Span) {
	ms := append([]Matched(nil), matched...)
	sort.Slice(ms, func(i, j int) bool { return ms[i].ID < ms[j].ID })
	out, _ = span.Meet(ms[0].Span)
	for _, m := range ms[1:] {
		if sp, ok := out.Meet(m.Span); ok {
			out = sp
			merge = append(merge, m.ID)
		}
	}
	return ms[0].ID, merge, out
}

// SideList is Sides as a sorted list, the form Keys and ID take.
func SideList(r *record.Record, ev *record.Event) []string {
	return sortedKeys(Sides(r, ev))
}

func sortedKeys(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for s := range set {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}
