package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"kronik/internal/bench"
	"kronik/internal/pipeline"
)

// benchReport is what `kronik bench --json` prints; BENCHMARKS.md documents
// every field.
type benchReport struct {
	Machine bench.Machine `json:"machine"`
	Started string        `json:"started"`
	// Startup is the cost of starting a kronik process (`kronik version`).
	Startup    bench.Startup    `json:"startup"`
	Extraction bench.Extraction `json:"extraction"`
	// Growth is one document's cost at growing sizes and its growth
	// exponent (absent with --growth "").
	Growth *bench.Growth `json:"growth,omitempty"`
	// Store is the knowledge-base benchmark: ingest into SQLite and query
	// latency as the corpus grows (absent with --store=false).
	Store *bench.StoreFigures `json:"store,omitempty"`
}

// startupRuns is how many times the start-up benchmark starts kronik.
const startupRuns = 20

func writeSize(w io.Writer, sz bench.Size) {
	ag := sz.SearchAgreement
	fmt.Fprintf(w, "  %8d docs: build %6.0f ms/1000 docs, %7.1f MB; p50/p99 ms: search %.1f/%.1f, events %.1f/%.1f, dossier %.1f/%.1f; peak heap %.0f MB\n",
		sz.Docs, sz.MsPer1000Docs, sz.DBMB, sz.Search.P50Ms, sz.Search.P99Ms, sz.Events.P50Ms, sz.Events.P99Ms,
		sz.Dossier.P50Ms, sz.Dossier.P99Ms, max(sz.PeakHeapMB, sz.QueryHeapMB))
	fmt.Fprintf(w, "            search CPU time p50/p99 %.1f/%.1f ms; each query's first run p50/p99 %.1f/%.1f ms, storage read p50/p99 %.0f/%.0f KB\n",
		sz.SearchCPU.P50Ms, sz.SearchCPU.P99Ms, sz.SearchFirst.P50Ms, sz.SearchFirst.P99Ms, sz.SearchFirstRead.P50KB, sz.SearchFirstRead.P99KB)
	if sz.PrewarmSeconds > 0 {
		fmt.Fprintf(w, "            the tables searches consult read first (--prewarm) in %.1f s\n", sz.PrewarmSeconds)
	}
	fmt.Fprintf(w, "            search top %d against exhaustive bm25 over %d queries: %.2f of places agree on average, %.2f at worst (%s); exhaustive p50/p99 %.1f/%.1f ms\n",
		ag.Top, ag.Queries, ag.Mean, ag.Min, ag.MinQuery, ag.Exhaustive.P50Ms, ag.Exhaustive.P99Ms)
}

