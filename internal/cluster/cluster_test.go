package cluster

import (
	"reflect"
	"strings"
	"testing"

	"kronik/internal/record"
)

func sp(s string) *string { return &s }

func ev(typ, mode, date, place, doc string, actors ...string) record.Event {
	e := record.Event{Type: typ, Mode: mode, Actors: actors, Modality: "occurred", DateSource: "text"}
	if date != "" {
		e.Date = sp(date)
	}
	if place != "" {
		e.Place = sp(place)
	}
	if doc != "" {
		e.Document = sp(doc)
	}
	return e
}

var people = []record.Entity{
	{ID: "person:xi-jinping", Type: "PERSON", Name: "Xi Jinping", Country: "country:CHN"},
	{ID: "person:kassym-jomart-tokayev", Type: "PERSON", Name: "Kassym-Jomart Tokayev", Country: "country:KAZ"},
	{ID: "country:CHN", Type: "COUNTRY", Name: "China"},
	{ID: "country:KAZ", Type: "COUNTRY", Name: "Kazakhstan"},
}

func TestAssign(t *testing.T) {
	// Three outlets; the first two report the same summit and the same talks, the
	// third a different summit in another city.
	a := &record.Record{Source: "a", Entities: people, Events: []record.Event{
		ev("CONSULT", "multilateral", "2025-06-17", "Astana", ""),
		ev("CONSULT", "meet", "2025-06-16", "Astana", "", "person:xi-jinping", "person:kassym-jomart-tokayev"),
	}}
	b := &record.Record{Source: "b", Entities: people, Events: []record.Event{
		ev("CONSULT", "multilateral", "2025-06", "Astana", ""),
		// the head of state stands for the state: the same two sides
		ev("CONSULT", "meet", "2025-06-16", "", "", "country:CHN", "country:KAZ"),
		ev("AGREE", "sign", "2025-06-17", "Astana", "Deklarasi Astana", "country:CHN"),
	}}
	c := &record.Record{Source: "c", Entities: people, Events: []record.Event{
		ev("CONSULT", "multilateral", "2025-08-31", "Tianjin", ""),
		ev("CONSULT", "meet", "2025-06-20", "", "", "person:xi-jinping", "person:kassym-jomart-tokayev"),
		ev("AGREE", "sign", "2025-06-17", "Astana", "Perjanjian Bertetangga Baik"),
	}}
	Assign([]*record.Record{a, b, c})
	same := func(x, y record.Event) bool { return x.Cluster != "" && x.Cluster == y.Cluster }
	if !same(a.Events[0], b.Events[0]) {
		t.Error("one summit reported at day and month granularity should be one cluster")
	}
	if !same(a.Events[1], b.Events[1]) {
		t.Error("talks between the same two sides on the same day should be one cluster")
	}
	if same(a.Events[0], c.Events[0]) {
		t.Error("summits in different cities must not be one cluster")
	}
	if same(a.Events[1], c.Events[1]) {
		t.Error("talks on different days must not be one cluster")
	}
	if same(b.Events[2], c.Events[2]) {
		t.Error("signings of differently named documents must not be one cluster")
	}
	if a.Events[0].Sources != 2 || c.Events[0].Sources != 1 {
		t.Errorf("sources = %d and %d, want 2 and 1", a.Events[0].Sources, c.Events[0].Sources)
	}
}

func TestAssignCountsRepublishedStoryOnce(t *testing.T) {
	story := strings.Repeat("Para pemimpin enam negara berkumpul di ibu kota untuk menghadiri pertemuan puncak yang kedua kalinya. ", 5)
	a := &record.Record{Source: "wire", Text: story, Events: []record.Event{ev("CONSULT", "multilateral", "2025-06-17", "Astana", "")}}
	b := &record.Record{Source: "copy", Text: "Redaksi: " + story, Events: []record.Event{ev("CONSULT", "multilateral", "2025-06-17", "Astana", "")}}
	Assign([]*record.Record{a, b})
	if b.DuplicateOf != "wire" {
		t.Errorf("DuplicateOf = %q, want wire", b.DuplicateOf)
	}
	if a.Events[0].Cluster != b.Events[0].Cluster {
		t.Fatal("the copies' events should share a cluster")
	}
	if a.Events[0].Sources != 1 {
		t.Errorf("sources = %d, want 1 (a republished story is one source)", a.Events[0].Sources)
	}
}

