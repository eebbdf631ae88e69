package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"kronik/internal/store"
	"kronik/internal/store/storetest"
)

// TestURLEnv names the environment variable holding the URL of a PostgreSQL
// database the tests may create schemas in (CI starts a throwaway cluster
// and sets it). Without it the PostgreSQL tests are skipped.
const TestURLEnv = "KRONIK_TEST_POSTGRES"

// openTest opens a store in a schema of its own, dropped when the test ends,
// so that tests run side by side in one database.
func openTest(t testing.TB) *DB {
	t.Helper()
	base := os.Getenv(TestURLEnv)
	if base == "" {
		t.Skip(TestURLEnv + " is not set: no PostgreSQL to test against")
	}
	ctx := context.Background()
	b := make([]byte, 6)
	rand.Read(b)
	schema := "kronik_test_" + hex.EncodeToString(b)
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connect %s: %v", base, err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(context.Background(), base)
		if err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
			return
		}
		defer c.Close(context.Background())
		if _, err := c.Exec(context.Background(), `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	s, err := Open(ctx, withSearchPath(t, base, schema))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// withSearchPath adds a search_path run-time parameter to a postgres:// URL.
func withSearchPath(t testing.TB, base, schema string) string {
	u, err := url.Parse(base)
	if err != nil || !strings.HasPrefix(u.Scheme, "postgres") {
		t.Fatalf("%s must be a postgres:// URL, got %q", TestURLEnv, base)
	}
	q := u.Query()
	q.Set("search_path", schema+",public")
	u.RawQuery = q.Encode()
	return u.String()
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return openTest(t) })
}
