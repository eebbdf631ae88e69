package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"

	"kronik/internal/pipeline"
	"kronik/internal/record"
	"kronik/internal/source"
	"kronik/internal/store"
	"kronik/internal/store/sqlite"
)

const defaultDB = "kronik.db"

// Group commit defaults for ingest. A batch writes each page it changes to
// the log once, and random index keys share few pages, so larger batches
// write less: 512 documents a batch write 91 KB a document against 279 KB
// at 64, and store 28% faster (6,000 generated documents on this machine).
// The wait bounds how long a slow trickle of inputs (a feed) stays
// unstored.
const (
	defaultBatch     = 512
	defaultBatchWait = time.Second
)

func openStore(ctx context.Context, path string) (*sqlite.DB, error) {
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		return nil, fmt.Errorf("open knowledge base: %w", err)
	}
	return db, nil
}

// ingestSummary counts what an ingest did.
type ingestSummary struct {
	read, added, versions, duplicates, failed int
	reasons                                   []string
}

func (s *ingestSummary) print(w io.Writer, verb string) {
	fmt.Fprintf(w, "%s: read %d, new %d, new versions %d, duplicate %d, failed %d\n",
		verb, s.read, s.added, s.versions, s.duplicates, s.failed)
	for _, r := range s.reasons {
		fmt.Fprintf(w, "  failed: %s\n", r)
	}
}

// progress is a spinner with counts on a terminal, nothing elsewhere.
type progress struct{ bar *progressbar.ProgressBar }

func newProgress(stderr io.Writer, what string) progress {
	if !isTerminal(stderr) {
		return progress{}
	}
	return progress{bar: progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(stderr),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("docs"),
		progressbar.OptionClearOnFinish(),
	)}
}

func (p progress) add() {
	if p.bar != nil {
		p.bar.Add(1)
	}
}

func (p progress) done() {
	if p.bar != nil {
		p.bar.Finish()
	}
}

func runIngest(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("ingest", "ingest [--db FILE] [flags] PATH...\n\n"+
		"Extracts every document (files, folders, '-' for stdin, URLs, JSON lines) and stores it in the\n"+
		"knowledge base, documents grouped into one transaction of up to --batch documents (or what\n"+
		"--batch-wait gathers). Content already stored is skipped; changed content for a known URL or\n"+
		"name becomes a new version. Safe to interrupt and run again: a kill loses at most the batch\n"+
		"in flight, and the next run stores it.", stderr)
	dbPath := fs.String("db", defaultDB, "knowledge base file (SQLite)")
	workers := fs.Int("workers", runtime.NumCPU(), "documents processed in parallel")
	noTagger := fs.Bool("no-tagger", false, "switch the statistical entity tagger off")
	batch := fs.Int("batch", defaultBatch, "documents stored per transaction (1: one transaction each)")
	batchWait := fs.Duration("batch-wait", defaultBatchWait, "longest a processed document waits for its batch to fill")
	tdmRights := fs.Bool("tdm-rights", false, "from WARC archives, also extract pages that reserve text-and-data mining (you state you have the right)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *batch < 1 || *batchWait <= 0 {
		return fmt.Errorf("%w: --batch must be at least 1 and --batch-wait positive", errUsage)
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: no input given (a file, a folder, or - for stdin)", errUsage)
	}
	db, err := openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	p, err := pipeline.New(pipeline.Options{NoTagger: *noTagger})
	if err != nil {
		return err
	}
	var sum ingestSummary
	bar := newProgress(stderr, "ingest")
	type job struct{ doc source.Document }
	type result struct {
		doc      source.Document
		rec      record.Record
		err      error
		readFail bool // the input could not be read at all
	}
	jobs := make(chan job)
	results := make(chan result)
	var mu sync.Mutex // guards sum's read and duplicate counts while reading
	var wg sync.WaitGroup
	for w := 0; w < max(*workers, 1); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				rec, err := p.Process(ctx, j.doc)
				results <- result{doc: j.doc, rec: rec, err: err}
			}
		}()
	}
	var readErr error
	go func() {
		readErr = readInputs(ctx, fs.Args(), stdin, *tdmRights, func(d source.Document) error {
			mu.Lock()
			sum.read++
			mu.Unlock()
			// Skip content already stored before paying for extraction.
			h := sha256.Sum256(d.Body)
			if ok, err := db.Has(ctx, hex.EncodeToString(h[:])); err == nil && ok {
				mu.Lock()
				sum.duplicates++
				mu.Unlock()
				bar.add()
				return nil
			}
			select {
			case jobs <- job{d}:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}, func(input string, err error) {
			if errors.Is(err, source.ErrSkipped) {
				fmt.Fprintf(stderr, "kronik ingest: %s: %v\n", input, err)
				return
			}
			results <- result{doc: source.Document{Path: input}, err: err, readFail: true}
		})
		close(jobs)
		wg.Wait()
		close(results)
	}()
	// Group commit: processed documents wait until --batch of them are
	// ready or the first has waited --batch-wait, then one transaction
	// stores them all (store.PutBatch), so the commit's log write and sync
	// are paid once per batch rather than once per document.
	var writeErr error
	var pending []store.Item
	var names []string // input path of each pending item, for failure reasons
	flush := func() {
		if len(pending) == 0 {
			return
		}
		res, err := db.PutBatch(ctx, pending)
		pending, names = pending[:0], names[:0]
		if err != nil {
			if ctx.Err() == nil {
				writeErr = err
			}
			return
		}
		mu.Lock()
		defer mu.Unlock()
		for i, r := range res {
			if r.Err != nil {
				sum.failed++
				sum.reasons = append(sum.reasons, fmt.Sprintf("%s: %v", names[i], r.Err))
				continue
			}
			switch r.Status {
			case store.New:
				sum.added++
			case store.Version:
				sum.versions++
			case store.Duplicate:
				sum.duplicates++
			}
		}
	}
	timer := time.NewTimer(*batchWait)
	timer.Stop()
	for open := true; open; {
		select {
		case r, ok := <-results:
			if !ok {
				open = false
				break
			}
			bar.add()
			if writeErr != nil {
				continue // drain
			}
			if r.err != nil {
				if ctx.Err() != nil {
					continue
				}
				mu.Lock()
				if r.readFail {
					sum.read++
				}
				sum.failed++
				sum.reasons = append(sum.reasons, fmt.Sprintf("%s: %v", r.doc.Path, r.err))
				mu.Unlock()
				continue
			}
			pending = append(pending, store.Item{Src: toSource(r.doc), Rec: r.rec})
			names = append(names, r.doc.Path)
			if len(pending) == 1 {
				timer.Reset(*batchWait)
			}
			if len(pending) >= *batch {
				timer.Stop()
				flush()
			}
		case <-timer.C:
			if writeErr == nil {
				flush()
			}
		}
	}
	timer.Stop()
	if writeErr == nil {
		flush()
	}
	bar.done()
	sort.Strings(sum.reasons)
	sum.print(stdout, "ingest")
	if writeErr != nil {
		return writeErr
	}
	if ctx.Err() != nil {
		return fmt.Errorf("interrupted; run the same command again to ingest the rest: %w", ctx.Err())
	}
	if readErr != nil {
		return readErr
	}
	if sum.failed > 0 {
		return fmt.Errorf("%w: %d input(s) failed", errPartial, sum.failed)
	}
	return nil
}

