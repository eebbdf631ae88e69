package entity

// Persons found from context: titles, reporting verbs, credits and
// apposition.

import (
	"strings"

	"kronik/internal/kb"
)

// nameWord reports whether w can be part of a personal name: capitalised,
// not a function word, not a digit.
func nameWord(w word) bool {
	if !isCap(w.s) || notNames[w.norm] || roleNoun(w.norm) || orgHeads[w.norm] || orgVocab[w.norm] ||
		len(w.s) > 1 && isUpperWord(w.s) { // "PDIP", "DKPP" are acronyms
		return false
	}
	// "Umumnya", "Ketuanya": a title word with the clitic -nya
	if stem, ok := strings.CutSuffix(w.norm, "nya"); ok && (titleFillers[stem] || personTitles[stem] || notNames[stem]) {
		return false
	}
	return !ministerAbbrev(w.norm)
}

// ministerAbbrev reports whether w is an Indonesian abbreviated title of a
// minister or commander ("Mendagri", "Menkeu", "Menkopolhukam", "Kapolri").
func ministerAbbrev(w string) bool { return titleAbbrevs[w] || menkoAbbrev(w) }

// menkoAbbrev reports whether w abbreviates a coordinating minister's title
// ("Menkopolhukam", "Menkoinfra").
func menkoAbbrev(w string) bool {
	rest, ok := strings.CutPrefix(w, "menko")
	return ok && len(rest) >= 2
}

// Bits of personCues: the lexicons of the person rules a word is in.
const (
	cueTitle        = 1 << iota // personTitles
	cueTitleAbbrev              // titleAbbrevs
	cueReportAfter              // reportVerbsAfter
	cueAttribution              // attributions
	cueCredit                   // creditLabels
	cueReportBefore             // reportVerbsBefore
	cueDescription              // personDescriptions
)

// personCues maps every word of the lexicons personSpans tests at each word
// to the bits of the lexicons it is in, so that a word costs one map lookup
// instead of six (most words are in none).
var personCues = func() map[string]uint8 {
	m := map[string]uint8{}
	for bit, lex := range []map[string]bool{personTitles, titleAbbrevs, reportVerbsAfter, attributions, creditLabels, reportVerbsBefore, personDescriptions} {
		for w := range lex {
			m[w] |= 1 << bit
		}
	}
	return m
}()

// personTail reports whether the words, split off the end of an
// organisation's name, look like a person's name: name words, no
// organisation vocabulary, not joined by hyphens, not known names.
func personTail(k *kb.KB, ws []word) bool {
	if len(ws) < 1 || len(ws) > 4 {
		return false
	}
	var parts []string
	for _, w := range ws {
		if !nameWord(w) || w.hyph || knownNonPerson(k, w.s) {
			return false
		}
		parts = append(parts, w.s)
	}
	return !knownNonPerson(k, strings.Join(parts, " "))
}

// knownNonPerson reports whether the knowledge base knows name as
// something other than a person.
func knownNonPerson(k *kb.KB, name string) bool {
	for _, e := range k.Lookup(name) {
		if e.Type != kb.Person {
			return true
		}
	}
	return false
}

// free reports whether word i is open to the person rules: covered by no
// span, or by a tagged person the rule may extend ("Hendra" of "Editor:
// Hendra Gunawan").
func free(owner []int, spans []span, i int) bool {
	o := owner[i]
	return o == 0 || spans[o-1].src == "ner" && spans[o-1].typ == kb.Person
}

// nameRun returns the end of the run of personal-name words starting at i
// (at most four words; hyphen parts count as part of the word they join).
func nameRun(ws []word, owner []int, spans []span, i int) int {
	j, n := i, 0
	for j < len(ws) && free(owner, spans, j) && (j > i && nameParticles[ws[j].norm] && isCap(ws[j].s) || nameWord(ws[j]) || ws[j].hyph && j > i && (isCap(ws[j].s) || !isNumber(ws[j].s)) || articlePart(ws, j) ||
		j > i && patronyms[ws[j].s] && j+1 < len(ws) && isCap(ws[j+1].s) && free(owner, spans, j+1)) {
		if patronyms[ws[j].s] {
			j++ // a particle, not one of the name's words
			continue
		}
		if !ws[j].hyph {
			n++
			if n > 4 {
				break
			}
		}
		j++
	}
	return j
}

