package timex

import (
	"strings"
	"time"

	"kronik/internal/calendar"
)

// tense is what a word next to a date says about its direction from the anchor.
type tense int8

const (
	tenseNone   tense = 0
	tensePast   tense = -1 // lalu, kemarin, silam, last, ago
	tenseFuture tense = 1  // depan, mendatang, next
	tenseThis   tense = 2  // ini, this
)

// daysIn is the number of days of month m of year y (the last day of the
// month before m+1, so any m normalises as time.Date's does).
func daysIn(y, m int) int {
	return calendar.Of(y, m+1, 0).Day()
}

// toDay is the calendar day of a day-granular d (normalised as time.Date
// normalises).
func toDay(d Date) calendar.Date { return calendar.Of(d.Year, d.Month, d.Day) }

// fromDay is the Date of calendar day c.
func fromDay(c calendar.Date) Date { return Date{c.Year(), c.Month(), c.Day()} }

// compare orders dates by their first instant; a coarser date sorts before a
// finer one that it contains.
func compare(a, b Date) int {
	ka := a.Year*10000 + a.Month*100 + a.Day
	kb := b.Year*10000 + b.Month*100 + b.Day
	switch {
	case ka < kb:
		return -1
	case ka > kb:
		return 1
	}
	return 0
}

// validDay reports whether y-m-d is a real calendar day.
func validDay(y, m, d int) bool {
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// anchorDay is the anchor as a day when it has one.
func (s *scanner) anchorDay() (calendar.Date, bool) {
	if s.anchor.Day == 0 {
		return calendar.Date{}, false
	}
	return toDay(s.anchor), true
}

// inferDay gives a day and month without a year the year that puts it nearest
// the anchor (see the package comment for the bias and the tense words). wd,
// when not -1, is the weekday the text pairs with the day: a year whose
// calendar agrees is preferred.
func (s *scanner) inferDay(m, d int, t tense, wd time.Weekday, hasWD bool) Date {
	if s.anchor.IsZero() || m < 1 || m > 12 || d < 1 || d > 31 {
		return Date{}
	}
	if t == tenseNone && s.futureContext(s.cur) {
		t = tenseFuture
	}
	if s.anchor.Month == 0 {
		if validDay(s.anchor.Year, m, d) {
			return Date{s.anchor.Year, m, d}
		}
		return Date{}
	}
	ad := s.anchor.Day
	if ad == 0 {
		ad = 15
	}
	at := calendar.Of(s.anchor.Year, s.anchor.Month, ad)
	best, bestScore, bestWD := Date{}, 1<<30, false
	for y := s.anchor.Year - 1; y <= s.anchor.Year+1; y++ {
		if !validDay(y, m, d) {
			continue
		}
		c := Date{y, m, d}
		diff := toDay(c).Sub(at)
		if (t == tensePast && diff > 0) || (t == tenseFuture && diff < 0) {
			continue
		}
		score := -diff
		if diff > 0 {
			score = 2 * diff
		}
		agree := hasWD && toDay(c).Weekday() == wd
		if (agree && !bestWD) || (agree == bestWD && score < bestScore) {
			best, bestScore, bestWD = c, score, agree
		}
	}
	return best
}

// inferMonth gives a month without a year the year that puts it nearest the
// anchor, like inferDay at month granularity.
func (s *scanner) inferMonth(m int, t tense) Date {
	if s.anchor.IsZero() || m < 1 || m > 12 {
		return Date{}
	}
	if t == tenseNone && s.futureContext(s.cur) {
		t = tenseFuture
	}
	if s.anchor.Month == 0 {
		return Date{s.anchor.Year, m, 0}
	}
	a := s.anchor.Year*12 + s.anchor.Month - 1
	best, bestScore := Date{}, 1<<30
	for y := s.anchor.Year - 1; y <= s.anchor.Year+1; y++ {
		diff := y*12 + m - 1 - a
		if (t == tensePast && diff > 0) || (t == tenseFuture && diff < 0) {
			continue
		}
		if t == tenseThis && y != s.anchor.Year {
			continue
		}
		score := -diff
		if diff > 0 {
			score = 2 * diff
		}
		if score < bestScore {
			best, bestScore = Date{y, m, 0}, score
		}
	}
	return best
}

// weekdayNear resolves a bare weekday against the anchor day: tenseNone is the
// most recent such day on or before the anchor, tensePast strictly before,
// tenseFuture strictly after, tenseThis the one in the anchor's Monday-based week.
func (s *scanner) weekdayNear(wd time.Weekday, t tense) Date {
	at, ok := s.anchorDay()
	if !ok {
		return Date{}
	}
	back := (int(at.Weekday()) - int(wd) + 7) % 7
	if t == tenseNone && s.futureContext(s.cur) {
		// "akan bertemu Selasa": the Tuesday on or after the anchor.
		return onOrAfter(at, wd)
	}
	switch t {
	case tensePast:
		if back == 0 {
			back = 7
		}
		return fromDay(at.AddDays(-back))
	case tenseFuture:
		fwd := (int(wd) - int(at.Weekday()) + 7) % 7
		if fwd == 0 {
			fwd = 7
		}
		return fromDay(at.AddDays(fwd))
	case tenseThis:
		mon := func(w time.Weekday) int { return (int(w) + 6) % 7 } // Monday = 0
		return fromDay(at.AddDays(mon(wd) - mon(at.Weekday())))
	}
	return fromDay(at.AddDays(-back))
}

// onOrAfter is the first day of weekday wd on or after at: how a bare
// weekday after a future cue reads.
func onOrAfter(at calendar.Date, wd time.Weekday) Date {
	return fromDay(at.AddDays((int(wd) - int(at.Weekday()) + 7) % 7))
}

// NextWeekday reads text, a weekday alone ("Friday", "on Friday", "pada
// Jumat", "hari Jumat"), as the first such day on or after anchor, as a
// bare weekday after a future cue reads ("will meet on Friday"); Extract
// reads it, with no cue, as the last such day on or before the anchor
// (news mostly reports the past). A caller that learns from elsewhere that
// the clause tells what is to come ("Xi flies to Moscow on Friday": the
// present of a trip is its schedule) re-reads the weekday with it. ok is
// false for any other text ("last Friday", a date) or a zero anchor.
func NextWeekday(text string, anchor Date) (Date, bool) {
	if anchor.Day == 0 || !anchor.Valid() {
		return Date{}, false
	}
	f := strings.Fields(strings.ToLower(text))
	for len(f) > 1 && bareWeekdayOpeners[f[0]] {
		f = f[1:]
	}
	if len(f) != 1 {
		return Date{}, false
	}
	ww, ok := weekdays[f[0]]
	if !ok || ww.abbr {
		return Date{}, false
	}
	return onOrAfter(toDay(anchor), ww.wd), true
}

// shift moves the anchor by n units (negative: into the past) and returns the
// result at the unit's granularity: a year for years and longer, a month for
// months and weeks (see the package comment), a day for days and shorter.
func (s *scanner) shift(n int, u unit) Date { return shiftFrom(s.anchor, n, u) }

// shiftFrom moves a by n units, as shift does for the anchor.
func shiftFrom(a Date, n int, u unit) Date {
	if a.IsZero() {
		return Date{}
	}
	switch u {
	case uYear:
		return Date{a.Year + n, 0, 0}
	case uDecade:
		return Date{a.Year + 10*n, 0, 0}
	case uCentury:
		return Date{a.Year + 100*n, 0, 0}
	case uMonth:
		if a.Month == 0 {
			return Date{}
		}
		k := a.Year*12 + a.Month - 1 + n
		return Date{k / 12, k%12 + 1, 0}
	case uWeek:
		if a.Month == 0 {
			return Date{}
		}
		if a.Day == 0 {
			if n == 0 {
				return Date{a.Year, a.Month, 0}
			}
			return Date{}
		}
		d := fromDay(toDay(a).AddDays(7 * n))
		return Date{d.Year, d.Month, 0}
	case uDay, uHour, uMinute:
		if a.Day == 0 {
			return Date{}
		}
		if u != uDay {
			return a
		}
		return fromDay(toDay(a).AddDays(n))
	}
	return Date{}
}
