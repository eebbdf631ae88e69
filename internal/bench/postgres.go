package bench

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"

	"kronik/internal/pipeline"
	"kronik/internal/store"
	"kronik/internal/store/postgres"
	"kronik/internal/store/sqlite"
)

// PostgresOptions choose the PostgreSQL benchmark's work.
type PostgresOptions struct {
	// DSN is a postgres:// URL of a database the benchmark may create
	// (and drops again) schemas in.
	DSN string
	// Docs generated documents are extracted (untimed) as the base
	// records; the stored documents are derived from them (derive).
	Docs int
	// Ingest is how many documents each ingest run stores, into SQLite
	// and into PostgreSQL with each number of Writers.
	Ingest  int
	Writers []int
	// Batches are the documents a transaction of the PostgreSQL ingest
	// runs: each number of Writers is run with each (default BatchSize, as
	// `kronik ingest` writes; 1 is a worker's one document a job).
	Batches []int
	// Size is the corpus size at which the queries are timed, Queries
	// the runs of each; the corpus grows by SizeWriters concurrent
	// writers (default 2), Batches[0] documents a transaction.
	Size        int
	SizeWriters int
	Queries     int
	// Schema, when set, names the schema the Size corpus grows in: created
	// when missing and kept after the run, so that a later run (with newer
	// code, whose migrations it applies) times the queries on the same
	// corpus. A schema already holding documents grows on from them.
	Schema string
	// QueryOnly skips the ingest runs and the growth: the queries are timed
	// on Schema as it is.
	QueryOnly bool
	Seed      int64
	Progress  func(string)
}

// WriterRun is one store-only ingest run: records precomputed, stored by
// Writers concurrent writers, BatchSize documents a transaction.
type WriterRun struct {
	Backend    string  `json:"backend"`
	Writers    int     `json:"writers"`
	Batch      int     `json:"batch"`
	Docs       int     `json:"docs"`
	DocsPerSec float64 `json:"docs_per_sec"`
	// MsPerDoc is the write cost of one document: wall time per document
	// times the writers.
	MsPerDoc float64 `json:"ms_per_doc"`
}

// PostgresFigures is the PostgreSQL benchmark's result.
type PostgresFigures struct {
	Ingest []WriterRun `json:"ingest"`
	// Size holds the query latencies at PostgresOptions.Size documents.
	Size Size `json:"size"`
}

// RunPostgres measures store-only ingest into SQLite and into PostgreSQL
// with each number of writers in the same run, then the latency of search,
// events and dossier on PostgreSQL at opts.Size documents.
func RunPostgres(ctx context.Context, p *pipeline.Pipeline, opts PostgresOptions) (PostgresFigures, error) {
	var out PostgresFigures
	if opts.Docs < 1 || opts.Ingest < 1 {
		return out, fmt.Errorf("postgres benchmark: no documents")
	}
	if opts.Progress == nil {
		opts.Progress = func(string) {}
	}
	if opts.Queries < 1 {
		opts.Queries = 50
	}
	if opts.QueryOnly {
		if opts.Schema == "" {
			return out, fmt.Errorf("postgres benchmark: query only needs a kept schema")
		}
		return out, sizeQueries(ctx, nil, opts, &out)
	}
	base, err := baseOf(ctx, p, opts.Docs, opts.Seed)
	if err != nil {
		return out, fmt.Errorf("postgres benchmark: %w", err)
	}
	dir, err := os.MkdirTemp("", "kronik-bench-pg-")
	if err != nil {
		return out, err
	}
	defer os.RemoveAll(dir)
	lite, err := sqlite.Open(ctx, filepath.Join(dir, "ingest.db"))
	if err != nil {
		return out, err
	}
	if len(opts.Batches) == 0 {
		opts.Batches = []int{BatchSize}
	}
	run, err := timeWriters(ctx, lite, base, 0, opts.Ingest, 1, BatchSize)
	lite.Close()
	if err != nil {
		return out, fmt.Errorf("sqlite ingest: %w", err)
	}
	run.Backend = "sqlite"
	out.Ingest = append(out.Ingest, run)
	opts.Progress(fmt.Sprintf("sqlite store only: %.0f docs/s", run.DocsPerSec))
	for _, b := range opts.Batches {
		for _, w := range opts.Writers {
			db, drop, err := openSchema(ctx, opts.DSN, "")
			if err != nil {
				return out, err
			}
			run, err := timeWriters(ctx, db, base, 0, opts.Ingest, w, b)
			db.Close()
			drop()
			if err != nil {
				return out, fmt.Errorf("postgres ingest, %d writers: %w", w, err)
			}
			run.Backend = "postgres"
			out.Ingest = append(out.Ingest, run)
			opts.Progress(fmt.Sprintf("postgres store only, %d writers, %d a transaction: %.0f docs/s", w, b, run.DocsPerSec))
		}
	}
	if opts.Size < 1 {
		return out, nil
	}
	return out, sizeQueries(ctx, base, opts, &out)
}

