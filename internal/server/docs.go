package server

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"kronik/internal/record"
	"kronik/internal/store"
)

// docIndex maps the documents results name (store.DocRef: a URL or a name) to
// the content hash of their current version, which is the document id of the
// API and the UI. store.Store names documents but offers no lookup of one
// record by hash, so the index is built from Records and rebuilt when the
// store's counts change (a new document or version).
type docIndex struct {
	st store.Store

	mu    sync.Mutex
	stamp store.Stats
	built bool
	byKey map[string]string // DocRef key -> hash
}

func newDocIndex(st store.Store) *docIndex { return &docIndex{st: st} }

func refKey(url, name string) string {
	if url != "" {
		return url
	}
	return name
}

// refresh rebuilds the index when the store changed since it was built.
func (d *docIndex) refresh(ctx context.Context) error {
	st, err := d.st.Stats(ctx)
	if err != nil {
		return fmt.Errorf("store stats: %w", err)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.built && st == d.stamp {
		return nil
	}
	byKey := map[string]string{}
	err = d.st.Records(ctx, func(rec record.Record) error {
		byKey[refKey(rec.URL, rec.Source)] = rec.Hash
		return nil
	})
	if err != nil {
		return fmt.Errorf("index documents: %w", err)
	}
	d.byKey, d.stamp, d.built = byKey, st, true
	return nil
}

// hashOf returns the document id of a result's document ("" if unknown).
func (d *docIndex) hashOf(ctx context.Context, ref store.DocRef) (string, error) {
	if err := d.refresh(ctx); err != nil {
		return "", err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.byKey[refKey(ref.URL, ref.Name)], nil
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
	err := d.st.Records(ctx, func(rec record.Record) error {
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
