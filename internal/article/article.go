// Package article turns a source.Document into clean article text with its
// metadata: title, paragraphs, outlet, publication date and dateline.
//
// HTML goes through go-trafilatura for the main text, with the page's own
// metadata (<meta>, JSON-LD, <time>) read first; plain text is split into
// paragraphs directly. Both then pass through the same cleaning: page chrome
// is removed (counters, share bars, "Baca juga" links, related-news lists,
// copyright and no-crawling notices), and the top of the text is read for a
// date stamp, an aggregator summary line and the lede's dateline and outlet.
//
// Publication dates are taken only from stamps, dated ledes and metadata,
// never from dates mentioned in the story: Published is "" when the document
// does not say.
package article

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"html"
	"kronik/internal/timex"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"kronik/internal/source"
)

// Article is a document's cleaned main text and metadata.
type Article struct {
	Title      string
	Text       string   // cleaned main text; paragraphs joined by "\n\n"; all offsets downstream point into it
	Paragraphs [][2]int // byte spans of paragraphs in Text
	Outlet     string   // "" when unknown
	Published  string   // "YYYY-MM-DD", "YYYY-MM", "YYYY" or "" — never invented
	Dateline   string   // place of the dateline, "" when none
	// PageDate is the date the page's address carries ("/2024/11/12/",
	// "/20220915/", "-20221115-"), "" when none. It is not a publication
	// date the text gives (Published never takes it) but dates the page
	// well enough to anchor relative dates when nothing else does.
	PageDate string
	// Lede is the byte span in Text of the story's opening dateline and
	// credit ("Jakarta (ANTARA) - ", "JAKARTA, KOMPAS.com - "), and
	// DatelineSpan that of the dateline's place inside it; both are {0, 0}
	// when the story has none. Later stages read them instead of
	// re-detecting the lede from the text's layout.
	Lede         [2]int
	DatelineSpan [2]int
	Warnings     []string
}

// ErrEmpty is returned for a document with no text at all.
var ErrEmpty = errors.New("empty document")

// para is a paragraph before assembly; blankAfter records whether a blank
// line followed it in plain text (a headline is followed by one).
type para struct {
	text       string
	blankAfter bool
	// kind is classify(text) once classified is set: the stamp pass
	// classifies short lines below the top to see where a related list
	// begins, and the chrome pass reuses the answer.
	kind       chromeKind
	classified bool
}

// chrome is classify(p.text), computed at most once per paragraph.
func (p *para) chrome() chromeKind {
	if !p.classified {
		p.kind, p.classified = classify(p.text), true
	}
	return p.kind
}

// Extract returns the article in doc.
func Extract(doc source.Document) (Article, error) {
	if len(bytes.TrimSpace(doc.Body)) == 0 {
		return Article{}, fmt.Errorf("%s: %w", doc.Path, ErrEmpty)
	}
	body, err := source.Text(doc.Body)
	if err != nil {
		return Article{}, fmt.Errorf("%s: %w", doc.Path, err)
	}
	var (
		paras    []para
		meta     htmlMeta
		warnings []string
		isHTML   = doc.Format == "html" || (doc.Format == "" && sniffHTML(body))
	)
	if isHTML {
		src, w := decodeHTML(body, doc.Header)
		warnings = append(warnings, w...)
		var w2 []string
		paras, meta, w2, err = extractHTML(src, doc.URL)
		if err != nil {
			return Article{}, fmt.Errorf("%s: %w", doc.Path, err)
		}
		warnings = append(warnings, w2...)
	} else {
		src, w := decodeText(body)
		warnings = append(warnings, w...)
		paras = textParagraphs(src)
	}
	pageURL := first(doc.URL, meta.url) // a saved page names its address in <link rel="canonical">
	pageDate := urlDate(pageURL)
	a := assemble(paras, meta, isHTML, doc.Hints, pageDate)
	a.PageDate = pageDate
	ownOutletLede(&a, pageURL)
	if a.Outlet == "" && pageURL != "" {
		// The page's own site, when the text names it ("kata juru bicara
		// kepada WARTAKITA" on wartakita.co.id): the outlet the text names, with
		// the address as the evidence that it is the publisher.
		// A site named after the town of the dateline ("KOTACONTOH -
		// ..." on kotacontoh.go.id) is the town's own, named like it.
		if o := siteOutlet(pageURL, a.Text); a.Dateline == "" || compact(o) != compact(a.Dateline) {
			a.Outlet = o
		}
	}
	a.Warnings = append(warnings, a.Warnings...)
	if a.Text == "" && a.Title == "" {
		return a, fmt.Errorf("%s: %w: no text after cleaning", doc.Path, ErrEmpty)
	}
	return a, nil
}

