package timex

// numericDate reads "16/06/2025", "16-6-2025", "16.06.2025" (day first; month
// first when the first number cannot be a month) and ISO "2025-06-16".
func (s *scanner) numericDate(i int) (match, bool) {
	if !s.numberIsolatedBefore(i) {
		return match{}, false
	}
	a, wa, _ := s.num(i)
	sep := s.low(i + 1)
	if sep != "/" && sep != "-" && sep != "." {
		return match{}, false
	}
	if !s.attached(i+1) || !s.attached(i+2) || !s.attached(i+3) || !s.attached(i+4) || s.low(i+3) != sep {
		return match{}, false
	}
	b, wb, ok1 := s.num(i + 2)
	c, wc, ok2 := s.num(i + 4)
	if !ok1 || !ok2 || wb > 2 {
		return match{}, false
	}
	// A fourth part ("1/2/2025/3", "10.000.000.000") makes it something else.
	if k := i + 5; s.attached(k) && (s.low(k) == sep || s.low(k) == ",") && s.attached(k+1) && k+1 < len(s.toks) && s.toks[k+1].kind == tNum {
		return match{}, false
	}
	var d Date
	switch {
	case wa == 4 && wc <= 2 && sep != ".":
		d = Date{a, b, c}
	case wa <= 2 && wc == 4:
		d = Date{c, b, a}
		if b > 12 && a <= 12 {
			d = Date{c, a, b}
		}
	default:
		return match{}, false
	}
	if d.Year < 1000 || d.Year > 2999 || !validDay(d.Year, d.Month, d.Day) {
		return match{}, false
	}
	j, t := s.tail(i + 5)
	return match{end: j, kind: KindDate, val: d, explicit: true, tense: t}, true
}

func (s *scanner) numberIsolatedBefore(i int) bool {
	if i >= 2 && s.attached(i) {
		switch s.low(i - 1) {
		case ".", ",", "/", ":", "-":
			if s.attached(i-1) && s.toks[i-2].kind == tNum {
				return false
			}
		}
	}
	return true
}

// monthAt reads a month name or abbreviation at i ("Juni", "Jun", "Jun.").
func (s *scanner) monthAt(i int) (monthWord, int, bool) {
	mw, ok := months[s.low(i)]
	if !ok {
		return monthWord{}, 0, false
	}
	// "may" and "march" in lower case are English verbs.
	if mw.en && (mw.m == 3 || mw.m == 5) && !s.toks[i].upper {
		return monthWord{}, 0, false
	}
	j := i + 1
	if mw.abbr && s.is(j, ".") && s.attached(j) {
		j++
	}
	return mw, j, true
}

// yearAfter reads an optional year after a day and month: "16 Juni 2025",
// "June 16, 2025", or a year relative to the anchor, "Juni tahun lalu",
// "September last year" (then explicit is false).
func (s *scanner) yearAfter(j int) (y, next int, ok, explicit bool) {
	k := j
	if s.is(k, ",") {
		k++
	}
	if y, ok := s.yearNum(k, 1000, 2999); ok && s.numberIsolated(k) {
		return y, k + 1, true, true
	}
	if s.anchor.IsZero() {
		return 0, j, false, false
	}
	n := 0
	switch {
	case s.is(j, "tahun"):
		t, e := s.tenseAt(j + 1)
		switch t {
		case tensePast:
			n = -1
		case tenseFuture:
			n = 1
		case tenseNone:
			return 0, j, false, false
		}
		return s.anchor.Year + n, e, true, false
	case s.is(j+1, "year") && (s.is(j, "last") || s.is(j, "this") || s.is(j, "next")):
		switch s.low(j) {
		case "last":
			n = -1
		case "next":
			n = 1
		}
		return s.anchor.Year + n, j + 2, true, false
	}
	return 0, j, false, false
}

