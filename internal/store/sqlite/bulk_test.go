package sqlite

import (
	"context"
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"kronik/internal/record"
	"kronik/internal/store"
	"kronik/internal/store/storetest"
)

// bulkStore writes every batch as a bulk load of its own: the conformance
// suite's questions then read what the end of a bulk load built.
type bulkStore struct{ *DB }

func (b bulkStore) bulk(ctx context.Context, write func() error) error {
	if _, err := b.BeginBulk(ctx, false); err != nil {
		return err
	}
	if err := write(); err != nil {
		return err
	}
	return b.EndBulk(ctx)
}

func (b bulkStore) Put(ctx context.Context, src store.Source, rec record.Record) (res store.PutResult, err error) {
	err = b.bulk(ctx, func() (err error) { res, err = b.DB.Put(ctx, src, rec); return err })
	return res, err
}

func (b bulkStore) PutBatch(ctx context.Context, items []store.Item) (res []store.ItemResult, err error) {
	err = b.bulk(ctx, func() (err error) { res, err = b.DB.PutBatch(ctx, items); return err })
	return res, err
}

func (b bulkStore) Replace(ctx context.Context, hash string, rec record.Record) error {
	return b.bulk(ctx, func() error { return b.DB.Replace(ctx, hash, rec) })
}

// TestConformanceBulk: a store whose writes are bulk loads answers every
// question of the conformance suite as one written document by document.
func TestConformanceBulk(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return bulkStore{open(t)} })
}

// streamItems is a reproducible stream of documents for comparing write
// paths: shared and recurring entities with aliases and roles, events that
// join, merge and split clusters, figures, status phrases, near-copies and
// new versions of earlier documents.
func streamItems(n int) []store.Item {
	r := rand.New(rand.NewSource(7))
	pick := func(xs ...string) string { return xs[r.Intn(len(xs))] }
	sp := func(s string) *string {
		if s == "" {
			return nil
		}
		return &s
	}
	bodies := []string{
		"Menteri luar negeri kedua negara bertemu di ibu kota untuk membahas perdagangan dan investasi kawasan.",
		"Harga minyak dunia turun tajam setelah laporan persediaan menunjukkan kenaikan yang lebih besar dari perkiraan.",
		"Para pemimpin menghadiri pertemuan puncak kawasan dan menyepakati rencana aksi bersama untuk lima tahun ke depan.",
	}
	var out []store.Item
	for i := 0; i < n; i++ {
		body := bodies[r.Intn(len(bodies))] + fmt.Sprintf(" Laporan nomor %d dari %s.", i, pick("Hanoi", "Jakarta", "Tokyo"))
		mention := func(form string) record.Mention {
			at := strings.Index(body, form)
			if at < 0 {
				return record.Mention{Text: form}
			}
			return record.Mention{Text: form, Start: at, End: at + len(form)}
		}
		person := pick("person:a", "person:b", "PERSON:c")
		ents := []record.Entity{
			{ID: "country:IDN", Type: "COUNTRY", Name: "Indonesia", Mentions: []record.Mention{mention("negara"), mention("kawasan")}},
			{ID: pick("country:VNM", "country:JPN"), Type: "COUNTRY", Name: "Vietnam", Code: pick("", "VN")},
			{ID: person, Type: "PERSON", Name: strings.ToUpper(person[7:]), Country: pick("", "country:IDN"),
				Mentions: []record.Mention{mention("Menteri"), mention("Para pemimpin")},
				Roles:    []record.Role{{Title: pick("Menteri Luar Negeri", "Presiden"), Of: "country:IDN"}}},
		}
		evs := randomEvents(r, person, body)
		name := fmt.Sprintf("doc-%d", r.Intn(n*3/4)) // some names recur: new versions
		rec := record.Record{Source: name, Hash: fmt.Sprint("h", i), Lang: "id", Text: body, Title: sp(pick("", "Kabar")),
			Published: sp(pick("", "2025-06-16", "2025-06-18")), Entities: ents, Events: evs,
			Quantities: []record.Quantity{{Kind: "money", Value: float64(i), Unit: "USD", Text: "nomor", Period: "2025-06"}},
			Statuses:   []record.Status{{Phrase: pick("Kemitraan Strategis", "Kemitraan Komprehensif"), Date: "2025-06"}}}
		out = append(out, store.Item{Src: store.Source{Name: name, Key: name}, Rec: rec})
	}
	return out
}

