package postgres

import (
	"context"
	"testing"

	"kronik/internal/store"
	"kronik/internal/store/postgres/pgtest"
	"kronik/internal/store/storetest"
)

// openTest opens a store in a schema of its own (pgtest.DSN).
func openTest(t testing.TB) *DB {
	t.Helper()
	s, err := Open(context.Background(), pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return openTest(t) })
}

func TestSources(t *testing.T) {
	s := openTest(t)
	defer s.Close()
	storetest.Sources(t, s)
}

func TestBadSignature(t *testing.T) {
	s := openTest(t)
	defer s.Close()
	storetest.BadSignature(t, s, func(t *testing.T, _ store.Store, key string) {
		tag, err := s.pool.Exec(context.Background(), `UPDATE signatures SET sig = '\x0102' WHERE version_id =
			(SELECT v.id FROM versions v JOIN documents d ON d.id = v.document_id WHERE d.key = $1 AND v.current)`, key)
		if err != nil {
			t.Fatal(err)
		}
		if tag.RowsAffected() != 1 {
			t.Fatalf("spoilt %d signatures, want 1", tag.RowsAffected())
		}
	})
}

// TestConnectionSettings: kronik's connections run without JIT and
// parallel workers unless the URL asks for them.
func TestConnectionSettings(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	for _, tc := range []struct {
		extra    string
		jit, par string
	}{
		{"", "off", "0"},
		{"&jit=on&max_parallel_workers_per_gather=2", "on", "2"},
	} {
		s, err := Open(ctx, dsn+tc.extra)
		if err != nil {
			t.Fatal(err)
		}
		var jit, par string
		if err := s.pool.QueryRow(ctx, `SELECT current_setting('jit'), current_setting('max_parallel_workers_per_gather')`).
			Scan(&jit, &par); err != nil {
			t.Fatal(err)
		}
		s.Close()
		if jit != tc.jit || par != tc.par {
			t.Errorf("URL %q: jit %s, max_parallel_workers_per_gather %s; want %s, %s", tc.extra, jit, par, tc.jit, tc.par)
		}
	}
}
