// Package sitemap reads XML sitemaps (sitemaps.org 0.9), sitemap indexes and
// Google News sitemaps with encoding/xml: a news sitemap's <news:news> gives
// each article's title, publication date, outlet and language. Gzipped
// sitemaps (.xml.gz) are unpacked with a cap, so a compressed bomb is cut.
package sitemap

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"golang.org/x/net/html/charset"

	"kronik/internal/feed"
)

// MaxEntries is the most <url> or <sitemap> entries one file may hold
// (sitemaps.org); more are ignored.
const MaxEntries = 50000

// MaxUnpacked caps a gzipped sitemap once unpacked (sitemaps.org: 50 MB).
const MaxUnpacked = 50 << 20

// ErrNotSitemap marks a body whose root is neither <urlset> nor <sitemapindex>.
var ErrNotSitemap = errors.New("not a sitemap (no <urlset> or <sitemapindex>)")

// Sitemap is one parsed file: either pages (URLs) or other sitemaps (Index).
type Sitemap struct {
	URLs  []Entry
	Index []Entry
}

// Entry is one <url> or <sitemap>.
type Entry struct {
	URL     string // absolute
	LastMod string
	// From <news:news>, when present.
	Title     string
	Published string // raw publication_date
	Date      string // Published read as YYYY-MM-DD ("" when unreadable)
	Outlet    string
	Lang      string
}

type xmlLoc struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod"`
	News    *struct {
		Publication struct {
			Name     string `xml:"name"`
			Language string `xml:"language"`
		} `xml:"publication"`
		PublicationDate string `xml:"publication_date"`
		Title           string `xml:"title"`
	} `xml:"news"`
}

// Is says whether body's root element is a sitemap's.
func Is(body []byte) bool {
	body, err := unpack(body)
	if err != nil {
		return false
	}
	root, _ := rootName(body)
	return root == "urlset" || root == "sitemapindex"
}

// Parse reads a sitemap fetched from base. Entries whose <loc> is not an
// http(s) URL are skipped.
func Parse(body []byte, base string) (*Sitemap, error) {
	body, err := unpack(body)
	if err != nil {
		return nil, fmt.Errorf("sitemap %s: %w", base, err)
	}
	root, err := rootName(body)
	if err != nil || (root != "urlset" && root != "sitemapindex") {
		return nil, fmt.Errorf("%s: %w", base, ErrNotSitemap)
	}
	var doc struct {
		URLs     []xmlLoc `xml:"url"`
		Sitemaps []xmlLoc `xml:"sitemap"`
	}
	d := decoder(body)
	if err := d.Decode(&doc); err != nil {
		return nil, fmt.Errorf("sitemap %s: %w", base, err)
	}
	bu, _ := url.Parse(base)
	sm := &Sitemap{}
	for _, l := range doc.URLs[:min(len(doc.URLs), MaxEntries)] {
		e := Entry{URL: feed.Resolve(bu, l.Loc), LastMod: strings.TrimSpace(l.LastMod)}
		if e.URL == "" {
			continue
		}
		if n := l.News; n != nil {
			e.Title = strings.TrimSpace(n.Title)
			e.Published = strings.TrimSpace(n.PublicationDate)
			e.Outlet = strings.TrimSpace(n.Publication.Name)
			e.Lang = strings.TrimSpace(n.Publication.Language)
		}
		e.Date = feed.Date(e.Published, nil)
		sm.URLs = append(sm.URLs, e)
	}
	for _, l := range doc.Sitemaps[:min(len(doc.Sitemaps), MaxEntries)] {
		if u := feed.Resolve(bu, l.Loc); u != "" {
			sm.Index = append(sm.Index, Entry{URL: u, LastMod: strings.TrimSpace(l.LastMod)})
		}
	}
	return sm, nil
}

// decoder is lenient the way real sitemaps need: HTML entities, and
// declared legacy charsets decoded.
func decoder(body []byte) *xml.Decoder {
	d := xml.NewDecoder(bytes.NewReader(body))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel
	return d
}

// rootName returns the local name of the first element.
func rootName(body []byte) (string, error) {
	d := decoder(body)
	for {
		tok, err := d.Token()
		if err != nil {
			return "", err
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se.Name.Local, nil
		}
	}
}

// unpack gunzips a gzipped body (by its magic bytes), capped at MaxUnpacked.
func unpack(body []byte) ([]byte, error) {
	if len(body) < 2 || body[0] != 0x1f || body[1] != 0x8b {
		return body, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, MaxUnpacked+1))
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	if len(out) > MaxUnpacked {
		return nil, fmt.Errorf("gzip: unpacks to more than %d bytes", MaxUnpacked)
	}
	return out, nil
}
