package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"kronik/internal/bench"
	"kronik/internal/pipeline"
	"kronik/internal/store/backend"
)

// pgBench holds the flags of `kronik bench --postgres`.
type pgBench struct {
	dsn     *string
	ingest  *int
	writers *string
	size    *int
}

func pgBenchFlags(fs *flag.FlagSet) pgBench {
	return pgBench{
		dsn:     fs.String("postgres", "", "instead: measure PostgreSQL (postgres:// URL of a database to create and drop schemas in) beside SQLite"),
		ingest:  fs.Int("pg-ingest", 5000, "with --postgres: documents stored by each ingest run"),
		writers: fs.String("pg-writers", "1,2", "with --postgres: concurrent writers of the PostgreSQL ingest runs"),
		size:    fs.Int("pg-size", 100000, "with --postgres: corpus size at which the queries are timed (0: none)"),
	}
}

func runBenchPostgres(ctx context.Context, pg pgBench, docs int, seed int64, queries int, asJSON bool, stdout, stderr io.Writer) error {
	if kind, _, err := backend.Parse(*pg.dsn); err != nil || kind != backend.Postgres {
		return fmt.Errorf("%w: --postgres needs a postgres:// URL", errUsage)
	}
	var writers []int
	for _, f := range strings.Split(*pg.writers, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return fmt.Errorf("%w: --pg-writers: %q is not a positive number", errUsage, f)
		}
		writers = append(writers, n)
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return err
	}
	fig, err := bench.RunPostgres(ctx, p, bench.PostgresOptions{DSN: *pg.dsn, Docs: docs, Ingest: *pg.ingest, Writers: writers,
		Size: *pg.size, Queries: queries, Seed: seed, Progress: func(l string) { fmt.Fprintln(stderr, "bench:", l) }})
	if err != nil {
		return fmt.Errorf("postgres benchmark: %w", err)
	}
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(fig)
	}
	for _, r := range fig.Ingest {
		fmt.Fprintf(stdout, "ingest store only: %-8s %d writer(s): %d docs, %.0f docs/s, %.2f ms a document\n",
			r.Backend, r.Writers, r.Docs, r.DocsPerSec, r.MsPerDoc)
	}
	if fig.Size.Docs > 0 {
		writeSize(stdout, fig.Size)
	}
	return nil
}