// servantName reports whether a known name of one word that is no person's
// follows a word that opens an Arabic theophoric name ("Abdul Fatah",
// "Abdel Aziz": "servant of" one of God's names): such an opening never
// names anyone alone, so the word after it is part of the person's name,
// not the faction, state or town the knowledge base lists under it.
func servantName(ws []word, m *kb.Match) bool {
	if m.End-m.Start != 1 || m.Start == 0 || !servantOpeners[ws[m.Start-1].norm] || !isCap(ws[m.Start-1].s) {
		return false
	}
	for _, e := range m.Entities {
		if e.Type == kb.Person {
			return false
		}
	}
	return true
}

// personRules is the state the person rules share over one sentence: its
// words, the spans the earlier constructions found (owner maps a word to its
// span's index + 1) and the persons found so far.
type personRules struct {
	kb    *kb.KB
	ws    []word
	owner []int
	spans []span
	si    int
	out   []span
}

// personSpans applies the context rules for persons, in this order per word:
// a title before a name, a reporting verb before the speaker, a credit
// label, a photo credit, a reporting verb after the speaker; then names in
// apposition before a title.
func (r *Recognizer) personSpans(ws []word, owner []int, spans []span, si int) []span {
	p := &personRules{kb: r.kb, ws: ws, owner: owner, spans: spans, si: si}
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		cue := personCues[w.norm] // one lookup for the lexicons below
		switch {
		// ("KTT perdana", an inaugural summit: "perdana" is an office only
		// in "Perdana Menteri")
		// ("Menhub Budi Karya", "Menkopolhukam ...": an abbreviated
		// minister's title is a title too)
		// ("activist Budi Santoso", but not "Activist Network": a
		// description is a title in lower case only)
		case (cue&cueTitle != 0 || cue&cueDescription != 0 && !isCap(w.s) || isCap(w.s) && (cue&cueTitleAbbrev != 0 || menkoAbbrev(w.norm))) && owner[i] == 0 && (w.norm != "perdana" || i+1 < len(ws) && ws[i+1].norm == "menteri"):
			i = p.titled(i)
		case cue&cueReportAfter != 0 && !isCap(w.s) || cue&cueAttribution != 0:
			i = p.speakerAfterVerb(i)
		case cue&cueCredit != 0 && i+1 < len(ws) && (ws[i+1].s == ":" || ws[i+1].norm == "by" || byWords[w.norm]):
			i = p.credit(i)
		case w.s == "/" && i > 0 && i+1 < len(ws):
			i = p.photoCredit(i)
		case cue&cueReportBefore != 0 && i > 0 && !isCap(w.s):
			p.speakerBeforeVerb(i)
		}
	}
	p.apposition()
	return p.out
}

// taken reports whether a word of [a, b) belongs to a span the person rules
// may not extend, or to a person already found.
func (p *personRules) taken(a, b int) bool {
	for i := a; i < b; i++ {
		if !free(p.owner, p.spans, i) {
			return true
		}
	}
	for _, s := range p.out {
		if s.a < b && a < s.b {
			return true
		}
	}
	return false
}

// spanAt returns the span covering word i, or nil.
func (p *personRules) spanAt(i int) *span {
	if p.owner[i] == 0 {
		return nil
	}
	return &p.spans[p.owner[i]-1]
}

// office is the state or body a title names on its way to the name. The
// office is held in the state the title names, else the first known body,
// else the first body named ("Direktur di Pusat Studi Politik di Institut
// ...").
type office struct{ roleOf, firstBody string }

// note records the body of a span the title runs through.
func (o *office) note(ws []word, sp *span) {
	switch {
	case sp.ent != nil && sp.ent.Type == kb.Country && !strings.HasPrefix(o.roleOf, "country:"):
		o.roleOf = sp.ent.ID
	case sp.typ == kb.Org && sp.ent == nil && sp.roleOf != "" && o.roleOf == "":
		o.roleOf = sp.roleOf
	case sp.typ == kb.Org && sp.ent != nil && o.roleOf == "":
		o.roleOf = sp.ent.ID
	case sp.typ == kb.Org && sp.ent == nil && o.firstBody == "":
		o.firstBody = "org:" + kb.Slug(joinWords(ws[sp.a:sp.b]))
	}
}

// settle falls back on the first body named when no state or known body was.
func (o *office) settle() {
	if o.roleOf == "" {
		o.roleOf = o.firstBody
	}
}