func TestClusterIDStable(t *testing.T) {
	mk := func() []*record.Record {
		return []*record.Record{
			{Source: "a", Events: []record.Event{ev("CONSULT", "multilateral", "2025-06-17", "Astana", "")}},
			{Source: "b", Events: []record.Event{ev("CONSULT", "multilateral", "2025-06-17", "Astana", "")}},
		}
	}
	r1, r2 := mk(), mk()
	Assign(r1)
	Assign(r2)
	if r1[0].Events[0].Cluster != r2[0].Events[0].Cluster {
		t.Error("the same inputs must give the same cluster ids")
	}
}

func TestDuplicates(t *testing.T) {
	base := "Menteri luar negeri kedua negara bertemu di Jakarta untuk membahas perdagangan, investasi, dan keamanan kawasan pada pekan ini."
	other := "Harga minyak dunia turun tajam setelah laporan persediaan menunjukkan kenaikan yang lebih besar dari perkiraan para analis pasar."
	got := Duplicates([]string{base, other, base + " (ANTARA)", ""})
	want := []int{-1, -1, 0, -1}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Duplicates[%d] = %d, want %d", i, got[i], want[i])
		}
	}
}

// TestSameAcrossLanguagesAndPeople: a generic signing reported in Indonesian and
// English is one event, and so is the statement adopted at its ceremony; two meetings of the same states on one day by
// different people are two.
func TestSameAcrossLanguagesAndPeople(t *testing.T) {
	sides := map[string]bool{"country:IDN": true, "country:VNM": true}
	id := ev("AGREE", "sign", "2025-10-14", "", "enam nota kesepahaman", "country:IDN", "country:VNM")
	en := ev("AGREE", "sign", "2025-10-14", "", "six memorandums of understanding", "country:IDN", "country:VNM")
	js := ev("AGREE", "sign", "2025-10-14", "", "a joint statement", "country:IDN", "country:VNM")
	if !Same(&id, sides, &en, sides) {
		t.Error("the same MoUs in two languages should be one signing")
	}
	if !Same(&id, sides, &js, sides) {
		t.Error("MoUs and a joint statement signed the same day by the same states are one ceremony")
	}
	leaders := ev("CONSULT", "meet", "2025-10-14", "", "", "person:prabowo-subianto", "person:luong-cuong")
	ministers := ev("CONSULT", "meet", "2025-10-14", "", "", "person:sugiono", "person:bui-thanh-son")
	if Same(&leaders, sides, &ministers, sides) {
		t.Error("the leaders' talks and the ministers' talks are different meetings")
	}
}

// TestAssignNoChaining: reports that each match one member of a cluster but
// not the cluster as a whole do not join it, so summits at one place in
// adjacent months and a year-dated report between them stay apart, while a
// vaguer report still joins the precise event it is compatible with.
func TestAssignNoChaining(t *testing.T) {
	summit := func(src, date string) *record.Record {
		return &record.Record{Source: src, Events: []record.Event{ev("CONSULT", "multilateral", date, "Jakarta", "")}}
	}
	tests := []struct {
		name  string
		dates []string
		want  []int // cluster number of each report, by first appearance
	}{
		{"adjacent months one day of slack apart", []string{"2024-03", "2024-04"}, []int{0, 1}},
		{"a year between two months", []string{"2024-03-10", "2024", "2024-04-20"}, []int{0, 0, 1}},
		{"a year between the eve and the day", []string{"2024-03-31", "2024", "2024-04-01"}, []int{0, 0, 0}},
		{"a month between two days", []string{"2025-09-10", "2025-09", "2025-09-25"}, []int{0, 0, 1}},
		{"eve and day of one summit", []string{"2025-06-16", "2025-06-17", "2025-06"}, []int{0, 0, 0}},
		{"day, month and year of one summit", []string{"2025", "2025-06", "2025-06-17"}, []int{0, 0, 0}},
		{"a chain of days each one apart", []string{"2025-06-15", "2025-06-16", "2025-06-17"}, []int{0, 0, 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var recs []*record.Record
			for i, d := range tc.dates {
				recs = append(recs, summit(string(rune('a'+i)), d))
			}
			Assign(recs)
			num := map[string]int{}
			for i, r := range recs {
				c := r.Events[0].Cluster
				if _, ok := num[c]; !ok {
					num[c] = len(num)
				}
				if num[c] != tc.want[i] {
					t.Errorf("report %d (%s) in cluster %d, want %d", i, tc.dates[i], num[c], tc.want[i])
				}
			}
		})
	}
}

