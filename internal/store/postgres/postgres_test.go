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
