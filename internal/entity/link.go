package entity

import (
	"cmp"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strings"

	"kronik/internal/kb"
	"kronik/internal/record"
	"kronik/internal/text"
)

// link turns mentions into entities: known names take their knowledge-base
// id; bracketed abbreviations join their long form; short person mentions
// ("Xi", "Presiden Anwar", "XI") join the full name met in the document or
// known to the knowledge base; bare surnames and defined abbreviations are
// found again anywhere in the text.
func (r *Recognizer) link(txt string, sents []text.Sentence, words [][]word, ms []mention) []record.Entity {
	// Abbreviations of events and programmes ("Inisiatif Sabuk dan Jalan
	// (Belt and Road Initiative/BRI)", "Konferensi Tingkat Tinggi (KTT)") and
	// of common nouns ("pekerja migran Indonesia (PMI)") are no entities
	// wherever they occur.
	if blocked := eventAbbreviations(txt); len(blocked) > 0 {
		n := 0
		for _, m := range ms {
			if m.ent == nil && blocked[m.text] {
				continue
			}
			ms[n] = m
			n++
		}
		ms = ms[:n]
	}
	keys := make([]string, len(ms))
	types := make([]string, len(ms))
	ents := make([]*kb.Entity, len(ms))

	// Known entities, and rule or tagger spans whose text is a known name.
	for i := range ms {
		m := &ms[i]
		types[i] = m.typ
		e := m.ent
		if e == nil {
			for _, c := range r.kb.Lookup(m.text) {
				// a tagger PLACE that the list knows as a country is a country;
				// a rule PERSON is linked below, through the person's names
				if c.Type == m.typ || m.src == "ner" || (m.typ == kb.Place && c.Type == kb.Country) {
					e = c
					break
				}
			}
		}
		if e != nil && (e.Type != kb.Person || m.typ == kb.Person) {
			ents[i], keys[i], types[i] = e, e.ID, e.Type
		}
	}

	// A transposed known acronym ("GCTN" for "CGTN") is the same outlet.
	acr := map[string]int{} // sorted letters -> mention index of a known acronym
	for i := range ms {
		if ents[i] != nil && isUpperWord(ms[i].text) && len(ms[i].text) >= 3 {
			acr[sortedLetters(ms[i].text)] = i
		}
	}
	for i := range ms {
		if ents[i] == nil && types[i] == kb.Org && isUpperWord(ms[i].text) && len(ms[i].text) >= 3 {
			if j, ok := acr[sortedLetters(ms[i].text)]; ok {
				ents[i], keys[i], types[i] = ents[j], keys[j], types[j]
			}
		}
	}

	// Full personal names first, so that short forms can join them.
	personKey := map[string]string{} // normalised word of a full name -> key ("" when ambiguous)
	addPersonWords := func(name, key string) {
		for _, w := range strings.Fields(kb.Normalize(name)) {
			if len(w) < 2 {
				continue
			}
			if k, ok := personKey[w]; ok && k != key {
				personKey[w] = ""
				continue
			}
			personKey[w] = key
		}
	}
	for i := range ms {
		if types[i] != kb.Person {
			continue
		}
		if keys[i] != "" {
			addPersonWords(ents[i].Name, keys[i])
			for _, n := range ents[i].Names() {
				addPersonWords(n, keys[i])
			}
			continue
		}
		// One word, hyphenated or not ("El-Sisi"), is a short form: it
		// joins a full name below if it can.
		if len(strings.Fields(ms[i].text)) < 2 {
			continue
		}
		keys[i] = "person:" + kb.Slug(ms[i].text)
		addPersonWords(ms[i].text, keys[i])
	}
	if joinFullNames(ms, keys, types, ents) {
		// the words of the joined names now lead to one key
		clear(personKey)
		for i := range ms {
			if types[i] != kb.Person || keys[i] == "" {
				continue
			}
			if ents[i] != nil {
				for _, n := range ents[i].Names() {
					addPersonWords(n, keys[i])
				}
			}
			addPersonWords(ms[i].text, keys[i])
		}
	}
	for i := range ms {
		if types[i] != kb.Person || keys[i] != "" {
			continue
		}
		w := kb.Normalize(ms[i].text)
		if k := personKey[w]; k != "" {
			keys[i] = k
			continue
		}
		// "El-Sisi", "da Silva": a short form of several words (hyphens
		// split them) all from one full name met in the document.
		if k := sameKey(personKey, strings.Fields(w)); k != "" {
			keys[i] = k
			continue
		}
		if isUpperWord(ms[i].text) && ms[i].src == "rule" {
			// an upper-case word after "menurut" or a title is an acronym
			// ("menurut BPS"), unless it is a name met in full ("XI")
			keys[i] = "-"
			continue
		}
		if cands := r.kb.PersonsNamed(w); len(cands) == 1 {
			ents[i], keys[i] = cands[0], cands[0].ID
			addPersonWords(cands[0].Name, keys[i])
			continue
		}
		keys[i] = "person:" + kb.Slug(ms[i].text)
	}

	// Drop what the person rules took for names but are not.
	{
		n := 0
		for i := range ms {
			if keys[i] == "-" {
				continue
			}
			ms[n], keys[n], types[n], ents[n] = ms[i], keys[i], types[i], ents[i]
			n++
		}
		ms, keys, types, ents = ms[:n], keys[:n], types[:n], ents[:n]
	}

	// A tagged single word that is part of a person's name met in full is
	// that person ("XI" in an upper-case heading tagged as an organisation).
	for i := range ms {
		if ents[i] == nil && ms[i].src == "ner" && types[i] != kb.Person && !strings.ContainsAny(ms[i].text, " -") {
			if k := personKey[kb.Normalize(ms[i].text)]; k != "" {
				keys[i], types[i] = k, kb.Person
			}
		}
	}

	// Organisations and places from rules or the tagger.
	for i := range ms {
		if keys[i] != "" {
			continue
		}
		prefix := "org:"
		if types[i] == kb.Place {
			prefix = "place:"
		}
		keys[i] = prefix + kb.Slug(ms[i].text)
	}

	// A shortened organisation name joins the one full name it begins:
	// "Kementerian Luar Negeri" after "Kementerian Luar Negeri China",
	// "Pusat Studi Asia" after "Pusat Studi Asia di Jakarta".
	orgNorm := make([]string, len(ms)) // normalised names of organisations, with a trailing space
	for i := range ms {
		if types[i] == kb.Org {
			orgNorm[i] = kb.Normalize(ms[i].text) + " "
		}
	}
	for i := range ms {
		if types[i] != kb.Org || ents[i] != nil {
			continue
		}
		short := orgNorm[i]
		if strings.Count(short, " ") < 2 {
			continue // one word is too little to go on
		}
		target := ""
		for j := range ms {
			if types[j] != kb.Org || keys[j] == keys[i] || len(orgNorm[j]) <= len(short) || !strings.HasPrefix(orgNorm[j], short) {
				continue
			}
			if target != "" && target != keys[j] {
				target = "-" // two candidates: leave it alone
				break
			}
			target = keys[j]
		}
		if target != "" && target != "-" {
			old := keys[i]
			for k := range ms {
				if keys[k] == old {
					keys[k] = target
				}
			}
		}
	}

	// Bracketed abbreviations: "China Global Television Network (CGTN)",
	// "Badan Pusat Statistik (BPS)". The short form joins the long one.
	abbrKey := map[string]int{} // abbreviation -> mention index of its long form
	// used marks the bytes of the text that a mention covers.
	used := make([]bool, len(txt)+1)
	mark := func(a, b int) {
		for i := a; i < b; i++ {
			used[i] = true
		}
	}
	for _, m := range ms {
		mark(m.start, m.end)
	}
	covered := func(a, b int) bool {
		for i := a; i < b; i++ {
			if used[i] {
				return true
			}
		}
		return false
	}
	for i := range ms {
		m := ms[i]
		ab, as, ae, ok := bracketAfter(txt, m.end, types[i] == kb.Org)
		if !ok {
			continue
		}
		if j := mentionAt(ms, as, ae); j >= 0 {
			// Both forms found. Two known names are two things ("Jakarta
			// (ANTARA)" is a dateline and an outlet); otherwise the known
			// one decides when the letters agree.
			letters := initialsMatch(m.text, ab) || syllabic(m.text, ab)
			switch {
			case ents[i] != nil && ents[j] != nil:
				continue
			case ents[i] == nil && ents[j] == nil:
				// two unknown forms: an organisation and its acronym
				// ("National Research and Innovation Agency (BRIN)")
				if types[i] != kb.Org || !letters && !isUpperWord(ab) {
					continue
				}
			case !letters:
				continue
			}
			if ents[j] != nil {
				keys[i], types[i], ents[i] = keys[j], types[j], ents[j]
			} else {
				keys[j], types[j], ents[j] = keys[i], types[i], ents[i]
			}
			abbrKey[ab] = i
			continue
		}
		// An organisation's bracketed short form is its abbreviation even
		// when the letters do not agree: English news writes Indonesian
		// bodies in English with their Indonesian acronym ("National
		// Research and Innovation Agency (BRIN)").
		if types[i] != kb.Org || !isUpperWord(ab) && !initialsMatch(m.text, ab) && !syllabic(m.text, ab) ||
			covered(as, ae) || len(r.kb.Lookup(ab)) > 0 {
			continue
		}
		abbrKey[ab] = i
		mark(as, ae)
		ms = append(ms, mention{span: span{typ: kb.Org, src: "rule"}, sent: m.sent, start: as, end: ae, text: ab})
		keys, types, ents = append(keys, keys[i]), append(types, types[i]), append(ents, ents[i])
	}
	// A known short form whose long form no list holds: "China Global
	// Television Network (CGTN)" when only "CGTN" is known.
	for i := range ms {
		if ents[i] == nil || ms[i].end-ms[i].start > 8 || !isUpperWord(ms[i].text) {
			continue
		}
		if ms[i].start < 1 || txt[ms[i].start-1] != '(' || ms[i].end >= len(txt) || txt[ms[i].end] != ')' {
			continue
		}
		if a, ok := longFormBefore(txt, sents, ms[i].sent, ms[i].start-1, ms[i].text); ok && !covered(a, ms[i].start-1) {
			end := strings.TrimRight(txt[a:ms[i].start-1], " ")
			mark(a, a+len(end))
			ms = append(ms, mention{span: span{typ: types[i], src: "rule"}, sent: ms[i].sent, start: a, end: a + len(end), text: end})
			keys, types, ents = append(keys, keys[i]), append(types, types[i]), append(ents, ents[i])
		}
	}

	// Bare surnames, given names, upper-case forms and defined abbreviations
	// anywhere in the text: "Xi menekankan", "XI", "kata Santos", "BPS".
	for si := range sents {
		for _, w := range words[si] {
			if !isCap(w.s) {
				continue
			}
			key := ""
			var ent *kb.Entity
			typ := kb.Person
			if i, ok := abbrKey[w.s]; ok {
				key, typ, ent = keys[i], types[i], ents[i]
			} else if k := personKey[w.norm]; k != "" && !notNames[w.norm] && len(w.norm) >= 2 && !w.hyph && !isHyphenated(txt, w) {
				key = k
			}
			if key == "" || covered(w.start, w.end) {
				continue
			}
			mark(w.start, w.end)
			ms = append(ms, mention{span: span{typ: typ, src: "rule"}, sent: si, start: w.start, end: w.end, text: w.s})
			keys, types, ents = append(keys, key), append(types, typ), append(ents, ent)
		}
	}

	// Group mentions into entities, numbered in the order of their first
	// mentions (counted first, so the entities are made in place).
	byKey := map[string]int{}
	for _, k := range keys[:len(ms)] {
		if _, ok := byKey[k]; !ok {
			byKey[k] = len(byKey)
		}
	}
	out := make([]record.Entity, len(byKey))
	made := 0
	for i, m := range ms {
		k := keys[i]
		j := byKey[k]
		e := &out[j]
		if j == made { // its first mention
			*e = record.Entity{ID: k, Type: types[i], Source: m.src}
			if ke := r.kb.Entity(k); ke != nil {
				e.Name, e.Code, e.Wikidata, e.Country, e.Source = ke.Name, ke.Code, ke.Wikidata, ke.Country, "kb"
			}
			made++
		}
		if ents[i] == nil && (e.Name == "" || (len(m.text) > len(e.Name) && r.kb.Entity(k) == nil)) {
			e.Name = m.text
		}
		e.Mentions = append(e.Mentions, record.Mention{Text: m.text, Start: m.start, End: m.end, Sentence: m.sent})
		if m.role != "" && 0 <= m.roleA && m.roleA < m.roleB && m.roleB <= len(txt) {
			role := record.Role{Title: txt[m.roleA:m.roleB], Of: m.roleOf, Start: m.roleA, End: m.roleB}
			if role.Of == "" {
				// "Presiden Anwar": the office is the one the list knows
				if ke := r.kb.Entity(k); ke != nil {
					for _, kr := range ke.Roles {
						if strings.EqualFold(kr.Title, role.Title) || strings.EqualFold(kr.TitleEn, role.Title) {
							role.Of = kr.Of
							break
						}
					}
				}
			}
			e.Roles = addRole(e.Roles, role)
			// the state of an office named before the name ("Presiden
			// Kazakhstan"); an apposition says where a person works, not
			// whom they act for
			if e.Country == "" && m.role == "title" && strings.HasPrefix(m.roleOf, "country:") {
				e.Country = m.roleOf
			}
		} else if e.Country == "" && m.roleOf != "" && (e.Type == kb.Org || e.Type == kb.Place) {
			// the country named in an organisation's name, or the state a
			// seat of government read as its building stands in
			e.Country = m.roleOf
		}
	}
	for j := range out {
		e := &out[j]
		k := e.ID
		// (slices' sorts are sort's algorithms without its reflection)
		slices.SortFunc(e.Mentions, func(a, b record.Mention) int { return cmp.Compare(a.Start, b.Start) })
		if e.Type == kb.Person && e.Country == "" {
			if ke := r.kb.Entity(k); ke != nil {
				for _, role := range ke.Roles {
					if strings.HasPrefix(role.Of, "country:") {
						e.Country = role.Of
						break
					}
				}
			}
		}
	}
	slices.SortStableFunc(out, func(a, b record.Entity) int { return cmp.Compare(a.Mentions[0].Start, b.Mentions[0].Start) })
	resolveRoleBodies(out)
	return out
}