// putBatches stores items, n to a PutBatch; any error fails t.
func putBatches(t *testing.T, db *DB, items []store.Item, n int) {
	t.Helper()
	for lo := 0; lo < len(items); lo += n {
		res, err := db.PutBatch(context.Background(), items[lo:min(lo+n, len(items))])
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res {
			if r.Err != nil {
				t.Fatal(r.Err)
			}
		}
	}
}

// nameTwice makes every fifth of items name its first entity twice, the
// second time with one mention more.
func nameTwice(items []store.Item) {
	for i := 0; i < len(items); i += 5 {
		rec := &items[i].Rec
		dup := rec.Entities[0]
		dup.Mentions = append([]record.Mention{{Text: "Indonesia"}}, dup.Mentions...)
		rec.Entities = append(rec.Entities[:len(rec.Entities):len(rec.Entities)], dup)
	}
}

// dumpTables reads every stored row (timestamps left out) and the schema's
// indexes and triggers.
func dumpTables(t *testing.T, db *DB) map[string][]string {
	t.Helper()
	ctx := context.Background()
	out := map[string][]string{}
	tables, err := strings1(ctx, db.db, `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'fts%'
		AND name NOT IN ('schema_migrations', 'bulk_load')`)
	if err != nil {
		t.Fatal(err)
	}
	for _, tb := range tables {
		cols, err := strings1(ctx, db.db, `SELECT name FROM pragma_table_info(?)
			WHERE name NOT IN ('created', 'ingested', 'extracted', 'fetched')`, tb)
		if err != nil {
			t.Fatal(err)
		}
		list := strings.Join(cols, ", ")
		out[tb], err = strings1(ctx, db.db, `SELECT concat_ws('|', `+list+`) FROM `+tb+` ORDER BY `+list)
		if err != nil {
			t.Fatal(err)
		}
	}
	out["schema"], err = strings1(ctx, db.db, `SELECT type || ' ' || name || ': ' || sql FROM sqlite_master
		WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name`)
	if err != nil {
		t.Fatal(err)
	}
	out["search"], err = strings1(ctx, db.db, `SELECT rowid || ' ' || round(bm25(fts), 6) FROM fts WHERE fts MATCH 'kawasan OR nomor'
		ORDER BY rowid`)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestBulkLoadSameStore: the same batches written as a bulk load leave
// exactly the rows, indexes and triggers a load document by document does,
// new versions and merged clusters included; a load stopped before its end
// is ended by the next Open, with the same result.
func TestBulkLoadSameStore(t *testing.T) {
	ctx := context.Background()
	items := streamItems(240)
	write := func(db *DB) { putBatches(t, db, items, 64) }
	normal := open(t)
	defer normal.Close()
	write(normal)
	want := dumpTables(t, normal)
	if len(want["event_parties"]) == 0 || len(want["side_pairs"]) == 0 || len(want["mention_order"]) == 0 ||
		len(want["alias_names"]) == 0 {
		t.Fatal("the stream stores no party, pair, report order or alias rows")
	}
	var versions int
	normal.db.QueryRow(`SELECT count(*) FROM versions WHERE current = 0`).Scan(&versions)
	if versions == 0 {
		t.Fatal("the stream makes no new versions")
	}

	for _, stop := range []bool{false, true} {
		t.Run(fmt.Sprintf("stopped=%v", stop), func(t *testing.T) {
			path := t.TempDir() + "/kb.db"
			db, err := Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			if ok, err := db.BeginBulk(ctx, true); err != nil || !ok {
				t.Fatalf("bulk load of an empty store not begun: %v, %v", ok, err)
			}
			write(db)
			var parties int
			db.db.QueryRow(`SELECT count(*) FROM event_parties`).Scan(&parties)
			if parties != 0 {
				t.Errorf("%d party rows written during the bulk load", parties)
			}
			if !stop {
				if err := db.EndBulk(ctx); err != nil {
					t.Fatal(err)
				}
			}
			db.Close()
			if db, err = Open(ctx, path); err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			got := dumpTables(t, db)
			for k, w := range want {
				if !reflect.DeepEqual(got[k], w) {
					t.Errorf("%s: %d rows after a bulk load, %d after a normal one; first: %q", k, len(got[k]), len(w),
						firstDiff(got[k], w))
				}
			}
			if ok, err := db.BeginBulk(ctx, true); err != nil || ok {
				t.Errorf("bulk load of a store holding documents begun (only when empty): %v, %v", ok, err)
			}
		})
	}
}

func firstDiff(a, b []string) string {
	for i := range max(len(a), len(b)) {
		switch {
		case i >= len(a):
			return "missing " + b[i]
		case i >= len(b):
			return "extra " + a[i]
		case a[i] != b[i]:
			return a[i] + " / want " + b[i]
		}
	}
	return ""
}
