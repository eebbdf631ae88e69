// search.go chooses how a search reads its candidates: PostgreSQL's
// planner does not count reading a document's search vector out of TOAST,
// which its walk of the primary key does for every row it passes.

package postgres

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/jackc/pgx/v5"

	"kronik/internal/store"
)

// walkCost is what passing a row along the primary key costs (its search
// vector read and matched) against reading a match found by the GIN index,
// measured at 100,000 documents: 8 µs against 3.
const walkCost = 3

// matchesByIndex reports whether the newest store.SearchCandidates matches
// of where (over versions v, with args) are cheaper found by the GIN index
// (every match read, then sorted) than by walking the primary key backwards
// until that many match (total/matches rows a match, each vector read):
// with m estimated matches of n documents, the index reads m rows and the
// walk SearchCandidates·n/m, walkCost times dearer. The planner takes the
// walk for words in a tenth of the documents, five times slower than the
// index there.
func (s *DB) matchesByIndex(ctx context.Context, where string, args []any) (bool, error) {
	var plan []struct {
		Plan struct {
			Rows float64 `json:"Plan Rows"`
		}
	}
	var js []byte
	explain := `EXPLAIN (FORMAT JSON) SELECT v.id FROM versions v WHERE ` + where
	if err := s.pool.QueryRow(ctx, explain, append([]any{pgx.QueryExecModeExec}, args...)...).Scan(&js); err != nil {
		return false, fmt.Errorf("estimate matches: %w", err)
	}
	if err := json.Unmarshal(js, &plan); err != nil || len(plan) == 0 {
		return false, fmt.Errorf("estimate matches: %q: %v", js, err)
	}
	var n float64
	if err := s.pool.QueryRow(ctx, `SELECT reltuples FROM pg_class WHERE oid = 'versions'::regclass`).Scan(&n); err != nil {
		return false, fmt.Errorf("estimate documents: %w", err)
	}
	m := plan[0].Plan.Rows
	return m*m < walkCost*float64(store.SearchCandidates)*n, nil
}

// queryByIndex runs q in a read-only transaction whose planner may use
// neither a plain index walk nor a sequential scan, so that a search's
// matches are read by the GIN index (a bitmap scan), and calls fn with its
// rows.
func (s *DB) queryByIndex(ctx context.Context, q string, args []any, fn func(pgx.Rows) error) error {
	return pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SET LOCAL enable_indexscan = off; SET LOCAL enable_seqscan = off`); err != nil {
			return err
		}
		rows, err := tx.Query(ctx, q, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		return fn(rows)
	})
}
