package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/temoto/robotstxt"
	"golang.org/x/time/rate"
)

// RobotsStore keeps the robots.txt files a fetcher read, so that the next
// process (every `kronik watch` or `fetch` run) does not ask each host
// again: a copy younger than Options.RobotsTTL (a day, RFC 9309 §2.4) is used
// as if just fetched. An origin is "scheme://host[:port]". Only answers that
// say what may be fetched are kept: a success with its body, or a 4xx (no
// robots.txt: everything allowed); server errors and unreachable hosts are
// tried again. The knowledge base's stores implement it.
type RobotsStore interface {
	// Robots returns origin's kept robots.txt: the HTTP status, the body
	// and when it was fetched, a zero time when none is kept.
	Robots(ctx context.Context, origin string) (status int, body []byte, fetched time.Time, err error)
	// PutRobots keeps origin's robots.txt, replacing any kept before.
	PutRobots(ctx context.Context, origin string, status int, body []byte, fetched time.Time) error
}

// robotsEntry is a host's robots.txt as last read.
type robotsEntry struct {
	data    *robotstxt.RobotsData
	expires time.Time
}

// Allowed says whether robots.txt lets kronik fetch u. robots.txt is read
// once a day per host (RFC 9309 §2.4). Unlike temoto/robotstxt's
// FromStatusAndBytes, a 429, a 5xx or a network error is not read as
// "allow all" nor as a permanent "disallow all": the host is unreachable for
// now, so Allowed returns a *RetryError and the caller tries later. Other
// 4xx answers mean there is no robots.txt: everything is allowed (§2.3.1.3).
func (f *Fetcher) Allowed(ctx context.Context, u *url.URL) (bool, error) {
	data, err := f.robots(ctx, u)
	if err != nil {
		return false, err
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	g := data.FindGroup(UserAgent) // kronik's own group, else "*"
	return g.Test(path), nil
}

// Sitemaps returns the Sitemap lines of u's host's robots.txt.
func (f *Fetcher) Sitemaps(ctx context.Context, u *url.URL) ([]string, error) {
	data, err := f.robots(ctx, u)
	if err != nil {
		return nil, err
	}
	return data.Sitemaps, nil
}

func (f *Fetcher) robots(ctx context.Context, u *url.URL) (*robotstxt.RobotsData, error) {
	h := f.host(u)
	f.mu.Lock()
	e := h.robots
	f.mu.Unlock()
	if e != nil && f.now().Before(e.expires) {
		return e.data, nil
	}
	origin := u.Scheme + "://" + u.Host
	if data, fetched, ok, err := f.keptRobots(ctx, origin); err != nil {
		return nil, err
	} else if ok {
		f.useRobots(h, data, fetched)
		return data, nil
	}
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	resp, err := f.get(ctx, ru, Request{URL: ru.String(), Accept: "text/plain,*/*;q=0.5"})
	var data *robotstxt.RobotsData
	var se *StatusError
	var re *RetryError
	status, body := http.StatusOK, []byte(nil)
	switch {
	case errors.As(err, &re):
		return nil, err
	case errors.As(err, &se) && se.Status >= 500:
		return nil, f.robotsBackoff(h, ru, fmt.Sprintf("robots.txt answered HTTP %d", se.Status))
	case errors.As(err, &se) && se.Status >= 400:
		status = se.Status
		data = robotsFor(status, nil) // no robots.txt: all allowed
	case err != nil:
		if ctx.Err() != nil {
			return nil, err
		}
		if errors.Is(err, ErrPrivate) {
			return nil, err
		}
		return nil, f.robotsBackoff(h, ru, fmt.Sprintf("robots.txt unreachable: %v", err))
	default:
		body = resp.Body
		data = robotsFor(status, body)
	}
	now := f.now()
	f.useRobots(h, data, now)
	if f.opt.Robots != nil {
		if err := f.opt.Robots.PutRobots(ctx, origin, status, body, now); err != nil {
			return nil, fmt.Errorf("keep robots.txt of %s: %w", origin, err)
		}
	}
	return data, nil
}

// keptRobots returns origin's robots.txt as the RobotsStore keeps it, when
// it was fetched less than RobotsTTL ago.
func (f *Fetcher) keptRobots(ctx context.Context, origin string) (*robotstxt.RobotsData, time.Time, bool, error) {
	if f.opt.Robots == nil {
		return nil, time.Time{}, false, nil
	}
	status, body, fetched, err := f.opt.Robots.Robots(ctx, origin)
	if err != nil {
		return nil, time.Time{}, false, fmt.Errorf("robots.txt of %s as kept: %w", origin, err)
	}
	now := f.now()
	if fetched.IsZero() || !now.Before(fetched.Add(f.opt.RobotsTTL)) {
		return nil, time.Time{}, false, nil
	}
	// A fetch time ahead of this clock (another machine's) counts from now:
	// the copy is still never used longer than RobotsTTL from here.
	if fetched.After(now) {
		fetched = now
	}
	return robotsFor(status, body), fetched, true, nil
}

// useRobots makes data, fetched at fetched, the host's robots.txt until it
// is RobotsTTL old, and the host's rate its Crawl-delay.
func (f *Fetcher) useRobots(h *hostState, data *robotstxt.RobotsData, fetched time.Time) {
	delay := crawlDelay(data, f.opt.HostInterval)
	f.mu.Lock()
	h.robots = &robotsEntry{data: data, expires: fetched.Add(f.opt.RobotsTTL)}
	h.limiter.SetLimit(rate.Every(delay))
	f.mu.Unlock()
}

// robotsFor reads a robots.txt answer that is no server error: a 4xx means
// there is none and everything is allowed (RFC 9309 §2.3.1.3), a success is
// parsed.
func robotsFor(status int, body []byte) *robotstxt.RobotsData {
	if status >= 400 {
		data, _ := robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
		return data
	}
	return parseRobots(body)
}

// robotsBackoff parks the host for a while when robots.txt cannot be read.
func (f *Fetcher) robotsBackoff(h *hostState, ru *url.URL, why string) error {
	until := f.now().Add(5 * time.Minute)
	f.mu.Lock()
	if until.After(h.retryUntil) {
		h.retryUntil, h.retryWhy = until, why
	}
	f.mu.Unlock()
	return &RetryError{URL: ru.String(), Until: until, Reason: why}
}

// parseRobots reads a robots.txt body. An unparsable file is read as no
// rules (RFC 9309 §2.2: parse what can be parsed; temoto/robotstxt is
// lenient, so this is rare).
func parseRobots(body []byte) *robotstxt.RobotsData {
	data, err := robotstxt.FromBytes(body)
	if err != nil {
		data, _ = robotstxt.FromStatusAndBytes(404, nil)
	}
	return data
}

// crawlDelay is the interval between requests to a host: the fetcher's,
// or the longer Crawl-delay of kronik's group, capped at MaxCrawlDelay.
func crawlDelay(data *robotstxt.RobotsData, base time.Duration) time.Duration {
	if g := data.FindGroup(UserAgent); g != nil && g.CrawlDelay > base {
		return min(g.CrawlDelay, MaxCrawlDelay)
	}
	return base
}
