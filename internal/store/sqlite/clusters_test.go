package sqlite

import (
	"context"
	"fmt"
	"math/rand"
	"path/filepath"
	"reflect"
	"testing"

	"kronik/internal/cluster"
	"kronik/internal/record"
	"kronik/internal/store"
)

// snapshot reads every cluster row and date group.
func snapshot(t *testing.T, db *DB) []string {
	t.Helper()
	var out []string
	for _, q := range []string{
		`SELECT id || '|' || type || '|' || mode || '|' || date || '|' || date_end || '|' || place || '|' || name || '|' ||
			document || '|' || modality || '|' || sources || '|' || mentions || '|' || first_place || '|' ||
			first_name || '|' || first_document || '|' || span_lo || '|' || span_hi FROM clusters ORDER BY id`,
		`SELECT cluster_id || '|' || date || '|' || occurred || '|' || n || '|' || first FROM cluster_dates ORDER BY 1`,
		`SELECT cluster_id || '|' || seq || '|' || actor FROM cluster_actors ORDER BY cluster_id, seq`,
	} {
		rows, err := db.db.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				t.Fatal(err)
			}
			out = append(out, s)
		}
		rows.Close()
	}
	return out
}

// TestIncrementalClusters: cluster summaries kept up to date from each new
// mention (addMentions) equal summaries recomputed from all mentions, over a
// stream of reports that join, merge and split clusters, with near-duplicate
// copies and new versions of documents.
func TestIncrementalClusters(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	defer db.Close()
	r := rand.New(rand.NewSource(3))
	ents := []record.Entity{
		{ID: "country:IDN", Type: "COUNTRY", Name: "Indonesia"},
		{ID: "country:VNM", Type: "COUNTRY", Name: "Vietnam"},
		{ID: "country:JPN", Type: "COUNTRY", Name: "Jepang"},
		{ID: "person:a", Type: "PERSON", Name: "A", Country: "country:IDN"},
	}
	bodies := []string{
		"Menteri luar negeri kedua negara bertemu di ibu kota untuk membahas perdagangan dan investasi kawasan.",
		"Harga minyak dunia turun tajam setelah laporan persediaan menunjukkan kenaikan yang lebih besar dari perkiraan.",
		"Para pemimpin menghadiri pertemuan puncak kawasan dan menyepakati rencana aksi bersama untuk lima tahun ke depan.",
	}
	for i := 0; i < 120; i++ {
		evs := randomEvents(r, "person:a", "…")
		name := fmt.Sprintf("doc-%d", r.Intn(100)) // some names recur: new versions
		body := bodies[r.Intn(len(bodies))] + fmt.Sprintf(" Laporan nomor %d.", i)
		rec := record.Record{Source: name, Hash: fmt.Sprint("h", i), Lang: "id", Text: body, Entities: ents, Events: evs}
		if _, err := db.Put(ctx, store.Source{Name: name, Key: name}, rec); err != nil {
			t.Fatal(err)
		}
	}
	got := snapshot(t, db)
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	ids, err := strings1(ctx, tx, `SELECT id FROM clusters`)
	if err != nil {
		t.Fatal(err)
	}
	if err := refreshClusters(ctx, tx, ids); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	want := snapshot(t, db)
	if !reflect.DeepEqual(got, want) {
		for i := range want {
			if i >= len(got) || got[i] != want[i] {
				g := "(none)"
				if i < len(got) {
					g = got[i]
				}
				t.Fatalf("%d rows incrementally, %d recomputed; first difference:\n got  %s\n want %s", len(got), len(want), g, want[i])
			}
		}
		t.Fatalf("%d rows incrementally, %d recomputed", len(got), len(want))
	}
	if len(ids) < 10 {
		t.Fatalf("only %d clusters: the stream does not exercise merging", len(ids))
	}
	// Blocking keys point at the cluster their event is in, merges included.
	var stale int
	if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM event_keys k JOIN events e ON e.id = k.event_id
		WHERE k.cluster_id <> e.cluster_id`).Scan(&stale); err != nil || stale != 0 {
		t.Fatalf("%d key rows name another cluster than their event's (%v)", stale, err)
	}
	var merges int
	if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM clusters WHERE mentions > 1`).Scan(&merges); err != nil || merges < 5 {
		t.Fatalf("only %d clusters of several mentions (%v)", merges, err)
	}
}

