package postgres

import (
	"slices"
	"testing"

	"kronik/internal/cluster"
	"kronik/internal/record"
)

// conflict reports whether two writes taking a and b wait for each other:
// a key one takes exclusively and the other takes at all.
func conflict(a, b lockSet) bool {
	for _, k := range a.excl {
		if slices.Contains(b.excl, k) || slices.Contains(b.shared, k) {
			return true
		}
	}
	for _, k := range a.shared {
		if slices.Contains(b.excl, k) {
			return true
		}
	}
	return false
}

// TestEventKeysDated: two reports cluster.Same puts in one cluster take
// locks that conflict, across a month's end and between a year-dated and a
// day-dated report; reports of the same parties months apart, which Same
// keeps apart, do not wait for each other.
func TestEventKeysDated(t *testing.T) {
	talks := func(date string) *record.Event {
		return &record.Event{Type: "CONSULT", Mode: "meet", Date: &date, Modality: "occurred", DateSource: "text",
			Actors: []string{"country:IDN", "country:MYS"}}
	}
	sides := []string{"country:IDN", "country:MYS"}
	set := map[string]bool{"country:IDN": true, "country:MYS": true}
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"2025-06-10", "2025-06-10", true},
		{"2025-06-30", "2025-07-01", true},
		{"2025-12-31", "2026-01-01", true},
		{"2025", "2025-06-10", true},
		{"2025-06", "2025-06-30", true},
		{"2025-01-10", "2025-06-10", false},
	} {
		a, b := talks(tc.a), talks(tc.b)
		if got := cluster.Same(a, set, b, set); got != tc.same {
			t.Fatalf("%s and %s: cluster.Same = %v, the test expects %v", tc.a, tc.b, got, tc.same)
		}
		if got := conflict(eventKeys(a, sides), eventKeys(b, sides)); got != tc.same {
			t.Errorf("%s and %s: locks conflict = %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
}
