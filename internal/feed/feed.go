// Package feed reads RSS, Atom and JSON feeds into the items kronik fetches:
// each item's page URL, title and publication date. Parsing is
// github.com/mmcdole/gofeed's; this package adds what news feeds need on top:
// localised dates (gofeed leaves PublishedParsed nil for "Senin, 01 Des 2025
// 10:00 WIB"; the raw string is read with kronik's own timex.Stamp), links
// resolved against the feed's address, and the channel's <ttl>.
package feed

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"kronik/internal/timex"
)

// ErrNotFeed marks a body that is not RSS, Atom or JSON Feed.
var ErrNotFeed = errors.New("not an RSS, Atom or JSON feed")

// Feed is a parsed feed.
type Feed struct {
	Title    string
	Link     string // the site's address
	Language string
	// TTL is the RSS <ttl>: how long the publisher asks readers to wait
	// between polls (0 when not given).
	TTL   time.Duration
	Items []Item
}

// Item is one entry: the article it points to.
type Item struct {
	URL   string // absolute
	Title string
	// Published is the raw date as the feed wrote it ("" when none); Date
	// is that date read as "YYYY-MM-DD" ("" when unreadable).
	Published string
	Date      string
	GUID      string
}

// Is says whether body looks like a feed (by its root element).
func Is(body []byte) bool {
	return gofeed.DetectFeedType(bytes.NewReader(body)) != gofeed.FeedTypeUnknown
}

// Parse reads a feed fetched from base (used to resolve relative links).
// Items without a usable http(s) link are left out; a feed without items is
// not an error (an outlet may have published nothing yet).
func Parse(body []byte, base string) (*Feed, error) {
	if !Is(body) {
		return nil, fmt.Errorf("%s: %w", base, ErrNotFeed)
	}
	gf, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("feed %s: %w", base, err)
	}
	bu, _ := url.Parse(base)
	f := &Feed{Title: strings.TrimSpace(gf.Title), Link: gf.Link, Language: gf.Language, TTL: rssTTL(body)}
	for _, it := range gf.Items {
		link := it.Link
		if link == "" && len(it.Links) > 0 {
			link = it.Links[0]
		}
		if link == "" && strings.HasPrefix(it.GUID, "http") {
			link = it.GUID // an RSS guid with isPermaLink is the article's address
		}
		abs := Resolve(bu, link)
		if abs == "" {
			continue
		}
		raw, parsed := it.Published, it.PublishedParsed
		if raw == "" {
			raw, parsed = it.Updated, it.UpdatedParsed
		}
		if raw == "" && it.DublinCoreExt != nil && len(it.DublinCoreExt.Date) > 0 {
			raw = it.DublinCoreExt.Date[0]
		}
		f.Items = append(f.Items, Item{URL: abs, Title: strings.TrimSpace(it.Title), Published: strings.TrimSpace(raw),
			Date: Date(raw, parsed), GUID: it.GUID})
	}
	return f, nil
}

// Date reads a feed date as the publisher's calendar day ("YYYY-MM-DD"):
// the standard forms are parsed keeping their offset (gofeed's parsed time
// is UTC, which moves an article published at 01:00 WIB to the day before),
// then the raw string goes through timex.Stamp, which knows Indonesian and
// English month and day names ("Senin, 01 Des 2025 10:00 WIB", where gofeed
// gives nil), and last gofeed's parsed time.
func Date(raw string, parsed *time.Time) string {
	raw = strings.TrimSpace(raw)
	for _, layout := range stdLayouts {
		if t, err := time.Parse(layout, raw); err == nil {
			return t.Format("2006-01-02")
		}
	}
	// A stamp without a written year ("kemarin", "2 jam lalu") is relative
	// to a moment the feed does not give: timex.Stamp would resolve it
	// against no date at all, so it is not read.
	if yearRe.MatchString(raw) {
		if d, ok := timex.Stamp(raw); ok && d.Day > 0 {
			return d.String()
		}
	}
	if parsed != nil && !parsed.IsZero() {
		return parsed.Format("2006-01-02")
	}
	return ""
}

// yearRe finds a written year.
var yearRe = regexp.MustCompile(`(^|\D)(19|20)\d\d(\D|$)`)

// stdLayouts are the date forms of RSS (RFC 822/1123) and Atom (RFC 3339).
var stdLayouts = []string{time.RFC3339, time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST", time.RFC822Z, time.RFC822}

// Resolve makes link absolute against base (nil: link must be absolute);
// "" when the result is not an http(s) address with a host, so that a
// "javascript:" or relative link in a feed or a sitemap is never fetched.
func Resolve(base *url.URL, link string) string {
	link = strings.TrimSpace(link)
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// rssTTL reads <rss><channel><ttl> (minutes), which gofeed's universal Feed
// does not carry.
func rssTTL(body []byte) time.Duration {
	var doc struct {
		XMLName xml.Name
		Channel struct {
			TTL int `xml:"ttl"`
		} `xml:"channel"`
	}
	d := xml.NewDecoder(bytes.NewReader(body))
	d.Strict = false
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	if d.Decode(&doc) != nil || doc.XMLName.Local != "rss" || doc.Channel.TTL <= 0 {
		return 0
	}
	return time.Duration(min(doc.Channel.TTL, 7*24*60)) * time.Minute
}

// Discover returns the feeds an HTML page links to with
// <link rel="alternate" type="application/rss+xml|atom+xml|feed+json">.
func Discover(page []byte, base string) []string {
	bu, _ := url.Parse(base)
	var out []string
	seen := map[string]bool{}
	for _, l := range alternateLinks(page) {
		if abs := Resolve(bu, l); abs != "" && !seen[abs] {
			seen[abs] = true
			out = append(out, abs)
		}
	}
	return out
}