// randomEvents returns one to three events of a stream that joins, merges
// and splits clusters: talks, summits and signings on nearby dates, places
// and names, of Indonesia or person and another state.
func randomEvents(r *rand.Rand, person, evidence string) []record.Event {
	pick := func(xs ...string) string { return xs[r.Intn(len(xs))] }
	opt := func(s string) *string {
		if s == "" {
			return nil
		}
		return &s
	}
	var evs []record.Event
	for j := 0; j < 1+r.Intn(3); j++ {
		typ := pick("CONSULT", "AGREE")
		mode := "sign"
		if typ == "CONSULT" {
			mode = pick("meet", "multilateral")
		}
		evs = append(evs, record.Event{Type: typ, Mode: mode, Modality: pick("occurred", "planned"),
			Date: opt(pick("2025-06-16", "2025-06-17", "2025-06", "2025", "")), DateSource: pick("text", "published"),
			Place: opt(pick("", "Hanoi", "Jakarta")), Name: opt(pick("", "KTT ASEAN", "KTT G20", "summit")),
			Document: opt(pick("", "nota kesepahaman", "Deklarasi Hanoi Raya")),
			Actors:   []string{pick("country:IDN", person), pick("country:VNM", "country:JPN", "country:THA", "country:PHL")},
			Evidence: record.Evidence{Text: evidence}})
	}
	return evs
}

// TestMergeWithinDocument: a document whose first event joins a cluster and
// whose second event merges that cluster into another leaves the first
// event's blocking keys pointing at the cluster it ended in.
func TestMergeWithinDocument(t *testing.T) {
	ctx := context.Background()
	s := func(v string) *string { return &v }
	summit := func(place, name string) record.Event {
		ev := record.Event{Type: "CONSULT", Mode: "multilateral", Date: s("2025-06-16"), Modality: "occurred",
			DateSource: "text", Actors: []string{}}
		if place != "" {
			ev.Place = s(place)
		}
		if name != "" {
			ev.Name = s(name)
		}
		return ev
	}
	put := func(db *DB, hash, text string, evs ...record.Event) {
		t.Helper()
		r := record.Record{Source: hash, Hash: hash, Lang: "id", Text: text, Events: evs}
		if _, err := db.Put(ctx, store.Source{Name: hash}, r); err != nil {
			t.Fatal(err)
		}
	}
	clusterOf := func(db *DB, hash string) string {
		var c string
		if err := db.db.QueryRowContext(ctx, `SELECT e.cluster_id FROM events e JOIN versions v ON v.id = e.version_id
			WHERE v.hash = ? ORDER BY e.idx LIMIT 1`, hash).Scan(&c); err != nil {
			t.Fatal(err)
		}
		return c
	}
	// The merge keeps the smaller cluster id; the case needs the first
	// event's cluster to be the larger, which depends on the hashes.
	for attempt := 0; attempt < 40; attempt++ {
		db := open(t)
		put(db, fmt.Sprint("x", attempt), "Para pemimpin bertemu di Jakarta pada Senin dalam pertemuan puncak kawasan.", summit("Jakarta", ""))
		put(db, "y", "KTT ASEAN berlangsung pada Senin dengan agenda ekonomi digital dan energi.", summit("", "KTT ASEAN"))
		a, b := clusterOf(db, fmt.Sprint("x", attempt)), clusterOf(db, "y")
		if a > b {
			db.Close()
			continue
		}
		put(db, "z", "Laporan kami tentang KTT ASEAN di Jakarta yang dibuka Senin oleh tuan rumah.",
			summit("", "KTT ASEAN"), summit("Jakarta", "KTT ASEAN"))
		var stale, clusters int
		if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM event_keys k JOIN events e ON e.id = k.event_id
			WHERE k.cluster_id <> e.cluster_id`).Scan(&stale); err != nil {
			t.Fatal(err)
		}
		if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM clusters`).Scan(&clusters); err != nil {
			t.Fatal(err)
		}
		db.Close()
		if clusters != 1 || stale != 0 {
			t.Fatalf("%d clusters (want 1: the second event bridges both), %d key rows naming another cluster than their event's", clusters, stale)
		}
		return
	}
	t.Fatal("no attempt gave the clusters in the order the case needs")
}

