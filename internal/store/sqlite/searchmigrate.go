package sqlite

import (
	"container/heap"
	"context"
	"database/sql"
	"fmt"

	"kronik/internal/store"
)

// backfillSearch builds the search statistics of every current version
// (migration 037): document frequencies and search_docs rows in batches in
// version order, then, in one pass over search_docs, the impact list of
// every term held by more than searchListLen documents.
func backfillSearch(ctx context.Context, sqlTx *sql.Tx) error {
	return buildSearchStats(ctx, sqlTx, searchListLen)
}

func buildSearchStats(ctx context.Context, sqlTx *sql.Tx, listLen int) error {
	// its many statements prepared once each, on the migration's transaction
	tx := &stmtTx{Tx: sqlTx, stmts: map[string]*sql.Stmt{}}
	defer tx.close()
	const batch = 512
	last := int64(0)
	for {
		rows, err := tx.QueryContext(ctx, `SELECT id, lang, title, text FROM versions
			WHERE current = 1 AND id > ? ORDER BY id LIMIT ?`, last, batch)
		if err != nil {
			return err
		}
		var docs []searchDoc
		for rows.Next() {
			var id int64
			var lang, title, body string
			if err := rows.Scan(&id, &lang, &title, &body); err != nil {
				rows.Close()
				return err
			}
			docs = append(docs, newSearchDoc(id, store.IndexText(lang, title), store.IndexText(lang, body)))
			last = id
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(docs) == 0 {
			break
		}
		if err := writeSearchDocs(ctx, tx, docs, listLen, false); err != nil {
			return err
		}
	}
	return buildAllLists(ctx, tx, listLen)
}

// buildAllLists fills search_top for every ASCII term held by more than
// listLen documents, keeping each term's heaviest documents in a heap
// while search_docs is read once.
func buildAllLists(ctx context.Context, tx execer, listLen int) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, term FROM search_terms WHERE df > ?`, listLen)
	if err != nil {
		return err
	}
	lists := map[int64]*impactHeap{}
	for rows.Next() {
		var id int64
		var term string
		if err := rows.Scan(&id, &term); err != nil {
			rows.Close()
			return err
		}
		if isASCII(term) {
			lists[id] = &impactHeap{}
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(lists) == 0 {
		return err
	}
	avg, err := avgSize(ctx, tx, nil)
	if err != nil {
		return err
	}
	floors := map[int64]float64{}
	rows, err = tx.QueryContext(ctx, `SELECT id, terms FROM search_docs ORDER BY id`)
	if err != nil {
		return err
	}
	err = scanDocTerms(rows, func(doc int64, b []byte) error {
		var hits []impactEntry
		var ids []int64
		size, err := docTerms(b, func(id int64, f termFreq) bool {
			if lists[id] != nil {
				ids = append(ids, id)
				hits = append(hits, impactEntry{doc: doc, imp: f.weighted()})
			}
			return true
		})
		if err != nil {
			return fmt.Errorf("version %d: %w", doc, err)
		}
		for i, id := range ids {
			e := hits[i]
			e.imp = impact(e.imp, size, avg)
			h := lists[id]
			heap.Push(h, e)
			if h.Len() > listLen {
				out := heap.Pop(h).(impactEntry)
				floors[id] = max(floors[id], out.imp)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for id, h := range lists {
		for _, e := range *h {
			if _, err := tx.ExecContext(ctx, `INSERT INTO search_top (term_id, impact, doc) VALUES (?, ?, ?)`,
				id, e.imp, e.doc); err != nil {
				return fmt.Errorf("impact list %d: %w", id, err)
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE search_terms SET floor = ?, listed = ?, avg = ? WHERE id = ?`,
			floors[id], h.Len(), avg, id); err != nil {
			return fmt.Errorf("impact list %d: %w", id, err)
		}
	}
	return nil
}

type impactEntry struct {
	doc int64
	imp float64
}

// impactHeap is a min-heap of a term's heaviest documents so far, its
// lightest on top (the oldest first among equals, as offer leaves out).
type impactHeap []impactEntry

func (h impactHeap) Len() int { return len(h) }
func (h impactHeap) Less(i, j int) bool {
	if h[i].imp != h[j].imp {
		return h[i].imp < h[j].imp
	}
	return h[i].doc < h[j].doc
}
func (h impactHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *impactHeap) Push(x any)   { *h = append(*h, x.(impactEntry)) }
func (h *impactHeap) Pop() any {
	old := *h
	e := old[len(old)-1]
	*h = old[:len(old)-1]
	return e
}
