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
