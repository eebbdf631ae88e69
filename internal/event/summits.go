package event

import (
	"strings"
)

// summitPredicate finds a verb of holding or attending for the summit noun at h,
// on the side where the verb's voice puts the summit, and returns its token
// index or -1.
func summitPredicate(v *sentenceView, h hit) int {
	best, bestDist := -1, 1<<30
	for k, w := range v.low {
		if v.quoted[k] || pathIdiom(v, k) {
			continue // "membuka jalan bagi KTT", "opened the way for": the summit is still to come
		}
		var ok bool
		switch {
		case summitActive[w] && (k < h.i || !summitPassive[w]):
			// next to the summit ("menghadiri KTT"), or further before it when
			// a preposition introduces the summit ("kehadiran Presiden X pada
			// KTT", "hosted leaders ... at a summit")
			ok = k < h.i && (h.i-k <= 3 || (h.i-k <= 10 && prepositionBefore(v, h.i)))
		case summitPassive[w]:
			ok = k >= h.j && k-h.j <= 10
		case summitNeutral[w]:
			ok = (k < h.i && (h.i-k <= 10 || (h.i-k <= 16 && prepositionBefore(v, h.i)))) || (k >= h.j && k-h.j <= 10)
			// "took" only as "took place", "kicked" as "kicked off"
			if part, needs := particleVerbs[w]; needs && !(k+1 < len(v.low) && v.low[k+1] == part) {
				ok = false
			}
		case hostPhrases.startAt(v.low, k):
			ok = true // "menjadi tuan rumah KTT" (hosted the summit)
		}
		if !ok {
			continue
		}
		d := k - h.i
		if d < 0 {
			d = -d
		}
		if d < bestDist {
			best, bestDist = k, d
		}
	}
	return best
}

// joinSummit gives a signing the participants of the summit it took place at:
// one reported in the same sentence ("KTT ... diselenggarakan di Bali, dengan
// Deklarasi Bali ditandatangani"), or one the sentence points back to ("di KTT
// ini", "at the summit").
func joinSummit(c *candidate, prev []*candidate, sentence string, ix entIndex) {
	if countSides(c.ev.Actors, ix) >= 2 {
		return // the signatories are named: "Indonesia, Malaysia, ... menandatangani"
	}
	var s *candidate
	// a summit in the same sentence, or in the one before ("... untuk
	// menghadiri KTT SCO. Mereka menandatangani Deklarasi Tianjin")
	if p := latest(prev, c.sent, 1, func(p *candidate) bool { return p.ev.Mode == "multilateral" }); p != nil {
		s = p
	} else if containsAny(sentence, summitBackrefs) {
		s = latest(prev, c.sent, 8, func(p *candidate) bool { return p.ev.Mode == "multilateral" })
	}
	if s == nil {
		return
	}
	for _, a := range s.ev.Actors {
		if !c.actorSet[a] {
			c.actorSet[a] = true
			c.ev.Actors = append(c.ev.Actors, a)
		}
	}
	if c.ev.Place == nil {
		c.ev.Place, c.placeEnt = s.ev.Place, s.placeEnt
	}
	if c.dateFrom != "text" && s.dateFrom == "text" {
		c.ev.Date, c.ev.DateEnd, c.dateFrom = s.ev.Date, s.ev.DateEnd, "context"
	}
}

// sameBody reports whether two names of gatherings name the same body by a
// distinctive word ("HLSCC", "JBC"), not by generic or ordinal words.
func sameBody(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	wa := strings.Fields(summitName(a))
	for _, w := range strings.Fields(summitName(b)) {
		if len(w) < 3 || ordinalWord(w) {
			continue
		}
		for _, x := range wa {
			if x == w {
				return true
			}
		}
	}
	return false
}

// countryActors returns the states among actors, directly or through a
// person's state.
func countryActors(actors []string, ix entIndex) map[string]bool {
	out := map[string]bool{}
	for s := range sidesOf(actors, ix) {
		if strings.HasPrefix(s, "country:") {
			out[s] = true
		}
	}
	return out
}

// hostedEvent returns the token index of another trigger of the sentence (a
// signing, a meeting, a visit), or -1.
func hostedEvent(hits []hit, h hit) int {
	for _, o := range hits {
		if o.i != h.i && o.c.kind != summit && (o.c.typ == "AGREE" || o.c.typ == "CONSULT") {
			return o.i
		}
	}
	return -1
}

