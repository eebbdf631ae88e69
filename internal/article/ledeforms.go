package article

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// This file holds the lede shapes that ParseLede's main expressions leave
// out: an agency lede dated instead of closed by a dash, a place with a
// month and day before a colon, and a place closed by a full stop.

type ledeVariants struct {
	parenDated, parenColon, dotPlace, bracket, masthead, slashOutlet, parenLoose *regexp.Regexp
}

var ledeVariantRes = sync.OnceValue(func() *ledeVariants {
	return &ledeVariants{
		// "Hanoi, Vietnam (AFP) March 16, 2026": a wire story's
		// dateline set on a line of its own, the date after the agency.
		parenDated: regexp.MustCompile(`^\s*([^()\n]{1,60}?)\s*\(([^()\n]{1,40})\)\s*([^()\n]{6,40}?)\s*$`),
		// "KUCHING (Mar 4): ": a place and the month and day in
		// parentheses, closed by a colon (the style of Malaysian papers).
		parenColon: regexp.MustCompile(`^\s*([^,()\n:]{1,40}?)\s*\(([^()\n]{3,20})\)\s*:\s+`),
		// "Mumbai [India], March 4 : ...": a place, its country in
		// brackets and the month and day before a colon (Indian wires).
		// "New Delhi [India], October 22 (ANI): ..." names the agency.
		bracket: regexp.MustCompile(`^\s*([^,\[\]()\n:]{1,40}?)\s*\[([^\]\n]{1,40})\]\s*,\s*([^:()\n]{3,20}?)\s*(?:\(([^()\n]{1,20})\))?\s*:\s+`),
		// "MOSCOW, September 15. /TASS/. ...": place, month and day, and
		// the agency between slashes (the Russian agencies' style).
		slashOutlet: regexp.MustCompile(`^\s*([^,/\n]{1,40}?)\s*,\s*([^./\n]{3,20}?)\.?\s*/([^/\n]{2,20})/\.?\s+`),
		// A masthead run into the lede: the publication's name and the
		// issue's date, parted by a comma, bar, bullet or spaced dash (the
		// separators of stamp lines, outletStampRe), and closed by a full
		// stop, bar, bullet or dash before the dateline: "Warta Daily,
		// Kamis, (5 Maret 2026). BANDUNG - ...", "The Example Herald |
		// Monday, June 16, 2025 | NAIROBI — ...". A dot inside the name
		// belongs to a web address ("Warta.id"): a letter or digit follows it.
		masthead: regexp.MustCompile(`^\s*((?:[^,()\n|•.]|\.[\pL\pN]){2,40}?)(?:\s*,|\s+[|•–—-])\s*([^\n|•]{6,50}?)\s*(?:[.|•]|` + dash + `)\s+`),
		// "NEW DELHI, Jun 17 (PTI) The ...", "ISLAMABAD, June 17 (APP):
		// ...": a known agency's lede closed by a colon or by nothing
		// (South Asian wires).
		parenLoose: regexp.MustCompile(`^\s*([^()\n]{1,60}?)\s*\(([^()\n]{1,20})\)\s*:?\s+(\p{Lu})`),
		// "Surabaya. The port handled ...": a place closed by a full stop.
		dotPlace: regexp.MustCompile(`^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})\.\s+\p{Lu}`),
	}
})

