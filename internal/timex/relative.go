package timex

// relativeExpr reads deictic words and unit offsets: "kemarin", "hari ini",
// "besok", "lusa", "yesterday", "tadi malam", "tahun lalu", "bulan depan",
// "pekan lalu", "akhir tahun ini", "last year", "earlier this month", and
// present or past references without a date ("saat ini", "kini", "saat itu").
func (s *scanner) relativeExpr(i int) (match, bool) {
	w := s.low(i)
	rel := func(end, days int) (match, bool) {
		end, _ = s.tailPart(end)
		return match{end: end, kind: KindRelative, val: s.shift(days, uDay)}, true
	}
	switch w {
	case "kemarin", "yesterday":
		if w == "kemarin" && s.is(i+1, "lusa") {
			return rel(i+2, -2)
		}
		return rel(i+1, -1)
	case "hari", "today":
		if w == "today" {
			return rel(i+1, 0)
		}
		if s.is(i+1, "ini") {
			return rel(i+2, 0)
		}
		if s.is(i+1, "itu") || s.is(i+1, "tersebut") {
			// "hari itu": the day mentioned last.
			return match{end: i + 2, kind: KindRelative, fromRef: true, refU: uDay}, true
		}
	case "besok", "tomorrow":
		if s.is(i+1, "lusa") {
			return rel(i+2, 2)
		}
		return rel(i+1, 1)
	case "esok":
		if s.is(i+1, "hari") {
			return rel(i+2, 1)
		}
		return rel(i+1, 1)
	case "lusa":
		return rel(i+1, 2)
	case "tadi":
		if s.is(i+1, "malam") {
			return rel(i+2, -1)
		}
		if dayParts[s.low(i+1)] {
			return rel(i+2, 0)
		}
	case "semalam":
		return rel(i+1, -1)
	case "tonight":
		return rel(i+1, 0)
	case "pagi", "siang", "sore", "petang":
		if s.is(i+1, "ini") || s.is(i+1, "tadi") {
			return rel(i+2, 0)
		}
	case "malam":
		if s.is(i+1, "ini") {
			return rel(i+2, 0)
		}
		if s.is(i+1, "tadi") {
			return rel(i+2, -1)
		}
	case "saat", "kala", "ketika", "waktu":
		// Present and past references: no date of their own.
		if s.is(i+1, "ini") || s.is(i+1, "itu") {
			if w == "waktu" && s.is(i+1, "ini") {
				return match{}, false
			}
			return match{end: i + 2, kind: KindRelative}, true
		}
		if w == "saat" && s.is(i+1, "yang") && s.is(i+2, "sama") {
			return match{end: i + 3, kind: KindRelative}, true
		}
	case "sekarang", "kini":
		return match{end: i + 1, kind: KindRelative}, true
	case "sejenak":
		// "for a moment": a duration of no stated length.
		return match{end: i + 1, kind: KindDuration}, true
	case "dewasa":
		if s.is(i+1, "ini") {
			return match{end: i + 2, kind: KindRelative}, true
		}
	case "last", "this":
		if s.is(i+1, "night") {
			return rel(i+2, -1)
		}
		if w == "this" && dayParts[s.low(i+1)] {
			return rel(i+2, 0)
		}
	}
	return s.unitRelative(i)
}

// tailPart absorbs a part of day and a clock after a deictic day word
// ("kemarin sore", "besok pukul 10.00").
func (s *scanner) tailPart(j int) (int, bool) {
	k := j
	if dayParts[s.low(k)] {
		k++
	} else if s.is(k, "dini") && s.is(k+1, "hari") {
		k += 2
	}
	if c, ok := s.clockAt(k); ok {
		k = c
	}
	return k, k > j
}