// tripFor reports whether the summit noun at h is what a visit of the
// sentence is for: a visit's trigger before it in its clause, a word of
// purpose between ("arrived in Bali for the G20 summit", "tiba di Bali untuk
// menghadiri KTT G20").
func tripFor(v *sentenceView, hits []hit, h hit) bool {
	for _, o := range hits {
		if o.c.mode != "visit" || o.j > h.i || h.i-o.j > 12 {
			continue
		}
		purpose := false
		for k := o.j; k < h.i; k++ {
			if isClauseEnd(v.low[k]) {
				purpose = false
				break
			}
			purpose = purpose || purposeWords[v.low[k]] || tripPurposes[v.low[k]]
		}
		if purpose {
			return true
		}
	}
	return false
}

// summitSetting reports whether a summit noun is introduced as a setting:
// "dalam/di/pada/untuk KTT", "at/during/for the summit".
func summitSetting(v *sentenceView, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch w := v.low[k]; {
		case settingPreps[w]:
			return true
		case nameDeterminers[w]:
			continue
		case w == "of":
			// "the outcome of the summit", "as an outcome of the gathering": what
			// the sentence reports came out of the summit, which took place
			return k > 0 && outcomeNouns[v.low[k-1]]
		case w == "hasil":
			return true // "hasil KTT", "sebagai hasil dari KTT" (below)
		case w == "dari":
			return k > 0 && v.low[k-1] == "hasil"
		}
		return false
	}
	return false
}

// speechAt returns the token index of a speech given at the summit noun at i
// ("in his speech at the third ASEAN-Japan Summit", "spoke at the summit",
// "berpidato pada KTT ke-46"), or -1: a leader who addresses a summit attended
// it, so the speech is the summit's predicate. The summit's name (capitalised
// words, hyphens, ordinals) may stand between the preposition and the noun.
func speechAt(v *sentenceView, i int) int {
	for k := i - 1; k >= 1 && k >= i-8; k-- {
		w := v.low[k]
		if speechPreps[w] {
			if speechWords[v.low[k-1]] {
				return k - 1
			}
			return -1
		}
		if !(startsUpper(v.s.Tokens[k].Text) || summitNameFillers[w] || numbered(w)) {
			return -1
		}
	}
	return -1
}

// numbered reports whether a word is a number or an ordinal ("46", "46th",
// "ke-46").
func numbered(w string) bool {
	w = strings.TrimPrefix(w, "ke-")
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// datedSetting reports whether a summit noun at i is a setting whose
// preposition directly follows a time: "announced the deal on Friday at a
// summit in X", "pada Jumat (7/3) dalam KTT": the time is the summit's too.
func datedSetting(v *sentenceView, i int) bool {
	if !summitSetting(v, i) {
		return false
	}
	p := i - 1
	for p > 0 && nameDeterminers[v.low[p]] {
		p--
	}
	if p < 1 {
		return false
	}
	at := v.s.Tokens[p].Start
	for _, t := range v.times {
		if t.End > at {
			continue
		}
		// only a comma may stand between the time and the preposition
		between := 0
		for k := p - 1; k >= 0 && v.s.Tokens[k].Start >= t.End; k-- {
			if v.low[k] != "," {
				between = -1
				break
			}
			between++
		}
		if between >= 0 && between <= 1 && t.End > v.s.Tokens[max(p-2, 0)].Start {
			return true
		}
	}
	return false
}

// pairSummit reports whether a summit noun is marked as the meeting of a pair:
// "their (annual) summit", "KTT bilateral", "bilateral summit".
func pairSummit(v *sentenceView, h hit, twoPeople bool) bool {
	for k := h.i - 1; k >= 0 && k >= h.i-3; k-- {
		// "their" is the pair's only when the sentence names two people
		if w := v.low[k]; (w == "their" && twoPeople) || w == "bilateral" {
			return true
		}
	}
	// "sidang ... (HLSCC) kedua negara", "KTT tahunan kedua negara"
	np := nounPhraseEnd(v, h.j)
	for k := h.j; k < len(v.low) && k <= np+2; k++ {
		if v.low[k] == "bilateral" || bothSides.startAt(v.low, k) {
			return true
		}
	}
	return false
}

// heldBy reports whether an unnamed summit is the object of a holding verb:
// "Lee and Tokayev held a summit", "kedua presiden menggelar KTT". Two sides
// holding a summit of no name of its own hold their bilateral summit.
func heldBy(v *sentenceView, h hit) bool {
	for k := h.i - 1; k >= 0 && k >= h.i-3; k-- {
		if holdVerbs[v.low[k]] {
			return true
		}
		if !holdDeterminers[v.low[k]] {
			return false
		}
	}
	return false
}

// summitTopic reports whether a summit noun is the topic of talk or of
// preparation rather than an event reported: "membahas persiapan KTT",
// "preparations for the summit". A summit named with its year (named) is
// no mere time reference after "setelah", "after": "Setelah KTT Beijing
// 2006, ..." recalls that gathering.
func summitTopic(v *sentenceView, i int, named bool) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if w := v.low[k]; summitTopicCues[w] && !(named && sequenceCues[w]) {
			return true
		}
	}
	return false
}

