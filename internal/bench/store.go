package bench

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"kronik/internal/calendar"
	"kronik/internal/ingest"
	"kronik/internal/pipeline"
	"kronik/internal/record"
	"kronik/internal/source"
	"kronik/internal/store"
	"kronik/internal/store/sqlite"
)

// StoreOptions choose the knowledge-base benchmark's work.
type StoreOptions struct {
	// Docs is how many generated documents run through the pipeline; they
	// are the ingest benchmark and the base records of the larger corpora.
	Docs int
	// Sizes are the corpus sizes, in documents, at which queries are timed;
	// one database grows through them in increasing order.
	Sizes   []int
	Workers int   // pipeline goroutines for the end-to-end ingest
	Seed    int64 // corpus seed
	// Queries is how many times each query is run at each size (default 50).
	Queries int
	// Dir holds the temporary databases (default: a new temporary directory,
	// removed afterwards).
	Dir string
	// Progress, when set, receives a line as each phase ends.
	Progress func(string)
}

// Ingest holds the ingest figures, from fresh databases.
type Ingest struct {
	Docs int `json:"docs"`
	// DocsPerSecEndToEnd: the pipeline on Workers goroutines feeding one
	// writer, as `kronik ingest` does.
	DocsPerSecEndToEnd float64 `json:"docs_per_sec_end_to_end"`
	Workers            int     `json:"workers"`
	// DocsPerSecStoreOnly: store writes alone, records precomputed.
	DocsPerSecStoreOnly float64 `json:"docs_per_sec_store_only"`
	// CPUMsPerDocEndToEnd and CPUMsPerDocStoreOnly are the CPU time (user
	// and system, all threads) of each run per document: on a shared
	// machine the figures above also count the time spent waiting for a
	// core. End to end on W cores cannot beat W / CPUMsPerDocEndToEnd
	// documents per millisecond, nor the one writer's 1 / CPUMsPerDocStoreOnly.
	CPUMsPerDocEndToEnd  float64 `json:"cpu_ms_per_doc_end_to_end"`
	CPUMsPerDocStoreOnly float64 `json:"cpu_ms_per_doc_store_only"`
	// EndToEndBulk: the end-to-end run loaded in bulk (ingest.BulkAuto
	// does for a fresh store whose first batch fills).
	EndToEndBulk bool `json:"end_to_end_bulk"`
	// DocsPerSecStoreOnlyBulk and CPUMsPerDocStoreOnlyBulk: the store-only
	// run again as a bulk load into a fresh file, its end (building the
	// deferred indexes) included.
	DocsPerSecStoreOnlyBulk  float64 `json:"docs_per_sec_store_only_bulk"`
	CPUMsPerDocStoreOnlyBulk float64 `json:"cpu_ms_per_doc_store_only_bulk"`
	// MBPer1000Docs is the database file's size (WAL checkpointed) per 1,000
	// documents after the store-only run.
	MBPer1000Docs    float64 `json:"db_mb_per_1000_docs"`
	PeakHeapMB       float64 `json:"peak_heap_mb"` // during the end-to-end run
	StorePeakHeapMB  float64 `json:"store_peak_heap_mb"`
	DuplicateDocs    int     `json:"near_duplicate_docs"` // stored as near-duplicates of another
	EventsStored     int     `json:"events"`
	ClustersStored   int     `json:"clusters"`
	EntitiesStored   int     `json:"entities"`
	DocumentsSkipped int     `json:"documents_failed"`
}

// Latency is the distribution of one query's time.
type Latency struct {
	Query string  `json:"query"`
	Runs  int     `json:"runs"`
	P50Ms float64 `json:"p50_ms"`
	P99Ms float64 `json:"p99_ms"`
	MaxMs float64 `json:"max_ms"`
	// Results is the number of hits, clusters or dossier events returned.
	Results int `json:"results"`
}

