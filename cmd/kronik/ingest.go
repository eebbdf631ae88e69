package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"strings"

	"github.com/schollz/progressbar/v3"

	"kronik/internal/ingest"
	"kronik/internal/ordered"
	"kronik/internal/pipeline"
	"kronik/internal/record"
	"kronik/internal/source"
	"kronik/internal/store"
	"kronik/internal/store/backend"
)

const defaultDB = "kronik.db"

func openStore(ctx context.Context, dsn string) (store.Store, error) {
	db, err := backend.Open(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("open knowledge base %s: %w", backend.Redact(dsn), err)
	}
	return db, nil
}

// openExistingStore opens a knowledge base that must exist already: the
// commands that only read it (and serve, reprocess, export) would otherwise
// create an empty one under a mistyped name and answer "nothing found".
func openExistingStore(ctx context.Context, path string) (store.Store, error) {
	if !strings.Contains(path, "://") {
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("knowledge base %s does not exist (create it with 'kronik ingest --db %s PATH...')", path, path)
		}
	}
	return openStore(ctx, path)
}

// printSummary writes what an ingest did.
func printSummary(w io.Writer, verb string, s ingest.Summary) {
	fmt.Fprintf(w, "%s: read %d, new %d, new versions %d, duplicate %d, failed %d\n",
		verb, s.Read, s.Added, s.Versions, s.Duplicates, s.Failed)
	for _, r := range s.Reasons {
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
	dbPath := fs.String("db", defaultDBFlag(), dbUsage)
	workers := fs.Int("workers", runtime.NumCPU(), "documents processed in parallel")
	noTagger := fs.Bool("no-tagger", false, "switch the statistical entity tagger off")
	batch := fs.Int("batch", ingest.DefaultBatch, "documents stored per transaction (1: one transaction each)")
	batchWait := fs.Duration("batch-wait", ingest.DefaultBatchWait, "longest a processed document waits for its batch to fill")
	net := addFetchFlags(fs)
	tdmRights := fs.Bool("tdm-rights", false, "from WARC archives, also extract pages that reserve text-and-data mining (you state you have the right)")
	bulk := bulkFlag(ingest.BulkAuto)
	fs.Var(&bulk, "bulk", "load in bulk: build the indexes only questions read at the end (--bulk: always; --bulk=auto: a first load\n"+
		"into an empty SQLite knowledge base that fills a batch; --bulk=false: never). Questions asked during a bulk load may fail")
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
	ropts, err := net.readOptions()
	if err != nil {
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
	bar := newProgress(stderr, "ingest")
	var readErr error
	res, writeErr := ingest.Run(ctx, db, p, func(send func(ingest.Input) bool) {
		readErr = readInputs(ctx, ropts, fs.Args(), stdin, *tdmRights, func(d source.Document) error {
			if !send(ingest.Input{Doc: d}) {
				return ctx.Err()
			}
			return nil
		}, func(input string, err error) {
			if errors.Is(err, source.ErrSkipped) {
				fmt.Fprintf(stderr, "kronik ingest: %s: %v\n", input, err)
				return
			}
			send(ingest.Input{Doc: source.Document{Path: input}, Err: err})
		})
	}, ingest.Options{Workers: *workers, Batch: *batch, BatchWait: *batchWait, Done: bar.add, Bulk: ingest.BulkMode(bulk)})
	if errors.Is(writeErr, ctx.Err()) {
		writeErr = nil // reported as an interruption below
	}
	bar.done()
	if res.Bulk {
		fmt.Fprintln(stderr, "kronik ingest: loaded in bulk (indexes built at the end)")
	}
	// ingest.Run lists failures in input order; list them in the order a
	// person reads their names (a folder walked lexically gives f10.html
	// before f2.html).
	sort.SliceStable(res.Reasons, func(i, j int) bool { return naturalLess(res.Reasons[i], res.Reasons[j]) })
	printSummary(stdout, "ingest", res)
	if writeErr != nil {
		return writeErr
	}
	if ctx.Err() != nil {
		return fmt.Errorf("interrupted; run the same command again to ingest the rest: %w", ctx.Err())
	}
	if readErr != nil {
		return readErr
	}
	if res.Failed > 0 {
		return fmt.Errorf("%w: %d input(s) failed", errPartial, res.Failed)
	}
	return nil
}

func runReprocess(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("reprocess", "reprocess [--db FILE]\n\n"+
		"Runs the current pipeline again over the stored documents (after an upgrade) and replaces\n"+
		"their extractions; sources and version history are kept.", stderr)
	dbPath := fs.String("db", defaultDBFlag(), dbUsage)
	workers := fs.Int("workers", runtime.NumCPU(), "documents processed in parallel")
	noTagger := fs.Bool("no-tagger", false, "switch the statistical entity tagger off")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	db, err := openExistingStore(ctx, *dbPath)
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
	results := ordered.Run(ctx, *workers, func(send func(string) bool) {
		for _, h := range hashes {
			if !send(h) {
				return
			}
		}
	}, func(h string) result {
		src, err := db.Source(ctx, h)
		if err != nil {
			return result{hash: h, err: err}
		}
		rec, err := p.Process(ctx, ingest.Document(src))
		return result{hash: h, rec: rec, err: err}
	})
	var read, done int
	var reasons []string
	for r := range results {
		bar.add()
		read++
		if r.err == nil {
			r.err = db.Replace(ctx, r.hash, r.rec)
		}
		if r.err != nil {
			if ctx.Err() != nil {
				continue
			}
			reasons = append(reasons, fmt.Sprintf("%s: %v", r.hash[:12], r.err))
			continue
		}
		done++
	}
	bar.done()
	fmt.Fprintf(stdout, "reprocess: %d documents, %d re-extracted, %d failed\n", read, done, len(reasons))
	for _, r := range reasons {
		fmt.Fprintf(stdout, "  failed: %s\n", r)
	}
	if ctx.Err() != nil {
		return fmt.Errorf("interrupted; run again to finish: %w", ctx.Err())
	}
	if len(reasons) > 0 {
		return fmt.Errorf("%w: %d document(s) failed", errPartial, len(reasons))
	}
	return nil
}

// bulkFlag is --bulk: a boolean flag (--bulk, --bulk=false) that also
// takes "auto".
type bulkFlag ingest.BulkMode

func (b *bulkFlag) String() string {
	switch ingest.BulkMode(*b) {
	case ingest.BulkOn:
		return "true"
	case ingest.BulkOff:
		return "false"
	}
	return "auto"
}

func (b *bulkFlag) Set(s string) error {
	switch strings.ToLower(s) {
	case "auto":
		*b = bulkFlag(ingest.BulkAuto)
	case "true", "1", "on", "yes":
		*b = bulkFlag(ingest.BulkOn)
	case "false", "0", "off", "no":
		*b = bulkFlag(ingest.BulkOff)
	default:
		return fmt.Errorf("%q is not true, false or auto", s)
	}
	return nil
}

// IsBoolFlag lets --bulk stand alone.
func (b *bulkFlag) IsBoolFlag() bool { return true }

// naturalLess orders strings as a person reads them: runs of digits compare
// as numbers ("feed.jsonl:2" before "feed.jsonl:10"), the rest byte by byte.
func naturalLess(a, b string) bool {
	for a != "" && b != "" {
		da, db := digitRun(a), digitRun(b)
		if da > 0 && db > 0 {
			na, nb := strings.TrimLeft(a[:da], "0"), strings.TrimLeft(b[:db], "0")
			if len(na) != len(nb) {
				return len(na) < len(nb)
			}
			if na != nb {
				return na < nb
			}
			a, b = a[da:], b[db:]
			continue
		}
		if a[0] != b[0] {
			return a[0] < b[0]
		}
		a, b = a[1:], b[1:]
	}
	return len(a) < len(b)
}

// digitRun returns the length of the ASCII digits s starts with.
func digitRun(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}
