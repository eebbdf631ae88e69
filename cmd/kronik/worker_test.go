package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"kronik/internal/record"
	"kronik/internal/store"
	"kronik/internal/store/backend"
	"kronik/internal/store/postgres/pgtest"
	"kronik/internal/store/storetest"
)

// TestWorkers: three `kronik worker` processes take the fetch and extract
// jobs of a few hundred pages from a local server; one is killed with
// SIGKILL mid-way. Every page is stored once, and the event clusters are
// those a single SQLite ingest of the same documents gives, in the order the
// workers stored them.
func TestWorkers(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs three workers over a few hundred documents")
	}
	dsn := pgtest.DSN(t)
	dir := t.TempDir()
	bin := buildKronik(t, dir)
	docs := filepath.Join(dir, "docs")
	os.Mkdir(docs, 0o755)
	// 300 documents by default; the 2,000 with
	// KRONIK_TEST_WORKER_DOCS=2000 (minutes on two cores).
	n := 300
	if v, err := strconv.Atoi(os.Getenv("KRONIK_TEST_WORKER_DOCS")); err == nil && v > 0 {
		n = v
	}
	newsDocs(t, docs, n)
	srv := httptest.NewServer(http.FileServer(http.Dir(docs)))
	defer srv.Close()
	urls := make([]string, n)
	for i := range urls {
		urls[i] = fmt.Sprintf("%s/doc%04d.txt", srv.URL, i)
	}
	out := mustKronik(t, append([]string{"enqueue", "--db", dsn}, urls...)...)
	if !strings.Contains(out, fmt.Sprintf("%d queued", n)) {
		t.Fatalf("enqueue said %q", out)
	}
	// Queued again while waiting: not queued twice.
	if out := mustKronik(t, "enqueue", "--db", dsn, urls[0]); !strings.Contains(out, "0 queued, 1 already waiting") {
		t.Fatalf("second enqueue said %q", out)
	}
	var workers []*exec.Cmd
	for i := 0; i < 3; i++ {
		cmd := exec.Command(bin, "worker", "--db", dsn, "--concurrency", "1", "--host-interval", "1ms", "--allow-private",
			"--job-timeout", "15s", "--rescue-after", "20s")
		cmd.Stderr = &strings.Builder{}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		workers = append(workers, cmd)
	}
	defer func() {
		for _, w := range workers {
			if w.ProcessState == nil {
				w.Process.Signal(syscall.SIGKILL)
				w.Wait()
			}
		}
	}()
	ctx := context.Background()
	db, err := backend.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	killed := false
	var st store.Stats
	for deadline := time.Now().Add(4 * time.Minute); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if st, err = db.Stats(ctx); err != nil {
			t.Fatal(err)
		}
		if !killed && st.Versions >= n/4 {
			workers[0].Process.Signal(syscall.SIGKILL)
			workers[0].Wait()
			killed = true
		}
		if st.Versions >= n {
			break
		}
	}
	if !killed || st.Documents != n || st.Versions != n {
		for i, w := range workers {
			t.Logf("worker %d: %s", i, w.Stderr)
		}
		t.Fatalf("stored %+v (worker killed: %v), want %d documents of one version each", st, killed, n)
	}
	for _, w := range workers[1:] {
		w.Process.Signal(syscall.SIGTERM)
		if err := w.Wait(); err != nil {
			t.Errorf("worker stopped by SIGTERM: %v\n%s", err, w.Stderr)
		}
	}
	// The same documents in one SQLite ingest, in the order the workers
	// clustered them (Records: versions.seq, drawn under each write's
	// locks): incremental clustering depends on the order reports arrive
	// in (a vague report joins what came before it, Join keeps the
	// smallest cluster id; these 2,000 documents shuffled give 3,018 and
	// 3,032 clusters against 3,019 in file order), and the workers' order
	// is any; what they must give is what one writer gives in their order.
	var order []string
	if err := db.Records(ctx, func(r record.Record) error {
		order = append(order, filepath.Join(docs, path.Base(r.Source)))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	lite := filepath.Join(dir, "kb.db")
	mustKronik(t, append([]string{"ingest", "--db", lite}, order...)...)
	ref, err := backend.Open(ctx, lite)
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	want, got := clusters(t, ref), clusters(t, db)
	if strings.Count(want, "\n") < n/2 {
		t.Fatalf("the SQLite ingest has %d clusters; the documents are not what this test expects", strings.Count(want, "\n")+1)
	}
	if got != want {
		t.Errorf("event clusters of the workers differ from a single SQLite ingest's:\nworkers:\n%s\nsqlite:\n%s", got, want)
	}
}

// TestIngestPostgresAsSQLite: one `kronik ingest` of the same documents into
// PostgreSQL and into SQLite, in the same order, gives the same event
// clusters: the backends decide alike (the worker test's order differs).
func TestIngestPostgresAsSQLite(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests a few hundred documents twice")
	}
	dsn := pgtest.DSN(t)
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	os.Mkdir(docs, 0o755)
	n := 300
	if v, err := strconv.Atoi(os.Getenv("KRONIK_TEST_WORKER_DOCS")); err == nil && v > 0 {
		n = v
	}
	newsDocs(t, docs, n)
	lite := filepath.Join(dir, "kb.db")
	mustKronik(t, "ingest", "--db", lite, docs)
	mustKronik(t, "ingest", "--db", dsn, docs)
	ctx := context.Background()
	a, err := backend.Open(ctx, lite)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := backend.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if want, got := clusters(t, a), clusters(t, b); got != want {
		t.Errorf("event clusters on PostgreSQL differ from SQLite's:\npostgres:\n%s\nsqlite:\n%s", got, want)
	}
}

// clusters is storetest.ClusterLines as one text, for the messages.
func clusters(t *testing.T, s store.Store) string {
	return strings.Join(storetest.ClusterLines(t, s), "\n")
}
