package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivertype"

	"kronik/internal/fetch"
	"kronik/internal/ingest"
	"kronik/internal/source"
	"kronik/internal/store"
)

// FetchArgs is a job to fetch a page and queue its extraction.
type FetchArgs struct {
	URL string `json:"url"`
}

// Kind names the job kind in the queue.
func (FetchArgs) Kind() string { return "kronik_fetch" }

// InsertOpts puts fetch jobs on the fetch queue, one per URL while it waits
// or runs: a URL found by two pollers at once is fetched once. Finished
// jobs do not count (River keeps them a day); the store's content hashes
// keep documents unique for good.
func (FetchArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: Fetch, UniqueOpts: unqueued()}
}

// unqueued makes a job unique by its arguments while it waits or runs
// (River requires the running state among these).
func unqueued() river.UniqueOpts {
	return river.UniqueOpts{ByArgs: true, ByState: []rivertype.JobState{
		rivertype.JobStateAvailable, rivertype.JobStatePending, rivertype.JobStateRunning,
		rivertype.JobStateRetryable, rivertype.JobStateScheduled}}
}

// ExtractArgs is a job to extract a fetched document and store it.
type ExtractArgs struct {
	URL     string    `json:"url"`
	Format  string    `json:"format,omitempty"`
	Fetched time.Time `json:"fetched"`
	Body    []byte    `json:"body"`
	// What a feed or sitemap said of the page (source.Hints).
	HintTitle     string `json:"hint_title,omitempty"`
	HintPublished string `json:"hint_published,omitempty"`
	HintOutlet    string `json:"hint_outlet,omitempty"`
}

// Kind names the job kind in the queue.
func (ExtractArgs) Kind() string { return "kronik_extract" }

// InsertOpts puts extract jobs on the extract queue.
func (ExtractArgs) InsertOpts() river.InsertOpts { return river.InsertOpts{Queue: Extract} }

type fetchWorker struct {
	river.WorkerDefaults[FetchArgs]
	store     store.Store
	pool      *pgxpool.Pool
	hostDelay time.Duration
	fetch     source.FetchFunc
}

// Work fetches the page when its host allows (else the job is snoozed until
// it does), and queues its extraction unless its content is stored already.
func (w *fetchWorker) Work(ctx context.Context, job *river.Job[FetchArgs]) error {
	u, err := url.Parse(job.Args.URL)
	if err != nil || u.Host == "" {
		return river.JobCancel(fmt.Errorf("fetch %q: not a URL", job.Args.URL))
	}
	wait, err := reserveHost(ctx, w.pool, u.Host, w.hostDelay)
	if err != nil {
		return fmt.Errorf("fetch %s: %w", job.Args.URL, err)
	}
	if wait > 0 {
		return river.JobSnooze(wait)
	}
	doc, err := w.fetch(ctx, job.Args.URL)
	if err != nil {
		return fetchFailed(job.Args.URL, err, time.Now(), snoozes(job.Metadata))
	}
	if ok, err := w.store.Has(ctx, store.ContentHash(doc.Body)); err != nil {
		return err
	} else if ok {
		return nil // unchanged since it was stored
	}
	// The extract job and the end of this one commit together.
	return pgx.BeginFunc(ctx, w.pool, func(tx pgx.Tx) error {
		client, err := river.ClientFromContextSafely[pgx.Tx](ctx)
		if err != nil {
			return err
		}
		a := extractArgs(doc)
		a.URL = job.Args.URL // the URL asked for, the document's key, whatever redirects followed
		if _, err := client.InsertTx(ctx, tx, a, nil); err != nil {
			return err
		}
		_, err = river.JobCompleteTx[*riverpgxv5.Driver](ctx, tx, job)
		return err
	})
}

type extractWorker struct {
	river.WorkerDefaults[ExtractArgs]
	store store.Store
	proc  Processor
}

// Work extracts the document and stores it. Run twice (a worker killed
// after storing, before its job was marked done), it stores nothing twice;
// content stored already (a poll queues every page it fetched) is not
// extracted again.
func (w *extractWorker) Work(ctx context.Context, job *river.Job[ExtractArgs]) error {
	a := job.Args
	if ok, err := w.store.Has(ctx, store.ContentHash(a.Body)); err != nil {
		return fmt.Errorf("store %s: %w", a.URL, err)
	} else if ok {
		return nil
	}
	doc := source.Document{Name: a.URL, Path: a.URL, URL: a.URL, Body: a.Body, Format: a.Format, Fetched: a.Fetched,
		Hints: source.Hints{Title: a.HintTitle, Published: a.HintPublished, Outlet: a.HintOutlet}}
	rec, err := w.proc.Process(ctx, doc)
	if err != nil {
		return river.JobCancel(fmt.Errorf("extract %s: %w", a.URL, err)) // the same bytes fail the same way
	}
	if _, err := w.store.Put(ctx, ingest.Source(doc), rec); err != nil {
		return fmt.Errorf("store %s: %w", a.URL, err)
	}
	return nil
}

