package calendar

// Range is the days from First to Last, both included.
type Range struct{ First, Last Date }

// RangeOf returns the days a record's date with an optional end can mean:
// from the date's first day to the end's last day, or to the date's own last
// day when the end is empty, not a date, or ends before the date begins.
// False when date is not a date.
func RangeOf(date, end string) (Range, bool) {
	d, ok := Parse(date)
	if !ok {
		return Range{}, false
	}
	r := Range{First: d.First(), Last: d.Last()}
	if end != "" {
		if e, ok := Parse(end); ok && e.Last().Compare(r.First) >= 0 {
			r.Last = e.Last()
		}
	}
	return r, true
}

// Meets reports whether r and o share a day once each is widened by slack
// days after its last.
func (r Range) Meets(o Range, slack int) bool {
	return r.Last.AddDays(slack).Compare(o.First) >= 0 && o.Last.AddDays(slack).Compare(r.First) >= 0
}

// Compatible reports whether two record dates (each with an optional range
// end) can be the same event's, allowing slack days on either side. A
// missing or unreadable date is compatible with anything: it says nothing
// against the other.
func Compatible(a, aEnd, b, bEnd string, slack int) bool {
	ra, ok1 := RangeOf(a, aEnd)
	rb, ok2 := RangeOf(b, bEnd)
	if !ok1 || !ok2 {
		return true
	}
	return ra.Meets(rb, slack)
}
