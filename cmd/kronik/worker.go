package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"os/signal"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"kronik/internal/fetch"
	"kronik/internal/pipeline"
	"kronik/internal/queue"
	"kronik/internal/source"
	"kronik/internal/store"
	"kronik/internal/store/backend"
	"kronik/internal/watch"
)

// pooled is a store on PostgreSQL, whose database also holds the job queue
// and the followed sources.
type pooled interface {
	store.Store
	store.Sources
	Pool() *pgxpool.Pool
}

// openQueue opens the PostgreSQL knowledge base dsn names and brings the job
// queue's tables up to date.
func openQueue(ctx context.Context, dsn string) (pooled, error) {
	if kind, _, err := backend.Parse(dsn); err != nil {
		return nil, fmt.Errorf("%w: %v", errUsage, err)
	} else if kind != backend.Postgres {
		return nil, fmt.Errorf("%w: the job queue lives in PostgreSQL: --db (or $%s) must be a postgres:// URL, not %q", errUsage, dbEnv, dsn)
	}
	st, err := openStore(ctx, dsn)
	if err != nil {
		return nil, err
	}
	db := st.(pooled)
	if err := queue.Migrate(ctx, db.Pool()); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

func runWorker(ctx context.Context, args []string, _ io.Reader, _, stderr io.Writer) error {
	fs := newFlagSet("worker", "worker --db postgres://... [--queues fetch,extract] [--concurrency N]\n\n"+
		"Takes jobs from the job queue in the PostgreSQL knowledge base and runs them: fetch a page\n"+
		"(the guarded, polite fetcher; one request per host per --host-interval across all workers),\n"+
		"extract and store a document. Start one per machine,\n"+
		"or several; stop any of them at any time (SIGINT or SIGTERM finishes the running jobs; a\n"+
		"killed worker's jobs are run again by the others).", stderr)
	dsn := fs.String("db", defaultDBFlag(), dbUsage)
	queues := fs.String("queues", queue.Fetch+","+queue.Extract, "the queues to take jobs from")
	conc := fs.Int("concurrency", runtime.NumCPU(), "extract jobs run at once (fetch jobs: 8 times as many)")
	ff := addFetchFlags(fs) // --host-interval holds over all workers (a shared row), not only this one
	jobTimeout := fs.Duration("job-timeout", time.Minute, "longest one job may run")
	rescue := fs.Duration("rescue-after", 2*time.Minute, "how long a job runs before it is taken for a dead worker's and run again (more than --job-timeout)")
	noTagger := fs.Bool("no-tagger", false, "switch the statistical entity tagger off")
	pollEvery := fs.Duration("poll-every", time.Minute, "how often the followed sources due are polled (by one worker of those serving the fetch queue; 0: never)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	if *conc < 1 || *rescue <= *jobTimeout {
		return fmt.Errorf("%w: --concurrency must be at least 1 and --rescue-after more than --job-timeout", errUsage)
	}
	opts := queue.Options{Queues: map[string]int{}, HostDelay: *ff.hostInterval,
		JobTimeout: *jobTimeout, RescueAfter: *rescue,
		PollInterval: time.Second, Logger: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))}
	for _, q := range strings.Split(*queues, ",") {
		switch q = strings.TrimSpace(q); q {
		case queue.Fetch:
			opts.Queues[q] = 8 * *conc // waiting on the network, not the processor
		case queue.Extract:
			opts.Queues[q] = *conc
		default:
			return fmt.Errorf("%w: unknown queue %q (want %s, %s or both)", errUsage, q, queue.Fetch, queue.Extract)
		}
	}
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	db, err := openQueue(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	fopt, err := ff.options(db) // robots.txt kept in the shared knowledge base
	if err != nil {
		return err
	}
	// Fetch jobs book their host themselves before they fetch (and are
	// snoozed while it is busy); the poll job's fetcher books every request
	// it makes, feed and articles, in the same shared row.
	opts.Fetch = source.Fetched(fetch.New(fopt))
	p, err := pipeline.New(pipeline.Options{NoTagger: *noTagger})
	if err != nil {
		return err
	}
	if *pollEvery > 0 {
		fopt.Reserve = queue.HostGate(db.Pool(), *ff.hostInterval)
		opts.Poll = &watch.Options{Fetcher: fetch.New(fopt), Sources: db, Log: opts.Logger}
		opts.PollEvery = *pollEvery
	}
	w, err := queue.NewWorker(db.Pool(), db, p, opts)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "kronik worker: taking jobs from %s on %s\n", *queues, backend.Redact(*dsn))
	return w.Run(ctx)
}

func runEnqueue(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("enqueue", "enqueue --db postgres://... URL... (or - to read URLs from stdin, one a line), or --reprocess\n\n"+
		"Queues pages for the workers to fetch, extract and store. A URL already queued is not\n"+
		"queued twice.", stderr)
	dsn := fs.String("db", defaultDBFlag(), dbUsage)
	reprocess := fs.Bool("reprocess", false, "instead: queue every stored document to be extracted again by the current pipeline (after an upgrade)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *reprocess {
		return enqueueReprocess(ctx, *dsn, fs.NArg(), stdout)
	}
	var urls []string
	for _, a := range fs.Args() {
		if a != "-" {
			urls = append(urls, a)
			continue
		}
		sc := bufio.NewScanner(stdin)
		for sc.Scan() {
			if u := strings.TrimSpace(sc.Text()); u != "" && !strings.HasPrefix(u, "#") {
				urls = append(urls, u)
			}
		}
		if err := sc.Err(); err != nil {
			return fmt.Errorf("enqueue: read stdin: %w", err)
		}
	}
	if len(urls) == 0 {
		fs.Usage()
		return fmt.Errorf("%w: no URL given", errUsage)
	}
	for _, u := range urls {
		if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
			return fmt.Errorf("%w: %q is not an http(s) URL", errUsage, u)
		}
	}
	db, err := openQueue(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	n, err := queue.Enqueue(ctx, db.Pool(), urls)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "enqueue: %d queued, %d already waiting\n", n, len(urls)-n)
	return nil
}

// enqueueReprocess queues a reprocess job for every current version, in the
// order they were clustered (workers take them in any order, so clusters
// may come out as one writer makes them of another order).
func enqueueReprocess(ctx context.Context, dsn string, args int, stdout io.Writer) error {
	if args > 0 {
		return fmt.Errorf("%w: --reprocess takes no URL", errUsage)
	}
	db, err := openQueue(ctx, dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	hashes, err := db.Current(ctx)
	if err != nil {
		return err
	}
	n, err := queue.EnqueueReprocess(ctx, db.Pool(), hashes)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "enqueue: %d documents queued to reprocess, %d already waiting\n", n, len(hashes)-n)
	return nil
}
