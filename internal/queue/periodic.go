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

	"kronik/internal/ingest"
	"kronik/internal/source"
	"kronik/internal/store"
	"kronik/internal/watch"
)

// PollArgs is a job to poll the followed sources that are due (`kronik
// sources add`): read their feeds and sitemaps, fetch the new articles and
// queue their extraction. Workers that serve the fetch queue insert it
// periodically (Options.PollEvery); River's elected leader does the
// inserting, and the job is unique while it waits or runs, so sources are
// polled by one worker at a time however many run.
type PollArgs struct{}

// Kind names the job kind in the queue.
func (PollArgs) Kind() string { return "kronik_poll" }

// InsertOpts puts poll jobs on the fetch queue, one at a time.
func (PollArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: Fetch, UniqueOpts: unqueued()}
}

// pollTimeout bounds one poll job: a round fetches up to
// watch.DefaultMaxItems articles from each due source, politely.
const pollTimeout = 30 * time.Minute

type pollWorker struct {
	river.WorkerDefaults[PollArgs]
	opts watch.Options // without a Sink
}

// Timeout gives a poll its own bound, longer than a page's.
func (w *pollWorker) Timeout(*river.Job[PollArgs]) time.Duration { return pollTimeout }

// Work polls every due source once (watch.Watcher.Round); each fetched
// article becomes an extract job, for whichever worker serves the extract
// queue.
func (w *pollWorker) Work(ctx context.Context, _ *river.Job[PollArgs]) error {
	client, err := river.ClientFromContextSafely[pgx.Tx](ctx)
	if err != nil {
		return err
	}
	opts := w.opts
	opts.Sink = extractSink{client: client}
	wt, err := watch.New(opts)
	if err != nil {
		return fmt.Errorf("poll: %w", err)
	}
	sum, err := wt.Round(ctx)
	if err != nil {
		return fmt.Errorf("poll: %w", err)
	}
	if opts.Log != nil {
		opts.Log.Info("polled sources", slog.Int("sources", sum.Polled), slog.Int("items", sum.Items),
			slog.Int("queued", sum.Stored), slog.Int("failed", sum.Failed))
	}
	return nil
}

// extractSink queues the extraction of a page a poll fetched.
type extractSink struct {
	client *river.Client[pgx.Tx]
}

// Store inserts the page's extract job and returns its content hash.
func (s extractSink) Store(ctx context.Context, doc source.Document) (string, error) {
	if _, err := s.client.Insert(ctx, extractArgs(doc), nil); err != nil {
		return "", fmt.Errorf("queue %s: %w", doc.URL, err)
	}
	return store.ContentHash(doc.Body), nil
}

// extractArgs is the extract job of a fetched page.
func extractArgs(doc source.Document) ExtractArgs {
	return ExtractArgs{URL: doc.URL, Format: doc.Format, Fetched: doc.Fetched, Body: doc.Body,
		HintTitle: doc.Hints.Title, HintPublished: doc.Hints.Published, HintOutlet: doc.Hints.Outlet}
}

// periodicPoll is the periodic job that inserts a poll job every interval,
// and once when the worker starts.
func periodicPoll(every time.Duration) *river.PeriodicJob {
	return river.NewPeriodicJob(river.PeriodicInterval(every),
		func() (river.JobArgs, *river.InsertOpts) { return PollArgs{}, nil },
		&river.PeriodicJobOpts{RunOnStart: true})
}

// ReprocessArgs is a job to run the current pipeline again over a stored
// version (after an upgrade) and replace its extraction.
type ReprocessArgs struct {
	Hash string `json:"hash"`
}

// Kind names the job kind in the queue.
func (ReprocessArgs) Kind() string { return "kronik_reprocess" }

// InsertOpts puts reprocess jobs on the extract queue, one per version
// while it waits or runs.
func (ReprocessArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: Extract, UniqueOpts: unqueued()}
}

type reprocessWorker struct {
	river.WorkerDefaults[ReprocessArgs]
	store store.Store
	proc  Processor
}

// Work extracts the stored source again and replaces the version's
// extraction; a version no longer stored is nothing to do.
func (w *reprocessWorker) Work(ctx context.Context, job *river.Job[ReprocessArgs]) error {
	src, err := w.store.Source(ctx, job.Args.Hash)
	if err != nil {
		return fmt.Errorf("reprocess %s: %w", job.Args.Hash, err)
	}
	rec, err := w.proc.Process(ctx, ingest.Document(src))
	if err != nil {
		return river.JobCancel(fmt.Errorf("reprocess %s: %w", job.Args.Hash, err))
	}
	if err := w.store.Replace(ctx, job.Args.Hash, rec); err != nil {
		return fmt.Errorf("reprocess %s: %w", job.Args.Hash, err)
	}
	return nil
}

// EnqueueReprocess inserts a reprocess job for each stored version with
// one of hashes, in one transaction, and returns how many were queued (a
// version already waiting is not queued again).
func EnqueueReprocess(ctx context.Context, pool *pgxpool.Pool, hashes []string) (int, error) {
	return insertMany(ctx, pool, hashes, func(h string) river.JobArgs { return ReprocessArgs{Hash: h} })
}

// insertMany inserts the job of each key (job) in one transaction and
// counts those not skipped as duplicates of waiting ones.
func insertMany(ctx context.Context, pool *pgxpool.Pool, keys []string, job func(string) river.JobArgs) (int, error) {
	params := make([]river.InsertManyParams, len(keys))
	for i, k := range keys {
		params[i] = river.InsertManyParams{Args: job(k)}
	}
	c, err := river.NewClient(riverpgxv5.New(pool), &river.Config{})
	if err != nil {
		return 0, fmt.Errorf("job queue: %w", err)
	}
	n := 0
	err = pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		res, err := c.InsertManyTx(ctx, tx, params)
		for _, r := range res {
			if !r.UniqueSkippedAsDuplicate {
				n++
			}
		}
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("job queue: enqueue: %w", err)
	}
	return n, nil
}
