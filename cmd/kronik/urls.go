package main

import (
	"context"

	"kronik/internal/fetch"
	"kronik/internal/source"
)

// readOptions are source.ReadWith's options for the network flags: an
// address given to extract or ingest as an input is fetched by the same
// polite, guarded fetcher as fetch and watch (robots.txt, a rate per host, no
// private addresses unless allowed, bounded time and size), several at once.
func (f fetchFlags) readOptions() (source.Options, error) {
	fe, err := f.fetcher(nil)
	if err != nil {
		return source.Options{}, err
	}
	return source.Options{Fetch: pageFetcher(fe)}, nil
}

// pageFetcher gets one page named on the command line with fe. The page
// keeps the address it was asked by, so that a re-run finds its versions.
func pageFetcher(fe *fetch.Fetcher) source.FetchFunc {
	return func(ctx context.Context, u string) (source.Document, error) {
		resp, err := fe.Get(ctx, fetch.Request{URL: u})
		if err != nil {
			return source.Document{}, err
		}
		return source.Document{Name: u, Path: u, URL: u, Body: resp.Body, Format: source.FormatOf(resp.Header),
			Fetched: resp.Fetched, Header: resp.Header}, nil
	}
}
