package sqlite

import (
	"context"
	"fmt"
	"math/rand"
	"path/filepath"
	"reflect"
	"testing"

	"kronik/internal/record"
	"kronik/internal/store"
)

// placements lists every stored event with the cluster it is in, in
// version and event order.
func placements(t *testing.T, db *DB) []string {
	t.Helper()
	rows, err := db.db.Query(`SELECT v.name || '|' || v.id || '|' || e.idx || '|' || e.cluster_id
		FROM events e JOIN versions v ON v.id = e.version_id ORDER BY v.id, e.idx`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestTwinKeysEveryWrite: twin keys (migration 043) place every event as
// every key row does, whatever the writes: single documents, batches
// (names recur, so a batch may hold two versions of a document),
// re-extraction (Replace) of current and older versions, and stores that pass migration 043 in the
// middle of the stream: one written at schema 42 (every key row, no sigs),
// one at schema 31 (its keys rebuilt by migration 032's backfill first),
// and one that has run 043 already (its handed-over rows included) and
// runs it again. Most events are copies of a few (twins, in one document
// and across documents), and new versions of documents keep removing the
// events whose rows stood for their twins.
func TestTwinKeysEveryWrite(t *testing.T) {
	ctx := context.Background()
	for seed := int64(1); seed <= 2; seed++ {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			dir := t.TempDir()
			opened := func(name string, last int, every bool) *DB {
				t.Helper()
				db, err := openAt(ctx, filepath.Join(dir, name), last)
				if err != nil {
					t.Fatal(err)
				}
				db.everyKey = every
				return db
			}
			const latest = 1 << 30
			every := opened("every.db", latest, true)
			twins := opened("twins.db", latest, false)
			at42, at31 := opened("at42.db", twinSchema-1, false), opened("at31.db", 31, false)
			again := opened("again.db", latest, false)
			dbs := func() []*DB { return []*DB{every, twins, at42, at31, again} }
			defer func() {
				for _, db := range dbs() {
					db.Close()
				}
			}()
			r := rand.New(rand.NewSource(seed))
			var pool []record.Event // dated events, copied into many reports
			for len(pool) < 10 {
				for _, ev := range randomEvents(r, "person:a", "…") {
					if ev.Date != nil {
						pool = append(pool, ev)
					}
				}
			}
			report := func(n int) store.Item {
				var evs []record.Event
				for k := 1 + r.Intn(4); k > 0; k-- {
					ev := pool[r.Intn(len(pool))]
					if r.Intn(4) == 0 {
						ev = randomEvents(r, "person:a", "…")[0]
					}
					ev.Evidence = record.Evidence{Text: fmt.Sprint("kalimat ", r.Intn(3))} // not part of a twin
					evs = append(evs, ev)
				}
				if r.Intn(3) == 0 {
					// twins in one report: each starts a cluster when nothing
					// stored matches them (a report's events never match
					// each other), twins in two clusters
					evs = append(evs, evs[len(evs)-1])
				}
				ents := []record.Entity{{ID: "country:IDN", Type: "COUNTRY", Name: "Indonesia"},
					{ID: "country:VNM", Type: "COUNTRY", Name: "Vietnam"}}
				if r.Intn(2) == 0 { // the person's state known to some reports only: other sides
					ents = append(ents, record.Entity{ID: "person:a", Type: "PERSON", Name: "A", Country: "country:IDN"})
				}
				name := fmt.Sprintf("doc-%d", r.Intn(60)) // names recur: new versions
				return store.Item{Src: store.Source{Name: name, Key: name}, Rec: record.Record{Source: name,
					Hash: fmt.Sprint("h", n), Lang: "id", Entities: ents, Events: evs,
					Text: fmt.Sprintf("Menteri luar negeri kedua negara bertemu membahas kerja sama, laporan %d.", n)}}
			}
			var hashes []string
			put := func(it store.Item) {
				t.Helper()
				hashes = append(hashes, it.Rec.Hash)
				for _, db := range dbs() {
					if _, err := db.Put(ctx, it.Src, it.Rec); err != nil {
						t.Fatal(err)
					}
				}
			}
			const steps = 120
			for i := 0; i < steps; i++ {
				if i == steps/2 {
					// Twins in two clusters as the migration finds them: a
					// report of new talks twice (a report's events never
					// match each other), reported again after it.
					day := "2025-07-01"
					talks := record.Event{Type: "CONSULT", Mode: "meet", Modality: "occurred", Date: &day,
						DateSource: "text", Actors: []string{"country:IDN", "country:VNM"}}
					twice := report(steps * 100)
					twice.Src, twice.Rec.Source, twice.Rec.Events = store.Source{Name: "talks-a", Key: "talks-a"}, "talks-a",
						[]record.Event{talks, talks}
					later := report(steps*100 + 1)
					later.Src, later.Rec.Source, later.Rec.Events = store.Source{Name: "talks-b", Key: "talks-b"}, "talks-b",
						[]record.Event{talks}
					put(twice)
					// migration 043 on stores written before it, and again
					// on one that ran it
					if _, err := again.db.ExecContext(ctx, `DELETE FROM schema_migrations WHERE version >= ?`,
						twinSchema); err != nil {
						t.Fatal(err)
					}
					for _, db := range []*DB{at42, at31, again} {
						db.Close()
					}
					at42, at31 = opened("at42.db", latest, false), opened("at31.db", latest, false)
					again = opened("again.db", latest, false)
					put(later)
				}
				switch op := r.Intn(10); {
				case op < 6 || len(hashes) == 0:
					put(report(i))
				case op < 8:
					var items []store.Item
					for j := 0; j < 2+r.Intn(4); j++ {
						it := report(steps + 10*i + j)
						hashes = append(hashes, it.Rec.Hash)
						items = append(items, it)
					}
					for _, db := range dbs() {
						res, err := db.PutBatch(ctx, items)
						if err != nil {
							t.Fatal(err)
						}
						for _, ir := range res {
							if ir.Err != nil {
								t.Fatal(ir.Err)
							}
						}
					}
				default:
					h := hashes[r.Intn(len(hashes))]
					rec := report(i).Rec
					for _, db := range dbs() {
						if err := db.Replace(ctx, h, rec); err != nil {
							t.Fatal(err)
						}
					}
				}
			}
			want, wantClusters := placements(t, every), snapshot(t, every)
			for name, db := range map[string]*DB{"twin keys": twins, "migrated from 42": at42, "migrated from 31": at31,
				"043 again": again} {
				if got := placements(t, db); !reflect.DeepEqual(got, want) {
					t.Errorf("%s: events placed differently:\n%v\nwith every key:\n%v", name, got, want)
				}
				if got := snapshot(t, db); !reflect.DeepEqual(got, wantClusters) {
					t.Errorf("%s: clusters differ:\n%v\nwith every key:\n%v", name, got, wantClusters)
				}
			}
			// the stream is one that twin keys change: many reports of a
			// cluster, and rows left out
			var mentions, rowsTwins, rowsEvery int
			for _, q := range []struct {
				db  *DB
				sql string
				n   *int
			}{{every, `SELECT coalesce(sum(mentions), 0) FROM clusters WHERE mentions > 1`, &mentions},
				{twins, `SELECT count(*) FROM event_keys`, &rowsTwins}, {every, `SELECT count(*) FROM event_keys`, &rowsEvery}} {
				if err := q.db.db.QueryRow(q.sql).Scan(q.n); err != nil {
					t.Fatal(err)
				}
			}
			if mentions < len(want)/3 || 2*rowsTwins > rowsEvery {
				t.Errorf("%d of %d events in clusters of several reports, %d key rows of %d with every key: "+
					"the stream leaves out too few twins' rows to test them", mentions, len(want), rowsTwins, rowsEvery)
			}
		})
	}
}
