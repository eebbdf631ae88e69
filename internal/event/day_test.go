package event

import (
	"testing"
	"time"
)

// checkParseDate compares parseDate and parseDay with time.Parse on d.
func checkParseDate(t *testing.T, d string) {
	t.Helper()
	layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[len(d)]
	if layout != "" {
		want, err := time.Parse(layout, d)
		got, ok := parseDate(d)
		if ok != (err == nil) || !got.Equal(want) || got.Location() != want.Location() {
			t.Errorf("parseDate(%q) = %v, %v; time.Parse = %v, %v", d, got, ok, want, err)
		}
	}
	want, err := time.Parse("2006-01-02", d)
	got, ok := parseDay(d)
	if ok != (err == nil) || !got.Equal(want) {
		t.Errorf("parseDay(%q) = %v, %v; time.Parse = %v, %v", d, got, ok, want, err)
	}
}

// TestParseDateAsTimeParse: every day of 1899 to 2101 (leap years and
// century years included), impossible days and months, and malformed dates
// read as time.Parse reads them.
func TestParseDateAsTimeParse(t *testing.T) {
	for y := 1899; y <= 2101; y++ {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				checkParseDate(t, pad(y, 4)+"-"+pad(m, 2)+"-"+pad(d, 2))
			}
			checkParseDate(t, pad(y, 4)+"-"+pad(m, 2))
		}
		checkParseDate(t, pad(y, 4))
	}
	for _, d := range []string{"", "0000", "0000-01-01", "+202-01-01", "-202-01-01", "2025-1-02", "2025/01/02",
		"2025-01-0x", "２０２５", "2025-01-02T", "20250102", "2025-00", "2025-13", "99999", "2025-02-29", "2024-02-29"} {
		checkParseDate(t, d)
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

func FuzzParseDate(f *testing.F) {
	for _, d := range []string{"2025-06-17", "2025-06", "2025", "2024-02-29", "+202-01-01"} {
		f.Add(d)
	}
	f.Fuzz(checkParseDate)
}
