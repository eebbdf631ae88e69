package article

import (
	"kronik/internal/calendar"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// This file is a small parser for the date stamps that news pages carry
// ("Jumat, 05 Juli 2024 14:29", "Senin, 16 Juni 2025 | 10:15 WIB", "June 19,
// 2025", "2025-06-17T08:00:00+07:00", "17/06/2025"). It only reads stamps that
// are dates as a whole; dates inside running text are timex's business and are
// never taken as publication dates here.

// months maps Indonesian and English month names and their usual
// abbreviations (with the Indonesian "Agt", "Ags", "Agu" for Agustus and "Des"
// for Desember) to month numbers.
var months = map[string]int{
	"januari": 1, "january": 1, "jan": 1,
	"februari": 2, "february": 2, "pebruari": 2, "feb": 2, "peb": 2,
	"maret": 3, "march": 3, "mar": 3,
	"april": 4, "apr": 4,
	"mei": 5, "may": 5,
	"juni": 6, "june": 6, "jun": 6,
	"juli": 7, "july": 7, "jul": 7,
	"agustus": 8, "august": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8,
	"september": 9, "sept": 9, "sep": 9,
	"oktober": 10, "october": 10, "okt": 10, "oct": 10,
	"november": 11, "nopember": 11, "nov": 11, "nop": 11,
	"desember": 12, "december": 12, "des": 12, "dec": 12,
}

// weekdays are Indonesian and English day names (and English abbreviations)
// that open stamps such as "Senin, 16 Juni 2025" or "Tue, 17 Jun 2025".
var weekdays = []string{
	"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "jum’at", "sabtu", "minggu", "ahad",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
}

// stampLabels are words that introduce a publication stamp ("Diterbitkan:
// ...", "Published on ..."). Update labels ("Diperbarui", "Updated") are left
// out on purpose: an update time is not the publication date.
var stampLabels = []string{
	"diterbitkan pada", "diterbitkan", "dipublikasikan pada", "dipublikasikan", "diposting pada", "diposting",
	"terbit", "tanggal", "published on", "published", "posted on", "posted", "date", "dated",
	"diunggah pada", "diunggah", "dimuat pada", "dimuat", "uploaded on", "uploaded",
}

// alternation builds a regexp alternation with longer words first, so that
// "juni" wins over "jun" (RE2 alternation is leftmost-first).
func alternation(words []string) string {
	w := append([]string(nil), words...)
	sort.Slice(w, func(i, j int) bool { return len(w[i]) > len(w[j]) })
	for i := range w {
		w[i] = regexp.QuoteMeta(w[i])
	}
	return strings.Join(w, "|")
}

// datePatterns are the compiled stamp expressions, built once.
type datePatterns struct {
	dmy, mdy, my, iso, num *regexp.Regexp // a bare date of each shape, anchored
	stamp                  *regexp.Regexp // a whole stamp: label, weekday, date, time, zone
	ledeDate               *regexp.Regexp // a dated lede: "June 19, 2025 -- ..."
}

var patterns = sync.OnceValue(func() *datePatterns {
	var names []string
	for k := range months {
		names = append(names, k)
	}
	month := `(` + alternation(names) + `)\.?`     // captures the name
	monthNC := `(?:` + alternation(names) + `)\.?` // for the unanchored stamp
	weekday := `(?:` + alternation(weekdays) + `)`
	label := `(?:(?:` + alternation(stampLabels) + `)\s*:?\s*)?`
	// A date in any of the shapes below, unanchored and without groups.
	date := `(?:\d{1,2}(?:st|nd|rd|th)?\s+` + monthNC + `,?\s+\d{4}` + // 16 Juni 2025, 3rd November, 2026
		`|` + monthNC + `\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}` + // June 19, 2025
		`|\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?` + // ISO 8601
		`|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})` // 17/06/2025
	// The time of day after a date, with Indonesian zones (WIB, WITA, WIT) and
	// numeric offsets: "14:29", "| 10:15 WIB", "pukul 10.15 WIB", "10:00:00 +0700".
	clock := `(?:\s*(?:,|\||•|·|-|–|/)?\s*(?:pukul|jam|at)?\s*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:WIB|WITA|WIT|GMT|UTC|[AaPp]\.?[Mm]\.?)?(?:\s*(?:ET|EST|EDT|CT|PT|PST|PDT|BST|CET|CEST|JST|KST|SGT|MYT|HKT))?(?:\s*\(?(?:GMT|UTC)?\s*[+-]\d{1,2}(?::?\d{2})?\)?)?)?`
	// The time of day before the date: "6:12 pm on 11 November 2026".
	timeFirst := `(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*,?\s*(?:on\s+)?)?`
	return &datePatterns{
		dmy:      regexp.MustCompile(`(?i)^(\d{1,2})(?:st|nd|rd|th)?\s+` + month + `,?\s+(\d{4})$`),
		mdy:      regexp.MustCompile(`(?i)^` + month + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`),
		my:       regexp.MustCompile(`(?i)^` + month + `\s+(\d{4})$`),
		iso:      regexp.MustCompile(`^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ].*)?$`),
		num:      regexp.MustCompile(`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$`),
		stamp:    regexp.MustCompile(`(?i)^\s*` + label + timeFirst + `(?:` + weekday + `\s*,?\s*)?(` + date + `)` + clock + `\s*$`),
		ledeDate: regexp.MustCompile(`(?i)^\s*(?:` + weekday + `\s*,?\s*)?(` + date + `)` + clock + `\s*(?:--|[-–—])\s*`),
	}
})

// parseStamp reads s when it is, as a whole, a date stamp (optional label,
// weekday, full date, time of day and zone), and returns it as YYYY-MM-DD.
func parseStamp(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) > 100 || s == "" || !hasYear(s) {
		return "", false
	}
	if mayEndStamp(s) {
		if m := patterns().stamp.FindStringSubmatch(s); m != nil {
			return parseDate(m[1])
		}
	}
	// "October 29, 2026 5:02 PM GMT+7 Updated 2 hours ago": a stamp
	// followed by when it was last updated, often relative; the first
	// date is the publication's.
	if m := updateLabelRe.FindStringIndex(s); m != nil && m[0] > 0 {
		return parseStamp(s[:m[0]])
	}
	return "", false
}

// updateLabelRe finds an update label after a stamp: " Updated ",
// " Updated: ", " diperbarui ".
var updateLabelRe = regexp.MustCompile(`(?i)\s(?:updated|diperbarui)(?:\s|:)`)

// hasYear reports whether s holds four digits in a row: every date shape a
// stamp can have names its year, and most top lines (headlines, bylines)
// have none, so the stamp expression is not tried on them.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// normalizeDate reads a date given as metadata (a JSON-lines "published"
// field, a <meta> tag): a stamp, or a bare date that may be partial ("Juni
// 2025", "2025-06", "2025"). It returns "YYYY-MM-DD", "YYYY-MM" or "YYYY".
func normalizeDate(s string) (string, bool) {
	if d, ok := parseStamp(s); ok {
		return d, true
	}
	return parseDate(s)
}

// parseDate reads a bare date in one of the shapes the stamp patterns know.
func parseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	p := patterns()
	if m := p.dmy.FindStringSubmatch(s); m != nil {
		return ymd(m[3], months[strings.ToLower(m[2])], m[1])
	}
	if m := p.mdy.FindStringSubmatch(s); m != nil {
		return ymd(m[3], months[strings.ToLower(m[1])], m[2])
	}
	if m := p.my.FindStringSubmatch(s); m != nil {
		y, err := strconv.Atoi(m[2])
		if err != nil || y < 1900 || y > 2200 {
			return "", false
		}
		return m[2] + "-" + twoDigits(months[strings.ToLower(m[1])]), true
	}
	if m := p.iso.FindStringSubmatch(s); m != nil {
		mo, _ := strconv.Atoi(m[2])
		if m[3] == "" {
			y, _ := strconv.Atoi(m[1])
			if mo < 1 || mo > 12 || y < 1900 || y > 2200 {
				return "", false
			}
			return m[1] + "-" + twoDigits(mo), true
		}
		return ymd(m[1], mo, m[3])
	}
	if m := p.num.FindStringSubmatch(s); m != nil {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		// Indonesian and most non-US sources write day/month/year; read
		// month/day/year only when the second number cannot be a month.
		if b > 12 && a <= 12 {
			a, b = b, a
		}
		return ymd(m[3], b, strconv.Itoa(a))
	}
	if len(s) == 4 {
		if y, err := strconv.Atoi(s); err == nil && y >= 1900 && y <= 2200 {
			return s, true
		}
	}
	return "", false
}

// ymd validates and formats a calendar date.
func ymd(year string, month int, day string) (string, bool) {
	y, err1 := strconv.Atoi(year)
	d, err2 := strconv.Atoi(day)
	if err1 != nil || err2 != nil || y < 1900 || y > 2200 || month < 1 || month > 12 || d < 1 {
		return "", false
	}
	t := calendar.Of(y, month, d)
	if t.Day() != d {
		return "", false // a day the month does not have, normalised into the next
	}
	return t.String(), true
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// ledeDate reads a dated lede ("June 19, 2025 -- ...", "Senin, 16 Juni 2025 -
// ...") and returns the date and the length of the stamp with its dash.
func ledeDate(p string) (string, int, bool) {
	if !mayOpenWithDate(p) {
		return "", 0, false
	}
	m := patterns().ledeDate.FindStringSubmatchIndex(p)
	if m == nil {
		return "", 0, false
	}
	d, ok := parseDate(p[m[2]:m[3]])
	if !ok {
		return "", 0, false
	}
	return d, m[1], true
}

// weekdayParenRe matches the Indonesian dateline date "Senin (16/6)" or
// "Senin (16/6/2025)": a day name and day/month[/year] in parentheses.
var weekdayParenRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(?:` + alternation(weekdays) + `)\s*\((\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?\)$`)
})

