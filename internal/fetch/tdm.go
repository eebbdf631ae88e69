package fetch

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/url"
	"path"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// TDM is what a page says about text-and-data mining (W3C TDMRep) and AI
// use. Reserved pages are not extracted unless the user says they have the
// right.
type TDM struct {
	Reserved bool   // tdm-reservation: 1
	Source   string // "header", "meta" or "tdmrep.json" where Reserved came from
	Policy   string // tdm-policy URL, when given
	NoAI     bool   // "noai" in X-Robots-Tag or meta robots (recorded only)
}

// tdmEntry is a host's /.well-known/tdmrep.json as last read.
type tdmEntry struct {
	body    []byte
	expires time.Time
}

// tdmRule is one entry of tdmrep.json.
type tdmRule struct {
	Location    string `json:"location"`
	Reservation int    `json:"tdm-reservation"`
	Policy      string `json:"tdm-policy"`
}

// TDMOf reads a fetched page's reservation (ReadTDM) with its host's
// /.well-known/tdmrep.json, read once a day; a missing or unreadable file
// reserves nothing.
func (f *Fetcher) TDMOf(ctx context.Context, r *Response) TDM {
	var rep []byte
	if u, err := url.Parse(r.URL); err == nil {
		rep = f.tdmrep(ctx, u)
	}
	return ReadTDM(r, rep)
}

// ReadTDM decides a page's reservation: the tdm-reservation header wins,
// then the page's meta tag, then the first rule of the host's tdmrep.json
// (its body, nil when none) whose location matches the page's path. "noai"
// in X-Robots-Tag or meta robots is recorded either way.
func ReadTDM(r *Response, tdmrep []byte) TDM {
	var t TDM
	for _, v := range r.Header.Values("X-Robots-Tag") {
		if hasToken(v, "noai") {
			t.NoAI = true
		}
	}
	meta := pageMeta(r.Body)
	if hasToken(meta.robots, "noai") {
		t.NoAI = true
	}
	if v := strings.TrimSpace(r.Header.Get("Tdm-Reservation")); v != "" {
		t.Reserved, t.Source, t.Policy = v == "1", "header", r.Header.Get("Tdm-Policy")
		return t
	}
	if meta.tdm != "" {
		t.Reserved, t.Source, t.Policy = meta.tdm == "1", "meta", meta.tdmPolicy
		return t
	}
	var rules []tdmRule
	if len(tdmrep) == 0 || json.Unmarshal(tdmrep, &rules) != nil {
		return t
	}
	u, err := url.Parse(r.URL)
	if err != nil {
		return t
	}
	for _, rule := range rules {
		if tdmMatch(rule.Location, u.EscapedPath()) {
			t.Reserved, t.Source, t.Policy = rule.Reservation == 1, "tdmrep.json", rule.Policy
			break
		}
	}
	return t
}

// tdmrep returns the body of u's host's tdmrep.json (nil when none).
func (f *Fetcher) tdmrep(ctx context.Context, u *url.URL) []byte {
	h := f.host(u)
	f.mu.Lock()
	e := h.tdm
	f.mu.Unlock()
	if e != nil && f.now().Before(e.expires) {
		return e.body
	}
	tu := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/.well-known/tdmrep.json"}
	var body []byte
	resp, err := f.get(ctx, tu, Request{URL: tu.String(), Accept: "application/json"})
	var re *RetryError
	if errors.As(err, &re) || ctx.Err() != nil {
		return nil // not cached: ask again next time
	}
	if err == nil {
		body = resp.Body
	}
	f.mu.Lock()
	h.tdm = &tdmEntry{body: body, expires: f.now().Add(f.opt.RobotsTTL)}
	f.mu.Unlock()
	return body
}

// tdmMatch matches a TDMRep location pattern ("/", "/news/*", "*.html")
// against a path.
func tdmMatch(pattern, p string) bool {
	if pattern == "" {
		return false
	}
	if !strings.HasPrefix(pattern, "/") && !strings.HasPrefix(pattern, "*") {
		pattern = "/" + pattern
	}
	if pattern == "/" || pattern == "/*" {
		return true
	}
	if strings.HasSuffix(pattern, "/*") && !strings.Contains(strings.TrimSuffix(pattern, "/*"), "*") {
		return strings.HasPrefix(p, strings.TrimSuffix(pattern, "*"))
	}
	if ok, err := path.Match(pattern, p); err == nil && ok {
		return true
	}
	return strings.HasSuffix(pattern, "/") && strings.HasPrefix(p, pattern)
}

// hasToken says whether a comma- or space-separated directive list names tok.
func hasToken(list, tok string) bool {
	for _, f := range strings.FieldsFunc(strings.ToLower(list), func(r rune) bool { return r == ',' || r == ' ' || r == ';' }) {
		if f == tok {
			return true
		}
	}
	return false
}

// metaInfo is what the fetcher reads from a page's head.
type metaInfo struct {
	robots, tdm, tdmPolicy string
	canonical              string
	amp                    bool // <html amp> or <html ⚡>
}

// pageMeta scans an HTML page's head with the x/net/html tokenizer (not a
// full parse: only the head's tags matter, and the body may be megabytes).
func pageMeta(body []byte) metaInfo {
	var m metaInfo
	if !looksHTML(body) {
		return m
	}
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return m
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			attrs := map[string]string{}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				attrs[string(k)] = string(v)
			}
			switch string(name) {
			case "html":
				_, a := attrs["amp"]
				_, b := attrs["⚡"]
				m.amp = a || b
			case "meta":
				switch strings.ToLower(attrs["name"]) {
				case "robots", "kronik":
					m.robots += " " + attrs["content"]
				case "tdm-reservation":
					m.tdm = strings.TrimSpace(attrs["content"])
				case "tdm-policy":
					m.tdmPolicy = strings.TrimSpace(attrs["content"])
				}
			case "link":
				if hasToken(attrs["rel"], "canonical") && m.canonical == "" {
					m.canonical = strings.TrimSpace(attrs["href"])
				}
			case "body":
				return m
			}
		}
	}
}

func looksHTML(b []byte) bool {
	head := bytes.ToLower(b[:min(len(b), 1024)])
	return bytes.Contains(head, []byte("<html")) || bytes.Contains(head, []byte("<!doctype html")) || bytes.Contains(head, []byte("<head"))
}