// Reads is what each run of a query read from storage (Linux,
// /proc/self/io; a PostgreSQL server's reads are not the client's): zero
// when every page it needed was in the operating system's cache.
type Reads struct {
	Runs  int     `json:"runs"`
	P50KB float64 `json:"p50_kb"`
	P99KB float64 `json:"p99_kb"`
	MaxKB float64 `json:"max_kb"`
	// TotalMB is the sum over the runs.
	TotalMB float64 `json:"total_mb"`
}

// Size holds the figures at one corpus size.
type Size struct {
	Docs int `json:"docs"`
	// BuildSeconds is the time to grow the database from the previous size
	// to this one (store writes of derived records, BatchSize a transaction).
	BuildSeconds float64 `json:"build_seconds"`
	// MsPer1000Docs is BuildSeconds per 1,000 added documents: flat when
	// the write cost does not grow with the corpus.
	MsPer1000Docs float64 `json:"build_ms_per_1000_docs"`
	// BuildCPUMsPerDoc is the process's CPU time per added document while
	// it grew (the writes and the derivation of their records), which the
	// machine's load inflates less than the wall clock.
	BuildCPUMsPerDoc float64 `json:"build_cpu_ms_per_doc"`
	DBMB             float64 `json:"db_mb"`
	PeakHeapMB       float64 `json:"build_peak_heap_mb"`
	QueryHeapMB      float64 `json:"query_peak_heap_mb"`
	// PrewarmSeconds is how long reading the tables searches consult took
	// before the queries (store.Prewarmer, `kronik bench --query-only
	// --prewarm`); absent when they were not read first.
	PrewarmSeconds float64 `json:"prewarm_seconds,omitempty"`
	// SearchFirst is each benchmark query's first run in the process,
	// before the timed runs: the pages it needs that the operating
	// system's cache lacks are read from storage, so on a database larger
	// than the memory (or one just opened) it is the latency of a query
	// nobody asked lately. SearchFirstRead is what those runs read.
	SearchFirst     Latency `json:"search_first"`
	SearchFirstRead Reads   `json:"search_first_read"`
	// Search is the timed runs after SearchFirst: the latency of queries
	// whose pages the cache holds.
	Search Latency `json:"search"`
	// SearchCPU is the searches' CPU time (Linux), which the machine's
	// load does not inflate as it does the wall clock.
	SearchCPU Latency `json:"search_cpu"`
	// SearchAgreement compares the search's top hits with exhaustive ranking.
	SearchAgreement SearchAgreement `json:"search_agreement"`
	Events          Latency         `json:"events"`
	Dossier         Latency         `json:"dossier"`
	// EventsCPU and DossierCPU are those queries' CPU time of the querying
	// thread (Linux), like SearchCPU: all of a SQLite query's work, only
	// the client's share of a PostgreSQL one.
	EventsCPU  Latency `json:"events_cpu"`
	DossierCPU Latency `json:"dossier_cpu"`
	Clusters   int     `json:"clusters"`
}

// StoreFigures is the knowledge-base benchmark's result.
type StoreFigures struct {
	Ingest Ingest `json:"ingest"`
	Sizes  []Size `json:"sizes"`
	// PeakRSSMB is the process's peak resident memory (VmHWM) at the end:
	// it includes SQLite's page cache, which the Go heap figures do not.
	PeakRSSMB float64 `json:"peak_rss_mb"`
}

// withDefaults fills the options left zero: 50 runs of each query, a
// worker per CPU, progress lines dropped.
func (o StoreOptions) withDefaults() StoreOptions {
	if o.Queries < 1 {
		o.Queries = 50
	}
	if o.Workers < 1 {
		o.Workers = runtime.NumCPU()
	}
	if o.Progress == nil {
		o.Progress = func(string) {}
	}
	return o
}

