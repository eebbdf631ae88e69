// Package calendar is kronik's one date type: a calendar date known to a
// year, a month or a day, as records write it ("2025", "2025-06",
// "2025-06-16"). It reads and writes those strings, gives the first and last
// day a date can mean, shifts days, counts the days between two dates and
// tells whether two dates (or ranges) can be one event's. Strings stay in
// internal/record; every stage that reasons about dates goes through here.
//
// Parsing is exactly time.Parse with the layouts "2006", "2006-01" and
// "2006-01-02" (a fuzz test holds it to that), written by hand because dates
// are parsed for every pair of events compared and time.Parse interprets its
// layout on every call. Arithmetic is on whole days in the proleptic
// Gregorian calendar, as time's in UTC.
//
// A leaf package: it imports only the standard library.
package calendar

import "time"

// Precision is how much of a date is known.
type Precision uint8

// The precisions a Date can have; the zero Precision is the zero Date's.
const (
	Year Precision = iota + 1
	Month
	Day
)

// String names the precision as records and exports do: "year", "month",
// "day"; "" for the zero Precision.
func (p Precision) String() string {
	switch p {
	case Year:
		return "year"
	case Month:
		return "month"
	case Day:
		return "day"
	}
	return ""
}

// Date is a calendar date at year, month or day precision. The zero Date is
// no date (IsZero). Dates are values: compare them with Compare or ==.
type Date struct {
	year  int
	month int // 1..12; 1 when the precision is Year
	day   int // 1..31; 1 when the precision is Year or Month
	prec  Precision
}

// Of returns the day y-m-d, normalised as time.Date normalises (month 13 is
// January of the next year, day 0 the last day of the month before).
func Of(y, m, d int) Date {
	m--
	y += floorDiv(m, 12)
	m -= floorDiv(m, 12) * 12
	return fromDays(daysFromCivil(y, m+1, 1) + d - 1)
}

// FromTime returns t's calendar day in t's location.
func FromTime(t time.Time) Date {
	y, m, d := t.Date()
	return Date{year: y, month: int(m), day: d, prec: Day}
}

// IsZero reports whether d is no date.
func (d Date) IsZero() bool { return d.prec == 0 }

// Precision returns how much of d is known.
func (d Date) Precision() Precision { return d.prec }

// Year, Month and Day return d's fields; Month and Day are 1 when d is
// coarser than they are.
func (d Date) Year() int { return d.year }

// Month returns d's month (1 when d is known only to its year).
func (d Date) Month() int { return d.month }

// Day returns d's day of the month (1 when d is coarser than a day).
func (d Date) Day() int { return d.day }

// First returns the first day d can mean: d itself when it is a day.
func (d Date) First() Date {
	if d.prec == 0 {
		return d
	}
	return Date{year: d.year, month: d.month, day: d.day, prec: Day}
}

// Last returns the last day d can mean: December 31 of a year, the month's
// last day of a month, d itself when it is a day.
func (d Date) Last() Date {
	switch d.prec {
	case Year:
		return Date{year: d.year, month: 12, day: 31, prec: Day}
	case Month:
		return Date{year: d.year, month: d.month, day: daysIn(d.year, d.month), prec: Day}
	}
	return d
}

// AddDays returns the day n days after d's first day (before it when n < 0).
func (d Date) AddDays(n int) Date {
	if d.prec == 0 {
		return d
	}
	return fromDays(d.days() + n)
}

// Weekday returns the day of the week of d's first day.
func (d Date) Weekday() time.Weekday {
	n := (d.days() + 4) % 7 // 1970-01-01 was a Thursday
	if n < 0 {
		n += 7
	}
	return time.Weekday(n)
}

// Sub returns the number of days from o's first day to d's first day.
func (d Date) Sub(o Date) int { return d.days() - o.days() }

// Compare compares the first days of d and o: -1 when d's is earlier, +1
// when later, 0 when they are the same day.
func (d Date) Compare(o Date) int {
	switch a, b := d.days(), o.days(); {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Time returns midnight UTC of d's first day, as time.Parse returns it.
func (d Date) Time() time.Time {
	if d.prec == 0 {
		return time.Time{}
	}
	return time.Date(d.year, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC)
}

// days is the number of days from 1970-01-01 to d's first day.
func (d Date) days() int { return daysFromCivil(d.year, d.month, d.day) }

// daysIn is the number of days of month m of year y.
func daysIn(y, m int) int {
	if m == 2 {
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return [...]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m-1]
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// daysFromCivil counts the days from 1970-01-01 to y-m-d (m 1..12, d
// 1..31), by H. Hinnant's algorithm ("chrono-Compatible Low-Level Date
// Algorithms"): exact integer arithmetic over any year, where going through
// time.Time and Duration would saturate after 292 years.
func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// fromDays is the inverse of daysFromCivil, at day precision.
func fromDays(z int) Date {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return Date{year: y, month: m, day: d, prec: Day}
}
