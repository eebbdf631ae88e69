package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"sort"
	"time"

	"kronik/internal/pipeline"
	"kronik/internal/server"
	"kronik/internal/source"
	"kronik/internal/store"
	"kronik/internal/watch"
)

// dbSink extracts a fetched page and stores it in the knowledge base, one
// transaction per page, so that a killed watch loses only the page in
// flight; as a posted document is (server.Ingest), a page stored already is
// not extracted again.
type dbSink struct {
	db store.Store
	p  *pipeline.Pipeline
}

func (s dbSink) Store(ctx context.Context, d source.Document) (string, error) {
	res, err := server.Ingest(ctx, s.db, s.p, d)
	return res.ID, err
}

// watchSetup is what fetch and watch share: flags, the store, the watcher.
type watchSetup struct {
	db      store.Store
	w       *watch.Watcher
	archive *archiver
}

// setupWatch parses the flags of fetch and watch and opens what they use;
// onPage (may be nil) is told of each page handled.
func setupWatch(ctx context.Context, name, synopsis string, args []string, stderr io.Writer, onPage func(store.Page)) (*watchSetup, error) {
	fs := newFlagSet(name, synopsis, stderr)
	dbPath := fs.String("db", defaultDBFlag(), dbUsage)
	noTagger := fs.Bool("no-tagger", false, "switch the statistical entity tagger off")
	tdmRights := fs.Bool("tdm-rights", false, "extract pages that reserve text-and-data mining: you state you have the right (each is logged)")
	archiveDir := fs.String("archive", "", "write every raw response to WARC files in this folder")
	archiveSize := fs.Int64("archive-size", defaultArchiveSize, "start a new WARC file after this many bytes")
	maxItems := fs.Int("max-items", watch.DefaultMaxItems, "articles fetched from one source per poll (the rest wait for the next)")
	lease := fs.Duration("lease", watch.DefaultLease, "how long a source being polled is held from other watchers, and from a restart after a kill")
	ff := addFetchFlags(fs)
	if err := parseFlags(fs, args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("%w: %s takes no arguments (add sources with kronik sources add)", errUsage, name)
	}
	db, sources, err := openSources(ctx, *dbPath)
	if err != nil {
		return nil, err
	}
	f, err := ff.fetcher(db)
	if err != nil {
		db.Close()
		return nil, err
	}
	p, err := pipeline.New(pipeline.Options{NoTagger: *noTagger})
	if err != nil {
		db.Close()
		return nil, err
	}
	ws := &watchSetup{db: db}
	if *archiveDir != "" {
		if ws.archive, err = newArchiver(*archiveDir, *archiveSize); err != nil {
			db.Close()
			return nil, err
		}
		f.SetArchive(ws.archive.write)
	}
	// Structured logs (JSON lines) unless a person watches the terminal.
	var h slog.Handler = slog.NewJSONHandler(stderr, nil)
	if isTerminal(stderr) {
		h = slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn})
	}
	ws.w, err = watch.New(watch.Options{Fetcher: f, Sources: sources, Sink: dbSink{db: db, p: p},
		AllowReserved: *tdmRights, Log: slog.New(h), MaxItems: *maxItems, OnPage: onPage, Lease: *lease})
	if err != nil {
		ws.close()
		return nil, err
	}
	return ws, nil
}

func (ws *watchSetup) close() error {
	var err error
	if ws.archive != nil {
		err = ws.archive.close()
	}
	if cerr := ws.db.Close(); err == nil {
		err = cerr
	}
	return err
}

func printWatchSummary(w io.Writer, verb string, s watch.Summary) {
	fmt.Fprintf(w, "%s: sources polled %d (not modified %d), items listed %d, stored %d, mining reserved %d, disallowed %d, failed %d\n",
		verb, s.Polled, s.NotModified, s.Items, s.Stored, s.Reserved, s.Disallowed, s.Failed)
	errs := append([]string(nil), s.SourceErrs...)
	sort.Strings(errs)
	for _, e := range errs {
		fmt.Fprintf(w, "  source %s\n", e) // failed, or waiting as its server asked
	}
}

func runFetch(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	bar := newProgress(stderr, "fetch")
	ws, err := setupWatch(ctx, "fetch", "fetch [--db FILE] [flags]\n\n"+
		"Polls every followed source that is due (kronik sources add), fetches the new articles,\n"+
		"extracts and stores them, and exits. Safe to interrupt: a restart goes on where it stopped.", args, stderr,
		func(store.Page) { bar.add() })
	if err != nil {
		return err
	}
	sum, err := ws.w.Round(ctx)
	bar.done()
	printWatchSummary(stdout, "fetch", sum)
	if cerr := ws.close(); err == nil {
		err = cerr
	}
	if ctx.Err() != nil {
		return fmt.Errorf("interrupted; run again to fetch the rest: %w", ctx.Err())
	}
	return err
}

func runWatch(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	ws, err := setupWatch(ctx, "watch", "watch [--db FILE] [flags]\n\n"+
		"Polls every followed source on its own schedule (adaptive, bounded, raised to what the server\n"+
		"asks), fetches, extracts and stores new articles, and keeps going until stopped (Ctrl-C).\n"+
		"Killing it loses at most the pages in flight; a restart goes on where it stopped.", args, stderr, nil)
	if err != nil {
		return err
	}
	start := time.Now()
	sum, err := ws.w.Run(ctx, func(s watch.Summary) {
		if isTerminal(stderr) {
			fmt.Fprintf(stderr, "%s  polled %d, stored %d, failed %d\n", time.Now().Format("15:04:05"), s.Polled, s.Stored, s.Failed)
		}
	})
	printWatchSummary(stdout, fmt.Sprintf("watch (%s)", time.Since(start).Round(time.Second)), sum)
	if cerr := ws.close(); err == nil {
		err = cerr
	}
	return err
}