// RunStore measures ingest into SQLite and query latency as the corpus
// grows.
func RunStore(ctx context.Context, p *pipeline.Pipeline, opts StoreOptions) (StoreFigures, error) {
	var out StoreFigures
	if opts.Docs < 1 {
		return out, fmt.Errorf("store benchmark: no documents")
	}
	opts = opts.withDefaults()
	progress := opts.Progress
	dir := opts.Dir
	if dir == "" {
		d, err := os.MkdirTemp("", "kronik-bench-")
		if err != nil {
			return out, err
		}
		defer os.RemoveAll(d)
		dir = d
	}

	// End to end: what `kronik ingest` does (internal/ingest), pipeline on
	// all workers, one writer. The records extracted, in input order, are
	// the base of the store-only run and of the derived corpora.
	docs := Corpus(opts.Docs, opts.Seed)
	db, err := sqlite.Open(ctx, filepath.Join(dir, "ingest.db"))
	if err != nil {
		return out, err
	}
	var base []derivable
	peak := startPeak()
	start, cpu := time.Now(), cpuSeconds()
	sum, writeErr := ingest.Run(ctx, db, p, func(send func(ingest.Input) bool) {
		for _, d := range docs {
			if !send(ingest.Input{Doc: d}) {
				return
			}
		}
	}, ingest.Options{Workers: opts.Workers, Batch: BatchSize, Bulk: ingest.BulkAuto, Extracted: func(d source.Document, rec record.Record) {
		base = append(base, derivable{src: sourceOf(d), rec: rec})
	}})
	e2e := time.Since(start).Seconds()
	out.Ingest.CPUMsPerDocEndToEnd = (cpuSeconds() - cpu) * 1000 / float64(len(docs))
	out.Ingest.PeakHeapMB = peak() / 1e6
	db.Close()
	if writeErr != nil {
		return out, fmt.Errorf("ingest: %w", writeErr)
	}
	out.Ingest.DocumentsSkipped = sum.Failed
	out.Ingest.EndToEndBulk = sum.Bulk
	out.Ingest.Docs = len(docs)
	out.Ingest.Workers = opts.Workers
	out.Ingest.DocsPerSecEndToEnd = float64(len(docs)) / e2e
	progress(fmt.Sprintf("ingest end to end: %d docs, %.0f docs/s, %.2f CPU ms a document", len(docs),
		out.Ingest.DocsPerSecEndToEnd, out.Ingest.CPUMsPerDocEndToEnd))

	if len(base) == 0 {
		return out, fmt.Errorf("store benchmark: every document failed")
	}

	// Store only, as a bulk load and not.
	if out.Ingest.DocsPerSecStoreOnlyBulk, out.Ingest.CPUMsPerDocStoreOnlyBulk, err = storeOnly(ctx,
		filepath.Join(dir, "bulk.db"), base, true, nil); err != nil {
		return out, err
	}
	progress(fmt.Sprintf("ingest store only, bulk: %.0f docs/s, %.2f CPU ms a document",
		out.Ingest.DocsPerSecStoreOnlyBulk, out.Ingest.CPUMsPerDocStoreOnlyBulk))
	path := filepath.Join(dir, "store.db")
	peak = startPeak()
	out.Ingest.DocsPerSecStoreOnly, out.Ingest.CPUMsPerDocStoreOnly, err = storeOnly(ctx, path, base, false,
		func(r store.PutResult) {
			if r.NearDuplicateOf != "" {
				out.Ingest.DuplicateDocs++
			}
		})
	if err != nil {
		return out, err
	}
	out.Ingest.StorePeakHeapMB = peak() / 1e6
	db, err = sqlite.Open(ctx, path)
	if err != nil {
		return out, err
	}
	st, err := db.Stats(ctx)
	if err != nil {
		db.Close()
		return out, err
	}
	out.Ingest.EventsStored, out.Ingest.ClustersStored, out.Ingest.EntitiesStored = st.Events, st.Clusters, st.Entities
	if err := db.Checkpoint(ctx); err != nil {
		db.Close()
		return out, err
	}
	db.Close()
	out.Ingest.MBPer1000Docs = fileMB(path) / float64(len(base)) * 1000
	progress(fmt.Sprintf("ingest store only: %.0f docs/s, %.2f CPU ms a document, %.1f MB per 1,000 docs",
		out.Ingest.DocsPerSecStoreOnly, out.Ingest.CPUMsPerDocStoreOnly, out.Ingest.MBPer1000Docs))

	// Growing corpus.
	out.Sizes, err = grow(ctx, filepath.Join(dir, "sizes.db"), base, 0, opts)
	if err != nil {
		return out, err
	}
	out.PeakRSSMB = peakRSSMB()
	return out, nil
}

