package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"

	"kronik/internal/store"
)

// partners of boundedDocs: one talk with Indonesia each, a month apart.
var boundedPartners = []struct{ id, name, city, topic string }{
	{"country:MYS", "Malaysia", "Kuala Lumpur", "perbatasan darat dan perikanan"},
	{"country:SGP", "Singapura", "Singapura", "investasi pusat data"},
	{"country:THA", "Thailand", "Bangkok", "ekspor beras dan gula"},
	{"country:VNM", "Vietnam", "Hanoi", "zona ekonomi eksklusif"},
	{"country:PHL", "Filipina", "Manila", "keamanan Laut Sulawesi"},
	{"country:JPN", "Jepang", "Tokyo", "pembangunan pelabuhan"},
	{"country:KOR", "Korea Selatan", "Seoul", "industri baterai kendaraan listrik"},
	{"country:IND", "India", "New Delhi", "farmasi dan vaksin"},
}

// boundedDocs is one document per partner reporting talks in month i+1 of
// 2025, then four outlets reporting one more meeting with Malaysia in
// December (one event, four mentions).
func boundedDocs() []Doc {
	var docs []Doc
	for i, p := range boundedPartners {
		date := fmt.Sprintf("2025-%02d-10", i+1)
		ev := fmt.Sprintf("Menteri Luar Negeri Indonesia bertemu mitranya dari %s di %s pada %s.", p.name, p.city, date)
		body := ev + fmt.Sprintf(" Pembicaraan ke-%d itu membahas %s senilai 12 juta dolar AS. Kedua pihak sepakat membentuk kelompok kerja %s.", i+1, p.topic, p.topic)
		docs = append(docs, newDoc(fmt.Sprintf("bilateral-%d.txt", i), "", "id", fmt.Sprintf("2025-%02d-11", i+1),
			"Warta", fmt.Sprintf("Indonesia dan %s membahas %s", p.name, p.topic), body).
			entity("country:IDN", "COUNTRY", "Indonesia", "", "Indonesia").
			entity(p.id, "COUNTRY", p.name, "", p.name).
			event("CONSULT", "meet", date, p.city, "", ev, "country:IDN", p.id).
			money("12 juta dolar AS", float64(12e6+i), "USD", "nilai proyek "+p.topic, "").
			doc())
	}
	outlets := []string{"Harian Satu", "Koran Dua", "Portal Tiga", "Kabar Empat"}
	for i, o := range outlets {
		ev := "Menteri Luar Negeri Indonesia dan Menteri Luar Negeri Malaysia bertemu di Putrajaya pada 5 Desember 2025."
		body := ev + fmt.Sprintf(" Laporan %s menyebut pertemuan berlangsung %d jam dan menyinggung %s.", o, i+2,
			[]string{"tenaga kerja", "sawit", "pendidikan", "pariwisata"}[i])
		docs = append(docs, newDoc(fmt.Sprintf("putrajaya-%d.txt", i), "", "id", fmt.Sprintf("2025-12-%02d", 6+i), o,
			"Pertemuan di Putrajaya "+o, body).
			entity("country:IDN", "COUNTRY", "Indonesia", "", "Indonesia").
			entity("country:MYS", "COUNTRY", "Malaysia", "", "Malaysia").
			event("CONSULT", "meet", "2025-12-05", "Putrajaya", "", ev, "country:IDN", "country:MYS").
			doc())
	}
	return docs
}

func clusterIDs(cs []store.Cluster) []string {
	out := []string{}
	for _, c := range cs {
		out = append(out, c.ID)
	}
	return out
}

