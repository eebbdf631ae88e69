package kb

import "testing"

func TestSite(t *testing.T) {
	k := mustLoad(t)
	tests := []struct {
		host, want string // want is the outlet's id, "" for none
	}{
		{"www.antaranews.com", "org:antara"},
		{"m.antaranews.com", "org:antara"},
		{"en.tempo.co", "org:tempo"},
		{"news.detik.com", "org:detik"},
		{"sputniknews.com:443", "org:sputnik"},
		{"example.com", ""},
		{"com", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got := ""
		if e := k.Site(tt.host); e != nil {
			got = e.ID
		}
		if got != tt.want {
			t.Errorf("Site(%q) = %q, want %q", tt.host, got, tt.want)
		}
	}
}
