package server

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"kronik/internal/record"
	"kronik/internal/store"
)

// statsCache keeps one value derived from the whole store, rebuilt when the
// store's counts change; while they keep changing (an ingest is running) it
// is rebuilt at most once per staleFor, so that readers do not rescan the
// store for every stored document.
type statsCache[T any] struct {
	mu    sync.Mutex
	stamp store.Stats
	at    time.Time
	ok    bool
	v     T
}

// staleFor is how old a derived value may be while the store is changing.
const staleFor = 3 * time.Second

func (c *statsCache[T]) get(ctx context.Context, st store.Store, build func(context.Context) (T, error)) (T, error) {
	stats, err := st.Stats(ctx)
	if err != nil {
		var zero T
		return zero, fmt.Errorf("store stats: %w", err)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ok && (stats == c.stamp || time.Since(c.at) < staleFor) {
		return c.v, nil
	}
	v, err := build(ctx)
	if err != nil {
		return v, err
	}
	c.v, c.stamp, c.at, c.ok = v, stats, time.Now(), true
	return v, nil
}

// expire makes the next get rebuild the value if the store changed.
func (c *statsCache[T]) expire() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.at = time.Time{}
}

// records returns the current records with the given hashes (the document
// ids results carry); a hash with no current record is left out.
func records(ctx context.Context, st store.Store, hashes ...string) (map[string]record.Record, error) {
	out := map[string]record.Record{}
	for _, h := range hashes {
		if _, done := out[h]; done || h == "" {
			continue
		}
		rec, err := st.Record(ctx, h)
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("read documents: %w", err)
		}
		out[h] = rec
	}
	return out, nil
}
