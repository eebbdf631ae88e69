// Package bench measures kronik: extraction throughput of the whole pipeline
// and of each stage against a floor (reading and tokenizing the same documents)
// taken in the same run, so that the figures hold as ratios on a noisy machine.
//
// It owns measurement only: it drives the stages, ingest and the stores
// through their public APIs and changes none of their behaviour; no figure it
// prints is asserted by a test.
package bench

import (
	"context"
	"fmt"
	"runtime"
	"runtime/metrics"
	"sync"
	"time"

	"kronik/internal/corpusgen"
	"kronik/internal/ordered"
	"kronik/internal/pipeline"
	"kronik/internal/source"
	"kronik/internal/text"
)

// Options choose the corpus and the work.
type Options struct {
	Docs    int   // generated documents to extract
	Workers int   // goroutines for the all-core run
	Seed    int64 // corpus seed
}

// Machine describes where the figures were taken.
type Machine struct {
	GoVersion string `json:"go_version"`
	OS        string `json:"os"`
	Arch      string `json:"arch"`
	CPUs      int    `json:"cpus"`
}

// Stage is one pipeline stage's share of single-core extraction time.
type Stage struct {
	Seconds      float64 `json:"seconds"`
	Share        float64 `json:"share"`
	TokensPerSec float64 `json:"tokens_per_sec"`
}

// Extraction holds the extraction figures. Per-core figures come from a run on
// one goroutine; all-core figures from a run on Options.Workers goroutines.
type Extraction struct {
	Docs                int     `json:"docs"`
	Tokens              int     `json:"tokens"`
	Bytes               int64   `json:"bytes"`
	FloorTokensPerSec   float64 `json:"floor_tokens_per_sec"`
	TokensPerSecPerCore float64 `json:"tokens_per_sec_per_core"`
	// TokensPerCPUSec is the one-goroutine run's tokens per second of CPU
	// time used by the process (garbage collection included): on a machine
	// other work shares, the time the run waited for a core is not in it.
	TokensPerCPUSec   float64 `json:"tokens_per_cpu_sec"`
	DocsPerSecPerCore float64 `json:"docs_per_sec_per_core"`
	MBPerSecPerCore   float64 `json:"mb_per_sec_per_core"`
	RatioToFloor      float64 `json:"ratio_to_floor"`
	// FloorTokensPerCPUSec and RatioToFloorCPU are the floor and the ratio
	// in CPU time (floor CPU time / one-core pipeline CPU time), which the
	// waiting for a core on a shared machine does not distort.
	FloorTokensPerCPUSec  float64          `json:"floor_tokens_per_cpu_sec"`
	RatioToFloorCPU       float64          `json:"ratio_to_floor_cpu"`
	Workers               int              `json:"workers"`
	TokensPerSecAllCores  float64          `json:"tokens_per_sec_all_cores"`
	DocsPerSecAllCores    float64          `json:"docs_per_sec_all_cores"`
	Stages                map[string]Stage `json:"stages"`
	PeakHeapMB            float64          `json:"peak_heap_mb"`
	EventsPerDoc          float64          `json:"events_per_doc"`
	EntitiesPerDoc        float64          `json:"entities_per_doc"`
	DocumentsWithFailures int              `json:"documents_with_failures"`
}

// Corpus generates n documents.
func Corpus(n int, seed int64) []source.Document {
	o := corpusgen.DefaultOptions()
	o.Seed = seed
	g := corpusgen.New(o)
	docs := make([]source.Document, n)
	for i := range docs {
		a := g.Article(i)
		docs[i] = source.Document{Name: a.Name, Path: a.Name, Body: []byte(a.Text), Format: "text"}
	}
	return docs
}

// MachineInfo describes this machine.
func MachineInfo() Machine {
	return Machine{GoVersion: runtime.Version(), OS: runtime.GOOS, Arch: runtime.GOARCH, CPUs: runtime.NumCPU()}
}

// floorPasses is how many times the floor is run for its CPU time.
const floorPasses = 3

