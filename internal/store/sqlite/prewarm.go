package sqlite

import (
	"context"
	"fmt"
	"kronik/internal/store"
)

// prewarmReads are the statements Prewarm runs, each reading every page of
// a table or index a ranked search consults (searchrank.go): the terms'
// statistics and impact lists, FTS5's index, the documents' term rows it
// scores candidates from, and versions_ref, which its filters and newest
// matches read. Together about 3% of a large store's file (0.75 GB of
// 23 GB at 1,000,000 documents); the version rows (source and text) are
// left out, a search reads only its hits' among them. Each returns the rows
// it read; blobs are concatenated with an empty one so that their overflow
// pages are read too (length() alone does not read them).
var prewarmReads = []struct{ table, query string }{
	{"search_terms", `SELECT count(*), sum(df) FROM search_terms`},
	{"search_top", `SELECT count(*), sum(impact) FROM search_top`},
	{"fts_idx", `SELECT count(*), sum(length(term || '')) FROM fts_idx`},
	{"fts_data", `SELECT count(*), sum(length(block || x'')) FROM fts_data`},
	{"search_docs", `SELECT count(*), sum(length(terms || x'')) FROM search_docs`},
	{"versions_ref", `SELECT count(*), sum(current) FROM versions INDEXED BY versions_ref WHERE id > 0`},
}

// Prewarm reads the tables and indexes a search consults, so that the
// operating system caches them: on a store larger than the memory, a
// search's first run otherwise waits for about one random read of the
// disk per candidate it scores (a 1,000,000-document store's first searches
// p99 140–670 ms, 22–39 ms after a Prewarm of 6–11 s; BENCHMARKS.md). It returns
// the rows read per table; a store older than the search statistics
// (migration 037) reads what it has. `kronik serve` calls it once at start,
// in the background.
func (s *DB) Prewarm(ctx context.Context) (map[string]int64, error) {
	rows := map[string]int64{}
	for _, r := range prewarmReads {
		if s.schema < searchStatsSchema && (r.table == "search_terms" || r.table == "search_top" || r.table == "search_docs") {
			continue
		}
		var n int64
		var sum any
		if err := s.db.QueryRowContext(ctx, r.query).Scan(&n, &sum); err != nil {
			return rows, fmt.Errorf("prewarm %s: %w", r.table, err)
		}
		rows[r.table] = n
	}
	return rows, nil
}

var _ store.Prewarmer = (*DB)(nil)
