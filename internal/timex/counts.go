package timex

// number reads a count at i: digits ("3", "1,5") or number words in either
// language ("dua belas", "dua puluh lima", "twenty-five", "a"). n is -1 when
// the count is vague ("beberapa", "several") or fractional.
func (s *scanner) number(i int) (n, next int, ok bool) {
	if v, w, isNum := s.num(i); isNum {
		if w > 4 {
			return 0, 0, false
		}
		j := i + 1
		if (s.is(j, ",") || s.is(j, ".")) && s.attached(j) && s.attached(j+1) && s.toks[j+1].kind == tNum {
			return -1, j + 2, true
		}
		return v, j, true
	}
	w := s.low(i)
	switch w {
	case "a", "an", "one":
		if w != "one" && s.is(i+1, "few") {
			return -1, i + 2, true
		}
		return 1, i + 1, true
	case "setengah", "half":
		return -1, i + 1, true
	}
	if vagueQuantity[w] {
		return -1, i + 1, true
	}
	v, ok := numberWords[w]
	if !ok {
		return 0, 0, false
	}
	j := i + 1
	if v < 10 {
		switch s.low(j) {
		case "belas":
			return v + 10, j + 1, true
		case "puluh":
			v *= 10
			j++
			if u, ok := numberWords[s.low(j)]; ok && u < 10 {
				return v + u, j + 1, true
			}
			return v, j, true
		case "ratus":
			return v * 100, j + 1, true
		}
	}
	if v >= 20 && v < 100 && v%10 == 0 {
		// "twenty-five", "twenty five".
		k := j
		if s.isDash(k) && s.attached(k) {
			k++
		}
		if u, ok := numberWords[s.low(k)]; ok && u < 10 {
			return v + u, k + 1, true
		}
	}
	return v, j, true
}

// unitAt reads a time unit word at i.
func (s *scanner) unitAt(i int) (unit, bool) {
	u, ok := units[s.low(i)]
	return u, ok
}

// countExpr reads a number of units: durations ("selama dua tahun", "tiga
// hari", "sekitar 40 menit", "bertahun-tahun", "setahun", "two-year") and
// offsets ("dua tahun lalu", "tiga bulan lalu", "two years ago", "dua hari
// lagi"; "dua hari kemudian" is relative to another event and left unresolved).
func (s *scanner) countExpr(i int) (match, bool) {
	j := i
	switch s.low(j) {
	case "sekitar", "hampir", "about", "nearly", "almost", "around":
		j++
	}
	var n, k int
	var u unit
	if su, ok := seUnits[s.low(j)]; ok {
		// "sehari-hari" is "daily life", not a day.
		if s.isDash(j+1) && s.attached(j+1) {
			return match{}, false
		}
		n, u, k = 1, su, j+1
	} else if ru, ok := reduplicated[s.low(j)]; ok {
		// "bertahun-tahun": ber + unit + - + unit.
		if !s.isDash(j+1) || !s.attached(j+1) || !s.attached(j+2) {
			return match{}, false
		}
		if uu, ok := s.unitAt(j + 2); !ok || uu != ru {
			return match{}, false
		}
		return match{end: j + 3, kind: KindDuration}, true
	} else {
		var ok bool
		n, k, ok = s.number(j)
		if !ok {
			return match{}, false
		}
		// "two-year", "3-day": an adjective of length.
		if s.isDash(k) && s.attached(k) && s.attached(k+1) {
			if _, ok := s.unitAt(k + 1); ok && !s.is(k+1, "minggu") {
				return match{end: k + 2, kind: KindDuration}, true
			}
			return match{}, false
		}
		u, ok = s.unitAt(k)
		if !ok {
			// "beberapa saat": a short while.
			if n < 0 && s.toks[j].kind == tWord && s.is(k, "saat") {
				return match{end: k + 1, kind: KindDuration}, true
			}
			return match{}, false
		}
		// "tahun 2013" after a count is a year, not a unit ("2 tahun 2013" is rare).
		if _, isY := s.yearNum(k+1, 1000, 2100); isY && u == uYear && s.is(k, "tahun") {
			return match{}, false
		}
		if s.toks[j].kind == tWord && (s.low(j) == "a" || s.low(j) == "an") && !s.is(k+1, "ago") && !s.is(k+1, "later") && !s.is(k+1, "earlier") && !s.is(k+1, "after") && !s.is(k+1, "before") {
			// "a year" alone is too common ("twice a year", "a day after"); only
			// "a year ago" and the like are kept.
			return match{}, false
		}
		k++
	}
	known := n >= 0
	switch s.low(k) {
	case "lalu", "silam", "ago":
		return s.offset(k+1, n, u, known, -1)
	case "yang":
		if s.is(k+1, "lalu") {
			return s.offset(k+2, n, u, known, -1)
		}
	case "lagi":
		return s.offset(k+1, n, u, known, 1)
	case "mendatang":
		return s.offset(k+1, n, u, known, 1)
	case "kemudian", "later", "setelahnya", "sesudahnya", "berikutnya":
		return match{end: k + 1, kind: KindRelative, fromRef: known, refN: n, refU: u}, true
	case "sebelumnya", "earlier":
		return match{end: k + 1, kind: KindRelative, fromRef: known, refN: -n, refU: u}, true
	case "after", "before", "setelah", "sebelum":
		// "a week after the talks": relative to another event; only the
		// English article form is taken, since "dua hari setelah" may also
		// start a clause about a duration.
		if s.low(j) != "a" && s.low(j) != "an" {
			break
		}
		return match{end: k + 1, kind: KindRelative}, true
	case "ke":
		if s.is(k+1, "depan") {
			return match{end: k + 2, kind: KindDuration}, true
		}
	case "terakhir", "belakangan":
		return match{end: k + 1, kind: KindDuration}, true
	case "from":
		if s.is(k+1, "now") {
			return s.offset(k+2, n, u, known, 1)
		}
	}
	return match{end: k, kind: KindDuration}, true
}

func (s *scanner) offset(end, n int, u unit, known bool, sign int) (match, bool) {
	if !known {
		return match{end: end, kind: KindRelative}, true
	}
	return match{end: end, kind: KindRelative, val: s.shift(sign*n, u)}, true
}

// setExpr reads recurrences: "setiap tahun", "setiap dua tahun", "tiap hari
// Senin", "setiap Senin", "every year", "every two weeks", "each month".
func (s *scanner) setExpr(i int) (match, bool) {
	switch s.low(i) {
	case "setiap", "tiap", "saban", "every", "each":
	default:
		return match{}, false
	}
	j := i + 1
	if n, k, ok := s.number(j); ok && n != 1 || ok && s.toks[j].kind == tNum {
		j = k
	}
	if s.is(j, "hari") {
		if _, ok := s.weekdayAt(j+1, true); ok {
			return match{end: j + 2, kind: KindSet}, true
		}
	}
	if _, ok := s.weekdayAt(j, false); ok {
		return match{end: j + 1, kind: KindSet}, true
	}
	if _, ok := s.unitAt(j); ok {
		return match{end: j + 1, kind: KindSet}, true
	}
	if mw, k, ok := s.monthAt(j); ok && !mw.abbr {
		return match{end: k, kind: KindSet}, true
	}
	return match{}, false
}
