package sqlite

import (
	"context"
	"testing"
)

// TestCountsMatchRows: entity_counts holds, for each entity, the number of
// current versions naming it and the sum of their mentions as entity_docs
// holds them, and alias_names the aliases rows of each norm and entity, after
// records naming an entity twice were stored and then retired by new
// versions, some in the same batch: what a bulk load builds from the rows.
func TestCountsMatchRows(t *testing.T) {
	ctx := context.Background()
	items := streamItems(200)
	nameTwice(items)
	db := open(t)
	defer db.Close()
	putBatches(t, db, items, 32)
	for _, c := range []struct{ kept, rows string }{
		{`SELECT entity_id || '|' || docs || '|' || mentions FROM entity_counts WHERE docs <> 0 OR mentions <> 0 ORDER BY 1`,
			`SELECT entity_id || '|' || count(*) || '|' || sum(mentions) FROM entity_docs GROUP BY entity_id ORDER BY 1`},
		{`SELECT norm || '|' || entity_id || '|' || n FROM alias_names WHERE n <> 0 ORDER BY 1`,
			`SELECT norm || '|' || entity_id || '|' || count(*) FROM aliases GROUP BY norm, entity_id ORDER BY 1`},
	} {
		kept, err := strings1(ctx, db.db, c.kept)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := strings1(ctx, db.db, c.rows)
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) == 0 {
			t.Fatal("no rows counted")
		}
		if d := firstDiff(kept, rows); d != "" {
			t.Errorf("counts kept %q differ from the rows' %q: %s", kept, rows, d)
		}
	}
}