// sniffHTML reports whether body looks like HTML: it opens (after white
// space) with a tag, a doctype or a comment.
func sniffHTML(body []byte) bool {
	b := bytes.TrimLeft(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(b) > 512 {
		b = b[:512]
	}
	lower := bytes.ToLower(b)
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<!--", "<meta", "<div", "<p>", "<p ", "<article", "<title", "<?xml"} {
		if bytes.HasPrefix(lower, []byte(p)) {
			return true
		}
	}
	return false
}

// textParagraphs splits plain text into paragraphs. Each line is a paragraph,
// unless the text is hard-wrapped (no line longer than about 100 characters),
// in which case lines are joined within blank-line blocks, a short line ending
// its paragraph.
func textParagraphs(src string) []para {
	// Text scraped from web pages often keeps HTML character references
	// ("Menlu &amp; Wamenlu", "&#8220;"); they are read as the characters.
	if strings.Contains(src, "&") && entityRe.MatchString(src) {
		src = html.UnescapeString(src)
	}
	src = strings.ReplaceAll(src, "\r\n", "\n")
	src = strings.ReplaceAll(src, "\r", "\n")
	lines := strings.Split(src, "\n")
	maxLen, nonEmpty := 0, 0
	for _, l := range lines {
		n := utf8.RuneCountInString(strings.TrimSpace(l))
		if n > 0 {
			nonEmpty++
		}
		maxLen = max(maxLen, n)
	}
	wrapped := maxLen <= 100 && nonEmpty >= 6
	var out []para
	var cur strings.Builder
	prevLen := 0
	flush := func(blank bool) {
		if t := cleanSpace(cur.String()); t != "" {
			out = append(out, para{text: t})
		}
		cur.Reset()
		if blank && len(out) > 0 {
			out[len(out)-1].blankAfter = true
		}
	}
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			flush(true)
			prevLen = 0
			continue
		}
		n := utf8.RuneCountInString(t)
		if !wrapped || cur.Len() == 0 || float64(prevLen) < 0.6*float64(maxLen) {
			flush(false)
		} else {
			cur.WriteByte(' ')
		}
		cur.WriteString(t)
		prevLen = n
	}
	flush(true)
	return out
}

// entityRe matches an HTML character reference.
var entityRe = regexp.MustCompile(`&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});`)

// cleanSpace collapses runs of white space (no-break spaces included) into
// one space, drops zero-width and control characters, and trims.
func cleanSpace(s string) string {
	if isClean(s) {
		return s // most lines: nothing to collapse, drop or trim
	}
	return cleanSpaceSlow(s)
}

