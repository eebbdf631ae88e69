package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"kronik/internal/store"
	"kronik/internal/store/storetest"
)

func open(t *testing.T) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "kb.db"))
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return open(t) })
}

// TestMigrationsOnce opens a database twice: the second open applies nothing
// and the schema version is that of the last migration file.
func TestMigrationsOnce(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kb.db")
	for i := 0; i < 2; i++ {
		db, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		v, err := db.SchemaVersion(ctx)
		if err != nil || v != 1 {
			t.Fatalf("schema version = %d, %v; want 1", v, err)
		}
		if err := db.Check(ctx); err != nil {
			t.Fatal(err)
		}
		db.Close()
	}
}
