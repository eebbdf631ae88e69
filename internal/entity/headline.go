package entity

// Headlines, ledes and credit lines: the lines at the top and bottom of a
// news page whose capitals and punctuation follow their own conventions.

import (
	"strings"

	"kronik/internal/kb"
	"kronik/internal/text"
)

// headline reports whether a sentence reads as a title-case headline: no
// closing full stop, and most words capitalised.
func headline(ws []word) bool {
	if n := len(ws); n == 0 || ws[n-1].s == "." {
		return false
	}
	caps := 0
	for _, w := range ws {
		if isCap(w.s) {
			caps++
		}
	}
	return caps*2 >= len(ws)
}

// recurs reports whether a word of the span occurs again in the text. A name
// in capitals (a byline, "JOHN DOE, ... staff writer") is not a headline's
// capitalised words and counts as found.
func recurs(txt string, ws []word, sp span) bool {
	upper := true
	for k := sp.a; k < sp.b; k++ {
		upper = upper && isUpperWord(ws[k].s)
	}
	if upper {
		return true
	}
	for k := sp.a; k < sp.b; k++ {
		if w := ws[k].s; len(w) > 2 && strings.Count(txt, w) > 1 {
			return true
		}
	}
	return false
}

// headlineVerbTail reports whether the last word of a person span in the first
// sentence occurs nowhere else in the text, while its first word does: in a
// title-case headline the word after a name is often a verb ("Sepakati").
func headlineVerbTail(txt string, ws []word, sp span) bool {
	if !headline(ws) {
		return false
	}
	last, first := ws[sp.b-1].s, ws[sp.a].s
	return isCap(last) && strings.Count(txt, last) == 1 && strings.Count(txt, first) > 1
}

// closesLine reports whether a span ending before word b closes its line or
// a field of it ("Editor: Ana Putri | Foto: ..."), as a credit's name does.
func closesLine(ws []word, b int) bool {
	return b >= len(ws) || strings.ContainsAny(ws[b].s, "|/,;:")
}

// capsCredits finds the names of a credit line written in capitals: a
// sentence made only of runs of all-capital words separated by "|", "/", ","
// or "and"/"dan" (bottom credits), or a capitals run followed by ", <outlet>
// staff writer|correspondent" (a byline). Runs have two to five words.
func capsCredits(ws []word) []span {
	var runs []span
	onlyCredits := true
	for i := 0; i < len(ws); {
		if isUpperWord(ws[i].s) && isLetterWord(ws[i].s) {
			j := i
			for j < len(ws) && (isUpperWord(ws[j].s) && isLetterWord(ws[j].s) || ws[j].s == "." && j > i) {
				j++
			}
			if j-i >= 2 && j-i <= 6 {
				runs = append(runs, span{a: i, b: j, typ: kb.Person, src: "rule"})
			} else {
				onlyCredits = false
			}
			i = j
			continue
		}
		switch ws[i].s {
		case "|", "/", ",", "and", "dan", "&", ";", "AND", "DAN":
		default:
			onlyCredits = false
		}
		i++
	}
	if len(runs) == 0 {
		return nil
	}
	// an all-capital headline ("XI TIBA DI ASTANA") is no credit line: a
	// credit line has two names or more and no function words
	for _, r := range runs {
		for k := r.a; k < r.b; k++ {
			if l := strings.ToLower(ws[k].s); len(l) > 1 && (text.IsStopWord("id", l) || text.IsStopWord("en", l)) {
				return nil
			}
		}
	}
	if onlyCredits && len(runs) >= 2 {
		return runs
	}
	var out []span
	for _, r := range runs {
		for k := r.b; k < len(ws) && k <= r.b+4; k++ {
			if bylineRoles[strings.ToLower(ws[k].s)] {
				out = append(out, r)
				break
			}
		}
	}
	return out
}

