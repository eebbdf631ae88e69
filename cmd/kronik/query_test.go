package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"kronik/internal/store"
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

// TestMissingKnowledgeBase: the commands that read a knowledge base say that
// a mistyped one does not exist instead of creating it empty.
func TestMissingKnowledgeBase(t *testing.T) {
	typo := filepath.Join(t.TempDir(), "typo.db")
	for _, args := range [][]string{
		{"serve", "--addr", "127.0.0.1:0"},
		{"search", "perdagangan"},
		{"entity", "Malaysia"},
		{"events"},
		{"dossier", "Indonesia"},
		{"export", "--format", "jsonl"},
		{"reprocess"},
	} {
		t.Run(args[0], func(t *testing.T) {
			_, errs, code := kronik(t, append(args, "--db", typo)...)
			if code != exitFail || !strings.Contains(errs, "does not exist") {
				t.Errorf("kronik %v on a missing file: exit %d, stderr %q; want %d saying it does not exist", args, code, errs, exitFail)
			}
			if _, err := os.Stat(typo); err == nil {
				t.Fatalf("kronik %v created %s", args, typo)
			}
		})
	}
}

// TestHumanValue: figures read as numbers, never in exponent notation.
func TestHumanValue(t *testing.T) {
	tests := []struct {
		v    float64
		unit string
		want string
	}{
		{2.43e10, "USD", "24.3 bn USD"},
		{24.3e9, "USD", "24.3 bn USD"},
		{1.5e13, "IDR", "15 tn IDR"},
		{4.5e6, "USD", "4.5 m USD"},
		{16296, "IDR", "16296 IDR"},
		{4.5, "%", "4.5%"},
		{1.0 / 3, "%", "0.333%"},
		{-2e9, "USD", "-2 bn USD"},
	}
	for _, tt := range tests {
		if got := humanValue(tt.v, tt.unit); got != tt.want {
			t.Errorf("humanValue(%g, %q) = %q, want %q", tt.v, tt.unit, got, tt.want)
		}
	}
}

// TestTextOutputWithoutExponents: the readable outputs of search and extract
// print no number as 1.41e-06 or 2.43e+10.
func TestTextOutputWithoutExponents(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kb.db")
	samples := filepath.Join("..", "..", "samples", "news")
	mustKronik(t, "ingest", "--db", db, samples)
	exp := regexp.MustCompile(`\d[eE][+-]\d`)
	for _, args := range [][]string{
		{"search", "--db", db, "perdagangan"},
		{"extract", "--format", "text", samples},
	} {
		out := mustKronik(t, args...)
		if m := exp.FindString(out); m != "" {
			t.Errorf("kronik %v prints %q in exponent notation:\n%s", args, m, out)
		}
	}
}

// TestWriteClusterActorsLeftOut: an event whose list answer left actors out
// says how many after those it names; one listed whole does not.
func TestWriteClusterActorsLeftOut(t *testing.T) {
	c := store.Cluster{Type: "CONSULT", Mode: "multilateral", Date: "2025-10-20", Place: "Bali",
		Actors: []string{"country:IDN", "country:MYS"}, ActorNames: map[string]string{"country:IDN": "Indonesia"}}
	for _, tc := range []struct {
		count int
		want  string
	}{
		{2, "Indonesia, country:MYS\n"},
		{60, "Indonesia, country:MYS and 58 more\n"},
	} {
		c.ActorCount = tc.count
		var b strings.Builder
		writeCluster(&b, c, false)
		if first, _, _ := strings.Cut(b.String(), "\n"); !strings.HasSuffix(first+"\n", tc.want) {
			t.Errorf("%d actors: %q, want its first line to end %q", tc.count, b.String(), tc.want)
		}
	}
}
