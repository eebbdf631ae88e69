package server

import (
	"context"
	"testing"

	"kronik/internal/source"
	"kronik/internal/store"
)

// TestFreshDocumentHasItsID checks that a document stored while the server
// runs is named by its id in results at once and can be read by that id,
// and that an unknown id reads nothing.
func TestFreshDocumentHasItsID(t *testing.T) {
	_, db := newTestServer(t, "")
	ctx := context.Background()
	p := testProcessor(t)
	doc := source.Document{Name: "fresh.txt", Format: "text", Body: []byte(fresh)}
	res, err := Ingest(ctx, db, p, doc)
	if err != nil {
		t.Fatal(err)
	}
	hits, err := db.Search(ctx, store.SearchQuery{Text: "zamrudkhatulistiwa"})
	if err != nil || len(hits) != 1 {
		t.Fatalf("search for the fresh document: %v, %v", hits, err)
	}
	if got := hits[0].Hash; got != res.ID {
		t.Fatalf("fresh document's id in results: %q, want %s", got, res.ID)
	}
	recs, err := records(ctx, db, res.ID, "0123")
	if err != nil || len(recs) != 1 || recs[res.ID].Source != "fresh.txt" {
		t.Fatalf("records(fresh, unknown) = %d records, %v; want the fresh one only", len(recs), err)
	}
}
