// Package watchtest serves a small news site on local httptest servers for
// the tests of fetching: robots.txt, an Indonesian RSS feed, an English Atom
// feed and a Google News sitemap, articles written for the tests, and pages
// that misbehave (disallowed, mining-reserved, slow, endless, redirecting to
// a private address or in a loop, a host answering 429). Nothing is fetched
// from the network.
package watchtest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"kronik/internal/calendar"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// Article is one page of the site.
type Article struct {
	Path, Title, Date string // Date as the publisher's day, YYYY-MM-DD
	Lang              string
	Paras             []string
}

// Articles are the site's good articles, written for these tests (fictional
// events between real states, in the style of news).
var Articles = []Article{
	{"/berita/1", "Menteri luar negeri Indonesia bertemu Menlu Vietnam di Jakarta", "2025-12-01", "id", []string{
		"Jakarta - Menteri Luar Negeri Indonesia bertemu dengan Menteri Luar Negeri Vietnam di Jakarta pada Senin untuk membahas kerja sama perdagangan dan keamanan maritim.",
		"Kedua menteri sepakat memperkuat dialog tahunan dan meningkatkan nilai perdagangan kedua negara dalam lima tahun mendatang.",
		"Pertemuan itu juga membahas persiapan konferensi tingkat tinggi ASEAN yang akan datang.",
	}},
	{"/berita/2", "Presiden Indonesia melakukan kunjungan kenegaraan ke Malaysia", "2025-12-02", "id", []string{
		"Kuala Lumpur - Presiden Indonesia melakukan kunjungan kenegaraan ke Malaysia pada Selasa dan disambut Perdana Menteri Malaysia di Putrajaya.",
		"Dalam kunjungan tersebut kedua pemimpin membahas perbatasan, perlindungan pekerja migran dan investasi.",
		"Presiden dijadwalkan kembali ke Jakarta pada Rabu malam setelah bertemu dengan para pengusaha.",
	}},
	{"/berita/3", "Indonesia dan Jepang menandatangani perjanjian energi", "2025-12-03", "id", []string{
		"Tokyo - Indonesia dan Jepang menandatangani perjanjian kerja sama energi bersih di Tokyo pada Rabu.",
		"Perjanjian itu mencakup pembiayaan proyek panas bumi dan pelatihan tenaga ahli di kedua negara.",
		"Menteri Energi Indonesia mengatakan perjanjian tersebut akan berlaku mulai tahun depan.",
	}},
	{"/en/1", "Australian and Indonesian leaders meet in Canberra", "2025-12-04", "en", []string{
		"Canberra - The Prime Minister of Australia met the President of Indonesia in Canberra on Thursday to discuss trade and regional security.",
		"The two leaders agreed to hold annual talks between their foreign and defence ministers.",
		"They also discussed climate finance ahead of next year's regional summit.",
	}},
	{"/en/2", "Singapore and Malaysia sign water agreement", "2025-12-05", "en", []string{
		"Singapore - Singapore and Malaysia signed a water supply agreement in Singapore on Friday, officials said.",
		"The agreement sets the price of raw water for the next twenty years and creates a joint committee.",
		"Both governments said the deal would be reviewed every five years.",
	}},
	{"/en/3", "Philippine foreign minister visits Tokyo", "2025-12-06", "en", []string{
		"Tokyo - The foreign minister of the Philippines visited Tokyo on Saturday for talks with his Japanese counterpart.",
		"The ministers discussed maritime security and a planned visit by the Japanese prime minister to Manila.",
		"The talks ended with a joint statement on regional cooperation.",
	}},
}

// Site is the test site and its companions.
type Site struct {
	URL      string // the site
	Private  string // another loopback server the site redirects to
	Busy     string // a host that answers 429 with Retry-After
	Addrs    []string
	mu       sync.Mutex
	requests map[string]int // path -> requests answered 200
	codes    map[int]int    // status -> count, over all requests
	srv      []*httptest.Server
}