// TestClusterIDCollision: a new cluster whose derived id is already taken
// (48-bit ids collide among millions of clusters) gets another id, the same
// on every run, instead of failing to store.
func TestClusterIDCollision(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	defer db.Close()
	s := func(v string) *string { return &v }
	rec := record.Record{Source: "talks.txt", Hash: "h-talks", Lang: "id", Text: "Menteri kedua negara bertemu di Hanoi.",
		Entities: []record.Entity{{ID: "country:IDN", Type: "COUNTRY", Name: "Indonesia"}, {ID: "country:VNM", Type: "COUNTRY", Name: "Vietnam"}},
		Events: []record.Event{{Type: "CONSULT", Mode: "meet", Date: s("2025-06-16"), Modality: "occurred",
			Actors: []string{"country:IDN", "country:VNM"}}}}
	sides := store.Sides(&rec, &rec.Events[0])
	want := cluster.ID(&rec.Events[0], sides, rec.Hash, 0, 0)
	// another event already holds that id
	if _, err := db.db.ExecContext(ctx, `INSERT INTO clusters (id, type, mode, date) VALUES (?, 'AGREE', 'sign', '2020-01-01')`, want); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Put(ctx, store.Source{Name: rec.Source}, rec); err != nil {
		t.Fatalf("Put with a taken cluster id: %v", err)
	}
	var got string
	if err := db.db.QueryRowContext(ctx, `SELECT cluster_id FROM events`).Scan(&got); err != nil {
		t.Fatal(err)
	}
	if got == want || got != cluster.ID(&rec.Events[0], sides, rec.Hash, 0, 1) {
		t.Fatalf("cluster id %s, want the salted %s", got, cluster.ID(&rec.Events[0], sides, rec.Hash, 0, 1))
	}
	if err := db.Check(ctx); err != nil {
		t.Fatal(err)
	}
}

