package sitemap

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

// Written for these tests: a Google News sitemap with Indonesian and English
// items, and an index.
const newsMap = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://kabar.example/internasional/dialog-bilateral</loc>
<news:news><news:publication><news:name>Kabar Contoh</news:name><news:language>id</news:language></news:publication>
<news:publication_date>2025-12-01T07:30:00+07:00</news:publication_date><news:title>Dialog bilateral di Bogor</news:title></news:news></url>
<url><loc>https://kabar.example/en/talks</loc>
<news:news><news:publication><news:name>Kabar Example</news:name><news:language>en</news:language></news:publication>
<news:publication_date>Selasa, 02 Desember 2025 09:00 WIB</news:publication_date><news:title>Talks &amp; a visit</news:title></news:news></url>
<url><loc>/relative/page</loc><lastmod>2025-11-30</lastmod></url>
<url><loc>mailto:editor@kabar.example</loc></url>
</urlset>`

const index = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://kabar.example/news-sitemap.xml</loc><lastmod>2025-12-02</lastmod></sitemap>
<sitemap><loc>/sitemap-2.xml.gz</loc></sitemap></sitemapindex>`

func TestParseNews(t *testing.T) {
	sm, err := Parse([]byte(newsMap), "https://kabar.example/sitemap.xml")
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{
		{URL: "https://kabar.example/internasional/dialog-bilateral", Title: "Dialog bilateral di Bogor", Date: "2025-12-01", Outlet: "Kabar Contoh", Lang: "id"},
		{URL: "https://kabar.example/en/talks", Title: "Talks & a visit", Date: "2025-12-02", Outlet: "Kabar Example", Lang: "en"},
		{URL: "https://kabar.example/relative/page", LastMod: "2025-11-30"},
	}
	if len(sm.URLs) != len(want) || len(sm.Index) != 0 {
		t.Fatalf("got %+v", sm)
	}
	for i, w := range want {
		g := sm.URLs[i]
		g.Published = ""
		if g != w {
			t.Errorf("entry %d = %+v, want %+v", i, g, w)
		}
	}
}

func TestParseIndexGzipped(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(index))
	zw.Close()
	for name, body := range map[string][]byte{"plain": []byte(index), "gzip": buf.Bytes()} {
		sm, err := Parse(body, "https://kabar.example/sitemap_index.xml")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(sm.Index) != 2 || sm.Index[1].URL != "https://kabar.example/sitemap-2.xml.gz" || sm.Index[0].LastMod != "2025-12-02" {
			t.Errorf("%s: %+v", name, sm.Index)
		}
	}
}

func TestParseRejects(t *testing.T) {
	var bomb bytes.Buffer
	zw := gzip.NewWriter(&bomb)
	zw.Write([]byte("<urlset>"))
	zw.Write(bytes.Repeat([]byte(" "), MaxUnpacked+10))
	zw.Close()
	tests := map[string][]byte{
		"html":      []byte("<html><body>hi</body></html>"),
		"rss":       []byte(`<rss version="2.0"><channel></channel></rss>`),
		"empty":     nil,
		"bad gzip":  {0x1f, 0x8b, 1, 2, 3},
		"gzip bomb": bomb.Bytes(),
	}
	for name, body := range tests {
		if _, err := Parse(body, "https://kabar.example/s.xml"); err == nil {
			t.Errorf("%s: accepted", name)
		} else if !strings.Contains(err.Error(), "https://kabar.example/s.xml") {
			t.Errorf("%s: error %q does not name the sitemap", name, err)
		}
	}
}

// FuzzParse: Parse never panics and returns only absolute http(s) URLs.
func FuzzParse(f *testing.F) {
	f.Add([]byte(newsMap))
	f.Add([]byte(index))
	f.Add([]byte(`<?xml version="1.0" encoding="ISO-8859-1"?><urlset><url><loc>http://x.example/caf` + "\xe9" + `</loc></url></urlset>`))
	f.Fuzz(func(t *testing.T, body []byte) {
		sm, err := Parse(body, "https://x.example/sitemap.xml")
		if err != nil {
			return
		}
		for _, e := range append(sm.URLs, sm.Index...) {
			if !strings.HasPrefix(e.URL, "http://") && !strings.HasPrefix(e.URL, "https://") {
				t.Fatalf("entry URL %q", e.URL)
			}
		}
	})
}
