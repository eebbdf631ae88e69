package sqlite

import (
	"context"
	"fmt"
	"math/rand"
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
	pick := func(xs ...string) string { return xs[r.Intn(len(xs))] }
	sp := func(s string) *string {
		if s == "" {
			return nil
		}
		return &s
	}
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
		var evs []record.Event
		for j := 0; j < 1+r.Intn(3); j++ {
			typ := pick("CONSULT", "AGREE")
			mode := "sign"
			if typ == "CONSULT" {
				mode = pick("meet", "multilateral")
			}
			evs = append(evs, record.Event{Type: typ, Mode: mode, Modality: pick("occurred", "planned"),
				Date: sp(pick("2025-06-16", "2025-06-17", "2025-06", "2025", "")), DateSource: pick("text", "published"),
				Place: sp(pick("", "Hanoi", "Jakarta")), Name: sp(pick("", "KTT ASEAN", "KTT G20", "summit")),
				Document: sp(pick("", "nota kesepahaman", "Deklarasi Hanoi Raya")),
				Actors:   []string{pick("country:IDN", "person:a"), pick("country:VNM", "country:JPN", "country:THA", "country:PHL")},
				Evidence: record.Evidence{Text: "…"}})
		}
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
