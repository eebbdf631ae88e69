package entity

// Places no list holds, found from the word that classifies them, and known
// places that are numbers.

import (
	"strings"

	"kronik/internal/kb"
)

// placeSpans finds places no list holds from the word that classifies them:
// an administrative unit before the name ("Kota Korla", "Provinsi Gansu",
// "kabupaten Kutai Timur": the mention is the name without the word) or a
// geographic feature that is part of the name ("Pulau Natuna Besar", "Sungai
// Mekong", "Gunung Merapi"; English "Mekong River", "Mount Fuji").
func placeSpans(ws []word, owner []int) []span {
	var out []span
	capRun := func(i int) int {
		j := i
		for j < len(ws) && owner[j] == 0 && j-i < 3 && (isCap(ws[j].s) && !notNames[ws[j].norm] && !orgHeads[ws[j].norm] && !personTitles[ws[j].norm] || ws[j].hyph && j > i) {
			j++
		}
		return j
	}
	for i := 0; i+1 < len(ws); i++ {
		w := ws[i]
		if owner[i] != 0 {
			continue
		}
		switch {
		case adminHeads[w.norm]:
			if end := capRun(i + 1); end > i+1 {
				out = append(out, span{a: i + 1, b: end, typ: kb.Place, src: "rule"})
				i = end - 1
			}
		case isCap(w.s) && featureHeads[w.norm]: // the case first: most words are lower case
			if end := capRun(i + 1); end > i+1 {
				out = append(out, span{a: i, b: end, typ: kb.Place, src: "rule"})
				i = end - 1
			}
		case isCap(w.s) && !notNames[w.norm] && i > 0 && !initialWord(ws, i):
			// English tails: "Mekong River", "Taiwan Strait", "Gobi Desert"
			j := i
			for j < len(ws) && owner[j] == 0 && isCap(ws[j].s) && !featureTails[ws[j].norm] && j-i < 3 {
				j++
			}
			if j > i && j < len(ws) && owner[j] == 0 && isCap(ws[j].s) && featureTails[ws[j].norm] {
				out = append(out, span{a: i, b: j + 1, typ: kb.Place, src: "rule"})
				i = j
			}
		}
	}
	return out
}

// countingPlace reports whether a known place named by one word is an
// Indonesian number counting the noun after it ("Lima Negara", "Konsensus
// Lima Poin": five, not Peru's capital). The place is meant after "di",
// "ke" or "dari", or where no noun follows ("Lima, Peru").
func countingPlace(ws []word, m *kb.Match) bool {
	if m.End-m.Start != 1 || !numberWords[ws[m.Start].norm] || len(m.Entities) == 0 || m.Entities[0].Type != kb.Place {
		return false
	}
	if m.Start > 0 && placePreps[ws[m.Start-1].norm] {
		return false
	}
	return m.End < len(ws) && isLetterWord(ws[m.End].s) && !functionWords[ws[m.End].norm]
}

