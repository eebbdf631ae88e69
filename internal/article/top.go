package article

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads the top of a page around its lede: stamps glued to what
// follows them, stamps that close with a credit, bylines that name the
// outlet, photo captions, and the search for the lede past them.

// ledeLines is how many paragraphs after the headline are searched for the
// lede. Pages put a summary, a byline, a stamp and one or two photo captions
// (each a long sentence) above it.
const ledeLines = 9

// lateStampLines bounds where a bare date line (no time of day) is still
// read as the page's stamp: pages set it under the headline's photo and
// caption; further down a bare date is more likely a list's.
const lateStampLines = 12

var (
	// "3 April 2026, 21:10 WIBSURABAYA, WARTA TV - ...": a time zone run into
	// the next capital.
	gluedZoneRe = regexp.MustCompile(`\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT|GMT|UTC)(\p{Lu})`)
	// "February 3, 2026Updated: February 4, 2026", "June 17, 2026 3:04 PM
	// GMT+7Updated 2 hours ago": an update or publication label run into
	// the end of a stamp (a year, a time, a zone: a digit or a capital).
	gluedLabelRe = regexp.MustCompile(`([\d\p{Lu}])((?:` + strings.Join(gluedLabels, "|") + `)\b)`)
	// clockRe finds a time of day, the mark of a machine stamp.
	clockRe = regexp.MustCompile(`\b\d{1,2}[:.]\d{2}\b`)
	// "Kamis, 12 Maret 2026 09:10 WIB Jurnalis - Rina Contoh": a stamp
	// followed by a credit label.
	creditedStampRe = regexp.MustCompile(`(?i)^(.{6,60}?)\s+(?:` + strings.Join(creditLabels, "|") + `)\b\s*[:\-–—]?\s*\S`)
	// Photo captions name their credit, in one of these forms, written the
	// same way across Indonesian and English news:
	//   - a credit label in parentheses: "(Foto: ...)", "(Dok. Kemlu)",
	//     "(Istimewa)", "(Humas Pemprov)", "(Biro Pers Istana)", "(Courtesy of
	//     ...)", "(Handout)", "(Press service of ...)", "(Pool photo)": the
	//     press office of a government or a body, which hands the photo
	//     out, in Indonesian ("humas", its public relations office; "biro
	//     pers", its press bureau, as every ministry, province and the
	//     palace credit theirs) and English ("press service", "press
	//     office", "press bureau"), and the pool of photographers a summit
	//     admits;
	//   - a label and a colon: "Foto: ...", "Photo credit: ...", "Credit:
	//     ...", "Picture: ..."; "credit" and "picture" are ordinary words
	//     of story sentences ("access to credit: banks ...", "the bigger
	//     picture: ..."), so only at the caption's start or after its
	//     sentence or a dash or bar ("... Kuala Lumpur. – Pic credit: ...");
	//   - a screenshot's credit: "(Tangkapan layar YouTube ...)";
	//   - an agency and its photographer or desk (agencyCredit);
	// and a caption's credit closes it, a short name in parentheses at the
	// end (closingCredit).
	captionRe = regexp.MustCompile(`(?i)\((?:foto|photo|dok|dokumentasi|ist|istimewa|ilustrasi|ant|humas|biro pers|courtesy|handout|tangkapan layar|screenshot|press service|press office|press bureau|pool)\b|\b(?:foto|photo|image|gambar)\s*(?:credit)?\s*:|(?:^|[.!?|–—-]\s*)(?:picture|pic\s+credit|credit)\s*:`)
)