// sizeQueries grows a PostgreSQL corpus to opts.Size documents
// (opts.SizeWriters writers, opts.Batches[0] a transaction; none when base
// is nil) and times the queries on it.
func sizeQueries(ctx context.Context, base []derivable, opts PostgresOptions, out *PostgresFigures) error {
	db, drop, err := openSchema(ctx, opts.DSN, opts.Schema)
	if err != nil {
		return err
	}
	defer drop()
	defer db.Close()
	st, err := db.Stats(ctx)
	if err != nil {
		return err
	}
	have := st.Documents
	out.Size = Size{Docs: have}
	if base != nil && have < opts.Size {
		from := have
		start := time.Now()
		for have < opts.Size {
			n := min(10*BatchSize, opts.Size-have)
			if _, err := timeWriters(ctx, db, base, have, n, max(opts.SizeWriters, 2), opts.Batches[0]); err != nil {
				return fmt.Errorf("postgres corpus of %d: %w", opts.Size, err)
			}
			have += n
			opts.Progress(fmt.Sprintf("postgres corpus: %d documents, %.1f documents/s", have, float64(have-from)/time.Since(start).Seconds()))
		}
		out.Size.BuildSeconds = time.Since(start).Seconds()
		out.Size.MsPer1000Docs = out.Size.BuildSeconds * 1000 / float64(have-from) * 1000
		if st, err = db.Stats(ctx); err != nil {
			return err
		}
	}
	// The documents stored: a growth stopped mid-way and resumed may have
	// left a few of the derived ones out.
	out.Size.Docs, out.Size.Clusters = st.Documents, st.Clusters
	if err := timeQueries(ctx, db, opts.Queries, &out.Size); err != nil {
		return fmt.Errorf("postgres queries at %d: %w", out.Size.Docs, err)
	}
	return nil
}

// timeWriters stores derived documents from, from+1, ..., from+n-1 with w
// writers, document k by writer k mod w, batch to a transaction (one by
// Put, as a worker stores them; more by PutBatch).
func timeWriters(ctx context.Context, db store.Writer, base []derivable, from, n, w, batchSize int) (WriterRun, error) {
	start := time.Now()
	errs := make([]error, w)
	var wg sync.WaitGroup
	for i := 0; i < w; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var batch []store.Item
			for k := from + i; k < from+n && errs[i] == nil; k += w {
				src, rec := derive(base, k)
				if batchSize == 1 {
					_, errs[i] = db.Put(ctx, src, rec)
					continue
				}
				batch = append(batch, store.Item{Src: src, Rec: rec})
				if len(batch) == batchSize {
					errs[i] = putBatch(ctx, db, batch, nil)
					batch = batch[:0]
				}
			}
			if errs[i] == nil && len(batch) > 0 {
				errs[i] = putBatch(ctx, db, batch, nil)
			}
		}()
	}
	wg.Wait()
	sec := time.Since(start).Seconds()
	for _, err := range errs {
		if err != nil {
			return WriterRun{}, err
		}
	}
	return WriterRun{Writers: w, Batch: batchSize, Docs: n, DocsPerSec: float64(n) / sec, MsPerDoc: sec * 1000 * float64(w) / float64(n)}, nil
}

// openSchema opens a PostgreSQL store in the schema keep of the database
// dsn names, created when missing and kept (drop does nothing), or, when
// keep is empty, in a new schema that drop removes.
func openSchema(ctx context.Context, dsn, keep string) (*postgres.DB, func(), error) {
	u, err := url.Parse(dsn)
	if err != nil {
		return nil, nil, fmt.Errorf("postgres benchmark: %w", err)
	}
	schema := keep
	if schema == "" {
		b := make([]byte, 6)
		rand.Read(b)
		schema = "kronik_bench_" + hex.EncodeToString(b)
	}
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return nil, nil, fmt.Errorf("postgres benchmark: %w", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `CREATE SCHEMA IF NOT EXISTS `+pgx.Identifier{schema}.Sanitize()); err != nil {
		return nil, nil, fmt.Errorf("postgres benchmark: %w", err)
	}
	drop := func() {
		if keep != "" {
			return
		}
		if c, err := pgx.Connect(context.WithoutCancel(ctx), dsn); err == nil {
			c.Exec(context.WithoutCancel(ctx), `DROP SCHEMA `+schema+` CASCADE`)
			c.Close(context.WithoutCancel(ctx))
		}
	}
	q := u.Query()
	q.Set("search_path", schema+",public")
	u.RawQuery = q.Encode()
	db, err := postgres.Open(ctx, u.String())
	if err != nil {
		drop()
		return nil, nil, err
	}
	return db, drop, nil
}