// resolveRoleBodies points a role at the entity its body became: the rules
// name the body of an office by the slug of its words ("Chairman of ... the
// National People's Congress" gives org:national-people-s-congress), while
// the entity of those words may carry a knowledge-base id (org:npc). Slugs
// are compared without their hyphens: the rule's words split a possessive
// ("People 's") that the mention's text keeps whole.
func resolveRoleBodies(ents []record.Entity) {
	ids := map[string]bool{}
	bySlug := map[string]string{}
	for _, e := range ents {
		ids[e.ID] = true
		for _, m := range e.Mentions {
			if e.Type == kb.Org {
				bySlug[strings.ReplaceAll(kb.Slug(m.Text), "-", "")] = e.ID
			}
		}
	}
	for i := range ents {
		for j := range ents[i].Roles {
			ro := &ents[i].Roles[j]
			slug, isOrg := strings.CutPrefix(ro.Of, "org:")
			if id, ok := bySlug[strings.ReplaceAll(slug, "-", "")]; ok && isOrg && !ids[ro.Of] {
				ro.Of = id
			}
		}
	}
}

// domesticOffices gives Indonesia as the state of a person whose government
// title names no state, in Indonesian text: the Indonesian press names foreign
// officials with their state ("Menlu Cina Wang Yi") and its own without
// ("Menteri Luar Negeri Sugiono", "Utusan Khusus Presiden Hashim").
func domesticOffices(ents []record.Entity) {
	for i := range ents {
		e := &ents[i]
		if e.Type != kb.Person || e.Country != "" {
			continue
		}
		for _, r := range e.Roles {
			if r.Of == "" && domesticTitle(r.Title) {
				e.Country = "country:IDN"
				break
			}
		}
	}
}

