package article

import (
	"regexp"
	"strings"
	"unicode"

	"kronik/internal/text"
)

// Page chrome is everything a page shows around the story that is not the
// story: counters and buttons, share bars, tag lists, "read also" links,
// related-news lists, copyright and no-crawling notices. Bylines and credits
// ("Pewarta: X", "Editor: Y", "ANTARA/Xinhua/Name") are kept: the people and
// agencies they name are entities of the document.

// chromeKind says what a paragraph is, as far as chrome goes.
type chromeKind int

const (
	keep      chromeKind = iota // story text, byline or credit
	drop                        // chrome: removed
	readAlso                    // a lone "Baca juga" heading: removed with the headline after it
	related                     // a related-news heading: removed with the list of headlines after it
	copyright                   // a copyright line: removed, its holder read as the outlet
	noticeAI                    // a no-crawling/AI notice: removed
)

var (
	// Icon-font widgets that render as their icon's name plus a count
	// ("favorite 0 likes", "visibility 194 Views", "question_answer 0 Updates").
	iconCounterRe = regexp.MustCompile(`(?i)^(favorite|favorite_border|visibility|question_answer|thumb_up|thumb_down|chat|comment|share|bookmark|remove_red_eye|schedule|access_time|forum)\s+\d[\d.,]*\s*\pL*$`)
	// Bare counters: "12 Comments", "1.234 kali dibaca", "0 likes".
	counterRe = regexp.MustCompile(`(?i)^\d[\d.,]*\s*(k|rb|ribu)?\s*(likes?|views?|comments?|shares?|updates?|komentar|suka|kali dibaca|dibaca|dilihat|pembaca)$`)
	// Lone buttons and widget labels, in Indonesian and English.
	widgetRe = regexp.MustCompile(`(?i)^(share|share this|share this article|bagikan|bagikan artikel ini|komentar|comments?|tulis komentar|tags?|topik|kata kunci|print|cetak|email|whatsapp|facebook|twitter|telegram|linkedin|copy link|salin tautan|salin link|update|updates|no update available|advertisement|iklan|scroll to continue with content|scroll to resume content|scroll untuk melanjutkan|loading\.*|memuat\.*|selengkapnya|baca selengkapnya|read more|lanjutkan membaca|follow us|ikuti kami|x)\s*:?$`)
	// A share bar: "Share: Facebook Twitter WhatsApp", "Bagikan ke: ...".
	shareBarRe = regexp.MustCompile(`(?i)^(share|bagikan)(\s+(ke|to|on|via))?\s*:?(\s*(facebook|twitter|whatsapp|telegram|line|email|linkedin|x|copy link|salin tautan)[,|\s]*)+$`)
	// Tag and topic lists: "Tags: Tiongkok, Kazakhstan", "Topik: ...".
	tagsRe = regexp.MustCompile(`(?i)^(tags?|topik|topics?|kata kunci|keywords?|label)\s*:`)
	// Inline links to other stories: "Baca juga: <headline>", "Read also:
	// ...", "Lihat juga: ...", "Simak juga: ...", "Related: ...".
	readAlsoLineRe = regexp.MustCompile(`(?i)^(baca juga|baca pula|read also|also read|read more|lihat juga|simak juga|see also|related|berita terkait|artikel terkait)\s*[:：-]\s*\S`)
	// A lone "Baca juga" heading: the next paragraph is the linked headline.
	readAlsoHeadRe = regexp.MustCompile(`(?i)^(baca juga|baca pula|read also|also read|lihat juga|simak juga|see also)\s*:?$`)
	// Headings of related-news lists, which run to the end of the page.
	relatedHeadRe = regexp.MustCompile(`(?i)^(related news|related|related articles|related stories|more stories|more news|berita terkait|artikel terkait|berita lainnya|berita lain|terpopuler|berita populer|most popular|rekomendasi|rekomendasi untuk anda|you may also like|recommended)\s*:?$`)
	// Copyright notices: "Copyright © ANTARA 2025", "© 2025 Reuters", "Hak
	// cipta © ...", "All rights reserved".
	copyrightRe = regexp.MustCompile(`(?i)^(copyright|hak cipta|©|\(c\)\s)|all rights reserved|hak cipta dilindungi`)
	// No-crawling and AI-training notices ("Dilarang keras menyalin isi laman
	// ini atau melakukan crawling ..."), and no-republishing notices ("Dilarang
	// mengambil dan/atau menayangkan ulang ...").
	noticeAIRe = regexp.MustCompile(`(?i)^dilarang\s+(keras\s+)?(mengambil|menyalin|mengutip|menayangkan|memuat|menggunakan|melakukan|mereproduksi)|crawling|tanpa izin tertulis|without (prior )?written permission`)
	// Calls to follow the outlet elsewhere: "Ikuti berita terkini di Google
	// News", "Simak breaking news ... WhatsApp Channel".
	followRe = regexp.MustCompile(`(?i)^(ikuti|simak|follow|dapatkan|gabung|join|download|unduh)\b.{0,150}(google news|whatsapp channel|saluran whatsapp|telegram|aplikasi|app store|play store)`)
	// Breadcrumbs: "Home » Berita » Internasional", "Beranda > Dunia".
	// ("/" is left out: photo credits are written "ANTARA/Xinhua/Name".)
	breadcrumbRe = regexp.MustCompile(`^[^.!?]{1,40}(\s*[»›>]\s*[^.!?»›>]{1,40}){1,6}$`)
	// A bare web address on its own line.
	bareURLRe = regexp.MustCompile(`(?i)^(https?://|www\.)\S+$`)
	// Short calls to click: "Baca berita dengan sedikit iklan, klik di
	// sini", "Click here to subscribe".
	clickRe = regexp.MustCompile(`(?i)\b(klik di sini|klik disini|click here)\b`)
	// Credits that stay even inside a related list at the page end.
	creditRe = regexp.MustCompile(`(?i)^(pewarta|editor|penulis|reporter|redaktur|penyunting|penerjemah|fotografer|foto|sumber|source|writer|reporting by|editing by|translator|kontributor)\s*:`)
	// "Sumber: Xinhua", "Source: Reuters": the story's source names an
	// outlet (used only when nothing better says who published it).
	sourceLineRe = regexp.MustCompile(`(?i)^(sumber|source)\s*:\s*(.{2,60})$`)
)