// Requests returns how many times path was answered with a body.
func (s *Site) Requests(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests[path]
}

// Codes returns the count of answers by status, and resets it.
func (s *Site) Codes() map[int]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.codes
	s.codes = map[int]int{}
	return c
}

// Close shuts the servers down.
func (s *Site) Close() {
	for _, srv := range s.srv {
		srv.CloseClientConnections()
		srv.Close()
	}
}

// New starts the site; t.Cleanup closes it.
func New(t testing.TB) *Site {
	s := &Site{requests: map[string]int{}, codes: map[int]int{}}
	private := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<html><body>internal admin page</body></html>")
	}))
	busy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.count(r.URL.Path, http.StatusTooManyRequests)
		if r.URL.Path == "/robots.txt" {
			w.WriteHeader(http.StatusNotFound)
			return
		}
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	site := httptest.NewServer(http.HandlerFunc(s.serve))
	s.srv = []*httptest.Server{site, private, busy}
	s.URL, s.Private, s.Busy = site.URL, private.URL, busy.URL
	s.Addrs = []string{site.Listener.Addr().String(), busy.Listener.Addr().String()}
	t.Cleanup(s.Close)
	return s
}

func (s *Site) count(path string, code int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.codes[code]++
	if code == http.StatusOK {
		s.requests[path]++
	}
}

// Bad paths the feeds list, and what each must cause.
const (
	PathDisallowed = "/private/rahasia"
	PathReserved   = "/berita/tdm"
	PathSlow       = "/berita/lambat"
	PathEndless    = "/berita/tanpa-akhir"
	PathToPrivate  = "/berita/pindah"
	PathLoop       = "/berita/putar"
	PathBusy       = "/rss.xml" // on the Busy host: a feed whose host asks to wait an hour
)