// newestTail checks that Events(f) under a limit of 1, 3 and 100 returns
// the tail (the most recent part) of the unlimited answer, in its order.
func newestTail(t *testing.T, s store.Store, name string, f store.EventFilter) {
	t.Helper()
	ctx := context.Background()
	all, err := s.Events(ctx, f)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if len(all) == 0 {
		t.Fatalf("%s: no events", name)
	}
	for _, limit := range []int{1, 3, 100} {
		lf := f
		lf.Limit = limit
		got, err := s.Events(ctx, lf)
		if err != nil {
			t.Fatalf("%s limit %d: %v", name, limit, err)
		}
		want := all
		if len(want) > limit {
			want = want[len(want)-limit:]
		}
		if !reflect.DeepEqual(clusterIDs(got), clusterIDs(want)) {
			t.Errorf("%s limit %d: clusters %v, want the newest %v", name, limit, clusterIDs(got), clusterIDs(want))
		}
	}
}

// Bounded checks the bounded queries: a limited events query is the tail
// (most recent part) of the unlimited one, in the same order; a mention cap
// keeps the earliest reports and says how many there are; a dossier stays
// within its limits; entity counts follow stored documents.
func Bounded(t *testing.T, s store.Store) {
	ctx := context.Background()
	docs := boundedDocs()
	for _, d := range docs {
		put(t, s, d)
	}
	filters := []struct {
		name string
		f    store.EventFilter
	}{
		{"all", store.EventFilter{}},
		{"actor", store.EventFilter{Actor: []string{"country:IDN"}}},
		{"pair", store.EventFilter{Actor: []string{"country:IDN"}, With: []string{"country:MYS"}}},
		{"two ids", store.EventFilter{Actor: []string{"country:JPN", "country:KOR"}}},
		{"with only", store.EventFilter{With: []string{"country:THA"}}},
		{"to", store.EventFilter{Actor: []string{"country:IDN"}, To: "2025-06"}},
		{"type", store.EventFilter{Actor: []string{"country:IDN"}, Type: "consult"}},
	}
	for _, tc := range filters {
		newestTail(t, s, tc.name, tc.f)
	}

	// The December meeting: four mentions, capped at two, the earliest
	// published first.
	cs, err := s.Events(ctx, store.EventFilter{Actor: []string{"country:MYS"}, Limit: 1, Mentions: 2})
	if err != nil || len(cs) != 1 {
		t.Fatalf("newest Malaysia event: %v, %v", cs, err)
	}
	c := cs[0]
	if c.Date != "2025-12-05" || c.MentionCount != 4 || c.Sources != 4 || len(c.Mentions) != 2 {
		t.Fatalf("capped cluster: date %s, %d mentions of %d shown (want 2 of 4), %d sources", c.Date, len(c.Mentions), c.MentionCount, c.Sources)
	}
	if c.Mentions[0].Published != "2025-12-06" || c.Mentions[1].Published != "2025-12-07" {
		t.Errorf("capped mentions should be the earliest published: %s, %s", c.Mentions[0].Published, c.Mentions[1].Published)
	}
	if len(c.Actors) == 0 || c.ActorNames["country:MYS"] != "Malaysia" {
		t.Errorf("capped cluster lost its actors: %v %v", c.Actors, c.ActorNames)
	}

	// One cluster by id is the cluster Events returns, with every mention.
	one, err := s.Cluster(ctx, c.ID)
	if err != nil || one.ID != c.ID || len(one.Mentions) != 4 || one.MentionCount != 4 || one.ActorNames["country:MYS"] != "Malaysia" {
		t.Errorf("Cluster(%s) = %s with %d mentions, %v; want the December meeting with 4", c.ID, one.ID, len(one.Mentions), err)
	}
	if _, err := s.Cluster(ctx, "no-such-cluster"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Cluster of an unknown id: %v, want ErrNotFound", err)
	}

	// Results name their document's content hash, and Record reads that
	// document back with its events' clusters.
	if h := c.Mentions[0].Hash; h != docs[len(boundedPartners)].Rec.Hash {
		t.Errorf("first December mention names hash %q, want the first report's", h)
	}
	rec, err := s.Record(ctx, c.Mentions[0].Hash)
	if err != nil || rec.Text != docs[len(boundedPartners)].Rec.Text || len(rec.Events) != 1 || rec.Events[0].Cluster != c.ID {
		t.Errorf("Record(first December report): %v; text or cluster id not the stored ones", err)
	}
	if _, err := s.Record(ctx, "0000"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Record of an unknown hash: %v, want ErrNotFound", err)
	}

	// Entity counts: Indonesia is named once in each of the 12 documents.
	refs, err := s.FindEntities(ctx, "Indonesia")
	if err != nil || len(refs) != 1 || refs[0].Mentions != len(docs) {
		t.Fatalf("FindEntities(Indonesia) = %+v, %v; want one entity with %d mentions", refs, err, len(docs))
	}
	p, err := s.Entity(ctx, "country:MYS")
	if err != nil || p.Documents != 5 || p.Mentions != 5 {
		t.Fatalf("Entity(MYS): %d documents, %d mentions, %v; want 5 and 5", p.Documents, p.Mentions, err)
	}
	// A reprocessed document that no longer names Malaysia is no longer
	// counted, and the name still finds the entity through the others.
	d := docs[0]
	rec = d.Rec
	rec.Entities = rec.Entities[:1]
	rec.Events = nil
	rec.Quantities = nil
	if err := s.Replace(ctx, rec.Hash, rec); err != nil {
		t.Fatal(err)
	}
	p, err = s.Entity(ctx, "country:MYS")
	if err != nil || p.Documents != 4 {
		t.Fatalf("Entity(MYS) after Replace: %d documents, %v; want 4", p.Documents, err)
	}

	// Figures from the newest documents only: the six newest naming
	// Indonesia are the four December reports (no figures) and the talks
	// of July and August.
	figs, err := s.Figures(ctx, store.FigureFilter{Entities: []string{"country:IDN"}, Docs: 6})
	if err != nil {
		t.Fatal(err)
	}
	if len(figs) != 2 {
		t.Errorf("Figures with Docs 6: %d figures, want 2", len(figs))
	}
	for _, f := range figs {
		if f.Source.Published < "2025-07" {
			t.Errorf("Figures with Docs 6 read an old document: %s", f.Source.Name)
		}
	}
	all, err := s.Figures(ctx, store.FigureFilter{Entities: []string{"country:IDN"}})
	if err != nil || len(all) != len(boundedPartners)-1 {
		t.Errorf("Figures: %d in all (%v); want %d", len(all), err, len(boundedPartners)-1)
	}

	d2, err := store.BuildDossier(ctx, s, "Indonesia", "Malaysia")
	if err != nil {
		t.Fatal(err)
	}
	if len(d2.Events) != 1 || d2.Events[0].Date != "2025-12-05" || len(d2.Events[0].Mentions) > store.DossierMentions || d2.Truncated {
		t.Errorf("dossier Indonesia-Malaysia: %d events, truncated %v", len(d2.Events), d2.Truncated)
	}
}

