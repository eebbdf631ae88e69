package event

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// relativeClauseEnd returns the token index where a relative clause ("yang
// ...") opening within two words after j ends (at a comma, semicolon or the
// sentence end), or 0 when none opens there.
func relativeClauseEnd(v *sentenceView, j int) int {
	for k := j; k < len(v.low) && k <= j+2; k++ {
		if v.low[k] != "yang" {
			continue
		}
		for e := k + 1; e < len(v.low); e++ {
			if isClauseEnd(v.low[e]) {
				return e
			}
		}
		return len(v.low)
	}
	return 0
}

// isDemonstrative: "itu", "ini", "tersebut" after a noun make it a reference to
// something already introduced ("KTT tersebut", "kunjungan itu", "this summit").
func isDemonstrative(w string) bool { return demonstratives[w] }

func clauseBoundary(w string) bool {
	switch w {
	case ",", ";", ":", "(", ")", "—", "–", "-", "--":
		return true
	}
	return false
}

// nounPhraseEnd returns the token index just past a noun phrase that starts
// before from: capitalised words, numbers, hyphenated names and ordinals
// ("KTT China-Asia Tengah ke-2", "summit of the SCO").
func nounPhraseEnd(v *sentenceView, from int) int {
	k := from
	for k < len(v.s.Tokens) {
		w := v.s.Tokens[k].Text
		lw := v.low[k]
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r), unicode.IsDigit(r):
		case ordinalWord(lw):
		case nameJoiners[lw] && k+1 < len(v.s.Tokens) && startsUpper(v.s.Tokens[k+1].Text):
		case lw == "(" && k+2 < len(v.s.Tokens) && v.low[k+2] == ")":
			k += 2
		default:
			return k
		}
		k++
	}
	return k
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func ordinalWord(w string) bool {
	if strings.HasPrefix(w, "ke-") {
		return true
	}
	return ordinalModifiers[w]
}

// targeted reports whether a verb of the other PLOVER types has a party as its
// subject before it and a party as its object just after it ("Tiongkok mendukung
// Kazakhstan", "Japan imposed sanctions on Russia"): these types relate two
// actors, and a verb aimed at a thing is not such an event.
func targeted(v *sentenceView, h hit) bool {
	subj, obj := false, false
	for _, m := range v.mentions {
		if m.ent.Type == "PLACE" {
			continue
		}
		if m.tj <= h.i {
			subj = true
		}
		if m.ti >= h.j && m.ti <= h.j+5 {
			obj = true
		}
	}
	return subj && obj
}

// groupAfter reports whether the words after a meeting noun name a group of
// participants: "para pemimpin/menteri ...", "leaders of", "ministers of".
func groupAfter(v *sentenceView, j int) bool {
	// one modifier may stand between: "pertemuan khusus para menteri ASEAN"
	if j+2 < len(v.low) && meetingModifiers[v.low[j]] && v.low[j+1] == "para" {
		j++
	}
	if j+1 < len(v.low) && v.low[j] == "para" && groupHeads[v.low[j+1]] {
		return true
	}
	if j+1 < len(v.low) && groupLinks[v.low[j]] {
		for k := j + 1; k < len(v.low) && k <= j+4; k++ {
			if pairWords[v.low[k]] {
				return false // "talks between the two leaders": a pair
			}
			if groupNouns[v.low[k]] {
				return true
			}
		}
	}
	return false
}

