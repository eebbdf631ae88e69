package cluster

import (
	"math/rand"
	"slices"
	"sort"
	"strings"
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
	sidesPool := []string{"country:IDN", "country:VNM", "country:CHN", "org:asean", "org:g20"}
	gen := func() (record.Event, []string) {
		typ := pick("CONSULT", "AGREE")
		mode := "sign"
		if typ == "CONSULT" {
			mode = pick("meet", "visit", "multilateral", "phone")
		}
		ev := record.Event{Type: typ, Mode: mode, Modality: pick("occurred", "planned"),
			Date: opt("2025-06-16", "2025-06-17", "2025-06-18", "2025-06"), DateSource: pick("text", "context", "doc", "published"),
			Place: opt("", "Astana", "astana", "Jakarta", "Kazakhstan"),
			Name: opt("", "KTT ASEAN ke-47", "Konferensi Tingkat Tinggi ASEAN", "ASEAN Summit", "KTT G20", "summit", "KTT",
				"47th ASEAN Summit", "KTT China-Asia Tengah kedua", "second Central Asia-China Summit", "a meeting", "pertemuan"),
			Document: opt("", "nota kesepahaman", "six memorandums of understanding", "Deklarasi Astana",
				"Astana Declaration", "Joint Statement on Maritime Cooperation", "Pernyataan Bersama tentang Kerja Sama Maritim",
				"pernyataan bersama", "Perjanjian Perdagangan Bebas", "Free Trade Agreement", "tiga nota kesepahaman",
				"MoU on energy", "Perjanjian tentang Tetangga Baik", "Treaty on Eternal Good-Neighbourliness",
				"three agreements", "an extradition agreement", "")}
		var sides []string
		for _, s := range sidesPool {
			if r.Intn(2) == 0 {
				sides = append(sides, s)
			}
		}
		ev.Actors = append(ev.Actors, sides...)
		if r.Intn(3) == 0 {
			ev.Actors = append(ev.Actors, pick("person:a", "person:b", "person:a-long"))
		}
		sort.Strings(sides)
		return ev, sides
	}
	matches, crossMode := 0, 0
	for i := 0; i < 20000; i++ {
		a, as := gen()
		b, bs := gen()
		if i%4 == 0 {
			// talks and an unnamed meeting of states (talksInGathering)
			a.Type, a.Mode, b.Type, b.Mode, b.Place, b.Name = "CONSULT", "meet", "CONSULT", "multilateral", nil, opt("", "a meeting")
			for _, x := range []*[]string{&as, &bs} {
				*x = slices.DeleteFunc(*x, func(s string) bool { return strings.HasPrefix(s, "org:") })
			}
		}
		if !Same(&a, setOf(as), &b, setOf(bs)) {
			continue
		}
		matches++
		if a.Mode != b.Mode {
			crossMode++
		}
		if !keysMeet(&a, as, &b, bs) {
			t.Fatalf("Same matches but no key is shared:\n new    %+v %v\n stored %+v %v", a, as, b, bs)
		}
		if !WindowOf(Bounds(deref(a.Date), deref(a.DateEnd))).Contains(Bounds(deref(b.Date), deref(b.DateEnd))) {
			t.Fatalf("Same matches but the stored event is outside the new one's window:\n new    %+v\n stored %+v", a, b)
		}
	}
	if matches < 100 || crossMode < 5 {
		t.Fatalf("only %d matching pairs drawn, %d of talks and a gathering: the test does not exercise the keys", matches, crossMode)
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

// FuzzSameKeys: for any names, documents and dates, Same is symmetric and
// two events it matches share a blocking key (stored with looked up) and
// lie in each other's window, so that a store's lookup never hides a match.
func FuzzSameKeys(f *testing.F) {
	f.Add("multilateral", "KTT ke-43 ASEAN", "43rd ASEAN Summit", "", "", "2023-09-05", "2023-09-06", "Jakarta", "")
	f.Add("sign", "", "", "Perjanjian tentang Tetangga Baik", "Treaty on Eternal Good-Neighbourliness", "2025-06", "2025-06-17", "", "")
	f.Add("sign", "", "", "tiga nota kesepahaman", "an MoU on energy", "2022-01-25", "2022-01-25", "", "")
	f.Add("meet", "", "a meeting", "", "", "2023-03-10", "2023-03-10", "", "")
	f.Add("multilateral", "KTT", "summit", "", "", "2025-06", "2025-06-17", "Kazakhstan", "")
	f.Add("multilateral", "KTT Forum Kerja Sama", "the summit", "", "", "2024-09-04", "2024-09-04", "Tiongkok", "Beijing")
	f.Add("sign", "", "", "lima nota kesepahaman", "a joint statement", "2026-03-02", "2026-03-02", "Singapura", "")
	f.Fuzz(func(t *testing.T, mode, nameA, nameB, docA, docB, dateA, dateB, placeA, placeB string) {
		opt := func(s string) *string {
			if s == "" {
				return nil
			}
			return &s
		}
		typ := "CONSULT"
		modeB := mode
		if mode == "sign" {
			typ = "AGREE"
		} else if mode == "meet" {
			modeB = "multilateral" // talks and a meeting (talksInGathering)
		}
		as := []string{"country:IDN", "country:SGP"}
		bs := []string{"country:IDN", "country:SGP", "org:asean"}
		a := record.Event{Type: typ, Mode: mode, Date: opt(dateA), Name: opt(nameA), Document: opt(docA), Place: opt(placeA),
			DateSource: "doc", Modality: "occurred", Actors: append([]string{"person:a"}, as...)}
		b := record.Event{Type: typ, Mode: modeB, Date: opt(dateB), Name: opt(nameB), Document: opt(docB), Place: opt(placeB),
			DateSource: "text", Modality: "occurred", Actors: append([]string{"person:a-b"}, bs...)}
		ab, ba := Same(&a, setOf(as), &b, setOf(bs)), Same(&b, setOf(bs), &a, setOf(as))
		if ab != ba {
			t.Fatalf("Same is not symmetric: %v and %v\n%+v\n%+v", ab, ba, a, b)
		}
		if !ab {
			return
		}
		if !keysMeet(&a, as, &b, bs) || !keysMeet(&b, bs, &a, as) {
			t.Fatalf("Same matches but no key is shared:\n%+v\n%+v", a, b)
		}
		if !WindowOf(Bounds(deref(a.Date), deref(a.DateEnd))).Contains(Bounds(deref(b.Date), deref(b.DateEnd))) {
			t.Fatalf("Same matches outside the window:\n%+v\n%+v", a, b)
		}
	})
}
