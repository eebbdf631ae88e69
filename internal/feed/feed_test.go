package feed

import (
	"testing"
)

// The feeds below are written for these tests; the dates are in the forms
// Indonesian outlets use (localised day and month names, WIB).
const rssID = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Warta Contoh</title><link>https://warta.example/</link><language>id</language><ttl>15</ttl>
<item><title>Menteri luar negeri bertemu mitra di Jakarta</title><link>https://warta.example/berita/1?utm_source=rss</link>
<pubDate>Senin, 01 Des 2025 10:00:00 +0700</pubDate></item>
<item><title>Kunjungan kenegaraan ke Hanoi</title><link>/berita/2</link>
<pubDate>Selasa, 2 Desember 2025 | 08:15 WIB</pubDate></item>
<item><title>Perjanjian ditandatangani</title><guid isPermaLink="true">https://warta.example/berita/3</guid>
<pubDate>Rab, 03 Des 2025 23:30:00 +0700</pubDate></item>
<item><title>Tanpa tautan</title><description>tidak ada</description></item>
<item><title>English date</title><link>https://warta.example/berita/5</link><pubDate>Thu, 04 Dec 2025 23:30:00 +0700</pubDate></item>
</channel></rss>`

const atomEN = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title>
<link href="https://wire.example/"/>
<entry><title>Leaders meet in Kuala Lumpur</title><link rel="alternate" href="https://wire.example/world/leaders-meet"/>
<id>tag:wire.example,2025:1</id><published>2025-12-05T22:00:00-05:00</published><updated>2025-12-06T01:00:00Z</updated></entry>
<entry><title>Trade pact signed</title><link href="https://wire.example/world/pact"/><id>tag:wire.example,2025:2</id>
<updated>2025-12-06T09:00:00Z</updated></entry>
</feed>`

func TestParse(t *testing.T) {
	tests := []struct {
		name, body, base string
		ttlMin           int
		want             []Item
	}{
		{"indonesian rss", rssID, "https://warta.example/rss", 15, []Item{
			{URL: "https://warta.example/berita/1?utm_source=rss", Title: "Menteri luar negeri bertemu mitra di Jakarta", Date: "2025-12-01"},
			{URL: "https://warta.example/berita/2", Title: "Kunjungan kenegaraan ke Hanoi", Date: "2025-12-02"},
			{URL: "https://warta.example/berita/3", Title: "Perjanjian ditandatangani", Date: "2025-12-03"},
			{URL: "https://warta.example/berita/5", Title: "English date", Date: "2025-12-04"},
		}},
		{"english atom", atomEN, "https://wire.example/atom.xml", 0, []Item{
			// The publisher's own calendar day, not UTC's.
			{URL: "https://wire.example/world/leaders-meet", Title: "Leaders meet in Kuala Lumpur", Date: "2025-12-05"},
			{URL: "https://wire.example/world/pact", Title: "Trade pact signed", Date: "2025-12-06"},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := Parse([]byte(tc.body), tc.base)
			if err != nil {
				t.Fatal(err)
			}
			if int(f.TTL.Minutes()) != tc.ttlMin {
				t.Errorf("TTL = %v, want %d min", f.TTL, tc.ttlMin)
			}
			if len(f.Items) != len(tc.want) {
				t.Fatalf("%d items, want %d: %+v", len(f.Items), len(tc.want), f.Items)
			}
			for i, w := range tc.want {
				g := f.Items[i]
				if g.URL != w.URL || g.Title != w.Title || g.Date != w.Date {
					t.Errorf("item %d = %+v, want %+v", i, g, w)
				}
				if g.Published == "" {
					t.Errorf("item %d: raw date lost", i)
				}
			}
		})
	}
}

func TestParseRejects(t *testing.T) {
	for _, body := range []string{"", "<html><body>not a feed</body></html>", "just text", `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>`} {
		if _, err := Parse([]byte(body), "https://x.example/f"); err == nil {
			t.Errorf("Parse(%q) accepted", body)
		}
	}
}

func TestLegacyCharset(t *testing.T) {
	// "Kerjasama ekonomi — café" in windows-1252: the dash and é are single bytes.
	body := "<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss version=\"2.0\"><channel><title>t</title>" +
		"<item><title>Kerjasama \x97 caf\xe9</title><link>https://x.example/a</link></item></channel></rss>"
	f, err := Parse([]byte(body), "https://x.example/rss")
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Items[0].Title; got != "Kerjasama — café" {
		t.Errorf("title = %q", got)
	}
}

func TestDiscover(t *testing.T) {
	page := `<html><head><link rel="alternate" type="application/rss+xml" href="/rss"><link rel="stylesheet" href="/a.css">
<link rel="alternate" type="application/atom+xml" href="https://site.example/atom.xml"><link rel="alternate" type="application/rss+xml" href="/rss">
<link rel="alternate" hreflang="en" href="/en/"></head><body><link rel="alternate" type="application/rss+xml" href="/body-feed"></body></html>`
	got := Discover([]byte(page), "https://site.example/news/")
	want := []string{"https://site.example/rss", "https://site.example/atom.xml"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("Discover = %v, want %v", got, want)
	}
}

// FuzzParse: Parse never panics, and every item it returns has an absolute
// http(s) URL and a date that is empty or YYYY-MM-DD.
func FuzzParse(f *testing.F) {
	f.Add(rssID)
	f.Add(atomEN)
	f.Add(`{"version":"https://jsonfeed.org/version/1.1","title":"j","items":[{"id":"1","url":"/a","date_published":"2025-12-01T00:00:00Z"}]}`)
	f.Add(`<rss><channel><item><link>javascript:alert(1)</link><pubDate>Jumat, 05 Juli 2024 14:29</pubDate></item></channel></rss>`)
	f.Fuzz(func(t *testing.T, body string) {
		fd, err := Parse([]byte(body), "https://x.example/feed")
		if err != nil {
			return
		}
		for _, it := range fd.Items {
			if len(it.URL) < 8 || (it.URL[:7] != "http://" && it.URL[:8] != "https://") {
				t.Fatalf("item URL %q", it.URL)
			}
			if it.Date != "" && len(it.Date) != 10 {
				t.Fatalf("item date %q", it.Date)
			}
		}
	})
}

func TestDate(t *testing.T) {
	tests := []struct{ raw, want string }{
		{"Mon, 01 Dec 2025 01:00:00 +0700", "2025-12-01"}, // UTC would say 30 November
		{"2025-12-05T22:00:00-05:00", "2025-12-05"},
		{"Jumat, 05 Juli 2024 14:29", "2024-07-05"},
		{"Senin, 16 Juni 2025 | 10:15 WIB", "2025-06-16"},
		{"16 Agustus 2025", "2025-08-16"},
		{"June 19, 2025", "2025-06-19"},
		{"kemarin", ""},
		{"", ""},
	}
	for _, tc := range tests {
		if got := Date(tc.raw, nil); got != tc.want {
			t.Errorf("Date(%q) = %q, want %q", tc.raw, got, tc.want)
		}
	}
}
