package sqlite

import (
	"hash/fnv"
	"sort"
	"strings"

	"kronik/internal/event"
	"kronik/internal/record"
	"kronik/internal/text"
)

// Blocking keys for incremental event clustering. cluster.Same is the only
// judge of whether two mentions are one event; the keys only decide which
// stored events a new one is compared with. They are built so that any two
// events Same can match share at least one key, following Same's branches:
//
//   - a summit (mode multilateral) is matched by its normalised place when
//     both have one, else by similar names (event.SimilarNames, which needs a
//     word in common);
//   - a signing (AGREE) by similar proper names of the document (a word in
//     common), or by the same kind of document (event.DocKind) signed by the
//     same two or more states on firmly read dates;
//   - anything else (talks, visits, calls, ...) by two sides in common, or by
//     the same single side when each has one, and a person in common when
//     both name people.
//
// Every key carries the type and mode (Same requires both equal) and is
// hashed to 64 bits: a collision only adds a candidate that Same rejects.
// Stored events are looked up by key within their date window, so a new
// event reads the few events that could match it, not every event of its
// type in the window.

// eventKeys returns the keys an event is stored under and the keys a new
// event looks up. They differ only for summits: a summit with a place is
// compared by name only with summits without one.
func eventKeys(ev *record.Event, sides []string) (stored, lookup []int64) {
	prefix := ev.Type + "|" + ev.Mode + "|"
	add := func(to *[]int64, k string) { *to = append(*to, keyHash(prefix+k)) }
	switch {
	case ev.Mode == "multilateral":
		place := text.Normalize(deref(ev.Place))
		words := nameWords(deref(ev.Name))
		if place != "" {
			add(&stored, "place:"+place)
			add(&lookup, "place:"+place)
			for _, w := range words {
				add(&stored, "name+place:"+w)
				add(&lookup, "name:"+w)
			}
		} else {
			for _, w := range words {
				add(&stored, "name:"+w)
				add(&lookup, "name:"+w)
				add(&lookup, "name+place:"+w)
			}
		}
	case ev.Type == "AGREE":
		doc := deref(ev.Document)
		if event.NamedDocument(doc) {
			for _, w := range nameWords(doc) {
				add(&stored, "doc:"+w)
			}
		}
		if kind := event.DocKind(doc); kind != "" && (ev.DateSource == "text" || ev.DateSource == "context") {
			var cs []string
			for _, s := range sides {
				if strings.HasPrefix(s, "country:") {
					cs = append(cs, s)
				}
			}
			if len(cs) >= 2 {
				sort.Strings(cs)
				add(&stored, "kind:"+kind+"|"+strings.Join(cs, ","))
			}
		}
		lookup = stored
	default:
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
		// Same also requires a person in common when both name people
		// (two meetings of the same states by different people are two
		// events), so each side key is refined by the people: an event
		// naming people looks up those naming one of them and those naming
		// none; an event naming none looks up all.
		var persons []string
		for _, a := range ev.Actors {
			if strings.HasPrefix(a, "person:") {
				persons = append(persons, a)
			}
		}
		sort.Strings(persons)
		persons = dedupe(persons)
		for _, k := range sideKeys {
			add(&stored, k+"|any")
			if len(persons) == 0 {
				add(&stored, k+"|none")
				add(&lookup, k+"|any")
				continue
			}
			add(&lookup, k+"|none")
			for _, p := range persons {
				add(&stored, k+"|"+p)
				add(&lookup, k+"|"+p)
			}
		}
	}
	return stored, lookup
}

// placeKey returns the key of a summit stored by its place (eventKeys), and
// false for any other event. Between two summits that both name a place,
// cluster.Same decides by type, mode, place and dates alone, so a stored row
// of this key stands for every event of its cluster with the same date
// bounds: putKeys writes one row per (cluster, bounds) rather than one per
// report, and a much-reported summit costs later lookups a few rows, not one
// per report (at 100,000 generated documents a year-dated report scanned
// about 1,700 rows of its place).
func placeKey(ev *record.Event) (int64, bool) {
	if ev.Mode != "multilateral" {
		return 0, false
	}
	place := text.Normalize(deref(ev.Place))
	if place == "" {
		return 0, false
	}
	return keyHash(ev.Type + "|" + ev.Mode + "|place:" + place), true
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

// spanClass sorts an event by how long its date is: 0 for up to shortSpan
// days (dated to a day), 1 for up to longSpan (a month), 2 for longer (a
// year). A lookup reaches back further for longer classes only.
func spanClass(lo, hi string) int {
	switch {
	case hi > shiftDay(lo, longSpan):
		return 2
	case hi > shiftDay(lo, shortSpan):
		return 1
	}
	return 0
}