// RunExtraction measures the floor, the pipeline on one core with stage
// timings, and the pipeline on all workers.
func RunExtraction(ctx context.Context, p *pipeline.Pipeline, opts Options) (Extraction, error) {
	docs := Corpus(opts.Docs, opts.Seed)
	var x Extraction
	x.Docs = len(docs)
	for _, d := range docs {
		x.Bytes += int64(len(d.Body))
	}

	// Floor: read the bytes as text and split into sentences and tokens.
	// The wall clock of the first pass gives the historical figure; the
	// CPU time of floorPasses passes (a fraction of a second each, where a
	// shared machine's scheduling would dominate one) gives the CPU ratio.
	start := time.Now()
	cpu0 := cpuSeconds()
	for pass := range floorPasses {
		for _, d := range docs {
			for _, s := range text.Split(string(d.Body)) {
				if pass == 0 {
					x.Tokens += len(s.Tokens)
				}
			}
		}
		if pass == 0 {
			floor := time.Since(start).Seconds()
			x.FloorTokensPerSec = float64(x.Tokens) / floor
		}
	}
	floorCPU := (cpuSeconds() - cpu0) / floorPasses
	if floorCPU > 0 {
		x.FloorTokensPerCPUSec = float64(x.Tokens) / floorCPU
	}
	floor := float64(x.Tokens) / x.FloorTokensPerSec

	peak := startPeak()
	var tm pipeline.Timings
	cpu0 = cpuSeconds()
	start = time.Now()
	var events, entities int
	for _, d := range docs {
		rec, err := p.ProcessTimed(ctx, d, &tm)
		if err != nil {
			if ctx.Err() != nil {
				return x, ctx.Err()
			}
			x.DocumentsWithFailures++
			continue
		}
		events += len(rec.Events)
		entities += len(rec.Entities)
	}
	one := time.Since(start).Seconds()
	if cpu := cpuSeconds() - cpu0; cpu > 0 {
		x.TokensPerCPUSec = float64(x.Tokens) / cpu
		x.RatioToFloorCPU = floorCPU / cpu
	}
	x.TokensPerSecPerCore = float64(x.Tokens) / one
	x.DocsPerSecPerCore = float64(len(docs)) / one
	x.MBPerSecPerCore = float64(x.Bytes) / 1e6 / one
	x.RatioToFloor = floor / one
	x.EventsPerDoc = float64(events) / float64(len(docs))
	x.EntitiesPerDoc = float64(entities) / float64(len(docs))
	x.Stages = map[string]Stage{}
	for name, d := range tm.Stages() {
		x.Stages[name] = Stage{Seconds: d.Seconds(), Share: d.Seconds() / one, TokensPerSec: float64(x.Tokens) / d.Seconds()}
	}

	workers := opts.Workers
	if workers < 1 {
		workers = runtime.NumCPU()
	}
	x.Workers = workers
	start = time.Now()
	for range ordered.Run(ctx, workers, func(send func(source.Document) bool) {
		for _, d := range docs {
			if !send(d) {
				return
			}
		}
	}, func(d source.Document) struct{} {
		p.Process(ctx, d)
		return struct{}{}
	}) {
	}
	all := time.Since(start).Seconds()
	x.TokensPerSecAllCores = float64(x.Tokens) / all
	x.DocsPerSecAllCores = float64(len(docs)) / all
	x.PeakHeapMB = peak() / 1e6
	return x, ctx.Err()
}

// startPeak samples the live heap every 10 ms until the returned function is
// called, which returns the largest value seen, in bytes.
func startPeak() func() float64 {
	samples := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var mu sync.Mutex
	var max uint64
	done := make(chan struct{})
	read := func() {
		metrics.Read(samples)
		if samples[0].Value.Kind() == metrics.KindUint64 {
			v := samples[0].Value.Uint64()
			mu.Lock()
			if v > max {
				max = v
			}
			mu.Unlock()
		}
	}
	go func() {
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				read()
			}
		}
	}()
	return func() float64 {
		read()
		close(done)
		mu.Lock()
		defer mu.Unlock()
		return float64(max)
	}
}

// String is a one-line summary.
func (x Extraction) String() string {
	return fmt.Sprintf("%d docs, %d tokens: floor %.0f tok/s, pipeline %.0f tok/s per core (%.0f per CPU second; %.3f of floor, %.3f in CPU time), %.0f tok/s on %d workers",
		x.Docs, x.Tokens, x.FloorTokensPerSec, x.TokensPerSecPerCore, x.TokensPerCPUSec, x.RatioToFloor, x.RatioToFloorCPU, x.TokensPerSecAllCores, x.Workers)
}
