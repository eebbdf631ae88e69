package main

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"kronik/internal/bench"
	"kronik/internal/ingest"
	"kronik/internal/pipeline"
	"kronik/internal/record"
	"kronik/internal/source"
	"kronik/internal/store"
	"kronik/internal/store/sqlite"
)

// BenchmarkKnowledgeBase ingests a generated corpus (KRONIK_BENCH_DOCS
// documents, default 2000) through the pipeline into a fresh SQLite store,
// reporting ingest throughput, then measures search, events and dossier
// latency on it:
//
//	go test ./cmd/kronik -run '^$' -bench KnowledgeBase -benchtime 200x
func BenchmarkKnowledgeBase(b *testing.B) {
	n := 2000
	if s := os.Getenv("KRONIK_BENCH_DOCS"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "kb.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		b.Fatal(err)
	}
	docs := bench.Corpus(n, 1)
	start := time.Now()
	type res struct {
		doc source.Document
		rec record.Record
	}
	jobs, results := make(chan source.Document), make(chan res)
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range jobs {
				rec, err := p.Process(ctx, d)
				if err != nil {
					b.Error(err)
				}
				results <- res{d, rec}
			}
		}()
	}
	go func() {
		for _, d := range docs {
			jobs <- d
		}
		close(jobs)
		wg.Wait()
		close(results)
	}()
	var putTime time.Duration
	for r := range results {
		t := time.Now()
		if _, err := db.Put(ctx, ingest.Source(r.doc), r.rec); err != nil {
			b.Fatal(err)
		}
		putTime += time.Since(t)
	}
	elapsed := time.Since(start)
	st, _ := db.Stats(ctx)
	b.Logf("ingested %d docs in %v (%.0f docs/s; store writes %.2f ms/doc); %d events in %d clusters, %d entities",
		n, elapsed.Round(time.Millisecond), float64(n)/elapsed.Seconds(),
		float64(putTime.Microseconds())/1000/float64(n), st.Events, st.Clusters, st.Entities)
	if fi, err := os.Stat(path); err == nil {
		b.Logf("database size %.1f MB", float64(fi.Size())/1e6)
	}

	for _, q := range []string{"kerja sama", "perdagangan", "maritime security", "menandatangani nota kesepahaman"} {
		b.Run("search/"+q, func(b *testing.B) {
			for b.Loop() {
				if _, err := db.Search(ctx, store.SearchQuery{Text: q}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	a, with := benchPair(ctx, b, db)
	b.Run("events", func(b *testing.B) {
		ids, _ := resolveNames(ctx, db, a)
		for b.Loop() {
			if _, err := db.Events(ctx, store.EventFilter{Actor: ids}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("dossier", func(b *testing.B) {
		for b.Loop() {
			if _, err := store.BuildDossier(ctx, db, a, with); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// benchPair picks the most mentioned country and the country it appears with
// most, for the dossier benchmark.
func benchPair(ctx context.Context, b *testing.B, db *sqlite.DB) (string, string) {
	best, bestN := "", -1
	for _, name := range []string{"Indonesia", "China", "India", "South Korea", "Japan", "Malaysia", "Vietnam"} {
		refs, _ := db.FindEntities(ctx, name)
		if len(refs) > 0 && refs[0].Mentions > bestN {
			best, bestN = refs[0].ID, refs[0].Mentions
		}
	}
	if best == "" {
		b.Skip("no known country in the generated corpus")
	}
	p, err := db.Entity(ctx, best)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range p.With {
		if c.Type == "COUNTRY" {
			b.Logf("dossier pair: %s (%d mentions), %s (%d documents together)", p.Name, p.Mentions, c.Name, c.Documents)
			return best, c.ID
		}
	}
	return best, ""
}