// ledeOutlet finds the outlet in a news lede: "Astana, Warta Online -",
// "KabarPatroliNews – Astana –", "Astana (Xinhua) -".
func ledeOutlet(ws []word, owner []int, spans []span) []span {
	isDash := func(i int) bool {
		return i < len(ws) && (ws[i].s == "-" || ws[i].s == "–" || ws[i].s == "—")
	}
	placeAt := func(i int) int { // end of a known place/country starting at i, or -1
		if i < len(ws) && owner[i] != 0 {
			sp := spans[owner[i]-1]
			if sp.a == i && (sp.typ == kb.Place || sp.typ == kb.Country) {
				return sp.b
			}
		}
		return -1
	}
	run := func(i int) int {
		j := i
		for j < len(ws) && owner[j] == 0 && (isCap(ws[j].s) || isUpperWord(ws[j].s)) && j-i < 4 {
			j++
		}
		return j
	}
	// Place, Outlet -
	if e := placeAt(0); e > 0 && e < len(ws) && ws[e].s == "," {
		if end := run(e + 1); end > e+1 && isDash(end) {
			return []span{{a: e + 1, b: end, typ: kb.Org, src: "rule"}}
		}
	}
	// Place (Outlet) -: "Tashkent (Dunyo) -"; known agencies are matched
	// already, this finds the others
	if e := placeAt(0); e > 0 && e+2 < len(ws) && ws[e].s == "(" {
		if end := run(e + 1); end > e+1 && end+1 < len(ws) && ws[end].s == ")" && isDash(end+1) {
			return []span{{a: e + 1, b: end, typ: kb.Org, src: "rule"}}
		}
	}
	// Unknown place, optional date, (Outlet) -: "Korla (Xinhua) -",
	// "KORLA, June 3 (Reuters) -": a dateline whose place no list holds
	if end := run(0); end > 0 && end < 4 {
		k := end
		if k < len(ws) && ws[k].s == "," {
			k++
			for k < len(ws) && (isNumber(ws[k].s) || months[ws[k].norm]) {
				k++
			}
		}
		if k+2 < len(ws) && ws[k].s == "(" {
			c := k + 1
			for c < len(ws) && c < k+6 && ws[c].s != ")" {
				c++
			}
			if c+1 < len(ws) && ws[c].s == ")" && isDash(c+1) {
				out := []span{{a: 0, b: end, typ: kb.Place, src: "rule"}}
				if o := run(k + 1); o == c {
					out = append(out, span{a: k + 1, b: c, typ: kb.Org, src: "rule"})
				}
				return out
			}
		}
	}
	// Outlet – Place –  (also "OUTLET.ID, JAKARTA –")
	if end := run(0); end > 0 && (isDash(end) || end < len(ws) && ws[end].s == ",") {
		k := end + 1
		if e := placeAt(k); e > 0 && isDash(e) {
			return []span{{a: 0, b: end, typ: kb.Org, src: "rule"}}
		}
	}
	return nil
}

// ledeDomain finds an outlet written as its domain at the start of a lede
// ("TEMPO.CO, Jakarta -", "VOTENEWS.ID, JAKARTA –", "Liputan6.com, Jakarta
// -"): a word, one to three dot-separated suffixes, then a comma or a dash.
func (r *Recognizer) ledeDomain(txt string, sents []text.Sentence) (mention, bool) {
	for si, s := range sents {
		if si >= bylineLines {
			break // the lede is in the page's first lines (below captions, perhaps)
		}
		start := s.Start
		i := start
		for i < len(txt) && (isAlnum(txt[i])) {
			i++
		}
		name := i
		dots := 0
		for i < len(txt) && txt[i] == '.' && i+1 < len(txt) && isAlnum(txt[i+1]) {
			i++
			for i < len(txt) && isAlnum(txt[i]) {
				i++
			}
			dots++
		}
		if dots == 0 || dots > 3 || name == start || !isCap(txt[start:]) {
			continue
		}
		j := i
		for j < len(txt) && txt[j] == ' ' {
			j++
		}
		if j < len(txt) && txt[j] == '(' {
			// "Warta.ID (Jakarta) -": the dateline in brackets
			if k := strings.IndexByte(txt[j:], ')'); k > 0 && k < 40 {
				j += k + 1
				for j < len(txt) && txt[j] == ' ' {
					j++
				}
				if j < len(txt) && txt[j] == ',' {
					j = len(txt) // only a dash may follow the bracket
				}
			}
		}
		if j >= len(txt) || !(txt[j] == ',' || txt[j] == '-' || strings.HasPrefix(txt[j:], "–") || strings.HasPrefix(txt[j:], "—")) {
			continue
		}
		m := mention{span: span{typ: kb.Org, src: "rule"}, sent: si, start: start, end: i, text: txt[start:i]}
		for _, e := range r.kb.Lookup(txt[start:name]) {
			if e.Type == kb.Org {
				m.ent = e
				break
			}
		}
		for _, e := range r.kb.Lookup(m.text) {
			if e.Type == kb.Org {
				m.ent = e
				break
			}
		}
		return m, true
	}
	return mention{}, false
}