// titled reads a title and the name after it: "Presiden Kazakhstan
// Kassym-Jomart Anwar", "Juru Bicara Kementerian Luar Negeri China Wang Lei",
// "asisten profesor di Departemen ... Universitas Gadjah Mada Jessica
// Santos", "Foreign Minister Wang Yi". The title may run through filler
// words, known countries and organisations up to the name. It returns the
// index of the last word it consumed.
func (p *personRules) titled(i int) int {
	ws, owner, spans := p.ws, p.owner, p.spans
	var off office
	j, lastOrg := p.titleWords(i, &off)
	// "a spokesman for President X", "juru bicara untuk Presiden X": a
	// lower-case title serving the holder of a capitalised one; the name
	// is that title's holder, read from there (the rule's own title is no
	// role of hers)
	if !isCap(ws[i].s) {
		for k := i + 1; k+1 < j; k++ {
			if bodyPreps[ws[k].norm] && !isCap(ws[k].s) && isCap(ws[k+1].s) && personTitles[ws[k+1].norm] {
				return p.titled(k + 1)
			}
		}
	}
	fillers := j > i+1 && spanAtSafe(spans, owner, j-1) == nil // the title ran through words of its own
	off.settle()
	// (a tagged name the name's words run past, "Speaker Woo Won-shik"
	// tagged "Woo", is read whole below)
	if sp := spanAtSafe(spans, owner, j); sp != nil && sp.typ == kb.Person && sp.a == j && j > i && !(sp.src == "ner" && nameRun(ws, owner, spans, j) > sp.b) {
		// a known person after the title: keep the role on it
		sp.role, sp.roleA, sp.roleB = "title", ws[titleStart(ws, i)].start, ws[j-1].end
		if sp.roleOf == "" {
			sp.roleOf = off.roleOf
		}
		return sp.b - 1
	}
	end := nameRun(ws, owner, spans, j)
	if end == j && lastOrg >= 0 && spans[lastOrg].b == j {
		j, end = p.nameEndingOrg(lastOrg, j, end, &off)
	}
	if end == j && j+1 < len(ws) && ws[j].s == "," && j > i+1 {
		// "Direktur Eksekutif Institut ... Kirgizstan, Elvira
		// Mamytova, menilai": the name in commas after the title
		if e2 := nameRun(ws, owner, spans, j+1); e2-(j+1) >= 2 && (e2 == len(ws) || isPunct(ws[e2].s) || !isCap(ws[e2].s)) {
			j, end = j+1, e2
		}
	}
	if end == j && j < len(ws) && !isPunct(ws[j].s) {
		j, end = p.nameAfterBody(i, j, end, &off)
	}
	off.settle()
	body := end > j && afterBodyPrep(ws, i, j)
	if (end-j == 1 || body) && end+1 < len(ws) && ws[end].s == "," {
		// "Ketua Umum Golkar, Jusuf Kalla", "a spokesman for Human
		// Rights Watch, Jane Doe,": the words name the body; the person
		// follows the comma
		if e2 := nameRun(ws, owner, spans, end+1); e2-(end+1) >= 2 {
			j, end, body = end+1, e2, false
		}
	}
	if body {
		j, end = p.nameAfterPrep(i, j, end)
	}
	if end-j == 1 && !isCap(ws[i].s) && fillers {
		// "calon presiden dari Golkar": a lower-case title reaching
		// a name through other words needs a full name
		end = j
	}
	if end > j && !p.taken(j, end) && !(end-j == 1 && len(ws[j].s) < 2) {
		sp := span{a: j, b: end, typ: kb.Person, src: "rule", roleOf: off.roleOf}
		if j > i {
			last := j - 1
			for last > i && isPunct(ws[last].s) {
				last-- // "Direktur ... Kirgizstan, Elvira Mamytova"
			}
			sp.role = "title"
			sp.roleA, sp.roleB = ws[titleStart(ws, i)].start, ws[last].end
		}
		p.out = append(p.out, sp)
		return end - 1
	}
	return i
}

