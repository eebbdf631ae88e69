package sqlite

import (
	"context"
	"fmt"
	"testing"

	"kronik/internal/cluster"
	"kronik/internal/record"
	"kronik/internal/store"
)

// TestSummitPlaceKeyOnce: the reports of one summit at one place with the
// same dates share one place-key row, and when the report holding it is
// withdrawn (its document re-extracted without it) another report's row
// takes its place, so later reports still find the summit.
func TestSummitPlaceKeyOnce(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	defer db.Close()
	s := func(v string) *string { return &v }
	summit := func(name, date string) record.Record {
		return record.Record{Source: name, Hash: name, Lang: "id",
			Text: "Para pemimpin kawasan berkumpul di Jakarta untuk KTT. Laporan " + name + ".",
			Events: []record.Event{{Type: "CONSULT", Mode: "multilateral", Date: s(date), Place: s("Jakarta"),
				Modality: "occurred", DateSource: "text", Actors: []string{}}}}
	}
	pk, _ := cluster.PlaceKey(&record.Event{Type: "CONSULT", Mode: "multilateral", Place: s("Jakarta")})
	rows := func() int {
		var n int
		if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM event_keys WHERE key = ?`, pk).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	for i, d := range []string{"2024-03", "2024-03", "2024-03", "2024-03-10"} {
		r := summit(fmt.Sprintf("r%d.txt", i), d)
		if _, err := db.Put(ctx, store.Source{Name: r.Source}, r); err != nil {
			t.Fatal(err)
		}
	}
	if n := rows(); n != 2 {
		t.Fatalf("%d place-key rows, want 2 (one for the month, one for the day)", n)
	}
	empty := summit("r0.txt", "2024-03")
	empty.Events = nil
	if err := db.Replace(ctx, "r0.txt", empty); err != nil {
		t.Fatal(err)
	}
	if n := rows(); n != 2 {
		t.Fatalf("%d place-key rows after the holder left, want 2", n)
	}
	late := summit("late.txt", "2024-03")
	if _, err := db.Put(ctx, store.Source{Name: late.Source}, late); err != nil {
		t.Fatal(err)
	}
	cs, err := db.Events(ctx, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || len(cs[0].Mentions) != 4 {
		t.Fatalf("clusters = %+v, want one summit with 4 mentions", cs)
	}
}
