package quantity

import "testing"

// TestRecordKeepsChange: the record of a figure says whether it is a change
// or a level, as the extraction found it (sentences written for this test).
func TestRecordKeepsChange(t *testing.T) {
	tests := []struct {
		text, lang string
		change     bool
	}{
		{"Ekspor kopi naik 5,4 miliar dolar AS tahun lalu.", "id", true},
		{"Ekspor kopi mencapai 5,4 miliar dolar AS tahun lalu.", "id", false},
		{"Coffee exports rose by $5.4 billion last year.", "en", true},
		{"Coffee exports reached $5.4 billion last year.", "en", false},
	}
	for _, tt := range tests {
		qs := Extract(tt.text, tt.lang)
		if len(qs) != 1 {
			t.Errorf("Extract(%q): %d figures, want 1", tt.text, len(qs))
			continue
		}
		if qs[0].Change != tt.change || qs[0].Record().Change != tt.change {
			t.Errorf("%q: Change %v, Record().Change %v; want %v", tt.text, qs[0].Change, qs[0].Record().Change, tt.change)
		}
	}
}