// TestStoreCeremoniesAndPlaces: the store links two reports as `kronik
// extract` does (cluster.Assign): the texts of one signing ceremony, a
// summit's city and its country; and keeps apart two days' ceremonies and
// summits in two cities. Every report is written for the test.
func TestStoreCeremoniesAndPlaces(t *testing.T) {
	ctx := context.Background()
	s := func(v string) *string {
		if v == "" {
			return nil
		}
		return &v
	}
	ents := []record.Entity{{ID: "country:IDN", Type: "COUNTRY", Name: "Indonesia"},
		{ID: "country:VNM", Type: "COUNTRY", Name: "Vietnam"}, {ID: "country:CHN", Type: "COUNTRY", Name: "China"}}
	signing := func(date, place, doc string) record.Event {
		return record.Event{Type: "AGREE", Mode: "sign", Date: s(date), Place: s(place), Document: s(doc),
			Modality: "occurred", DateSource: "text", Actors: []string{"country:IDN", "country:VNM"}}
	}
	summit := func(date, place, name string) record.Event {
		return record.Event{Type: "CONSULT", Mode: "multilateral", Date: s(date), Place: s(place), Name: s(name),
			Modality: "occurred", DateSource: "text", Actors: []string{"country:CHN"}}
	}
	tests := []struct {
		name string
		a, b record.Event
		want int // clusters
	}{
		{"MoUs and the statement of one ceremony", signing("2026-03-02", "Hanoi", "lima nota kesepahaman"),
			signing("2026-03-02", "Vietnam", "a joint statement"), 1},
		{"the MoUs and the next day's statement", signing("2026-03-02", "", "lima nota kesepahaman"),
			signing("2026-03-03", "", "a joint statement"), 2},
		{"a summit in its city and its country", summit("2024-09-04", "Tiongkok", "KTT Forum Kerja Sama"),
			summit("2024-09-04", "Beijing", "the summit"), 1},
		{"summits in two cities", summit("2024-09-04", "Shanghai", "KTT"), summit("2024-09-04", "Beijing", "the summit"), 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := open(t)
			defer db.Close()
			recs := []*record.Record{
				{Source: "a.txt", Hash: "h-a", Lang: "en", Text: "First report of the day's events in the capital.",
					Entities: ents, Events: []record.Event{tt.a}},
				{Source: "b.txt", Hash: "h-b", Lang: "en", Text: "Another outlet's account, written in its own words.",
					Entities: ents, Events: []record.Event{tt.b}},
			}
			for _, r := range recs {
				if _, err := db.Put(ctx, store.Source{Name: r.Source}, *r); err != nil {
					t.Fatal(err)
				}
			}
			cs, err := db.Events(ctx, store.EventFilter{})
			if err != nil {
				t.Fatal(err)
			}
			if len(cs) != tt.want {
				t.Errorf("store: %d clusters, want %d", len(cs), tt.want)
			}
			cluster.Assign(recs)
			if got := 1 + btoi(recs[0].Events[0].Cluster != recs[1].Events[0].Cluster); got != tt.want {
				t.Errorf("extract: %d clusters, want %d", got, tt.want)
			}
		})
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestTwinKeys: leaving out the key rows of twin events (migration 043)
// changes no cluster. The same stream of reports (many events alike, some
// documents stored again in new versions, which hands a removed event's
// rows to its twins) goes into a store that skips twins' rows, one that
// writes every key row, and one that writes every row and then is migrated
// (migration 043 thins the rows of twins it holds) before the stream goes
// on: every event ends in the same cluster and every cluster has the same
// summary, with fewer key rows.
func TestTwinKeys(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	opened := func(name string, every bool) *DB {
		t.Helper()
		db, err := Open(ctx, filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		db.everyKey = every
		return db
	}
	twins, every, migrated := opened("twins.db", false), opened("every.db", true), opened("migrated.db", true)
	defer func() { twins.Close(); every.Close(); migrated.Close() }()
	r := rand.New(rand.NewSource(7))
	ents := []record.Entity{
		{ID: "country:IDN", Type: "COUNTRY", Name: "Indonesia"},
		{ID: "country:VNM", Type: "COUNTRY", Name: "Vietnam"},
		{ID: "person:a", Type: "PERSON", Name: "A", Country: "country:IDN"},
	}
	stream := func(from, to int) {
		t.Helper()
		for i := from; i < to; i++ {
			evs := randomEvents(r, "person:a", "…")
			name := fmt.Sprintf("u-%d", i)
			if r.Intn(3) == 0 {
				name = fmt.Sprintf("doc-%d", r.Intn(20)) // stored again: a new version
			}
			body := fmt.Sprintf("Menteri luar negeri kedua negara bertemu untuk membahas kerja sama, laporan nomor %d.", i)
			rec := record.Record{Source: name, Hash: fmt.Sprint("h", i), Lang: "id", Text: body, Entities: ents, Events: evs}
			for _, db := range []*DB{twins, every, migrated} {
				if _, err := db.Put(ctx, store.Source{Name: name, Key: name}, rec); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	count := func(db *DB) int {
		t.Helper()
		var n int
		if err := db.db.QueryRow(`SELECT count(*) FROM event_keys`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	stream(0, 400)
	before := count(migrated)
	if _, err := migrated.db.ExecContext(ctx, `DELETE FROM schema_migrations WHERE version = 43`); err != nil {
		t.Fatal(err)
	}
	migrated.Close()
	migrated = opened("migrated.db", false)
	if after := count(migrated); after >= before {
		t.Errorf("migration 043 left %d of %d key rows: no twin's rows went", after, before)
	}
	stream(400, 600)
	want, wantClusters := placements(t, every), snapshot(t, every)
	for name, db := range map[string]*DB{"twin keys": twins, "migrated": migrated} {
		if got := placements(t, db); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: events placed differently:\n%v\nwith every key:\n%v", name, got, want)
		}
		if got := snapshot(t, db); !reflect.DeepEqual(got, wantClusters) {
			t.Errorf("%s: clusters differ:\n%v\nwith every key:\n%v", name, got, wantClusters)
		}
	}
	if a, b := count(twins), count(every); a >= b {
		t.Errorf("twin keys left %d key rows, every key %d: no twin's rows were left out", a, b)
	}
}

// TestTwinKeysOutliveRemoval: when the report whose key rows stood for its
// twins is stored again without the event, a twin left in the cluster takes
// the rows, so a later report of the event still finds the cluster.
func TestTwinKeysOutliveRemoval(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	defer db.Close()
	ents := []record.Entity{
		{ID: "country:IDN", Type: "COUNTRY", Name: "Indonesia"},
		{ID: "country:VNM", Type: "COUNTRY", Name: "Vietnam"},
	}
	day := "2025-06-17"
	talks := record.Event{Type: "CONSULT", Mode: "meet", Modality: "occurred", Date: &day, DateSource: "text",
		Actors: []string{"country:IDN", "country:VNM"}, Evidence: record.Evidence{Text: "…"}}
	put := func(name, hash string, evs ...record.Event) {
		t.Helper()
		rec := record.Record{Source: name, Hash: hash, Lang: "id", Entities: ents, Events: evs,
			Text: "Menteri luar negeri Indonesia dan Vietnam bertemu, laporan " + hash + "."}
		if _, err := db.Put(ctx, store.Source{Name: name, Key: name}, rec); err != nil {
			t.Fatal(err)
		}
	}
	clusterOf := func(name string) string {
		t.Helper()
		var cid string
		if err := db.db.QueryRow(`SELECT e.cluster_id FROM events e JOIN versions v ON v.id = e.version_id
			WHERE v.name = ? AND v.current = 1`, name).Scan(&cid); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return cid
	}
	put("a", "a1", talks)
	put("b", "b1", talks) // a twin: its key rows are left out
	want := clusterOf("b")
	put("a", "a2") // a's new version reports no event: its rows pass to b's event
	put("c", "c1", talks)
	if got := clusterOf("c"); got != want {
		t.Errorf("a later report of the talks went to cluster %q, want %q (the twin's)", got, want)
	}
}
