package calendar

import "time"

// Parse reads "2025", "2025-06" or "2025-06-16" (by the length of s) as
// time.Parse reads the layouts "2006", "2006-01" and "2006-01-02": month 1
// to 12, a day the month has. Anything else is not a date.
func Parse(s string) (Date, bool) {
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
	var prec Precision
	y, ok := 0, false
	month, day := 1, 1
	switch len(s) {
	case 4:
		layout, prec = "2006", Year
		y, ok = digits(s)
	case 7:
		layout, prec = "2006-01", Month
		var okM bool
		y, ok = digits(s[:4])
		month, okM = digits(s[5:7])
		ok = ok && okM && s[4] == '-'
	case 10:
		layout, prec = "2006-01-02", Day
		var okM, okD bool
		y, ok = digits(s[:4])
		month, okM = digits(s[5:7])
		day, okD = digits(s[8:10])
		ok = ok && okM && okD && s[4] == '-' && s[7] == '-'
	default:
		return Date{}, false
	}
	if !ok {
		// Not plain ASCII digits: time.Parse decides, so that what it
		// accepts is read here too (the fuzz test holds the two together).
		t, err := time.Parse(layout, s)
		if err != nil {
			return Date{}, false
		}
		y, m, d := t.Date()
		return Date{year: y, month: int(m), day: d, prec: prec}, true
	}
	if month < 1 || month > 12 || day < 1 || day > daysIn(y, month) {
		return Date{}, false
	}
	return Date{year: y, month: month, day: day, prec: prec}, true
}

// ParseDay reads a "2025-06-16" day as time.Parse("2006-01-02", s) does; a
// year or a month is not a day.
func ParseDay(s string) (Date, bool) {
	if len(s) != 10 {
		return Date{}, false
	}
	return Parse(s)
}

// String formats d as "2025", "2025-06" or "2025-06-16", as time.Format
// writes those layouts (a year outside 0..9999 keeps its sign and all its
// digits); "" for the zero Date.
func (d Date) String() string {
	var b []byte
	switch d.prec {
	case 0:
		return ""
	case Year:
		b = make([]byte, 0, 4)
	case Month:
		b = make([]byte, 0, 7)
	default:
		b = make([]byte, 0, 10)
	}
	b = appendInt(b, d.year, 4)
	if d.prec >= Month {
		b = appendInt(append(b, '-'), d.month, 2)
	}
	if d.prec == Day {
		b = appendInt(append(b, '-'), d.day, 2)
	}
	return string(b)
}

// appendInt writes x zero-padded to width digits, a minus sign first when
// negative (time.Format's rule for years).
func appendInt(b []byte, x, width int) []byte {
	if x < 0 {
		b = append(b, '-')
		x = -x
	}
	var buf [20]byte
	i := len(buf)
	for x >= 10 {
		i--
		buf[i] = byte('0' + x%10)
		x /= 10
	}
	i--
	buf[i] = byte('0' + x)
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}
