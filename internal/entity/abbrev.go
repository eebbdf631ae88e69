package entity

import (
	"slices"
	"strings"

	"kronik/internal/text"
)

// The abbreviations of a document's names: a bracketed short form after its
// long form ("Badan Pengawas Pemilu (Bawaslu)"), the long form before it,
// initials and syllabic short forms, and the abbreviations of events the
// text defines. Moved out of link.go, which uses them, to keep it under
// 800 lines.

// bracketAfter reads " (ABBR)" right after offset end: an upper-case
// abbreviation of two to ten characters in brackets, or for organisations a
// capitalised one-word short form ("Badan Pengawas Pemilu (Bawaslu)").
func bracketAfter(txt string, end int, org bool) (abbr string, start, stop int, ok bool) {
	i := end
	for i < len(txt) && txt[i] == ' ' {
		i++
	}
	if i >= len(txt) || txt[i] != '(' {
		return "", 0, 0, false
	}
	j := strings.IndexByte(txt[i:], ')')
	if j < 3 || j > 12 {
		return "", 0, 0, false
	}
	ab := txt[i+1 : i+j]
	if !(isUpperWord(ab) || org && isCap(ab)) || strings.ContainsAny(ab, " /,") {
		return "", 0, 0, false
	}
	return ab, i + 1, i + j, true
}

func mentionAt(ms []mention, a, b int) int {
	for i, m := range ms {
		if m.start == a && m.end == b {
			return i
		}
	}
	return -1
}

// initialsMatch reports whether abbr is made of the initials of the
// capitalised words of long ("Badan Pusat Statistik" -> "BPS"), allowing
// the abbreviation to take more than one letter from a word.
func initialsMatch(long, abbr string) bool {
	return initialsSpell(initialsOf(long), abbr)
}

// initialsSpell is initialsMatch on the initials initialsOf gives.
func initialsSpell(initials []byte, abbr string) bool {
	if len(initials) == 0 || initials[0] != abbr[0] {
		return false
	}
	// every initial must appear in order in the abbreviation
	k := 0
	for i := 0; i < len(abbr) && k < len(initials); i++ {
		if abbr[i] == initials[k] {
			k++
		}
	}
	return k == len(initials) || string(initials) == abbr
}

// longFormBefore finds the start of the capitalised words before offset
// open (a "(") whose initials spell abbr.
func longFormBefore(txt string, sents []text.Sentence, si, open int, abbr string) (int, bool) {
	toks := sents[si].Tokens
	k := -1
	for i, t := range toks {
		if t.Start >= open {
			break
		}
		k = i
	}
	letters := len(abbr)
	for n := 1; n <= letters+2 && k-n+1 >= 0; n++ {
		a := k - n + 1
		t := toks[a]
		if !isCap(t.Text) && !orgConnectors[strings.ToLower(t.Text)] {
			return 0, false
		}
		if !isCap(t.Text) {
			continue
		}
		if initials := initialsOf(txt[t.Start:toks[k].End]); initialsSpell(initials, abbr) && strings.EqualFold(string(initials), abbr) {
			return t.Start, true
		}
	}
	return 0, false
}

// initialsOf returns the first letters of the capitalised words of s, its
// words split at spaces and hyphens.
func initialsOf(s string) []byte {
	var out []byte
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' }) {
		if isCap(w) {
			out = append(out, w[0])
		}
	}
	return out
}

// eventAbbreviations finds the abbreviations defined in brackets after the
// name of an event, document or programme, or whose bracket spells out such a
// name: "Inisiatif Sabuk dan Jalan (Belt and Road Initiative/BRI)"; and those
// defined after a common noun phrase whose initials spell them ("pekerja
// migran Indonesia (PMI)").
func eventAbbreviations(txt string) map[string]bool {
	var out map[string]bool
	for i := 0; i < len(txt); i++ {
		if txt[i] != '(' {
			continue
		}
		j := strings.IndexByte(txt[i:], ')')
		if j < 0 || j > 80 {
			continue
		}
		inner := txt[i+1 : i+j]
		abbr := inner
		if k := strings.LastIndexAny(inner, "/;,"); k >= 0 {
			abbr = strings.TrimSpace(inner[k+1:])
		}
		if abbr == "" || len(abbr) > 10 || !isUpperWord(abbr) || strings.ContainsRune(abbr, ' ') {
			continue
		}
		// the words before the bracket, back to the start of the phrase
		start := i - 60
		if start < 0 {
			start = 0
		}
		before := strings.Fields(txt[start:i])
		if len(before) > 6 {
			before = before[len(before)-6:]
		}
		event := false
		for _, w := range append(before, strings.Fields(inner)...) {
			if eventHeads[strings.ToLower(strings.Trim(w, ".,\"“”"))] && isCap(w) {
				event = true
			}
		}
		if !event && len(before) >= len(abbr) {
			// "pekerja migran Indonesia (PMI)": an acronym of a common noun
			// phrase (initials spelling it, the first word lower case) names
			// a kind of thing, not an organisation
			long := before[len(before)-len(abbr):]
			initials := ""
			for _, w := range long {
				initials += strings.ToUpper(w[:1])
			}
			event = initials == abbr && !isCap(long[0])
		}
		if event {
			if out == nil {
				out = map[string]bool{}
			}
			out[abbr] = true
		}
	}
	return out
}

func sortedLetters(s string) string {
	b := []byte(s)
	slices.Sort(b)
	return string(b)
}

// syllabic reports whether a one-word short form is made of the beginnings
// of the long form's words, as Indonesian acronyms are ("Badan Pengawas
// Pemilu" -> "Bawaslu", "Kementerian Luar Negeri" -> "Kemenlu"): it starts
// like the first word and every other letter run begins a later word in order.
func syllabic(long, short string) bool {
	words := strings.Fields(strings.ToLower(long))
	s := strings.ToLower(short)
	if len(words) < 2 || len(s) < 3 || s[0] != words[0][0] {
		return false
	}
	// greedy: consume a prefix of each word in turn (at least one letter of
	// the first, any number of the others, words may be skipped)
	var match func(si, wi int) bool
	match = func(si, wi int) bool {
		if si == len(s) {
			return true
		}
		for w := wi; w < len(words); w++ {
			word := words[w]
			for k := 1; k <= len(word) && si+k <= len(s); k++ {
				if s[si:si+k] != word[:k] {
					break
				}
				if match(si+k, w+1) {
					return true
				}
			}
			if w == 0 {
				return false // the first word must start the short form
			}
		}
		return false
	}
	return match(0, 0)
}
