package calendar

import (
	"testing"
	"time"
)

var layouts = map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}

// checkParse holds Parse, ParseDay, String and Time to time.Parse and
// time.Format on s.
func checkParse(t *testing.T, s string) {
	t.Helper()
	if layout := layouts[len(s)]; layout != "" {
		want, err := time.Parse(layout, s)
		got, ok := Parse(s)
		if ok != (err == nil) || got.Time() != want {
			t.Errorf("Parse(%q) = %v, %v; time.Parse = %v, %v", s, got.Time(), ok, want, err)
		}
		if ok && got.String() != want.Format(layout) {
			t.Errorf("Parse(%q).String() = %q, time.Format = %q", s, got.String(), want.Format(layout))
		}
	} else if d, ok := Parse(s); ok {
		t.Errorf("Parse(%q) = %v, want no date", s, d)
	}
	want, err := time.Parse("2006-01-02", s)
	got, ok := ParseDay(s)
	if ok != (err == nil) || got.Time() != want {
		t.Errorf("ParseDay(%q) = %v, %v; time.Parse = %v, %v", s, got.Time(), ok, want, err)
	}
}

// TestParseAsTimeParse: every day of 1899 to 2101 (leap years and century
// years included), impossible days and months, and malformed dates read as
// time.Parse reads them.
func TestParseAsTimeParse(t *testing.T) {
	for y := 1899; y <= 2101; y++ {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				checkParse(t, pad(y, 4)+"-"+pad(m, 2)+"-"+pad(d, 2))
			}
			checkParse(t, pad(y, 4)+"-"+pad(m, 2))
		}
		checkParse(t, pad(y, 4))
	}
	for _, s := range []string{"", "0000", "0000-01-01", "9999-12-31", "+202-01-01", "-202-01-01", "2025-1-02", "2025/01/02",
		"2025-01-0x", "２０２５", "2025-01-02T", "20250102", "2025-00", "2025-13", "99999", "2025-02-29", "2024-02-29", "1900-02-29", "2000-02-29"} {
		checkParse(t, s)
	}
}

func TestParsePrecision(t *testing.T) {
	tests := []struct {
		in   string
		want Precision
		ok   bool
	}{
		{"2025", Year, true},
		{"2025-06", Month, true},
		{"2025-06-16", Day, true},
		{"2025-06-31", 0, false},
		{"June 2025", 0, false},
		{"", 0, false},
	}
	for _, tc := range tests {
		d, ok := Parse(tc.in)
		if ok != tc.ok || d.Precision() != tc.want {
			t.Errorf("Parse(%q) precision %v, %v; want %v, %v", tc.in, d.Precision(), ok, tc.want, tc.ok)
		}
		if ok && d.Precision().String() != map[Precision]string{Year: "year", Month: "month", Day: "day"}[tc.want] {
			t.Errorf("Parse(%q).Precision().String() = %q", tc.in, d.Precision())
		}
		if ok && d.String() != tc.in {
			t.Errorf("Parse(%q).String() = %q", tc.in, d.String())
		}
	}
	if (Date{}).String() != "" || !(Date{}).IsZero() {
		t.Errorf("zero Date: String %q, IsZero %v", Date{}.String(), Date{}.IsZero())
	}
}

func pad(n, w int) string {
	s := ""
	for ; w > 0; w-- {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"2025-06-17", "2025-06", "2025", "2024-02-29", "+202-01-01", "0000-01-01"} {
		f.Add(s)
	}
	f.Fuzz(checkParse)
}