// classify says whether paragraph p is chrome and which kind.
func classify(p string) chromeKind {
	p = strings.TrimSpace(p)
	if p == "" || !hasAlnum(p) {
		return drop // lone symbols: "×", "***", "•"
	}
	// Cheap tests on the lower-cased line decide which patterns can match at
	// all, so that prose paragraphs (most of the text) skip the regexps.
	l := strings.ToLower(p)
	short := len(p) <= 200
	// the byte pairs of l, taken at the first has: most markers are ruled
	// out by a missing pair without a search of the line
	var pairs text.PairSet
	paired := false
	has := func(subs ...string) bool {
		if !paired {
			pairs, paired = text.PairsOf(l), true
		}
		for _, x := range subs {
			if pairs.MayContain(x) && strings.Contains(l, x) {
				return true
			}
		}
		return false
	}
	switch {
	case strings.Contains(l, ":") && creditRe.MatchString(p):
		return keep
	// the widget, counter and heading patterns match whole short lines only
	case short && (hasDigit(p) && (mayBeIconCounter(p) && iconCounterRe.MatchString(p) || firstByteIn(p, "0123456789") && counterRe.MatchString(p)) || len(p) <= 60 && mayBeWidget(p) && widgetRe.MatchString(p) ||
		has("share", "bagikan") && shareBarRe.MatchString(p)):
		return drop
	case strings.Contains(l, ":") && mayBeTags(p) && tagsRe.MatchString(p), has("baca", "read", "lihat", "simak", "see also", "related", "terkait") && readAlsoLineRe.MatchString(p):
		return drop
	case len(p) <= 60 && mayBeWidget(p) && firstByteIn(p, "bBrRaAlLsS\xc5") && readAlsoHeadRe.MatchString(p):
		return readAlso
	case len(p) <= 60 && mayBeWidget(p) && firstByteIn(p, "rRmMbBaAtTyY") && relatedHeadRe.MatchString(p):
		return related
	case len(p) < 300 && has("copyright", "hak cipta", "©", "(c)", "rights reserved") && copyrightRe.MatchString(p):
		return copyright
	case len(p) < 400 && has("dilarang", "crawling", "izin tertulis", "written permission") && noticeAIRe.MatchString(p):
		return noticeAI
	case len(p) < 400 && has("google news", "whatsapp", "telegram", "aplikasi", "app store", "play store") && followRe.MatchString(p):
		return drop
	case len(p) < 150 && has("klik", "click") && clickRe.MatchString(p):
		return drop
	case len(p) <= 300 && (has("http", "www.") && bareURLRe.MatchString(p) || has("»", "›", ">") && breadcrumbRe.MatchString(p)):
		return drop
	}
	return keep
}

