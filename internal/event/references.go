package event

import (
	"kronik/internal/calendar"
	"kronik/internal/record"
	"sort"
	"strings"
)

// acronymTrigger is a gathering's acronym used as a trigger, with the event
// whose name gave it.
type acronymTrigger struct {
	c   *compiled
	src *candidate
}

// noteAcronym records the acronym in brackets of a gathering's name ("Sidang
// ke-52 Dewan Menteri Luar Negeri (CFM)") as a trigger of the same kind for
// the rest of the story.
func noteAcronym(acronyms map[string]*acronymTrigger, c *candidate) {
	if c.ev.Type != "CONSULT" || c.ev.Name == nil {
		return
	}
	n := *c.ev.Name
	i, j := strings.IndexByte(n, '('), strings.IndexByte(n, ')')
	if i < 0 || j <= i+2 || j-i-1 > 8 {
		return
	}
	acr := n[i+1 : j]
	if strings.ToUpper(acr) != acr || strings.ContainsAny(acr, " ") {
		return
	}
	low := strings.ToLower(acr)
	if _, ok := acronyms[low]; ok || documentHeads[low] || low == "ktt" {
		return
	}
	t := trigger{typ: "CONSULT", mode: c.ev.Mode, kind: summit, pattern: low}
	acronyms[low] = &acronymTrigger{c: &compiled{trigger: t, seq: [][]string{{low}}}, src: c}
}

// topicGathering is the undated gathering a summit trigger names where the
// sentence reports no event of it (a topic, a plan being prepared): its
// name, to learn an acronym in brackets from.
func topicGathering(in Input, v *sentenceView, h hit) *candidate {
	np := nounPhraseEnd(v, h.j)
	if np <= h.i || np > len(v.s.Tokens) {
		return &candidate{}
	}
	name := in.Text[v.s.Tokens[h.i].Start:v.s.Tokens[np-1].End]
	return &candidate{ev: record.Event{Type: "CONSULT", Mode: h.c.mode, Name: &name}}
}

// addAcronymHits adds the tokens that are a gathering's acronym to a
// sentence's triggers, where no other trigger covers them.
func addAcronymHits(hits []hit, v *sentenceView, acronyms map[string]*acronymTrigger) []hit {
	if len(acronyms) == 0 {
		return hits
	}
	added := false
	for k, w := range v.low {
		a := acronyms[w]
		if a == nil || v.quoted[k] || !startsUpper(v.s.Tokens[k].Text) {
			continue
		}
		// "KTT Organisasi Kerja Sama Islam (OKI)": an acronym in brackets
		// defines a name, it does not mention the gathering again
		if k > 0 && k+1 < len(v.low) && v.low[k-1] == "(" && v.low[k+1] == ")" {
			continue
		}
		covered := false
		for _, h := range hits {
			if k >= h.i && k < h.j {
				covered = true
				break
			}
		}
		if !covered {
			hits = append(hits, hit{c: a.c, i: k, j: k + 1})
			added = true
		}
	}
	if added {
		sort.Slice(hits, func(a, b int) bool { return hits[a].i < hits[b].i })
	}
	return hits
}

// orgSettingHits adds an organisation's name that stands for its meeting
// after "di sela", "on the sidelines of" ("di sela Organisasi X yang digelar di
// Y", "on the sidelines of the G20 in Y"): one meets on the sidelines of a
// gathering, never of a body, so the name is the gathering's trigger. It is
// read as a summit noun, so it still needs a predicate of holding or a time.
func (x *Extractor) orgSettingHits(hits []hit, v *sentenceView) []hit {
	added := false
	for _, m := range v.mentions {
		if m.ent.Type != "ORG" || m.ti < 1 {
			continue
		}
		k := m.ti - 1
		if v.low[k] == "the" && k > 0 {
			k--
		}
		sidelines := sidelinePhrases.endAt(v.low, k)
		if !sidelines {
			continue
		}
		covered := false
		for _, h := range hits {
			if h.i < m.tj && m.ti < h.j || h.c.kind == summit && h.i >= m.tj && h.i <= m.tj+1 {
				covered = true // a trigger in or right after the name: "di sela KTT", "sidelines of the G20 summit"
				break
			}
		}
		if !covered {
			hits = append(hits, hit{c: x.orgGathering, i: m.ti, j: m.tj})
			added = true
		}
	}
	if added {
		sort.Slice(hits, func(a, b int) bool { return hits[a].i < hits[b].i })
	}
	return hits
}

