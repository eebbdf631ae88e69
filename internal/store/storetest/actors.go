package storetest

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"kronik/internal/store"
)

// delegates are the people a summit's reports name, "person:delegasi-00"
// onwards, with their names ("Delegasi 00").
func delegates(from, to int) (ids, names []string) {
	for i := from; i < to; i++ {
		ids = append(ids, fmt.Sprintf("person:delegasi-%02d", i))
		names = append(names, fmt.Sprintf("Delegasi %02d", i))
	}
	return ids, names
}

// summitReport is one report of a summit in Bali naming the delegates
// from..to-1 as its actors, in that order.
func summitReport(name, published string, from, to int) Doc {
	ids, names := delegates(from, to)
	ev := "Para delegasi menghadiri KTT kawasan di Bali pada 20 Oktober 2025."
	b := newDoc(name, "", "id", published, "Warta "+name, "KTT kawasan di Bali",
		ev+" Hadir antara lain "+strings.Join(names, ", ")+".").
		entity("place:bali", "PLACE", "Bali", "country:IDN", "Bali")
	for i, id := range ids {
		b = b.entity(id, "PERSON", names[i], "", names[i])
	}
	return b.event("CONSULT", "multilateral", "2025-10-20", "Bali", "", ev, ids...).doc()
}

// ActorsCapped: a list answer (Events, and so a dossier) carries the first
// store.ActorsShown actors of a cluster in order of first appearance, with
// their names and the count of all of them; one cluster read by id carries
// every actor; a cluster with fewer actors than the cap is listed whole.
func ActorsCapped(t *testing.T, s store.Store) {
	ctx := context.Background()
	// Two reports of one summit: the first names delegates 0-39, the
	// second 20-69, so the summit's actors are 0-69 in that order.
	const total = 70
	put(t, s, summitReport("summit-1.txt", "2025-10-21", 0, 40))
	put(t, s, summitReport("summit-2.txt", "2025-10-22", 20, total))
	talks := "Menteri Luar Negeri Indonesia bertemu Menteri Luar Negeri Malaysia di Jakarta pada 3 November 2025."
	put(t, s, newDoc("talks.txt", "", "id", "2025-11-04", "Warta", "Indonesia dan Malaysia bertemu", talks).
		entity("country:IDN", "COUNTRY", "Indonesia", "", "Indonesia").
		entity("country:MYS", "COUNTRY", "Malaysia", "", "Malaysia").
		event("CONSULT", "meet", "2025-11-03", "Jakarta", "", talks, "country:IDN", "country:MYS").
		doc())

	allIDs, allNames := delegates(0, total)
	lists := []struct {
		name string
		f    store.EventFilter
	}{
		{"every event", store.EventFilter{}},
		{"latest", store.EventFilter{Limit: 10, Mentions: 1}},
		{"by a delegate", store.EventFilter{Actor: []string{"person:delegasi-65"}, Limit: 10}},
		{"by type", store.EventFilter{Type: "CONSULT", From: "2025-10"}},
	}
	for _, l := range lists {
		cs, err := s.Events(ctx, l.f)
		if err != nil {
			t.Fatalf("%s: %v", l.name, err)
		}
		var summit, small *store.Cluster
		for i := range cs {
			switch cs[i].Mode {
			case "multilateral":
				summit = &cs[i]
			case "meet":
				small = &cs[i]
			}
		}
		if summit == nil {
			t.Fatalf("%s: no summit among %d events", l.name, len(cs))
		}
		if summit.MentionCount != 2 {
			t.Fatalf("%s: the summit has %d reports, want its 2 in one event", l.name, summit.MentionCount)
		}
		if want := allIDs[:store.ActorsShown]; !reflect.DeepEqual(summit.Actors, want) || summit.ActorCount != total {
			t.Errorf("%s: the summit lists %d of %d actors %v, want the first %d by appearance of %d",
				l.name, len(summit.Actors), summit.ActorCount, summit.Actors, store.ActorsShown, total)
		}
		if len(summit.ActorNames) != store.ActorsShown || summit.ActorNames[allIDs[store.ActorsShown-1]] != allNames[store.ActorsShown-1] {
			t.Errorf("%s: the summit names %d actors (%q for the last shown), want the %d shown",
				l.name, len(summit.ActorNames), summit.ActorNames[allIDs[store.ActorsShown-1]], store.ActorsShown)
		}
		if l.f.Actor != nil {
			continue // the talks do not name the delegate
		}
		want := []string{"country:IDN", "country:MYS"}
		if small == nil || !reflect.DeepEqual(small.Actors, want) || small.ActorCount != 2 ||
			small.ActorNames["country:MYS"] != "Malaysia" {
			t.Errorf("%s: the talks are %+v, want their 2 actors whole with names", l.name, small)
		}
	}

	cs, err := s.Events(ctx, store.EventFilter{Type: "CONSULT"})
	if err != nil || len(cs) != 2 {
		t.Fatalf("events: %d, %v; want the summit and the talks", len(cs), err)
	}
	for _, c := range cs {
		one, err := s.Cluster(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		want := c.Actors
		if c.Mode == "multilateral" {
			want = allIDs
		}
		if !reflect.DeepEqual(one.Actors, want) || one.ActorCount != len(want) || len(one.ActorNames) != len(want) {
			t.Errorf("Cluster(%s) has %d actors (count %d, %d named), want every one of %d: %v",
				c.ID, len(one.Actors), one.ActorCount, len(one.ActorNames), len(want), one.Actors)
		}
	}
}