// titleWords follows the title that starts at word i through fillers,
// further titles, acronyms and the spans of the office's states and bodies,
// noting them in off. It returns the first word after the title and the
// index of the last unknown organisation it crossed (-1 for none).
func (p *personRules) titleWords(i int, off *office) (int, int) {
	ws, owner := p.ws, p.owner
	j := max(i+1, malayStyle(ws, i))
	lastOrg := -1
	for j < len(ws) && j-i < 40 {
		if sp := p.spanAt(j); sp != nil {
			if sp.typ == kb.Person {
				break
			}
			off.note(ws, sp)
			if sp.typ == kb.Org && sp.ent == nil {
				lastOrg = owner[j] - 1
			}
			j = sp.b
			continue
		}
		// fillers, further titles and acronyms of the office's body
		// ("Ketua DPP Partai Golkar ...", "Ketua Komisi III DPR ...")
		// a bracketed abbreviation inside the title ("Menteri Luar
		// Negeri (Menlu) RI Sugiono", "Kepala Badan Pusat Statistik
		// (BPS) Amalia ...")
		if ws[j].s == "(" && j+2 < len(ws) && ws[j+2].s == ")" {
			j += 3
			continue
		}
		// "Perdana Menteri Malaysia Dato' Sri ...": a Malay style of rank
		if e := malayStyle(ws, j); e > j {
			j = e
			continue
		}
		// "Duta Besar RI untuk Kazakhstan dan Tajikistan ...": more
		// states or bodies of the same office
		if (conjunctions[ws[j].norm] || ws[j].s == ",") && j+1 < len(ws) {
			if nx := p.spanAt(j + 1); nx != nil && nx.ent != nil && nx.ent.Type != kb.Person {
				j++
				continue
			}
		}
		// "Kepala Bakamla Laksamana Madya X", "Panglima Kostrad Jenderal
		// X": one word naming the body between the office and a military
		// rank
		if j+1 < len(ws) && isCap(ws[j].s) && militaryRanks[ws[j+1].norm] && isCap(ws[j+1].s) {
			j++
			continue
		}
		// portfolio of a minister ("Menteri Pemuda dan Olahraga",
		// "Menteri Koordinator Politik Hukum dan Keamanan")
		if orgVocab[ws[j].norm] && isCap(ws[j].s) || conjunctions[ws[j].norm] && j+1 < len(ws) && orgVocab[ws[j+1].norm] {
			j++
			continue
		}
		if titleFillers[ws[j].norm] || personTitles[ws[j].norm] || personDescriptions[ws[j].norm] && !isCap(ws[j].s) || ws[j].s == "-" ||
			len(ws[j].s) > 1 && isUpperWord(ws[j].s) && !roman[ws[j].s] || roman[ws[j].s] && j > i+1 {
			j++
			continue
		}
		break
	}
	return j, lastOrg
}

// nameEndingOrg handles "... Universitas Gadjah Mada Maria Santos": the name
// was read as the end of the organisation lastOrg that ends at word j; it
// gets the organisation's last two words when the organisation keeps at
// least head + one. It returns the name's bounds, unchanged when the words
// do not look like a name.
func (p *personRules) nameEndingOrg(lastOrg, j, end int, off *office) (int, int) {
	ws := p.ws
	o := &p.spans[lastOrg]
	n := o.b - o.a
	cut := o.b - 2
	if partyHeads[ws[o.a].norm] {
		// Indonesian party names mostly take one word after
		// "Partai" unless they are made of vocabulary
		// ("Partai Demokrat Nurhayati Ali Assegaf", but
		// "Partai Keadilan Sejahtera")
		cut = o.a + 2
	}
	if n >= 4 && cut >= o.a+2 && personTail(p.kb, ws[cut:o.b]) {
		if slug := "org:" + kb.Slug(joinWords(ws[o.a:o.b])); off.roleOf == slug {
			off.roleOf = "org:" + kb.Slug(joinWords(ws[o.a:cut]))
		}
		b := o.b
		for k := cut; k < b; k++ {
			p.owner[k] = 0
		}
		o.b = cut
		return o.b, b
	}
	return j, end
}

// afterBodyPrep reports whether the title from word i reaches word j
// through a preposition of the body its holder serves, with an optional
// article ("spokesman for Human ...", "the head of the Red ...").
func afterBodyPrep(ws []word, i, j int) bool {
	k := j - 1
	if k > i && articles[ws[k].norm] {
		k--
	}
	return k > i && bodyPreps[ws[k].norm] && !isCap(ws[k].s)
}

