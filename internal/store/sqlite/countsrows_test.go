package sqlite

import (
	"context"
	"testing"

	"kronik/internal/record"
)

// TestCountsMatchRows: entity_counts holds, for each entity, the number of
// current versions naming it and the sum of their mentions as entity_docs
// holds them, and alias_names the aliases rows of each norm and entity, after
// records naming an entity twice were stored and then retired by new
// versions, some in the same batch: what a bulk load builds from the rows.
func TestCountsMatchRows(t *testing.T) {
	ctx := context.Background()
	items := streamItems(200)
	for i := range items {
		if i%5 == 0 {
			rec := &items[i].Rec
			dup := rec.Entities[0]
			dup.Mentions = append([]record.Mention{{Text: "Indonesia"}}, dup.Mentions...)
			rec.Entities = append(rec.Entities[:len(rec.Entities):len(rec.Entities)], dup)
		}
	}
	db := open(t)
	defer db.Close()
	for lo := 0; lo < len(items); lo += 32 {
		res, err := db.PutBatch(ctx, items[lo:min(lo+32, len(items))])
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res {
			if r.Err != nil {
				t.Fatal(r.Err)
			}
		}
	}
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
