package feed

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// feedTypes are the media types of feed links.
var feedTypes = map[string]bool{
	"application/rss+xml": true, "application/atom+xml": true, "application/feed+json": true,
	"application/rdf+xml": true, "application/x.atom+xml": true, "application/json": false,
}

// alternateLinks scans a page's head for feed links.
func alternateLinks(page []byte) []string {
	z := html.NewTokenizer(bytes.NewReader(page))
	var out []string
	for {
		switch z.Next() {
		case html.ErrorToken:
			return out
		case html.StartTagToken, html.SelfClosingTagToken:
			name, more := z.TagName()
			if string(name) == "body" {
				return out
			}
			if string(name) != "link" {
				continue
			}
			a := map[string]string{}
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				a[string(k)] = string(v)
			}
			if strings.Contains(" "+strings.ToLower(a["rel"])+" ", " alternate ") &&
				feedTypes[strings.ToLower(strings.TrimSpace(a["type"]))] && a["href"] != "" {
				out = append(out, a["href"])
			}
		}
	}
}
