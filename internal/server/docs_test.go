package server

import (
	"context"
	"testing"

	"kronik/internal/server/demo"
	"kronik/internal/store"
)

// TestDocIndexFreshDocument checks that a document stored just after the
// index was built gets its id at once, and that unknown documents do not
// make every lookup rescan an unchanged store.
func TestDocIndexFreshDocument(t *testing.T) {
	_, db := newTestServer(t, "")
	ctx := context.Background()
	idx := newDocIndex(db)
	if h, err := idx.hashOf(ctx, store.DocRef{Name: "id-bilateral-kl.txt"}); err != nil || len(h) != 64 {
		t.Fatalf("demo document: %q, %v", h, err)
	}
	p, err := loadPipeline()
	if err != nil {
		t.Fatal(err)
	}
	docs, _ := demo.Documents()
	doc := docs[0]
	doc.Name, doc.Body = "fresh.txt", append([]byte("Berita baru. "), doc.Body...)
	res, err := Ingest(ctx, db, p, doc)
	if err != nil {
		t.Fatal(err)
	}
	if h, err := idx.hashOf(ctx, store.DocRef{Name: "fresh.txt"}); err != nil || h != res.ID {
		t.Fatalf("fresh document: %q, %v; want %s", h, err, res.ID)
	}
	if h, err := idx.hashOf(ctx, store.DocRef{Name: "never-stored.txt"}); err != nil || h != "" {
		t.Fatalf("unknown document: %q, %v", h, err)
	}
}