// agencyCredit reports whether p credits a photo to an agency and its
// photographer or desk, "Agency/Name", the way wires and papers sign their
// pictures: "(AP Photo/Jane Example)", "ANTARA FOTO/Rina Contoh", "(Xinhua/Li
// Example)", "Bernama/Name", "KOMPAS.com/NAME", "Getty Images/Name". The
// agency is an outlet (isOutlet) or a photo agency (photoAgencies), with its
// photo desk's word after it or not, and a name with a capital follows the
// slash. A poll's two sponsors are written the same way ("a Reuters/Ipsos
// poll", "survei Kompas/Litbang"), so a slash beside a poll's word is
// no credit.
func agencyCredit(p string) bool {
	for i := strings.IndexByte(p, '/'); i > 0; {
		if ok := creditAt(p, i); ok {
			return true
		}
		j := strings.IndexByte(p[i+1:], '/')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// creditAt reports whether the slash at p[i] parts an agency from the
// photographer it credits (agencyCredit).
func creditAt(p string, i int) bool {
	words := strings.Fields(p[max(0, i-40):i])
	if len(words) == 0 || strings.HasSuffix(p[:i], " ") {
		return false
	}
	name := strings.TrimLeft(words[len(words)-1], "(")
	if photoDesk[strings.ToLower(name)] && len(words) > 1 {
		name = strings.TrimLeft(words[len(words)-2], "(") // "AP Photo/", "ANTARA FOTO/"
	}
	if !photoAgencies[strings.ToUpper(name)] && !isOutlet(name) {
		return false
	}
	after := strings.Fields(p[i+1 : min(len(p), i+60)])
	if len(after) == 0 || !unicode.IsUpper(firstRune(after[0])) {
		return false
	}
	// the poll's word after the sponsors ("Reuters/Ipsos poll") or before
	// them ("survei Kompas/Litbang")
	for _, w := range append(words[max(0, len(words)-3):], after[:min(len(after), 3)]...) {
		if pollWords[strings.ToLower(strings.Trim(w, ".,;:()"))] {
			return false
		}
	}
	return true
}

// photoAgencies sell news photographs and credit them, without being the
// outlets that publish stories (isOutlet).
var photoAgencies = map[string]bool{"EPA": true, "GETTY": true, "EPA-EFE": true}

// photoDesk are the words an agency puts after its name for its photo
// service ("AP Photo", "ANTARA FOTO", "Getty Images").
var photoDesk = map[string]bool{"photo": true, "photos": true, "foto": true, "images": true, "pictures": true}

// pollWords name a poll or a survey, whose sponsors a slash parts.
var pollWords = map[string]bool{
	"poll": true, "polls": true, "polling": true, "survey": true, "jajak": true, "survei": true,
}

// closingCredit reports whether p closes with a caption's credit: a short
// name in parentheses at the end, after the caption's last full stop ("...
// di Istana Bogor. (Setpres)") or with none before it ("... before their
// talks (Kremlin pool)"). Story sentences put their full stop after a
// parenthesis ("... anggota PBB (UN)."), and dates or figures in
// parentheses start with a digit. Without a full stop, a sentence's own
// parenthesis can close it too, so the credit must name someone: it opens
// with a capital (not "(local time)", "(waktu setempat)"), is no
// abbreviation spelt from the words before it ("Konferensi Tingkat Tinggi
// (KTT)"), and no person, state or place the knowledge base knows ("Anwar
// Ibrahim (Anwar)", "di Canberra (Australia)"): glosses, not credits.
func closingCredit(p string) bool {
	t := strings.TrimRight(p, " \t\n\f\r")
	open := closingParen(t)
	if open < 0 {
		return false
	}
	inner := t[open+1 : len(t)-1]
	if n := utf8.RuneCountInString(inner); n < 2 || n > 39 || !unicode.IsLetter(firstRune(inner)) || strings.ContainsAny(inner, ")\n0123456789") {
		return false
	}
	before := strings.TrimRight(t[:open], " \t\n\f\r")
	spaced := len(before) < open
	if r, n := utf8.DecodeLastRuneInString(before); strings.ContainsRune(`"”’`, r) {
		before = before[:len(before)-n]
	}
	if strings.ContainsAny(before[max(0, len(before)-1):], ".!?") {
		return true // "... di Istana Bogor. (Setpres)"
	}
	if !spaced || !unicode.IsUpper(firstRune(inner)) || spelledFrom(inner, before) {
		return false
	}
	place, country, person, _ := kbKinds(inner)
	return !place && !country && !person && !surname(inner)
}

// closingParen is the offset of the "(" of the parenthesis that closes t
// ("... di Istana Bogor. (Setpres)", "Rina Example (The Jakarta Post)"),
// with text before it; -1 when t does not close with one.
func closingParen(t string) int {
	if !strings.HasSuffix(t, ")") {
		return -1
	}
	if open := strings.LastIndexByte(t, '('); open > 0 {
		return open
	}
	return -1
}

// spelledFrom reports whether abbreviation abbr (one word of two to eight
// capitals) is spelt from the words that end text: its first letter opens
// one of them and its letters follow in order in what runs from there
// ("Association of Southeast Asian Nations" for "ASEAN").
func spelledFrom(abbr, text string) bool {
	if n := len(abbr); n < 2 || n > 8 || !isUpperWord(abbr) || strings.ContainsAny(abbr, " .") {
		return false
	}
	words := strings.Fields(text)
	words = words[max(0, len(words)-len(abbr)-3):]
	want := strings.ToLower(abbr)
	for i, w := range words {
		if !strings.EqualFold(string(firstRune(w)), want[:1]) {
			continue
		}
		rest := strings.ToLower(strings.Join(words[i:], ""))
		j := 0
		for k := 0; k < len(rest) && j < len(want); k++ {
			if rest[k] == want[j] {
				j++
			}
		}
		if j == len(want) {
			return true
		}
	}
	return false
}

// unglue splits a top paragraph where a page's layout ran a stamp into the
// next line, and separates a year from an update label run into it.
func unglue(paras []para) []para {
	var out []para
	for i, p := range paras {
		if i >= topLines+2 {
			out = append(out, paras[i:]...)
			break
		}
		// A stamp opens its line: only the head is searched, so that a
		// long paragraph costs nothing.
		t := p.text
		if head := t[:stampHead(t)]; mayBeGluedLabel(head) && hasYear(head) {
			t = gluedLabelRe.ReplaceAllString(head, "$1 $2") + t[len(head):]
		}
		if head := t[:stampHead(t)]; mayBeGluedZone(head) {
			if m := gluedZoneRe.FindStringSubmatchIndex(head); m != nil {
				out = append(out, para{text: t[:m[2]]}, para{text: t[m[2]:], blankAfter: p.blankAfter})
				continue
			}
		}
		p.text = t
		out = append(out, p)
	}
	return out
}

// placeStampRe splits a stamp line that opens with the dateline: "Brussels
// ● Tue, September 29, 2026", "JAKARTA | Senin, 16 Juni 2025 10:15 WIB".
var placeStampRe = regexp.MustCompile(`^([^,|•●·–—-]{2,40}?)\s+[|•●·–—-]\s+(.{6,80})$`)

// placeStamp reads a stamp line that names the dateline first; the place
// must be written in capitals or known to the knowledge base, so that a
// byline ("Rina Contoh - 16 Juni 2025") is not taken for a place.
func placeStamp(p string) (date, place string, ok bool) {
	if utf8.RuneCountInString(p) > maxStampRunes || !hasYear(p) {
		return "", "", false
	}
	if !mayBePlaceStamp(p) {
		return "", "", false
	}
	m := placeStampRe.FindStringSubmatch(strings.TrimSpace(p))
	if m == nil || !(isUpperWord(m[1]) || knownPlace(m[1])) {
		return "", "", false
	}
	pl, isPlace := asPlace(m[1])
	if !isPlace {
		return "", "", false
	}
	d, isStamp := parseStamp(m[2])
	if !isStamp {
		return "", "", false
	}
	return d, pl, true
}

// stampHead is the length of the head of p searched for a glued stamp: at
// most about 160 bytes, cut at a rune boundary.
func stampHead(p string) int {
	n := min(len(p), 160)
	for n > 0 && n < len(p) && !utf8.RuneStart(p[n]) {
		n--
	}
	return n
}

// roleStampRe reads a byline that names the writer's role and then the
// stamp: "Rina Wati, Jurnalis · Senin 16 Juni 2025 10:15 WIB", "Jane
// Example, Correspondent | June 17, 2025".
var roleStampRe = regexp.MustCompile(`(?i)^.{2,60}?\b(?:jurnalis|reporter|wartawan|penulis|kontributor|koresponden|editor|writer|correspondent)\s*[·|•–—-]\s*(.{6,80})$`)

// creditedStamp reads a stamp line that goes on with a credit ("Kamis, 12
// Maret 2026 09:10 WIB Jurnalis - Rina Contoh"): the date before the
// label; or a byline that closes with one ("Rina Wati, Jurnalis · Senin 16
// Juni 2025").
func creditedStamp(p string) (string, bool) {
	if utf8.RuneCountInString(p) > maxStampRunes || !hasYear(p) {
		return "", false
	}
	if m := match(creditedStampRe, p, mayBeCreditedStamp(p)); m != nil {
		if d, ok := parseStamp(m[1]); ok {
			return d, true
		}
	}
	if m := match(roleStampRe, p, mayBeRoleStamp(p)); m != nil {
		return parseStamp(m[1])
	}
	return "", false
}

// IsCaption reports whether a paragraph or line p reads as a photo
// caption: it names a photo credit (captionRe, agencyCredit,
// closingCredit). Other stages ask it of a line instead of keeping a list
// of credits of their own.
func IsCaption(p string) bool { return isCaption(p) }

// isCaption reports whether p reads as a photo caption: it names a photo
// credit.
func isCaption(p string) bool {
	return len(p) <= maxCaption && mayBeCaption(p) && (captionRe.MatchString(p) || agencyCredit(p) || closingCredit(p))
}

// maxCaption bounds the paragraphs read as photo captions (a caption is a
// sentence or two, often doubled by a page's layout).
const maxCaption = 1500

// byAgencyRe reads a byline that names an agency as the author: "By
// Reuters", "by AFP Staff Writers", "Oleh: ANTARA".
var byAgencyRe = regexp.MustCompile(`(?i)^(?:by|oleh)\s*:?\s+(.{2,40}?)(?:\s+staff(?:\s+writers?)?)?\s*$`)

// byPrefixRe is the "By"/"Oleh" opening a byline.
var byPrefixRe = regexp.MustCompile(`(?i)^(?:by|oleh)\s*:?\s+`)

// bylineOutlet reads a byline that names a reporter and the outlet ("Rina
// Contoh - detikNews", "Rina Contoh | Kompas.com") or an agency as the
// author ("By Reuters"): the outlet, or "" when p is not such a line. The
// name must not be a place (then the line would be a dateline).
func bylineOutlet(p string) string {
	if len(p) > 100 {
		return ""
	}
	if m := match(byAgencyRe, p, mayBeByAgency(p)); m != nil && knownOutlet(m[1]) {
		return m[1]
	}
	if o := parenByline(p); o != "" {
		return o
	}
	for _, sep := range []string{" - ", " – ", " — ", " | ", ", "} {
		i := strings.LastIndex(p, sep)
		if i <= 0 {
			continue
		}
		name, outlet := strings.TrimSpace(p[:i]), strings.TrimSpace(p[i+len(sep):])
		credited := false // the outlet is named beside the reporter's role
		if sep == ", " {
			// "By Jane Example, Example Wire", "Rina Contoh, CNN
			// Indonesia": English bylines part name and outlet with a
			// comma, after an optional "By".
			if r := byPrefixRe.FindStringIndex(name); r != nil {
				name = name[r[1]:]
			}
			if o := roleOutlet(outlet); o != outlet {
				outlet, credited = o, true
			}
		}
		words := strings.Fields(name)
		if !credited && !isOutlet(outlet) || len(words) < 2 || len(words) > 5 || isUpperWord(name) || isOutlet(name) || knownPlace(name) {
			continue
		}
		if _, ok := asPlace(name); !ok {
			continue // a name is capitalised like a place
		}
		return outlet
	}
	return ""
}

// parenByline reads a byline that sets the reporter's outlet in
// parentheses after the name ("Rina Example (The Jakarta Post)", "By Jane
// Example (Example News)"): the outlet, or "". The name is two to five
// capitalised words and not a place or a person the knowledge base knows (a
// leader under a photo, "Xi Jinping (AFP)", is a caption and its credit);
// the parentheses must hold an outlet (isOutlet), not a short name or a
// party ("Joko Widodo (Jokowi)").
func parenByline(p string) string {
	t := strings.TrimSpace(p)
	open := closingParen(t)
	if open < 0 {
		return ""
	}
	name, outlet := strings.TrimSpace(t[:open]), strings.TrimSpace(t[open+1:len(t)-1])
	if r := byPrefixRe.FindStringIndex(name); r != nil {
		name = name[r[1]:]
	}
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 5 || !capitalised(name) || isUpperWord(name) || !isOutlet(outlet) || knownPlace(name) {
		return ""
	}
	if _, ok := asPlace(name); !ok {
		return "" // digits, punctuation or a role: no reporter's name
	}
	if _, _, person, _ := kbKinds(name); person {
		return "" // "Xi Jinping (AFP)": a photo of a leader and its credit
	}
	return outlet
}

// bylineRoles are the words for a reporter's job that bylines put next to
// the outlet's name ("RNZ Pacific Journalist", "wartawan Warta Online").
var bylineRoles = map[string]bool{
	"journalist": true, "reporter": true, "correspondent": true, "writer": true, "editor": true,
	"wartawan": true, "jurnalis": true, "koresponden": true, "kontributor": true, "penulis": true,
}

// roleOutlet reads the outlet out of a byline's credit that names the
// reporter's role with it, after the outlet in English ("Example Wire
// Correspondent") or before it in Indonesian ("wartawan Warta Online"): the
// outlet, when what is left is one (isOutlet) or a name with an acronym in it
// ("RNZ Pacific"), unlike a rank ("Senior Correspondent"); s otherwise.
func roleOutlet(s string) string {
	words := strings.Fields(s)
	if len(words) < 2 {
		return s
	}
	switch {
	case bylineRoles[strings.ToLower(words[len(words)-1])]:
		words = words[:len(words)-1]
	case bylineRoles[strings.ToLower(words[0])]:
		words = words[1:]
	default:
		return s
	}
	rest := strings.Join(words, " ")
	if len(words) > 4 || !titleSet(rest) {
		return s
	}
	if isOutlet(rest) {
		return rest
	}
	for _, w := range words {
		if utf8.RuneCountInString(w) >= 2 && isUpperWord(w) && looksLikeName(w) && !beatName(w) {
			return rest
		}
	}
	return s
}

// beatName reports whether acronym w, before a reporter's role, names the
// beat rather than the outlet: a place, a state, a person or an
// organisation the knowledge base knows ("ASEAN Correspondent", "UN
// Correspondent", "UK Editor").
func beatName(w string) bool {
	place, country, person, org := kbKinds(w)
	return place || country || person || org
}

// findLede searches the paragraphs after the headline for the aggregator
// summary line, a byline naming the outlet, and the lede. Short labels,
// headline repeats, photo captions and bylines are passed over; after the
// first paragraph of story text only a lede that names its outlet ("Jakarta
// (ANTARA) -") is taken, since a story's own sentences do not open that
// way, or, right after that one paragraph, a dateline that cannot open a
// story's sentence (afterCaption): the paragraph was a photo caption that
// names no credit, or a standfirst, which read as story text.
// ledeAt is the lede's paragraph, -1 when none.
func findLede(paras []para, body int) (summary, bylineOut string, lede Lede, ledeAt int) {
	proseSeen := 0 // paragraphs of story text passed
	for i := body; i < len(paras) && i < body+ledeLines; i++ {
		t := paras[i].text
		if summary == "" && i == body {
			if s := summaryOutlet(t); s != "" {
				summary = s
				continue
			}
		}
		if o := bylineOutlet(t); o != "" {
			if bylineOut == "" {
				bylineOut = o
			}
			continue
		}
		l := ParseLede(t)
		src := t
		if l == (Lede{}) && strings.ContainsAny(t[max(0, len(t)-4):], ledeDashes) {
			// "Jakarta -" on a line of its own, the story below it.
			src = t + " "
			l = ParseLede(src)
			l.Len = min(l.Len, len(t))
		}
		if l == (Lede{}) && mayBeDashLede(t) && loneWordFirst(t) {
			// "Kotacontoh - ...": a lone word the knowledge base does not
			// know, which the story below may name as a place.
			l = parseLede(src, storyAfter(paras, i+1))
			l.Len = min(l.Len, len(t))
		}
		if wireMasthead(t, l) {
			if bylineOut == "" {
				bylineOut = l.Outlet
			}
			continue
		}
		if l != (Lede{}) && (proseSeen == 0 || l.Outlet != "" || proseSeen == 1 && afterCaption(t, l)) {
			return summary, bylineOut, l, i
		}
		if isCaption(t) || headlineLike(t) || len(strings.Fields(t)) < 5 {
			continue
		}
		if proseSeen == 0 {
			if l := dotLede(t); l != (Lede{}) {
				return summary, bylineOut, l, i
			}
		}
		proseSeen++
	}
	return summary, bylineOut, Lede{}, -1
}

// loneWordFirst reports whether t opens with one capitalised word and a
// dash ("Kotacontoh - ..."), the lede whose place the story below may name.
func loneWordFirst(t string) bool {
	i := strings.IndexAny(t, ledeDashes)
	if i <= 0 || i > 40 {
		return false
	}
	head := strings.TrimSpace(t[:i])
	return head != "" && !strings.ContainsAny(head, " \t") && unicode.IsUpper(firstRune(head))
}

// storyAfter is the text of the few paragraphs from paras[i] on, where a
// story names the town of its dateline ("... di Kotacontoh").
func storyAfter(paras []para, i int) string {
	var b strings.Builder
	for j := i; j < len(paras) && j < i+4 && b.Len() < 4096; j++ {
		b.WriteString(paras[j].text)
		b.WriteByte('\n')
	}
	return b.String()
}

// afterCaption reports whether lede l, read at the start of paragraph t
// right after one paragraph of text, is the story's dateline all the same:
// on a line of its own ("Jakarta -"), in capitals ("JAKARTA - ..."), or a
// city the knowledge base knows with the story opening with a capital after
// it ("Jakarta - Menteri ..."). A story's own sentence that opens with a
// town and a dash goes on in small letters ("Bandung - kota itu ...").
func afterCaption(t string, l Lede) bool {
	if l.Place == "" {
		return false
	}
	return l.Len >= len(t) || isUpperWord(t[:l.Len]) || knownPlace(l.Place) && unicode.IsUpper(firstRune(t[l.Len:]))
}

// wireMasthead reports whether line t, read as lede l, is a news agency's
// masthead rather than a lede: its full name and its short name, parted by a
// dash and nothing after ("Saudi Press Agency - SPA", "Kantor Berita Contoh –
// KBC"), the way agencies head the stories on their sites. The short name is
// an outlet, or a word of two to six capitals the knowledge base does not know
// as a place (a lone "JAKARTA" after an outlet is a dateline).
func wireMasthead(t string, l Lede) bool {
	if l.Outlet == "" || l.Place != "" || l.Len >= len(t) {
		return false
	}
	short := strings.TrimSpace(t[l.Len:])
	if isOutlet(short) {
		return true
	}
	n := utf8.RuneCountInString(short)
	return n >= 2 && n <= 6 && isUpperWord(short) && !strings.ContainsAny(short, " .,") && !knownPlace(short)
}

// ledeSpans places lede l, read at the start of paragraph p (which starts
// at byte off of the text), in the text: the lede's span and its dateline
// place's span ({0, 0} when it names none).
func ledeSpans(p string, off int, l Lede) (ledeSpan, place [2]int) {
	n := min(l.Len, len(p))
	if n == 0 {
		return
	}
	ledeSpan = [2]int{off, off + n}
	if l.Place == "" {
		return
	}
	// The place is case-normalised ("JAKARTA" -> "Jakarta"); its letters
	// keep their byte lengths under ASCII case folding, and a name written
	// otherwise is left without a span rather than guessed.
	low := strings.ToLower(p[:n])
	if i := strings.Index(low, strings.ToLower(l.Place)); i >= 0 && len(low) == n && i+len(l.Place) <= n && strings.EqualFold(p[i:i+len(l.Place)], l.Place) {
		place = [2]int{off + i, off + i + len(l.Place)}
	}
	return
}
