// Package watch keeps a knowledge base current from the feeds and sitemaps
// it follows: each round claims the sources that are due (store.Sources
// leases them, so several watchers and restarts share one schedule), fetches
// each politely (internal/fetch), reads its items (internal/feed,
// internal/sitemap), fetches the articles not yet done, and hands each page
// to a Sink that extracts and stores it. A source's next poll adapts to how
// often it publishes, within bounds, and is raised to what its server asks
// (Retry-After, Cache-Control max-age, RSS ttl); a failing source backs off
// and is disabled after repeated failures, with the reason kept.
package watch

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"kronik/internal/fetch"
	"kronik/internal/source"
	"kronik/internal/store"
)

// Sink extracts and stores one fetched page, returning the stored document's
// content hash. Storing content already stored is not an error.
type Sink interface {
	Store(ctx context.Context, doc source.Document) (hash string, err error)
}

// Defaults for Options left zero.
const (
	DefaultInterval    = 30 * time.Minute
	DefaultMinInterval = 5 * time.Minute
	DefaultMaxInterval = 6 * time.Hour
	// MaxServerInterval bounds what a server's TTL or max-age can ask.
	MaxServerInterval  = 24 * time.Hour
	DefaultMaxFailures = 5
	DefaultLease       = 5 * time.Minute
	DefaultMaxItems    = 200
)

// Options configure a Watcher.
type Options struct {
	Fetcher *fetch.Fetcher
	Sources store.Sources
	Sink    Sink
	// AllowReserved extracts pages that reserve text-and-data mining: the
	// user states they have the right (each such page is logged).
	AllowReserved bool
	Log           *slog.Logger
	Now           func() time.Time
	// Polling bounds: a source publishing often is polled down to
	// MinInterval, a quiet one up to MaxInterval.
	MinInterval, MaxInterval time.Duration
	// MaxFailures consecutive failed polls disable a source.
	MaxFailures int
	// Lease is how long a claimed source is kept from other watchers (and
	// from a restart, when its watcher was killed outright); a poll
	// renews it every third of it.
	Lease time.Duration
	// MaxItems bounds the articles fetched from one source in one poll;
	// the rest wait for the next.
	MaxItems int
	// OnPage is called after each page is handled (progress display).
	OnPage func(p store.Page)
}

// Watcher polls sources.
type Watcher struct{ opt Options }