func toSource(d source.Document) store.Source {
	return store.Source{Key: docKey(d), Name: d.Name, Path: d.Path, URL: d.URL, Format: d.Format, Fetched: d.Fetched,
		Body: d.Body, HintTitle: d.Hints.Title, HintPublished: d.Hints.Published, HintOutlet: d.Hints.Outlet}
}

// docKey says which stored document an input is a version of: the page's URL,
// else the file's absolute path (so that ingesting from another directory
// finds it). Standard input and JSON-lines records without a URL have no
// identity beyond their content.
func docKey(d source.Document) string {
	if d.URL != "" {
		return d.URL
	}
	if d.Path == "" || d.Path == "-" {
		return ""
	}
	if st, err := os.Stat(d.Path); err != nil || !st.Mode().IsRegular() {
		return "" // a JSON-lines record ("feed.jsonl:12"), not a file
	}
	abs, err := filepath.Abs(d.Path)
	if err != nil {
		return ""
	}
	return abs
}

func fromSource(s store.Source) source.Document {
	return source.Document{Name: s.Name, Path: s.Path, URL: s.URL, Format: s.Format, Fetched: s.Fetched, Body: s.Body,
		Hints: source.Hints{Title: s.HintTitle, Published: s.HintPublished, Outlet: s.HintOutlet}}
}

func runReprocess(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("reprocess", "reprocess [--db FILE]\n\n"+
		"Runs the current pipeline again over the stored documents (after an upgrade) and replaces\n"+
		"their extractions; sources and version history are kept.", stderr)
	dbPath := fs.String("db", defaultDB, "knowledge base file (SQLite)")
	workers := fs.Int("workers", runtime.NumCPU(), "documents processed in parallel")
	noTagger := fs.Bool("no-tagger", false, "switch the statistical entity tagger off")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	db, err := openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	p, err := pipeline.New(pipeline.Options{NoTagger: *noTagger})
	if err != nil {
		return err
	}
	hashes, err := db.Current(ctx)
	if err != nil {
		return err
	}
	bar := newProgress(stderr, "reprocess")
	type result struct {
		hash string
		rec  record.Record
		err  error
	}
	jobs := make(chan string)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < max(*workers, 1); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for h := range jobs {
				src, err := db.Source(ctx, h)
				if err != nil {
					results <- result{hash: h, err: err}
					continue
				}
				rec, err := p.Process(ctx, fromSource(src))
				results <- result{hash: h, rec: rec, err: err}
			}
		}()
	}
	go func() {
		defer close(results)
		defer wg.Wait()
		defer close(jobs)
		for _, h := range hashes {
			select {
			case jobs <- h:
			case <-ctx.Done():
				return
			}
		}
	}()
	var sum ingestSummary
	var writeErr error
	for r := range results {
		bar.add()
		sum.read++
		if r.err == nil && writeErr == nil {
			r.err = db.Replace(ctx, r.hash, r.rec)
		}
		if r.err != nil {
			if ctx.Err() != nil {
				continue
			}
			sum.failed++
			sum.reasons = append(sum.reasons, fmt.Sprintf("%s: %v", r.hash[:12], r.err))
			continue
		}
		sum.added++
	}
	bar.done()
	fmt.Fprintf(stdout, "reprocess: %d documents, %d re-extracted, %d failed\n", sum.read, sum.added, sum.failed)
	for _, r := range sum.reasons {
		fmt.Fprintf(stdout, "  failed: %s\n", r)
	}
	if ctx.Err() != nil {
		return fmt.Errorf("interrupted; run again to finish: %w", ctx.Err())
	}
	if sum.failed > 0 {
		return fmt.Errorf("%w: %d document(s) failed", errPartial, sum.failed)
	}
	return nil
}