// storeOnly stores the base records into a fresh database at path, BatchSize
// a transaction, as a bulk load or not, and returns documents per second and
// CPU milliseconds per document. seen, when set, gets each result.
func storeOnly(ctx context.Context, path string, base []derivable, bulk bool, seen func(store.PutResult)) (float64, float64, error) {
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		return 0, 0, err
	}
	defer db.Close()
	start, cpu := time.Now(), cpuSeconds()
	if bulk {
		if _, err := db.BeginBulk(ctx, true); err != nil {
			return 0, 0, err
		}
	}
	for lo := 0; lo < len(base); lo += BatchSize {
		batch := make([]store.Item, 0, BatchSize)
		for _, b := range base[lo:min(lo+BatchSize, len(base))] {
			batch = append(batch, store.Item{Src: b.src, Rec: b.rec})
		}
		if err := putBatch(ctx, db, batch, seen); err != nil {
			return 0, 0, fmt.Errorf("store-only ingest: %w", err)
		}
	}
	if bulk {
		if err := db.EndBulk(ctx); err != nil {
			return 0, 0, err
		}
	}
	return float64(len(base)) / time.Since(start).Seconds(), (cpuSeconds() - cpu) * 1000 / float64(len(base)), nil
}

// ResumeStore grows the database a run with StoreOptions.Dir left behind
// (Dir/sizes.db) from the documents it holds through the larger of
// opts.Sizes, timing the queries at each: a corpus of a million documents
// can be built over several runs, or a build stopped part way continued with
// new code. The ingest figures are not taken (the base records are
// extracted untimed); Sizes report only the documents added in this run.
func ResumeStore(ctx context.Context, p *pipeline.Pipeline, opts StoreOptions) (StoreFigures, error) {
	var out StoreFigures
	if opts.Docs < 1 {
		return out, fmt.Errorf("store benchmark: no documents")
	}
	path := filepath.Join(opts.Dir, "sizes.db")
	if _, err := os.Stat(path); err != nil {
		return out, fmt.Errorf("resume: %w", err)
	}
	base, err := baseOf(ctx, p, opts.Docs, opts.Seed)
	if err != nil {
		return out, fmt.Errorf("store benchmark: %w", err)
	}
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		return out, err
	}
	st, err := db.Stats(ctx)
	db.Close()
	if err != nil {
		return out, err
	}
	out.Sizes, err = grow(ctx, path, base, st.Documents, opts)
	if err != nil {
		return out, err
	}
	out.PeakRSSMB = peakRSSMB()
	return out, nil
}

// growProgress is how many added documents pass between progress lines
// while a size is built.
const growProgress = 1 << 15

