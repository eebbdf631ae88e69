package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"time"

	"kronik/internal/bench"
	"kronik/internal/pipeline"
)

// benchReport is what `kronik bench --json` prints; BENCHMARKS.md documents
// every field.
type benchReport struct {
	Machine    bench.Machine    `json:"machine"`
	Started    string           `json:"started"`
	Extraction bench.Extraction `json:"extraction"`
}

func runBench(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("bench", "bench [--json] [--docs N] [--workers N] [--seed N]\n\n"+
		"Measures extraction on generated news: a floor (read and tokenize), the whole\n"+
		"pipeline on one core with each stage's share, and on all workers.", stderr)
	asJSON := fs.Bool("json", false, "print one JSON object")
	docs := fs.Int("docs", 2000, "generated documents to extract")
	workers := fs.Int("workers", runtime.NumCPU(), "goroutines for the all-core run")
	seed := fs.Int64("seed", 1, "corpus seed")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *docs < 1 {
		return fmt.Errorf("%w: --docs must be at least 1", errUsage)
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return err
	}
	rep := benchReport{Machine: bench.MachineInfo(), Started: time.Now().UTC().Format(time.RFC3339)}
	rep.Extraction, err = bench.RunExtraction(ctx, p, bench.Options{Docs: *docs, Workers: *workers, Seed: *seed})
	if err != nil {
		return fmt.Errorf("extraction benchmark: %w", err)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	x := rep.Extraction
	fmt.Fprintf(stdout, "machine: %s %s/%s, %d cpus\n", rep.Machine.GoVersion, rep.Machine.OS, rep.Machine.Arch, rep.Machine.CPUs)
	fmt.Fprintln(stdout, "extraction:", x)
	for _, s := range []string{"article", "lang", "split", "timex", "quantity", "entity", "event"} {
		st := x.Stages[s]
		fmt.Fprintf(stdout, "  %-9s %5.1f%%  %12.0f tok/s\n", s, 100*st.Share, st.TokensPerSec)
	}
	fmt.Fprintf(stdout, "  peak heap %.0f MB\n", x.PeakHeapMB)
	return nil
}