// domesticTitle reports whether a title is a state office: a minister, the
// president and their envoys, ambassadors, a cabinet secretary, the chiefs of
// the armed forces. (Ambassadors are left out: "Duta Besar" alone may be a foreign envoy.)
func domesticTitle(t string) bool {
	t = strings.ToLower(t)
	for _, p := range []string{"presiden", "wakil presiden", "menteri", "menlu", "menko", "mendag", "menhan",
		"utusan khusus", "sekretaris kabinet", "mensesneg", "panglima", "kepala staf",
		"wakil menteri", "wamenlu"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// isHyphenated reports whether w is glued to a neighbour by a hyphen or an
// apostrophe in the text.
func isHyphenated(txt string, w word) bool {
	return w.end < len(txt) && (txt[w.end] == '-' || txt[w.end] == '\'')
}

// addRole adds a role unless a fuller one is there ("Presiden" after
// "Presiden Tiongkok"); a fuller one replaces a shorter one.
func addRole(roles []record.Role, role record.Role) []record.Role {
	t := strings.ToLower(role.Title)
	for i, r := range roles {
		old := strings.ToLower(r.Title)
		switch {
		case strings.HasPrefix(old, t):
			return roles
		case strings.HasPrefix(t, old):
			roles[i] = role
			return roles
		}
	}
	return append(roles, role)
}

// sameKey returns the key all of words (two or more) map to, or "".
func sameKey(keyOf map[string]string, words []string) string {
	if len(words) < 2 {
		return ""
	}
	k := keyOf[words[0]]
	for _, w := range words[1:] {
		if keyOf[w] != k {
			return ""
		}
	}
	return k
}

// joinFullNames gives a full name the key of a longer full name met in the
// document that holds all its words, or of the first one written with the
// same words: "Ismail Sabri", "Ismail Sabri Yaakob" and "Ismail Sabri bin
// Yaakob" are one person (the patronymic particle aside). A name that two
// different longer names hold keeps its own key. Known persons keep theirs.
// It reports whether it joined any.
func joinFullNames(ms []mention, keys, types []string, ents []*kb.Entity) bool {
	joined := false
	type full struct {
		key   string
		words map[string]bool
	}
	// The words of a name, once per distinct writing (a document names a
	// person many times the same way). The sets are shared: read only.
	memo := map[string]map[string]bool{}
	nameWords := func(s string) map[string]bool {
		if out, ok := memo[s]; ok {
			return out
		}
		out := map[string]bool{}
		n := s
		if strings.ContainsAny(n, "\"“") { // what quoted opens with
			n = quoted.ReplaceAllString(n, " ") // a nickname ("Ferdinand \"Bongbong\" Marcos Jr")
		}
		for _, w := range strings.Fields(kb.Normalize(n)) {
			if !patronyms[w] && len(w) > 1 {
				out[w] = true
			}
		}
		memo[s] = out
		return out
	}
	// One entry per distinct (entity, words): a person named a thousand times
	// in a long document is compared once, not a thousand times (repeats
	// change no answer below: the first of equal entries decides).
	var fulls []full
	seen := map[string]bool{}
	// the words of an entry follow from the mention's writing and the
	// linked entity's name: a repeat of both is a repeat of the entry
	type writing struct{ text, name, key string }
	written := map[writing]bool{}
	for i := range ms {
		if types[i] == kb.Person && keys[i] != "" {
			wr := writing{text: ms[i].text, key: keys[i]}
			if ents[i] != nil {
				wr.name = "\x00" + ents[i].Name // unlike a mention with no entity
			}
			if written[wr] {
				continue
			}
			written[wr] = true
			words := nameWords(ms[i].text)
			if ents[i] != nil {
				words = maps.Clone(words)
				for w := range nameWords(ents[i].Name) {
					words[w] = true // the full name the knowledge base knows
				}
			}
			sig := make([]string, 0, len(words)+1)
			for w := range words {
				sig = append(sig, w)
			}
			sort.Strings(sig)
			sig = append(sig, keys[i])
			if k := strings.Join(sig, "\x00"); !seen[k] {
				seen[k] = true
				fulls = append(fulls, full{keys[i], words})
			}
		}
	}
	byWord := map[string][]int{}
	for fi, f := range fulls {
		for w := range f.words {
			byWord[w] = append(byWord[w], fi)
		}
	}
	for i := range ms {
		if types[i] != kb.Person || keys[i] == "" || ents[i] != nil {
			continue
		}
		own := nameWords(ms[i].text)
		if len(own) < 2 {
			continue
		}
		best, ambiguous := "", false
		// Only entries holding every word of own can match: walk those
		// holding its rarest word, in order.
		var among []int
		first := true
		for w := range own {
			if l := byWord[w]; first || len(l) < len(among) {
				among, first = l, false
			}
		}
		for _, fi := range among {
			f := fulls[fi]
			if f.key == keys[i] || len(f.words) < len(own) {
				continue
			}
			holds := true
			for w := range own {
				holds = holds && f.words[w]
			}
			if !holds {
				continue
			}
			if len(f.words) == len(own) {
				// the same words written twice: the first writing's key
				if f.key != keys[i] && best == "" {
					best = f.key
				}
				break
			}
			if best != "" && best != f.key {
				ambiguous = true
			}
			best = f.key
		}
		if best != "" && !ambiguous {
			joined = true
			old := keys[i]
			for k := range keys {
				if keys[k] == old {
					keys[k] = best
				}
			}
			for k := range fulls {
				if fulls[k].key == old {
					fulls[k].key = best
				}
			}
		}
	}
	return joined
}

// quoted matches a nickname in quotes inside a name.
var quoted = regexp.MustCompile(`["“][^"”]{1,30}["”]`)