// guestVisit returns the visit that receiving a guest's call implies: "Menlu
// X menerima kunjungan (kehormatan) Menlu Y di Jakarta" is a meeting, and Y's
// visit to X's country; nil for other events.
func guestVisit(c *candidate) *candidate {
	if c.ev.Type != "CONSULT" || c.ev.Mode != "meet" || c.reference {
		return nil
	}
	tr := strings.ToLower(c.ev.Trigger)
	if tr != "menerima kunjungan" && tr != "kunjungan kehormatan" {
		return nil
	}
	v := *c
	v.ev.Mode = "visit"
	v.ev.Actors = append([]string(nil), c.ev.Actors...)
	v.actorSet = make(map[string]bool, len(c.actorSet))
	for a := range c.actorSet {
		v.actorSet[a] = true
	}
	return &v
}

// eventNouns map the nouns that name an event to its mode, for references.
var eventNouns = map[string]string{
	"kunjungan": "visit", "lawatan": "visit", "visit": "visit", "trip": "visit",
	"pertemuan": "meet", "pembicaraan": "meet", "perundingan": "meet", "meeting": "meet", "talks": "meet",
	"sidang": "multilateral", "ktt": "multilateral", "summit": "multilateral", "konferensi": "multilateral",
	"conference": "multilateral",
	// a signing ceremony dates what the sentence reports beside it: "held talks
	// before the signing", "usai penandatanganan itu"
	"penandatanganan": "sign", "signing": "sign",
}

// referencedEvent finds the event a sentence points back to with a
// demonstrative ("dalam kunjungan itu", "selama pertemuan tersebut", "at the
// summit", "during the visit") or as the time of what follows ("usai
// pembicaraan", "after the talks"): among the earlier events of that kind, the
// one that shares a person with c, then the latest.
func referencedEvent(v *sentenceView, prev []*candidate, vi int, c *candidate) *candidate {
	for k, w := range v.low {
		mode, ok := eventNouns[tokenKey(w)]
		// (a signing noun in a signing's own sentence is its trigger: "witnessed
		// the signing of 12 documents")
		if !ok || mode == "sign" && c.ev.Type == "AGREE" {
			continue
		}
		after := k+1 < len(v.low) && postDemonstratives[v.low[k+1]]
		before := k > 0 && englishDeterminers[v.low[k-1]]
		// "Usai pembicaraan," and "After talks," with no determiner
		timeOf := k > 0 && afterCues[v.low[k-1]] || k > 1 && afterCues[v.low[k-2]] && v.low[k-1] == "the"
		if !after && !before && !timeOf {
			continue
		}
		kind := func(p *candidate) bool {
			if p.ev.Date == nil || p.sent >= vi {
				return false
			}
			if mode == "sign" {
				return p.ev.Type == "AGREE" // "before the signing", "usai penandatanganan itu"
			}
			if p.ev.Type != "CONSULT" {
				return false
			}
			if mode == "visit" || p.ev.Mode == "visit" {
				return p.ev.Mode == mode
			}
			// a meeting noun may name a summit's session and a summit noun a
			// meeting of two ("KTT kedua pemimpin"): any talks in person
			return p.ev.Mode == mode || (timeOf && p.ev.Mode != "phone")
		}
		window := 8
		if k > 0 && settingCues[v.low[k-1]] {
			window = 1 << 30 // "Di sela kunjungan" late in a story about one visit
		}
		if p := bestReferenced(prev, vi, window, c, kind); p != nil {
			return p
		}
	}
	return nil
}

// bestReferenced ranks the events a reference may point to within window
// sentences: one sharing a person with c first ("After the talks, the two
// foreign ministers signed ..." points at the ministers' talks, not at the
// presidents' talks recalled in between), then the latest.
func bestReferenced(prev []*candidate, vi, window int, c *candidate, ok func(*candidate) bool) *candidate {
	cp := persons(c)
	var best *candidate
	bestScore := -1
	for _, p := range prev {
		if vi-p.last > window || !ok(p) {
			continue
		}
		score := 0
		if overlap(persons(p), cp) {
			score++
		}
		if score > bestScore || (score == bestScore && p.last >= best.last) {
			best, bestScore = p, score
		}
	}
	return best
}

