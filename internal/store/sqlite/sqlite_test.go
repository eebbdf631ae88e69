package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"kronik/internal/record"
	"kronik/internal/store"
	"kronik/internal/store/storetest"
)

func open(t *testing.T) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "kb.db"))
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return open(t) })
}

// TestMigrationsOnce opens a database twice: the second open applies nothing
// and the schema version is that of the last migration file.
func TestMigrationsOnce(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kb.db")
	for i := 0; i < 2; i++ {
		db, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		v, err := db.SchemaVersion(ctx)
		if err != nil || v != 14 {
			t.Fatalf("schema version = %d, %v; want 14", v, err)
		}
		if err := db.Check(ctx); err != nil {
			t.Fatal(err)
		}
		db.Close()
	}
}

func sp(s string) *string { return &s }

// TestLongSpanCandidates: events dated only by their year or month are found
// by the clustering window of later, day-dated reports of the same talks
// (through the events_long and events_medium indexes), and the other way
// round.
func TestLongSpanCandidates(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	defer db.Close()
	mk := func(name, date, body string) record.Record {
		return record.Record{Source: name, Hash: name, Lang: "id", Text: body,
			Entities: []record.Entity{{ID: "country:IDN", Type: "COUNTRY", Name: "Indonesia"}, {ID: "country:PER", Type: "COUNTRY", Name: "Peru"}},
			Events: []record.Event{{Type: "CONSULT", Mode: "meet", Date: sp(date), Modality: "occurred",
				Actors: []string{"country:IDN", "country:PER"}}}}
	}
	for _, r := range []record.Record{
		mk("year.txt", "2025", "Indonesia dan Peru mengadakan pembicaraan tahun ini tentang perdagangan kopi."),
		mk("month.txt", "2025-09", "Bulan ini kedua negara menggelar perundingan tentang bea masuk buah."),
		mk("day.txt", "2025-09-20", "Menteri kedua negara berunding di Lima pada 20 September tentang ekspor."),
		mk("later.txt", "2025-09-21", "Perundingan dagang kedua negara berlanjut pada hari kedua di ibu kota."),
	} {
		if _, err := db.Put(ctx, store.Source{Name: r.Source}, r); err != nil {
			t.Fatal(err)
		}
	}
	cs, err := db.Events(ctx, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || len(cs[0].Mentions) != 4 || cs[0].Date != "2025-09-20" {
		t.Fatalf("clusters = %+v, want one of 4 mentions dated 2025-09-20", cs)
	}
}
