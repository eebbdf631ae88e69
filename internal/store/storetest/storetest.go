// Package storetest is the conformance suite every store.Store backend must
// pass. A backend's tests call Run with a factory that returns a fresh, empty
// store; the same tests then hold for SQLite and, later, PostgreSQL.
//
// The documents are short Indonesian and English news paragraphs written for
// these tests, with their extraction written by hand, so the suite tests the
// store alone, not the pipeline.
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"testing"

	"kronik/internal/record"
	"kronik/internal/store"
)

// Factory returns a new empty store; the suite closes it.
type Factory func(t *testing.T) store.Store

// Run runs every conformance test against stores made by f.
func Run(t *testing.T, f Factory) {
	tests := []struct {
		name string
		fn   func(*testing.T, store.Store)
	}{
		{"Idempotent", Idempotent},
		{"Versions", Versions},
		{"IncrementalClusters", IncrementalClusters},
		{"DifferentPeople", DifferentPeople},
		{"Bridge", Bridge},
		{"Search", Search},
		{"SearchFilters", SearchFilters},
		{"Entity", Entity},
		{"EntityHead", EntityHead},
		{"EventPlaces", EventPlaces},
		{"Events", Events},
		{"Dossier", Dossier},
		{"Replace", Replace},
		{"Records", Records},
		{"Bounded", Bounded},
		{"BoundedUndated", BoundedUndated},
		{"BoundedSameDay", BoundedSameDay},
		{"BoundedStrayDay", BoundedStrayDay},
		{"NearDuplicates", NearDuplicates},
		{"EntityNamedTwice", EntityNamedTwice},
		{"ActorsCapped", ActorsCapped},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := f(t)
			defer s.Close()
			tc.fn(t, s)
		})
	}
	t.Run("Batch", func(t *testing.T) { Batch(t, f) })
	t.Run("Copy", func(t *testing.T) { Copy(t, f) })
	t.Run("Concurrent", func(t *testing.T) { Concurrent(t, f) })
	t.Run("ConcurrentCounts", func(t *testing.T) { ConcurrentCounts(t, f) })
	t.Run("PersonsState", func(t *testing.T) { PersonsState(t, f) })
}

func put(t *testing.T, s store.Store, d Doc) store.PutResult {
	t.Helper()
	res, err := s.Put(context.Background(), d.Src, d.Rec)
	if err != nil {
		t.Fatalf("Put(%s): %v", d.Src.Name, err)
	}
	return res
}

func stats(t *testing.T, s store.Store) store.Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// Idempotent: the same content stored twice is stored once.
func Idempotent(t *testing.T, s store.Store) {
	ctx := context.Background()
	if r := put(t, s, docA()); r.Status != store.New || r.Version != 1 {
		t.Fatalf("first put = %+v, want new version 1", r)
	}
	before := stats(t, s)
	if r := put(t, s, docA()); r.Status != store.Duplicate {
		t.Fatalf("second put = %+v, want duplicate", r)
	}
	// The same bytes under another name are the same content too.
	other := docA()
	other.Src.Key, other.Src.Name, other.Src.URL = "/news/renamed.txt", "renamed.txt", ""
	if r := put(t, s, other); r.Status != store.Duplicate {
		t.Fatalf("renamed put = %+v, want duplicate", r)
	}
	if after := stats(t, s); after != before {
		t.Fatalf("stats changed by duplicates: %+v -> %+v", before, after)
	}
	if ok, err := s.Has(ctx, docA().Rec.Hash); err != nil || !ok {
		t.Fatalf("Has = %v, %v; want true", ok, err)
	}
	if ok, _ := s.Has(ctx, "0000"); ok {
		t.Fatal("Has(unknown) = true")
	}
}