func (s *Site) serve(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Path
	switch p {
	case "/robots.txt":
		s.static(w, r, "text/plain", "User-agent: *\nDisallow: /private/\n\nSitemap: "+s.URL+"/news-sitemap.xml\n")
	case "/":
		s.static(w, r, "text/html", `<html><head><title>Warta Contoh</title><link rel="alternate" type="application/rss+xml" href="/rss.xml">`+
			`<link rel="alternate" type="application/atom+xml" href="/atom.xml"></head><body><h1>Warta Contoh</h1></body></html>`)
	case "/rss.xml":
		s.static(w, r, "application/rss+xml", s.rss())
	case "/atom.xml":
		s.static(w, r, "application/atom+xml", s.atom())
	case "/news-sitemap.xml":
		s.static(w, r, "application/xml", s.sitemap())
	case PathReserved:
		w.Header().Set("tdm-reservation", "1")
		s.static(w, r, "text/html; charset=utf-8", page(Article{Title: "Halaman yang dilindungi", Paras: []string{"Isi yang tidak boleh ditambang."}}))
	case PathSlow:
		s.count(p, 0)
		select {
		case <-time.After(time.Minute): // far past any client timeout the tests set
		case <-r.Context().Done():
		}
	case PathEndless:
		s.count(p, 0)
		w.Header().Set("Content-Type", "text/html")
		chunk := []byte(strings.Repeat("<p>tanpa akhir</p>", 256))
		for r.Context().Err() == nil {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	case PathToPrivate:
		s.count(p, http.StatusFound)
		http.Redirect(w, r, s.Private+"/admin", http.StatusFound)
	case PathLoop:
		s.count(p, http.StatusFound)
		http.Redirect(w, r, PathLoop+"/lagi", http.StatusFound)
	case PathLoop + "/lagi":
		s.count(p, http.StatusFound)
		http.Redirect(w, r, PathLoop, http.StatusFound)
	case PathDisallowed:
		s.static(w, r, "text/html", "<html><body>should never be fetched</body></html>")
	default:
		for _, a := range Articles {
			if a.Path == p {
				s.static(w, r, "text/html; charset=utf-8", page(a))
				return
			}
		}
		s.count(p, http.StatusNotFound)
		http.NotFound(w, r)
	}
}

// static answers with an ETag and honours If-None-Match.
func (s *Site) static(w http.ResponseWriter, r *http.Request, ctype, body string) {
	h := sha256.Sum256([]byte(body))
	etag := `"` + hex.EncodeToString(h[:8]) + `"`
	w.Header().Set("ETag", etag)
	if r.Header.Get("If-None-Match") == etag {
		s.count(r.URL.Path, http.StatusNotModified)
		w.WriteHeader(http.StatusNotModified)
		return
	}
	s.count(r.URL.Path, http.StatusOK)
	w.Header().Set("Content-Type", ctype)
	fmt.Fprint(w, body)
}

func page(a Article) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!doctype html><html lang=%q><head><meta charset=\"utf-8\"><title>%s</title></head><body><article><h1>%s</h1>", a.Lang, a.Title, a.Title)
	for _, p := range a.Paras {
		fmt.Fprintf(&b, "<p>%s</p>", p)
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

// fixtureDay reads one of the site's YYYY-MM-DD dates; they are written
// here, so a bad one is a mistake in this file.
func fixtureDay(d string) calendar.Date {
	t, ok := calendar.ParseDay(d)
	if !ok {
		panic(fmt.Sprintf("watchtest: fixture date %q is not a YYYY-MM-DD day", d))
	}
	return t
}

// idDate writes a date the way Indonesian feeds do ("Senin, 01 Des 2025 10:00:00 +0700").
func idDate(d string) string {
	t := fixtureDay(d)
	days := []string{"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"}
	months := []string{"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"}
	return fmt.Sprintf("%s, %02d %s %d 10:00:00 +0700", days[t.Weekday()], t.Day(), months[t.Month()-1], t.Year())
}

func (s *Site) rss() string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Warta Contoh</title><link>` + s.URL + `/</link><language>id</language>`)
	item := func(link, title, date string) {
		fmt.Fprintf(&b, "<item><title>%s</title><link>%s</link><pubDate>%s</pubDate></item>", title, link, date)
	}
	for _, a := range Articles[:2] {
		item(s.URL+a.Path+"?utm_source=rss&utm_medium=feed", a.Title, idDate(a.Date))
	}
	item(s.URL+PathDisallowed, "Rahasia", idDate("2025-12-01"))
	item(s.URL+PathReserved, "Dilindungi", idDate("2025-12-01"))
	item(s.URL+PathSlow, "Lambat", idDate("2025-12-01"))
	item(s.URL+PathEndless, "Tanpa akhir", idDate("2025-12-01"))
	item(s.URL+PathToPrivate, "Pindah", idDate("2025-12-01"))
	item(s.URL+PathLoop, "Putar", idDate("2025-12-01"))
	b.WriteString("</channel></rss>")
	return b.String()
}

func (s *Site) atom() string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title>`)
	for _, a := range []Article{Articles[3], Articles[4], Articles[0]} { // the first Indonesian story again: stored once
		fmt.Fprintf(&b, `<entry><title>%s</title><link href="%s%s#top"/><id>%s</id><published>%sT21:30:00-05:00</published></entry>`,
			a.Title, s.URL, a.Path, a.Path, a.Date)
	}
	b.WriteString("</feed>")
	return b.String()
}

func (s *Site) sitemap() string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">`)
	for _, a := range []Article{Articles[2], Articles[5]} {
		date := a.Date + "T08:00:00+07:00"
		if a.Lang == "id" {
			t := fixtureDay(a.Date)
			date = fmt.Sprintf("%d Desember %d 08:00 WIB", t.Day(), t.Year())
		}
		fmt.Fprintf(&b, `<url><loc>%s%s</loc><news:news><news:publication><news:name>Warta Contoh</news:name><news:language>%s</news:language></news:publication><news:publication_date>%s</news:publication_date><news:title>%s</news:title></news:news></url>`,
			s.URL, a.Path, a.Lang, date, a.Title)
	}
	b.WriteString("</urlset>")
	return b.String()
}
