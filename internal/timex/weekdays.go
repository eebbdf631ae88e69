package timex

import "time"

// weekdayAt reads a weekday name at i. "Minggu" is Sunday only capitalised and
// either after "hari"/"pada"/"on", before a date or part of day, or
// mid-sentence; abbreviations only before a comma or a date ("Thu, 19 Jun").
func (s *scanner) weekdayAt(i int, afterHari bool) (time.Weekday, bool) {
	ww, ok := weekdays[s.low(i)]
	if !ok {
		return 0, false
	}
	t := &s.toks[i]
	dateNext := s.is(i+1, "(") || s.is(i+1, ",") && s.toks[min(i+2, len(s.toks)-1)].kind == tNum || (i+1 < len(s.toks) && s.toks[i+1].kind == tNum)
	if ww.abbr {
		if !t.upper || !(dateNext || s.is(i+1, ",") && i+2 < len(s.toks) && (s.toks[i+2].kind == tNum)) {
			return 0, false
		}
		return ww.wd, true
	}
	if !t.upper && !afterHari {
		return 0, false
	}
	// "salat Jumat" is the Friday prayer, not a date.
	if ww.wd == time.Friday && (s.is(i-1, "salat") || s.is(i-1, "shalat") || s.is(i-1, "sholat")) {
		return 0, false
	}
	if s.low(i) == "minggu" && !afterHari {
		// Mid-sentence, a capitalised "Minggu" is the day; opening a sentence
		// it is only the day before a date or a part of day ("Minggu pagi"),
		// since "Minggu lalu ..." there may as well be "last week".
		if s.lang == "en" {
			return 0, false
		}
		if s.sentenceStart(i) && !dateNext && !dayParts[s.low(i+1)] {
			return 0, false
		}
	}
	return ww.wd, true
}

// weekdayExpr reads expressions led by a weekday: "Selasa (17/6)", "Senin
// (16/6/2025)", "Jumat, 05 Juli 2024", "Tuesday, June 17, 2025", "Selasa
// sore", "pada hari Selasa kemarin", "Selasa lalu", "last Friday", "on Tuesday".
func (s *scanner) weekdayExpr(i int) (match, bool) {
	j := i
	hari := false
	t0 := tenseNone
	switch s.low(j) {
	case "hari":
		hari = true
		j++
	case "last":
		t0, j = tensePast, j+1
	case "next":
		t0, j = tenseFuture, j+1
	case "this":
		t0, j = tenseThis, j+1
	}
	wd, ok := s.weekdayAt(j, hari)
	if !ok {
		return match{}, false
	}
	j++
	// "Senin-Selasa (16-17/6)": a run of days; the first one dates the range.
	if s.isDash(j) && s.attached(j) && s.attached(j+1) {
		if _, ok := s.weekdayAt(j+1, true); ok {
			j += 2
		}
	}
	k := j
	if s.is(k, ",") {
		k++
	}
	// "Selasa (17/6)", "Senin (16/6/2025)".
	if s.is(k, "(") {
		if m, ok := s.parenDate(k, wd); ok {
			return m, true
		}
		// "Selasa (17 Juni 2025)", "Tuesday (June 17)".
		for _, read := range []func(int) (match, bool){s.dayFirst, s.monthExpr} {
			if k+1 < len(s.toks) && (s.toks[k+1].kind == tNum || months[s.low(k+1)].m > 0) {
				if m, ok := read(k + 1); ok && m.kind == KindDate && s.is(m.end, ")") {
					if m.noYear {
						m.val = s.inferDay(m.m, m.d, m.tense, wd, true)
					}
					m.end, _ = s.tail(m.end + 1)
					return m, true
				}
			}
		}
	}
	if t0 == tenseNone {
		// "Senin 16/6/2025", "Jumat, 05 Juli 2024", "Tuesday, June 17, 2025".
		var best match
		found := false
		// Only a number, a month name or "tanggal" can open the date part, so
		// that "Selasa awal bulan" does not become one expression.
		if k < len(s.toks) && (s.toks[k].kind == tNum || months[s.low(k)].m > 0 || s.is(k, "tanggal")) {
			for _, read := range []func(int) (match, bool){s.numericDate, s.dayFirst, s.monthExpr} {
				m, ok := read(k)
				if ok && (m.kind == KindDate || m.kind == KindRange) && (!found || m.end > best.end) {
					best, found = m, true
				}
			}
		}
		if found {
			if best.noYear && best.kind == KindDate {
				best.val = s.inferDay(best.m, best.d, best.tense, wd, true)
			}
			return best, true
		}
	}
	end, t := s.tail(j)
	if t0 != tenseNone {
		t = t0
	}
	return match{end: end, kind: KindRelative, val: s.weekdayNear(wd, t)}, true
}

// parenDate reads "(17/6)", "(16/6/2025)" or a day range "(16-17/6/2025)" at
// k, the bracketed date that Indonesian news puts after a weekday; a missing
// year is chosen so that the calendar agrees with the (first) weekday,
// nearest the anchor.
func (s *scanner) parenDate(k int, wd time.Weekday) (match, bool) {
	d, ok := s.dayNum(k + 1)
	if !ok {
		return match{}, false
	}
	p := k + 2
	d2 := 0
	if s.isDash(p) {
		if d2, ok = s.dayNum(p + 1); !ok || d2 <= d || !s.is(p+2, "/") {
			return match{}, false
		}
		p += 2
	}
	if !s.is(p, "/") && !s.is(p, "-") {
		return match{}, false
	}
	m, w, ok := s.num(p + 1)
	if !ok || w > 2 || m < 1 || m > 12 {
		return match{}, false
	}
	j := p + 2
	y, hasY := 0, false
	if s.low(j) == s.low(p) {
		yy, w, ok := s.num(j + 1)
		if !ok || (w != 4 && w != 2) {
			return match{}, false
		}
		if w == 2 {
			yy += 2000
		}
		y, hasY = yy, true
		j += 2
	}
	if !s.is(j, ")") {
		return match{}, false
	}
	end, t := s.tail(j + 1)
	var v Date
	if hasY {
		if !validDay(y, m, d) {
			return match{}, false
		}
		v = Date{y, m, d}
	} else {
		v = s.inferDay(m, d, t, wd, true)
	}
	if d2 == 0 {
		return match{end: end, kind: KindDate, val: v, explicit: hasY}, true
	}
	var v2 Date
	if !v.IsZero() {
		if !validDay(v.Year, m, d2) {
			return match{}, false
		}
		v2 = Date{v.Year, m, d2}
	}
	return match{end: end, kind: KindRange, val: v, endVal: v2, explicit: hasY}, true
}
