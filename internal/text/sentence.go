package text

import (
	"strings"
	"unicode"
)

// Abbreviation classes decide whether a period after the word ends a
// sentence.
const (
	abbrNone = iota
	// abbrTitle: titles, address and reference words that always lead into
	// the next word ("Dr. Ahmad", "Jl. Sudirman", "No. 5", "Rp. 500"), so
	// the period never ends a sentence.
	abbrTitle
	// abbrMonth: month abbreviations: no break before a day number
	// ("Jan. 5"), otherwise treated like abbrAmbiguous.
	abbrMonth
	// abbrListEnd: "dll.", "dsb.", "etc." close enumerations and very often
	// close the sentence too: break when a capitalised word follows.
	abbrListEnd
	// abbrAmbiguous: company suffixes, degrees and country initialisms that
	// end sentences now and then ("... in the U.S. The ..."): break only when
	// the next word is a capitalised function word (The, Ia, Namun, ...).
	abbrAmbiguous
)

// abbreviations maps lower-case abbreviations (without their periods) to
// their class. Indonesian and English news abbreviations; each group says
// what it covers.
var abbreviations = func() map[string]uint8 {
	m := map[string]uint8{}
	add := func(class uint8, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = class
		}
	}
	// Indonesian titles and honorifics: Dr., Prof., Ir. (insinyur), H./Hj.
	// (haji/hajah), Drs./Dra., KH. (kiai haji), Sdr./Sdri., Bpk., Yth., Tn./Ny.
	add(abbrTitle, "dr drs dra prof ir h hj kh sdr sdri bpk yth tn nn")
	// More Indonesian titles: drg. (dentist), Pdt. (pendeta), Ust. (ustaz),
	// Mgr. (monsignor); and letter/contact words: Telp., Tel., Fax., Ket.
	// (keterangan), Lamp. (lampiran), all followed by what they introduce.
	add(abbrTitle, "drg pdt ust mgr telp tel fax")
	// Indonesian military and police ranks when written with a period.
	add(abbrTitle, "jend kol letkol mayjen brigjen laksda marsda kompol kapt serka")
	// Indonesian addresses and references: Jl. (jalan), Gg. (gang), No.,
	// Kec./Kab./Kel./Prov., RT./RW., hlm. (halaman), tgl. (tanggal), Rp.
	add(abbrTitle, "jl jln gg no kec kab kel prov ds rt rw hlm tgl rp pt cv ud")
	// English titles and ranks: Mr., Mrs., Ms., Lt., Col., Capt., Sgt.,
	// Rev., and references pp., approx., vs., cf.
	add(abbrTitle, "mr mrs ms messrs lt col capt sgt rev pp approx vs v cf")
	// Abbreviations that are also ordinary words ending sentences: Sen.
	// (senator; Indonesian "sen", cent), Rep., Gov., Gen., Hon., Pres., Ny.
	// (nyonya; NY), Det., Ket., Lamp., Fig., Vol., Op., ca. These are
	// ambiguous: a title is followed by a name, which is never a function
	// word, so the ambiguous rule keeps "Sen. Warren" together too.
	add(abbrAmbiguous, "sen rep gov gen hon pres ny det ket lamp fig vol op ca")
	// More English ranks and institutional abbreviations: Adm., Maj.,
	// Brig., Cmdr., Supt., Insp., Det., Dept., Univ., Assn.
	add(abbrTitle, "adm maj brig cmdr supt insp det dept univ assn")
	// Month abbreviations in both languages (Agu./Agt. Indonesian August,
	// Okt., Des.).
	add(abbrMonth, "jan feb mar apr jun jul aug agu agt agus sep sept oct okt nov dec des")
	// Enumeration closers: dll. (dan lain-lain), dsb. (dan sebagainya),
	// dst. (dan seterusnya), dkk. (dan kawan-kawan), etc.
	add(abbrListEnd, "dll dsb dst dkk etc")
	// Company forms (Tbk. is the Indonesian listed-company suffix), St.
	// (Saint or Street), Jr./Sr., Mt.: these can end a sentence.
	add(abbrAmbiguous, "tbk inc corp co ltd plc bhd llc st jr sr mt ave")
	return m
}()

// initialisms maps dotted initialisms, lower-cased and without their
// periods, to their class. They are kept apart from abbreviations because
// the undotted forms are ordinary words ("us", "an", "se").
var initialisms = func() map[string]uint8 {
	m := map[string]uint8{}
	add := func(class uint8, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = class
		}
	}
	// Country and body initialisms (U.S., U.K., U.N., E.U.) and academic
	// degrees written after names (S.H., M.Si., S.E., S.Sos., Ph.D., M.A.):
	// they end a sentence now and then.
	add(abbrAmbiguous, "us uk un eu sh msi se ssos skom st mm ma ba phd mh mpd spd am pm")
	// Never sentence-final: a.n. (atas nama), u.p. (untuk perhatian), s.d.
	// (sampai dengan), e.g., i.e., c.q. (casu quo).
	add(abbrTitle, "an up sd eg ie cq")
	return m
}()