// nameAfterPrep reads the name after a title that runs through a
// preposition into an unknown body's name, [j, end) being the capitalised
// run after the preposition. Its first words name the body ("a spokesman
// for Human Rights Watch said", "Minister of Home Affairs ..."), so the run
// alone names nobody. A formal (capitalised) title may still be followed by
// its holder's name after the body ("Special Envoy for Climate Jane Doe",
// "Chairman of Alibaba Jack Ma"): the last two words of a run of three or
// more, when they look like a name. A lower-case title ("a lawyer for
// ...", "a spokesman for ...") does not stand before its holder's name in
// English, so its run is the body only. It returns the name's bounds,
// empty for none.
func (p *personRules) nameAfterPrep(i, j, end int) (int, int) {
	if isCap(p.ws[i].s) && end-j >= 3 && personTail(p.kb, p.ws[end-2:end]) {
		return end - 2, end
	}
	return j, j
}

// nameAfterBody handles// nameAfterBody handles a long title phrase that the title words do not
// cover ("Direktur di Pusat ... di bawah naungan Kementerian ... Kazakhstan
// Budi Hartono"): a full name right after an organisation further on,
// closing the clause. It returns the name's bounds, unchanged when there is
// none.
func (p *personRules) nameAfterBody(i, j, end int, off *office) (int, int) {
	ws, owner, spans := p.ws, p.owner, p.spans
	for k := j; k < len(ws) && k-i < 45; k++ {
		if isPunct(ws[k].s) && ws[k].s != "," {
			break
		}
		sp := spanAtSafe(spans, owner, k)
		if sp == nil || sp.a != k {
			continue
		}
		off.note(ws, sp)
		if sp.typ != kb.Org {
			k = sp.b - 1
			continue
		}
		if e2 := nameRun(ws, owner, spans, sp.b); e2-sp.b >= 2 && (e2 == len(ws) || isPunct(ws[e2].s) || !isCap(ws[e2].s)) {
			return sp.b, e2
		}
		k = sp.b - 1
	}
	return j, end
}

// speakerAfterVerb reads the speaker after a reporting verb: "ujar Rina
// Wulandari", "kata Santos", "said Anwar", "menurut Guo". It returns the
// index of the last word it consumed.
func (p *personRules) speakerAfterVerb(i int) int {
	j := i + 1
	if j < len(p.ws) && speakerPreps[p.ws[j].norm] {
		j++
	}
	end := nameRun(p.ws, p.owner, p.spans, j)
	if end > j && !p.taken(j, end) {
		p.out = append(p.out, span{a: j, b: end, typ: kb.Person, src: "rule"})
		return end - 1
	}
	return i
}

// credit reads the names of a credit: "Pewarta: Xinhua", "Editor: Hendra
// Gunawan", "Reporting by Jane Doe". It returns the index of the last word
// it consumed.
func (p *personRules) credit(i int) int {
	ws, owner, spans := p.ws, p.owner, p.spans
	w := ws[i]
	j := i + 1
	for j < len(ws) && (ws[j].s == ":" || ws[j].norm == "by") {
		j++
	}
	for j < len(ws) && (!byWords[w.norm] || i == 0) {
		end := nameRun(ws, owner, spans, j)
		if end == j {
			end = capsName(ws, owner, j) // "LAPORAN: SARAH WULANDARI", "Photo by JOHN DOE / AFP"
		}
		if end == j || p.taken(j, end) {
			break
		}
		p.out = append(p.out, span{a: j, b: end, typ: kb.Person, src: "rule"})
		i = end - 1
		// more names in the same credit: "Jane Smith in Astana and
		// Liz Lee in Beijing", "Rina Wati, Budi Santoso"
		j = end
		if j+1 < len(ws) && creditPlacePreps[ws[j].norm] {
			j += 2
			for j < len(ws) && (ws[j].hyph || isCap(ws[j].s) && !nameWord(ws[j])) {
				j++
			}
			if owner[j-1] != 0 {
				j = spans[owner[j-1]-1].b
			}
		}
		if j < len(ws) && (ws[j].s == "," || conjunctions[ws[j].norm] || ws[j].s == "&") {
			j++
			continue
		}
		break
	}
	return i
}