func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// headlineLike reports whether p reads as a headline rather than prose: short,
// not closed by a full stop. Used for titles and for the entries of
// related-news lists.
func headlineLike(p string) bool {
	p = strings.TrimSpace(p)
	n := len(strings.Fields(p))
	if n == 0 || n > 30 || len(p) > 250 {
		return false
	}
	switch p[len(p)-1] {
	case '.', ',', ';', ':':
		return strings.HasSuffix(p, "...")
	}
	return true
}

// copyrightHolder reads the holder out of a copyright line: "Copyright ©
// ANTARA 2025" -> "ANTARA", "© 2025 Reuters. All rights reserved." ->
// "Reuters". It returns "" when what is left does not look like a name.
func copyrightHolder(p string) string {
	s := copyrightStripRe.ReplaceAllString(p, " ")
	s = strings.Trim(strings.Join(strings.Fields(s), " "), " .,-–|")
	if !looksLikeName(s) || len(strings.Fields(s)) > 4 {
		return ""
	}
	return s
}

// copyrightStripRe removes everything in a copyright line that is not the
// holder's name: the words, the sign, years and rights formulas.
var copyrightStripRe = regexp.MustCompile(`(?i)copyright|hak cipta( dilindungi( undang-undang)?)?|©|\(c\)|\b(19|20)\d{2}\b|all rights reserved\.?|semua hak dilindungi\.?|\bby\b|\bPT\b|\bTbk\b`)

// sourceOutlet reads the outlet out of a "Sumber: X" / "Source: X" line, ""
// when the rest is not a short name.
func sourceOutlet(p string) string {
	m := sourceLineRe.FindStringSubmatch(strings.TrimSpace(p))
	if m == nil {
		return ""
	}
	s := m[2]
	if i := strings.IndexAny(s, ",;/("); i >= 0 {
		s = s[:i]
	}
	// "SOURCE: AL JAZEERA AND NEWS AGENCIES": the outlet, not the agencies
	for _, sep := range []string{" AND ", " and ", " DAN ", " dan "} {
		if i := strings.Index(s, sep); i > 0 {
			s = s[:i]
		}
	}
	s = strings.Trim(strings.TrimSpace(s), ".")
	// "Sumber: Kementerian Luar Negeri" names where the facts came from,
	// not a publisher: only outlet-looking names count.
	if !isOutlet(s) {
		return ""
	}
	return s
}

// summaryRe matches an aggregator's summary line that opens some texts:
// "<Outlet> menerbitkan artikel tentang ...", "<Outlet> published an article
// on ...". The outlet is the subject.
// Organisations also "publish a report" ("Bank Dunia merilis laporan"), so
// laporan/report counts only when the subject looks like an outlet.
var summaryRe = regexp.MustCompile(`(?i)^\s*(.{2,60}?)\s+(menerbitkan|merilis|memuat|mempublikasikan|menayangkan|published|publishes|ran|released|posted)\s+(sebuah\s+|an?\s+)?(artikel|berita|laporan|tulisan|liputan|article|report|story|piece)\b`)

// summaryOutlet returns the outlet named by an aggregator summary line, or "".
func summaryOutlet(p string) string {
	if !mayBeSummary(p) {
		return ""
	}
	m := summaryRe.FindStringSubmatch(p)
	if m == nil {
		return ""
	}
	s := strings.TrimSpace(m[1])
	if r := []rune(s); !looksLikeName(s) || !unicode.IsUpper(r[0]) || len(strings.Fields(s)) > 4 {
		return ""
	}
	if obj := strings.ToLower(m[4]); (obj == "laporan" || obj == "report") && !isOutlet(s) {
		return ""
	}
	return s
}

// machineStampRe matches a machine-written stamp at the very start of a text,
// as left by scrapers and aggregators: "date 2025-06 ...", "published:
// 2025-06-17T08:00:00Z ...".
var machineStampRe = regexp.MustCompile(`(?i)^\s*(?:date|published|pubdate|tanggal)\s*[:=]?\s*(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)(?:T[\d:.+Z-]*)?(?:\s+|$)`)

// machineStampMatch is machineStampRe's submatch indices in p, nil when it
// does not match.
func machineStampMatch(p string) []int {
	if !mayBeMachineStamp(p) {
		return nil
	}
	return machineStampRe.FindStringSubmatchIndex(p)
}