// grow adds derived documents have, have+1, ... to the database at path
// through each of opts.Sizes above have, and times the queries at each.
func grow(ctx context.Context, path string, base []derivable, have int, opts StoreOptions) ([]Size, error) {
	opts = opts.withDefaults()
	progress := opts.Progress
	sizes := append([]int(nil), opts.Sizes...)
	sort.Ints(sizes)
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	var out []Size
	for _, n := range sizes {
		if n <= have {
			continue
		}
		sz := Size{Docs: n}
		peak := startPeak()
		start, cpu := time.Now(), cpuSeconds()
		last, lastAt := start, have
		for lo := have; lo < n; lo += BatchSize {
			batch := make([]store.Item, 0, BatchSize)
			for k := lo; k < min(lo+BatchSize, n); k++ {
				src, rec := derive(base, k)
				batch = append(batch, store.Item{Src: src, Rec: rec})
			}
			if err := putBatch(ctx, db, batch, nil); err != nil {
				return out, fmt.Errorf("grow to %d: %w", n, err)
			}
			if err := ctx.Err(); err != nil {
				return out, err
			}
			if at := lo + len(batch); at-lastAt >= growProgress {
				progress(fmt.Sprintf("growing: %d docs, %.0f ms/1000 docs since %d", at,
					time.Since(last).Seconds()*1e6/float64(at-lastAt), lastAt))
				last, lastAt = time.Now(), at
			}
		}
		sz.BuildSeconds = time.Since(start).Seconds()
		sz.MsPer1000Docs = sz.BuildSeconds * 1000 / float64(n-have) * 1000
		sz.BuildCPUMsPerDoc = (cpuSeconds() - cpu) * 1000 / float64(n-have)
		sz.PeakHeapMB = peak() / 1e6
		have = n
		if err := db.Checkpoint(ctx); err != nil {
			return out, err
		}
		sz.DBMB = fileMB(path)
		peak = startPeak()
		if err := timeQueries(ctx, db, opts.Queries, &sz); err != nil {
			return out, fmt.Errorf("queries at %d: %w", n, err)
		}
		sz.QueryHeapMB = peak() / 1e6
		if st, err := db.Stats(ctx); err == nil {
			sz.Clusters = st.Clusters
		}
		out = append(out, sz)
		progress(fmt.Sprintf("size %d: build %.1f ms/1000 docs (%.2f CPU ms a document); search p99 %.1f ms, events p99 %.1f ms, dossier p99 %.1f ms",
			n, sz.MsPer1000Docs, sz.BuildCPUMsPerDoc, sz.Search.P99Ms, sz.Events.P99Ms, sz.Dossier.P99Ms))
	}
	return out, nil
}

// BatchSize is how many documents the benchmark stores per transaction, as
// `kronik ingest` does by default (group commit).
const BatchSize = 512

// putBatch stores items in one transaction; a document the store refuses
// fails the benchmark, since every generated document must store. seen, when
// set, gets each result.
func putBatch(ctx context.Context, db store.Writer, items []store.Item, seen func(store.PutResult)) error {
	res, err := db.PutBatch(ctx, items)
	if err != nil {
		return err
	}
	for _, r := range res {
		if r.Err != nil {
			return r.Err
		}
		if seen != nil {
			seen(r.PutResult)
		}
	}
	return nil
}

func sourceOf(d source.Document) store.Source {
	return store.Source{Key: d.Name, Name: d.Name, Path: d.Path, Format: d.Format, Body: d.Body}
}

func fileMB(path string) float64 {
	var total int64
	for _, p := range []string{path, path + "-wal"} {
		if fi, err := os.Stat(p); err == nil {
			total += fi.Size()
		}
	}
	return float64(total) / 1e6
}

// peakRSSMB reads the process's peak resident set size from /proc (Linux);
// 0 elsewhere.
func peakRSSMB() float64 {
	kb, _ := procField("status", "VmHWM")
	return kb / 1000
}

// QueryStore times the queries on a database a run with StoreOptions.Dir
// left behind (Dir/sizes.db), at whatever size it has: queries can be timed
// again with new code without rebuilding a large corpus. With prewarm, the
// tables searches consult are read first (store.Prewarmer), as `kronik
// serve` does at start.
func QueryStore(ctx context.Context, dir string, runs int, prewarm bool) (Size, error) {
	path := filepath.Join(dir, "sizes.db")
	if _, err := os.Stat(path); err != nil {
		return Size{}, fmt.Errorf("query benchmark: %w", err)
	}
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		return Size{}, err
	}
	defer db.Close()
	st, err := db.Stats(ctx)
	if err != nil {
		return Size{}, err
	}
	sz := Size{Docs: st.Documents, Clusters: st.Clusters, DBMB: fileMB(path)}
	peak := startPeak()
	if prewarm {
		t := time.Now()
		if _, err := db.Prewarm(ctx); err != nil {
			return sz, err
		}
		sz.PrewarmSeconds = time.Since(t).Seconds()
	}
	if err := timeQueries(ctx, db, runs, &sz); err != nil {
		return sz, fmt.Errorf("queries at %d: %w", sz.Docs, err)
	}
	sz.QueryHeapMB = peak() / 1e6
	return sz, nil
}