// photoCredit reads a photo credit: "ANTARA/Xinhua/Chen Hao", "(ANTARA
// FOTO/Jane Doe)": a name after a slash that follows a known outlet. It
// returns the index of the last word it consumed.
func (p *personRules) photoCredit(i int) int {
	ws := p.ws
	end := nameRun(ws, p.owner, p.spans, i+1)
	// the editor's initials closing the credit ("ANTARA/HO-Humas/Lukas/aa.")
	// make it a credit with one name word, after any source
	initials := end == i+2 && end+1 < len(ws) && ws[end].s == "/" && len(ws[end+1].s) <= 3 && !isCap(ws[end+1].s) && isLetterWord(ws[end+1].s)
	if sp := p.spanAt(i - 1); (sp == nil || sp.typ != kb.Org) && !photoWords[ws[i-1].norm] && !initials {
		return i
	}
	if (end-(i+1) >= 2 || initials) && !p.taken(i+1, end) {
		p.out = append(p.out, span{a: i + 1, b: end, typ: kb.Person, src: "rule"})
		return end - 1
	}
	return i
}

// speakerBeforeVerb reads the speaker before a reporting verb at word i: "Li
// Wen mengatakan", "Tomas Herrera mengatakan", "Anwar said".
func (p *personRules) speakerBeforeVerb(i int) {
	ws := p.ws
	a := nameStartBefore(ws, p.owner, i)
	// "Putra Mahkota mengatakan": a title's own words name no speaker
	for a < i && a > 0 && personTitles[ws[a-1].norm] && titleFillers[ws[a].norm] {
		a++
	}
	// a lone sentence-initial word is too weak ("Dia mengatakan")
	if a < i && !(a == 0 && i-a == 1 && len(p.out) == 0 && p.si >= 0 && isPlainWord(ws[0])) && !p.taken(a, i) {
		p.out = append(p.out, span{a: a, b: i, typ: kb.Person, src: "rule"})
	}
}

// apposition finds names before a title in apposition: "Li Wen, direktur
// ...", "Zhou Ming, sekretaris jenderal ...".
func (p *personRules) apposition() {
	ws, owner, spans := p.ws, p.owner, p.spans
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].s != "," || i+1 >= len(ws) {
			continue
		}
		if !appositionTitles[ws[i+1].norm] {
			// "Name, China's ambassador ...": a known state or body, then a title
			x := spanAtSafe(spans, owner, i+1)
			if x == nil || x.a != i+1 || x.ent == nil || x.ent.Type == kb.Person {
				continue
			}
			k := x.b
			if k < len(ws) && ws[k].norm == "s" {
				k++
			}
			if k >= len(ws) || !roleNoun(ws[k].norm) {
				continue
			}
		} else if articles[ws[i+1].norm] {
			// "Name, a professor at ...", "Name, seorang peneliti ...": the
			// article must lead to a role ("Nur Sultan, the capital" is no person)
			if k := i + 2; k >= len(ws) || !roleNoun(ws[k].norm) && !appositionTitles[ws[k].norm] || articles[ws[k].norm] {
				continue
			}
		}
		a := nameStartBefore(ws, owner, i)
		if i-a >= 2 && !p.taken(a, i) {
			p.out = append(p.out, span{a: a, b: i, typ: kb.Person, src: "rule"})
		}
	}
}

// nameStartBefore returns where the name of up to four free words that
// ends right before word i begins ("Li Wen mengatakan", "Ahmed al-Najjar,
// ..."), or i for none.
func nameStartBefore(ws []word, owner []int, i int) int {
	a := i
	for a > 0 && owner[a-1] == 0 && (nameWord(ws[a-1]) || ws[a-1].hyph || articlePart(ws, a-1)) && i-a < 4 {
		a--
	}
	return a
}

// articlePart reports whether word j is the lower-case Arabic article of a
// hyphenated name ("al-Najjar", "el-Sisi", "ash-Sharaa"): part of the name
// it opens.
func articlePart(ws []word, j int) bool {
	return arabicArticles[ws[j].norm] && !isCap(ws[j].s) && j+1 < len(ws) && ws[j+1].hyph && ws[j+1].tok == ws[j].tok && isCap(ws[j+1].s)
}

// roleNoun reports whether w is an office or a person's description, in
// either case: no word of a name, and a role in apposition after one ("Jane
// Doe, China's ambassador ...", "Jane Doe, a lawyer for ...").
func roleNoun(w string) bool { return personTitles[w] || personDescriptions[w] }

// titleStart extends a title back over the capitalised words that qualify
// it ("Foreign Minister", "Prime Minister", "Vice President").
func titleStart(ws []word, i int) int {
	for i > 0 && isCap(ws[i-1].s) && (titleFillers[ws[i-1].norm] || personTitles[ws[i-1].norm]) {
		i--
	}
	return i
}

