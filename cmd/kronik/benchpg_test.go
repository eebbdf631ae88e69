package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"kronik/internal/store/postgres/pgtest"
)

// TestBenchPostgresUsage: flags that cannot work are refused before any
// connection is made.
func TestBenchPostgresUsage(t *testing.T) {
	for _, args := range [][]string{
		{"bench", "--postgres", "sqlite://k.db"},
		{"bench", "--postgres", "postgres://u@h/db", "--pg-query-only"},
		{"bench", "--postgres", "postgres://u@h/db", "--pg-schema", "Corpus"},
		{"bench", "--postgres", "postgres://u@h/db", "--pg-schema", "a;drop"},
		{"bench", "--postgres", "postgres://u@h/db", "--pg-writers", "0"},
	} {
		if _, _, code := kronik(t, args...); code != exitUsage {
			t.Errorf("kronik %s: exit %d, want %d", strings.Join(args, " "), code, exitUsage)
		}
	}
}

// TestBenchPostgresKeptSchema: a corpus grown in a kept schema is there for
// a later run to time the queries on, and a run asking for more grows it
// on from what it holds.
func TestBenchPostgresKeptSchema(t *testing.T) {
	pgtest.DSN(t) // skips without a database
	base := os.Getenv(pgtest.Env)
	b := make([]byte, 4)
	rand.Read(b)
	schema := "kronik_kept_" + hex.EncodeToString(b)
	t.Cleanup(func() {
		ctx := context.Background()
		if c, err := pgx.Connect(ctx, base); err == nil {
			c.Exec(ctx, `DROP SCHEMA IF EXISTS `+schema+` CASCADE`)
			c.Close(ctx)
		}
	})
	docsAt := regexp.MustCompile(`(?m)^\s+(\d+) docs: build`)
	run := func(extra ...string) string {
		t.Helper()
		args := append([]string{"bench", "--postgres", base, "--docs", "20", "--pg-ingest", "5", "--pg-writers", "1",
			"--pg-batch", "1", "--pg-schema", schema, "--queries", "1"}, extra...)
		out := mustKronik(t, args...)
		m := docsAt.FindStringSubmatch(out)
		if m == nil {
			t.Fatalf("kronik %s: no corpus size in\n%s", strings.Join(args, " "), out)
		}
		return m[1]
	}
	for _, tc := range []struct {
		extra []string
		want  string
	}{
		{[]string{"--pg-size", "30"}, "30"},
		{[]string{"--pg-query-only"}, "30"},
		{[]string{"--pg-size", "45"}, "45"},
	} {
		if got := run(tc.extra...); got != tc.want {
			t.Errorf("%v: timed at %s documents, want %s", tc.extra, got, tc.want)
		}
	}
}
