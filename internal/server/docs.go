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

// docIndex maps the documents results name (store.DocRef: a URL or a name) to
// the content hash of their current version, which is the document id of the
// API and the UI. store.Store names documents but offers no lookup of one
// record by hash, so the index is built from Records (see statsCache).
type docIndex struct {
	st    store.Store
	cache statsCache[map[string]string] // DocRef key -> hash

	// recent keeps the last records read, since reading one means scanning
	// the store's records up to it: the documents of a popular event are
	// read again and again.
	mu     sync.Mutex
	stamp  store.Stats
	recent map[string]record.Record
	order  []string // oldest first
}

// recentRecords is how many records docIndex keeps (a record with its text
// is tens of KB).
const recentRecords = 64

func newDocIndex(st store.Store) *docIndex { return &docIndex{st: st} }

func refKey(url, name string) string {
	if url != "" {
		return url
	}
	return name
}

func (d *docIndex) build(ctx context.Context) (map[string]string, error) {
	byKey := map[string]string{}
	err := d.st.Records(ctx, func(rec record.Record) error {
		byKey[refKey(rec.URL, rec.Source)] = rec.Hash
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("index documents: %w", err)
	}
	return byKey, nil
}

// ids returns a lookup of document ids for one request's results ("" for
// an unknown document). A document missing from the index is newer than it:
// the first miss rebuilds the index if the store changed.
func (d *docIndex) ids(ctx context.Context) (func(store.DocRef) string, error) {
	byKey, err := d.cache.get(ctx, d.st, d.build)
	if err != nil {
		return nil, err
	}
	retried := false
	return func(ref store.DocRef) string {
		h, ok := byKey[refKey(ref.URL, ref.Name)]
		if !ok && !retried {
			retried = true
			d.cache.expire()
			if m, err := d.cache.get(ctx, d.st, d.build); err == nil {
				byKey = m
				h = byKey[refKey(ref.URL, ref.Name)]
			}
		}
		return h
	}, nil
}

// hashOf returns the document id of one result's document.
func (d *docIndex) hashOf(ctx context.Context, ref store.DocRef) (string, error) {
	id, err := d.ids(ctx)
	if err != nil {
		return "", err
	}
	return id(ref), nil
}

// errFound stops a Records scan once every wanted record is in.
var errFound = errors.New("found")

// records returns the current records with the given hashes, reading the
// store until all are found.
func (d *docIndex) records(ctx context.Context, hashes ...string) (map[string]record.Record, error) {
	want := map[string]bool{}
	for _, h := range hashes {
		if h != "" {
			want[h] = true
		}
	}
	out := map[string]record.Record{}
	if len(want) == 0 {
		return out, nil
	}
	stats, err := d.st.Stats(ctx)
	if err != nil {
		return nil, fmt.Errorf("store stats: %w", err)
	}
	d.mu.Lock()
	if stats != d.stamp {
		// A new version may have replaced a kept record's document.
		d.recent, d.order, d.stamp = map[string]record.Record{}, nil, stats
	}
	for h := range want {
		if rec, ok := d.recent[h]; ok {
			out[h] = rec
		}
	}
	d.mu.Unlock()
	if len(out) == len(want) {
		return out, nil
	}
	err = d.st.Records(ctx, func(rec record.Record) error {
		if want[rec.Hash] {
			out[rec.Hash] = rec
			if len(out) == len(want) {
				return errFound
			}
		}
		return nil
	})
	if err != nil && !errors.Is(err, errFound) {
		return nil, fmt.Errorf("read documents: %w", err)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	for h, rec := range out {
		if _, ok := d.recent[h]; ok || d.recent == nil {
			continue
		}
		d.recent[h] = rec
		d.order = append(d.order, h)
		if len(d.order) > recentRecords {
			delete(d.recent, d.order[0])
			d.order = d.order[1:]
		}
	}
	return out, nil
}

// record returns one current record by hash, or store.ErrNotFound.
func (d *docIndex) record(ctx context.Context, hash string) (record.Record, error) {
	recs, err := d.records(ctx, hash)
	if err != nil {
		return record.Record{}, err
	}
	rec, ok := recs[hash]
	if !ok {
		return rec, fmt.Errorf("document %q: %w", hash, store.ErrNotFound)
	}
	return rec, nil
}