// unitRelative reads a unit with a direction: "tahun lalu", "bulan depan",
// "pekan ini", "akhir tahun ini", "awal bulan lalu", "last year", "next
// month", "this week", "earlier this month", "later this year".
func (s *scanner) unitRelative(i int) (match, bool) {
	j := i
	if rangeModifiers[s.low(j)] {
		j++
		if s.is(j, "-") && s.attached(j) {
			j++
		}
	}
	// English: [modifier] (this|last|next|past) unit.
	var t tense
	switch s.low(j) {
	case "this":
		t = tenseThis
	case "last", "past":
		t = tensePast
	case "previous", "following":
		// "the previous year": relative to another date in the text.
		if u, ok := s.unitAt(j + 1); ok && u >= uDay && u <= uYear {
			n := 1
			if s.is(j, "previous") {
				n = -1
			}
			return match{end: j + 2, kind: KindRelative, fromRef: true, refN: n, refU: u}, true
		}
		return match{}, false
	case "next", "coming":
		t = tenseFuture
	}
	if t != tenseNone {
		u, ok := s.unitAt(j + 1)
		if ok && (u == uDecade || u == uCentury) && (s.is(j, "past") || s.is(j, "last")) {
			// "the past decade": a duration looking back.
			return match{end: j + 2, kind: KindDuration}, true
		}
		if !ok || u < uWeek || u > uYear || s.is(j+1, "minggu") {
			return match{}, false
		}
		if s.is(j, "past") && j == i {
			// "the past year" is a duration looking back.
			return match{end: j + 2, kind: KindDuration}, true
		}
		return s.unitShift(j+2, u, t)
	}
	u, ok := s.unitAt(j)
	if !ok || u < uWeek || u > uYear {
		return match{}, false
	}
	// A capitalised "Minggu" is left to the weekday reader.
	if s.is(j, "minggu") && s.toks[j].upper && !s.sentenceStart(j) {
		return match{}, false
	}
	t, k := s.tenseAt(j + 1)
	if t == tenseNone {
		// "tahun sebelumnya", "bulan berikutnya": relative to a date the text
		// gave before, which the scanner does not track.
		switch s.low(j + 1) {
		case "sebelumnya":
			return match{end: j + 2, kind: KindRelative, fromRef: true, refN: -1, refU: u}, true
		case "berikutnya", "selanjutnya", "setelahnya", "kemudian":
			return match{end: j + 2, kind: KindRelative, fromRef: true, refN: 1, refU: u}, true
		case "itu", "tersebut", "yang", "sama":
			// "tahun itu", "bulan tersebut", "tahun yang sama": the year or
			// month of the date mentioned last.
			if s.is(j+1, "yang") {
				if !s.is(j+2, "sama") {
					return match{}, false
				}
				return match{end: j + 3, kind: KindRelative, fromRef: true, refU: u}, true
			}
			if s.is(j+1, "sama") {
				return match{}, false
			}
			return match{end: j + 2, kind: KindRelative, fromRef: true, refU: u}, true
		}
		return match{}, false
	}
	return s.unitShift(k, u, t)
}

func (s *scanner) unitShift(end int, u unit, t tense) (match, bool) {
	n := 0
	switch t {
	case tensePast:
		n = -1
	case tenseFuture:
		n = 1
	}
	if t == tenseThis && u == uWeek && s.anchor.Day > 0 {
		return match{end: end, kind: KindRelative, val: Date{s.anchor.Year, s.anchor.Month, 0}}, true
	}
	return match{end: end, kind: KindRelative, val: s.shift(n, u)}, true
}

// refShift resolves an offset from the date the text mentioned last. The
// reference must be at least as fine as the unit ("sehari kemudian" needs a
// day), else the result stays unresolved; weeks give a month as for the anchor.
func refShift(ref Date, n int, u unit) Date {
	switch {
	case ref.IsZero():
		return Date{}
	case (u == uDay || u == uHour || u == uMinute || u == uWeek) && ref.Day == 0:
		return Date{}
	case u == uMonth && ref.Month == 0:
		return Date{}
	}
	return shiftFrom(ref, n, u)
}

// futureCues are words that put what follows in the future: "akan bertemu
// Selasa", "dijadwalkan 5 Juli", "will meet on Tuesday". A date without a
// year or a bare weekday after one of them resolves forward from the anchor.
var futureCues = map[string]bool{
	"akan": true, "bakal": true, "dijadwalkan": true, "direncanakan": true,
	"rencananya": true, "berencana": true, "hendak": true,
	"will": true, "scheduled": true, "planned": true, "plans": true, "due": true,
	// what an event comes before is still to come: "ahead of a summit on
	// Tuesday", "menjelang KTT pada Selasa", "upcoming talks on Friday"
	"ahead": true, "menjelang": true, "jelang": true, "upcoming": true, "mendatang": true,
}

// futureContext reports whether a future cue stands in the same clause within
// a few tokens before token i.
func (s *scanner) futureContext(i int) bool {
	// (twelve words: "ahead of an East Asia Summit (EAS) meeting on Tuesday")
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		switch s.low(k) {
		case ".", "!", "?", ";", "\"", "“", "”":
			return false
		case "yang", "which", "who":
			// "yang akan" before the cue's verb is a relative clause, but a
			// relative clause before the date ("..., yang digelar Selasa")
			// ends the search for a cue too.
			return false
		}
		if futureCues[s.low(k)] {
			return true
		}
	}
	return false
}
