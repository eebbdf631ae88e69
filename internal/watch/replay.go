package watch

import (
	"net/http"
	"net/url"
	"strings"

	"kronik/internal/feed"
	"kronik/internal/fetch"
	"kronik/internal/sitemap"
	"kronik/internal/source"
)

// Replay turns an archive of a crawl back into the documents the crawl
// stored, without the network: the same canonical URLs, the same title,
// date and outlet hints from the archived feeds and sitemaps, and the same
// mining reservations (header, meta tag, the archived tdmrep.json) so that
// a reserved page stays unextracted unless allowReserved. read is called
// twice and must give the archive's responses in order each time (first
// for the listings, then for the pages). skip is told of each page left
// out and why.
func Replay(read func(fn func(*fetch.Response) error) error, allowReserved bool,
	emit func(source.Document) error, skip func(url, why string)) error {
	hints := map[string]item{}    // by canonical URL
	tdmrep := map[string][]byte{} // by scheme://host
	err := read(func(r *fetch.Response) error {
		if r.Status != http.StatusOK {
			return nil
		}
		if isTDMRep(r.URL) {
			tdmrep[origin(r.URL)] = r.Body
			return nil
		}
		var items []item
		switch {
		case feed.Is(r.Body):
			f, err := feed.Parse(r.Body, r.URL)
			if err != nil {
				return nil
			}
			items = feedItems(f)
		case sitemap.Is(r.Body):
			sm, err := sitemap.Parse(r.Body, r.URL)
			if err != nil {
				return nil
			}
			items = sitemapItems(sm.URLs)
		}
		for _, it := range items {
			if c, err := fetch.Canonical(it.url); err == nil {
				if _, seen := hints[c]; !seen {
					hints[c] = it
				}
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	// Every copy is emitted: a page archived twice with other content is
	// a new version of its document, as it was when fetched.
	return read(func(r *fetch.Response) error {
		if r.Status != http.StatusOK || isTDMRep(r.URL) || strings.HasSuffix(r.URL, "/robots.txt") ||
			feed.Is(r.Body) || sitemap.Is(r.Body) || len(r.Body) == 0 {
			return nil
		}
		canon, err := fetch.Canonical(r.URL)
		if err != nil {
			skip(r.URL, err.Error())
			return nil
		}
		if t := fetch.ReadTDM(r, tdmrep[origin(r.URL)]); t.Reserved && !allowReserved {
			skip(r.URL, "text-and-data mining reserved ("+t.Source+")")
			return nil
		}
		it, ok := hints[canon]
		doc := pageDocument(r, it, canon)
		if !ok {
			if it, ok = hints[doc.URL]; ok {
				doc = pageDocument(r, it, canon)
			}
		}
		return emit(doc)
	})
}

func isTDMRep(u string) bool { return strings.HasSuffix(u, "/.well-known/tdmrep.json") }

func origin(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return u.Scheme + "://" + u.Host
}
