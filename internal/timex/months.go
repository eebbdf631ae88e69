package timex

// monthExpr reads dates led by a month, optionally after a modifier or
// "bulan": "June 16, 2025", "June 2-4, 2025", "June 2 to 4", "Juni 2025",
// "bulan Juni", "awal Juli", "mid-June", "last June", "Juni-Juli 2025".
func (s *scanner) monthExpr(i int) (match, bool) {
	j := i
	mod := false
	t0 := tenseNone
	if rangeModifiers[s.low(j)] {
		mod = true
		j++
		if s.isDash(j) && s.attached(j) {
			j++
		}
	}
	switch s.low(j) {
	case "last":
		t0, j = tensePast, j+1
	case "next":
		t0, j = tenseFuture, j+1
	case "this":
		t0, j = tenseThis, j+1
	}
	bulan := false
	if s.is(j, "bulan") {
		bulan = true
		j++
	}
	mj := j
	mw, k, ok := s.monthAt(j)
	if !ok {
		return match{}, false
	}
	m1 := mw.m
	// English month-first day: "June 16, 2025", "June 2-4, 2025", "June 2 to 4".
	if d1, ok := s.dayNum(k); ok && !mod && !bulan && s.numberIsolated(k) {
		k1 := s.ordinal(k + 1)
		if c, ok := s.connector(k1, false); ok {
			if d2, ok := s.dayNum(c); ok && d2 > d1 {
				return s.finishRange(s.ordinal(c+1), m1, d1, m1, d2)
			}
			if mw2, k2, ok := s.monthAt(c); ok {
				if d2, ok := s.dayNum(k2); ok {
					return s.finishRange(s.ordinal(k2+1), m1, d1, mw2.m, d2)
				}
			}
		}
		y, k2, hasY, expl := s.yearAfter(k1)
		end, t := s.tail(k2)
		if hasY {
			if !validDay(y, m1, d1) {
				return match{}, false
			}
			return match{end: end, kind: KindDate, val: Date{y, m1, d1}, explicit: expl}, true
		}
		if mw.en && !s.toks[mj].upper {
			return match{}, false
		}
		return match{end: end, kind: KindDate, val: s.inferDay(m1, d1, t, 0, false), noYear: true, m: m1, d: d1, tense: t}, true
	}
	// "Juni-Juli 2025", "Juni hingga Agustus".
	if c, ok := s.connector(k, false); ok {
		if mw2, k2, ok := s.monthAt(c); ok && mw2.m != m1 && (!mw2.abbr || !mw.abbr) {
			y, k3, hasY, expl := s.yearAfter(k2)
			end, t := s.tail(k3)
			var a, b Date
			if hasY {
				b = Date{y, mw2.m, 0}
			} else {
				b = s.inferMonth(mw2.m, t)
			}
			if !b.IsZero() {
				a = Date{b.Year, m1, 0}
				if m1 > mw2.m {
					a.Year--
				}
			}
			if s.bareMonthOK(i, mj, mw, mod || bulan) || hasY {
				return match{end: end, kind: KindRange, val: a, endVal: b, explicit: expl}, true
			}
		}
	}
	// "Juni 2025", "Mei 2023".
	if y, k2, hasY, expl := s.yearAfter(k); hasY && (!s.is(k, ",") || mw.abbr || !expl) && (expl || s.bareMonthOK(i, mj, mw, true)) {
		end, _ := s.tail(k2)
		return match{end: end, kind: KindDate, val: Date{y, m1, 0}, explicit: expl}, true
	}
	if !s.bareMonthOK(i, mj, mw, mod || bulan || t0 != tenseNone) {
		return match{}, false
	}
	end, t := s.tail(k)
	if t0 != tenseNone {
		t = t0
	}
	return match{end: end, kind: KindDate, val: s.inferMonth(m1, t)}, true
}

// bareMonthOK decides whether a month name with no number next to it is a
// date: abbreviations never are; Indonesian names are when capitalised (or
// after "bulan" or a modifier); English names that are also common words
// ("May", "March") need a cue before them ("in May", "early March").
func (s *scanner) bareMonthOK(i, mj int, mw monthWord, cued bool) bool {
	if mw.abbr {
		return false
	}
	up := s.toks[mj].upper
	if mw.m == 3 && mw.en || mw.m == 5 && mw.en {
		return up && (cued || monthCues[s.low(i-1)])
	}
	return up || cued
}

