package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"kronik/internal/record"
	"kronik/internal/store"
)

// TestMigrateFromV5: a database written before MinHash and blocking keys
// (schema 5) is brought up to date with its derived rows backfilled: a copy
// of a stored story is found as its near-duplicate, and a new report of a
// stored summit joins its cluster and adds a source.
func TestMigrateFromV5(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kb.db")
	old, err := openAt(ctx, path, 5)
	if err != nil {
		t.Fatal(err)
	}
	story := "Para pemimpin sepuluh negara berkumpul di ibu kota untuk menghadiri pertemuan puncak kawasan yang membahas " +
		"perdagangan, energi, dan keamanan laut. Mereka menyepakati rencana aksi lima tahun dan meminta para menteri " +
		"menyusun langkah pelaksanaannya sebelum akhir tahun."
	for _, q := range []string{
		`INSERT INTO documents (id, key, created) VALUES (1, 'old.txt', '2025-06-18')`,
		`INSERT INTO versions (id, document_id, version, hash, name, body, text, record, grp, ingested, extracted)
			VALUES (1, 1, 1, 'h-old', 'old.txt', x'', '` + story + `', '{"events":[{"type":"CONSULT"}]}', 1, '2025-06-18', '2025-06-18')`,
		`INSERT INTO fts (rowid, title, body) VALUES (1, '', 'pemimpin')`,
		`INSERT INTO clusters (id, type, mode, date, place, modality, actors, sources, mentions)
			VALUES ('evt:old', 'CONSULT', 'multilateral', '2025-06-17', 'Astana', 'occurred', '["country:KAZ"]', 1, 1)`,
		`INSERT INTO events (id, version_id, idx, type, mode, date, lo, hi, place, modality, evidence, actors, sides,
			cluster_id, event) VALUES (1, 1, 0, 'CONSULT', 'multilateral', '2025-06-17', '2025-06-17', '2025-06-17',
			'Astana', 'occurred', 'KTT di Astana.', '["country:KAZ"]', '["country:KAZ"]', 'evt:old',
			'{"type":"CONSULT","mode":"multilateral","actors":["country:KAZ"],"date":"2025-06-17","place":"Astana","modality":"occurred","date_source":"text"}')`,
	} {
		if _, err := old.db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	old.Close()

	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Check(ctx); err != nil {
		t.Fatal(err)
	}
	date := "2025-06-17"
	place := "Astana"
	rec := record.Record{Source: "copy.txt", Hash: "h-copy", Lang: "id", Text: "ASTANA (Kronika) - " + story,
		Entities: []record.Entity{{ID: "country:KAZ", Type: "COUNTRY", Name: "Kazakhstan"}},
		Events: []record.Event{{Type: "CONSULT", Mode: "multilateral", Date: &date, Place: &place, Modality: "occurred",
			DateSource: "text", Actors: []string{"country:KAZ"}}}}
	res, err := db.Put(ctx, store.Source{Name: "copy.txt", Key: "copy.txt"}, rec)
	if err != nil {
		t.Fatal(err)
	}
	if res.NearDuplicateOf != "old.txt" {
		t.Errorf("NearDuplicateOf = %q, want old.txt (signature backfilled)", res.NearDuplicateOf)
	}
	rec2 := rec
	rec2.Source, rec2.Hash, rec2.Text = "other.txt", "h-other", "Laporan lain yang ditulis sendiri oleh koresponden kami di lokasi acara."
	if _, err := db.Put(ctx, store.Source{Name: "other.txt", Key: "other.txt"}, rec2); err != nil {
		t.Fatal(err)
	}
	cs, err := db.Events(ctx, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || len(cs[0].Mentions) != 3 || cs[0].Sources != 2 {
		t.Fatalf("clusters = %+v, want one with 3 mentions from 2 independent sources (keys backfilled)", cs)
	}
}

// TestMigrateSpans: migration 015 gives every stored cluster the span its
// mentions allow; a cluster chained before spans existed (summits in March
// and in April) gets its summary date's span, so that a later report of the
// April summit still joins it and one of the March summit does not.
func TestMigrateSpans(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kb.db")
	old, err := openAt(ctx, path, 14)
	if err != nil {
		t.Fatal(err)
	}
	ev := func(id int, date, cid string) string {
		return fmt.Sprintf(`INSERT INTO events (id, version_id, idx, type, mode, date, lo, hi, place, modality, evidence,
			actors, sides, cluster_id, event) VALUES (%d, 1, %d, 'CONSULT', 'multilateral', '%s', '', '', 'Jakarta',
			'occurred', '', '[]', '[]', '%s', '{}')`, id, id, date, cid)
	}
	for _, q := range []string{
		`INSERT INTO documents (id, key, created) VALUES (1, 'old.txt', '2025-06-18')`,
		`INSERT INTO versions (id, document_id, version, hash, name, body, text, record, grp, ingested, extracted)
			VALUES (1, 1, 1, 'h-old', 'old.txt', x'', '', '{}', 1, '2025-06-18', '2025-06-18')`,
		`INSERT INTO clusters (id, type, mode, date, place, modality) VALUES ('evt:chain', 'CONSULT', 'multilateral', '2024-04', 'Jakarta', 'occurred')`,
		`INSERT INTO clusters (id, type, mode, date, place, modality) VALUES ('evt:one', 'CONSULT', 'multilateral', '2025-06-17', 'Jakarta', 'occurred')`,
		ev(1, "2024-03", "evt:chain"), ev(2, "2024", "evt:chain"), ev(3, "2024-04", "evt:chain"),
		ev(4, "2025-06-17", "evt:one"), ev(5, "2025", "evt:one"),
	} {
		if _, err := old.db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	old.Close()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	want := map[string][2]string{
		"evt:chain": {"2024-04-01", "2024-04-30"}, // no common day: the summary's date
		"evt:one":   {"2025-06-17", "2025-06-18"}, // the day, with a summit's day of slack
	}
	for id, w := range want {
		var lo, hi string
		if err := db.db.QueryRowContext(ctx, `SELECT span_lo, span_hi FROM clusters WHERE id = ?`, id).Scan(&lo, &hi); err != nil {
			t.Fatal(err)
		}
		if lo != w[0] || hi != w[1] {
			t.Errorf("%s: span %s..%s, want %s..%s", id, lo, hi, w[0], w[1])
		}
	}
}

// TestSchemaGuards: a writer whose database a newer kronik migrated while it
// was open refuses to write (its writes would follow the old schema's rules),
// and nothing it was refused is stored; a database of a newer schema than
// this binary knows is not opened.
func TestSchemaGuards(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kb.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	put := func(name string) error {
		_, err := db.Put(ctx, store.Source{Name: name, Key: name}, record.Record{Source: name, Hash: name, Lang: "id",
			Text: "Menteri luar negeri kedua negara bertemu di Jakarta untuk membahas kerja sama maritim."})
		return err
	}
	if err := put("before.txt"); err != nil {
		t.Fatalf("write before the migration: %v", err)
	}
	// a newer kronik, on a connection of its own, applies a migration this
	// one does not know
	newer, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := newer.ExecContext(ctx, `INSERT INTO schema_migrations VALUES (9999, '9999_future.sql', '2030-01-01')`); err != nil {
		t.Fatal(err)
	}
	newer.Close()
	if err := put("stale.txt"); !errors.Is(err, ErrSchemaChanged) {
		t.Errorf("write after a newer kronik migrated the database: err = %v, want ErrSchemaChanged", err)
	}
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 1 {
		t.Errorf("%d documents stored, want 1 (the refused one is not)", st.Documents)
	}
	if again, err := Open(ctx, path); err == nil {
		again.Close()
		t.Error("a database of a newer schema than this kronik knows was opened")
	}
}

// TestMigrateClusterKeys: migration 029 rebuilds the blocking keys of stored
// events under the current rules, so a new report that only today's keys
// lead to (a summit named "the summit", found by its participant) still
// joins the stored summit.
func TestMigrateClusterKeys(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kb.db")
	old, err := openAt(ctx, path, 28)
	if err != nil {
		t.Fatal(err)
	}
	s := func(v string) *string { return &v }
	summit := func(name, date, place, title string, actors ...string) record.Record {
		r := record.Record{Source: name, Hash: "h-" + name, Lang: "en",
			Text:     "Leaders of the region gathered for their yearly summit. Report " + name + ".",
			Entities: []record.Entity{{ID: "country:IDN", Type: "COUNTRY", Name: "Indonesia"}, {ID: "org:asean", Type: "ORG", Name: "ASEAN"}},
			Events: []record.Event{{Type: "CONSULT", Mode: "multilateral", Date: s(date), Name: s(title), Modality: "occurred",
				DateSource: "text", Actors: actors}}}
		if place != "" {
			r.Events[0].Place = s(place)
		}
		return r
	}
	a := summit("a.txt", "2023-09-05", "Jakarta", "KTT ke-43 ASEAN", "country:IDN")
	if _, err := old.Put(ctx, store.Source{Name: a.Source}, a); err != nil {
		t.Fatal(err)
	}
	// the keys as an older kronik filed them: none that the new report meets
	if _, err := old.db.ExecContext(ctx, `DELETE FROM event_keys`); err != nil {
		t.Fatal(err)
	}
	old.Close()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	b := summit("b.txt", "2023-09-06", "", "the summit", "org:asean")
	if _, err := db.Put(ctx, store.Source{Name: b.Source}, b); err != nil {
		t.Fatal(err)
	}
	cs, err := db.Events(ctx, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || len(cs[0].Mentions) != 2 {
		t.Fatalf("clusters = %+v, want the two reports of the summit in one (keys rebuilt)", cs)
	}
}

// TestMigrateCeremonyKeys: migration 032 rebuilds the blocking keys of
// stored signings, so a joint statement reported after a stored list of
// MoUs of the same states and day joins its ceremony, which the keys of an
// older kronik (a list met only texts of its own kind) did not lead to.
func TestMigrateCeremonyKeys(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kb.db")
	old, err := openAt(ctx, path, 31)
	if err != nil {
		t.Fatal(err)
	}
	s := func(v string) *string { return &v }
	signing := func(name, doc string) record.Record {
		return record.Record{Source: name, Hash: "h-" + name, Lang: "en",
			Text: "The two presidents witnessed the signing in the capital. Report " + name + ".",
			Entities: []record.Entity{{ID: "country:IDN", Type: "COUNTRY", Name: "Indonesia"},
				{ID: "country:VNM", Type: "COUNTRY", Name: "Vietnam"}},
			Events: []record.Event{{Type: "AGREE", Mode: "sign", Date: s("2026-03-02"), Document: s(doc),
				Modality: "occurred", DateSource: "text", Actors: []string{"country:IDN", "country:VNM"}}}}
	}
	a := signing("a.txt", "five memorandums of understanding")
	if _, err := old.Put(ctx, store.Source{Name: a.Source}, a); err != nil {
		t.Fatal(err)
	}
	// the keys as an older kronik filed them: none that the new report meets
	if _, err := old.db.ExecContext(ctx, `DELETE FROM event_keys`); err != nil {
		t.Fatal(err)
	}
	old.Close()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	b := signing("b.txt", "a joint statement")
	if _, err := db.Put(ctx, store.Source{Name: b.Source}, b); err != nil {
		t.Fatal(err)
	}
	cs, err := db.Events(ctx, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || len(cs[0].Mentions) != 2 {
		t.Fatalf("clusters = %+v, want the MoUs and the statement in one ceremony (keys rebuilt)", cs)
	}
}
