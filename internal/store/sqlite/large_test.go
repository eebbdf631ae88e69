package sqlite

import (
	"context"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"kronik/internal/store"
)

// The tests and benchmarks below run on a large database a benchmark left
// (kronik bench --dir D builds D/sizes.db), named by KRONIK_LARGE_DB; they
// are skipped without it, so that `go test` stays fast. They only read.
//
//	KRONIK_LARGE_DB=/tmp/reads/sizes.db go test ./internal/store/sqlite -run Large -v
//	KRONIK_LARGE_DB=/tmp/reads/sizes.db go test ./internal/store/sqlite -run '^$' -bench Large -cpuprofile cpu.out

func openLarge(tb testing.TB) *DB {
	tb.Helper()
	path := os.Getenv("KRONIK_LARGE_DB")
	if path == "" {
		tb.Skip("KRONIK_LARGE_DB is not set")
	}
	db, err := Open(context.Background(), path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// largeSearches are the benchmark's queries (internal/bench) and filtered ones.
var largeSearches = []store.SearchQuery{
	{Text: "kerja sama"},
	{Text: "perdagangan"},
	{Text: "maritime security"},
	{Text: "menandatangani nota kesepahaman"},
	{Text: "Kazakhstan"},
	{Text: "kerja sama", Entity: "India"},
}

// readCalls is the number of read system calls this process made: each is a
// page SQLite did not have in its own cache, which at a million documents
// (a database larger than memory) is often a disk read. It is the cost that
// grows with the corpus where time on a warm machine does not show it.
func readCalls(tb testing.TB) int64 {
	b, err := os.ReadFile("/proc/self/io")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "syscr: "); ok {
			n, _ := strconv.ParseInt(v, 10, 64)
			return n
		}
	}
	return 0
}

// TestLargeCosts logs the time and read calls of each part of a search and
// a dossier, each run twice (the second run is the warm figure).
func TestLargeCosts(t *testing.T) {
	db := openLarge(t)
	ctx := context.Background()
	measure := func(name string, fn func() (int, error)) {
		for run := 0; run < 2; run++ {
			r0, t0 := readCalls(t), time.Now()
			n, err := fn()
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			t.Logf("%-40s run %d: %8.2f ms %6d reads %5d results", name, run, float64(time.Since(t0).Microseconds())/1000, readCalls(t)-r0, n)
		}
	}
	for _, q := range largeSearches {
		measure("search "+q.Text+" "+q.Entity, func() (int, error) {
			hs, err := db.Search(ctx, q)
			return len(hs), err
		})
	}
	a, b := []string{"country:IND"}, []string{"country:KAZ"}
	f := store.EventFilter{Actor: a, With: b, Limit: store.DossierEvents, Mentions: store.DossierMentions}
	measure("dossier events", func() (int, error) {
		cs, err := db.Events(ctx, f)
		return len(cs), err
	})
	f.Type = "AGREE"
	measure("dossier agreements", func() (int, error) {
		cs, err := db.Events(ctx, f)
		return len(cs), err
	})
	ents := append(append([]string{}, a...), b...)
	measure("dossier figures", func() (int, error) {
		fs, err := db.Figures(ctx, store.FigureFilter{Entities: ents, Docs: store.DossierDocs})
		return len(fs), err
	})
	measure("dossier figures and statuses", func() (int, error) {
		fs, ss, err := db.Reports(ctx, store.FigureFilter{Entities: ents, Docs: store.DossierDocs})
		return len(fs) + len(ss), err
	})
	measure("dossier whole", func() (int, error) {
		d, err := store.BuildDossier(ctx, db, "India", "Kazakhstan")
		return len(d.Events), err
	})
}

func BenchmarkLargeSearch(b *testing.B) {
	db := openLarge(b)
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		if _, err := db.Search(ctx, largeSearches[i%5]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLargeDossier(b *testing.B) {
	db := openLarge(b)
	ctx := context.Background()
	for b.Loop() {
		if _, err := store.BuildDossier(ctx, db, "country:IND", "country:KAZ"); err != nil {
			b.Fatal(err)
		}
	}
}
