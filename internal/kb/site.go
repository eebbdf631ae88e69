package kb

import "strings"

// Site returns the news outlet whose web site is host ("www.antaranews.com",
// "en.tempo.co", "sputniknews.com"), or nil when no outlet lists it. Outlets
// list their sites as aliases in the "site" group of outlets.tsv; a host
// matches its own name or that of a parent domain, down to two labels.
func (k *KB) Site(host string) *Entity {
	h := strings.ToLower(strings.TrimSuffix(host, "."))
	if i := strings.LastIndexByte(h, ':'); i >= 0 {
		h = h[:i] // a port
	}
	for strings.Count(h, ".") >= 1 {
		for _, e := range k.Lookup(h) {
			if e.Type != Org {
				continue
			}
			for _, s := range e.Aliases["site"] {
				if strings.EqualFold(s, h) {
					return e
				}
			}
		}
		_, h, _ = strings.Cut(h, ".")
	}
	return nil
}
