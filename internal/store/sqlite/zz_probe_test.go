package sqlite

import (
	"context"
	"testing"
	"time"

	"kronik/internal/store"
)

func TestZZProbe(t *testing.T) {
	db := openLarge(t)
	ctx := context.Background()
	qs := []string{"kerja sama", "perdagangan", "maritime security", "menandatangani nota kesepahaman", "Kazakhstan",
		"joint statement", "pernyataan bersama", "bilateral trade", "nilai perdagangan", "Prime Minister",
		"Perdana Menteri", "presiden", "energy", "energi", "pendidikan",
		"education", "pertanian", "agriculture", "kesehatan", "health",
		"infrastruktur", "infrastructure", "ekonomi digital", "digital economy", "pariwisata",
		"tourism", "pertahanan", "defence", "ASEAN summit", "KTT G20",
		"BRICS", "APEC", "SCO", "Jakarta", "Tokyo",
		"Canberra", "Moskow", "Kairo", "Brasilia", "Jerman Prancis",
		"South Africa", "Korea Selatan", "Tiongkok", "Uzbekistan Samarkand", "Rio de Janeiro",
		"researcher university", "peneliti universitas", "memperdalam kemitraan", "deepen partnership", "scheduled visit"}
	for pass := 0; pass < 2; pass++ {
		for _, q := range qs {
			terms := store.Terms("", q)
			where, args, _, _ := db.searchFilters(ctx, store.SearchQuery{Text: q})
			c0 := cpuTime()
			t0 := time.Now()
			r, ok, err := db.rankSearch(ctx, terms, where, args, 20)
			c1 := cpuTime()
			if _, err := db.Search(ctx, store.SearchQuery{Text: q}); err != nil {
				t.Fatal(err)
			}
			c2 := cpuTime()
			if pass == 1 {
				t.Logf("%-35q rank %6.2f ms cpu (%6.2f wall), whole search %6.2f ms cpu, ok %v exact %v hits %d err %v", q,
					float64(c1-c0)/1e6, float64(time.Since(t0))/1e6, float64(c2-c1)/1e6, ok, r.exact, len(r.hits), err)
			}
		}
	}
}
