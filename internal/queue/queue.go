// Package queue runs kronik's work across machines on River
// (github.com/riverqueue/river), a job queue kept in the PostgreSQL
// database the knowledge base lives in. Workers on any number of machines
// take jobs from it; a job is a row, so a worker killed mid-way loses
// nothing: its job is rescued and run again, and storing a document is
// idempotent by content hash.
//
// Two queues keep the kinds of work apart: fetch (I/O-bound: many at once,
// polite per host) and extract (CPU-bound: about one per core). A fetched
// page's extract job is inserted in the transaction that completes its
// fetch job, so a page is never fetched and then forgotten, nor queued
// twice.
package queue

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"

	"kronik/internal/fetch"
	"kronik/internal/record"
	"kronik/internal/source"
	"kronik/internal/store"
	"kronik/internal/watch"
)

// The queues.
const (
	Fetch   = "fetch"
	Extract = "extract"
)

// Processor turns a document into its record (pipeline.Pipeline).
type Processor interface {
	Process(ctx context.Context, doc source.Document) (record.Record, error)
}

// migrateLock is the advisory lock key that serialises River's migrations
// of workers starting at once.
const migrateLock = 0x6b726f6e696b02

// Migrate creates or updates River's tables in the database of pool.
func Migrate(ctx context.Context, pool *pgxpool.Pool) error {
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("job queue: %w", err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, int64(migrateLock)); err != nil {
		return fmt.Errorf("job queue: %w", err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, int64(migrateLock))
	m, err := rivermigrate.New(riverpgxv5.New(pool), nil)
	if err != nil {
		return fmt.Errorf("job queue: %w", err)
	}
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("job queue: migrate: %w", err)
	}
	return nil
}

// Options configure a worker.
type Options struct {
	// Queues are the queues this worker takes jobs from, with how many
	// jobs of each it runs at once.
	Queues map[string]int
	// HostDelay is the least time between two fetches from one host, over
	// all workers on all machines.
	HostDelay time.Duration
	// Fetch gets a page (the commands pass the polite, guarded fetcher of
	// package fetch with their flags); nil is that fetcher with its
	// defaults, never a plain client that skips robots.txt and the guards.
	Fetch source.FetchFunc
	// JobTimeout bounds one job; RescueAfter is how long a job may be
	// running before it is taken for the job of a dead worker and run
	// again (it must exceed JobTimeout).
	JobTimeout, RescueAfter time.Duration
	// PollInterval is how often an idle worker looks for jobs besides
	// being notified of new ones.
	PollInterval time.Duration
	Logger       *slog.Logger
	// Poll, when not nil, has a worker serving the fetch queue poll the
	// followed sources every PollEvery (PollArgs); its Sink is the
	// extract queue's.
	Poll      *watch.Options
	PollEvery time.Duration
}

// Worker takes jobs from the queue and runs them.
type Worker struct {
	client *river.Client[pgx.Tx]
}

// NewWorker returns a worker storing into st (the PostgreSQL store whose
// database pool also holds the queue), extracting with p.
func NewWorker(pool *pgxpool.Pool, st store.Store, p Processor, opts Options) (*Worker, error) {
	workers := river.NewWorkers()
	fetchPage := opts.Fetch
	if fetchPage == nil {
		fetchPage = source.Fetched(fetch.New(fetch.Options{}))
	}
	river.AddWorker(workers, &fetchWorker{store: st, pool: pool, hostDelay: opts.HostDelay, fetch: fetchPage})
	river.AddWorker(workers, &extractWorker{store: st, proc: p})
	river.AddWorker(workers, &reprocessWorker{store: st, proc: p})
	var periodic []*river.PeriodicJob
	if opts.Poll != nil {
		river.AddWorker(workers, &pollWorker{opts: *opts.Poll})
		if _, ok := opts.Queues[Fetch]; ok && opts.PollEvery > 0 {
			periodic = append(periodic, periodicPoll(opts.PollEvery))
		}
	}
	queues := map[string]river.QueueConfig{}
	for q, n := range opts.Queues {
		if q != Fetch && q != Extract {
			return nil, fmt.Errorf("unknown queue %q (want %s or %s)", q, Fetch, Extract)
		}
		queues[q] = river.QueueConfig{MaxWorkers: max(n, 1)}
	}
	if len(queues) == 0 {
		return nil, fmt.Errorf("no queue to work on")
	}
	cfg := &river.Config{
		Queues:               queues,
		Workers:              workers,
		JobTimeout:           opts.JobTimeout,
		RescueStuckJobsAfter: opts.RescueAfter,
		FetchPollInterval:    opts.PollInterval,
		Logger:               opts.Logger,
		PeriodicJobs:         periodic,
	}
	c, err := river.NewClient(riverpgxv5.New(pool), cfg)
	if err != nil {
		return nil, fmt.Errorf("job queue: %w", err)
	}
	return &Worker{client: c}, nil
}

// Run works until ctx is done, then stops taking jobs and waits for the
// running ones to finish.
func (w *Worker) Run(ctx context.Context) error {
	if err := w.client.Start(ctx); err != nil {
		return fmt.Errorf("job queue: start: %w", err)
	}
	<-ctx.Done()
	stop, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
	defer cancel()
	if err := w.client.Stop(stop); err != nil {
		return fmt.Errorf("job queue: stop: %w", err)
	}
	return nil
}

// Enqueue inserts a fetch job for each URL, in one transaction. A URL
// already waiting or being fetched is not queued again; one whose content
// is stored is fetched again (a new version when it changed) and stored
// only if it did.
func Enqueue(ctx context.Context, pool *pgxpool.Pool, urls []string) (int, error) {
	return insertMany(ctx, pool, urls, func(u string) river.JobArgs { return FetchArgs{URL: u} })
}
