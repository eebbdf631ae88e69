package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kronik/internal/store/postgres/pgtest"
)

// TestMigrateStoreRoundTrip: a knowledge base copied by migrate-store
// exports exactly what the original exports, in every format, history and
// clusters included; into PostgreSQL when a test database is given, and
// always into another SQLite file.
func TestMigrateStoreRoundTrip(t *testing.T) {
	dir := t.TempDir()
	from := filepath.Join(dir, "kb.db")
	// The samples in a folder of the test's, so that one of them can
	// change: its second version is history the copy must keep.
	samples := filepath.Join("..", "..", "samples", "news")
	news := filepath.Join(dir, "news")
	if err := os.MkdirAll(news, 0o755); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(samples)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(samples, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(news, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mustKronik(t, "ingest", "--db", from, news)
	updated := filepath.Join(news, "id-summit-manila.txt")
	body, err := os.ReadFile(updated)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(updated, append(body, "\n\nBerita ini telah diperbarui."...), 0o644); err != nil {
		t.Fatal(err)
	}
	if out := mustKronik(t, "ingest", "--db", from, updated); !strings.Contains(out, "new versions 1") {
		t.Fatalf("changed sample not stored as a new version: %q", out)
	}
	targets := map[string]func(t *testing.T) string{
		"sqlite":   func(t *testing.T) string { return filepath.Join(t.TempDir(), "copy.db") },
		"postgres": func(t *testing.T) string { return pgtest.DSN(t) },
	}
	for name, target := range targets {
		t.Run(name, func(t *testing.T) {
			to := target(t)
			out := mustKronik(t, "migrate-store", "--from", from, "--to", to, "--batch", "2")
			if !strings.Contains(out, "versions copied") {
				t.Fatalf("migrate-store said %q", out)
			}
			for _, format := range []string{"jsonl", "csv", "gdelt"} {
				want := mustKronik(t, "export", "--db", from, "--format", format)
				got := mustKronik(t, "export", "--db", to, "--format", format)
				if got != want || want == "" {
					t.Errorf("export --format %s of the copy differs from the original's (%d bytes against %d)", format, len(got), len(want))
				}
			}
			// Run again: everything is already there.
			mustKronik(t, "migrate-store", "--from", from, "--to", to)
			if a, b := mustKronik(t, "export", "--db", from), mustKronik(t, "export", "--db", to); a != b {
				t.Errorf("a second migrate-store changed the copy")
			}
		})
	}
}

func TestMigrateStoreUsage(t *testing.T) {
	for _, args := range [][]string{
		{"migrate-store"},
		{"migrate-store", "--from", "a.db", "--to", "a.db"},
		{"migrate-store", "--to", "b.db", "extra"},
	} {
		if _, _, code := kronik(t, args...); code != exitUsage {
			t.Errorf("kronik %s: exit %d, want %d", strings.Join(args, " "), code, exitUsage)
		}
	}
	if _, errs, code := kronik(t, "migrate-store", "--from", filepath.Join(t.TempDir(), "a.db"), "--to", "mysql://x/y"); code == exitOK ||
		!strings.Contains(errs, "mysql") {
		t.Errorf("an unknown scheme: exit %d, %q", code, errs)
	}
}
