package bench

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"kronik/internal/pipeline"
	"kronik/internal/store"
	"kronik/internal/store/sqlite"
)

// TestRunStore is a smoke test of the knowledge-base benchmark on a tiny
// corpus: the figures are filled and the derived corpus grows the database
// through both sizes (no timing is asserted).
func TestRunStore(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the pipeline")
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st, err := RunStore(context.Background(), p, StoreOptions{Docs: 30, Sizes: []int{40, 90}, Workers: 2, Seed: 1,
		Queries: 3, Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	in := st.Ingest
	if in.Docs != 30 || in.DocsPerSecEndToEnd <= 0 || in.DocsPerSecStoreOnly <= 0 || in.MBPer1000Docs <= 0 || in.EventsStored == 0 {
		t.Errorf("ingest figures not filled: %+v", in)
	}
	if len(st.Sizes) != 2 || st.Sizes[1].Docs != 90 {
		t.Fatalf("sizes = %+v, want 40 and 90", st.Sizes)
	}
	for _, sz := range st.Sizes {
		if sz.Search.Runs != 3 || sz.Events.Runs != 3 || sz.Dossier.Runs != 3 || sz.DBMB <= 0 || sz.MsPer1000Docs <= 0 {
			t.Errorf("size %d: figures not filled: %+v", sz.Docs, sz)
		}
		if sz.SearchFirst.Runs != len(searchQueries) || (runtime.GOOS == "linux" && sz.SearchFirstRead.Runs != len(searchQueries)) {
			t.Errorf("size %d: each query's first run not timed once (%d runs, %d reads measured)",
				sz.Docs, sz.SearchFirst.Runs, sz.SearchFirstRead.Runs)
		}
		if sz.Events.Results == 0 {
			t.Errorf("size %d: the most mentioned country has no events", sz.Docs)
		}
		if !strings.Contains(sz.Dossier.Query, " ") {
			t.Errorf("size %d: dossier %q is not of a pair", sz.Docs, sz.Dossier.Query)
		}
	}
	if st.Sizes[1].Clusters <= st.Sizes[0].Clusters {
		t.Errorf("derived records add no clusters: %d then %d", st.Sizes[0].Clusters, st.Sizes[1].Clusters)
	}
}

// TestDerive: derived records are new documents (own name and hash) whose
// spans still point at the same sentences, with people renamed consistently.
func TestDerive(t *testing.T) {
	base := baseRecords(t, 5)
	src, rec := derive(base, 7) // variant 1 of record 2
	b := base[2].rec
	if rec.Hash == b.Hash || src.Name == base[2].src.Name || rec.Text == b.Text || len(rec.Text) != len(b.Text) {
		t.Fatalf("derived record not distinct or not the same length: %q", rec.Source)
	}
	for i, ev := range rec.Events {
		if ev.Evidence.Text != rec.Text[ev.Evidence.Start:ev.Evidence.End] {
			t.Errorf("event %d: evidence does not match its span", i)
		}
	}
	ids := map[string]bool{}
	for _, e := range rec.Entities {
		ids[e.ID] = true
		for _, m := range e.Mentions {
			if m.Text != rec.Text[m.Start:m.End] {
				t.Errorf("%s: mention %q does not match its span", e.ID, m.Text)
			}
		}
	}
	for _, ev := range rec.Events {
		for _, a := range ev.Actors {
			if !ids[a] {
				t.Errorf("actor %s is not an entity of the derived record", a)
			}
		}
	}
	if _, again := derive(base, 7); again.Hash != rec.Hash {
		t.Error("derive is not reproducible")
	}
}

func baseRecords(tb testing.TB, n int) []derivable {
	tb.Helper()
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	docs := Corpus(n, 1)
	out := make([]derivable, len(docs))
	var wg sync.WaitGroup
	for i := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rec, err := p.Process(context.Background(), docs[i])
			if err != nil {
				tb.Error(err)
			}
			out[i] = derivable{src: sourceOf(docs[i]), rec: rec}
		}()
	}
	wg.Wait()
	return out
}