// groupBefore reports whether a group of leaders is the subject of the clause
// that names a meeting: "disepakati para pemimpin ASEAN dalam pertemuan di
// Jakarta", "ASEAN leaders agreed at a meeting in Jakarta". A pair ("para
// pemimpin kedua negara", "the two leaders") or a bilateral meeting is not a
// group.
func groupBefore(v *sentenceView, h hit) bool {
	if h.j < len(v.low) && v.low[h.j] == "bilateral" {
		return false
	}
	for k := h.i - 1; k >= 0 && k >= h.i-8; k-- {
		w := v.low[k]
		if clauseBoundary(w) {
			return false
		}
		if w == "para" && k+1 < len(v.low) && groupHeads[v.low[k+1]] {
			return !(k+2 < len(v.low) && pairWords[v.low[k+2]])
		}
		if groupNouns[w] && !(k > 0 && pairWords[v.low[k-1]]) {
			return true
		}
	}
	return false
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// prepositionBefore reports whether a preposition (with at most an article)
// stands right before token i.
func prepositionBefore(v *sentenceView, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if prepositions[v.low[k]] {
			return true
		}
		if !prepositionModifiers[v.low[k]] {
			return false
		}
	}
	return false
}

// personSubject checks that a person's name or a pronoun ends right before
// the trigger.
func personSubject(v *sentenceView, h hit) bool {
	if h.i > 0 && pronouns[v.low[h.i-1]] {
		return true
	}
	for _, m := range v.mentions {
		if m.ent.Type == "PERSON" && m.tj == h.i {
			return true
		}
	}
	return false
}

// placeObject checks that a place or a state is named right after the
// trigger: its destination.
func placeObject(v *sentenceView, h hit) bool {
	for _, m := range v.mentions {
		if m.ti == h.j && (m.ent.Type == "PLACE" || m.ent.Type == "COUNTRY") {
			return true
		}
	}
	return false
}

// verbForm reports whether a word of sentence v is a verb by its form:
// English "being", "having" and -ing forms ("attending"), or, in an
// Indonesian text, a verbal prefix the language's morphology allows before
// what remains (idVerbForm: "dilantik", "menghadiri"). The prefixes are
// not tested on an English text's words ("memorandum", "director").
func verbForm(v *sentenceView, w string) bool {
	if nounLike[w] {
		return false
	}
	if w == "being" || w == "having" || strings.HasSuffix(w, "ing") && len(w) > 5 {
		return true
	}
	return !v.english && idVerbForm(w)
}

// idVerbForm reports whether w carries an Indonesian verbal prefix (me-,
// di-, ber-, ter-) in a shape the language allows, so that a word whose
// first letters only look like one is not taken for a verb:
//   - me- takes its nasal by the root's first sound: meng- before a vowel,
//     g, h, k; meny- before a vowel (from s); mem- before b, p, f or a vowel
//     (from p); men- before d, c, j, t, s, z or a vowel (from t); me- alone
//     before l, r, w, y, m, n. "me" followed by anything else opens a
//     loanword ("meteorologi", "media", "mekanisme", "metode").
//   - a root has two syllables at least: "dingin" (cold) and "dirinya"
//     (di + ri) are no di- forms.
//   - a root does not open with two consonants; one that does is a
//     loanword whose first letters are a prefix by chance ("diplomasi",
//     "distrik", "diskusi"), unless the word takes the verbal suffix -kan
//     ("diproklamasikan").
func idVerbForm(w string) bool {
	w = strings.TrimSuffix(w, "nya")
	var rest string
	switch {
	case strings.HasPrefix(w, "me"):
		rest = w[2:]
		if !meNasal(rest) {
			return false
		}
	case strings.HasPrefix(w, "di"):
		rest = w[2:]
	case strings.HasPrefix(w, "ber"), strings.HasPrefix(w, "ter"):
		rest = w[3:]
	default:
		return false
	}
	if len(rest) < 4 || vowelCount(rest) < 2 {
		return false
	}
	return w[0] == 'm' || !consonantCluster(rest) || strings.HasSuffix(w, "kan")
}

// meNasal reports whether rest, what follows "me", opens with a nasal (or
// a sound that takes none) that the prefix me- puts before a root.
func meNasal(rest string) bool {
	if rest == "" {
		return false
	}
	switch rest[0] {
	case 'l', 'r', 'w', 'y':
		return true
	case 'm', 'n':
		// "mem-"/"men-"/"meng-"/"meny-" or a root opening with m or n
		// ("meminta", "menanti")
		return len(rest) > 1
	}
	return false
}

