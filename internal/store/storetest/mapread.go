package storetest

import (
	"context"
	"reflect"
	"testing"

	"kronik/internal/store"
)

// placeDocs are boundedDocs (talks in eight cities, one of them reported
// four times) with a planned visit, an event without a place and one
// without a date, so that the counts have several places, two modalities,
// the empty place, and undated events among the latest.
func placeDocs() []Doc {
	docs := boundedDocs()
	for _, e := range []struct {
		name, published, partner, partnerName, mode, date, place, modality, sentence string
	}{
		{"rencana.txt", "2025-12-15", "country:JPN", "Jepang", "visit", "2025-12-20", "Tokyo", "planned",
			"Presiden Indonesia dijadwalkan berkunjung ke Jepang pada 20 Desember 2025."},
		{"telepon.txt", "2025-11-04", "country:THA", "Thailand", "meet", "2025-11-03", "", "occurred",
			"Menteri Luar Negeri Indonesia dan Menteri Luar Negeri Thailand berbicara melalui telepon pada 3 November 2025."},
		// Undated: the stores count it among the most recent.
		{"tanpa-tanggal.txt", "", "country:VNM", "Vietnam", "meet", "", "Hanoi", "occurred",
			"Indonesia dan Vietnam membahas batas zona ekonomi eksklusif di Hanoi."},
	} {
		d := newDoc(e.name, "", "id", e.published, "Warta", "Indonesia dan "+e.partnerName,
			e.sentence+" Pembicaraan teknis berlanjut.").
			entity("country:IDN", "COUNTRY", "Indonesia", "", "Indonesia").
			entity(e.partner, "COUNTRY", e.partnerName, "", e.partnerName).
			event("CONSULT", e.mode, e.date, e.place, "", e.sentence, "country:IDN", e.partner).
			doc()
		d.Rec.Events[0].Modality = e.modality
		docs = append(docs, d)
	}
	return docs
}

// EventPlaces: for every kind of filter the map asks (none, a party, a
// pair, a type, dates, a limit), the per-place and per-modality counts
// equal those computed from the clusters Events returns for that filter.
func EventPlaces(t *testing.T, s store.Store) {
	ctx := context.Background()
	for _, d := range placeDocs() {
		put(t, s, d)
	}
	idn, mys := []string{"country:IDN"}, []string{"country:MYS"}
	for _, tc := range []struct {
		name string
		f    store.EventFilter
	}{
		{"all", store.EventFilter{}},
		{"latest 3", store.EventFilter{Limit: 3}},
		{"latest 5000", store.EventFilter{Limit: 5000}},
		{"party latest 4", store.EventFilter{Actor: idn, Limit: 4}},
		{"pair", store.EventFilter{Actor: idn, With: mys}},
		{"pair latest 1", store.EventFilter{Actor: idn, With: mys, Limit: 1}},
		{"party one mention", store.EventFilter{Actor: mys, Limit: 5001, Mentions: 1}},
		{"type and dates", store.EventFilter{Type: "consult", From: "2025-06", To: "2025-11"}},
		{"type without events", store.EventFilter{Type: "AGREE"}},
		{"name matching nothing", store.EventFilter{Actor: []string{}}},
		{"party without events", store.EventFilter{Actor: []string{"country:ATA"}}},
	} {
		f := tc.f
		t.Run(tc.name, func(t *testing.T) {
			cs, err := s.Events(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			// The map's old computation: a count per place and modality
			// over the clusters themselves.
			byKey := map[store.PlaceCount]int{}
			for _, c := range cs {
				byKey[store.PlaceCount{Place: c.Place, Modality: c.Modality}]++
			}
			got, err := s.EventPlaces(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			gotKey := map[store.PlaceCount]int{}
			for i, pc := range got {
				if i > 0 && (got[i-1].Place > pc.Place || got[i-1].Place == pc.Place && got[i-1].Modality >= pc.Modality) {
					t.Errorf("counts not sorted by place and modality: %+v", got)
				}
				gotKey[store.PlaceCount{Place: pc.Place, Modality: pc.Modality}] += pc.Events
			}
			if !reflect.DeepEqual(gotKey, byKey) {
				t.Errorf("EventPlaces = %v, counted from Events %v", gotKey, byKey)
			}
		})
	}
	// The data holds what the comparisons need: several places, a planned
	// event and one without a place.
	all, err := s.EventPlaces(ctx, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[store.PlaceCount]bool{
		{Place: "Putrajaya", Modality: "occurred", Events: 1}: false,
		{Place: "Tokyo", Modality: "occurred", Events: 1}:     false,
		{Place: "Tokyo", Modality: "planned", Events: 1}:      false,
		{Place: "", Modality: "occurred", Events: 1}:          false,
		{Place: "Hanoi", Modality: "occurred", Events: 2}:     false,
	}
	for _, pc := range all {
		if _, ok := want[pc]; ok {
			want[pc] = true
		}
	}
	for pc, seen := range want {
		if !seen {
			t.Errorf("EventPlaces(all) lacks %+v: %+v", pc, all)
		}
	}
}

// BoundedUndated: with an undated event among dated ones, a limited events
// query is still the tail of the unlimited one, and the undated event,
// which sorts last, is the newest: both backends read undated and dated
// clusters apart under a limit, and must join them in this order.
func BoundedUndated(t *testing.T, s store.Store) {
	ctx := context.Background()
	for _, d := range placeDocs() {
		put(t, s, d)
	}
	idn, vnm := []string{"country:IDN"}, []string{"country:VNM"}
	for _, tc := range []struct {
		name string
		f    store.EventFilter
	}{
		{"all", store.EventFilter{}},
		{"party", store.EventFilter{Actor: idn}},
		{"pair", store.EventFilter{Actor: idn, With: vnm}},
		{"type", store.EventFilter{Type: "consult"}},
	} {
		newestTail(t, s, tc.name, tc.f)
	}
	cs, err := s.Events(ctx, store.EventFilter{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || cs[0].Date != "" || cs[0].Place != "Hanoi" {
		t.Errorf("newest event = %+v, want the undated talks in Hanoi", cs)
	}
}
