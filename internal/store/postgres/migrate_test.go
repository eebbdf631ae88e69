package postgres

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"kronik/internal/cluster/clustertest"
	"kronik/internal/record"
	"kronik/internal/store"
)

// doc is a document with no entities or events, for near-duplicate tests.
func doc(name, body string) (store.Source, record.Record) {
	h := sha256.Sum256([]byte(body))
	src := store.Source{Key: "/news/" + name, Name: name, Body: []byte(body)}
	rec := record.Record{Source: name, Lang: "id", Text: body, Hash: hex.EncodeToString(h[:]),
		Entities: []record.Entity{}, Events: []record.Event{}, Quantities: []record.Quantity{}, Times: []record.Time{}}
	return src, rec
}

// TestBandsStep: migration 003's Go step gives the documents stored before
// it their MinHash bands, so that a later copy of one is found.
func TestBandsStep(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	defer s.Close()
	story := strings.Repeat("Menteri Luar Negeri kedua negara bertemu di ibu kota untuk membahas kerja sama perdagangan dan energi. ", 6)
	src, rec := doc("old.txt", story)
	if _, err := s.Put(ctx, src, rec); err != nil {
		t.Fatal(err)
	}
	// The store as migration 002 left it: no bands for the old document.
	if _, err := s.pool.Exec(ctx, `DELETE FROM lsh; DELETE FROM signatures`); err != nil {
		t.Fatal(err)
	}
	if err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error { return bandsStep(ctx, tx) }); err != nil {
		t.Fatal(err)
	}
	src, rec = doc("copy.txt", story+"Berita ini disalin dari kantor berita lain.")
	res, err := s.Put(ctx, src, rec)
	if err != nil {
		t.Fatal(err)
	}
	if res.NearDuplicateOf != "old.txt" {
		t.Fatalf("copy stored as %+v, want a near-duplicate of old.txt", res)
	}
}

// TestStateStep: migration 004's Go step summarises the clusters stored
// before it and gives them their state, from which a later report updates
// the summary.
func TestStateStep(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	defer s.Close()
	day := "2025-06-16"
	report := func(name, date, place string) (store.Source, record.Record) {
		src, rec := doc(name, clustertest.Story(name, 6)) // three outlets' own words
		ev := record.Event{Type: "CONSULT", Mode: "meet", Date: &date, Modality: "occurred", DateSource: "text",
			Actors: []string{"country:IDN", "country:MYS"}}
		if place != "" {
			ev.Place = &place
		}
		rec.Events = []record.Event{ev}
		return src, rec
	}
	for _, r := range [][3]string{{"a.txt", "2025-06", ""}, {"b.txt", day, "Kuala Lumpur"}} {
		src, rec := report(r[0], r[1], r[2])
		if _, err := s.Put(ctx, src, rec); err != nil {
			t.Fatal(err)
		}
	}
	// The store as migration 003 left it: no state, and (for the test) a
	// summary the step must write again.
	if _, err := s.pool.Exec(ctx, `UPDATE clusters SET state = NULL, mentions = 0, sources = 0, date = ''`); err != nil {
		t.Fatal(err)
	}
	if err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error { return stateStep(ctx, tx) }); err != nil {
		t.Fatal(err)
	}
	var stateless int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM clusters WHERE state IS NULL`).Scan(&stateless); err != nil {
		t.Fatal(err)
	}
	if cs, err := s.Events(ctx, store.EventFilter{}); err != nil || stateless != 0 || len(cs) != 1 || cs[0].MentionCount != 2 ||
		cs[0].Date != day {
		t.Fatalf("after the step: %d clusters without state, clusters %+v (%v), want one of 2 reports on %s", stateless, cs, err, day)
	}
	src, rec := report("c.txt", day, "")
	if _, err := s.Put(ctx, src, rec); err != nil {
		t.Fatal(err)
	}
	cs, err := s.Events(ctx, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || cs[0].MentionCount != 3 || cs[0].Sources != 3 || cs[0].Date != day || cs[0].Place != "Kuala Lumpur" {
		t.Fatalf("clusters %+v, want one of 3 reports from 3 sources on %s in Kuala Lumpur", cs, day)
	}
}
