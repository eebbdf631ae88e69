// parties.go knows who an event's parties are: the entities indexed by id and
// side (a person for their state), and the persons, states and ministers the
// sentences before a trigger named.

package event

import (
	"kronik/internal/record"
	"strings"
)

// stateOf is the state a place or country entity stands for, or "".
func stateOf(e *record.Entity) string {
	if e.Type == "COUNTRY" {
		return e.ID
	}
	return e.Country
}

// visitorFrom reports whether a visit's actors already include the state d (a
// person of d, or d itself): then d is not the host.
func visitorFrom(actors []string, d string, ix entIndex) bool {
	for _, a := range actors {
		if ix.side(a) == d {
			return true
		}
	}
	return false
}

// withoutOrgs keeps persons and countries: an organisation named beside the
// trigger does not make "kedua pemimpin" need no antecedent.
func withoutOrgs(actors []string) []string {
	var out []string
	for _, a := range actors {
		if !strings.HasPrefix(a, "org:") {
			out = append(out, a)
		}
	}
	return out
}

// entIndex finds a document's entities by id. Extract builds it once per
// document: the side counts of every candidate and merge look people up in it.
type entIndex map[string]*record.Entity

func indexEntities(ents []record.Entity) entIndex {
	byID := make(entIndex, len(ents))
	for i := range ents {
		byID[ents[i].ID] = &ents[i]
	}
	return byID
}

// side is the party an actor id stands for: a person with a known state
// stands for that state.
func (ix entIndex) side(a string) string {
	if e := ix[a]; e != nil && e.Country != "" && e.Type == "PERSON" {
		return e.Country
	}
	return a
}

// sidesOf maps actor ids to the parties they stand for.
func sidesOf(actors []string, ix entIndex) map[string]bool {
	out := make(map[string]bool, len(actors))
	for _, a := range actors {
		out[ix.side(a)] = true
	}
	return out
}

// countSides counts the distinct parties among actor ids: a person and the state
// they lead are one side. (Actor lists are short: a scan, not a map.)
func countSides(actors []string, ix entIndex) int {
	var buf [16]string
	sides := buf[:0]
	for _, a := range actors {
		s := ix.side(a)
		seen := false
		for _, x := range sides {
			if x == s {
				seen = true
				break
			}
		}
		if !seen {
			sides = append(sides, s)
		}
	}
	return len(sides)
}

func latest(prev []*candidate, vi, window int, ok func(*candidate) bool) *candidate {
	var best *candidate
	for _, p := range prev {
		if vi-p.last <= window && ok(p) && (best == nil || p.last >= best.last) {
			best = p
		}
	}
	return best
}

func recentCountries(views []sentenceView, vi, back int) []string {
	var out []string
	for k := vi - 1; k >= 0 && k >= vi-back; k-- {
		for _, m := range views[k].mentions {
			if m.ent.Type == "COUNTRY" {
				out = append(out, m.ent.ID)
			}
		}
	}
	return out
}

// recentMinisters returns the last two distinct persons with a minister's
// title named in the sentences before vi (up to eight back).
func recentMinisters(views []sentenceView, vi int) []*record.Entity {
	var out []*record.Entity
	seen := map[string]bool{}
	for k := vi - 1; k >= 0 && k >= vi-8 && len(out) < 2; k-- {
		ms := views[k].mentions
		for i := len(ms) - 1; i >= 0 && len(out) < 2; i-- {
			e := ms[i].ent
			if e.Type != "PERSON" || seen[e.ID] {
				continue
			}
			for _, r := range e.Roles {
				t := strings.ToLower(r.Title)
				if strings.Contains(t, "menteri") || strings.Contains(t, "menlu") || strings.Contains(t, "minister") {
					seen[e.ID] = true
					out = append(out, e)
					break
				}
			}
		}
	}
	return out
}

// personsIn returns the distinct persons named in sentence si, when it names
// exactly two (the antecedents of "keduanya").
func personsIn(views []sentenceView, si int) []*record.Entity {
	if si < 0 || si >= len(views) {
		return nil
	}
	var out []*record.Entity
	seen := map[string]bool{}
	for _, m := range views[si].mentions {
		if m.ent.Type == "PERSON" && !seen[m.ent.ID] && !reporter(&views[si], m.ti) && !speaker(&views[si], m.tj) {
			seen[m.ent.ID] = true
			out = append(out, m.ent)
		}
	}
	if len(out) != 2 {
		return nil
	}
	return out
}

// personsBefore counts the persons named before the trigger: when there is
// none, a pronoun before it is the subject ("Hal itu ia sampaikan dalam
// pertemuan dengan Presiden X").
func personsBefore(v *sentenceView, h hit) int {
	n := 0
	for _, m := range v.mentions {
		if m.ent.Type == "PERSON" && m.tj <= h.i && !reporter(v, m.ti) && !speaker(v, m.tj) && !additive(v, m) {
			n++
		}
	}
	return n
}

// recentParties are the persons (or, failing two, the countries) named in the
// sentences before vi: the antecedents of "kedua pemimpin" when no event has
// introduced them ("X menerima Y di Jakarta. ... kedua pemimpin ...").
func recentParties(views []sentenceView, vi, back int) []string {
	var persons, countries []string
	distinct := map[string]bool{}
	for k := vi - 1; k >= 0 && k >= vi-back; k-- {
		for _, m := range views[k].mentions {
			if reporter(&views[k], m.ti) || speaker(&views[k], m.tj) {
				continue
			}
			switch m.ent.Type {
			case "PERSON":
				distinct[m.ent.ID] = true
				persons = append(persons, m.ent.ID)
				if m.ent.Country != "" {
					persons = append(persons, m.ent.Country)
				}
			case "COUNTRY":
				countries = append(countries, m.ent.ID)
			}
		}
		if len(distinct) >= 2 {
			return persons
		}
	}
	return append(persons, countries...)
}

// lastPerson is the antecedent of a pronoun at token k of sentence vi: the last
// person named before it in the sentence, or else the first person (the
// subject) of the nearest sentence before that names one. A subject pronoun
// continues the previous sentence's subject: "Merz landed in Hanoi ... before
// sitting down with Lam. He later met Chinh" is Merz, not Lam.
func lastPerson(views []sentenceView, vi, k int) *record.Entity {
	v := &views[vi]
	for i := len(v.mentions) - 1; i >= 0; i-- {
		if m := v.mentions[i]; m.ent.Type == "PERSON" && m.tj <= k && !additive(v, m) {
			return m.ent
		}
	}
	for s := vi - 1; s >= 0 && s >= vi-3; s-- {
		for _, m := range views[s].mentions {
			if m.ent.Type == "PERSON" && !reporter(&views[s], m.ti) && !additive(&views[s], m) {
				return m.ent
			}
		}
	}
	return nil
}
