package sqlite

import (
	"context"
	"fmt"
	"math/rand"
	"sort"
	"testing"

	"kronik/internal/cluster"
	"kronik/internal/record"
	"kronik/internal/store"
)

func keysMeet(a *record.Event, as []string, b *record.Event, bs []string) bool {
	_, lookup := eventKeys(a, as)
	stored, _ := eventKeys(b, bs)
	set := map[int64]bool{}
	for _, k := range stored {
		set[k] = true
	}
	for _, k := range lookup {
		if set[k] {
			return true
		}
	}
	return false
}

func setOf(ss []string) map[string]bool {
	m := map[string]bool{}
	for _, s := range ss {
		m[s] = true
	}
	return m
}

// TestEventKeysCoverSame: whenever cluster.Same says a new event and a
// stored one are the same real-world event, the new event's lookup keys meet
// the stored event's keys, so blocking never hides a match. Events are drawn
// at random from a small vocabulary so that many pairs match.
func TestEventKeysCoverSame(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	pick := func(xs ...string) string { return xs[r.Intn(len(xs))] }
	opt := func(xs ...string) *string {
		if s := pick(xs...); s != "" {
			return &s
		}
		return nil
	}
	sidesPool := []string{"country:IDN", "country:VNM", "country:CHN", "org:asean"}
	gen := func() (record.Event, []string) {
		typ := pick("CONSULT", "AGREE")
		mode := "sign"
		if typ == "CONSULT" {
			mode = pick("meet", "visit", "multilateral", "phone")
		}
		ev := record.Event{Type: typ, Mode: mode, Modality: pick("occurred", "planned"),
			Date: opt("2025-06-16", "2025-06-17", "2025-06"), DateSource: pick("text", "context", "published"),
			Place: opt("", "Astana", "astana", "Jakarta"),
			Name:  opt("", "KTT ASEAN ke-47", "Konferensi Tingkat Tinggi ASEAN", "ASEAN Summit", "KTT G20"),
			Document: opt("", "nota kesepahaman", "six memorandums of understanding", "Deklarasi Astana",
				"Astana Declaration", "Joint Statement on Maritime Cooperation", "Pernyataan Bersama tentang Kerja Sama Maritim",
				"pernyataan bersama", "Perjanjian Perdagangan Bebas", "Free Trade Agreement")}
		var sides []string
		for _, s := range sidesPool {
			if r.Intn(2) == 0 {
				sides = append(sides, s)
			}
		}
		ev.Actors = append(ev.Actors, sides...)
		if r.Intn(3) == 0 {
			ev.Actors = append(ev.Actors, pick("person:a", "person:b"))
		}
		sort.Strings(sides)
		return ev, sides
	}
	matches := 0
	for i := 0; i < 20000; i++ {
		a, as := gen()
		b, bs := gen()
		if !cluster.Same(&a, setOf(as), &b, setOf(bs)) {
			continue
		}
		matches++
		if !keysMeet(&a, as, &b, bs) {
			t.Fatalf("Same matches but no key is shared:\n new    %+v %v\n stored %+v %v", a, as, b, bs)
		}
	}
	if matches < 100 {
		t.Fatalf("only %d matching pairs drawn: the test does not exercise the keys", matches)
	}
}

// TestEventKeysSeparate: events that cannot be one event do not share keys,
// so the lookup stays small.
func TestEventKeysSeparate(t *testing.T) {
	s := func(v string) *string { return &v }
	talks := record.Event{Type: "CONSULT", Mode: "meet", Date: s("2025-06-16")}
	summitA := record.Event{Type: "CONSULT", Mode: "multilateral", Place: s("Astana"), Name: s("KTT China-Asia Tengah")}
	summitB := record.Event{Type: "CONSULT", Mode: "multilateral", Place: s("Tianjin"), Name: s("KTT SCO")}
	visit := record.Event{Type: "CONSULT", Mode: "visit", Date: s("2025-06-16")}
	leaders := record.Event{Type: "CONSULT", Mode: "meet", Date: s("2025-06-16"), Actors: []string{"person:xi", "person:tokayev"}}
	ministers := record.Event{Type: "CONSULT", Mode: "meet", Date: s("2025-06-16"), Actors: []string{"person:wang", "person:nurtleu"}}
	tests := []struct {
		name string
		a    *record.Event
		as   []string
		b    *record.Event
		bs   []string
	}{
		{"talks of other pairs", &talks, []string{"country:CHN", "country:KAZ"}, &talks, []string{"country:CHN", "country:UZB"}},
		{"summits in other places", &summitA, nil, &summitB, nil},
		{"a visit and talks of one pair", &visit, []string{"country:CHN", "country:KAZ"}, &talks, []string{"country:CHN", "country:KAZ"}},
		{"talks of one pair by other people", &leaders, []string{"country:CHN", "country:KAZ"}, &ministers, []string{"country:CHN", "country:KAZ"}},
	}
	for _, tt := range tests {
		if keysMeet(tt.a, tt.as, tt.b, tt.bs) {
			t.Errorf("%s: keys shared", tt.name)
		}
	}
}

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
	pk, _ := placeKey(&record.Event{Type: "CONSULT", Mode: "multilateral", Place: s("Jakarta")})
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