// Versions: changed content under a known key is a new version; history is
// kept and only the current version is searchable.
func Versions(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, docB())
	v2 := docB()
	v2.Rec.Text = strings.Replace(bodyB, "pertanian dan logistik", "pariwisata dan pendidikan", 1)
	v2.Src.Body = []byte(v2.Rec.Text)
	v2.Rec.Hash = hash(v2.Src.Body)
	r := put(t, s, v2)
	if r.Status != store.Version || r.Version != 2 {
		t.Fatalf("changed put = %+v, want version 2", r)
	}
	h, err := s.History(ctx, v2.Src.Key)
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 2 || h[0].Current || !h[1].Current || h[1].Hash != v2.Rec.Hash {
		t.Fatalf("history = %+v", h)
	}
	if st := stats(t, s); st.Documents != 1 || st.Versions != 2 || st.Clusters != 1 {
		t.Fatalf("stats = %+v, want 1 document, 2 versions, 1 cluster", st)
	}
	if hits, _ := s.Search(ctx, store.SearchQuery{Text: "pariwisata"}); len(hits) != 1 {
		t.Fatalf("new version not searchable: %+v", hits)
	}
	if hits, _ := s.Search(ctx, store.SearchQuery{Text: "logistik"}); len(hits) != 0 {
		t.Fatalf("old version still searchable: %+v", hits)
	}
	// The old version's source is kept.
	if src, err := s.Source(ctx, h[0].Hash); err != nil || !strings.Contains(string(src.Body), "logistik") || src.Key != v2.Src.Key {
		t.Fatalf("old source = %q (key %q), %v", src.Body, src.Key, err)
	}
	// Without a key (standard input), changed content is another document.
	anon := docD()
	anon.Src.Key = ""
	put(t, s, anon)
	anon2 := docD()
	anon2.Src.Key = ""
	anon2.Src.Body = append(anon2.Src.Body, " Updated."...)
	anon2.Rec.Hash = hash(anon2.Src.Body)
	if r := put(t, s, anon2); r.Status != store.New {
		t.Fatalf("changed keyless content = %+v, want a new document", r)
	}
	if st := stats(t, s); st.Documents != 3 {
		t.Fatalf("documents = %d, want 3", st.Documents)
	}
	cur, err := s.Current(ctx)
	if err != nil || len(cur) != 3 || cur[0] != v2.Rec.Hash {
		t.Fatalf("Current = %v, %v", cur, err)
	}
}