// bylineSlot reports whether sentence si stands where news pages put their
// byline: below the first line (the headline), among the page's first lines,
// before the story's first sentence (one of eight words or more closed by a
// full stop).
func bylineSlot(sents []text.Sentence, si int) bool {
	if si == 0 || si >= bylineLines {
		return false
	}
	for k := 0; k < si; k++ {
		if storySentence(sents[k]) {
			return false
		}
	}
	return true
}

// storySentence reports whether a sentence reads as one of the story's: eight
// words or more, closed by a full stop.
func storySentence(s text.Sentence) bool {
	n := len(s.Tokens)
	return n >= 8 && s.Tokens[n-1].Text == "."
}

// bylineSpans finds the name of a byline line (bylineSlot): two to four
// name words alone on the line, with a closing comma (one of several
// authors), a dash and the outlet ("Rina Wulandari - wartaNews", whose
// outlet is an organisation), or nothing. A line of a name alone must
// name nobody the story names again: a short title-case headline ("Jokowi
// Terima Anwar") names the story's people, a byline names its reporter.
func (r *Recognizer) bylineSpans(txt string, ws []word) []span {
	j, n := 0, 0
	for j < len(ws) && (nameWord(ws[j]) || ws[j].hyph && j > 0) {
		if !ws[j].hyph {
			n++
		}
		j++
	}
	if n < 2 || n > 4 || knownNonPerson(r.kb, joinWords(ws[:j])) || creditLabels[ws[j-1].norm] {
		return nil
	}
	name := span{a: 0, b: j, typ: kb.Person, src: "rule", credit: true}
	switch {
	case j+1 == len(ws) && ws[j].s == ",":
		return []span{name}
	case j == len(ws):
		for _, w := range ws {
			if strings.Count(txt, w.s) > 1 {
				return nil
			}
		}
		return []span{name}
	case j+2 == len(ws) && isDash(ws[j].s) && isLetterWord(ws[j+1].s) && !notNames[ws[j+1].norm]:
		outlet := span{a: j + 1, b: j + 2, typ: kb.Org, src: "rule", credit: true}
		for _, e := range r.kb.Lookup(ws[j+1].s) {
			if e.Type == kb.Org {
				outlet.ent, outlet.src = e, "kb" // a known outlet keeps its id, in any case ("detikNews")
				break
			}
		}
		return []span{name, outlet}
	}
	return nil
}

// isDash reports whether w is a dash of any length.
func isDash(w string) bool { return w == "-" || w == "–" || w == "—" }

// bylineLines bounds where a byline is looked for: the page's first lines
// (masthead, headline, byline, stamp), before the story.
const bylineLines = 12

// domainSpans finds news sites named by their web address in running text
// ("Zakon.kz reports", "dilansir Warta.id"): a capitalised word, a dot and
// a known top-level domain. Known names keep their entries.
func (r *Recognizer) domainSpans(ws []word) []span {
	var out []span
	for i, w := range ws {
		parts := strings.Split(w.s, ".")
		if len(parts) < 2 || len(parts) > 3 || len(parts[0]) < 3 || !isCap(w.s) || !isLetterWord(parts[0]) ||
			!webDomains[strings.ToLower(parts[len(parts)-1])] {
			continue
		}
		sp := span{a: i, b: i + 1, typ: kb.Org, src: "rule"}
		for _, e := range r.kb.Lookup(w.s) {
			if e.Type == kb.Org {
				sp.ent, sp.src = e, "kb"
				break
			}
		}
		out = append(out, sp)
	}
	return out
}