// timeQueries runs each query kind runs times: search (timeSearch), events of the most mentioned country, the dossier of that
// country and the country it appears with most.
func timeQueries(ctx context.Context, db store.Store, runs int, sz *Size) error {
	a, b, err := frequentPair(ctx, db)
	if err != nil {
		return err
	}
	if err := timeSearch(ctx, db, runs, sz); err != nil {
		return err
	}
	// As `kronik events --actor` asks by default: the newest
	// store.EventsShown clusters with store.MentionsShown reports each.
	sz.Events, sz.EventsCPU, err = timeRuns("--actor "+a, runs, func() (int, error) {
		cs, err := db.Events(ctx, store.EventFilter{Actor: []string{a}, Limit: store.EventsShown, Mentions: store.MentionsShown})
		return len(cs), err
	})
	if err != nil {
		return err
	}
	sz.Dossier, sz.DossierCPU, err = timeRuns(strings.TrimSpace(a+" "+b), runs, func() (int, error) {
		d, err := store.BuildDossier(ctx, db, a, b)
		return len(d.Events), err
	})
	return err
}

// timeRuns runs q runs times on one locked thread and returns its wall-clock
// and thread CPU latencies, with the results of the last run. The queries
// run on this goroutine's thread alone (SQLite runs in the caller), so the
// thread's CPU time is each query's work.
func timeRuns(name string, runs int, q func() (int, error)) (wall, cpu Latency, err error) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var ms, cms []float64
	n := 0
	for i := 0; i < runs; i++ {
		t, c := time.Now(), threadCPU()
		if n, err = q(); err != nil {
			return wall, cpu, err
		}
		cms = append(cms, threadCPU()-c)
		ms = append(ms, since(t))
	}
	return latency(name, ms, n), latency(name+", CPU time of the querying thread", cms, n), nil
}

func since(t time.Time) float64 { return float64(time.Since(t).Microseconds()) / 1000 }

func latency(q string, ms []float64, results int) Latency {
	s := append([]float64(nil), ms...)
	sort.Float64s(s)
	at := func(p float64) float64 {
		i := int(p * float64(len(s)-1))
		return s[i]
	}
	return Latency{Query: q, Runs: len(s), P50Ms: at(0.50), P99Ms: at(0.99), MaxMs: s[len(s)-1], Results: results}
}

// frequentPair returns the two most mentioned countries: a frequent pair for
// the dossier (most pairs of the generated corpus are reported alike).
func frequentPair(ctx context.Context, db store.Reader) (string, string, error) {
	type country struct {
		id string
		n  int
	}
	var cs []country
	for _, name := range []string{"Indonesia", "China", "India", "Japan", "Malaysia", "Vietnam", "Kazakhstan"} {
		refs, err := db.FindEntities(ctx, name)
		if err != nil {
			return "", "", err
		}
		if len(refs) > 0 {
			cs = append(cs, country{refs[0].ID, refs[0].Mentions})
		}
	}
	if len(cs) == 0 {
		return "", "", fmt.Errorf("no known country in the generated corpus")
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].n > cs[j].n })
	if len(cs) == 1 {
		return cs[0].id, "", nil
	}
	return cs[0].id, cs[1].id, nil
}

// baseOf extracts the generated corpus of n documents with p, one after
// another: the base records a larger corpus is derived from. A document that
// fails is left out; none left is an error.
func baseOf(ctx context.Context, p *pipeline.Pipeline, n int, seed int64) ([]derivable, error) {
	var base []derivable
	for _, d := range Corpus(n, seed) {
		if rec, err := p.Process(ctx, d); err == nil {
			base = append(base, derivable{src: sourceOf(d), rec: rec})
		}
	}
	if len(base) == 0 {
		return nil, errors.New("every document failed")
	}
	return base, nil
}

// derivable is a base record with the input it came from.
type derivable struct {
	src store.Source
	rec record.Record
}

