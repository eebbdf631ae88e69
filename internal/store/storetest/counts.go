package storetest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"kronik/internal/record"
	"kronik/internal/store"
)

// EntityNamedTwice: a record naming an entity twice counts one document and
// the mentions of both; a new version that names it once leaves the counts
// of that version alone, whether the two versions come in one batch or one
// after the other.
func EntityNamedTwice(t *testing.T, s store.Store) {
	ctx := context.Background()
	v1 := docB()
	dup := v1.Rec.Entities[0]
	id, once := dup.ID, len(dup.Mentions)
	dup.Mentions = append([]record.Mention{{Text: dup.Name}}, dup.Mentions...)
	v1.Rec.Entities = append(v1.Rec.Entities, dup)
	v2 := docB()
	v2.Rec.Text = strings.Replace(bodyB, "pertanian dan logistik", "pariwisata dan pendidikan", 1)
	v2.Src.Body = []byte(v2.Rec.Text)
	v2.Rec.Hash = hash(v2.Src.Body)
	check := func(when string, docs, mentions int) {
		t.Helper()
		p, err := s.Entity(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if p.Documents != docs || p.Mentions != mentions {
			t.Errorf("%s: %s counts %d documents and %d mentions, want %d and %d", when, id, p.Documents, p.Mentions,
				docs, mentions)
		}
	}
	put(t, s, v1)
	check("named twice", 1, 2*once+1)
	put(t, s, v2)
	check("new version", 1, once)

	// The same again in one batch, on another document.
	w1, w2 := v1, v2
	for _, d := range []*Doc{&w1, &w2} {
		d.Src.Key, d.Src.Name = "other-"+d.Src.Key, "other-"+d.Src.Name
		d.Rec.Text += " Laporan kedua."
		d.Src.Body = []byte(d.Rec.Text)
		d.Rec.Hash = hash(d.Src.Body)
	}
	if err := putBatch(ctx, s, w1, w2); err != nil {
		t.Fatal(err)
	}
	check("batch of both versions", 2, 2*once)
}

// ConcurrentCounts: writers storing reports of the same events at the same
// moment (as Concurrent), each report naming an organisation of its own
// among the event's actors, end with every report's among its cluster's
// actors, each once, and with the entities' document and mention counts of
// one writer, each writer's last a new version of its first report.
func ConcurrentCounts(t *testing.T, f Factory) {
	const events, reports = 6, 6
	docs := concurrentDocs(events, reports)
	for r := range docs {
		for e := range docs[r] {
			rec := &docs[r][e].Rec
			org := fmt.Sprintf("org:observer-%d-%d", e, r)
			rec.Entities = append(rec.Entities, record.Entity{ID: org, Type: "ORG", Name: fmt.Sprintf("Observer %d %d", e, r)})
			rec.Entities[0].Mentions = make([]record.Mention, r+1)
			for i := range rec.Entities[0].Mentions {
				rec.Entities[0].Mentions[i] = record.Mention{Text: "Indonesia"}
			}
			rec.Events[0].Actors = append(rec.Events[0].Actors, org)
		}
	}
	// Each writer ends with a new version of its first report, which
	// takes the old one's counts back.
	again := make([]Doc, reports)
	for r := range docs {
		d := docs[r][0]
		d.Rec.Text += " Laporan ini diperbarui."
		d.Src.Body = []byte(d.Rec.Text)
		d.Rec.Hash = hash(d.Src.Body)
		d.Rec.Entities = append([]record.Entity(nil), d.Rec.Entities...)
		d.Rec.Entities[0].Mentions = d.Rec.Entities[0].Mentions[:1]
		again[r] = d
	}
	ctx := context.Background()
	profile := func(s store.Store, id string) string {
		p, err := s.Entity(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprintf("%s: %d documents, %d mentions", id, p.Documents, p.Mentions)
	}
	one := f(t)
	defer one.Close()
	for _, ds := range docs {
		for _, d := range ds {
			put(t, one, d)
		}
	}
	for _, d := range again {
		put(t, one, d)
	}
	many := f(t)
	defer many.Close()
	writers := make([][]Doc, reports)
	for r := range docs {
		writers[r] = append(slices.Clip(docs[r]), again[r])
	}
	concurrently(t, many, writers)
	for _, id := range []string{"country:IDN", "country:P00", "org:observer-3-4"} {
		if got, want := profile(many, id), profile(one, id); got != want {
			t.Errorf("concurrent writers: %s, one writer: %s", got, want)
		}
	}
	cs, err := many.Events(ctx, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != events {
		t.Fatalf("concurrent writers made %d clusters, want %d", len(cs), events)
	}
	for _, c := range cs {
		got := slices.Clone(c.Actors)
		slices.Sort(got)
		if len(got) != reports+2 || len(slices.Compact(slices.Clone(got))) != len(got) {
			t.Errorf("cluster %s: actors %q, want Indonesia, its partner and %d observers, each once", c.ID, c.Actors, reports)
		}
	}
}
