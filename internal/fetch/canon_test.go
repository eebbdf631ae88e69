package fetch

import (
	"net/url"
	"strings"
	"testing"
)

func TestCanonical(t *testing.T) {
	tests := []struct{ in, want string }{
		{"HTTPS://Example.ORG:443/News/1?utm_source=x&utm_medium=rss#top", "https://example.org/News/1"},
		{"http://example.org:80", "http://example.org/"},
		{"https://example.org/a?b=2&a=1&fbclid=zz", "https://example.org/a?a=1&b=2"},
		{"https://example.org/a?page=2&amp=1", "https://example.org/a?page=2"},
		{"https://example.org/a?", "https://example.org/a"},
		{"https://example.org:8443/a", "https://example.org:8443/a"},
		{"https://user:pw@example.org/a", "https://example.org/a"},
		{"https://example.org./a?id=7&gclid=1&mc_cid=2", "https://example.org/a?id=7"},
		{"  https://example.org/berita/presiden-bertemu  ", "https://example.org/berita/presiden-bertemu"},
	}
	for _, tc := range tests {
		got, err := Canonical(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("Canonical(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"", "ftp://example.org/x", "/relative/path", "https://", "mailto:a@b.c", "http://[::1"} {
		if got, err := Canonical(bad); err == nil {
			t.Errorf("Canonical(%q) = %q, want an error", bad, got)
		} else if bad != "" && !strings.Contains(err.Error(), bad) {
			t.Errorf("Canonical(%q): error %q does not name the input", bad, err)
		}
	}
}

func TestPageURL(t *testing.T) {
	tests := []struct {
		name, fetched, body, want string
	}{
		{"amp page names its article", "https://amp.example.org/a/1.amp?utm_source=x",
			`<html amp><head><link rel="canonical" href="https://www.example.org/a/1"></head><body></body></html>`,
			"https://www.example.org/a/1"},
		{"same site canonical", "https://m.example.org/a/1?page=all",
			`<html><head><link rel="canonical" href="/a/1"></head><body></body></html>`,
			"https://m.example.org/a/1"},
		{"other site canonical ignored", "https://example.org/a/1",
			`<html><head><link rel="canonical" href="https://other.example.com/copied"></head><body></body></html>`,
			"https://example.org/a/1"},
		{"no canonical", "https://example.org/a/1#comments", `<html><body>text</body></html>`, "https://example.org/a/1"},
	}
	for _, tc := range tests {
		got, err := PageURL(&Response{URL: tc.fetched, Body: []byte(tc.body)})
		if err != nil || got != tc.want {
			t.Errorf("%s: %q, %v; want %q", tc.name, got, err, tc.want)
		}
	}
}

// FuzzCanonical: Canonical never panics, its output is a parseable http(s)
// URL without fragment or tracking parameters, and it is idempotent.
func FuzzCanonical(f *testing.F) {
	for _, s := range []string{"https://example.org/a?utm_source=x#f", "http://EXAMPLE.org:80", "https://[::1]:443/a?b&a=1", "https://example.org/%zz?x=%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		c, err := Canonical(in)
		if err != nil {
			return
		}
		u, err := url.Parse(c)
		if err != nil {
			t.Fatalf("Canonical(%q) = %q does not parse: %v", in, c, err)
		}
		if u.Fragment != "" || (u.Scheme != "http" && u.Scheme != "https") {
			t.Fatalf("Canonical(%q) = %q", in, c)
		}
		for k := range u.Query() {
			if isTracking(k) {
				t.Fatalf("Canonical(%q) = %q keeps %s", in, c, k)
			}
		}
		c2, err := Canonical(c)
		if err != nil || c2 != c {
			t.Fatalf("not idempotent: %q -> %q -> %q (%v)", in, c, c2, err)
		}
	})
}
