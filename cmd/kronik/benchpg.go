package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"regexp"
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
	batches *string
	size    *int
	sizeW   *int
	schema  *string
	query   *bool
}

func pgBenchFlags(fs *flag.FlagSet) pgBench {
	return pgBench{
		dsn:     fs.String("postgres", "", "instead: measure PostgreSQL (postgres:// URL of a database to create and drop schemas in) beside SQLite"),
		ingest:  fs.Int("pg-ingest", 5000, "with --postgres: documents stored by each ingest run"),
		writers: fs.String("pg-writers", "1,2", "with --postgres: concurrent writers of the PostgreSQL ingest runs"),
		batches: fs.String("pg-batch", "512", "with --postgres: documents a transaction of the PostgreSQL ingest runs (1: one a write, as workers store them); each with every --pg-writers"),
		size:    fs.Int("pg-size", 100000, "with --postgres: corpus size at which the queries are timed (0: none)"),
		sizeW:   fs.Int("pg-size-writers", 2, "with --postgres: concurrent writers growing the --pg-size corpus (the first --pg-batch a transaction)"),
		schema:  fs.String("pg-schema", "", "with --postgres: grow the --pg-size corpus in this schema and keep it (a schema holding documents grows on from them)"),
		query:   fs.Bool("pg-query-only", false, "with --postgres and --pg-schema: only time the queries on the kept schema"),
	}
}

func runBenchPostgres(ctx context.Context, pg pgBench, docs int, seed int64, queries int, asJSON bool, stdout, stderr io.Writer) error {
	if kind, _, err := backend.Parse(*pg.dsn); err != nil || kind != backend.Postgres {
		return fmt.Errorf("%w: --postgres needs a postgres:// URL", errUsage)
	}
	writers, err := positives("--pg-writers", *pg.writers)
	if err != nil {
		return err
	}
	batches, err := positives("--pg-batch", *pg.batches)
	if err != nil {
		return err
	}
	if *pg.schema != "" && !schemaName.MatchString(*pg.schema) {
		return fmt.Errorf("%w: --pg-schema %q: lower-case letters, digits and _ only", errUsage, *pg.schema)
	}
	if *pg.query && *pg.schema == "" {
		return fmt.Errorf("%w: --pg-query-only needs --pg-schema", errUsage)
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return err
	}
	fig, err := bench.RunPostgres(ctx, p, bench.PostgresOptions{DSN: *pg.dsn, Docs: docs, Ingest: *pg.ingest, Writers: writers, Batches: batches,
		Size: *pg.size, SizeWriters: *pg.sizeW, Schema: *pg.schema, QueryOnly: *pg.query, Queries: queries, Seed: seed, Progress: func(l string) { fmt.Fprintln(stderr, "bench:", l) }})
	if err != nil {
		return fmt.Errorf("postgres benchmark: %w", err)
	}
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(fig)
	}
	for _, r := range fig.Ingest {
		fmt.Fprintf(stdout, "ingest store only: %-8s %d writer(s), %d a transaction: %d docs, %.0f docs/s, %.2f ms a document\n",
			r.Backend, r.Writers, r.Batch, r.Docs, r.DocsPerSec, r.MsPerDoc)
	}
	if fig.Size.Docs > 0 {
		writeSize(stdout, fig.Size)
	}
	return nil
}

// schemaName is a schema name that needs no quoting in a search_path.
var schemaName = regexp.MustCompile(`^[a-z_][a-z0-9_]*$`)

// positives parses a comma-separated list of positive numbers given to flag.
func positives(flag, list string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(list, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("%w: %s: %q is not a positive number", errUsage, flag, f)
		}
		out = append(out, n)
	}
	return out, nil
}