// derive returns document k of a corpus of any size built from the base
// records: record k mod len(base), unchanged for k < len(base); above, its
// variant v = k / len(base) with every digit of the text (and title) turned
// by v (figures, dates and years as written change), the letters of every
// person's name (in the text, the entity and its id) turned by v through the
// alphabet, day-precise event dates and the publication date moved v days
// later, its own name and content hash. The substitutions keep every byte
// offset, so evidence and mention spans still point at their sentences.
func derive(base []derivable, k int) (store.Source, record.Record) {
	b := base[k%len(base)]
	v := k / len(base)
	if v == 0 {
		return b.src, b.rec
	}
	r := b.rec
	txt := []byte(r.Text)
	turnDigits(txt, v)
	ids := map[string]string{}
	ents := make([]record.Entity, len(r.Entities))
	for i, e := range r.Entities {
		ents[i] = e
		ents[i].Mentions = append([]record.Mention(nil), e.Mentions...)
		if e.Type != "PERSON" {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start >= 0 && m.End <= len(txt) && m.Start <= m.End {
				turnLetters(txt[m.Start:m.End], v)
			}
		}
		name := []byte(e.Name)
		turnLetters(name, v)
		ents[i].Name = string(name)
		ents[i].ID = "person:" + strings.ToLower(strings.ReplaceAll(string(name), " ", "-"))
		ids[e.ID] = ents[i].ID
	}
	text := string(txt)
	slice := func(s, e int) string {
		if s < 0 || e > len(text) || s > e {
			return ""
		}
		return text[s:e]
	}
	for i := range ents {
		for j := range ents[i].Mentions {
			m := &ents[i].Mentions[j]
			m.Text = slice(m.Start, m.End)
		}
	}
	r.Entities = ents
	r.Text = text
	r.Events = append([]record.Event(nil), r.Events...)
	for i := range r.Events {
		ev := &r.Events[i]
		actors := make([]string, len(ev.Actors))
		for j, a := range ev.Actors {
			if n, ok := ids[a]; ok {
				a = n
			}
			actors[j] = a
		}
		ev.Actors = actors
		ev.Date, ev.DateEnd = shiftDate(ev.Date, v), shiftDate(ev.DateEnd, v)
		ev.Evidence.Text = slice(ev.Evidence.Start, ev.Evidence.End)
		ev.Cluster = ""
	}
	r.Quantities = append([]record.Quantity(nil), r.Quantities...)
	for i := range r.Quantities {
		r.Quantities[i].Text = slice(r.Quantities[i].Start, r.Quantities[i].End)
	}
	r.Times = append([]record.Time(nil), r.Times...)
	for i := range r.Times {
		r.Times[i].Text = slice(r.Times[i].Start, r.Times[i].End)
	}
	if r.Title != nil {
		t := []byte(*r.Title)
		turnDigits(t, v)
		s := string(t)
		r.Title = &s
	}
	r.Published = shiftDate(r.Published, v)
	name := fmt.Sprintf("syn-%08d.txt", k)
	h := sha256.Sum256([]byte(name + "\x00" + text))
	r.Hash = hex.EncodeToString(h[:])
	r.Source = name
	src := b.src
	src.Name, src.Key, src.Path, src.Body = name, name, name, txt
	return src, r
}

func turnDigits(b []byte, v int) {
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = '0' + byte((int(c-'0')+v)%10)
		}
	}
}

func turnLetters(b []byte, v int) {
	for i, c := range b {
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + byte((int(c-'a')+v)%26)
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + byte((int(c-'A')+v)%26)
		}
	}
}

// shiftDate moves a YYYY-MM-DD date (the leading part of a longer value)
// v days later; other precisions are kept.
func shiftDate(d *string, v int) *string {
	if d == nil || len(*d) < 10 {
		return d
	}
	t, ok := calendar.ParseDay((*d)[:10])
	if !ok {
		return d
	}
	s := t.AddDays(v).String() + (*d)[10:]
	return &s
}