func consultKAZ(t *testing.T, s store.Store) []store.Cluster {
	t.Helper()
	cs, err := s.Events(context.Background(), store.EventFilter{Actor: []string{"country:CHN"}, With: []string{"country:KAZ"}, Type: "CONSULT"})
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

// IncrementalClusters: documents ingested one by one join the stored event
// clusters; near-duplicates add mentions but not independent sources.
func IncrementalClusters(t *testing.T, s store.Store) {
	put(t, s, docA())
	if cs := consultKAZ(t, s); len(cs) != 1 || cs[0].Sources != 1 {
		t.Fatalf("after A: %+v", cs)
	}
	put(t, s, docB())
	cs := consultKAZ(t, s)
	if len(cs) != 1 || cs[0].Sources != 2 || len(cs[0].Mentions) != 2 {
		t.Fatalf("after B: want one cluster, 2 sources, 2 mentions: %+v", cs)
	}
	id := cs[0].ID
	r := put(t, s, docC())
	if r.NearDuplicateOf != "a.txt" {
		t.Fatalf("C near-duplicate of %q, want a.txt", r.NearDuplicateOf)
	}
	cs = consultKAZ(t, s)
	if len(cs) != 1 || cs[0].ID != id || cs[0].Sources != 2 || len(cs[0].Mentions) != 3 {
		t.Fatalf("after C: want cluster %s, 2 sources, 3 mentions: %+v", id, cs)
	}
	put(t, s, docD())
	if st := stats(t, s); st.Clusters != 3 {
		t.Fatalf("clusters = %d, want 3 (talks, signing, Jakarta-KL talks)", st.Clusters)
	}
}

// DifferentPeople: two meetings between the same two states on the same
// day by different ministers are two events; the store must give
// cluster.Same the stored mention's actors for it to tell them apart.
func DifferentPeople(t *testing.T, s store.Store) {
	meeting := func(name, who1, who2, body string) Doc {
		return newDoc(name, "", "id", "2025-06-17", "", "", body).
			entity("country:CHN", "COUNTRY", "China", "", "China").
			entity("country:KAZ", "COUNTRY", "Kazakhstan", "", "Kazakhstan").
			entity(who1, "PERSON", who1, "country:CHN").
			entity(who2, "PERSON", who2, "country:KAZ").
			event("CONSULT", "meet", "2025-06-16", "", "", body, who1, who2).
			doc()
	}
	put(t, s, meeting("trade.txt", "person:menteri-a", "person:menteri-b",
		"Menteri perdagangan China dan Kazakhstan bertemu di Astana membahas tarif gandum."))
	put(t, s, meeting("energy.txt", "person:menteri-c", "person:menteri-d",
		"Menteri energi China dan Kazakhstan bertemu di Almaty membahas pipa gas baru."))
	put(t, s, meeting("energy2.txt", "person:menteri-c", "person:menteri-d",
		"Pertemuan menteri energi kedua negara di Almaty menghasilkan rencana pipa gas."))
	cs := consultKAZ(t, s)
	if len(cs) != 2 {
		t.Fatalf("%d clusters, want 2 (trade ministers; energy ministers): %+v", len(cs), cs)
	}
	for _, c := range cs {
		if n := len(c.Mentions); n != 1 && n != 2 {
			t.Fatalf("cluster %s has %d mentions", c.ID, n)
		}
	}
}

// Bridge: two stored reports that do not match each other become one event
// when a third report matches both and every report allows a common day
// (talks naming different people on one day, then a report naming only the
// states): the store merges the clusters it bridges, as clustering all three
// at once would. A vague report does not chain events its date cannot tell
// apart: talks on 20 and 22 September stay two events when a report dated
// "September" matches both, and summits in one city in March and in April
// stay two when reports dated by the year come in; such a report joins one
// of them.
func Bridge(t *testing.T, s store.Store) {
	ctx := context.Background()
	talks := func(name, date, body string, people ...string) Doc {
		b := newDoc(name, "", "id", "2025-09-25", "", "", body).
			entity("country:IDN", "COUNTRY", "Indonesia", "", "Indonesia").
			entity("country:PER", "COUNTRY", "Peru", "", "Peru")
		actors := []string{"country:IDN", "country:PER"}
		if len(people) > 0 {
			actors = nil
			for i, p := range people {
				b = b.entity(p, "PERSON", p, []string{"country:IDN", "country:PER"}[i%2])
				actors = append(actors, p)
			}
		}
		return b.event("CONSULT", "meet", date, "", "", body, actors...).doc()
	}
	peru := func(want int) []store.Cluster {
		t.Helper()
		cs, err := s.Events(ctx, store.EventFilter{Actor: []string{"country:PER"}})
		if err != nil {
			t.Fatal(err)
		}
		if len(cs) != want {
			t.Fatalf("%d clusters, want %d: %+v", len(cs), want, cs)
		}
		return cs
	}
	put(t, s, talks("d20.txt", "2025-09-20", "Menteri perdagangan Indonesia dan Peru membuka perundingan di Lima pada Sabtu.",
		"person:menteri-a", "person:menteri-b"))
	put(t, s, talks("d20b.txt", "2025-09-20", "Menteri pertanian Indonesia dan Peru bertemu di Lima pada Sabtu.",
		"person:menteri-c", "person:menteri-d"))
	peru(2)
	put(t, s, talks("both.txt", "2025-09-20", "Indonesia dan Peru berunding di Lima pada Sabtu tentang perdagangan."))
	cs := peru(1)
	if len(cs[0].Mentions) != 3 || cs[0].Sources != 3 {
		t.Fatalf("after the bridge: %+v, want one cluster of 3 mentions and 3 sources", cs)
	}
	if st := stats(t, s); st.Clusters != 1 {
		t.Fatalf("stats: %d clusters, want 1 (merged clusters are deleted)", st.Clusters)
	}

	put(t, s, talks("d22.txt", "2025-09-22", "Indonesia dan Peru menutup perundingan dagang di Lima pada Senin."))
	peru(2)
	put(t, s, talks("sep.txt", "2025-09", "Bulan ini Indonesia dan Peru berunding tentang perdagangan bebas."))
	cs = peru(2)
	if n := len(cs[0].Mentions) + len(cs[1].Mentions); n != 5 {
		t.Fatalf("%d mentions, want 5 (the September report joins one event): %+v", n, cs)
	}

	summit := func(name, date, body string) Doc {
		return newDoc(name, "", "id", "2024-12-01", "", "", body).
			entity("place:jakarta", "PLACE", "Jakarta", "country:IDN", "Jakarta").
			event("CONSULT", "multilateral", date, "Jakarta", "", body).doc()
	}
	put(t, s, summit("mar.txt", "2024-03", "Para pemimpin kawasan berkumpul di Jakarta pada Maret untuk KTT pangan."))
	put(t, s, summit("apr.txt", "2024-04", "KTT energi kawasan digelar di Jakarta pada April dengan tuan rumah baru."))
	put(t, s, summit("y1.txt", "2024", "Jakarta menjadi tuan rumah pertemuan puncak kawasan tahun ini."))
	put(t, s, summit("y2.txt", "2024", "Sepanjang tahun ini para pemimpin bertemu di Jakarta untuk KTT."))
	var summits []store.Cluster
	all, err := s.Events(ctx, store.EventFilter{Type: "CONSULT"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range all {
		if c.Mode == "multilateral" {
			summits = append(summits, c)
		}
	}
	if len(summits) != 2 || len(summits[0].Mentions)+len(summits[1].Mentions) != 4 {
		t.Fatalf("summits = %+v, want the March and the April summit, the year-dated reports in one of them", summits)
	}
}

func names(hits []store.Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.Name)
	}
	return out
}

// Search: stemmed matching, bm25 ranking (title weighted), snippets marking
// the document's own inflection.
func Search(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, docA())
	put(t, s, docB())
	put(t, s, docD())
	tests := []struct {
		q    string
		want []string // names, in rank order
		mark string   // a marked word expected in the first snippet
	}{
		// Snowball Indonesian stems both menandatangani and penandatanganan
		// to "andatangan", so the verb finds the noun.
		{"menandatangani", []string{"a.txt"}, "«penandatanganan»"},
		// perdagangan and berdagang share the stem "dagang"; b.html ranks
		// first because bm25 favours the shorter of two documents with the
		// term once.
		{"berdagang", []string{"b.html", "a.txt"}, "«perdagangan»"},
		// English: Porter2 makes meetings/meet one stem.
		{"meeting", []string{"d.txt"}, "«meet»"},
		// Two words: both must occur.
		{"kerja sama pertanian", []string{"b.html"}, "«pertanian»"},
		// Stop words alone still search.
		{"tidak ada", nil, ""},
	}
	for _, tc := range tests {
		hits, err := s.Search(ctx, store.SearchQuery{Text: tc.q})
		if err != nil {
			t.Fatalf("Search(%q): %v", tc.q, err)
		}
		if got := names(hits); strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("Search(%q) = %v, want %v (in rank order)", tc.q, got, tc.want)
			continue
		}
		if tc.mark != "" && !strings.Contains(hits[0].Snippet, tc.mark) {
			t.Errorf("Search(%q) snippet %q lacks %s", tc.q, hits[0].Snippet, tc.mark)
		}
		for _, h := range hits {
			if h.Score <= 0 {
				t.Errorf("Search(%q) score %v, want above zero (higher is better)", tc.q, h.Score)
			}
		}
	}
	// Ranking: a word in the title and the body beats the body alone.
	hits, err := s.Search(ctx, store.SearchQuery{Text: "Astana"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) == 0 || hits[0].Name != "a.txt" {
		t.Fatalf("Search(Astana) = %v, want a.txt first", names(hits))
	}
	// ditandatangani stems to "tandatangan", not "andatangan": the stemmer
	// does not conflate it with menandatangani, and search follows it.
	hits, _ = s.Search(ctx, store.SearchQuery{Text: "ditandatangani"})
	if len(hits) != 0 {
		t.Fatalf("Search(ditandatangani) = %v; the stemmer changed, update this test", names(hits))
	}
}

