package entity

// Organisations named by a head word ("Kementerian ...", "... University"),
// and how the rule names and the tagger's spans are reconciled.

import (
	"strings"

	"kronik/internal/kb"
)

// orgSpans finds organisation names that begin with a head word ("Kementerian
// Luar Negeri China", "Universitas Nasional Laos") or, in English, end with
// one ("Fudan University"). The continuation is capitalised words and
// connectors followed by a capitalised word; it ends after a known country or
// place ("... Pendidikan Tinggi Kazakhstan"), before a comma, and before a
// second head that starts another organisation.
func (r *Recognizer) orgSpans(ws []word, known []*kb.Match) []span {
	// A head or tail word inside a known name ("Central Intelligence
	// Agency", "Badan Intelijen Pusat") belongs to that name: a rule name
	// built around it would begin inside the known one and, where the known
	// name gives way to a longer tagged span ("US Central Intelligence
	// Agency"), survive as a fragment ("Intelligence Agency").
	inside := make([]bool, len(ws))
	for _, m := range known {
		if m != nil {
			for k := m.Start + 1; k < m.End; k++ {
				inside[k] = true
			}
		}
	}
	var out []span
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if !orgHeads[w.norm] || !isCap(w.s) || inside[i] {
			continue
		}
		if known[i] != nil { // "Bank Dunia" and other known names
			i = known[i].End - 1
			continue
		}
		j := i + 1
		var country string
		endsKnown := false
		enum := false // inside an enumeration ("Pusat Kajian Asia, Afrika dan Amerika Latin")
	cont:
		for j < len(ws) {
			x := ws[j]
			switch {
			case known[j] != nil:
				e := known[j].Entities[0]
				if e.Type == kb.Org {
					// "Bureau of the CPC Central Committee", "Sekretariat
					// ASEAN": a known body after the head's connectors, or
					// right after a secretariat (named after the body it
					// serves), is part of the name; elsewhere ("Komisi Uni
					// Afrika", "Kementerian ... PBB") it stands alone
					head := j > i+1 || secretariats[w.norm]
					for k := i + 1; k < j; k++ {
						head = head && orgConnectors[ws[k].norm] && !conjunctions[ws[k].norm]
					}
					if !head {
						break cont
					}
					j = known[j].End
					continue // the name goes on ("... CPC Central Committee")
				}
				j = known[j].End
				if e.Type == kb.Country && country == "" {
					country = e.ID
				}
				// A known country or place ends the name ("... Pendidikan
				// Tinggi Kazakhstan Budi Hartono": a person may follow)
				// unless a hyphen compound ("Mekanisme Tiongkok-Asia
				// Tengah") or an enumeration goes on.
				if j < len(ws) && ws[j].hyph {
					continue
				}
				if enum && j+1 < len(ws) && (ws[j].s == "," || orgConnectors[ws[j].norm]) {
					continue
				}
				if j < len(ws) && ws[j].s == "," && enumerationAhead(ws, known, j) {
					enum = true
					continue
				}
				endsKnown = true
				break cont
			case orgSplitHeads[x.norm] && j > i+1:
				break cont
			// (a word of organisation vocabulary goes on even where it
			// opens no name of its own: "Badan Statistik Negara ...")
			case isCap(x.s) && (!notNames[x.norm] || orgVocab[x.norm] || enum) || isUpperWord(x.s):
				j++
			case (x.norm == "of" || x.norm == "for") && j+2 < len(ws) && ws[j+1].norm == "the" &&
				(isCap(ws[j+2].s) && !notNames[ws[j+2].norm] || known[j+2] != nil) && !titleAhead(ws, j+2):
				j += 2 // "Bureau of the CPC ...", "Institute for the Study of ..."
			case orgConnectors[x.norm] && j+1 < len(ws) && !orgHeads[ws[j+1].norm] && !(len(ws[j+1].s) > 1 && isUpperWord(ws[j+1].s)) &&
				(isCap(ws[j+1].s) && !notNames[ws[j+1].norm] || known[j+1] != nil) && !titleAhead(ws, j+1):
				j++
			case x.s == "," && (enum || enumerationAhead(ws, known, j)):
				enum = true
				j++
			default:
				break cont
			}
		}
		for j > i+1 && (ws[j-1].s == "," || orgConnectors[ws[j-1].norm]) {
			j--
		}
		if j == i+1 {
			continue
		}
		// capitalised qualifiers before the head ("International Institute
		// for Strategic Studies", "National University of Singapore", "the
		// General Administration of Customs"); a title's word is one only
		// where no title stands before it ("Secretary General", "Director
		// General" end a title)
		a := i
		for a > 0 && isCap(ws[a-1].s) && orgVocab[ws[a-1].norm] && (!titleFillers[ws[a-1].norm] || !titleBefore(ws, a-1)) && known[a-1] == nil && !covered(out, a-1) && i-a < 3 {
			a--
		}
		// an English name opened by its state ("Kyrgyz Chamber of
		// Commerce", "Saudi Council of Ministers"): the demonym is part of
		// the name, as in "Chinese Embassy"
		tail := false
		if m := endsAt(known, a); m != nil && m.Entities[0].Type == kb.Country && englishHeads[w.norm] && !covered(out, m.Start) {
			a, tail = m.Start, true
			if country == "" {
				country = m.Entities[0].ID
			}
		}
		out = append(out, span{a: a, b: j, typ: kb.Org, src: "rule", roleOf: country, knownEnd: endsKnown, tail: tail})
		i = j - 1
	}
	// English tail heads: "Fudan University", "Brookings Institution".
	endAt := map[int]*kb.Match{} // end word -> known name ending there
	for _, m := range known {
		if m != nil {
			endAt[m.End] = m
		}
	}
	for i := 1; i < len(ws); i++ {
		if !orgTails[ws[i].norm] || !isCap(ws[i].s) || covered(out, i) || strings.Contains(ws[i].s, ".") { // "T.V." closes a person's initials
			continue
		}
		if inside[i] {
			// "Supreme National Security Council", "National Security
			// Council": qualifiers before a known body's name ("Security
			// Council") make another body, named whole
			if m := endAt[i+1]; m != nil && m.Entities[0].Type == kb.Org {
				if a := qualifiersBefore(ws, known, m.Start); a < m.Start && !covered(out, a) {
					out = append(out, span{a: a, b: i + 1, typ: kb.Org, src: "rule", tail: true})
				}
			}
			continue
		}
		a := i
		for a > 0 && i-a < 6 {
			if isCap(ws[a-1].s) && !notNames[ws[a-1].norm] && !covered(out, a-1) && known[a-1] == nil && (i-a < 4 || tailJoined(ws, a, i)) {
				a--
				continue
			}
			// "Mine Rehabilitation and Mineral Resources Corp.", "Bank of
			// America Corp": a connector between capitalised words of the name
			// (not after a title: "Managing Director and Group CEO")
			if a > 1 && tailConnectors[ws[a-1].norm] && isCap(ws[a-2].s) && !notNames[ws[a-2].norm] && !covered(out, a-2) && known[a-2] == nil &&
				!personTitles[ws[a-2].norm] && !titleFillers[ws[a-2].norm] {
				a--
				continue
			}
			break
		}
		for a < i && tailConnectors[ws[a].norm] {
			a++
		}
		// a country or its demonym may open the name ("Chinese Embassy",
		// "Kazakh Foreign Ministry"); it is then no mention of its own
		country := ""
		if m := endAt[a]; m != nil && a > 0 && (m.Entities[0].Type == kb.Country || m.Entities[0].Type == kb.Place) {
			a = m.Start
			if m.Entities[0].Type == kb.Country {
				country = m.Entities[0].ID
			}
		}
		if a < i && !(a == 0 && i-a == 1 && notNames[ws[0].norm]) {
			b := i + 1
			// a medium's regional edition ("Channel News Asia", "Warta
			// Times Indonesia"): the region closes the outlet's name
			if b < len(ws) && mediaTails[ws[i].norm] && known[b] != nil && (known[b].Entities[0].Type == kb.Place || known[b].Entities[0].Type == kb.Country) {
				b = known[b].End
			}
			out = append(out, span{a: a, b: b, typ: kb.Org, src: "rule", roleOf: country, tail: true})
		}
	}
	return out
}