// isPlainWord reports whether a capitalised word looks like an ordinary word
// (a function word or one shorter than three letters).
func isPlainWord(w word) bool { return notNames[w.norm] || len(w.norm) < 3 }

// appositiveRole sets the role of the person span sp from a title phrase in
// apposition after it: a comma, an optional article, a title word, and the
// words up to the comma or full stop that ends the phrase. A comma inside
// the phrase is crossed when a capitalised word follows it (an enumeration
// in an organisation's name).
func appositiveRole(ws []word, owner []int, spans []span, sp *span) {
	k := sp.b
	if k+1 >= len(ws) || ws[k].s != "," {
		return
	}
	t := k + 1
	for t < len(ws) && leadArticles[ws[t].norm] {
		t++
	}
	// "Zhang Hanhui, China's ambassador to Russia", "Yuri Ushakov, a Kremlin
	// aide": a known state or body before the title
	if t < len(ws) && owner[t] != 0 {
		if x := spans[owner[t]-1]; x.a == t && x.ent != nil && x.ent.Type != kb.Person {
			next := x.b
			if next < len(ws) && ws[next].norm == "s" {
				next++
			}
			if next < len(ws) && roleNoun(ws[next].norm) {
				sp.roleOf = x.ent.ID
				t = next
			}
		}
	}
	if t >= len(ws) || !roleNoun(ws[t].norm) && !appositionTitles[ws[t].norm] || notRoleOpeners[ws[t].norm] {
		return
	}
	end := t + 1
	for end < len(ws) && end-t < 25 {
		w := ws[end]
		if w.s == "," && end+1 < len(ws) && (isCap(ws[end+1].s) || conjunctions[ws[end+1].norm]) {
			end++
			continue
		}
		if isPunct(w.s) && !w.hyph && w.s != "-" && w.s != "&" {
			break
		}
		if !isCap(w.s) && !titleFillers[w.norm] && !orgConnectors[w.norm] && !roleNoun(w.norm) && !rolePreps[w.norm] {
			break
		}
		end++
	}
	for end > t+1 && (ws[end-1].s == "," || orgConnectors[ws[end-1].norm] || titleFillers[ws[end-1].norm] && !isCap(ws[end-1].s) && ws[end-1].norm != "negeri") {
		end--
	}
	sp.role, sp.roleA, sp.roleB = "apposition", ws[t].start, ws[end-1].end
	if sp.roleOf != "" {
		return // the state or body named before the title
	}
	// The role is held in the last body the phrase names: "di Universitas
	// Fudan", "at Harvard University", "di Kazakhstan".
	for i := end - 1; i >= t; i-- {
		o := owner[i]
		if o == 0 {
			continue
		}
		x := spans[o-1]
		switch {
		case x.ent != nil && (x.ent.Type == kb.Country || x.ent.Type == kb.Org):
			sp.roleOf = x.ent.ID
		case x.ent == nil && x.typ == kb.Org:
			sp.roleOf = "org:" + kb.Slug(joinWords(ws[x.a:x.b]))
		}
		if sp.roleOf != "" {
			return
		}
	}
}

// malayStyle returns the end of a Malay style of rank starting at word i
// ("Dato' Sri", "Datuk Seri", "Tan Sri", "Tun"), or i. "Sri" and "Seri"
// belong to the style only after an honorific: "Sri Mulyani" is a name.
// "Tan" is a style only before "Sri": it is also a surname.
func malayStyle(ws []word, i int) int {
	if i >= len(ws) || !malayHonorifics[ws[i].norm] || !isCap(ws[i].s) {
		return i
	}
	j := i + 1
	if j < len(ws) && (ws[j].s == "'" || ws[j].s == "’") {
		j++ // "Dato'": the apostrophe the tokenizer splits off
	}
	if j < len(ws) && malayStyles[ws[j].norm] && isCap(ws[j].s) {
		j++
	} else if ws[i].norm == "tan" {
		return i
	}
	return j
}

// capsName returns the end of a name written in capitals from word i in a
// credit (two to four all-capital words, none taken by another span), or i.
func capsName(ws []word, owner []int, i int) int {
	j := i
	for j < len(ws) && j-i < 4 && owner[j] == 0 && len(ws[j].s) > 1 && isUpperWord(ws[j].s) && isLetterWord(ws[j].s) {
		j++
	}
	if j-i < 2 {
		return i
	}
	return j
}
