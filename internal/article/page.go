package article

import (
	"cmp"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"kronik/internal/kb"
)

// This file reads what a page's address says: the date many sites put in
// their paths, and the site, by which the outlet a text names is recognised
// as its publisher.

var (
	// "/2024/11/12/", "/2024/11/12" at the end: year, month and day as
	// path segments; "/2024/11/" alone gives the month.
	urlPathDateRe = regexp.MustCompile(`/((?:19|20)\d{2})/(\d{1,2})(?:/(\d{1,2}))?(?:/|$)`)
	// "/2024/0902/": the year, then month and day run together.
	urlYearMMDDRe = regexp.MustCompile(`/((?:19|20)\d{2})/(\d{2})(\d{2})(?:/|$)`)
	// "/20220915/", "-20221115-", "_20240102.html": eight digits set apart
	// from other digits.
	urlCompactDateRe = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)\d{2})(\d{2})(\d{2})(?:[^0-9]|$)`)
	// "/2024-11-12/", "-2024-11-12-".
	urlISODateRe = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[^0-9]|$)`)
)

// urlDate returns the date the page address u carries in its path, as
// "YYYY-MM-DD" (or "YYYY-MM" for a "/2024/11/" path), "" when it carries
// none. Only the path is read: a query's numbers are ids and counters more
// often than dates.
func urlDate(u string) string {
	pu, err := url.Parse(strings.TrimSpace(u))
	if err != nil || pu.Path == "" {
		return ""
	}
	p := pu.Path
	if m := urlPathDateRe.FindStringSubmatch(p); m != nil {
		mo, _ := strconv.Atoi(m[2])
		if m[3] == "" {
			if mo >= 1 && mo <= 12 {
				return m[1] + "-" + twoDigits(mo)
			}
		} else if d, ok := ymd(m[1], mo, m[3]); ok {
			return d
		}
	}
	for _, re := range []*regexp.Regexp{urlYearMMDDRe, urlISODateRe, urlCompactDateRe} {
		for _, m := range re.FindAllStringSubmatch(p, -1) {
			mo, _ := strconv.Atoi(m[2])
			if d, ok := ymd(m[1], mo, m[3]); ok {
				return d
			}
		}
	}
	return ""
}

// siteOutlet returns the outlet that text names when it is the page's own
// site ("Sputnik" on sputniknews.com, "WARTAKITA" on wartakita.co.id, "The
// Daily Example" on thedailyexample.com), "" when the text does not name it. A
// page's site alone names no outlet (the text may be an agency's story), so
// the site only confirms which of the names in the text is the publisher.
func siteOutlet(pageURL, text string) string {
	pu, err := url.Parse(strings.TrimSpace(pageURL))
	if err != nil || pu.Hostname() == "" {
		return ""
	}
	host := strings.ToLower(pu.Hostname())
	if k, err := kb.Load(); err == nil {
		if e := k.Site(host); e != nil {
			// A known site: the outlet under its own name when the text
			// uses any of its names.
			for _, n := range e.Names() {
				if len(n) >= 3 && !strings.Contains(n, ".") && namedIn(text, n) || strings.Contains(n, ".") && strings.Contains(strings.ToLower(text), strings.ToLower(n)) {
					return e.Name
				}
			}
			return ""
		}
	}
	// A site named after a place the knowledge base knows ("BANDUNG" on
	// bandung.go.id, the city's own site) has the place's name, not an
	// outlet's, in the text: the dateline, the city spoken of.
	if n := siteNameIn(host, text); !knownPlace(n) {
		return n
	}
	return ""
}

// govHost reports whether host is a government's ("bandung.go.id",
// "example.gov.my"), whose ledes name the place it governs.
func govHost(host string) bool {
	labels := strings.Split(strings.ToLower(host), ".")
	n := len(labels)
	return n >= 2 && (labels[n-1] == "gov" || n >= 3 && (labels[n-2] == "go" || labels[n-2] == "gov"))
}

// ownOutletLede corrects a lede whose lone part, read as a dateline place,
// is the page's own outlet: "PIKIRAN RAKYAT - ..." on pikiran-rakyat.com,
// "Suara Contoh - ..." on suaracontoh.id. Regional papers' names are
// ordinary capitalised words, no different from a place's in the lede, but
// their letters run together spell the site's address. A lede that names
// an outlet as well ("Batam (ANTARA) -") keeps its place, and so does a
// place the knowledge base knows: a city's own site ("BANDUNG - ..." on
// bandung.go.id, "SINGAPORE - ..." on a site named after the city) files
// from the city it is named after.
func ownOutletLede(a *Article, pageURL string) {
	if a.Dateline == "" || a.Lede == ([2]int{}) || pageURL == "" {
		return
	}
	pu, err := url.Parse(strings.TrimSpace(pageURL))
	if err != nil || govHost(pu.Hostname()) {
		return // a town's own government site ("SORONG - ..." on sorong.go.id)
	}
	label, _ := siteLabel(pu.Hostname())
	if len(label) < 4 || compact(a.Dateline) != label || knownPlace(a.Dateline) {
		return
	}
	// the lede read again, only for the rare dateline spelt as the site
	if ParseLede(a.Text[a.Lede[0]:a.Lede[1]]).Outlet != "" {
		return
	}
	if a.Outlet == "" {
		a.Outlet = cmp.Or(strings.TrimSpace(a.Text[a.DatelineSpan[0]:a.DatelineSpan[1]]), a.Dateline)
	}
	a.Dateline, a.DatelineSpan = "", [2]int{}
}