// cleanSpaceSlow is cleanSpace rune by rune.
func cleanSpaceSlow(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad':
			continue
		case unicode.IsSpace(r) || r == '\u00a0':
			space = true
			continue
		case unicode.IsControl(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// isClean reports whether cleanSpace would return s unchanged for a reason
// that is cheap to see: printable ASCII only, single spaces, none at either
// end.
func isClean(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c > '~' || c == ' ' && s[i-1] == ' ' {
			return false
		}
	}
	return true
}

// topLines is how many paragraphs at the top are read for stamps, the
// headline, the summary line and the lede.
const topLines = 6

// assemble cleans the paragraphs, reads the metadata at the top of the text
// and builds the Article.
func assemble(paras []para, meta htmlMeta, isHTML bool, hints source.Hints, pageDate string) Article {
	var a Article

	// 1. A machine stamp opening the text ("date 2025-06 ..."): keep the
	// date, drop the stamp.
	var machineDate string
	if len(paras) > 0 {
		if m := machineStampMatch(paras[0].text); m != nil {
			if d, ok := normalizeDate(paras[0].text[m[2]:m[3]]); ok {
				machineDate = d
				paras[0].text = strings.TrimSpace(paras[0].text[m[1]:])
				if paras[0].text == "" {
					paras = paras[1:]
				}
			}
		}
	}

	// Stamps glued to what follows them by a page's layout ("... 21:10
	// WIBSURABAYA, WARTA TV -", "February 3, 2026Updated: ...") are split
	// first, so that the stamp and the lede are read as they are.
	paras = unglue(paras)

	// 2. Date stamp lines at the top ("Jumat, 05 Juli 2024 14:29"): the
	// first gives the date; all are dropped from the text.
	var stampDate, stampOutlet, stampPlace, masthead, lateDate string
	// stampUpdate: the date taken is when the story was updated ("Updated
	// Jun 18 ..."); pages that show it above the publication's date show
	// that one too, which a later top line then gives.
	stampUpdate := false
	take := func(d string, update bool) { stampDate, stampUpdate = d, update }
	kept := paras[:0:0]
	listed := false // a related-news list has begun: its dates are other stories'
	for i, p := range paras {
		if i >= topLines && !listed && len(p.text) <= 100 && p.chrome() == related {
			listed = true
		}
		if i >= topLines && !listed && lateDate == "" && len(p.text) <= 100 && hasYear(p.text) && (i < lateStampLines || clockRe.MatchString(p.text)) {
			// A stamp on a line of its own further down: pages set it
			// under a photo and its caption, or at the foot of the story
			// ("14 Agustus 2026 06:52 WIB" above the copyright line).
			if d, ok := parseStamp(p.text); ok {
				lateDate = d
				continue
			}
		}
		if i < topLines && masthead == "" {
			masthead = mastheadOutlet(p.text)
		}
		if i < topLines {
			// Once a date is taken, no line gives another, unless the
			// date taken is an update's.
			open := stampDate == "" || stampUpdate
			// "Updated" on a line of its own labels the stamp below it.
			update := i > 0 && updateLabelOnly(paras[i-1].text)
			d, ok := parseStamp(p.text)
			o := ""
			if !ok {
				o, d, ok = outletStamp(p.text)
			}
			if !ok && open {
				// "Oleh Rina Contoh | Selasa, 17 Juni 2025": the date is
				// taken, the byline stays (it names a person).
				if bd, isByline := bylineStamp(p.text); isByline {
					take(bd, update)
				} else if pd, place, placed := placeStamp(p.text); placed {
					// "Brussels ● Tue, September 29, 2026": the dateline
					// set with the stamp.
					take(pd, update)
					stampPlace = place
					continue
				} else if cd, credited := creditedStamp(p.text); credited {
					// "Kamis, 12 Maret 2026 09:10 WIB Jurnalis - Rina":
					// the date is taken, the credit stays.
					take(cd, update)
				} else if ld, labelled, credits := labelledStamp(p.text); labelled {
					// "Updated 5:12 PM GMT+9, November 1, 2025", "Source: X |
					// 2026-01-09 21:14:05 | Editor: Y": the date is taken; a
					// line that also names people stays
					take(ld, update || updateStampRe.MatchString(p.text))
					if !credits {
						continue
					}
				}
			}
			if ok {
				if open {
					take(d, update)
					stampOutlet = cmp.Or(stampOutlet, o)
				}
				if len(kept) > 0 {
					kept[len(kept)-1].blankAfter = kept[len(kept)-1].blankAfter || p.blankAfter
				}
				continue
			}
		}
		kept = append(kept, p)
	}
	paras = kept

	// 3. Chrome: drop it, reading outlets out of copyright and source lines
	// before they go.
	var copyrightOutlet, sourceLineOutlet string
	kept = paras[:0:0]
	inRelated, skipNext := false, false
	for _, p := range paras {
		kind := p.chrome()
		if skipNext {
			skipNext = false
			if kind == keep && headlineLike(p.text) {
				continue
			}
		}
		switch kind {
		case copyright:
			if copyrightOutlet == "" {
				copyrightOutlet = copyrightHolder(p.text)
			}
			continue
		case drop, noticeAI:
			continue
		case readAlso:
			skipNext = true
			continue
		case related:
			inRelated = true
			continue
		}
		if inRelated {
			// A related-news list runs to the end of the page: its
			// headlines go, credits stay, and real prose (a story that
			// goes on after a mid-page box) ends the list.
			if creditRe.MatchString(p.text) {
				// kept below
			} else if headlineLike(p.text) {
				continue
			} else {
				inRelated = false
			}
		}
		if sourceLineOutlet == "" {
			sourceLineOutlet = sourceOutlet(p.text)
		}
		kept = append(kept, p)
	}
	paras = kept

	// 4. Title: the page's title for HTML, else a headline-like first line
	// followed by a blank line. The title stays in the text as its first
	// paragraph, so the names in it are found too.
	a.Title = hints.Title
	if isHTML && a.Title == "" {
		a.Title = meta.title
	}
	body := 0 // index of the first paragraph after the headline
	if len(paras) > 0 {
		first := paras[0].text
		switch {
		case a.Title != "" && sameText(first, a.Title):
			body = 1
		case a.Title != "" && isHTML:
			paras = append([]para{{text: cleanSpace(a.Title), blankAfter: true}}, paras...)
			body = 1
		// A headline is followed by a blank line, or directly by a lede
		// ("Judul\nJAKARTA, KOMPAS.com - ...").
		case !isHTML && len(paras) > 1 && (paras[0].blankAfter || ledeWithin(paras[1:], 2)) &&
			headlineLike(first) && ParseLede(first) == (Lede{}) && summaryOutlet(first) == "":
			if a.Title == "" {
				a.Title = first
			}
			body = 1
		}
	}

	// 5. The aggregator summary line and the lede, in the first paragraphs
	// after the headline. Short labels ("Luar Negeri") are passed over.
	summary, bylineOut, lede, ledeAt := findLede(paras, body)

	a.Dateline = first(lede.Place, stampPlace)
	a.Outlet = first(hints.Outlet, lede.Outlet, meta.outlet, stampOutlet, masthead, bylineOut, summary, copyrightOutlet, sourceLineOutlet)
	a.Published = published(hints.Published, meta.published, stampDate, first(lede.Date, lateDate, withYear(lede.MonthDay, pageDate)), machineDate)

	// 6. Assemble the text and the paragraph spans.
	var b strings.Builder
	for _, p := range paras {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(p.text)
		a.Paragraphs = append(a.Paragraphs, [2]int{start, b.Len()})
	}
	if ledeAt >= 0 {
		a.Lede, a.DatelineSpan = ledeSpans(paras[ledeAt].text, a.Paragraphs[ledeAt][0], lede)
	}
	a.Text = b.String()
	if a.Text == "" {
		a.Warnings = append(a.Warnings, "no article text")
	}
	return a
}

// published picks the publication date: a date given with the document, then
// the page's metadata, a stamp line at the top, a dated lede. A partial
// machine stamp ("date 2025-06") stands unless a fuller date from the top of
// the text agrees with it.
func published(hint, meta, stamp, lede, machine string) string {
	if d, ok := normalizeDate(literalDate(hint)); ok && hint != "" {
		return d
	}
	if meta != "" {
		return meta
	}
	full := first(stamp, lede)
	if machine != "" && (full == "" || !strings.HasPrefix(full, machine)) {
		return machine
	}
	return full
}

// sameText compares two headlines ignoring case and spacing.
func sameText(a, b string) bool {
	return strings.EqualFold(cleanSpace(a), cleanSpace(b))
}

// outletStampRe splits a stamp line that names the outlet first, as
// "Kompas.com - 17/06/2025, 10:15 WIB" or "Warta Online | Senin, 16 Juni 2025".
// maxStampRunes bounds the stamp lines outletStampRe and bylineStampRe can
// match (their parts add up to at most about 155 characters, with single
// spaces between, and paragraphs have their spaces collapsed): longer
// paragraphs are not tried, since the regular expressions backtrack over the
// whole line before failing, on the top lines of every article.
const maxStampRunes = 180

var outletStampRe = regexp.MustCompile(`^(.{2,40}?)\s+(?:[-–—|•])\s+(.{6,80})$`)

// outletStamp reads an outlet-and-date stamp line. A section after a final
// bar is left out ("KYODO NEWS - Dec 3, 2025 - 21:14 | Politics").
func outletStamp(p string) (outlet, date string, ok bool) {
	p = strings.TrimSpace(p)
	if utf8.RuneCountInString(p) > maxStampRunes {
		return "", "", false // a sentence of the story, not a stamp
	}
	if i := strings.LastIndex(p, " | "); i > 0 && !strings.Contains(p[i:], ":") {
		p = p[:i] // a section name, not a credit ("| Editor: X" stays)
	}
	if i := strings.LastIndex(p, " - "); i > 0 && strings.Count(p, " - ") >= 2 && strings.Contains(p[i:], ":") {
		p = p[:i] // a time of day after the date: "... - Dec 3, 2025 - 21:14"
	}
	if !mayBeOutletStamp(p) {
		return "", "", false
	}
	m := outletStampRe.FindStringSubmatch(p)
	if m == nil || !isOutlet(m[1]) {
		return "", "", false
	}
	d, ok := parseStamp(m[2])
	if !ok {
		return "", "", false
	}
	return strings.TrimSpace(m[1]), d, true
}

// bylineStampRe splits a byline line that ends with a date stamp: "Oleh Rina
// Contoh | Selasa, 17 Juni 2025", "By Jane Example - June 17, 2025".
// A byline with a labelled stamp and no separator: "oleh Rina Contoh
// diperbarui 21 Feb 2026, 07:05 WIB", "By Jane Example Updated June 17,
// 2025". Where a page shows only when it was updated, that is the best date
// it gives.
var bylineLabelRe = regexp.MustCompile(`(?i)^(?:oleh|by)\s+[^|–—-]{2,60}?\s+(?:diperbarui|diterbitkan|dipublikasikan|updated|published|posted)\s*:?\s+(.{6,80})$`)

var bylineStampRe = regexp.MustCompile(`(?i)^(?:oleh|by|penulis|reporter|laporan)\s*:?\s+[^|–—-]{2,60}?\s+[-–—|•]\s+(.{6,80})$`)

// bylineStamp returns the date at the end of a byline line.
func bylineStamp(p string) (string, bool) {
	if utf8.RuneCountInString(p) > maxStampRunes {
		return "", false
	}
	p = strings.TrimSpace(p)
	if !mayBeByline(p) {
		return "", false
	}
	m := bylineStampRe.FindStringSubmatch(p)
	if m == nil {
		m = bylineOnRe.FindStringSubmatch(p)
	}
	if m == nil {
		m = bylineLabelRe.FindStringSubmatch(p)
	}
	if m == nil {
		return "", false
	}
	return parseStamp(m[1])
}

// bylineOnRe reads an English byline that closes with "on" and the date:
// "By Jane Example in Diplomacy on 15 October 2026".
var bylineOnRe = regexp.MustCompile(`(?i)^by\s+[^|–—-]{2,80}?\s+on\s+(.{6,40})$`)

// stampLabelRe marks a short top line as a page stamp: an update or
// publication label, or fields separated by bars.
var stampLabelRe = regexp.MustCompile(`(?i)^(?:updated|published|posted|last updated|diperbarui|diterbitkan|dipublikasikan|terbit|dirilis)\b|\|`)

// updateStampRe finds the label of an update's stamp at the start of a
// line: "Updated ...", "Last updated: ...", "Diperbarui ...".
var updateStampRe = regexp.MustCompile(`(?i)^\s*(?:last\s+|terakhir\s+)?(?:updated|diperbarui|diperbaharui)\b`)

// updateLabelOnly reports whether line p is an update's label alone
// ("Updated", "Last updated:", "Diperbarui"), set above its date.
func updateLabelOnly(p string) bool {
	switch strings.ToLower(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(p), ":"))) {
	case "updated", "last updated", "update", "diperbarui", "diperbaharui", "terakhir diperbarui":
		return true
	}
	return false
}

