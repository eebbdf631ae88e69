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

// TestDossierKeepsChangesApart: a rise of a figure ("naik 5,4 miliar") and
// a level of the same value are two figures in a dossier, the rise marked as
// a change (articles written for this test).
func TestDossierKeepsChangesApart(t *testing.T) {
	dir := t.TempDir()
	in := write(t, map[string][]byte{
		"level.txt": []byte("Jakarta (Kronik) - Menteri Perdagangan Indonesia bertemu Menteri Perdagangan Malaysia di Jakarta pada Senin (2/6/2025). " +
			"Nilai perdagangan bilateral Indonesia dan Malaysia pada 2024 mencapai 5,4 miliar dolar AS.\n"),
		"rise.txt": []byte("Kuala Lumpur (Kronik) - Menteri Perdagangan Malaysia bertemu Menteri Perdagangan Indonesia di Kuala Lumpur pada Selasa (3/6/2025). " +
			"Nilai perdagangan bilateral Malaysia dan Indonesia pada 2024 naik 5,4 miliar dolar AS dari tahun sebelumnya.\n"),
	})
	db := filepath.Join(dir, "kb.db")
	mustKronik(t, "ingest", "--db", db, in)
	d := decode[struct {
		Figures []struct {
			Change  bool `json:"change"`
			Reports []struct {
				Change bool `json:"change"`
				Source struct{ Name string }
			} `json:"reports"`
		} `json:"figures"`
	}](t, mustKronik(t, "dossier", "--db", db, "--json", "Indonesia", "Malaysia"))
	if len(d.Figures) != 2 {
		t.Fatalf("%d figure groups, want 2 (the level and the rise apart): %+v", len(d.Figures), d.Figures)
	}
	for _, g := range d.Figures {
		if len(g.Reports) != 1 {
			t.Fatalf("group %+v: want one report", g)
		}
		rise := strings.HasPrefix(g.Reports[0].Source.Name, "rise")
		if g.Change != rise || g.Reports[0].Change != rise {
			t.Errorf("figure of %s: change %v, want %v", g.Reports[0].Source.Name, g.Change, rise)
		}
	}
}
