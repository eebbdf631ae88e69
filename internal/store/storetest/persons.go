package storetest

import (
	"context"
	"testing"

	"kronik/internal/record"
	"kronik/internal/store"
)

// PersonsState: a stored report that gave a minister's country lets a later
// report naming him bare join its talks (cluster.SidesKnown), whether the
// later report comes in its own write or in the same batch.
func PersonsState(t *testing.T, f Factory) {
	ctx := context.Background()
	s := func(v string) *string { return &v }
	mk := func(name, country string) store.Item {
		r := record.Record{Source: name, Hash: "h-" + name, Lang: "id", Text: "Kedua menteri bertemu di Tokyo. Laporan " + name + ".",
			Entities: []record.Entity{{ID: "person:menteri-a", Type: "PERSON", Name: "Menteri A", Country: country},
				{ID: "country:IDN", Type: "COUNTRY", Name: "Indonesia"}},
			Events: []record.Event{{Type: "CONSULT", Mode: "meet", Date: s("2026-11-16"), Modality: "occurred",
				DateSource: "text", Actors: []string{"country:IDN", "person:menteri-a"}}}}
		return store.Item{Src: store.Source{Name: r.Source}, Rec: r}
	}
	items := []store.Item{mk("titled.txt", "country:JPN"), mk("bare.txt", "")}
	for _, batch := range []bool{false, true} {
		db := f(t)
		if batch {
			res, err := db.PutBatch(ctx, items)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range res {
				if r.Err != nil {
					t.Fatal(r.Err)
				}
			}
		} else {
			for _, it := range items {
				if _, err := db.Put(ctx, it.Src, it.Rec); err != nil {
					t.Fatal(err)
				}
			}
		}
		cs, err := db.Events(ctx, store.EventFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(cs) != 1 || len(cs[0].Mentions) != 2 {
			t.Errorf("batch %v: clusters = %+v, want one with both reports", batch, cs)
		}
		db.Close()
	}
}