// SearchFilters: language, outlet, date range and entity narrow results.
func SearchFilters(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, docA())
	put(t, s, docB())
	put(t, s, docD())
	tests := []struct {
		q    store.SearchQuery
		want string
	}{
		{store.SearchQuery{Text: "perdagangan"}, "a.txt,b.html"},
		{store.SearchQuery{Text: "perdagangan", Outlet: "harian b"}, "b.html"},
		{store.SearchQuery{Text: "perdagangan", From: "2025-06-18"}, "b.html"},
		{store.SearchQuery{Text: "perdagangan", To: "2025-06-17"}, "a.txt"},
		{store.SearchQuery{Text: "perdagangan", From: "2025-06", To: "2025-06"}, "a.txt,b.html"},
		{store.SearchQuery{Text: "perdagangan", Entity: "Xi Jinping"}, "a.txt"},
		{store.SearchQuery{Text: "perdagangan", Entity: "nobody"}, ""},
		{store.SearchQuery{Text: "trade"}, "d.txt"},
		{store.SearchQuery{Text: "trade", Lang: "id"}, ""},
		{store.SearchQuery{Text: "trade", Lang: "en"}, "d.txt"},
	}
	for _, tc := range tests {
		hits, err := s.Search(ctx, tc.q)
		if err != nil {
			t.Fatalf("Search(%+v): %v", tc.q, err)
		}
		got := names(hits)
		sort.Strings(got)
		if got := strings.Join(got, ","); got != tc.want {
			t.Errorf("Search(%+v) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// Entity: lookup by alias, profile with aliases, roles, co-occurrence.
func Entity(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, docA())
	put(t, s, docB())
	refs, err := s.FindEntities(ctx, "tiongkok")
	if err != nil || len(refs) == 0 || refs[0].ID != "country:CHN" {
		t.Fatalf("FindEntities(tiongkok) = %+v, %v", refs, err)
	}
	p, err := s.Entity(ctx, "country:CHN")
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != "China" || p.Type != "COUNTRY" || p.Documents != 2 || p.Mentions != 2 {
		t.Fatalf("profile = %+v", p.EntityRef)
	}
	aliases := map[string]int{}
	for _, a := range p.Aliases {
		aliases[a.Text] = a.Count
	}
	if aliases["Tiongkok"] != 1 || aliases["China"] != 1 {
		t.Fatalf("aliases = %+v", p.Aliases)
	}
	if len(p.With) == 0 || p.With[0].ID != "country:KAZ" || p.With[0].Documents != 2 {
		t.Fatalf("with = %+v", p.With)
	}
	x, err := s.Entity(ctx, "person:xi-jinping")
	if err != nil {
		t.Fatal(err)
	}
	if len(x.Roles) != 1 || x.Roles[0].Title != "Presiden Tiongkok" || x.Roles[0].Date != "2025-06-17" || x.Roles[0].Source.Name != "a.txt" {
		t.Fatalf("roles = %+v", x.Roles)
	}
	if _, err := s.Entity(ctx, "person:nobody"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("Entity(unknown) error = %v, want ErrNotFound", err)
	}
}

// Events: actor/with by party (a person stands for their state), type and
// date filters.
func Events(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, docA())
	put(t, s, docB())
	put(t, s, docD())
	tests := []struct {
		f    store.EventFilter
		want int
	}{
		{store.EventFilter{}, 3},
		{store.EventFilter{Actor: []string{"country:CHN"}}, 2},
		{store.EventFilter{Actor: []string{"person:xi-jinping"}}, 1},
		{store.EventFilter{Actor: []string{"country:CHN"}, Type: "agree"}, 1},
		{store.EventFilter{Actor: []string{"country:IDN"}, With: []string{"country:KAZ"}}, 0},
		{store.EventFilter{Actor: []string{"country:CHN"}, With: []string{"country:KAZ"}}, 2},
		{store.EventFilter{Actor: []string{"country:KAZ"}, With: []string{"country:CHN"}, Type: "AGREE"}, 1},
		{store.EventFilter{Actor: []string{"person:xi-jinping"}, With: []string{"country:KAZ"}}, 1},
		{store.EventFilter{Actor: []string{}}, 0},
		{store.EventFilter{From: "2025-06"}, 2},
		{store.EventFilter{To: "2025-05-31"}, 1},
		{store.EventFilter{From: "2025-03-01", To: "2025-03-01"}, 1},
	}
	for _, tc := range tests {
		cs, err := s.Events(ctx, tc.f)
		if err != nil {
			t.Fatalf("Events(%+v): %v", tc.f, err)
		}
		if len(cs) != tc.want {
			t.Errorf("Events(%+v) = %d clusters, want %d", tc.f, len(cs), tc.want)
		}
		// A limited query walks other indexes (side pairs, a party's days)
		// and must find the same clusters when the limit holds them all.
		f := tc.f
		f.Limit = 10
		if lim, err := s.Events(ctx, f); err != nil || len(lim) != tc.want {
			t.Errorf("Events(%+v) = %d clusters (%v), want %d as without the limit", f, len(lim), err, tc.want)
		}
	}
	cs, _ := s.Events(ctx, store.EventFilter{})
	if cs[0].Date != "2025-03-01" || cs[0].ActorNames["country:IDN"] != "Indonesia" {
		t.Fatalf("first event = %+v, want the March talks with actor names", cs[0])
	}
}

// Dossier: events in order, agreements, the two trade figures consistent,
// and the status phrase.
func Dossier(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, docA())
	put(t, s, docB())
	put(t, s, docC())
	d, err := store.BuildDossier(ctx, s, "China", "Kazakstan")
	if err == nil {
		t.Fatalf("unknown alias Kazakstan resolved: %+v", d.B)
	}
	d, err = store.BuildDossier(ctx, s, "China", "Kazakhstan")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Events) != 2 || len(d.Agreements) != 1 || d.Agreements[0].Document != "perjanjian kerja sama energi" {
		t.Fatalf("events %d, agreements %+v", len(d.Events), d.Agreements)
	}
	var trade *store.FigureGroup
	for i := range d.Figures {
		if d.Figures[i].Period == "2024" && d.Figures[i].Unit == "USD" {
			trade = &d.Figures[i]
		}
	}
	if trade == nil || !trade.Consistent || trade.Sources != 2 || len(trade.Reports) != 3 {
		t.Fatalf("trade figure = %+v", trade)
	}
	found := false
	for _, p := range d.Statuses {
		if p.Phrase == "Kemitraan Strategis Komprehensif Abadi" {
			found = true
		}
	}
	if !found {
		t.Fatalf("statuses = %+v", d.Statuses)
	}
}