func TestSpan(t *testing.T) {
	tests := []struct {
		mode, date, end string
		want            Span
	}{
		{"meet", "2025-06-16", "", Span{"2025-06-16", "2025-06-17"}},         // one day of slack
		{"multilateral", "2025-06-16", "", Span{"2025-06-16", "2025-06-17"}}, // the summit's eve or its day
		{"multilateral", "2024-02", "", Span{"2024-02-01", "2024-02-29"}},    // leap year; a month has no slack
		{"visit", "2025", "", Span{"2025-01-01", "2025-12-31"}},
		{"visit", "2025-12-30", "", Span{"2025-12-30", "2026-01-01"}},
		{"meet", "2025-06-16", "2025-06-18", Span{"2025-06-16", "2025-06-19"}},
		{"meet", "2025-06-16", "2025-06-01", Span{"2025-06-16", "2025-06-17"}}, // an end before the start is ignored
		{"meet", "", "", Span{}},
		{"meet", "16 Juni", "", Span{}},
	}
	for _, tc := range tests {
		e := ev("CONSULT", tc.mode, tc.date, "", "")
		if tc.end != "" {
			e.DateEnd = sp(tc.end)
		}
		if got := SpanOf(&e); got != tc.want {
			t.Errorf("SpanOf(%s %q..%q) = %+v, want %+v", tc.mode, tc.date, tc.end, got, tc.want)
		}
	}
	if _, ok := (Span{"2024-03-01", "2024-04-01"}).Meet(Span{"2024-04-01", "2024-05-01"}); !ok {
		t.Error("spans sharing their edge day should meet")
	}
	if _, ok := (Span{"2024-03-01", "2024-04-01"}).Meet(Span{"2024-04-02", "2024-05-01"}); ok {
		t.Error("disjoint spans should not meet")
	}
	if got, ok := (Span{}).Meet(Span{"2024-03-01", "2024-04-01"}); !ok || got.Lo != "2024-03-01" {
		t.Errorf("an undated span allows every day: %+v, %v", got, ok)
	}
}

// FuzzSpan: any date strings give a span that is empty or ordered, and
// meeting spans is symmetric and never wider than either.
func FuzzSpan(f *testing.F) {
	f.Add("2025-06-16", "", "2025-06", "", "multilateral")
	f.Add("2024", "2025", "2024-02-29", "2024-03-01", "visit")
	f.Add("2024-13", "", "16 Juni", "2024-00-00", "meet")
	f.Add("0000", "9999-12-31", "2024-02", "2024-01", "multilateral")
	f.Fuzz(func(t *testing.T, a, aEnd, b, bEnd, mode string) {
		ea, eb := ev("CONSULT", mode, a, "", ""), ev("CONSULT", mode, b, "", "")
		if aEnd != "" {
			ea.DateEnd = sp(aEnd)
		}
		if bEnd != "" {
			eb.DateEnd = sp(bEnd)
		}
		sa, sb := SpanOf(&ea), SpanOf(&eb)
		for _, s := range []Span{sa, sb} {
			if (s.Lo == "") != (s.Hi == "") || s.Lo > s.Hi {
				t.Fatalf("span %+v of %q..%q / %q..%q", s, a, aEnd, b, bEnd)
			}
		}
		m1, ok1 := sa.Meet(sb)
		m2, ok2 := sb.Meet(sa)
		if ok1 != ok2 || (ok1 && m1 != m2) {
			t.Fatalf("Meet not symmetric: %+v %v / %+v %v", m1, ok1, m2, ok2)
		}
		if ok1 && sa.Lo != "" && (m1.Lo < sa.Lo || m1.Hi > sa.Hi) {
			t.Fatalf("meet %+v wider than %+v", m1, sa)
		}
	})
}

