package event

import "time"

// parseDate is time.Parse with the layouts "2006", "2006-01" and
// "2006-01-02" (by the length of d): dates are compared and shifted for every
// event, and time.Parse interprets its layout on every call. Dates written
// with plain ASCII digits are read here, with Parse's checks (month 1 to 12,
// a day the month has) and its result, midnight UTC; anything else
// (signs, other characters) goes to time.Parse itself.
func parseDate(d string) (time.Time, bool) {
	digits := func(s string) (int, bool) {
		n := 0
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	var layout string
	y, ok := 0, false
	month, day := 1, 1
	switch len(d) {
	case 4:
		layout = "2006"
		y, ok = digits(d)
	case 7:
		layout = "2006-01"
		var okM bool
		y, ok = digits(d[:4])
		month, okM = digits(d[5:7])
		ok = ok && okM && d[4] == '-'
	case 10:
		layout = "2006-01-02"
		var okM, okD bool
		y, ok = digits(d[:4])
		month, okM = digits(d[5:7])
		day, okD = digits(d[8:10])
		ok = ok && okM && okD && d[4] == '-' && d[7] == '-'
	default:
		return time.Time{}, false
	}
	if !ok {
		t, err := time.Parse(layout, d)
		return t, err == nil
	}
	if month < 1 || month > 12 || day < 1 || day > daysIn(time.Month(month), y) {
		return time.Time{}, false
	}
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC), true
}

// parseDay is time.Parse("2006-01-02", d).
func parseDay(d string) (time.Time, bool) {
	if len(d) != 10 {
		t, err := time.Parse("2006-01-02", d)
		return t, err == nil
	}
	return parseDate(d)
}

// daysIn is the number of days of month m of year y (Gregorian, as time's).
func daysIn(m time.Month, y int) int {
	if m == time.February {
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return [...]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m-1]
}
