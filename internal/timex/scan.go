package timex

// scanner walks the tokens of one text and tries the matchers at each token.
// At a token the longest match wins and the scan resumes after it, so spans
// never overlap and come out in text order.
type scanner struct {
	text   string
	lower  string // text with ASCII letters lower-cased, for the lexicons
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
		st, en := int(s.toks[i].start), int(s.toks[m.end-1].end)
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
	d := matcherIndex()
	var tried []int
	switch s.toks[i].kind {
	case tNum:
		tried = d.numeric
	case tWord:
		tried = d.byWord[s.low(i)]
	}
	for _, k := range tried {
		try(d.all[k].read(s, i))
	}
	return best, found
}

func (s *scanner) low(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.lower[s.toks[i].start:s.toks[i].end]
}

func (s *scanner) is(i int, w string) bool { return s.low(i) == w }

// attached reports whether token i exists and touches the token before it.
func (s *scanner) attached(i int) bool { return i < len(s.toks) && i > 0 && !s.toks[i].gap }

func (s *scanner) num(i int) (int, int, bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tNum || s.toks[i].num < 0 {
		return 0, 0, false
	}
	t := s.toks[i]
	return int(t.num), int(t.end - t.start), true
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
