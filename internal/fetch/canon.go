package fetch

import (
	"fmt"
	"net/url"
	"sort"
	"strings"
)

// trackingParams are query parameters that say who sent a reader, not which
// page they read: campaign tags (utm_*), click ids of ad and social networks,
// newsletter ids. Dropping them makes one article one URL.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gbraid": true, "wbraid": true, "msclkid": true,
	"yclid": true, "igshid": true, "twclid": true, "ttclid": true, "li_fat_id": true,
	"mc_cid": true, "mc_eid": true, "_ga": true, "_gl": true, "_hsenc": true, "_hsmi": true,
	"mkt_tok": true, "oly_anon_id": true, "oly_enc_id": true, "vero_id": true, "wickedid": true,
	"ref_src": true, "ref_url": true, "cmpid": true, "ocid": true, "s_cid": true, "spm": true,
	"amp": true, // ?amp=1 / ?amp is the AMP rendition of the same page
}

// trackingPrefixes are families of campaign parameters.
var trackingPrefixes = []string{"utm_", "pk_", "mtm_", "at_"}

// Canonical returns the form of an http(s) URL under which kronik stores an
// article: scheme and host lower-cased, default port and fragment dropped,
// tracking parameters removed, the others sorted, an empty path made "/".
// It refuses non-http(s) and host-less URLs with an error naming the input.
func Canonical(raw string) (string, error) {
	u, err := parseURL(raw)
	if err != nil {
		return "", err
	}
	u.Scheme = strings.ToLower(u.Scheme)
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if host == "" {
		return "", fmt.Errorf("bad URL %q: no host", raw)
	}
	port := u.Port()
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	if strings.Contains(host, ":") { // IPv6 literal
		host = "[" + host + "]"
	}
	if port != "" {
		host += ":" + port
	}
	u.Host = host
	u.Fragment, u.RawFragment = "", ""
	u.User = nil
	if u.Path == "" {
		u.Path, u.RawPath = "/", ""
	}
	if u.RawQuery != "" {
		q, err := url.ParseQuery(u.RawQuery)
		if err != nil {
			// A query url.ParseQuery cannot split is kept as it is: it
			// still names the page.
			q = nil
		}
		if q != nil {
			for k := range q {
				if isTracking(k) {
					delete(q, k)
				}
			}
			keys := make([]string, 0, len(q))
			for k := range q {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			var b strings.Builder
			for _, k := range keys {
				vs := q[k]
				for _, v := range vs {
					if b.Len() > 0 {
						b.WriteByte('&')
					}
					b.WriteString(url.QueryEscape(k))
					if v != "" {
						b.WriteByte('=')
						b.WriteString(url.QueryEscape(v))
					}
				}
			}
			u.RawQuery = b.String()
		}
	}
	u.ForceQuery = false
	return u.String(), nil
}

func isTracking(k string) bool {
	k = strings.ToLower(k)
	if trackingParams[k] {
		return true
	}
	for _, p := range trackingPrefixes {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// PageURL is the URL a fetched page is stored under: the page's own
// <link rel="canonical"> when the page is an AMP rendition or the canonical
// is on the same site (an outlet pointing its tracking or mobile variant at
// the article), else the fetched URL; canonicalised either way. A canonical
// on another site is ignored: a page cannot make itself another outlet's.
func PageURL(r *Response) (string, error) {
	fetched, err := Canonical(r.URL)
	if err != nil {
		return "", err
	}
	m := pageMeta(r.Body)
	if m.canonical == "" {
		return fetched, nil
	}
	base, _ := url.Parse(r.URL)
	ref, err := url.Parse(m.canonical)
	if err != nil {
		return fetched, nil
	}
	c, err := Canonical(base.ResolveReference(ref).String())
	if err != nil {
		return fetched, nil
	}
	cu, _ := url.Parse(c)
	fu, _ := url.Parse(fetched)
	if m.amp || site(cu.Hostname()) == site(fu.Hostname()) {
		return c, nil
	}
	return fetched, nil
}

// site strips the prefixes outlets use for renditions of one site.
func site(host string) string {
	for _, p := range []string{"www.", "m.", "amp.", "mobile."} {
		host = strings.TrimPrefix(host, p)
	}
	return host
}
