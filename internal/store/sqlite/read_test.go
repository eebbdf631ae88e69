package sqlite

import (
	"context"
	"fmt"
	"math/rand"
	"slices"
	"testing"

	"kronik/internal/record"
	"kronik/internal/store"
	"kronik/internal/store/storetest"
)

// TestBounded runs the conformance checks of the bounded queries (limits,
// mention caps, counts kept by triggers) on SQLite.
func TestBounded(t *testing.T) {
	s := open(t)
	defer s.Close()
	storetest.Bounded(t, s)
}

// TestRecentIDs: the newest current versions naming every one of a set of
// entities are those a plain query over all of them finds, for rare and
// common entities together (the other's documents read by range or by
// look-up), across several chunks, with older versions of a document left
// out and ids given twice.
func TestRecentIDs(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	defer db.Close()
	r := rand.New(rand.NewSource(7))
	ents := []record.Entity{
		{ID: "country:IDN", Type: "COUNTRY", Name: "Indonesia"}, // in most documents
		{ID: "country:PER", Type: "COUNTRY", Name: "Peru"},      // in half
		{ID: "country:ISL", Type: "COUNTRY", Name: "Islandia"},  // in a few
		{ID: "person:ana-rosa", Type: "PERSON", Name: "Ana Rosa"},
	}
	share := []float64{0.9, 0.5, 0.08, 0.2}
	for i := 0; i < 240; i++ {
		var named []record.Entity
		for j, e := range ents {
			if r.Float64() < share[j] {
				named = append(named, e)
			}
		}
		// Every fifth document is a later version of an earlier one, which
		// stops being current.
		key := fmt.Sprintf("https://example.org/%d", i)
		if i%5 == 4 {
			key = fmt.Sprintf("https://example.org/%d", i-3)
		}
		body := fmt.Sprintf("Laporan nomor %d tentang hubungan dagang dan perikanan.", i)
		rec := record.Record{Source: key, Hash: fmt.Sprintf("h%03d", i), Lang: "id", Text: body, Entities: named}
		if _, err := db.Put(ctx, store.Source{Key: key, Name: key}, rec); err != nil {
			t.Fatal(err)
		}
	}
	want := func(ids []string, n int) []int64 {
		sub, args := docsWith(ids)
		rows, err := db.db.QueryContext(ctx, sub+` ORDER BY id DESC LIMIT ?`, append(args, n)...)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []int64
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				t.Fatal(err)
			}
			out = append(out, id)
		}
		return out
	}
	for _, tc := range []struct {
		ids []string
		n   int
	}{
		{nil, 7},
		{[]string{"country:IDN"}, 5},
		{[]string{"country:IDN"}, 1000},
		{[]string{"country:IDN", "country:PER"}, 3},
		{[]string{"country:IDN", "country:PER"}, 40},
		{[]string{"country:PER", "country:ISL"}, 4},
		{[]string{"country:ISL", "country:IDN", "country:PER"}, 100},
		{[]string{"person:ana-rosa", "country:IDN", "country:PER"}, 6},
		{[]string{"country:PER", "country:PER"}, 5},
		{[]string{"country:PER", "country:XXX"}, 5},
	} {
		got, err := db.recentIDs(ctx, tc.ids, tc.n)
		if err != nil {
			t.Fatal(err)
		}
		if w := want(tc.ids, tc.n); !slices.Equal(got, w) {
			t.Errorf("recentIDs(%v, %d) = %v, want %v", tc.ids, tc.n, got, w)
		}
	}
}