// abbrClass returns the class of the word before a period, or of a dotted
// initialism token (periods included).
func abbrClass(word string) uint8 {
	dotted := strings.IndexByte(word, '.') >= 0
	var buf [12]byte
	n := 0
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c == '.' {
			continue
		}
		if c >= 0x80 || n == len(buf) {
			return abbrNone
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	if dotted {
		return initialisms[string(buf[:n])]
	}
	return abbreviations[string(buf[:n])]
}

// sentenceBounds returns [first, last) token index ranges of sentences.
func sentenceBounds(s string, toks []Token) [][2]int {
	out := make([][2]int, 0, len(toks)/20+1)
	start := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if isTerminal(t.Text) {
			// Closing quotes and brackets written right after the
			// terminal belong to this sentence ( ."  .”  .)  ?!  ).
			j := i + 1
			for j < len(toks) && toks[j].Start == toks[j-1].End && (isCloser(toks[j].Text) || isTerminal(toks[j].Text)) {
				if isAmbiguousQuote(toks[j].Text) && j+1 < len(toks) && toks[j+1].Start == toks[j].End && !isCloser(toks[j+1].Text) && !isTerminal(toks[j+1].Text) {
					break // `sama."Kami`: a straight quote glued to the next word opens
				}
				j++
			}
			if j == len(toks) || hasNewline(s[toks[j-1].End:toks[j].Start]) || breakAfter(toks, start, i, j) {
				out = append(out, [2]int{start, j})
				start = j
				i = j - 1
				continue
			}
		}
		// A newline always ends a sentence: headlines, list lines and
		// paragraphs without final punctuation are sentences of their own.
		if i+1 < len(toks) && hasNewline(s[t.End:toks[i+1].Start]) {
			out = append(out, [2]int{start, i + 1})
			start = i + 1
		}
	}
	if start < len(toks) {
		out = append(out, [2]int{start, len(toks)})
	}
	return out
}

// hasNewline reports whether the white space gap holds a line break: "\n",
// "\r", U+2028 or U+2029. One pass: gaps are short and met at every token.
func hasNewline(gap string) bool {
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '\n', '\r':
			return true
		case 0xE2: // U+2028 and U+2029 are E2 80 A8 and E2 80 A9
			if i+2 < len(gap) && gap[i+1] == 0x80 && (gap[i+2] == 0xA8 || gap[i+2] == 0xA9) {
				return true
			}
		}
	}
	return false
}

// isTerminal reports whether a token can end a sentence: . ! ? … ... and
// dotted initialisms (whose final period may double as a full stop).
func isTerminal(t string) bool {
	switch t {
	case ".", "!", "?", "…", "‼", "⁇", "？", "！", "。":
		return true
	}
	if len(t) >= 3 && t[len(t)-1] == '.' {
		return true // "..." or an initialism like "U.S."
	}
	return false
}

// isAmbiguousQuote: straight quotes open and close alike.
func isAmbiguousQuote(t string) bool { return t == "\"" || t == "'" }

func isCloser(t string) bool {
	switch t {
	case "\"", "'", "”", "’", ")", "]", "»", "›", "」":
		return true
	}
	return false
}

// breakAfter decides whether the terminal token toks[i] (with closers up to
// j) ends the sentence that started at token index start. toks[j] exists.
func breakAfter(toks []Token, start, i, j int) bool {
	t, next := toks[i], toks[j]
	nr, _ := runeAt(next.Text, 0)
	if unicode.IsLower(nr) && !hasInnerUpper(next.Text) {
		// "dkk. dalam", "kata dia ... dan": a lower-case word continues
		return false
	}
	switch {
	case t.Text == "!" || t.Text == "?" || t.Text == "…" || strings.HasPrefix(t.Text, ".."):
		return true
	case t.Text != ".":
		// A dotted initialism that carries the period. Unknown ones (A.S.
		// for Amerika Serikat, R.I.) are followed by a name far more often
		// than they end a sentence, so they count as ambiguous.
		c := abbrClass(t.Text)
		if c == abbrNone {
			c = abbrAmbiguous
		}
		return classBreak(c, next)
	}
	// a period: look at the word written right before it
	if i == start || toks[i-1].End != t.Start {
		return true
	}
	prev := toks[i-1].Text
	if isListMarker(prev) && (i-1 == start || isListLead(toks[i-2].Text)) {
		// "1. Penguatan ...", "  2. Kerja Sama ...", "berikut: 1. ..."
		// and "a. ...": an item number starts a sentence, not ends one
		return false
	}
	if c := abbrClass(prev); c != abbrNone {
		return classBreak(c, next)
	}
	if r, n := runeAt(prev, 0); n == len(prev) && unicode.IsUpper(r) {
		// an initial: "M. Yamin", "J. K. Rowling"
		return classBreak(abbrAmbiguous, next)
	}
	return true
}

// hasInnerUpper: brand names written in camel case (iPhone, eFishery)
// start sentences although their first letter is lower case.
func hasInnerUpper(w string) bool {
	for _, r := range w {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func classBreak(c uint8, next Token) bool {
	switch c {
	case abbrTitle:
		return false
	case abbrMonth:
		if isDigitByte(next.Text[0]) {
			return false
		}
		return capitalStop(next.Text)
	case abbrListEnd:
		nr, _ := runeAt(next.Text, 0)
		return !unicode.IsLower(nr)
	case abbrAmbiguous:
		return capitalStop(next.Text)
	}
	return true
}

// capitalStop reports whether w is a capitalised function word, the
// strongest cheap sign that a new sentence starts after an abbreviation.
func capitalStop(w string) bool {
	r, _ := runeAt(w, 0)
	if !unicode.IsUpper(r) {
		return isOpener(w)
	}
	return IsStopWord("id", w) || IsStopWord("en", w)
}

func isOpener(t string) bool {
	switch t {
	case "\"", "“", "‘", "«", "「":
		return true
	}
	return false
}

// isListMarker: an item number of one or two digits, or a single
// lower-case letter ("a.", "b.").
func isListMarker(t string) bool {
	switch len(t) {
	case 1:
		return isDigitByte(t[0]) || (t[0] >= 'a' && t[0] <= 'z')
	case 2:
		return isDigitByte(t[0]) && isDigitByte(t[1])
	}
	return false
}

// isListLead: punctuation after which an in-line enumeration item starts.
func isListLead(t string) bool { return t == ":" || t == ";" }