// TestJoin: a report joins the matched cluster with the smallest id and
// merges another only when all their mentions still allow a common day.
func TestJoin(t *testing.T) {
	june16 := Span{"2025-06-16", "2025-06-16"}
	june := Span{"2025-06-01", "2025-06-30"}
	tests := []struct {
		name      string
		span      Span
		matched   []Matched
		into      string
		merge     []string
		wantSpans Span
	}{
		{"one cluster", june16, []Matched{{"evt:b", june}}, "evt:b", nil, june16},
		{"smallest id first", june, []Matched{{"evt:c", june16}, {"evt:a", june}}, "evt:a", []string{"evt:c"}, june16},
		{"a vague report does not chain", june,
			[]Matched{{"evt:a", june16}, {"evt:b", Span{"2025-06-20", "2025-06-20"}}}, "evt:a", nil, june16},
		{"an undated span allows every day", Span{}, []Matched{{"evt:a", june16}}, "evt:a", nil, june16},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			into, merge, sp := Join(tt.span, tt.matched)
			if into != tt.into || !reflect.DeepEqual(merge, tt.merge) || sp != tt.wantSpans {
				t.Errorf("Join = %s %v %v, want %s %v %v", into, merge, sp, tt.into, tt.merge, tt.wantSpans)
			}
		})
	}
}

// TestWindow: a stored event lies in a new event's window when their bounds
// come within two days, whatever its span class.
func TestWindow(t *testing.T) {
	w := WindowOf(Bounds("2025-06-16", ""))
	tests := []struct {
		date string
		want bool
	}{
		{"2025-06-16", true}, {"2025-06-14", true}, {"2025-06-18", true}, {"2025-06-13", false}, {"2025-06-19", false},
		{"2025-06", true}, {"2025-05", false}, {"2025", true}, {"2024", false}, {"", false},
	}
	for _, tt := range tests {
		if got := w.Contains(Bounds(tt.date, "")); got != tt.want {
			t.Errorf("window of 2025-06-16 contains %q = %v, want %v", tt.date, got, tt.want)
		}
	}
}

// TestAssignLearnsPersonsStates: a report that names a minister only by
// name joins another that gave his country earlier; taken in the other
// order, the first report has nothing to learn from, as a store that
// received it first would not.
func TestAssignLearnsPersonsStates(t *testing.T) {
	titled := []record.Entity{
		{ID: "person:menteri-a", Type: "PERSON", Name: "Menteri A", Country: "country:JPN"},
		{ID: "country:IDN", Type: "COUNTRY", Name: "Indonesia"},
	}
	bare := []record.Entity{
		{ID: "person:menteri-a", Type: "PERSON", Name: "Menteri A"},
		{ID: "country:IDN", Type: "COUNTRY", Name: "Indonesia"},
	}
	mk := func(src string, ents []record.Entity) *record.Record {
		return &record.Record{Source: src, Hash: "h-" + src, Entities: ents, Events: []record.Event{
			ev("CONSULT", "meet", "2026-11-16", "", "", "country:IDN", "person:menteri-a")}}
	}
	a, b := mk("titled", titled), mk("bare", bare)
	Assign([]*record.Record{a, b})
	if a.Events[0].Cluster != b.Events[0].Cluster {
		t.Error("the minister named bare stands for the state an earlier report gave him")
	}
	a, b = mk("titled", titled), mk("bare", bare)
	Assign([]*record.Record{b, a})
	if a.Events[0].Cluster == b.Events[0].Cluster {
		t.Error("a report taken first learns nothing from a later one")
	}
}
