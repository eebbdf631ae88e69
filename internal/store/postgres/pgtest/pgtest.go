// Package pgtest gives tests a PostgreSQL database of their own: a fresh
// schema in the database named by $KRONIK_TEST_POSTGRES, dropped when the
// test ends. CI starts a throwaway PostgreSQL cluster and sets the variable
// (.ci/run); without it the tests that need PostgreSQL are skipped.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
)

// Env names the environment variable holding the URL of a PostgreSQL
// database the tests may create schemas in.
const Env = "KRONIK_TEST_POSTGRES"

// DSN returns the URL of a new empty schema (as the connection's
// search_path, public after it for extensions), skipping the test when no
// database is given.
func DSN(t testing.TB) string {
	t.Helper()
	base := os.Getenv(Env)
	if base == "" {
		t.Skip(Env + " is not set: no PostgreSQL to test against")
	}
	u, err := url.Parse(base)
	if err != nil || !strings.HasPrefix(u.Scheme, "postgres") {
		t.Fatalf("%s must be a postgres:// URL, got %q", Env, base)
	}
	ctx := context.Background()
	b := make([]byte, 6)
	rand.Read(b)
	schema := "kronik_test_" + hex.EncodeToString(b)
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connect to %s: %v", Env, err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		ctx := context.Background()
		c, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
			return
		}
		defer c.Close(ctx)
		if _, err := c.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	q := u.Query()
	q.Set("search_path", schema+",public")
	u.RawQuery = q.Encode()
	return u.String()
}