// BoundedSameDay: a limited events query of a party is the tail of the
// unlimited one when the party's newest clusters share their day (the
// unlimited answer orders them by cluster id).
func BoundedSameDay(t *testing.T, s store.Store) {
	const date = "2025-08-20"
	for i, p := range boundedPartners {
		ev := fmt.Sprintf("Menteri Luar Negeri Indonesia bertemu mitranya dari %s di Jakarta pada %s.", p.name, date)
		body := ev + fmt.Sprintf(" Pertemuan itu membahas %s. Kedua pihak sepakat membentuk kelompok kerja %s.", p.topic, p.topic)
		put(t, s, newDoc(fmt.Sprintf("sameday-%d.txt", i), "", "id", "2025-08-21", "Warta",
			fmt.Sprintf("Indonesia dan %s bertemu", p.name), body).
			entity("country:IDN", "COUNTRY", "Indonesia", "", "Indonesia").
			entity(p.id, "COUNTRY", p.name, "", p.name).
			event("CONSULT", "meet", date, "Jakarta", "", ev, "country:IDN", p.id).
			doc())
	}
	newestTail(t, s, "actor", store.EventFilter{Actor: []string{"country:IDN"}})
	newestTail(t, s, "type", store.EventFilter{Actor: []string{"country:IDN"}, Type: "consult"})
}