// creditLabelRe finds credit fields that name people or sources in a stamp line.
var creditLabelRe = regexp.MustCompile(`(?i)\b(?:editor|source|sumber|penulis|reporter|pewarta|by|oleh)\s*:`)

// labelledStamp reads the date of a labelled or bar-separated stamp line. It
// reports whether the line also carries credits, so that it stays in the text.
func labelledStamp(p string) (date string, ok, credits bool) {
	p = strings.TrimSpace(p)
	if len(p) > 120 || !mayBeLabelledStamp(p) || !stampLabelRe.MatchString(p) {
		return "", false, false
	}
	d, ok := timex.Stamp(p)
	if !ok || d.Day == 0 {
		return "", false, false
	}
	return d.String(), true, creditLabelRe.MatchString(p)
}

// mastheadOutlet reads an outlet from a masthead line of its own: "The
// Jakarta Post", "Katadata.co.id", with a section after a bar ("Media
// Indonesia | Internasional"), or at the end of a byline after a middle dot
// ("Rina Wati, Jurnalis · Okezone").
func mastheadOutlet(line string) string {
	t := strings.TrimSpace(line)
	section := false
	if i := strings.Index(t, " | "); i > 0 {
		// "Media Indonesia | Internasional": a name before a news section
		// is a masthead even when the outlet is not one we know.
		section = newsSections[strings.ToLower(strings.TrimSpace(t[i+3:]))]
		t = strings.TrimSpace(t[:i])
	}
	if i := strings.LastIndex(t, "·"); i >= 0 {
		t = strings.TrimSpace(t[i+len("·"):])
	}
	if len(t) > 40 || len(strings.Fields(t)) > 4 || !(isOutlet(t) || section && looksLikeName(t)) {
		return ""
	}
	if !titleSet(t) {
		return ""
	}
	return t
}

