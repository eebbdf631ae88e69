package article

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

// This file holds the lede shapes that ParseLede's main expressions leave
// out: an agency lede dated instead of closed by a dash, a place with a
// month and day before a colon, and a place closed by a full stop.

type ledeVariants struct {
	parenDated, parenColon, dotPlace *regexp.Regexp
}

var ledeVariantRes = sync.OnceValue(func() *ledeVariants {
	return &ledeVariants{
		// "Astana, Kazakhstan (AFP) June 16, 2025": a wire story's
		// dateline set on a line of its own, the date after the agency.
		parenDated: regexp.MustCompile(`^\s*([^()\n]{1,60}?)\s*\(([^()\n]{1,40})\)\s*([^()\n]{6,40}?)\s*$`),
		// "JAKARTA (Nov 10): ": a place and the month and day in
		// parentheses, closed by a colon (the style of Malaysian papers).
		parenColon: regexp.MustCompile(`^\s*([^,()\n:]{1,40}?)\s*\(([^()\n]{3,20})\)\s*:\s+`),
		// "Jakarta. Indonesia has ...": a place closed by a full stop.
		dotPlace: regexp.MustCompile(`^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})\.\s+\p{Lu}`),
	}
})

// parenVariant reads the agency ledes that do not close with a dash: a
// dated one on its own line ("Astana, Kazakhstan (AFP) June 16, 2025") and a
// place with its month and day before a colon ("JAKARTA (Nov 10): ...").
func parenVariant(p string) (Lede, bool) {
	if !strings.Contains(p, "(") || len(p) > 4096 {
		return Lede{}, false
	}
	re := ledeVariantRes()
	if m := re.parenDated.FindStringSubmatch(p); m != nil && isOutlet(m[2]) {
		place, _, _ := strings.Cut(m[1], ",")
		if pl, ok := asPlace(place); ok {
			if d, ok := parseStamp(m[3]); ok {
				return Lede{Place: pl, Outlet: normOutlet(m[2]), Date: d, Len: len(p)}, true
			}
		}
	}
	if m := re.parenColon.FindStringSubmatchIndex(p); m != nil && monthDay(p[m[4]:m[5]]) {
		part := p[m[2]:m[3]]
		if pl, ok := asPlace(part); ok && (isUpperWord(part) || knownPlace(part)) {
			return Lede{Place: pl, Len: m[1]}, true
		}
	}
	return Lede{}, false
}

// monthDay reports whether s is a month and a day without a year: "Nov 10",
// "10 November", "Sept. 2".
func monthDay(s string) bool {
	f := strings.Fields(strings.ToLower(strings.TrimSpace(s)))
	if len(f) != 2 {
		return false
	}
	day, name := f[0], f[1]
	if _, ok := months[strings.TrimSuffix(day, ".")]; ok {
		day, name = f[1], f[0]
	}
	if _, ok := months[strings.TrimSuffix(name, ".")]; !ok {
		return false
	}
	if utf8.RuneCountInString(day) > 2 {
		return false
	}
	for _, c := range day {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// dotLede reads a place closed by a full stop at the start of a story's
// first paragraph ("Jakarta. Indonesia has ..."). A sentence of one word is
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
