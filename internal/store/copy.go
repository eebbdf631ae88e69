package store

import (
	"context"
	"fmt"

	"kronik/internal/record"
)

// Copy puts every version src holds, history included, into dst in the
// order src stored them, batch versions to a transaction (1 when batch <= 0).
// Into an empty dst this rebuilds src's knowledge base: the same documents,
// versions (numbers and which is current), near-duplicates, events and
// clusters, since each is derived from the versions in their order. It
// calls done, when not nil, with the number of versions copied after each
// batch, and returns that number. A failure names the version; what was
// committed before it stays in dst, and running Copy again skips it (Put is
// idempotent by content hash).
func Copy(ctx context.Context, dst Writer, src Reader, batch int, done func(int)) (int, error) {
	if batch <= 0 {
		batch = 1
	}
	var items []Item
	n := 0
	flush := func() error {
		if len(items) == 0 {
			return nil
		}
		res, err := dst.PutBatch(ctx, items)
		if err != nil {
			return fmt.Errorf("copy: %w", err)
		}
		for i, r := range res {
			if r.Err != nil {
				return fmt.Errorf("copy %s: %w", items[i].Src.Name, r.Err)
			}
		}
		n += len(items)
		items = items[:0]
		if done != nil {
			done(n)
		}
		return nil
	}
	err := src.Versions(ctx, func(s Source, r record.Record) error {
		for i := range r.Events {
			r.Events[i].Cluster, r.Events[i].Sources = "", 0 // the store's to assign
		}
		items = append(items, Item{Src: s, Rec: r})
		if len(items) >= batch {
			return flush()
		}
		return nil
	})
	if err != nil {
		return n, err
	}
	return n, flush()
}