// ordinal skips an English ordinal suffix after a day number ("16th").
func (s *scanner) ordinal(j int) int {
	switch s.low(j) {
	case "st", "nd", "rd", "th":
		if s.attached(j) {
			return j + 1
		}
	}
	return j
}

// dayFirst reads dates that start with the day: "16 Juni 2025", "16 Jun
// 2025", "16 June 2025", "tanggal 24 Desember", ranges "2 hingga 4 Juli
// lalu", "2-4 Juli 2024", "1 s.d. 3 Mei", "31 Agustus hingga 1 September
// 2025", and "tanggal 24" alone (month from the anchor).
func (s *scanner) dayFirst(i int) (match, bool) {
	j := i
	tanggal := false
	if s.is(j, "tanggal") || s.is(j, "tgl") {
		tanggal = true
		j++
		if s.is(j, ".") {
			j++
		}
	} else if s.is(j, "the") {
		j++
	}
	d1, ok := s.dayNum(j)
	if !ok || !s.numberIsolated(j) {
		return match{}, false
	}
	j = s.ordinal(j + 1)
	if s.is(j, "of") {
		j++
	}
	pair := s.is(i-1, "antara") || s.is(i-1, "between")
	if mw, k, ok := s.monthAt(j); ok {
		m1 := mw.m
		// "31 Agustus hingga 1 September 2025".
		if c, ok := s.connector(k, pair); ok {
			if d2, ok := s.dayNum(c); ok {
				if mw2, k2, ok := s.monthAt(s.ordinal(c + 1)); ok {
					return s.finishRange(k2, m1, d1, mw2.m, d2)
				}
			}
		}
		y, k2, hasY, expl := s.yearAfter(k)
		end, t := s.tail(k2)
		if hasY {
			if !validDay(y, m1, d1) {
				return match{}, false
			}
			return match{end: end, kind: KindDate, val: Date{y, m1, d1}, explicit: expl, tense: t}, true
		}
		return match{end: end, kind: KindDate, val: s.inferDay(m1, d1, t, 0, false), noYear: true, m: m1, d: d1, tense: t}, true
	}
	// "2-4 Juli 2024", "2 hingga 4 Juli lalu".
	if c, ok := s.connector(j, pair); ok {
		if d2, ok := s.dayNum(c); ok && d2 > d1 {
			if mw, k, ok := s.monthAt(s.ordinal(c + 1)); ok {
				return s.finishRange(k, mw.m, d1, mw.m, d2)
			}
		}
	}
	// "tanggal 24 kemarin": the month comes from the anchor.
	if tanggal {
		end, t := s.tail(j)
		var v Date
		if s.anchor.Month > 0 {
			y, m := s.anchor.Year, s.anchor.Month
			if t == tensePast && s.anchor.Day > 0 && d1 > s.anchor.Day {
				m--
				if m == 0 {
					y, m = y-1, 12
				}
			}
			if validDay(y, m, d1) {
				v = Date{y, m, d1}
			}
		}
		return match{end: end, kind: KindDate, val: v}, true
	}
	return match{}, false
}

// finishRange reads the optional year and tail of a day range whose months
// and days are known, and resolves it. A missing year comes from the anchor
// for the end day; the start takes the same year unless its month is later
// (a range over New Year).
func (s *scanner) finishRange(k, m1, d1, m2, d2 int) (match, bool) {
	y, k2, hasY, expl := s.yearAfter(k)
	end, t := s.tail(k2)
	var a, b Date
	if hasY {
		b = Date{y, m2, d2}
	} else {
		b = s.inferDay(m2, d2, t, 0, false)
	}
	if !b.IsZero() {
		y1 := b.Year
		if m1 > m2 {
			y1--
		}
		a = Date{y1, m1, d1}
	}
	if !b.IsZero() && (!validDay(a.Year, a.Month, a.Day) || !validDay(b.Year, b.Month, b.Day) || compare(a, b) > 0) {
		return match{}, false
	}
	return match{end: end, kind: KindRange, val: a, endVal: b, explicit: expl, tense: t}, true
}
