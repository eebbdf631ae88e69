package watch

import (
	"context"
	"errors"
	"fmt"
	"net/url"

	"kronik/internal/feed"
	"kronik/internal/fetch"
	"kronik/internal/sitemap"
)

// Found is a feed or sitemap found by Discover.
type Found struct {
	URL  string
	Kind string // "feed" or "sitemap"
}

// ErrNothingFound: the URL is not a feed or sitemap and names none.
var ErrNothingFound = errors.New("no feed or sitemap found (looked at the page's feed links and its site's robots.txt Sitemap lines)")

// Discover says what to follow for a URL a user gives: the URL itself when
// it is a feed or a sitemap (Google News sitemaps included), else the feeds
// the page links to (<link rel="alternate">) and the sitemaps its site's
// robots.txt names.
func Discover(ctx context.Context, f *fetch.Fetcher, raw string) ([]Found, error) {
	resp, err := f.Get(ctx, fetch.Request{URL: raw})
	if err != nil {
		return nil, err
	}
	switch {
	case feed.Is(resp.Body):
		if _, err := feed.Parse(resp.Body, resp.URL); err != nil {
			return nil, err
		}
		return []Found{{URL: raw, Kind: "feed"}}, nil
	case sitemap.Is(resp.Body):
		if _, err := sitemap.Parse(resp.Body, resp.URL); err != nil {
			return nil, err
		}
		return []Found{{URL: raw, Kind: "sitemap"}}, nil
	}
	var out []Found
	for _, l := range feed.Discover(resp.Body, resp.URL) {
		out = append(out, Found{URL: l, Kind: "feed"})
	}
	if u, err := url.Parse(resp.URL); err == nil {
		sms, err := f.Sitemaps(ctx, u)
		if err != nil {
			return nil, err
		}
		for _, s := range sms {
			out = append(out, Found{URL: s, Kind: "sitemap"})
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: %w", raw, ErrNothingFound)
	}
	return out, nil
}