// weekdayParen reads "Senin (16/6/2025)" (ok, with the date) and "Senin
// (16/6)" (ok, no date: the year is not given).
func weekdayParen(s string) (string, bool) {
	m := weekdayParenRe().FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return "", false
	}
	d, _ := slashDate(m[1], m[2], m[3])
	return d, true // the form of a dateline date, even without a year or valid day
}

// dayMonthRe matches a bare day/month[/year], the date Indonesian datelines
// put in parentheses ("Bandung (16/6) -").
var dayMonthRe = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?$`)

// dayMonth reads "16/6/2025" as its date and "16/6" as its month and day
// ("06-16"); ok when s has the form and names a real day.
func dayMonth(s string) (date, monthDay string, ok bool) {
	m := dayMonthRe.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return "", "", false
	}
	if m[3] != "" {
		d, ok := slashDate(m[1], m[2], m[3])
		return d, "", ok
	}
	// no year: a day of any year (leap, for 29 February)
	if _, ok := ymd("2024", atoi(m[2]), m[1]); !ok {
		return "", "", false
	}
	return "", twoDigits(atoi(m[2])) + "-" + twoDigits(atoi(m[1])), true
}

// slashDate is the date of day/month/year as written in a slashed date (a
// two-digit year is of this century); "" when a part is missing or the day
// does not exist.
func slashDate(day, month, year string) (string, bool) {
	if year == "" {
		return "", false
	}
	if len(year) == 2 {
		year = "20" + year
	}
	mo, _ := strconv.Atoi(month)
	return ymd(year, mo, day)
}