// reserveHost takes the next fetch slot of host for this worker and returns
// 0, or returns how long until the host may be fetched again. The slot is a
// row shared by every worker (hosts.next_at): an in-process limiter would
// let each machine fetch at the full rate.
func reserveHost(ctx context.Context, pool *pgxpool.Pool, host string, delay time.Duration) (time.Duration, error) {
	var ok bool
	var wait time.Duration
	err := pool.QueryRow(ctx, `WITH r AS (
			INSERT INTO hosts AS h (host, next_at) VALUES ($1, now() + $2::interval)
			ON CONFLICT (host) DO UPDATE SET next_at = now() + $2::interval WHERE h.next_at <= now()
			RETURNING true)
		SELECT EXISTS (SELECT 1 FROM r),
			coalesce((SELECT next_at - now() FROM hosts WHERE host = $1), '0')`, host, delay).Scan(&ok, &wait)
	if err != nil {
		return 0, fmt.Errorf("host %s: %w", host, err)
	}
	if ok {
		return 0, nil
	}
	return max(wait, time.Millisecond), nil
}

// HostGate returns a fetch.Options.Reserve that books each request in the
// shared per-host row of pool (as fetch jobs do), sleeping until the host
// is free. The poll job's fetcher uses it: its feeds, sitemaps and articles
// then keep the interval with every fetch job on every machine, where the
// fetcher's own limiter holds within one process only. A poll sleeps where
// a fetch job is snoozed: it fetches a source's pages in order, and its
// timeout (pollTimeout) bounds the whole.
func HostGate(pool *pgxpool.Pool, delay time.Duration) func(ctx context.Context, host string) error {
	return func(ctx context.Context, host string) error {
		for {
			wait, err := reserveHost(ctx, pool, host, delay)
			if err != nil || wait == 0 {
				return err
			}
			t := time.NewTimer(wait)
			select {
			case <-ctx.Done():
				t.Stop()
				return ctx.Err()
			case <-t.C:
			}
		}
	}
}

// Bounds of a host's Retry-After (429, 503): a snooze costs no attempt, so
// a host that answers so forever, or names a time months away, would keep
// its jobs queued for good. A job is put off at most maxRetryAfter at a
// time, and once it has been snoozed maxSnoozes times (for its host's
// Retry-After or its politeness interval) a Retry-After counts as a failed
// attempt, retried with back-off until River's attempts run out.
const (
	maxRetryAfter = 6 * time.Hour
	maxSnoozes    = 20
)

// snoozes is how often River has snoozed a job (its metadata's "snoozes").
func snoozes(metadata []byte) int {
	var m struct {
		Snoozes int `json:"snoozes"`
	}
	json.Unmarshal(metadata, &m) // no metadata: none
	return m.Snoozes
}

// fetchFailed says what becomes of a fetch job whose fetch failed, the job
// having been snoozed snoozed times before. A page refused by the
// fetcher's rules (robots.txt, the private-address guard, its scheme, size
// or redirects) or gone (404, 410) fails the same way every time: the job
// is cancelled rather than asked again 25 times over weeks. A host that
// asked to be left alone until a time (429 or 503 with Retry-After, or an
// unreadable robots.txt) gets the job back then (within the bounds
// above), a snooze that costs no attempt. Anything else is retried with
// back-off.
func fetchFailed(u string, err error, now time.Time, snoozed int) error {
	err = fmt.Errorf("fetch %s: %w", u, err)
	var retry *fetch.RetryError
	var status *fetch.StatusError
	switch {
	case errors.Is(err, fetch.ErrDisallowed), errors.Is(err, fetch.ErrPrivate), errors.Is(err, fetch.ErrScheme),
		errors.Is(err, fetch.ErrTooLarge), errors.Is(err, fetch.ErrTooManyRedirects):
		return river.JobCancel(err)
	case errors.As(err, &status) && (status.Status == http.StatusNotFound || status.Status == http.StatusGone):
		return river.JobCancel(err)
	case errors.As(err, &retry) && retry.Until.After(now) && snoozed < maxSnoozes:
		return river.JobSnooze(min(retry.Until.Sub(now), maxRetryAfter))
	}
	return err
}