// recalled reports whether an event ended more than a month before the day the
// story reports on: a past event the story recalls.
func recalled(p *candidate, docDay string) bool {
	if docDay == "" {
		return false
	}
	r, ok := calendar.RangeOf(deref(p.ev.Date), deref(p.ev.DateEnd))
	d, ok2 := calendar.Parse(docDay)
	return ok && ok2 && d.Sub(r.Last) > 31
}

// earlierInstance reports whether a gathering noun names an earlier session
// of one already reported: "pertemuan serupa", "sidang sebelumnya", "sidang
// terakhir komite tersebut", "the previous meeting", "a similar meeting".
func earlierInstance(v *sentenceView, h hit) bool {
	if h.j < len(v.low) {
		if earlierAfter[v.low[h.j]] {
			return true
		}
	}
	for k := h.i - 1; k >= 0 && k >= h.i-2; k-- {
		if earlierBefore[v.low[k]] {
			return true
		}
	}
	return false
}

// recentRelated finds an earlier event within three sentences that shares an
// actor: "Selama kunjungan tersebut, kedua kepala negara ..." is dated by the
// visit it follows.
func recentRelated(prev []*candidate, c *candidate, vi int, docDay, published string) *candidate {
	// within three sentences an event sharing any party; within eight, one
	// sharing a person ("Sjafrie juga sempat diterima Presiden Marcos" is dated
	// by Sjafrie's visit, reported a paragraph earlier)
	// an undated mention of talks already reported with the same sides ("Pembicaraan
	// kedua kepala negara berlangsung dua jam" after "pembicaraan X dengan Y ...
	// Selasa") is those talks, even when a visit was mentioned in between
	var best *candidate
	for _, p := range prev {
		if c.ev.Type == "CONSULT" && p.ev.Date != nil && p.ev.Modality == c.ev.Modality && p.ev.Type == c.ev.Type && p.ev.Mode == c.ev.Mode &&
			vi-p.last <= 8 && !recalled(p, docDay) && sameSides(p, c) && (best == nil || p.last >= best.last) {
			best = p
		}
	}
	if best != nil {
		return best
	}
	for _, p := range prev {
		if p.ev.Date == nil || p.ev.Modality != c.ev.Modality {
			continue // (a postponed visit does not date the phone call that postponed it)
		}
		// an undated mention is about the story's own days, not a recalled
		// event a year before ("Dalam pembicaraan dengan X" after "KTT ... 2023")
		if recalled(p, docDay) {
			continue
		}
		// nor a gathering still to come when the story was published ("At 9
		// a.m., Lula met with X" in a story of the days before the summit it names)
		if published != "" && after(deref(p.ev.Date), published) {
			continue
		}
		near := vi-p.last <= 3 && shareActor(p, c)
		person := vi-p.last <= 8 && overlap(persons(p), persons(c))
		if (near || person) && (best == nil || p.last >= best.last) {
			best = p
		}
	}
	return best
}

// splitVisitors splits a visit by leaders of two states or more to one host
// ("Presiden Xi, PM Modi dan pemimpin lain tiba di Kazan, Rusia") into one visit
// per visitor, as each travelled on his own; nil when there is one visitor.
// The visitors are the people named before the trigger (its subjects); the
// host is the one state among the actors that no person of the event stands
// for.
func splitVisitors(c *candidate, v *sentenceView, h hit, ix entIndex) []*candidate {
	if c.ev.Type != "CONSULT" || c.ev.Mode != "visit" || h.c.passive {
		return nil
	}
	before := map[string]bool{}
	for _, m := range v.mentions {
		if m.tj <= h.i {
			before[m.ent.ID] = true
		}
	}
	withPerson := map[string]bool{}
	var visitors []*record.Entity
	for _, a := range c.ev.Actors {
		if e := ix[a]; e != nil && e.Type == "PERSON" && e.Country != "" {
			withPerson[e.Country] = true
			if before[a] {
				visitors = append(visitors, e)
			}
		}
	}
	host := ""
	for _, a := range c.ev.Actors {
		if strings.HasPrefix(a, "country:") && !withPerson[a] {
			if host != "" {
				return nil // two states no person stands for: not one host
			}
			host = a
		}
	}
	states := map[string]bool{}
	for _, e := range visitors {
		states[e.Country] = true
	}
	if host == "" || len(states) < 2 {
		return nil
	}
	var out []*candidate
	for _, e := range visitors {
		s := *c
		s.ev.Actors = []string{e.ID, e.Country, host}
		s.actorSet = map[string]bool{e.ID: true, e.Country: true, host: true}
		out = append(out, &s)
	}
	return out
}
