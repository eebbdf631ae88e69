package timex

// clockAt reads a clock time: "pukul 10.00 WIB", "sekitar pukul 13.00",
// "jam 06.00", "10:30 GMT". A bare number after "pukul" counts ("pukul 10
// pagi"); elsewhere minutes are required so that "24 jam" stays a duration.
func (s *scanner) clockAt(i int) (int, bool) {
	j := i
	if s.is(j, "sekitar") || s.is(j, "about") {
		j++
	}
	cue := false
	if s.is(j, "pukul") || s.is(j, "pkl") || s.is(j, "jam") {
		cue = true
		j++
		if s.is(j, ".") {
			j++
		}
	}
	h, w, ok := s.num(j)
	if !ok || w > 2 || h > 24 {
		return 0, false
	}
	j++
	sep := s.low(j)
	if (sep == "." || sep == ":") && s.attached(j) && s.attached(j+1) {
		if mm, w, ok := s.num(j + 1); ok && w == 2 && mm < 60 {
			j += 2
		} else if !cue || s.is(j-2, "jam") {
			return 0, false
		}
	} else if !cue || s.is(j-1, "jam") {
		return 0, false
	}
	if !cue && sep != ":" {
		return 0, false
	}
	// "pukul 10.00-12.00 WIB": a clock range stays one time expression.
	if s.isDash(j) {
		if h2, w2, ok := s.num(j + 1); ok && w2 <= 2 && h2 <= 24 && (s.is(j+2, ".") || s.is(j+2, ":")) {
			if _, w3, ok := s.num(j + 3); ok && w3 == 2 {
				j += 4
			}
		}
	}
	switch s.low(j) {
	case "am", "pm":
		j++
	case "a", "p":
		if s.is(j+1, ".") && s.is(j+2, "m") {
			j += 3
			if s.is(j, ".") {
				j++
			}
		}
	}
	if timeZones[s.low(j)] {
		if s.is(j, "waktu") {
			if s.is(j+1, "setempat") || s.is(j+1, "indonesia") {
				j += 2
			}
		} else {
			j++
		}
	}
	if s.is(j, "local") && s.is(j+1, "time") {
		j += 2
	}
	return j, true
}

// clockExpr is a clock time standing alone: Kind time, no date.
func (s *scanner) clockExpr(i int) (match, bool) {
	j, ok := s.clockAt(i)
	if !ok {
		return match{}, false
	}
	if dayParts[s.low(j)] {
		j++
	}
	return match{end: j, kind: KindTime}, true
}
