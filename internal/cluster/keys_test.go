package cluster

import (
	"math/rand"
	"sort"
	"testing"

	"kronik/internal/record"
)

func keysMeet(a *record.Event, as []string, b *record.Event, bs []string) bool {
	_, lookup := Keys(a, as)
	stored, _ := Keys(b, bs)
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
		if !Same(&a, setOf(as), &b, setOf(bs)) {
			continue
		}
		matches++
		if !keysMeet(&a, as, &b, bs) {
			t.Fatalf("Same matches but no key is shared:\n new    %+v %v\n stored %+v %v", a, as, b, bs)
		}
		if !WindowOf(Bounds(deref(a.Date), deref(a.DateEnd))).Contains(Bounds(deref(b.Date), deref(b.DateEnd))) {
			t.Fatalf("Same matches but the stored event is outside the new one's window:\n new    %+v\n stored %+v", a, b)
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
