package sqlite

import (
	"context"
	"errors"
	"io/fs"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"kronik/internal/record"
	"kronik/internal/store"
	"kronik/internal/store/storetest"
)

func open(t *testing.T) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "kb.db"))
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return open(t) })
}

// TestMigrationsOnce opens a database twice: the second open applies nothing
// and the schema version is that of the last migration file.
func TestMigrationsOnce(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kb.db")
	files, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil || len(files) == 0 {
		t.Fatalf("migrations: %v, %v", files, err)
	}
	sort.Strings(files)
	last, err := strconv.Atoi(strings.TrimPrefix(files[len(files)-1], "migrations/")[:3])
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 2; i++ {
		db, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		v, err := db.SchemaVersion(ctx)
		if err != nil || v != last {
			t.Fatalf("schema version = %d, %v; want %d", v, err, last)
		}
		if err := db.Check(ctx); err != nil {
			t.Fatal(err)
		}
		db.Close()
	}
}

func sp(s string) *string { return &s }

// TestLongSpanCandidates: events dated only by their year or month are found
// by the clustering window of later, day-dated reports of the same talks
// (through the events_long and events_medium indexes), and the other way
// round.
func TestLongSpanCandidates(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	defer db.Close()
	mk := func(name, date, body string) record.Record {
		return record.Record{Source: name, Hash: name, Lang: "id", Text: body,
			Entities: []record.Entity{{ID: "country:IDN", Type: "COUNTRY", Name: "Indonesia"}, {ID: "country:PER", Type: "COUNTRY", Name: "Peru"}},
			Events: []record.Event{{Type: "CONSULT", Mode: "meet", Date: sp(date), Modality: "occurred",
				Actors: []string{"country:IDN", "country:PER"}}}}
	}
	for _, r := range []record.Record{
		mk("year.txt", "2025", "Indonesia dan Peru mengadakan pembicaraan tahun ini tentang perdagangan kopi."),
		mk("month.txt", "2025-09", "Bulan ini kedua negara menggelar perundingan tentang bea masuk buah."),
		mk("day.txt", "2025-09-20", "Menteri kedua negara berunding di Lima pada 20 September tentang ekspor."),
		mk("later.txt", "2025-09-20", "Perundingan dagang kedua negara berlanjut hingga malam di ibu kota."),
	} {
		if _, err := db.Put(ctx, store.Source{Name: r.Source}, r); err != nil {
			t.Fatal(err)
		}
	}
	cs, err := db.Events(ctx, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || len(cs[0].Mentions) != 4 || cs[0].Date != "2025-09-20" {
		t.Fatalf("clusters = %+v, want one of 4 mentions dated 2025-09-20", cs)
	}
}

// TestBatchBadDocument: a document that fails half-way through its writes
// (here a trigger refuses its event row, after its version, full-text and
// entity rows are written) leaves nothing behind, and the documents before
// and after it in the batch are stored whole.
func TestBatchBadDocument(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	defer db.Close()
	if _, err := db.db.ExecContext(ctx, `CREATE TRIGGER poison BEFORE INSERT ON events
		WHEN new.evidence LIKE '%racun%' BEGIN SELECT RAISE(ABORT, 'poisoned event'); END`); err != nil {
		t.Fatal(err)
	}
	mk := func(name, date, evidence string) store.Item {
		body := evidence + " Kedua menteri juga membahas kerja sama perikanan."
		return store.Item{Src: store.Source{Name: name}, Rec: record.Record{Source: name, Hash: name, Lang: "id", Text: body,
			Entities: []record.Entity{{ID: "country:IDN", Type: "COUNTRY", Name: "Indonesia"}, {ID: "country:PER", Type: "COUNTRY", Name: "Peru"}},
			Events: []record.Event{{Type: "CONSULT", Mode: "meet", Date: sp(date), Modality: "occurred",
				Actors: []string{"country:IDN", "country:PER"}, Evidence: record.Evidence{Text: evidence}}}}}
	}
	res, err := db.PutBatch(ctx, []store.Item{
		mk("a.txt", "2025-09-20", "Menteri Indonesia dan Peru bertemu di Lima pada Sabtu."),
		mk("bad.txt", "2025-09-20", "Menteri Indonesia dan Peru membahas racun tikus di Lima pada Sabtu."),
		mk("c.txt", "2025-09-20", "Indonesia dan Peru berunding di Lima pada 20 September."),
	})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Err != nil || res[2].Err != nil || res[1].Err == nil || !strings.Contains(res[1].Err.Error(), "poisoned") {
		t.Fatalf("results = %+v", res)
	}
	if res[0].Status != store.New || res[2].Status != store.New {
		t.Fatalf("results = %+v, want the good documents new", res)
	}
	if ok, _ := db.Has(ctx, "bad.txt"); ok {
		t.Fatal("the failed document is stored")
	}
	if hits, err := db.Search(ctx, store.SearchQuery{Text: "tikus"}); err != nil || len(hits) != 0 {
		t.Fatalf("the failed document is searchable: %v, %v", hits, err)
	}
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Versions != 2 || st.Events != 2 || st.Clusters != 1 {
		t.Fatalf("stats = %+v, want 2 versions, 2 events in 1 cluster", st)
	}
	if err := db.Check(ctx); err != nil {
		t.Fatal(err)
	}
}

// TestSystemic: a read-only database fails a batch as a whole; a document's
// own constraint failure is the document's.
func TestSystemic(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	defer db.Close()
	conn, err := db.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `CREATE TEMP TABLE u (x INTEGER PRIMARY KEY)`); err != nil {
		t.Fatal(err)
	}
	conn.ExecContext(ctx, `INSERT INTO u VALUES (1)`)
	_, dup := conn.ExecContext(ctx, `INSERT INTO u VALUES (1)`)
	if dup == nil || systemic(dup) {
		t.Errorf("constraint failure %v counted as systemic", dup)
	}
	if _, err := conn.ExecContext(ctx, `PRAGMA query_only = 1`); err != nil {
		t.Fatal(err)
	}
	_, ro := conn.ExecContext(ctx, `INSERT INTO documents (key, created) VALUES ('k', 'now')`)
	if ro == nil || !systemic(ro) {
		t.Errorf("write to a read-only database (%v) not counted as systemic", ro)
	}
	if systemic(errors.New("record has no content hash")) {
		t.Error("a plain error counted as systemic")
	}
}

func TestBadSignature(t *testing.T) {
	db := open(t)
	defer db.Close()
	storetest.BadSignature(t, db, func(t *testing.T, _ store.Store, key string) {
		res, err := db.db.Exec(`UPDATE signatures SET sig = x'0102' WHERE version_id =
			(SELECT v.id FROM versions v JOIN documents d ON d.id = v.document_id WHERE d.key = ? AND v.current)`, key)
		if err != nil {
			t.Fatal(err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			t.Fatalf("spoilt %d signatures, want 1", n)
		}
	})
}
