package sqlite

import (
	"context"
	"testing"
)

// TestOnceKeysSeeTableAsItWas: a version's summit place keys (putOwnRows,
// rows marked once) are each checked against event_keys as it was before
// the version, whether they are few (one statement of bound rows) or many
// (one statement of a JSON array): events of the version with the same key,
// bounds and cluster all get their row, and a row of the key already stored
// keeps them all out. Three rows went as a statement of two and one of one,
// the second seeing the first's rows.
func TestOnceKeysSeeTableAsItWas(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	defer db.Close()
	tx, err := db.beginStmtTx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { tx.Rollback(); tx.close() }()
	next := int64(0)
	for _, tc := range []struct {
		cluster     string
		events, got int
	}{
		{"evt:a", 3, 3}, {"evt:a", 2, 3}, // few
		{"evt:b", 7, 7}, {"evt:b", 1, 7},
		{"evt:c", maxRowsPerStatement + 3, maxRowsPerStatement + 3}, {"evt:c", 5, maxRowsPerStatement + 3}, // many
	} {
		var keys []keyRow
		for range tc.events {
			next++
			keys = append(keys, keyRow{Key: 42, Span: 1, Lo: "2025-05-26", Hi: "2025-05-27", Event: next, Cluster: tc.cluster, Once: true})
		}
		if err := putOwnRows(ctx, tx, nil, keys); err != nil {
			t.Fatal(err)
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM event_keys WHERE cluster_id = ?`, tc.cluster).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != tc.got {
			t.Errorf("%s after %d events: %d rows, want %d", tc.cluster, tc.events, n, tc.got)
		}
	}
}