// parenVariant reads the agency ledes that do not close with a dash: a
// dated one on its own line ("Hanoi, Vietnam (AFP) March 16, 2026") and a
// place with its month and day before a colon ("KUCHING (Mar 4): ...").
func parenVariant(p string) (Lede, bool) {
	if len(p) > 4096 {
		return Lede{}, false
	}
	re := ledeVariantRes()
	if m := matchIndex(re.bracket, p, mayBeBracketLede); m != nil {
		if md, ok := monthDayOf(p[m[6]:m[7]]); ok {
			if pl, ok := asPlace(p[m[2]:m[3]]); ok {
				l := Lede{Place: pl, MonthDay: md, Len: m[1]}
				if m[8] >= 0 && agencyName(p[m[8]:m[9]]) {
					l.Outlet = normOutlet(p[m[8]:m[9]])
				}
				return l, true
			}
		}
	}
	if m := matchIndex(re.slashOutlet, p, mayBeSlashLede); m != nil && (isOutlet(p[m[6]:m[7]]) || agencyName(p[m[6]:m[7]])) {
		if md, ok := monthDayOf(p[m[4]:m[5]]); ok {
			if pl, ok := asPlace(p[m[2]:m[3]]); ok {
				return Lede{Place: pl, Outlet: normOutlet(p[m[6]:m[7]]), MonthDay: md, Len: m[1]}, true
			}
		}
	}
	if m := matchIndex(re.masthead, p, mayBeMastheadLede); m != nil && looksLikeName(p[m[2]:m[3]]) && titleSet(p[m[2]:m[3]]) {
		stamp := strings.NewReplacer("(", "", ")", "").Replace(p[m[4]:m[5]])
		if d, ok := parseStamp(stamp); ok {
			if l := ParseLede(p[m[1]:]); l.Place != "" && l.Outlet == "" && l.Date == "" {
				l.Date, l.Len = d, m[1]+l.Len
				if name := strings.TrimSpace(p[m[2]:m[3]]); isOutlet(name) {
					l.Outlet = normOutlet(name)
				}
				return l, true
			}
		}
	}
	if !strings.Contains(p, "(") {
		return Lede{}, false
	}
	if m := re.parenLoose.FindStringSubmatchIndex(p); m != nil {
		agency := strings.TrimSpace(p[m[4]:m[5]])
		place, rest, _ := strings.Cut(p[m[2]:m[3]], ",")
		pl, isPlace := asPlace(place)
		if isPlace && (isUpperWord(place) || knownPlace(place)) {
			l := Lede{Place: pl, Outlet: agency, Len: m[6]} // the story starts at the capital
			if d, ok := parseStamp(rest); ok {
				l.Date = d
			} else if md, ok := monthDayOf(rest); ok {
				l.MonthDay = md
			}
			// Undated, "PLACE (Name) Text" is as often a name and its
			// gloss: the agency must be one kronik knows. Dated ("KABUL,
			// June 17 (Example Wire): ..."), the shape is a wire's
			// dateline whoever the agency is.
			dated := l.Date != "" || l.MonthDay != ""
			known := knownOutlet(agency) || kbOutlet(agency)
			if known && (dated || strings.TrimSpace(rest) == "") || dated && wireName(agency) {
				return l, true
			}
		}
	}
	if m := re.parenDated.FindStringSubmatch(p); m != nil && isOutlet(m[2]) {
		place, _, _ := strings.Cut(m[1], ",")
		if pl, ok := asPlace(place); ok {
			if d, ok := parseStamp(m[3]); ok {
				return Lede{Place: pl, Outlet: normOutlet(m[2]), Date: d, Len: len(p)}, true
			}
		}
	}
	if m := re.parenColon.FindStringSubmatchIndex(p); m != nil {
		part := p[m[2]:m[3]]
		if _, isMD := monthDayOf(p[m[4]:m[5]]); isMD {
			if pl, ok := asPlace(part); ok && (isUpperWord(part) || knownPlace(part)) {
				return Lede{Place: pl, Len: m[1]}, true
			}
		}
	}
	return Lede{}, false
}

// monthDayOf reads a month and a day without a year ("Nov 10", "10
// November", "Sept. 2") as "MM-DD".
func monthDayOf(s string) (string, bool) {
	f := strings.Fields(strings.ToLower(strings.TrimSpace(s)))
	if len(f) != 2 {
		return "", false
	}
	day, name := f[0], f[1]
	if _, ok := months[strings.TrimSuffix(day, ".")]; ok {
		day, name = f[1], f[0]
	}
	mo, ok := months[strings.TrimSuffix(name, ".")]
	if !ok || utf8.RuneCountInString(day) > 2 {
		return "", false
	}
	d, err := strconv.Atoi(day)
	if err != nil || d < 1 || d > 31 || mo == 2 && d > 29 {
		return "", false
	}
	return twoDigits(mo) + "-" + twoDigits(d), true
}

// knownRegion reports whether s is a country or a region the knowledge base
// knows ("Malaysia", "Jawa Barat") or a US state ("California", "Calif."),
// as the second part of a dateline.
func knownRegion(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || !unicode.IsUpper(firstRune(s)) {
		return false
	}
	return usStates[strings.ToLower(s)] || knownPlace(s)
}