// venueSpans finds buildings and venues, which the annotation counts as
// places, from the word that says what they are: an Indonesian head before
// the name ("Istana Kepresidenan Bogor", "Hotel Melati", "Bandara
// Internasional Juanda", "Kebun Raya Bogor") or an English tail after it
// ("Bogor Presidential Palace", "Jakarta Convention Center", "Great Hall
// of the People"). The name runs over capitalised words and known names,
// at most four words besides the head; a name the knowledge base holds
// whole ("Istana Merdeka") is left to it, and so is a span an organisation
// rule claimed.
func (r *Recognizer) venueSpans(ws []word, known []*kb.Match, orgs []span) []span {
	var out []span
	nameAt := func(j int) int { // end of the name word or known name at j, or j
		if known[j] != nil {
			// "Istana Kepresidenan Ak Orda", "Gedung DPR": a known body
			// inside names the building
			if e := known[j].Entities[0]; e.Type != kb.Person {
				return known[j].End
			}
			return j
		}
		if isCap(ws[j].s) && !notNames[ws[j].norm] && !isDash(ws[j].s) || ws[j].hyph {
			return j + 1
		}
		return j
	}
	claimed := func(a, b int) bool {
		for _, o := range orgs {
			if o.a < b && a < o.b {
				return true
			}
		}
		return false
	}
	for i := 0; i+1 < len(ws); i++ {
		w := ws[i]
		if !isCap(w.s) || known[i] != nil {
			continue
		}
		switch {
		case venueHeads[w.norm]:
			j := i + 1
			if w.norm == "kebun" {
				if ws[j].norm != "raya" { // "Kebun Raya": a botanical garden; "kebun" alone is a plot
					continue
				}
				j++
			}
			start, n := j, 0
			for j < len(ws) && n < 4 {
				e := nameAt(j)
				if e == j {
					break
				}
				j, n = e, n+1
			}
			// a state's name says whose building it is ("Istana
			// Kepresidenan Vietnam", the Vietnamese presidential palace)
			var named []word
			for k := start; k < j; k++ {
				if m := known[k]; m != nil && m.Entities[0].Type == kb.Country {
					k = m.End - 1
					continue
				}
				named = append(named, ws[k])
			}
			if j > start && !claimed(i, j) && !generic(named) {
				out = append(out, r.venueKnown(ws, known, span{a: i, b: j, typ: kb.Place, src: "rule"}))
				i = j - 1
			}
		case venueTails[w.norm] && i > 0 || w.norm == "convention" && i+1 < len(ws) && (ws[i+1].norm == "center" || ws[i+1].norm == "centre"):
			end := i + 1
			if w.norm == "convention" {
				end++
			}
			a := i
			for a > 0 && i-a < 4 && (isCap(ws[a-1].s) && !notNames[ws[a-1].norm] || known[a-1] != nil) {
				a--
				if known[a] != nil {
					a = known[a].Start
				}
			}
			// "Great Hall of the People": of (the) and capitalised words
			if end+1 < len(ws) && ws[end].norm == "of" {
				k := end + 1
				if ws[k].norm == "the" {
					k++
				}
				if k < len(ws) && isCap(ws[k].s) && !notNames[ws[k].norm] {
					end = k + 1
				}
			}
			named := append(append([]word{}, ws[a:i]...), ws[i+1:end]...) // the words besides the tail
			if a < i && !claimed(a, end) && !generic(named) {
				out = append(out, span{a: a, b: end, typ: kb.Place, src: "rule"})
				i = end - 1
			}
		}
	}
	return out
}

// venueKnown links a venue named with qualifiers ("Istana Kepresidenan
// Bogor") to the knowledge base's entry for its head and place ("Istana
// Bogor"), so the two names are one place.
func (r *Recognizer) venueKnown(ws []word, known []*kb.Match, v span) span {
	if v.b-v.a < 3 {
		return v
	}
	for k := v.a + 2; k < v.b; k++ {
		if m := known[k]; m != nil && m.End == v.b {
			for _, e := range r.kb.Lookup(ws[v.a].s + " " + joinWords(ws[k:v.b])) {
				if e.Type == kb.Place {
					v.ent, v.src = e, "kb"
					return v
				}
			}
		}
	}
	return v
}

// generic reports whether a venue's name words only say whose or what kind
// of building it is ("Presidential Palace", "Istana Kepresidenan"): a
// description any state's capital fits, not a name.
func generic(ws []word) bool {
	for _, w := range ws {
		if !venueQualifiers[w.norm] {
			return false
		}
	}
	return true
}

// lowerFeatureSpans finds the seas, straits, gulfs and peninsulas that
// Indonesian writes with a lower-case head ("laut China Selatan", "selat
// Malaka") as the knowledge base's name with a capital head: the known place
// after the head is what the sea borders, not a mention of its own.
func (r *Recognizer) lowerFeatureSpans(ws []word) []span {
	var out []span
	for i := 0; i+1 < len(ws); i++ {
		if !lowerFeatureHeads[ws[i].s] || !isCap(ws[i+1].s) {
			continue
		}
		head := strings.ToUpper(ws[i].s[:1]) + ws[i].s[1:]
		for j := min(len(ws), i+4); j > i+1; j-- {
			if found := r.knownPlace(head + " " + joinWords(ws[i+1:j])); found != nil {
				out = append(out, span{a: i, b: j, typ: kb.Place, ent: found, src: "kb"})
				i = j - 1
				break
			}
		}
	}
	return out
}

// knownPlace returns the knowledge base's place of that name, or nil.
func (r *Recognizer) knownPlace(name string) *kb.Entity {
	for _, e := range r.kb.Lookup(name) {
		if e.Type == kb.Place {
			return e
		}
	}
	return nil
}
