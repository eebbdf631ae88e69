package main

import (
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
	return source.Options{Fetch: source.Fetched(fe)}, nil
}