// qualifiersBefore returns where the capitalised qualifiers of an
// organisation's name ("Supreme", "National") that stand right before word
// i begin, or i: words of organisation vocabulary no other name takes.
func qualifiersBefore(ws []word, known []*kb.Match, i int) int {
	a := i
	for a > 0 && i-a < 3 && isCap(ws[a-1].s) && orgVocab[ws[a-1].norm] && known[a-1] == nil && !titleBefore(ws, a-1) {
		a--
	}
	return a
}

// tailJoined reports whether a connector joins the words [a, i) of a name
// read back from its tail: such a name may run longer ("Korea Mine
// Rehabilitation and Mineral Resources Corp.").
func tailJoined(ws []word, a, i int) bool {
	for k := a; k < i; k++ {
		if tailConnectors[ws[k].norm] {
			return true
		}
	}
	return false
}

// enumerationAhead reports whether the comma at ws[i] starts an enumeration
// inside an organisation's name: capitalised words and commas closed by
// "dan"/"and" and a capitalised word ("Institut Studi Filsafat, Ilmu
// Politik, dan Agama"), before any other punctuation.
func enumerationAhead(ws []word, known []*kb.Match, i int) bool {
	for j := i + 1; j < len(ws) && j < i+16; j++ {
		w := ws[j]
		switch {
		case conjunctions[w.norm]:
			return j+1 < len(ws) && isCap(ws[j+1].s)
		case w.s == ",", isCap(w.s) && !orgSplitHeads[w.norm], w.hyph, orgConnectors[w.norm]:
		default:
			return false
		}
	}
	return false
}

