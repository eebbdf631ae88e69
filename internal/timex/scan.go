package timex

import (
	"sync"
	"time"
)

// starters holds every word that can open a time expression, so that the
// scanner skips all other words with one map lookup instead of running each
// matcher. Built once from the lexicon tables plus the literal words the
// matchers test at their first token.
var starters = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	for _, m := range []map[string]bool{vagueQuantity, rangeModifiers} {
		for w := range m {
			set[w] = true
		}
	}
	for w := range months {
		set[w] = true
	}
	for w := range weekdays {
		set[w] = true
	}
	for w := range numberWords {
		set[w] = true
	}
	for w := range units {
		set[w] = true
	}
	for w := range seUnits {
		set[w] = true
	}
	for w := range reduplicated {
		set[w] = true
	}
	for _, w := range []string{
		"tanggal", "tgl", "the", "tahun", "year", "th", "hari", "last", "next", "this",
		"kemarin", "yesterday", "today", "besok", "tomorrow", "esok", "lusa", "tadi",
		"semalam", "tonight", "pagi", "siang", "sore", "petang", "malam", "saat", "kala",
		"ketika", "waktu", "sekarang", "kini", "dewasa", "past", "previous", "coming",
		"sekitar", "hampir", "about", "nearly", "almost", "around", "a", "an", "setengah",
		"half", "setiap", "tiap", "saban", "every", "each", "pukul", "pkl", "jam", "at", "bulan",
		"previous", "following", "sejenak", "first", "second", "third", "fourth",
		"kuartal", "triwulan", "semester", "caturwulan", "quarter", "q",
	} {
		set[w] = true
	}
	return set
})

// scanner walks the tokens of one text and tries the matchers at each token.
// At a token the longest match wins and the scan resumes after it, so spans
// never overlap and come out in text order.
type scanner struct {
	text   string
	toks   []token
	lang   string
	anchor Date
	cur    int // the token matchAt is trying, for futureContext
}

// match is what a matcher found, starting at the token it was called at.
type match struct {
	end         int // index of the token after the match
	kind        string
	val, endVal Date
	explicit    bool
	// A day or month written without a year, kept so that a weekday in front
	// ("Selasa, 17 Juni") can re-resolve it.
	noYear bool
	m, d   int
	tense  tense
	// An offset from the date the text mentioned last ("dua hari kemudian",
	// "tahun sebelumnya", "hari itu"): resolved in scan against that date.
	fromRef bool
	refN    int
	refU    unit
}

func (s *scanner) scan() []Expr {
	var out []Expr
	var ref Date // the date the text mentioned last, for "kemudian" and the like
	for i := 0; i < len(s.toks); {
		m, ok := s.matchAt(i)
		if !ok {
			i++
			continue
		}
		st, en := s.toks[i].start, s.toks[m.end-1].end
		e := Expr{Text: s.text[st:en], Start: st, End: en, Kind: m.kind, Explicit: m.explicit}
		if m.fromRef {
			m.val = refShift(ref, m.refN, m.refU)
		} else if (m.kind == KindDate || m.kind == KindRange) && m.val.Valid() {
			ref = m.val
		}
		if m.val.Valid() {
			e.Value = m.val
			if m.endVal.Valid() {
				e.EndValue = m.endVal
			}
		}
		out = append(out, e)
		i = m.end
	}
	return out
}

// matchAt returns the longest match starting at token i.
func (s *scanner) matchAt(i int) (match, bool) {
	s.cur = i
	var best match
	found := false
	try := func(m match, ok bool) {
		if ok && m.end > i && (!found || m.end > best.end) {
			best, found = m, true
		}
	}
	switch s.toks[i].kind {
	case tNum:
		try(s.numericDate(i))
		try(s.dayFirst(i))
		try(s.yearExpr(i))
		try(s.countExpr(i))
		try(s.clockExpr(i))
	case tWord:
		if !starters()[s.toks[i].low] {
			return best, false
		}
		try(s.quarterExpr(i))
		try(s.weekdayExpr(i))
		try(s.dayFirst(i))
		try(s.monthExpr(i))
		try(s.yearExpr(i))
		try(s.relativeExpr(i))
		try(s.countExpr(i))
		try(s.setExpr(i))
		try(s.clockExpr(i))
	}
	return best, found
}

// --- token helpers -------------------------------------------------------

func (s *scanner) low(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].low
}

func (s *scanner) is(i int, w string) bool { return s.low(i) == w }

// attached reports whether token i exists and touches the token before it.
func (s *scanner) attached(i int) bool { return i < len(s.toks) && i > 0 && !s.toks[i].gap }

func (s *scanner) num(i int) (int, int, bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tNum || s.toks[i].num < 0 {
		return 0, 0, false
	}
	return s.toks[i].num, s.toks[i].end - s.toks[i].start, true
}

// dayNum reads a day of month: one or two digits, 1..31.
func (s *scanner) dayNum(i int) (int, bool) {
	n, w, ok := s.num(i)
	return n, ok && w <= 2 && n >= 1 && n <= 31
}