// pressConference reports whether a conference noun is a press conference:
// "konferensi pers", "a press conference", "news conference".
func pressConference(v *sentenceView, h hit) bool {
	return h.i > 0 && pressWords[v.low[h.i-1]] || h.j < len(v.low) && pressWords[v.low[h.j]]
}

// pathIdiom reports whether the word at k opens a path noun ("membuka jalan
// bagi", "opened the way for"): an idiom of making something possible.
func pathIdiom(v *sentenceView, k int) bool {
	n := k + 1
	if n < len(v.low) && v.low[n] == "the" {
		n++
	}
	return n < len(v.low) && pathNouns[v.low[n]]
}

// nameYear returns the year a summit's name carries, or "": "the 2018 Beijing
// summit", "KTT Beijing 2006", "KTT ASEAN 2023". The name runs from the
// capitalised words and numbers right before the noun (English puts them
// there) to the end of its noun phrase np (Indonesian puts them after).
func nameYear(v *sentenceView, h hit, np int) string {
	from := nameStart(v, h)
	// (the name's year is a token of it: timex reads a bare year only
	// after a preposition, "pada 2006", "in 2006")
	for k := from; k < np; k++ {
		if w := v.low[k]; yearToken(w) {
			return w
		}
	}
	return ""
}

// summitNameEnd cuts the noun phrase of a summit noun, ending at np, where
// another summit noun after a joiner starts a name of its own: "KTT Beijing
// 2006 dan KTT Johannesburg 2015" are two names.
func summitNameEnd(v *sentenceView, h hit, np int) int {
	for _, o := range v.hits {
		if o.i > h.j && o.i < np && o.c.kind == summit && nameJoiners[v.low[o.i-1]] {
			return o.i - 1
		}
	}
	return np
}

// nameStart is the first token of the capitalised words and numbers right
// before a summit noun, which English uses to name it ("the 2018 Beijing
// summit", "the 46th ASEAN Summit"); h.i when there are none.
func nameStart(v *sentenceView, h hit) int {
	from := h.i
	for k := h.i - 1; k >= 0 && k >= h.i-5; k-- {
		if !startsUpper(v.s.Tokens[k].Text) && !numbered(v.low[k]) {
			break
		}
		from = k
	}
	return from
}

// yearToken reports whether a token is a year of modern diplomacy written
// alone: four digits from 1900 to 2099.
func yearToken(w string) bool {
	if len(w) != 4 || !(strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// datedByName dates a summit by the year its name carries: the name, not the
// nearest time of the sentence (another summit's year in "KTT Beijing 2006
// dan KTT Johannesburg 2015"), says which gathering it was. A date inside
// that year (the sentence's, or the summit's reported before) is finer and
// kept; a year after the report is a
// gathering still to come.
func datedByName(in Input, c *candidate, year string) {
	if strings.HasPrefix(deref(c.ev.Date), year) {
		return
	}
	c.ev.Date, c.ev.DateEnd, c.dateFrom = strPtr(year), nil, "text"
	switch {
	case c.ev.Modality == "occurred" && in.Published != "" && after(year, in.Published):
		c.ev.Modality = "planned"
	case c.ev.Modality == "planned" && in.Published != "" && after(in.Published, year):
		// a gathering of a year before the report's took place, whatever
		// the sentence's verb plans ("KTT 2015 dan KTT mendatang akan ...")
		c.ev.Modality = "occurred"
	}
}
