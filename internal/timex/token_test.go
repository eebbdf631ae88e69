package timex

import "testing"

// TestASCIILower: ASCII capitals become small letters and every other
// byte stays where it was (so offsets into the text hold for the lower
// form), at the start, the end and in runs.
func TestASCIILower(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"sudah kecil 12.", "sudah kecil 12."},
		{"Jakarta, 5 MEI 2025", "jakarta, 5 mei 2025"},
		{"akhir TAHUN", "akhir tahun"},
		{"ÖZEL Çarşamba İSTANBUL Z", "Özel Çarşamba İstanbul z"},
		{"AZ@[`{", "az@[`{"},
	} {
		if got := asciiLower(c.in); got != c.want {
			t.Errorf("asciiLower(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