func runBench(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("bench", "bench [--json] [--docs N] [--workers N] [--seed N] [--sizes N,N,...] [--queries N] [--store=false] [--dir D [--query-only [--prewarm] | --resume]]\n\n"+
		"Measures extraction on generated news: a floor (read and tokenize), the whole\n"+
		"pipeline on one core with each stage's share, and on all workers. Then ingest\n"+
		"into SQLite (end to end and store only) and the latency of search, events and\n"+
		"dossier as one temporary database grows through --sizes documents (records\n"+
		"beyond --docs are derived from the extracted ones; see BENCHMARKS.md).", stderr)
	asJSON := fs.Bool("json", false, "print one JSON object")
	docs := fs.Int("docs", 2000, "generated documents to extract")
	workers := fs.Int("workers", runtime.NumCPU(), "goroutines for the all-core run")
	seed := fs.Int64("seed", 1, "corpus seed")
	sizes := fs.String("sizes", "10000,100000,1000000", "corpus sizes at which queries are timed")
	queries := fs.Int("queries", 50, "runs of each query at each size")
	growth := fs.String("growth", sizesList(bench.DefaultGrowthSizes), "sizes in bytes of the one long document whose cost growth is measured (\"\" skips it)")
	withStore := fs.Bool("store", true, "run the knowledge-base benchmark")
	dir := fs.String("dir", "", "directory for the temporary databases (default: a new temporary directory)")
	queryOnly := fs.Bool("query-only", false, "only time the queries on the database a run with --dir left there")
	prewarm := fs.Bool("prewarm", false, "with --query-only: read the tables searches consult first, as `kronik serve` does at start, and time that")
	resume := fs.Bool("resume", false, "grow the database a run with --dir left there through --sizes, from the documents it holds (no extraction or ingest figures)")
	pg := pgBenchFlags(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if pg.dsn != nil && *pg.dsn != "" {
		return runBenchPostgres(ctx, pg, *docs, *seed, *queries, *asJSON, stdout, stderr)
	}
	if *prewarm && !*queryOnly {
		return fmt.Errorf("%w: --prewarm goes with --query-only", errUsage)
	}
	if *queryOnly {
		if *dir == "" {
			return fmt.Errorf("%w: --query-only needs --dir", errUsage)
		}
		sz, err := bench.QueryStore(ctx, *dir, *queries, *prewarm)
		if err != nil {
			return err
		}
		if *asJSON {
			enc := json.NewEncoder(stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(sz)
		}
		writeSize(stdout, sz)
		return nil
	}
	if *docs < 1 {
		return fmt.Errorf("%w: --docs must be at least 1", errUsage)
	}
	if *resume && *dir == "" {
		return fmt.Errorf("%w: --resume needs --dir", errUsage)
	}
	sizeList, err := parseSizes("sizes", *sizes)
	if err != nil {
		return err
	}
	growthSizes, err := parseSizes("growth", *growth)
	if err != nil {
		return err
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return err
	}
	progress := func(line string) { fmt.Fprintln(stderr, "bench:", line) }
	if *resume {
		st, err := bench.ResumeStore(ctx, p, bench.StoreOptions{Docs: *docs, Sizes: sizeList, Seed: *seed,
			Queries: *queries, Dir: *dir, Progress: progress})
		if err != nil {
			return fmt.Errorf("store benchmark: %w", err)
		}
		if *asJSON {
			enc := json.NewEncoder(stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(st)
		}
		for _, sz := range st.Sizes {
			writeSize(stdout, sz)
		}
		fmt.Fprintf(stdout, "  peak RSS %.0f MB\n", st.PeakRSSMB)
		return nil
	}
	rep := benchReport{Machine: bench.MachineInfo(), Started: time.Now().UTC().Format(time.RFC3339)}
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("start-up benchmark: %w", err)
	}
	if rep.Startup, err = bench.MeasureStartup(ctx, exe, startupRuns); err != nil {
		return err
	}
	rep.Extraction, err = bench.RunExtraction(ctx, p, bench.Options{Docs: *docs, Workers: *workers, Seed: *seed})
	if err != nil {
		return fmt.Errorf("extraction benchmark: %w", err)
	}
	if len(growthSizes) > 0 {
		// Without the per-document text limit, or the sizes beyond it
		// would all measure the same truncated text.
		unbounded, err := pipeline.New(pipeline.Options{MaxTextBytes: -1})
		if err != nil {
			return err
		}
		g, err := bench.RunGrowth(ctx, unbounded, growthSizes, *seed)
		if err != nil {
			return fmt.Errorf("growth benchmark: %w", err)
		}
		rep.Growth = &g
	}
	if *withStore {
		st, err := bench.RunStore(ctx, p, bench.StoreOptions{Docs: *docs, Sizes: sizeList, Workers: *workers,
			Seed: *seed, Queries: *queries, Dir: *dir, Progress: progress})
		if err != nil {
			return fmt.Errorf("store benchmark: %w", err)
		}
		rep.Store = &st
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	x := rep.Extraction
	fmt.Fprintf(stdout, "machine: %s %s/%s, %d cpus\n", rep.Machine.GoVersion, rep.Machine.OS, rep.Machine.Arch, rep.Machine.CPUs)
	su := rep.Startup
	fmt.Fprintf(stdout, "start-up (%d runs of kronik version): wall p50 %.1f ms, p90 %.1f ms; cpu p50 %.1f ms; package initialisation %.1f ms, %.1f MB allocated (most: %s)\n",
		su.Runs, su.WallP50Ms, su.WallP90Ms, su.CPUP50Ms, su.InitMs, su.InitMB, su.InitTop)
	fmt.Fprintln(stdout, "extraction:", x)
	for _, s := range []string{"article", "lang", "split", "timex", "quantity", "entity", "event"} {
		st := x.Stages[s]
		fmt.Fprintf(stdout, "  %-9s %5.1f%%  %12.0f tok/s\n", s, 100*st.Share, st.TokensPerSec)
	}
	fmt.Fprintf(stdout, "  peak heap %.0f MB\n", x.PeakHeapMB)
	if rep.Growth != nil {
		fmt.Fprintln(stdout, "one long document:", rep.Growth)
	}
	if st := rep.Store; st != nil {
		in := st.Ingest
		fmt.Fprintf(stdout, "ingest: %d docs, %.0f docs/s end to end on %d workers, %.0f docs/s store only, %.1f MB per 1,000 docs, peak heap %.0f MB\n",
			in.Docs, in.DocsPerSecEndToEnd, in.Workers, in.DocsPerSecStoreOnly, in.MBPer1000Docs, in.PeakHeapMB)
		for _, sz := range st.Sizes {
			writeSize(stdout, sz)
		}
		fmt.Fprintf(stdout, "  peak RSS %.0f MB\n", st.PeakRSSMB)
	}
	return nil
}

// parseSizes reads a comma-separated list of positive numbers (flag name).
func parseSizes(name, list string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(list, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		n, err := strconv.Atoi(f)
		if err != nil || n < 1 {
			return nil, fmt.Errorf("%w: --%s: %q is not a positive number", errUsage, name, f)
		}
		out = append(out, n)
	}
	return out, nil
}

// sizesList writes sizes as parseSizes reads them.
func sizesList(sizes []int) string {
	parts := make([]string, len(sizes))
	for i, n := range sizes {
		parts[i] = strconv.Itoa(n)
	}
	return strings.Join(parts, ",")
}
