package sqlite

import (
	"context"
	"os"
	"slices"
	"strconv"
	"strings"
	"syscall"
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

// cpuTime is the CPU time this process has used: a query's CPU time is
// the figure a busy machine does not inflate (SQLite runs in the calling
// goroutine).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestLargeCosts logs, for each part of a search and a dossier, the read
// calls of its first run on a database just opened (SQLite's cache empty:
// the pages it touches, which are disk reads once the store outgrows
// memory) and the median wall and CPU time of ten runs after it (warm).
func TestLargeCosts(t *testing.T) {
	ctx := context.Background()
	measure := func(name string, fn func(db *DB) (int, error)) {
		db := openLarge(t)
		r0 := readCalls(t)
		n, err := fn(db)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		reads := readCalls(t) - r0
		var ms, cpu []float64
		for run := 0; run < 10; run++ {
			t0, c0 := time.Now(), cpuTime()
			if _, err := fn(db); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			ms = append(ms, float64(time.Since(t0).Microseconds())/1000)
			cpu = append(cpu, float64((cpuTime()-c0).Microseconds())/1000)
		}
		slices.Sort(ms)
		slices.Sort(cpu)
		t.Logf("%-40s %6d reads cold, warm (median of 10) %7.2f ms, %7.2f ms CPU, %5d results", name, reads, ms[len(ms)/2], cpu[len(cpu)/2], n)
		db.Close()
	}
	for _, q := range largeSearches {
		measure("search "+q.Text+" "+q.Entity, func(db *DB) (int, error) {
			hs, err := db.Search(ctx, q)
			return len(hs), err
		})
	}
	a, b := []string{"country:IND"}, []string{"country:KAZ"}
	f := store.EventFilter{Actor: a, With: b, Limit: store.DossierEvents, Mentions: store.DossierMentions}
	measure("dossier events", func(db *DB) (int, error) {
		cs, err := db.Events(ctx, f)
		return len(cs), err
	})
	fa := f
	fa.Type = "AGREE"
	measure("dossier agreements", func(db *DB) (int, error) {
		cs, err := db.Events(ctx, fa)
		return len(cs), err
	})
	ents := append(append([]string{}, a...), b...)
	measure("dossier figures and statuses", func(db *DB) (int, error) {
		fs, ss, err := db.Reports(ctx, store.FigureFilter{Entities: ents, Docs: store.DossierDocs})
		return len(fs) + len(ss), err
	})
	measure("entity country:IND", func(db *DB) (int, error) {
		p, err := db.Entity(ctx, "country:IND")
		return len(p.With), err
	})
	for _, pair := range [][2]string{{"India", "Kazakhstan"}, {"Narendra Modi", "Kazakhstan"}, {"India", ""}} {
		measure("dossier "+pair[0]+" "+pair[1], func(db *DB) (int, error) {
			d, err := store.BuildDossier(ctx, db, pair[0], pair[1])
			return len(d.Events), err
		})
	}
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
