package cluster

import (
	"kronik/internal/calendar"
	"kronik/internal/record"
)

// Span is the days a cluster's mentions all allow: the intersection of their
// dates, a date given to the day with its last day moved later by its mode's
// slack (so that the eve and the day of a summit overlap, as Same allows).
// A month or a year gets no slack: it already covers its days, and with
// slack March and April would overlap. Same compares two mentions;
// a cluster's span keeps reports that each match one member but not each
// other (a year-dated report between a March and an April summit, summits
// in adjacent months one day of slack apart) from chaining into one event.
// Lo and Hi are YYYY-MM-DD; an empty Lo is an undated span, which allows
// every day.
type Span struct {
	Lo, Hi string
}

// SpanOf returns the days an event's date allows (see Span).
func SpanOf(ev *record.Event) Span {
	r, ok := calendar.RangeOf(deref(ev.Date), deref(ev.DateEnd))
	if !ok {
		return Span{}
	}
	if len(deref(ev.Date)) == len(day) && (deref(ev.DateEnd) == "" || len(deref(ev.DateEnd)) == len(day)) {
		r.Last = r.Last.AddDays(slack(ev.Mode))
	}
	return Span{Lo: r.First.String(), Hi: r.Last.String()}
}

const day = "2006-01-02"

// Meet returns the days both spans allow, and false when there are none.
func (s Span) Meet(o Span) (Span, bool) {
	if s.Lo == "" {
		return o, true
	}
	if o.Lo == "" {
		return s, true
	}
	out := s
	if o.Lo > out.Lo {
		out.Lo = o.Lo
	}
	if o.Hi < out.Hi {
		out.Hi = o.Hi
	}
	return out, out.Lo <= out.Hi
}

// Bounds returns the first and last day an event's date can mean as
// YYYY-MM-DD strings ("2025-06" is 2025-06-01 to 2025-06-31: a month's last
// day is written 31 whatever its length, which compares correctly as a
// string), or "" for an undated event. A store files an event's blocking
// keys under these bounds.
func Bounds(date, end string) (lo, hi string) {
	if date == "" {
		return "", ""
	}
	lo = date
	switch len(date) {
	case 4:
		lo += "-01-01"
	case 7:
		lo += "-01"
	}
	if _, ok := calendar.Parse(end); !ok {
		end = date // no end, or one that is not a date (SpanOf ignores it too)
	}
	hi = end
	switch len(end) {
	case 4:
		hi += "-12-31"
	case 7:
		hi += "-31"
	}
	return lo, hi
}

// ShiftDay moves a YYYY-MM-DD string by days. A month end written as -31 in
// a shorter month (Bounds) does not parse: moved later it becomes a day
// past any of that month, moved earlier it is returned unchanged.
func ShiftDay(d string, days int) string {
	t, ok := calendar.ParseDay(d)
	if !ok {
		if len(d) == 10 && days > 0 {
			return d[:8] + "99" // past any day of that month
		}
		return d
	}
	return t.AddDays(days).String()
}

// Span classes of an event's bounds: a store looks up candidates with one
// range scan per class over their first day, each reaching back only as far
// as the events of its class can start and still overlap.
const (
	// ShortSpan is the longest span, in days past its first, of the short
	// class (dated to a day, or a few days).
	ShortSpan = 3
	// LongSpan is the longest of the medium class (a month).
	LongSpan = 35
	// MaxSpan is the longest span of an event that clustering considers: a
	// year-dated event spans 365 days; a longer "date" is not one event's.
	MaxSpan = 400
)

// SpanClass sorts an event by how long its bounds are: 0 for up to
// ShortSpan days (dated to a day), 1 for up to LongSpan (a month), 2 for
// longer (a year).
func SpanClass(lo, hi string) int {
	switch {
	case hi > ShiftDay(lo, LongSpan):
		return 2
	case hi > ShiftDay(lo, ShortSpan):
		return 1
	}
	return 0
}

// windowSlack is how many days beyond its own bounds a new event's
// candidates may lie: the largest slack of any mode, so that no pair Same
// accepts falls outside the window.
const windowSlack = 2

// Window is the range of stored events a new event with bounds lo..hi must
// be compared with: those whose bounds overlap From..To, that is whose last
// day is at least From and whose first day is at most To and at least
// Start[c] for their span class c (SpanClass).
type Window struct {
	From, To string
	Start    [3]string
}

// WindowOf returns the candidate window of an event with bounds lo..hi.
func WindowOf(lo, hi string) Window {
	return Window{
		From: ShiftDay(lo, -windowSlack),
		To:   ShiftDay(hi, windowSlack),
		Start: [3]string{ShiftDay(lo, -windowSlack-ShortSpan), ShiftDay(lo, -windowSlack-LongSpan),
			ShiftDay(lo, -MaxSpan)},
	}
}

// Contains reports whether a stored event with bounds lo..hi lies in the
// window.
func (w Window) Contains(lo, hi string) bool {
	return lo != "" && hi >= w.From && lo <= w.To && lo >= w.Start[SpanClass(lo, hi)]
}
