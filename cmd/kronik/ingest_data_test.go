//go:build data

package main

import (
	"path/filepath"
	"strings"
	"testing"

	"kronik/internal/store"
)

// TestDossierSeeds ingests the development corpus (../shared/corpus/seeds,
// read at run time, never copied) and checks the dossier the issue asks for.
func TestDossierSeeds(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	mustKronik(t, "ingest", "--db", db, filepath.Join("..", "..", "..", "shared", "corpus", "seeds"))
	d := decode[store.Dossier](t, mustKronik(t, "dossier", "--db", db, "--json", "China", "Kazakhstan"))
	find := func(pred func(c store.Cluster) bool) *store.Cluster {
		for i := range d.Events {
			if pred(d.Events[i]) {
				return &d.Events[i]
			}
		}
		return nil
	}
	if c := find(func(c store.Cluster) bool {
		return c.Type == "CONSULT" && c.Mode == "visit" && strings.HasPrefix(c.Date, "2024-07")
	}); c == nil {
		t.Error("no state visit of July 2024")
	}
	if c := find(func(c store.Cluster) bool {
		return c.Type == "AGREE" && strings.HasPrefix(c.Date, "2024-07") && strings.Contains(strings.ToLower(c.Document), "pernyataan bersama")
	}); c == nil {
		t.Error("no joint statement of July 2024")
	}
	if c := find(func(c store.Cluster) bool {
		return c.Type == "CONSULT" && c.Mode == "meet" && c.Date == "2025-06-16"
	}); c == nil || c.Sources < 2 {
		t.Errorf("talks of 16 June 2025: %+v", c)
	}
	if c := find(func(c store.Cluster) bool {
		return c.Type == "AGREE" && c.Date == "2025-06-16"
	}); c == nil {
		t.Error("no agreements signed on 16 June 2025")
	}
	summits := 0
	for _, c := range d.Events {
		if c.Mode == "multilateral" && c.Place == "Astana" && strings.HasPrefix(c.Date, "2025-06") {
			summits++
			if c.Sources < 3 {
				t.Errorf("Astana summit has %d sources, want at least 3", c.Sources)
			}
		}
	}
	if summits != 1 {
		t.Errorf("Astana summit is %d events, want 1", summits)
	}
	trade := false
	for _, g := range d.Figures {
		if g.Period == "2024" && g.Unit == "USD" && g.Consistent && g.Sources >= 2 {
			trade = true
		}
	}
	if !trade {
		t.Errorf("no consistent 2024 trade figure from two outlets: %+v", d.Figures)
	}
	status := false
	for _, p := range d.Statuses {
		status = status || strings.HasPrefix(p.Phrase, "Kemitraan Strategis Komprehensif")
	}
	if !status {
		t.Errorf("no partnership status: %+v", d.Statuses)
	}
}
