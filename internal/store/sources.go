package store

import (
	"context"
	"time"
)

// FeedSource is a feed or sitemap that kronik follows: its address, its
// polling schedule, the validators of its last answer and its health. The
// schedule lives in the knowledge base so that several watchers (one
// machine's restarts, or workers of a shared database) take turns on the
// same sources without a coordinator.
type FeedSource struct {
	ID    int64
	URL   string
	Kind  string // "feed" or "sitemap"
	Added time.Time
	// Interval is the current polling interval (adaptive); NextPoll when
	// the source is next due.
	Interval time.Duration
	NextPoll time.Time
	// ETag and LastModified from the last 200 answer, for conditional GET.
	ETag, LastModified string
	// Health.
	LastFetch  time.Time
	LastStatus string // "ok", "not modified", or the last error
	Items      int    // articles stored from this source, in total
	Failures   int    // consecutive failed polls
	Errors     int    // failed polls, in total
	Disabled   string // why the source is no longer polled; "" when active
}

// Page outcomes recorded by MarkPage.
const (
	PageStored     = "stored"     // extracted and stored (or already stored)
	PageReserved   = "reserved"   // text-and-data mining reserved: not extracted
	PageDisallowed = "disallowed" // robots.txt disallows it
	PageFailed     = "failed"     // fetch or extraction failed; retried a few times
)

// Page is what kronik did with one article URL found in a source.
type Page struct {
	URL      string // canonical
	SourceID int64
	Status   string // one of the Page* outcomes
	// TDM is where a mining reservation came from ("header", "meta",
	// "tdmrep.json"), "" when none; NoAI records a "noai" directive.
	TDM     string
	NoAI    bool
	Hash    string // the stored document's content hash, when stored
	Fetched time.Time
	Error   string
}

// MaxPageAttempts is how many failed fetches of a page are tried before it
// is left alone.
const MaxPageAttempts = 3

// PageSettled is Sources.PageDone's rule for a recorded page: it needs no
// further fetch unless it failed fewer than MaxPageAttempts times.
func PageSettled(status string, attempts int) bool {
	return status != PageFailed || attempts >= MaxPageAttempts
}

// Sources keeps the followed sources and the pages fetched from them. A
// backend implements it beside Store; it is small on purpose.
type Sources interface {
	// AddSource stores a new source (ID, Added set by the store) and
	// returns it; added is false when its URL was already followed (the
	// stored one is returned unchanged).
	AddSource(ctx context.Context, src FeedSource) (stored FeedSource, added bool, err error)
	// ListSources returns every source, in the order added.
	ListSources(ctx context.Context) ([]FeedSource, error)
	// RemoveSource stops following url (ErrNotFound when not followed);
	// pages and documents already stored are kept.
	RemoveSource(ctx context.Context, url string) error
	// ClaimDue returns up to limit active sources due at now, each leased
	// for lease: its NextPoll is moved to now+lease in the same
	// transaction, so another watcher does not take it, and a watcher
	// killed mid-poll leaves it due again once the lease runs out.
	ClaimDue(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]FeedSource, error)
	// UpdateSource writes back a polled source's schedule, validators and
	// health (matched by ID).
	UpdateSource(ctx context.Context, src FeedSource) error
	// PageDone says whether url needs no further fetch: stored, reserved,
	// disallowed, or failed MaxPageAttempts times.
	PageDone(ctx context.Context, url string) (bool, error)
	// MarkPage records what was done with a page (a failure counts one
	// attempt more).
	MarkPage(ctx context.Context, p Page) error
	// Pages returns the pages recorded for a source, newest first (at most
	// limit, 0 for all).
	Pages(ctx context.Context, sourceID int64, limit int) ([]Page, error)
}
