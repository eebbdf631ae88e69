package calendar

import (
	"testing"
	"time"
)

func mustParse(t *testing.T, s string) Date {
	t.Helper()
	d, ok := Parse(s)
	if !ok {
		t.Fatalf("Parse(%q) failed", s)
	}
	return d
}

func TestBounds(t *testing.T) {
	tests := []struct{ in, first, last string }{
		{"2025", "2025-01-01", "2025-12-31"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"2025-02", "2025-02-01", "2025-02-28"},
		{"1900-02", "1900-02-01", "1900-02-28"},
		{"2025-06", "2025-06-01", "2025-06-30"},
		{"2025-06-16", "2025-06-16", "2025-06-16"},
	}
	for _, tc := range tests {
		d := mustParse(t, tc.in)
		if got := d.First().String(); got != tc.first {
			t.Errorf("%s.First() = %s, want %s", tc.in, got, tc.first)
		}
		if got := d.Last().String(); got != tc.last {
			t.Errorf("%s.Last() = %s, want %s", tc.in, got, tc.last)
		}
	}
}

// TestDayArithmeticAsTime holds AddDays, Sub, Of and FromTime to time's
// AddDate and Date on days across leap years, century years and year 0.
func TestDayArithmeticAsTime(t *testing.T) {
	base := []string{"2024-02-28", "2024-12-31", "1900-02-28", "2000-02-29", "0000-01-01", "9999-12-31", "1970-01-01"}
	for _, s := range base {
		d := mustParse(t, s)
		for _, n := range []int{-800, -366, -365, -31, -1, 0, 1, 2, 29, 30, 365, 366, 800, 150000} {
			got := d.AddDays(n)
			want := d.Time().AddDate(0, 0, n)
			if got.Time() != want || got.String() != want.Format("2006-01-02") {
				t.Errorf("%s.AddDays(%d) = %s, want %s", s, n, got, want.Format("2006-01-02"))
			}
			if got.Sub(d) != n || d.Sub(got) != -n {
				t.Errorf("%s.Sub(%s) = %d, want %d", got, s, got.Sub(d), n)
			}
			if c := got.Compare(d); c != sign(n) {
				t.Errorf("%s.Compare(%s) = %d, want %d", got, s, c, sign(n))
			}
			if got.Weekday() != want.Weekday() {
				t.Errorf("%s.Weekday() = %v, want %v", got, got.Weekday(), want.Weekday())
			}
			if FromTime(want) != got {
				t.Errorf("FromTime(%v) = %v, want %v", want, FromTime(want), got)
			}
		}
	}
	for _, tc := range []struct{ y, m, d int }{{2025, 13, 1}, {2025, 3, 0}, {2025, 0, 31}, {2024, 2, 30}, {2025, -11, 1}} {
		want := time.Date(tc.y, time.Month(tc.m), tc.d, 0, 0, 0, 0, time.UTC)
		if got := Of(tc.y, tc.m, tc.d); got.Time() != want {
			t.Errorf("Of(%d, %d, %d) = %s, want %s", tc.y, tc.m, tc.d, got, want.Format("2006-01-02"))
		}
	}
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

func TestRangeOf(t *testing.T) {
	tests := []struct {
		date, end   string
		first, last string
		ok          bool
	}{
		{"2025-06-16", "", "2025-06-16", "2025-06-16", true},
		{"2025-06", "", "2025-06-01", "2025-06-30", true},
		{"2024-07-02", "2024-07-04", "2024-07-02", "2024-07-04", true},
		{"2024-07-02", "2024-08", "2024-07-02", "2024-08-31", true},
		{"2024-07-02", "2024-07-01", "2024-07-02", "2024-07-02", true}, // an end before the start is ignored
		{"2024-07-02", "soon", "2024-07-02", "2024-07-02", true},
		{"", "2024-07-02", "", "", false},
		{"2024-13", "", "", "", false},
	}
	for _, tc := range tests {
		r, ok := RangeOf(tc.date, tc.end)
		if ok != tc.ok || r.First.String() != tc.first || r.Last.String() != tc.last {
			t.Errorf("RangeOf(%q, %q) = %s..%s, %v; want %s..%s, %v", tc.date, tc.end, r.First, r.Last, ok, tc.first, tc.last, tc.ok)
		}
	}
}

func TestCompatible(t *testing.T) {
	tests := []struct {
		a, ae, b, be string
		slack        int
		want         bool
	}{
		{"2025-06-16", "", "2025-06-16", "", 0, true},
		{"2025-06-16", "", "2025-06-17", "", 0, false},
		{"2025-06-16", "", "2025-06-17", "", 1, true},
		{"2025-06-17", "", "2025-06-16", "", 1, true},
		{"2025-06-16", "", "2025-06-18", "", 1, false},
		{"2025-06", "", "2025-06-17", "", 0, true},
		{"2025-06", "", "2025-07-01", "", 0, false},
		{"2023", "", "2023-05", "", 0, true},
		{"2024-07-02", "2024-07-04", "2024-07-03", "", 0, true},
		{"2024-07-02", "2024-07-04", "2024-07-05", "", 0, false},
		{"", "", "2024-07-05", "", 0, true},
		{"sometime", "", "2024-07-05", "", 0, true},
	}
	for _, tc := range tests {
		if got := Compatible(tc.a, tc.ae, tc.b, tc.be, tc.slack); got != tc.want {
			t.Errorf("Compatible(%q,%q,%q,%q,%d) = %v, want %v", tc.a, tc.ae, tc.b, tc.be, tc.slack, got, tc.want)
		}
	}
}