// yearNum reads a four-digit year between lo and hi.
func (s *scanner) yearNum(i, lo, hi int) (int, bool) {
	n, w, ok := s.num(i)
	return n, ok && w == 4 && n >= lo && n <= hi
}

// isDash reports whether token i is a hyphen or a dash.
func (s *scanner) isDash(i int) bool {
	switch s.low(i) {
	case "-", "–", "—":
		return true
	}
	return false
}

// sentenceStart reports whether token i opens a sentence or line.
func (s *scanner) sentenceStart(i int) bool {
	if i == 0 {
		return true
	}
	switch s.low(i - 1) {
	case ".", "!", "?", "\"", "“", "”", ":", "(", "-", "–", "—":
		return true
	}
	for k := s.toks[i-1].end; k < s.toks[i].start; k++ {
		if s.text[k] == '\n' {
			return true
		}
	}
	return false
}

// numberIsolated reports whether the number token i stands alone and is not
// part of a longer figure such as "2.024", "2024,5" or "1/2024".
func (s *scanner) numberIsolated(i int) bool {
	// A separator and digits after it: "2024,5", "2.024".
	if s.attached(i+1) && s.attached(i+2) && s.toks[i+2].kind == tNum {
		switch s.low(i + 1) {
		case ".", ",", "/", ":":
			return false
		}
	}
	if !s.attached(i) {
		return true
	}
	// Digits and a separator before it, or a dollar sign: "1.2024", "$2024".
	switch s.low(i - 1) {
	case "$":
		return false
	case ".", ",", "/", ":":
		return !(i >= 2 && s.attached(i-1) && s.toks[i-2].kind == tNum)
	}
	return true
}

// connector reads a range connector at i ("-", "hingga", "s.d.", "s/d",
// "to"); with pair it also accepts "dan"/"and" (after "antara"/"between").
func (s *scanner) connector(i int, pair bool) (int, bool) {
	w := s.low(i)
	if w == "s" {
		// "s.d.", "s/d", "s.d" (sampai dengan).
		if (s.is(i+1, ".") || s.is(i+1, "/")) && s.is(i+2, "d") {
			if s.is(i+3, ".") && s.attached(i+3) {
				return i + 4, true
			}
			return i + 3, true
		}
		return 0, false
	}
	if w == "sampai" && s.is(i+1, "dengan") {
		return i + 2, true
	}
	if dateConnectors[w] {
		return i + 1, true
	}
	if pair && (w == "dan" || w == "and") {
		return i + 1, true
	}
	return 0, false
}

// tenseAt reads a direction word after a date or unit.
func (s *scanner) tenseAt(i int) (tense, int) {
	switch s.low(i) {
	case "lalu", "kemarin", "silam", "ago":
		return tensePast, i + 1
	case "yang":
		if s.is(i+1, "lalu") {
			return tensePast, i + 2
		}
		if s.is(i+1, "akan") && s.is(i+2, "datang") {
			return tenseFuture, i + 3
		}
	case "ini":
		return tenseThis, i + 1
	case "depan", "mendatang":
		return tenseFuture, i + 1
	}
	return tenseNone, i
}

// tail extends a date with what narrows or places it: a part of the day
// ("sore", "dini hari"), a clock time ("pukul 10.00 WIB") and a direction
// word ("lalu", "kemarin", "ini"), as in "Minggu (28/12/2014) pukul 06.18
// WIB kemarin". It returns the index after them and the direction.
func (s *scanner) tail(j int) (int, tense) {
	part := false
	if dayParts[s.low(j)] {
		j++
		part = true
	} else if s.is(j, "dini") && s.is(j+1, "hari") {
		j += 2
		part = true
	}
	if part && (s.is(j, "waktu") && s.is(j+1, "setempat") || s.is(j, "local") && s.is(j+1, "time")) {
		j += 2
	}
	// A clock after a comma ("Rabu (31/12/2014), pukul 05.00") is left as an
	// expression of its own, as TimeML annotators do; English "at" joins
	// ("June 16 at 10:00 GMT").
	if s.is(j, "at") {
		if k, ok := s.clockAt(j + 1); ok {
			j = k
		}
	}
	if k, ok := s.clockAt(j); ok {
		j = k
		if dayParts[s.low(j)] {
			j++
		}
	}
	t, k := s.tenseAt(j)
	if t != tenseNone {
		return k, t
	}
	if part && s.is(j, "itu") {
		return j + 1, tenseNone
	}
	return j, tenseNone
}

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

// --- numbers ---------------------------------------------------------------

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

// --- numeric dates -----------------------------------------------------------

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

// --- day-first dates ---------------------------------------------------------

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

// --- month-led dates -----------------------------------------------------------

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

// --- years -----------------------------------------------------------------

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

// --- weekdays ---------------------------------------------------------------

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

// --- relative words -------------------------------------------------------------

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

// --- counted units --------------------------------------------------------------

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
}

// futureContext reports whether a future cue stands in the same clause within
// a few tokens before token i.
func (s *scanner) futureContext(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
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