// reconcile settles where rule organisations and tagger spans disagree:
//   - a tagged span opening with an organisation head is an organisation
//     ("Universitas Fudan" tagged as a place);
//   - same start, the rule name longer and nothing tagged in the extra words:
//     the rule's end ("Badan Administrasi Perdagangan Umum");
//   - same start, the tagged name longer but the rule name ends on a known
//     country: the rule's end, so a person may follow ("... Pendidikan Tinggi
//     Kazakhstan Budi Hartono");
//   - a tagged person inside a rule organisation ends the organisation
//     ("Partai Demokrat Nurhayati Ali Assegaf");
//   - any other tagged span inside a rule organisation gives way to it;
//   - a tagged organisation does not end with a person's description
//     ("Jane Doe, Pacific Wire Journalist": a byline's outlet and role).
func reconcile(ws []word, orgs, tagged []span) ([]span, []span) {
	coveredByTag := func(a, b int, self int) bool {
		for k, t := range tagged {
			if k != self && !t.dead && t.a < b && a < t.b {
				return true
			}
		}
		return false
	}
	for k := range tagged {
		t := &tagged[k]
		if t.typ != kb.Org && orgHeads[ws[t.a].norm] && t.b-t.a >= 2 {
			t.typ = kb.Org
		}
		if t.typ == kb.Org && t.b-t.a >= 2 && personDescriptions[ws[t.b-1].norm] {
			t.b--
		}
		for oi := range orgs {
			o := &orgs[oi]
			if o.dead || o.b <= t.a || t.b <= o.a {
				continue
			}
			switch {
			case o.a == t.a && t.typ == kb.Org:
				if o.b > t.b && !coveredByTag(t.b, o.b, k) || t.b > o.b && o.knownEnd {
					t.b = o.b
				}
				o.dead = true // one span for the name: the tagged one, adjusted
			case o.a < t.a && t.typ == kb.Person:
				o.b = t.a
				for o.b > o.a+1 && (ws[o.b-1].s == "," || orgConnectors[ws[o.b-1].norm]) {
					o.b--
				}
				if o.b-o.a < 2 {
					o.dead = true
				}
			case o.a <= t.a && t.b <= o.b:
				t.dead = true
			}
		}
	}
	return live(orgs), live(tagged)
}

// titleBefore reports whether a capitalised word of a title (an office or
// its filler, not an article) stands right before word i.
func titleBefore(ws []word, i int) bool {
	if i == 0 {
		return false
	}
	w := ws[i-1]
	return isCap(w.s) && !articles[w.norm] && (personTitles[w.norm] || titleFillers[w.norm])
}

// titleAhead reports whether the capitalised words from i hold a person's
// title: "Council of Ministers and Defence Minister" joins a body
// and an office, so the name stops before "and".
func titleAhead(ws []word, i int) bool {
	for ; i < len(ws) && isCap(ws[i].s); i++ {
		if orgHeads[ws[i].norm] {
			return false // "dan Informasi Sekretariat Presiden": a body's name goes on
		}
		if personTitles[ws[i].norm] {
			return true
		}
	}
	return false
}

// endsAt returns the known name that ends right before word a, or nil.
func endsAt(known []*kb.Match, a int) *kb.Match {
	for k := a - 1; k >= 0 && k >= a-4; k-- {
		if m := known[k]; m != nil && m.End == a {
			return m
		}
	}
	return nil
}
