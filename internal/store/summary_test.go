package store

import (
	"encoding/json"
	"reflect"
	"testing"

	"kronik/internal/cluster"
)

func TestSummarize(t *testing.T) {
	occ := func(date, place string, grp int64, actors ...string) StoredMention {
		return StoredMention{Type: "CONSULT", Mode: "meet", Date: date, Place: place, Modality: "occurred", Group: grp, Actors: actors}
	}
	// A meeting's span is its day widened by the mode's slack
	// (cluster.SpanOf); the summary's is what every mention allows.
	day := func(d string) cluster.Span { return cluster.SpanOf(mentionEvent(occ(d, "", 0))) }
	planned := occ("2025-06-20", "", 9, "country:IDN")
	planned.Modality = "planned"
	tests := []struct {
		name string
		ms   []StoredMention
		want Summary
	}{
		{"one mention", []StoredMention{occ("2025-06-17", "Astana", 1, "country:KAZ", "country:IDN")},
			Summary{Type: "CONSULT", Mode: "meet", Date: "2025-06-17", Place: "Astana", Modality: "occurred",
				Actors: []string{"country:KAZ", "country:IDN"}, Sources: 1, Mentions: 1,
				Span: day("2025-06-17")}},
		// The day beats the month; the place comes from the first mention
		// naming one; a near-duplicate (same group) is one source.
		{"precise date wins", []StoredMention{occ("2025-06", "", 1, "country:IDN"), occ("2025-06-17", "", 2, "country:KAZ"),
			occ("2025-06-17", "Astana", 2)},
			Summary{Type: "CONSULT", Mode: "meet", Date: "2025-06-17", Place: "Astana", Modality: "occurred",
				Actors: []string{"country:IDN", "country:KAZ"}, Sources: 2, Mentions: 3,
				Span: day("2025-06-17")}},
		// A report of the event as planned loses to one saying it happened,
		// and the cluster happened.
		{"occurred wins", []StoredMention{planned, occ("2025-06", "", 3, "country:IDN")},
			Summary{Type: "CONSULT", Mode: "meet", Date: "2025-06", Modality: "occurred",
				Actors: []string{"country:IDN"}, Sources: 2, Mentions: 2,
				Span: day("2025-06-20")}},
		// The date most reports give wins among equally precise ones;
		// mentions days apart allow no common day, so the best mention's
		// span stands for the cluster.
		{"votes", []StoredMention{occ("2025-06-13", "", 1), occ("2025-06-17", "", 2), occ("2025-06-17", "", 3)},
			Summary{Type: "CONSULT", Mode: "meet", Date: "2025-06-17", Modality: "occurred", Actors: []string{},
				Sources: 3, Mentions: 3, Span: day("2025-06-17")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Summarize(tc.ms)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Summarize =\n %+v\nwant\n %+v", got, tc.want)
			}
		})
	}
}

// TestClusterStateIncremental: a state kept between writes (stored as JSON
// and read back before each new mention) gives the summary Summarize
// computes from all the mentions at once.
func TestClusterStateIncremental(t *testing.T) {
	m := func(date, modality, place, doc string, grp int64, actors ...string) StoredMention {
		return StoredMention{Type: "AGREE", Mode: "bilateral", Date: date, Place: place, Document: doc,
			Modality: modality, Group: grp, Actors: actors}
	}
	ms := []StoredMention{
		m("2025-06", "planned", "", "", 1, "country:IDN"),
		m("2025-06-17", "occurred", "", "MoU on fisheries", 2, "country:VNM", "country:IDN"),
		m("2025-06-16", "occurred", "Hanoi", "", 2),
		m("2025-06-17", "occurred", "Jakarta", "", 3, "person:x"),
		m("2025-06-17", "planned", "", "", 1),
	}
	for n := 1; n <= len(ms); n++ {
		var st ClusterState
		seen := map[int64]bool{}
		for i, mm := range ms[:n] {
			b, err := json.Marshal(st)
			if err != nil {
				t.Fatal(err)
			}
			st = ClusterState{}
			if err := json.Unmarshal(b, &st); err != nil {
				t.Fatal(err)
			}
			st.Add(mm, int64(100+i), !seen[mm.Group])
			seen[mm.Group] = true
		}
		if got, want := st.Summary(), Summarize(ms[:n]); !reflect.DeepEqual(got, want) {
			t.Errorf("%d mentions: incremental summary\n %+v\nwant\n %+v", n, got, want)
		}
	}
}
