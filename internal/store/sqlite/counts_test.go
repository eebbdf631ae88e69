package sqlite

import (
	"context"
	"reflect"
	"testing"

	"kronik/internal/store"
)

// TestCountsAsTriggers: the entity and alias counts the writer keeps per
// batch (migration 040) are those the triggers kept row by row, and the
// report order it moves when clusters merge (041) is the one the trigger
// moved event by event, for batches of new documents, new versions (whose
// old rows the remaining triggers take back), clusters merged, records naming
// an entity twice (whose second mentions the triggers left out: the counts
// are those of entity_docs, migration 042), batches written document by
// document, and a store migrated half-way.
func TestCountsAsTriggers(t *testing.T) {
	ctx := context.Background()
	items := streamItems(200)
	nameTwice(items) // the same entity twice, its second mentions counted as before
	write := func(db *DB, items []store.Item) {
		for lo := 0; lo < len(items); lo += 32 {
			batch := items[lo:min(lo+32, len(items))]
			if lo%64 == 32 { // one transaction each, as Put
				for _, it := range batch {
					if _, err := db.Put(ctx, it.Src, it.Rec); err != nil {
						t.Fatal(err)
					}
				}
				continue
			}
			putBatches(t, db, batch, len(batch))
		}
	}
	counts := func(db *DB) map[string][]string {
		all := dumpTables(t, db)
		ents, err := strings1(ctx, db.db, `SELECT concat_ws('|', entity_id, docs, mentions) FROM entity_counts
			WHERE docs <> 0 OR mentions <> 0 ORDER BY 1`)
		if err != nil {
			t.Fatal(err)
		}
		return map[string][]string{"entity_counts": ents, "alias_names": all["alias_names"],
			"mention_order": all["mention_order"]}
	}

	old, err := openAt(ctx, t.TempDir()+"/old.db", countsSchema-1)
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	write(old, items)
	want := counts(old)
	// The entities' counts are those of their rows: the triggers left out
	// the mentions of an entity named twice (migration 042).
	if want["entity_counts"], err = strings1(ctx, old.db, `SELECT concat_ws('|', entity_id, count(*), sum(mentions))
		FROM entity_docs GROUP BY entity_id ORDER BY 1`); err != nil {
		t.Fatal(err)
	}
	if len(want["entity_counts"]) == 0 || len(want["alias_names"]) == 0 || len(want["mention_order"]) == 0 {
		t.Fatal("the stream stores no counts or report order")
	}

	db := open(t)
	defer db.Close()
	write(db, items)
	if got := counts(db); !reflect.DeepEqual(got, want) {
		t.Errorf("rows kept by the writer differ from the triggers': entities %q, aliases %q, report order %q",
			firstDiff(got["entity_counts"], want["entity_counts"]), firstDiff(got["alias_names"], want["alias_names"]),
			firstDiff(got["mention_order"], want["mention_order"]))
	}

	path := t.TempDir() + "/half.db"
	half, err := openAt(ctx, path, countsSchema-1)
	if err != nil {
		t.Fatal(err)
	}
	write(half, items[:96])
	half.Close()
	if half, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer half.Close()
	write(half, items[96:])
	if got := counts(half); !reflect.DeepEqual(got, want) {
		t.Errorf("rows of a store migrated half-way differ: entities %q, aliases %q, report order %q",
			firstDiff(got["entity_counts"], want["entity_counts"]), firstDiff(got["alias_names"], want["alias_names"]),
			firstDiff(got["mention_order"], want["mention_order"]))
	}
}
