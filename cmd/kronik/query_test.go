package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestSearchWithoutWords: a query of punctuation alone is the user's mistake
// (exit 2, saying so), not a failure of the knowledge base.
func TestSearchWithoutWords(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	for _, q := range []string{"*", `"`, "(", "?", "-- ?!"} {
		t.Run(q, func(t *testing.T) {
			_, errs, code := kronik(t, "search", "--db", db, "--", q)
			if code != exitUsage || !strings.Contains(errs, "no words to search for") {
				t.Errorf("search %q: exit %d, stderr %q; want exit %d saying there are no words", q, code, errs, exitUsage)
			}
		})
	}
}