// usStates are the US states by name and AP dateline abbreviation:
// American datelines name the state after the town ("PORTLAND, Ore.
// (AP) —", "Austin, Texas -"), and the knowledge base lists
// countries, cities and Indonesian and Chinese provinces, not US states.
var usStates = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range strings.Split("alabama|ala.|alaska|arizona|ariz.|arkansas|ark.|california|calif.|colorado|colo.|connecticut|conn.|delaware|del.|florida|fla.|georgia|ga.|hawaii|idaho|illinois|ill.|indiana|ind.|iowa|kansas|kan.|kentucky|ky.|louisiana|la.|maine|maryland|md.|massachusetts|mass.|michigan|mich.|minnesota|minn.|mississippi|miss.|missouri|mo.|montana|mont.|nebraska|neb.|nevada|nev.|new hampshire|n.h.|new jersey|n.j.|new mexico|n.m.|new york|n.y.|north carolina|n.c.|north dakota|n.d.|ohio|oklahoma|okla.|oregon|ore.|pennsylvania|pa.|rhode island|r.i.|south carolina|s.c.|south dakota|s.d.|tennessee|tenn.|texas|utah|vermont|vt.|virginia|va.|washington|wash.|west virginia|w.va.|wisconsin|wis.|wyoming|wyo.|d.c.", "|") {
		m[s] = true
	}
	return m
}()

// dotLede reads a place closed by a full stop at the start of a story's
// first paragraph ("Surabaya. The port handled ..."). A sentence of one word is
// rare in news prose, but the place must be one the knowledge base knows,
// and the caller tries it only on the first paragraph of the story.
func dotLede(p string) Lede {
	m := ledeVariantRes().dotPlace.FindStringSubmatchIndex(p)
	if m == nil {
		return Lede{}
	}
	part := p[m[2]:m[3]]
	pl, ok := asPlace(part)
	if !ok || !knownPlace(part) {
		return Lede{}
	}
	return Lede{Place: pl, Len: m[3] + 1 + len(p[m[3]+1:]) - len(strings.TrimLeft(p[m[3]+1:], " "))}
}

// wireName reports whether s, in parentheses after a dated dateline, can
// name the agency: an agencyName, or one to three capitalised words
// ("Pajhwok", "Example Wire") that are not a day, a place or a person.
func wireName(s string) bool {
	if agencyName(s) {
		return true
	}
	s = strings.TrimSpace(s)
	if n := len(strings.Fields(s)); n == 0 || n > 3 || !looksLikeName(s) || !titleSet(s) || !unicode.IsUpper(firstRune(s)) || isWeekday(s) {
		return false
	}
	place, country, person, _ := kbKinds(s)
	return !place && !country && !person
}

// agencyName reports whether s, set in parentheses or slashes after a
// dateline, names an agency: an outlet, or a short name in capitals ("ANI",
// "QNA"), as the agency lede expression takes it.
func agencyName(s string) bool {
	s = strings.TrimSpace(s)
	return isOutlet(s) || looksLikeName(s) && isUpperWord(s) && len(s) <= 12
}

// colonPair reads the comma pair of an outlet and a place closed by a colon
// instead of a dash ("Warta.com, Jakarta: ...", "Jakarta, Warta Online:
// ..."), as outlets that close a lone place with a colon write it: one part
// an outlet (pair), the story after the colon opening with a capital.
func colonPair(p string) (Lede, bool) {
	i := strings.IndexAny(p, ",:()\n")
	if i <= 0 || p[i] != ',' {
		return Lede{}, false
	}
	j := strings.IndexAny(p[i+1:], ",:()\n")
	if j <= 0 || p[i+1+j] != ':' || i > 40 || j > 41 {
		return Lede{}, false
	}
	rest := p[i+1+j+1:]
	story := strings.TrimLeft(rest, " ")
	if len(story) == len(rest) || !unicode.IsUpper(firstRune(story)) {
		return Lede{}, false
	}
	l, ok := pair(p[:i], p[i+1:i+1+j], false)
	if !ok {
		return Lede{}, false
	}
	l.Len = len(p) - len(story)
	return l, true
}