// vowelCount is the number of vowel letters of a lower-case word.
func vowelCount(w string) int {
	n := 0
	for i := 0; i < len(w); i++ {
		if isVowel(w[i]) {
			n++
		}
	}
	return n
}

// consonantCluster reports whether w opens with two consonants that do not
// spell one Indonesian sound (ng, ny, sy, kh).
func consonantCluster(w string) bool {
	if len(w) < 2 || isVowel(w[0]) || isVowel(w[1]) {
		return false
	}
	switch w[:2] {
	case "ng", "ny", "sy", "kh":
		return false
	}
	return true
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// personObject checks that a welcome trigger has a person as its object.
func personObject(v *sentenceView, h hit, passive bool) bool {
	// "menerima undangan Sugiono", "received a letter from": a thing
	// received, whoever it came from
	for k := h.j; !passive && k < len(v.low) && k <= h.j+1; k++ {
		if receivedThings[v.low[k]] {
			return false
		}
	}
	// "menerima telepon dari Perdana Menteri X": a call received from a
	// person, whose title may stand between
	reach := 3
	if !passive && h.j < len(v.low) && phoneNouns[v.low[h.j]] {
		reach = 6
	}
	for _, m := range v.mentions {
		if m.ent.Type != "PERSON" {
			continue
		}
		if passive && m.tj <= h.i {
			return true
		}
		if !passive && m.ti >= h.j && m.ti <= h.j+reach {
			return true
		}
	}
	return false
}

func isClauseEnd(w string) bool { return w == "," || w == ";" || w == "." || w == ":" }

func hasAny(low []string, set map[string]bool) bool {
	for _, w := range low {
		if set[w] {
			return true
		}
	}
	return false
}

func containsAny(s string, phrases []string) bool {
	ls := strings.ToLower(s)
	for _, p := range phrases {
		if strings.Contains(ls, p) {
			return true
		}
	}
	return false
}

// containsLower is containsAny for a text already lower-cased.
func containsLower(ls string, phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(ls, p) {
			return true
		}
	}
	return false
}

func strPtr(s string) *string { return &s }

// quotedAt reports whether the token at byte offset p is inside quotation marks.
func quotedAt(v *sentenceView, p int) bool {
	k := sort.Search(len(v.s.Tokens), func(i int) bool { return v.s.Tokens[i].End > p })
	return k < len(v.quoted) && v.quoted[k]
}

// eventClause reports whether the clause starting at k is about the event
// itself: "KTT X yang digelar pada Mei 2023", "the accord, which was signed in
// 2022".
func eventClause(v *sentenceView, k int) bool {
	for i := k; i < len(v.low) && i < k+3; i++ {
		w := v.low[i]
		if summitPassive[w] || summitNeutral[w] || eventPassives[w] {
			return true
		}
	}
	return false
}

// exchangesText reports whether the words from k name a signed text, after
// a number, an article or "of" ("four memoranda", "of MoUs", "sejumlah nota").
func exchangesText(v *sentenceView, k int) bool {
	for ; k < len(v.low); k++ {
		w := v.low[k]
		switch {
		case documentHeads[w] || w == "mous":
			return true
		case w == "of" || quantifierOrDet(w):
			continue
		}
		return false
	}
	return false
}

// startAt reports whether one of the phrases starts at token k of low.
func (ps phraseSet) startAt(low []string, k int) bool {
	for _, p := range ps {
		if k >= 0 && k+len(p) <= len(low) && slices.Equal(low[k:k+len(p)], p) {
			return true
		}
	}
	return false
}

// endAt reports whether one of the phrases ends at token k of low (k is its
// last token).
func (ps phraseSet) endAt(low []string, k int) bool {
	for _, p := range ps {
		if i := k + 1 - len(p); i >= 0 && k < len(low) && slices.Equal(low[i:k+1], p) {
			return true
		}
	}
	return false
}
