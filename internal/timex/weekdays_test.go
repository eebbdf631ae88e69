package timex

import "testing"

// TestNextWeekday: a weekday alone re-read as the first such day on or after
// the anchor (2025-06-18 is a Wednesday); any other text is refused.
func TestNextWeekday(t *testing.T) {
	anchor := Date{2025, 6, 18}
	tests := []struct {
		text   string
		anchor Date
		want   string // "" for not ok
	}{
		{"Friday", anchor, "2025-06-20"},
		{"on Friday", anchor, "2025-06-20"},
		{"Wednesday", anchor, "2025-06-18"}, // the anchor's own day
		{"on Tuesday", anchor, "2025-06-24"},
		{"pada hari Jumat", anchor, "2025-06-20"},
		{"Senin", anchor, "2025-06-23"},
		{"last Friday", anchor, ""},
		{"Friday, June 13", anchor, ""},
		{"Fri", anchor, ""}, // an abbreviation is a stamp's, not a bare weekday
		{"Friday", Date{2025, 6, 0}, ""},
		{"Friday", Date{}, ""},
	}
	for _, tt := range tests {
		d, ok := NextWeekday(tt.text, tt.anchor)
		got := ""
		if ok {
			got = d.String()
		}
		if got != tt.want {
			t.Errorf("NextWeekday(%q, %v) = %q, want %q", tt.text, tt.anchor, got, tt.want)
		}
	}
}