// yearOK rejects four-digit numbers that are amounts or counts: after a
// currency or "sebanyak", before a unit or noun of counting ("2000 orang"),
// or part of a longer figure ("2.024", "2024,5").
func (s *scanner) yearOK(i int) bool {
	if !s.numberIsolated(i) {
		return false
	}
	if currencyBefore[s.low(i-1)] {
		return false
	}
	if notYearFollowers[s.low(i+1)] {
		return false
	}
	return true
}

// yearExpr reads years: "tahun 2013", "pada 2024", "sejak 2013", "in 2013",
// "pertengahan 2024", "mid-2024", "1988 lalu", "2020-2022" and "antara 2020
// dan 2022" (ranges), "tahun 1990-an" and "1990s" (decades: found, not
// resolved, since a Date cannot say "the 1990s").
func (s *scanner) yearExpr(i int) (match, bool) {
	j := i
	cued := false
	if rangeModifiers[s.low(j)] {
		j++
		if s.isDash(j) && s.attached(j) {
			j++
		}
		cued = true
	}
	lo := 1900
	if s.is(j, "tahun") || s.is(j, "year") || s.is(j, "th") && s.is(j+1, ".") {
		if s.is(j, "th") {
			j++
		}
		j++
		cued = true
		lo = 1000
	}
	if j == i {
		// The year itself starts the match; the cue, if any, stays outside.
		cued = yearCues[s.low(i-1)] || (s.isDash(i-1) && s.is(i-2, "mid"))
	}
	// Decades: "tahun 1990-an", "1990s", "1990-an", "tahun 40-an". Found but
	// not resolved: a Date cannot say "the 1990s", and a year would be finer
	// than the text.
	if n, w, ok := s.num(j); ok && (w == 4 && n >= 1000 && n <= 2100 || w == 2 && lo == 1000) && n%10 == 0 {
		if s.isDash(j+1) && s.attached(j+1) && s.is(j+2, "an") && s.attached(j+2) {
			return match{end: j + 3, kind: KindDate}, true
		}
		if w == 4 && s.is(j+1, "s") && s.attached(j+1) {
			return match{end: j + 2, kind: KindDate}, true
		}
	}
	y, ok := s.yearNum(j, lo, 2100)
	if !ok {
		return match{}, false
	}
	if !s.yearOK(j) {
		return match{}, false
	}
	k := j + 1
	// A range of years: "2020-2022", "2020 hingga 2022", "antara 2020 dan 2022".
	pair := s.is(i-1, "antara") || s.is(i-1, "between")
	if c, ok := s.connector(k, pair); ok {
		if s.is(c, "tahun") {
			c++
		}
		if y2, ok := s.yearNum(c, lo, 2100); ok && y2 > y && s.yearOK(c) && (cued || s.isDash(k)) {
			end, _ := s.tail(c + 1)
			return match{end: end, kind: KindRange, val: Date{y, 0, 0}, endVal: Date{y2, 0, 0}, explicit: true}, true
		}
	}
	end, t := s.tail(k)
	if !cued && t == tenseNone {
		// A bare year counts only with a cue before it, a direction word
		// after it ("1988 lalu", "2030 mendatang", "2024 ini"), or as "2024,"
		// opening a sentence ("2024, tahun yang berat bagi ...").
		if !(s.is(k, ",") && s.sentenceStart(i)) {
			return match{}, false
		}
	}
	return match{end: end, kind: KindDate, val: Date{y, 0, 0}, explicit: true}, true
}

// quarterExpr reads a quarter or half of a year with its year: "kuartal
// I-2025", "triwulan kedua 2024", "semester II/2024", "Q1 2025", "first
// quarter of 2025". The value is the year (see quarterWords).
func (s *scanner) quarterExpr(i int) (match, bool) {
	j := i
	w := s.low(j)
	switch {
	case w == "q" && s.attached(j+1):
		// "Q1" is tokenized as "Q" and "1".
		if n, width, ok := s.num(j + 1); !ok || width != 1 || n < 1 || n > 4 {
			return match{}, false
		}
		j += 2
	case quarterNames[w] && (s.is(j+1, "quarter") || s.is(j+1, "half")):
		j += 2
	case quarterWords[w] && w != "half" && w != "quarter":
		j++
		if _, width, ok := s.num(j); ok && width == 1 {
			j++
		} else if quarterNames[s.low(j)] {
			j++
		} else {
			return match{}, false
		}
	default:
		return match{}, false
	}
	if s.is(j, "of") || s.is(j, "tahun") || s.is(j, "-") || s.is(j, "/") {
		j++
	}
	y, ok := s.yearNum(j, 1900, 2100)
	if !ok || !s.yearOK(j) {
		return match{}, false
	}
	return match{end: j + 1, kind: KindDate, val: Date{y, 0, 0}, explicit: true}, true
}
