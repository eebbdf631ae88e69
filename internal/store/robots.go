package store

import (
	"context"
	"time"
)

// Robots keeps the robots.txt files a fetcher read, one per origin
// ("scheme://host[:port]"), so that the next process need not ask each host
// again; internal/fetch uses it as its RobotsStore (the command wires it),
// and decides how long a kept copy may be used.
type Robots interface {
	// Robots returns origin's kept robots.txt: the HTTP status it was
	// answered with, its body and when it was fetched; a zero time when
	// none is kept.
	Robots(ctx context.Context, origin string) (status int, body []byte, fetched time.Time, err error)
	// PutRobots keeps origin's robots.txt, replacing any kept before.
	PutRobots(ctx context.Context, origin string, status int, body []byte, fetched time.Time) error
}
