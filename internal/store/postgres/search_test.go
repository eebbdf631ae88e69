package postgres

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"kronik/internal/store"
)

// TestSearchPlansAgree: a search reads its matches along the primary key or
// by the GIN index as the estimates say (search.go), and either way finds
// the same documents with the same scores. Before the table is analysed
// PostgreSQL knows no row count and the key is walked; after, with few
// documents, the index is read.
func TestSearchPlansAgree(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	defer s.Close()
	for i := range 30 {
		body := fmt.Sprintf("Menteri kedua negara bertemu untuk pertemuan ke-%d tentang pendidikan.", i)
		if i%3 == 0 {
			body += " Nilai perdagangan bilateral naik tahun ini."
		}
		src, rec := doc(fmt.Sprintf("d%02d.txt", i), body)
		if _, err := s.Put(ctx, src, rec); err != nil {
			t.Fatal(err)
		}
	}
	q := store.SearchQuery{Text: "perdagangan", Lang: "id"}
	where := `v.current AND v.search @@ to_tsquery('simple', $1) AND v.lang = $2`
	args := []any{tsQuery(store.Terms(q.Lang, q.Text)), q.Lang}
	var hits [2][]store.Hit
	for i, analyse := range []bool{false, true} {
		if analyse {
			if _, err := s.pool.Exec(ctx, `ANALYZE versions`); err != nil {
				t.Fatal(err)
			}
		}
		byIndex, err := s.matchesByIndex(ctx, where, args)
		if err != nil {
			t.Fatal(err)
		}
		if byIndex != analyse {
			t.Errorf("analysed %v: read by the index %v, want %v", analyse, byIndex, analyse)
		}
		if hits[i], err = s.Search(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if len(hits[0]) != 10 {
		t.Fatalf("%d hits, want the 10 documents reporting trade", len(hits[0]))
	}
	if !reflect.DeepEqual(hits[0], hits[1]) {
		t.Errorf("the two plans disagree:\nkey walk %+v\nindex %+v", hits[0], hits[1])
	}
}
