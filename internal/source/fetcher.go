package source

import (
	"context"

	polite "kronik/internal/fetch"
)

// Fetched reads pages with fe, the polite, guarded fetcher (robots.txt, a
// rate per host, no private addresses unless allowed, bounded time and
// size). A page keeps the address it was asked by, so that a re-run finds
// its versions.
func Fetched(fe *polite.Fetcher) FetchFunc {
	return func(ctx context.Context, u string) (Document, error) {
		resp, err := fe.Get(ctx, polite.Request{URL: u})
		if err != nil {
			return Document{}, err
		}
		return Document{Name: u, Path: u, URL: u, Body: resp.Body, Format: FormatOf(resp.Header),
			Fetched: resp.Fetched, Header: resp.Header}, nil
	}
}
