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

// TestKeysStep: migration 007's Go step (with 009's filling of the
// clusters) files the events stored before it under the blocking keys the
// writer gives them: a store migrated finds the same candidates as one
// written after the migration.
func TestKeysStep(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	defer s.Close()
	sp := func(v string) *string { return &v }
	events := []record.Event{
		{Type: "CONSULT", Mode: "meet", Date: sp("2025-06-16"), Place: sp("Jakarta"), Actors: []string{"country:IDN", "country:MYS"}},
		{Type: "CONSULT", Mode: "meet", Date: sp("2025-06"), Actors: []string{"country:IDN", "person:anwar-ibrahim"}},
		{Type: "CONSULT", Mode: "multilateral", Date: sp("2025-05-26"), DateEnd: sp("2025-05-27"), Place: sp("Kuala Lumpur"),
			Name: sp("KTT ASEAN ke-46"), Actors: []string{"country:IDN", "country:MYS", "country:THA"}},
		{Type: "AGREE", Mode: "sign", Date: sp("2025"), Document: sp("Nota Kesepahaman Energi"),
			Actors: []string{"country:IDN", "country:SGP"}},
		{Type: "VISIT", Mode: "visit", Date: sp("2025-07-01"), Place: sp("Tokyo"), Actors: []string{"person:prabowo", "country:JPN"}},
		{Type: "CONSULT", Mode: "meet", Actors: []string{"country:IDN", "country:VNM"}}, // undated: no keys
	}
	for i := range events {
		events[i].Modality, events[i].DateSource = "occurred", "text"
	}
	for r := 0; r < 3; r++ {
		name := fmt.Sprintf("r%d.txt", r)
		src, rec := doc(name, clustertest.Story(name, 6))
		rec.Entities = []record.Entity{{ID: "person:anwar-ibrahim", Type: "PERSON", Name: "Anwar Ibrahim", Country: "country:MYS"},
			{ID: "person:prabowo", Type: "PERSON", Name: "Prabowo", Country: "country:IDN"}}
		rec.Events = events[r : r+4]
		if _, err := s.Put(ctx, src, rec); err != nil {
			t.Fatal(err)
		}
	}
	const rowsQ = `SELECT concat_ws('|', key, span, lo, hi, event_id, cluster_id) FROM event_keys ORDER BY 1`
	read := func() []string {
		rows, err := s.pool.Query(ctx, rowsQ)
		if err != nil {
			t.Fatal(err)
		}
		out, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	want := read()
	if len(want) == 0 {
		t.Fatal("the writer filed no keys")
	}
	// The store as migration 006 left it: no keys.
	if _, err := s.pool.Exec(ctx, `DELETE FROM event_keys`); err != nil {
		t.Fatal(err)
	}
	if err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if err := keysStep(ctx, tx); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `UPDATE event_keys k SET cluster_id = e.cluster_id FROM events e WHERE e.id = k.event_id`)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if got := read(); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("keys after the step:\n%s\nthe writer's:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
