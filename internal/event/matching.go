package event

import (
	"sort"
	"strings"
)

type hit struct {
	c    *compiled
	i, j int // token range
}

// tokenKey strips the enclitic -nya so that "pembicaraannya" matches
// "pembicaraan" ("his talks").
func tokenKey(w string) string {
	if len(w) > 7 && strings.HasSuffix(w, "nya") {
		return w[:len(w)-3]
	}
	return w
}

func (x *Extractor) matches(v *sentenceView) []hit {
	var hits []hit
	for i := range v.low {
		if v.quoted[i] {
			continue
		}
		cands := x.byFirst[v.low[i]]
		if k := tokenKey(v.low[i]); k != v.low[i] {
			cands = append(cands[:len(cands):len(cands)], x.byFirst[k]...)
		}
		for _, c := range cands {
			if j, ok := matchAt(v.low, i, c.seq); ok {
				hits = append(hits, hit{c: c, i: i, j: j})
			}
		}
	}
	// Keep the longest match where matches overlap: "mengadakan pembicaraan" is
	// one trigger, not a verb trigger and a noun trigger.
	sort.SliceStable(hits, func(a, b int) bool {
		la, lb := hits[a].j-hits[a].i, hits[b].j-hits[b].i
		if la != lb {
			return la > lb
		}
		return hits[a].i < hits[b].i
	})
	var out []hit
	for _, h := range hits {
		overlap := false
		for _, o := range out {
			if h.i < o.j && o.i < h.j {
				overlap = true
				break
			}
		}
		if !overlap {
			out = append(out, h)
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].i < out[b].i })
	return out
}

func matchAt(low []string, i int, seq [][]string) (int, bool) {
	j := i
	for _, alts := range seq {
		if j >= len(low) {
			return 0, false
		}
		w, k := low[j], tokenKey(low[j])
		ok := false
		for _, a := range alts {
			if a == w || a == k {
				ok = true
				break
			}
		}
		if !ok {
			return 0, false
		}
		j++
	}
	return j, true
}