// BenchmarkPut measures store writes alone: each op puts one derived record
// into a database that grows with b.N, so ns/op is the average write cost up
// to that size:
//
//	go test ./internal/bench -run '^$' -bench Put -benchtime 5000x -cpuprofile cpu.out
func BenchmarkPut(b *testing.B) {
	ctx, db, base, done := startPutBench(b)
	defer done()
	for k := 0; k < b.N; k++ {
		src, rec := derive(base, k)
		if _, err := db.Put(ctx, src, rec); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPutBatch is BenchmarkPut with group commit: records are stored
// BatchSize to a transaction, as `kronik ingest` does; ns/op is still per
// document.
//
//	go test ./internal/bench -run '^$' -bench PutBatch -benchtime 5000x -cpuprofile cpu.out
func BenchmarkPutBatch(b *testing.B) { benchmarkPutBatch(b, false) }

// BenchmarkPutBatchBulk is BenchmarkPutBatch as one bulk load, its end
// (the deferred indexes built) included.
func BenchmarkPutBatchBulk(b *testing.B) { benchmarkPutBatch(b, true) }

func benchmarkPutBatch(b *testing.B, bulk bool) {
	ctx, db, base, done := startPutBench(b)
	defer done()
	if bulk {
		if _, err := db.BeginBulk(ctx, true); err != nil {
			b.Fatal(err)
		}
		defer func() {
			if err := db.EndBulk(ctx); err != nil {
				b.Fatal(err)
			}
		}()
	}
	if err := putDerived(ctx, db, base, 0, b.N); err != nil {
		b.Fatal(err)
	}
}

// putDerived stores derived documents from to to (not included), BatchSize
// to a transaction.
func putDerived(ctx context.Context, db store.Writer, base []derivable, from, to int) error {
	for lo := from; lo < to; lo += BatchSize {
		var items []store.Item
		for k := lo; k < min(lo+BatchSize, to); k++ {
			src, rec := derive(base, k)
			items = append(items, store.Item{Src: src, Rec: rec})
		}
		if err := putBatch(ctx, db, items, nil); err != nil {
			return err
		}
	}
	return nil
}

// startPutBench extracts the base records, opens a fresh store and starts
// the clock; done reports the process's CPU time per operation since then
// (on a shared machine the wall-clock ns/op also counts the time spent
// waiting for a core) and closes the store.
func startPutBench(b *testing.B) (ctx context.Context, db *sqlite.DB, base []derivable, done func()) {
	base = baseRecords(b, 300)
	ctx = context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "kb.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	cpu := cpuSeconds()
	return ctx, db, base, func() {
		b.ReportMetric((cpuSeconds()-cpu)*1e9/float64(b.N), "cpu-ns/op")
		db.Close()
	}
}

// TestResumeStore: a kept database grows from the documents it holds to the
// next size, with the same derived documents a single run would add.
func TestResumeStore(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the pipeline")
	}
	ctx := context.Background()
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	opts := StoreOptions{Docs: 20, Sizes: []int{30}, Workers: 2, Seed: 1, Queries: 2, Dir: dir}
	if _, err := RunStore(ctx, p, opts); err != nil {
		t.Fatal(err)
	}
	opts.Sizes = []int{30, 55}
	st, err := ResumeStore(ctx, p, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Sizes) != 1 || st.Sizes[0].Docs != 55 || st.Sizes[0].Search.Runs != 2 {
		t.Fatalf("resumed sizes = %+v, want one size of 55 documents with its queries timed", st.Sizes)
	}
	// The kept database's queries timed again, its search tables read first.
	sz, err := QueryStore(ctx, dir, 2, true)
	if err != nil {
		t.Fatal(err)
	}
	if sz.Docs != 55 || sz.PrewarmSeconds <= 0 || sz.Search.Runs != 2 || sz.SearchFirst.Runs != len(searchQueries) {
		t.Errorf("queries on the kept database = %+v, want 55 documents, prewarm timed, the queries run", sz)
	}
	db, err := sqlite.Open(ctx, filepath.Join(dir, "sizes.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	stats, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents != 55 {
		t.Errorf("database holds %d documents after resuming, want 55", stats.Documents)
	}
	if _, err := ResumeStore(ctx, p, StoreOptions{Docs: 20, Sizes: []int{60}, Dir: t.TempDir()}); err == nil {
		t.Error("resuming without a kept database succeeded")
	}
}

// BenchmarkPutLarge is BenchmarkPutBatch on a copy of a large database a
// `kronik bench --dir D` run left (D/sizes.db, named by KRONIK_GROW_DB; the
// copy is written to): it adds the derived documents that follow those held,
// from the same 2,000 base documents, so that a profile shows what a write
// costs at that size:
//
//	cp D/sizes.db /tmp/g.db && KRONIK_GROW_DB=/tmp/g.db go test ./internal/bench -run '^$' -bench PutLarge -benchtime 1024x -cpuprofile cpu.out
func BenchmarkPutLarge(b *testing.B) {
	path := os.Getenv("KRONIK_GROW_DB")
	if path == "" {
		b.Skip("KRONIK_GROW_DB names no database")
	}
	ctx := context.Background()
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		b.Fatal(err)
	}
	base, err := baseOf(ctx, p, 2000, 1)
	if err != nil {
		b.Fatal(err)
	}
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	st, err := db.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	have := st.Documents
	b.ResetTimer()
	cpu := cpuSeconds()
	if err := putDerived(ctx, db, base, have, have+b.N); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric((cpuSeconds()-cpu)*1e9/float64(b.N), "cpu-ns/op")
}
