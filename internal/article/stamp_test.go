package article

import (
	"strings"
	"testing"

	"kronik/internal/source"
)

// TestLabelledStamps: update labels and bar-separated stamp lines at the top
// give the publication date; a stamp line that names people stays in the text.
func TestLabelledStamps(t *testing.T) {
	tests := []struct {
		name, doc, published string
		keeps               string
	}{
		{"update label", "Leaders agree on trade\n\nBy JANE ROE\nUpdated 5:12 PM GMT+9, November 1, 2025\n\nSEOUL (AP) — The two leaders met on Saturday.\n", "2025-11-01", ""},
		{"bars with credits", "Source: Wire | 2026-01-09 21:14:05 | Editor: Ana Putri\n\nMinisters pledge closer ties\n\nBEIJING, Jan. 9 -- The ministers met on Friday.\n", "2026-01-09", "Editor: Ana Putri"},
		{"a dated sentence is not a stamp", "Pada 16 Juni 2025, kedua menteri bertemu di Jakarta untuk membahas perdagangan.\n", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(source.Document{Name: "x.txt", Path: "x.txt", Body: []byte(tc.doc), Format: "text"})
			if err != nil {
				t.Fatal(err)
			}
			if a.Published != tc.published {
				t.Errorf("published %q, want %q", a.Published, tc.published)
			}
			if tc.keeps != "" && !strings.Contains(a.Text, tc.keeps) {
				t.Errorf("text lost %q:\n%s", tc.keeps, a.Text)
			}
		})
	}
}
