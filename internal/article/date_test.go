package article

import "testing"

func TestParseStamp(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" when not a stamp
	}{
		{"Jumat, 05 Juli 2024 14:29", "2024-07-05"},
		{"Senin, 16 Juni 2025 | 10:15 WIB", "2025-06-16"},
		{"Selasa, 17 Jun 2025 pukul 10.15 WIB", "2025-06-17"},
		{"June 19, 2025", "2025-06-19"},
		{"Thursday, June 19, 2025 8:05 AM", "2025-06-19"},
		{"Tue, 17 Jun 2025 10:00:00 +0700", "2025-06-17"},
		{"2025-06-17T08:00:00+07:00", "2025-06-17"},
		{"17/06/2025 09:00", "2025-06-17"},
		{"06/17/2025", "2025-06-17"},
		{"Diterbitkan: 3 Agustus 2024", "2024-08-03"},
		{"Published on 1 Dec 2023", "2023-12-01"},
		{"Diunggah: Selasa, 3 Maret 2026", "2026-03-03"},
		{"Dimuat pada 3 Maret 2026 10.15 WIB", "2026-03-03"},
		{"Uploaded on March 3, 2026", "2026-03-03"},
		{"3rd November, 2026", "2026-11-03"},
		{"21st June 2025", "2025-06-21"},
		{"6:12 pm on 11 November 2026", "2026-11-11"},
		{"9.05 AM, 2 March 2026", "2026-03-02"},
		{"Kamis, 31 Februari 2024", ""},   // no such day
		{"Diperbarui 3 Agustus 2024", ""}, // an update is not a publication
		// A stamp followed by its update: the publication is the first.
		{"March 4, 2026 7:15 AM GMT+1 Updated 3 hours ago", "2026-03-04"},
		{"Rabu, 4 Maret 2026 07:15 WIB Diperbarui Rabu, 4 Maret 2026 09:00 WIB", "2026-03-04"},
		{"Perbarui ringkasan Updated 3 hours ago", ""},
		{"Pada 16 Juni 2025 para pemimpin bertemu.", ""},
		{"Juni 2025", ""},
		{"2025", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, ok := parseStamp(tt.in)
		if ok != (tt.want != "") || got != tt.want {
			t.Errorf("parseStamp(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestNormalizeDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-06", "2025-06"},
		{"2025", "2025"},
		{"Juni 2025", "2025-06"},
		{"2025-06-17", "2025-06-17"},
		{"16 Juni 2025", "2025-06-16"},
		{"kemarin", ""},
		{"2025-13", ""},
	}
	for _, tt := range tests {
		got, ok := normalizeDate(tt.in)
		if ok != (tt.want != "") || got != tt.want {
			t.Errorf("normalizeDate(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}