// titleSet reports whether every word of name t has a capital or is a web
// address, as a masthead writes an outlet's name ("The Jakarta Post",
// "kumparanNEWS", "Katadata.co.id"), unlike a headline or a sentence.
func titleSet(t string) bool {
	for _, w := range strings.Fields(t) {
		if strings.ToLower(w) == w && !strings.Contains(w, ".") {
			return false
		}
	}
	return true
}

// newsSections are the section names a masthead line puts after the outlet
// ("Media Indonesia | Internasional", "The Star | World"), in Indonesian and
// English; pages also set them before a story's first words as a
// breadcrumb ("Regional - ...", "SPORTS - ..."), shaped like a lone
// dateline. Words that are also places stay out ("Nusantara", the new
// capital; "Metro", a town in Lampung).
var newsSections = map[string]bool{
	"internasional": true, "nasional": true, "dunia": true, "global": true, "ekonomi": true,
	"bisnis": true, "politik": true, "hukum": true, "olahraga": true, "berita": true,
	"news": true, "world": true, "asia": true, "nation": true, "business": true,
	"politics": true, "economy": true, "international": true, "asia pacific": true,
	// regional and city desks
	"regional": true, "daerah": true, "megapolitan": true, "local": true, "lokal": true,
	"luar negeri": true, "mancanegara": true, "world news": true,
	// the other desks of a general news site
	"sport": true, "sports": true, "sepakbola": true, "tekno": true, "teknologi": true,
	"tech": true, "technology": true, "sains": true, "science": true, "kesehatan": true,
	"health": true, "lifestyle": true, "gaya hidup": true, "hiburan": true,
	"entertainment": true, "otomotif": true, "travel": true, "wisata": true,
	"pendidikan": true, "education": true, "edukasi": true, "humaniora": true,
	"finance": true, "keuangan": true, "markets": true, "pasar": true, "properti": true,
}

// ledeWithin reports whether one of the first n paragraphs opens with a lede.
func ledeWithin(paras []para, n int) bool {
	for i := 0; i < n && i < len(paras); i++ {
		if ParseLede(paras[i].text) != (Lede{}) {
			return true
		}
	}
	return false
}
