package bench

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"kronik/internal/store"
)

// searchQueries are the benchmark's searches, asked in turn at each size:
// the words of diplomatic news in both languages, common (in nearly every
// generated article) and rare (one state, city or organisation), alone and in
// phrases, so that the ranking is judged on both kinds.
var searchQueries = []string{
	"kerja sama", "perdagangan", "maritime security", "menandatangani nota kesepahaman", "Kazakhstan",
	"joint statement", "pernyataan bersama", "bilateral trade", "nilai perdagangan", "Prime Minister",
	"Perdana Menteri", "presiden", "energy", "energi", "pendidikan",
	"education", "pertanian", "agriculture", "kesehatan", "health",
	"infrastruktur", "infrastructure", "ekonomi digital", "digital economy", "pariwisata",
	"tourism", "pertahanan", "defence", "ASEAN summit", "KTT G20",
	"BRICS", "APEC", "SCO", "Jakarta", "Tokyo",
	"Canberra", "Moskow", "Kairo", "Brasilia", "Jerman Prancis",
	"South Africa", "Korea Selatan", "Tiongkok", "Uzbekistan Samarkand", "Rio de Janeiro",
	"researcher university", "peneliti universitas", "memperdalam kemitraan", "deepen partnership", "scheduled visit",
}

// agreementTop is how many of the best hits the agreement compares.
const agreementTop = 10

// SearchAgreement compares the ranking users get (bounded candidates: in
// SQLite the statistics' best, in PostgreSQL the newest
// store.SearchCandidates matches) with exhaustive bm25 ranking of every match
// (store.SearchQuery.All), over every benchmark query.
type SearchAgreement struct {
	Queries int `json:"queries"`
	Top     int `json:"top"`
	// Mean is the average share of the top places that agree: a hit agrees
	// when exhaustive ranking would also put it among the top (its score is
	// at least the exhaustive ranking's last place in the top, so a tie at
	// that score agrees). 1 is full agreement.
	Mean float64 `json:"mean"`
	// Min is the worst query's share, and MinQuery that query.
	Min      float64 `json:"min"`
	MinQuery string  `json:"min_query"`
	// Exhaustive is the latency of the exhaustive searches.
	Exhaustive Latency `json:"exhaustive"`
}

// timeSearch runs every query once (SearchFirst, with what each read from
// storage), times runs searches cycling through searchQueries, then
// compares every query's top hits with exhaustive ranking.
func timeSearch(ctx context.Context, db store.Reader, runs int, sz *Size) error {
	i, hits := 0, 0
	var kb []float64
	var err error
	sz.SearchFirst, _, err = timeRuns("each query once, first", len(searchQueries), func() (int, error) {
		r := storageRead()
		h, err := db.Search(ctx, store.SearchQuery{Text: searchQueries[i]})
		if after := storageRead(); r >= 0 && after >= 0 {
			kb = append(kb, float64(after-r)/1024)
		}
		i++
		hits += len(h)
		return hits / i, err
	})
	if err != nil {
		return err
	}
	sz.SearchFirstRead = readsOf(kb)
	i, hits = 0, 0
	sz.Search, sz.SearchCPU, err = timeRuns(strings.Join(searchQueries, " | "), runs, func() (int, error) {
		h, err := db.Search(ctx, store.SearchQuery{Text: searchQueries[i%len(searchQueries)]})
		i++
		hits += len(h)
		return hits / i, err
	})
	if err != nil {
		return err
	}
	sz.SearchCPU.Query = "the same searches, CPU time of the querying thread"
	ag := SearchAgreement{Queries: len(searchQueries), Top: agreementTop, Min: 1}
	var ms []float64
	n := 0
	for _, q := range searchQueries {
		got, err := db.Search(ctx, store.SearchQuery{Text: q, Limit: agreementTop})
		if err != nil {
			return err
		}
		t := time.Now()
		all, err := db.Search(ctx, store.SearchQuery{Text: q, Limit: agreementTop, All: true})
		if err != nil {
			return fmt.Errorf("exhaustive search %q: %w", q, err)
		}
		ms = append(ms, since(t))
		n += len(all)
		share := agreement(got, all)
		ag.Mean += share / float64(len(searchQueries))
		if share < ag.Min {
			ag.Min, ag.MinQuery = share, q
		}
	}
	ag.Exhaustive = latency("each query once, All", ms, n/len(searchQueries))
	sz.SearchAgreement = ag
	return nil
}

// readsOf summarises the storage reads of a query's runs, in KB.
func readsOf(kb []float64) Reads {
	if len(kb) == 0 {
		return Reads{}
	}
	s := append([]float64(nil), kb...)
	sort.Float64s(s)
	r := Reads{Runs: len(s), P50KB: s[len(s)/2], P99KB: s[int(0.99*float64(len(s)-1))], MaxKB: s[len(s)-1]}
	for _, v := range s {
		r.TotalMB += v / 1024
	}
	return r
}

// agreement is the share of the exhaustive top places that got fills with a
// hit exhaustive ranking also places there: one whose score is at least the
// score of exhaustive's last place (ties at that score are equally right).
// Both lists come from the same bm25, so equal documents score equally.
func agreement(got, all []store.Hit) float64 {
	places := min(len(all), agreementTop)
	if places == 0 {
		if len(got) == 0 {
			return 1
		}
		return 0
	}
	last := all[places-1].Score
	agree := 0
	for _, h := range got[:min(len(got), places)] {
		if h.Score >= last-1e-9*max(1, math.Abs(last)) {
			agree++
		}
	}
	return float64(agree) / float64(places)
}