// siteLabel is the name a page's host registers, its letters and digits
// lower-cased: the label before the public suffix ("pikiranrakyat" for
// www.pikiran-rakyat.com, "tribunnews" for batam.tribunnews.com, "suaracontoh"
// for suaracontoh.co.id), and that label run together with the suffix
// ("suaracontohcoid"); "" when the host has none.
func siteLabel(host string) (name, full string) {
	labels := strings.Split(strings.ToLower(host), ".")
	i := len(labels) - 2 // the label before the top-level domain
	if i > 0 && secondLevel[labels[i]] {
		i-- // "co.id", "com.my", "or.id"
	}
	if i < 0 {
		return "", ""
	}
	return compact(labels[i]), compact(strings.Join(labels[i:], ""))
}

// secondLevel are the second-level domains countries register names under
// ("co.id", "com.my", "co.uk", "or.id", "go.id").
var secondLevel = map[string]bool{
	"co": true, "com": true, "or": true, "go": true, "ac": true, "net": true, "org": true,
	"web": true, "my": true, "sch": true, "gov": true, "edu": true,
}

// namedIn reports whether text holds name as whole words, capitalised as
// the name is.
func namedIn(text, name string) bool {
	return anyWordAt(text, name, func(int) bool { return true })
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// siteNameIn finds, in text, the name an unknown site's address spells:
// one to four words whose letters, run together, are the site's name with
// or without its domain ("WARTAKITA", "The Daily Example" for thedailyexample,
// "Kabarku.id"). A single word must not also occur in lower case in the text:
// then it is a common word that the site is named after.
func siteNameIn(host, text string) string {
	// the registered name, not a subdomain ("batam." of a regional
	// edition, "www.", "en.")
	name, full := siteLabel(host)
	if len(name) < 4 {
		return "" // short names ("rt", "aa") match too much by chance
	}
	words := strings.Fields(text)
	for i := range words {
		var b strings.Builder
		for n := 1; n <= 4 && i+n <= len(words); n++ {
			w := strings.TrimFunc(words[i+n-1], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			if w == "" {
				break
			}
			if n == 1 && !unicode.IsUpper(firstRune(w)) || n > 1 && (utf8.RuneCountInString(w) < 2 || !unicode.IsUpper(firstRune(w))) {
				break // a name's words are capitalised, none a lone letter
			}
			b.WriteString(compact(w))
			c := b.String()
			if c != name && c != full {
				if !strings.HasPrefix(full, c) {
					break
				}
				continue
			}
			span := strings.Join(cleanWords(words[i:i+n]), " ")
			if n == 1 && !brandWord(w) && (sentenceStart(words, i) || namedIn(text, strings.ToLower(w))) {
				// A capitalised word at the start of a sentence, or one
				// also written in lower case, is a common word that the
				// site is named after ("Inilah ...").
				return ""
			}
			return span
		}
	}
	return ""
}

// compact lower-cases w and keeps its letters and digits.
func compact(w string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(w) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// cleanWords trims the punctuation around each word but keeps inner dots
// ("Kabarku.id,") -> "Kabarku.id").
func cleanWords(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	return out
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// brandWord reports whether w is written as a brand, not as a word: in
// capitals ("WARTAKITA"), as an address ("Kabarku.id") or with an inner
// capital ("detikNews").
func brandWord(w string) bool {
	return isUpperWord(w) && len(w) > 1 || strings.Contains(w, ".") || camelRe.MatchString(w)
}

// sentenceStart reports whether words[i] opens a sentence: it is the first
// word, or the word before it closes one.
func sentenceStart(words []string, i int) bool {
	if i == 0 {
		return true
	}
	prev := words[i-1]
	return strings.ContainsAny(prev[len(prev)-1:], ".!?:\"”")
}

// withYear completes a dateline's month and day ("03-09") with the year of
// the page's date when that date falls in the same month: "BEIJING, March 9
// (Xinhua)" on a page dated 2026-03-09 in its address was published on
// 2026-03-09. "" when the two do not agree.
func withYear(monthDay, pageDate string) string {
	if monthDay == "" || len(pageDate) < 7 || pageDate[5:7] != monthDay[:2] {
		return ""
	}
	d, ok := ymd(pageDate[:4], atoi(monthDay[:2]), monthDay[3:])
	if !ok {
		return ""
	}
	return d
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
