package store

import (
	"reflect"
	"testing"
)

func TestNewestIDs(t *testing.T) {
	found := []DatedID{{"2025-01-10", "a"}, {"", "u1"}, {"2025-03", "b"}, {"2025-02-01", "c"}, {"", "u2"}, {"2025-02-01", "d"}}
	for _, tc := range []struct {
		limit int
		want  []string
	}{
		{1, []string{"u1"}},
		{3, []string{"u1", "u2", "b"}},
		{4, []string{"u1", "u2", "b", "d"}},
		{10, []string{"u1", "u2", "b", "d", "c", "a"}},
	} {
		got := NewestIDs(append([]DatedID(nil), found...), tc.limit)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("limit %d: %v, want %v", tc.limit, got, tc.want)
		}
	}
}

func TestNewestWalk(t *testing.T) {
	w := NewNewestWalk(2)
	w.Add("a", "2025-08-20") // found at 2025-08-21: a report dates it a day late
	if w.Done("2025-08-01") {
		t.Fatal("done with one cluster of two")
	}
	w.Add("b", "2025-08-20")
	w.Add("b", "2025-08-20")
	for day, want := range map[string]bool{"2025-08-20": false, "2025-08-19": true, "2025-08": true, "": true} {
		if got := w.Done(day); got != want {
			t.Errorf("Done(%q) = %v, want %v", day, got, want)
		}
	}
	w.Add("c", "") // undated: the newest
	w.Add("d", "")
	if !w.Done("2025-09-01") {
		t.Error("not done with two undated clusters, the newest")
	}
}
