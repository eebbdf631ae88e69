package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"time"

	"github.com/temoto/robotstxt"
	"golang.org/x/time/rate"
)

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
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	resp, err := f.get(ctx, ru, Request{URL: ru.String(), Accept: "text/plain,*/*;q=0.5"})
	var data *robotstxt.RobotsData
	var se *StatusError
	var re *RetryError
	switch {
	case errors.As(err, &re):
		return nil, err
	case errors.As(err, &se) && se.Status >= 500:
		return nil, f.robotsBackoff(h, ru, fmt.Sprintf("robots.txt answered HTTP %d", se.Status))
	case errors.As(err, &se) && se.Status >= 400:
		data, _ = robotstxt.FromStatusAndBytes(404, nil) // no robots.txt: all allowed
	case err != nil:
		if ctx.Err() != nil {
			return nil, err
		}
		if errors.Is(err, ErrPrivate) {
			return nil, err
		}
		return nil, f.robotsBackoff(h, ru, fmt.Sprintf("robots.txt unreachable: %v", err))
	default:
		data = parseRobots(resp.Body)
	}
	delay := crawlDelay(data, f.opt.HostInterval)
	f.mu.Lock()
	h.robots = &robotsEntry{data: data, expires: f.now().Add(f.opt.RobotsTTL)}
	h.limiter.SetLimit(rate.Every(delay))
	f.mu.Unlock()
	return data, nil
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
