package postgres

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

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