// New returns a Watcher; Fetcher, Sources and Sink are required.
func New(opt Options) (*Watcher, error) {
	if opt.Fetcher == nil || opt.Sources == nil || opt.Sink == nil {
		return nil, errors.New("watch: Fetcher, Sources and Sink are required")
	}
	if opt.Log == nil {
		opt.Log = slog.New(slog.DiscardHandler)
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.MinInterval <= 0 {
		opt.MinInterval = DefaultMinInterval
	}
	if opt.MaxInterval <= 0 {
		opt.MaxInterval = DefaultMaxInterval
	}
	if opt.MaxFailures <= 0 {
		opt.MaxFailures = DefaultMaxFailures
	}
	if opt.Lease <= 0 {
		opt.Lease = DefaultLease
	}
	if opt.MaxItems <= 0 {
		opt.MaxItems = DefaultMaxItems
	}
	return &Watcher{opt: opt}, nil
}

// Summary counts what rounds did.
type Summary struct {
	Polled      int // sources polled
	NotModified int // sources that answered 304
	Items       int // items listed by the polled sources
	Stored      int // pages extracted and stored
	Reserved    int // pages not extracted: mining reserved
	Disallowed  int // pages robots.txt disallows
	Failed      int // pages that failed
	SourceErrs  []string
}

// Add adds o's counts to s.
func (s *Summary) Add(o Summary) {
	s.Polled += o.Polled
	s.NotModified += o.NotModified
	s.Items += o.Items
	s.Stored += o.Stored
	s.Reserved += o.Reserved
	s.Disallowed += o.Disallowed
	s.Failed += o.Failed
	s.SourceErrs = append(s.SourceErrs, o.SourceErrs...)
}

// Round polls every source due now, one after another, and returns what it
// did. It stops early only when ctx is done; each source's failure is
// recorded on the source and in the summary.
func (w *Watcher) Round(ctx context.Context) (Summary, error) {
	var sum Summary
	for {
		// One at a time: a source claimed is a source polled, so a
		// stopped watcher holds no lease it will not use, and several
		// watchers share the due sources evenly.
		due, err := w.opt.Sources.ClaimDue(ctx, w.opt.Now(), w.opt.Lease, 1)
		if err != nil {
			return sum, err
		}
		if len(due) == 0 {
			return sum, nil
		}
		for _, src := range due {
			if err := ctx.Err(); err != nil {
				return sum, err
			}
			s := w.poll(ctx, src)
			sum.Add(s)
		}
	}
}

// Run polls until ctx is done, sleeping until the next source is due (at
// most a minute, so that sources added meanwhile are seen).
func (w *Watcher) Run(ctx context.Context, onRound func(Summary)) (Summary, error) {
	var total Summary
	for {
		sum, err := w.Round(ctx)
		total.Add(sum)
		if onRound != nil && sum.Polled > 0 {
			onRound(sum)
		}
		if err != nil {
			if ctx.Err() != nil {
				return total, nil
			}
			return total, err
		}
		wait := time.Minute
		if next, ok, err := w.NextDue(ctx); err == nil && ok {
			wait = min(max(next.Sub(w.opt.Now()), time.Second), time.Minute)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return total, nil
		case <-t.C:
		}
	}
}

// NextDue returns when the next active source is due.
func (w *Watcher) NextDue(ctx context.Context) (time.Time, bool, error) {
	list, err := w.opt.Sources.ListSources(ctx)
	if err != nil {
		return time.Time{}, false, err
	}
	var next time.Time
	for _, s := range list {
		if s.Disabled == "" && (next.IsZero() || s.NextPoll.Before(next)) {
			next = s.NextPoll
		}
	}
	return next, !next.IsZero(), nil
}

// schedule sets src's next poll after a successful poll that found fresh
// new items: halve the interval when the source published, lengthen it by
// half when it did not, keep it within [MinInterval, MaxInterval], then
// raise it to what the server asked (serverMin: TTL, max-age).
func (w *Watcher) schedule(src *store.FeedSource, fresh int, serverMin time.Duration) {
	iv := src.Interval
	if iv <= 0 {
		iv = DefaultInterval
	}
	switch {
	case fresh > 0:
		iv /= 2
	default:
		iv += iv / 2
	}
	iv = min(max(iv, w.opt.MinInterval), w.opt.MaxInterval)
	if serverMin > iv {
		iv = min(serverMin, MaxServerInterval)
	}
	src.Interval = iv
	src.NextPoll = w.opt.Now().Add(iv)
}

// fail records a failed poll: exponential back-off from the interval,
// disabled after MaxFailures in a row, with the reason.
func (w *Watcher) fail(src *store.FeedSource, err error) {
	src.Failures++
	src.Errors++
	src.LastStatus = err.Error()
	var re *fetch.RetryError
	if errors.As(err, &re) {
		// The server asked to wait: not the source's fault, so it is
		// neither counted towards disabling nor polled earlier.
		src.Failures--
		src.LastStatus = "waiting: " + re.Reason
		src.NextPoll = maxTime(re.Until, w.opt.Now().Add(w.opt.MinInterval))
		return
	}
	iv := src.Interval
	if iv <= 0 {
		iv = DefaultInterval
	}
	back := iv << min(src.Failures, 6)
	src.NextPoll = w.opt.Now().Add(min(back, MaxServerInterval))
	if src.Failures >= w.opt.MaxFailures {
		src.Disabled = fmt.Sprintf("%d failed polls in a row; last: %v", src.Failures, err)
	}
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
