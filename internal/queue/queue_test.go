package queue

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"kronik/internal/record"
	"kronik/internal/source"
	"kronik/internal/store"
	"kronik/internal/store/postgres"
	"kronik/internal/store/postgres/pgtest"
)

// TestReserveHost: the first fetch of a host goes at once and books the
// host for the delay; every other fetch (from any worker, since the booking
// is a row) waits about what is left of it; after it, the host is free.
func TestReserveHost(t *testing.T) {
	ctx := context.Background()
	db, err := postgres.Open(ctx, pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	pool := db.Pool()
	// An interval far longer than any stall of a loaded machine, and the
	// interval's end brought forward in the shared row instead of slept
	// through: the test asserts who waits, not how the clock runs.
	const delay = time.Hour
	expire := func(host string) {
		if _, err := pool.Exec(ctx, `UPDATE hosts SET next_at = now() - interval '1 second' WHERE host = $1`, host); err != nil {
			t.Fatal(err)
		}
	}
	steps := []struct {
		host   string
		expire bool // the host's interval has run out before this step
		waits  bool
	}{
		{host: "a.example"},
		{host: "a.example", waits: true},
		{host: "b.example"}, // another host is not held up
		{host: "a.example", expire: true},
		{host: "a.example", waits: true},
	}
	for i, s := range steps {
		if s.expire {
			expire(s.host)
		}
		wait, err := reserveHost(ctx, pool, s.host, delay)
		if err != nil {
			t.Fatal(err)
		}
		if !s.waits && wait != 0 {
			t.Errorf("step %d (%s): wait %v, want none", i, s.host, wait)
		}
		if s.waits && (wait < delay-time.Minute || wait > delay) {
			t.Errorf("step %d (%s): wait %v, want about %v", i, s.host, wait, delay)
		}
	}
}

func TestNewWorkerQueues(t *testing.T) {
	db := openQueueTest(t)
	for _, tc := range []struct {
		queues map[string]int
		ok     bool
	}{
		{map[string]int{Fetch: 8, Extract: 1}, true},
		{map[string]int{Extract: 2}, true},
		{map[string]int{"mail": 1}, false},
		{map[string]int{}, false},
	} {
		_, err := NewWorker(db.Pool(), db, nil, Options{Queues: tc.queues, JobTimeout: time.Minute, RescueAfter: 2 * time.Minute})
		if (err == nil) != tc.ok {
			t.Errorf("NewWorker(%v): %v, want ok %v", tc.queues, err, tc.ok)
		}
	}
}

// retitle is a Processor that extracts a document as its text under a
// fixed title.
type retitle string

func (r retitle) Process(_ context.Context, doc source.Document) (record.Record, error) {
	t := string(r)
	return record.Record{Source: doc.Name, Lang: "id", Title: &t, Text: string(doc.Body)}, nil
}

// TestReprocess: a reprocess job replaces a stored version's extraction by
// what the current pipeline makes of its stored source; a version queued
// twice while it waits is queued once.
func TestReprocess(t *testing.T) {
	ctx := context.Background()
	db := openQueueTest(t)
	body := []byte("Kedua menteri bertemu di Jakarta.")
	hash := store.ContentHash(body)
	old := "Lama"
	if _, err := db.Put(ctx, store.Source{Key: "https://news.example/a", Name: "a", URL: "https://news.example/a", Body: body},
		record.Record{Source: "a", Hash: hash, Lang: "id", Title: &old, Text: string(body)}); err != nil {
		t.Fatal(err)
	}
	for i, want := range []int{1, 0} {
		got, err := EnqueueReprocess(ctx, db.Pool(), []string{hash})
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("enqueue %d: queued %d, want %d", i+1, got, want)
		}
	}
	w := &reprocessWorker{store: db, proc: retitle("Baru")}
	if err := w.Work(ctx, &river.Job[ReprocessArgs]{Args: ReprocessArgs{Hash: hash}}); err != nil {
		t.Fatal(err)
	}
	rec, err := db.Record(ctx, hash)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Title == nil || *rec.Title != "Baru" {
		t.Errorf("title after reprocess %v, want Baru", rec.Title)
	}
	if err := w.Work(ctx, &river.Job[ReprocessArgs]{Args: ReprocessArgs{Hash: "gone"}}); err == nil {
		t.Error("reprocessing a version not stored: no error")
	}
}

// openQueueTest opens a store in a schema of its own with the queue's
// tables, closed when the test ends.
func openQueueTest(t *testing.T) *postgres.DB {
	t.Helper()
	ctx := context.Background()
	db, err := postgres.Open(ctx, pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := Migrate(ctx, db.Pool()); err != nil {
		t.Fatal(err)
	}
	return db
}

// TestHostGate: the poll's gate lets the first request to a host go at
// once, makes the next (from any fetcher, since the booking is a row) wait
// for the host, and gives up when the poll is stopped.
func TestHostGate(t *testing.T) {
	db := openQueueTest(t)
	gate := HostGate(db.Pool(), time.Hour)
	ctx := context.Background()
	if err := gate(ctx, "a.example"); err != nil {
		t.Fatalf("first request: %v", err)
	}
	stopped, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
	defer cancel()
	if err := gate(stopped, "a.example"); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("second request within the interval: %v, want it held until the poll stops", err)
	}
	if err := gate(ctx, "b.example"); err != nil {
		t.Errorf("another host: %v", err)
	}
}
