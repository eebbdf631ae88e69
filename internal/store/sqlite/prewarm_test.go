package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"kronik/internal/store"
)

// TestPrewarm: Prewarm reads every row of the tables a search consults (a
// current version's term row each), on a store as the writer left it and on
// one older than the search statistics, and stops when its context ends.
func TestPrewarm(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	defer db.Close()
	db.searchList = 25 // frequent terms get impact lists
	searchCorpus(t, db, 120, 3)
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	before, err := db.Search(ctx, store.SearchQuery{Text: "maritime security"})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := db.Prewarm(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range prewarmReads {
		if rows[r.table] == 0 {
			t.Errorf("%s: no rows read", r.table)
		}
	}
	if rows["search_docs"] != int64(st.Documents) {
		t.Errorf("search_docs: %d rows read, the store holds %d current versions", rows["search_docs"], st.Documents)
	}
	after, err := db.Search(ctx, store.SearchQuery{Text: "maritime security"})
	if err != nil || len(after) != len(before) {
		t.Fatalf("search after prewarm = %d hits, %v; before %d", len(after), err, len(before))
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := db.Prewarm(cancelled); !errors.Is(err, context.Canceled) {
		t.Errorf("prewarm with an ended context = %v, want context.Canceled", err)
	}

	old, err := openAt(ctx, filepath.Join(t.TempDir(), "old.db"), searchStatsSchema-1)
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	searchCorpus(t, old, 20, 4)
	rows, err = old.Prewarm(ctx)
	if err != nil {
		t.Fatalf("prewarm of a store before migration %d: %v", searchStatsSchema, err)
	}
	if _, ok := rows["search_docs"]; ok || rows["fts_data"] == 0 {
		t.Errorf("store before the statistics: rows read %v, want FTS5's and no search_docs", rows)
	}
}
