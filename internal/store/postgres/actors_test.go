package postgres

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"kronik/internal/cluster/clustertest"
	"kronik/internal/record"
)

// TestAppendedSummary: a cluster whose reports came one by one (its
// actors appended, its summary updated from its state) is the cluster that
// summarising all its mentions again gives (refreshClusters, as a merge or
// a removal does), actors in the same order.
func TestAppendedSummary(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	defer s.Close()
	day := "2025-06-16"
	for r, actors := range [][]string{
		{"country:IDN", "country:MYS"},
		{"country:MYS", "country:IDN", "org:asean"},
		{"country:IDN", "org:bank-dunia", "country:MYS", "org:asean"},
		{"org:imf", "country:MYS", "country:IDN"},
	} {
		name := fmt.Sprintf("r%d.txt", r)
		src, rec := doc(name, clustertest.Story(name, 6))
		place := "Jakarta"
		rec.Events = []record.Event{{Type: "CONSULT", Mode: "meet", Date: &day, Place: &place, Modality: "occurred",
			DateSource: "text", Actors: actors}}
		if _, err := s.Put(ctx, src, rec); err != nil {
			t.Fatal(err)
		}
	}
	read := func() (string, string) {
		var id, row string
		if err := s.pool.QueryRow(ctx, `SELECT c.id, (to_jsonb(c) - 'id')::text FROM clusters c`).Scan(&id, &row); err != nil {
			t.Fatal(err)
		}
		return id, row
	}
	id, appended := read()
	var n int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM clusters`).Scan(&n); err != nil || n != 1 {
		t.Fatalf("%d clusters (%v), want the four reports in one", n, err)
	}
	if !strings.Contains(appended, `"org:imf"`) {
		t.Fatalf("cluster %s lacks the last report's actor", appended)
	}
	if err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error { return refreshClusters(ctx, tx, []string{id}, false) }); err != nil {
		t.Fatal(err)
	}
	if _, whole := read(); whole != appended {
		t.Errorf("cluster from its appended reports:\n%s\nsummarised again:\n%s", appended, whole)
	}
}
