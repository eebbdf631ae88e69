package sqlite

import (
	"context"
	"fmt"
	"math/rand"
	"reflect"
	"testing"

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
				Place: sp(pick("", "Hanoi", "Jakarta")), Name: sp(pick("", "KTT ASEAN")),
				Document: sp(pick("", "nota kesepahaman", "Deklarasi Hanoi Raya")),
				Actors:   []string{pick("country:IDN", "person:a"), pick("country:VNM", "country:JPN")},
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
}