// Replace: a re-extraction replaces derived rows and keeps the version.
func Replace(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, docA())
	put(t, s, docB())
	a := docA()
	a.Rec.Events = a.Rec.Events[:0]
	if err := s.Replace(ctx, a.Rec.Hash, a.Rec); err != nil {
		t.Fatal(err)
	}
	cs := consultKAZ(t, s)
	if len(cs) != 1 || cs[0].Sources != 1 || cs[0].Mentions[0].Name != "b.html" {
		t.Fatalf("after replace: %+v", cs)
	}
	if st := stats(t, s); st.Versions != 2 || st.Clusters != 1 {
		t.Fatalf("stats = %+v", st)
	}
	if err := s.Replace(ctx, "beef", a.Rec); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("Replace(unknown) = %v", err)
	}
}

// Records: stored records come back whole, with store cluster ids.
func Records(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, docA())
	put(t, s, docB())
	var got []record.Record
	if err := s.Records(ctx, func(r record.Record) error { got = append(got, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Text != bodyA || len(got[0].Events) != 2 {
		t.Fatalf("records = %d", len(got))
	}
	if got[0].Events[0].Cluster == "" || got[0].Events[0].Cluster != got[1].Events[0].Cluster || got[1].Events[0].Sources != 2 {
		t.Fatalf("clusters: %+v / %+v", got[0].Events[0], got[1].Events[0])
	}
}

// batchDocs is a sequence that exercises what a batch must see of its own
// earlier items: a near-duplicate of an item before it, the same content
// twice, a new version of an item before it, events joining clusters started
// in the batch, and a document that fails (no content hash).
func batchDocs() []Doc {
	bad := docD()
	bad.Src.Name, bad.Rec.Hash = "bad.txt", ""
	v2 := docB()
	v2.Rec.Text = strings.Replace(bodyB, "pertanian dan logistik", "pariwisata dan pendidikan", 1)
	v2.Src.Body = []byte(v2.Rec.Text)
	v2.Rec.Hash = hash(v2.Src.Body)
	return []Doc{docA(), docB(), bad, docC(), docA(), v2, docD()}
}

// Batch: PutBatch stores what Put of each item in order stores, and answers
// every query the same; a failing document is reported and the others kept.
func Batch(t *testing.T, f Factory) {
	ctx := context.Background()
	docs := batchDocs()
	seq := f(t)
	defer seq.Close()
	var want []store.ItemResult
	for _, d := range docs {
		r, err := seq.Put(ctx, d.Src, d.Rec)
		want = append(want, store.ItemResult{PutResult: r, Err: err})
	}
	// In one batch, and split in two batches at every point.
	for split := 0; split < len(docs); split++ {
		t.Run(fmt.Sprintf("split%d", split), func(t *testing.T) {
			b := f(t)
			defer b.Close()
			var got []store.ItemResult
			for _, part := range [][]Doc{docs[:split], docs[split:]} {
				items := make([]store.Item, len(part))
				for i, d := range part {
					items[i] = store.Item{Src: d.Src, Rec: d.Rec}
				}
				res, err := b.PutBatch(ctx, items)
				if err != nil {
					t.Fatalf("PutBatch: %v", err)
				}
				if len(res) != len(items) {
					t.Fatalf("PutBatch gave %d results for %d items", len(res), len(items))
				}
				got = append(got, res...)
			}
			for i := range docs {
				if got[i].PutResult != want[i].PutResult || (got[i].Err == nil) != (want[i].Err == nil) {
					t.Errorf("item %d (%s): batch %+v, sequential %+v", i, docs[i].Src.Name, got[i], want[i])
				}
			}
			if w, g := dump(t, seq), dump(t, b); w != g {
				t.Errorf("batch store differs from sequential Puts:\nbatch:      %s\nsequential: %s", g, w)
			}
		})
	}
	b := f(t)
	defer b.Close()
	if res, err := b.PutBatch(ctx, nil); err != nil || len(res) != 0 {
		t.Fatalf("empty batch = %v, %v", res, err)
	}
}

// Copy: Versions lists every version, history included, in storage order,
// and store.Copy of them into an empty store rebuilds the same knowledge
// base (kronik migrate-store).
func Copy(t *testing.T, f Factory) {
	ctx := context.Background()
	src := f(t)
	defer src.Close()
	var hashes []string
	for _, d := range batchDocs() {
		if r, err := src.Put(ctx, d.Src, d.Rec); err == nil && r.Status != store.Duplicate {
			hashes = append(hashes, d.Rec.Hash)
		}
	}
	var got []string
	err := src.Versions(ctx, func(s store.Source, r record.Record) error {
		if hash(s.Body) != r.Hash || r.Text == "" {
			t.Errorf("version %s: source and record do not belong together (text %d bytes)", s.Name, len(r.Text))
		}
		got = append(got, r.Hash)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ",") != strings.Join(hashes, ",") {
		t.Fatalf("Versions = %v, want the %d stored versions in order %v", got, len(hashes), hashes)
	}
	for _, batch := range []int{1, 3} {
		dst := f(t)
		n, err := store.Copy(ctx, dst, src, batch, nil)
		if err != nil || n != len(hashes) {
			t.Fatalf("Copy(batch %d) = %d, %v; want %d versions", batch, n, err, len(hashes))
		}
		if w, g := dump(t, src), dump(t, dst); w != g {
			t.Errorf("copied store (batch %d) differs:\ncopy:     %s\noriginal: %s", batch, g, w)
		}
		key := docB().Src.Key
		hw, err1 := src.History(ctx, key)
		hg, err2 := dst.History(ctx, key)
		if err1 != nil || err2 != nil || len(hw) != 2 || len(hg) != 2 || hg[1].Hash != hw[1].Hash || !hg[1].Current {
			t.Errorf("copied history of %s = %+v (%v), want %+v (%v)", key, hg, err2, hw, err1)
		}
		dst.Close()
	}
}

// dump renders what a store answers about its contents, for comparing two
// stores: counts, current versions, every record with its clusters, every
// event cluster and a search.
func dump(t *testing.T, s store.Store) string {
	t.Helper()
	ctx := context.Background()
	var parts []any
	parts = append(parts, stats(t, s))
	cur, err := s.Current(ctx)
	if err != nil {
		t.Fatal(err)
	}
	parts = append(parts, cur)
	if err := s.Records(ctx, func(r record.Record) error { parts = append(parts, r); return nil }); err != nil {
		t.Fatal(err)
	}
	cs, err := s.Events(ctx, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	parts = append(parts, cs)
	hits, err := s.Search(ctx, store.SearchQuery{Text: "Kazakhstan"})
	if err != nil {
		t.Fatal(err)
	}
	parts = append(parts, hits)
	b, err := json.Marshal(parts)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
