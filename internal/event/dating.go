package event

import (
	"kronik/internal/calendar"
	"kronik/internal/record"
	"kronik/internal/timex"
	"sort"
	"strings"
)

// anaphoricTime resolves a time that the sentence gives by pointing back:
// "that same month" is the month of the time named before it in the sentence
// (or, failing one, in the sentence before); a month "that year" takes the year
// of the time named before. tm and ok are what nearestTime found.
func anaphoricTime(views []sentenceView, vi int, tm record.Time, ok bool) (record.Time, bool) {
	v := &views[vi]
	month, year := -1, -1
	for _, c := range sameMonthCues {
		if i := v.index(c); i >= 0 {
			month = v.s.Start + i
			break
		}
	}
	if month < 0 {
		for _, c := range sameYearCues {
			if i := v.index(c); i >= 0 {
				year = v.s.Start + i
				break
			}
		}
	}
	if month < 0 && year < 0 {
		return record.Time{}, false
	}
	cue := month
	if cue < 0 {
		cue = year
		// only a month or day without a year of its own takes the year
		if !ok || precisionOf(tm.Value) < calendar.Month || tm.Start >= cue || containsYear(tm.Text) {
			return record.Time{}, false
		}
		cue = tm.Start
	}
	var before *record.Time
	for i := range v.times {
		if t := &v.times[i]; t.Start < cue && precisionOf(t.Value) >= calendar.Year && (year < 0 || t.Start != tm.Start) {
			before = t
		}
	}
	if before == nil && vi > 0 {
		if pt, found := previousTime(views, vi); found {
			before = &pt
		}
	}
	if before == nil || precisionOf(before.Value) < calendar.Year || !isYearToken(before.Value[:4]) {
		return record.Time{}, false
	}
	if month >= 0 {
		if precisionOf(before.Value) < calendar.Month {
			return record.Time{}, false
		}
		return record.Time{Text: before.Text, Start: before.Start, End: before.End, Value: before.Value[:7], Kind: "date"}, true
	}
	out := tm
	out.Value = before.Value[:4] + tm.Value[4:]
	if out.EndValue != "" {
		out.EndValue = before.Value[:4] + tm.EndValue[4:]
	}
	return out, true
}

// containsYear reports whether a time's text names a year ("Maret 2025").
func containsYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if isYearToken(s[i:i+4]) && (i == 0 || s[i-1] < '0' || s[i-1] > '9') && (i+4 == len(s) || s[i+4] < '0' || s[i+4] > '9') {
			return true
		}
	}
	return false
}

// dayShift is -1 or +1 when a sentence opens by dating its event a day before
// or after the one just reported ("A day earlier, ..."), else 0. Only as the
// opening adverbial: inside a clause ("X, who arrived a day earlier, met Y")
// the cue dates something else.
func dayShift(ls string) int {
	opens := func(cues []string) bool {
		for _, c := range cues {
			// a cue opening within the first 12 bytes lies in this prefix
			if i := strings.Index(ls[:min(len(ls), 12+len(c))], c); i >= 0 && i <= 12 {
				return true
			}
		}
		return false
	}
	switch {
	case opens(dayBeforeCues):
		return -1
	case opens(dayAfterCues):
		return 1
	}
	return 0
}

// dayOffsetClause finds "sehari setelah/sebelum" or "a day after/before"
// within three words before the trigger at i: it returns the index of the
// connective and -1 (after: the event was the day before) or +1 (before).
func dayOffsetClause(v *sentenceView, i int) (int, int) {
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		shift, ok := dayConnectives[v.low[k]]
		if !ok {
			continue
		}
		// the trigger follows the connective: "sehari setelah bertemu X, ia
		// ..." puts the meeting a day before the time of the main clause
		shift = -shift
		if oneDay.endAt(v.low, k-1) {
			return k, shift
		}
		return 0, 0
	}
	return 0, 0
}

// frontedTimeEnd returns the byte offset where a time expression ends that
// opens the sentence (within its first four tokens) and is followed by a comma
// and the clause of before or after holding token ti, else 0.
func frontedTimeEnd(v *sentenceView, ti int) int {
	cue := ti - 1
	if !sequenceCues[v.low[cue]] {
		cue = ti - 2
	}
	if cue < 2 || v.low[cue-1] != "," {
		return 0
	}
	for _, t := range v.times {
		// the time ends at the comma's token: the token before the comma ends with it
		if v.s.Tokens[cue-2].End == t.End && t.Start <= v.s.Tokens[min(4, len(v.s.Tokens)-1)].Start {
			return t.End
		}
	}
	return 0
}

// fronted returns the index of the comma that closes a sentence-initial clause
// of after ("After talks with X, ...", "Setelah bertemu X, ...") holding token
// ti, or 0 when ti is in no such clause. (A fronted clause of before, "Sebelum
// bertemu langsung, keduanya berbicara via video pada Maret", usually recalls
// an event already reported, whose date the reference takes anyway.)
func fronted(v *sentenceView, ti int) int {
	if len(v.low) == 0 || !frontedAfterCues[v.low[0]] {
		return 0
	}
	for k := 1; k < len(v.low); k++ {
		if v.low[k] == "," {
			if ti < k {
				return k
			}
			return 0
		}
	}
	return 0
}

// dayOffsetFollowing finds a clause "sehari sebelum/setelah", "a day
// before/after" opening within four words after the trigger (which ends at j):
// the index of its "sebelum"/"before" and the shift from the time named in it to
// the trigger's event (-1 for before, +1 for after), else 0, 0.
func dayOffsetFollowing(v *sentenceView, j int) (int, int) {
	for k := j + 1; k < len(v.low) && k <= j+5; k++ {
		if clauseBoundary(v.low[k-1]) && k-1 > j {
			return 0, 0
		}
		shift, ok := dayConnectives[v.low[k]]
		if !ok {
			continue
		}
		if oneDay.endAt(v.low, k-1) {
			return k, shift
		}
		return 0, 0
	}
	return 0, 0
}

// latestDay is the date of the last event before sentence vi dated to a
// single day, or "".
func latestDay(prev []*candidate, vi int) string {
	p := latest(prev, vi, 1<<30, func(p *candidate) bool {
		return precisionOf(deref(p.ev.Date)) == calendar.Day && p.ev.DateEnd == nil && p.sent < vi
	})
	if p == nil {
		return ""
	}
	return *p.ev.Date
}

// addDays shifts a YYYY-MM-DD date by n days.
func addDays(d string, n int) string {
	t, ok := calendar.ParseDay(d)
	if !ok {
		return d
	}
	return t.AddDays(n).String()
}

// previousTime is the last time expression of the sentence before vi.
func previousTime(views []sentenceView, vi int) (record.Time, bool) {
	if vi == 0 || len(views[vi-1].times) == 0 {
		return record.Time{}, false
	}
	ts := views[vi-1].times
	return ts[len(ts)-1], true
}

// timeNear reports whether a time expression starts within n tokens after
// token index k: a summit named with its own date ("KTT perdana pada tahun 2023").
func timeNear(v *sentenceView, k, n int) bool {
	if k >= len(v.s.Tokens) {
		return false
	}
	lim := k + n
	if lim >= len(v.s.Tokens) {
		lim = len(v.s.Tokens) - 1
	}
	from, to := v.s.Tokens[k].Start, v.s.Tokens[lim].End
	for _, t := range v.times {
		if t.Start >= from && t.Start <= to {
			return true
		}
	}
	return false
}

// reportDay is the latest day the report can speak of as past: the
// publication date. Without one there is no such bound (the latest date the
// text mentions may be a day before the report's own).
func reportDay(in Input, _ string) string {
	return in.Published
}

// timeClauseStart returns the token of a conjunction of time ("as",
// "when") that opens the trigger's clause at ti, its subject (a
// name or a pronoun) right between, or 0 for none.
func timeClauseStart(v *sentenceView, ti int) int {
	k := ti - 1
	if k > 0 && pronouns[v.low[k]] {
		k--
	} else {
		for _, m := range v.mentions {
			if m.tj == ti && m.ti > 0 {
				k = m.ti - 1
				break
			}
		}
	}
	if k > 0 && k < ti-1 && timeConjunctions[v.low[k]] {
		return k
	}
	return 0
}

// visitDays returns the length in days a sentence gives a visit ("a
// four-day official visit", "a 3-day trip", "kunjungan kenegaraan selama
// tiga hari", "lawatan dua hari"), or 0.
func visitDays(v *sentenceView) int {
	for k, w := range v.low {
		if n, ok := strings.CutSuffix(w, "-day"); ok {
			// the length is the visit's: a visit noun within three words
			for j := k + 1; j < len(v.low) && j <= k+3; j++ {
				if visitHeads[v.low[j]] {
					return dayCount(n)
				}
			}
			continue
		}
		if k+1 < len(v.low) && v.low[k+1] == "hari" && k > 0 {
			// "kunjungan (kenegaraan) (selama) tiga hari"
			for j := k - 1; j >= 0 && j >= k-4; j-- {
				if visitHeads[v.low[j]] {
					return dayCount(w)
				}
			}
		}
	}
	return 0
}

// dayCount reads a small count of days a visit lasts, in words (two to
// seven, timex's number words) or digits ("three", "tiga", "3"), or 0.
func dayCount(w string) int {
	if n, ok := timex.NumberWord(w); ok {
		if n >= 2 && n <= 7 {
			return n
		}
		return 0
	}
	if len(w) == 1 && w[0] >= '2' && w[0] <= '9' {
		return int(w[0] - '0')
	}
	return 0
}

// plannedBefore reports whether a cue of a plan ("will", "plans") stands
// before token k in the sentence.
func plannedBefore(v *sentenceView, k int) bool {
	for _, w := range v.low[:k] {
		if plannedCues[w] {
			return true
		}
	}
	return false
}

// nearestTime picks the time expression of the sentence closest to the trigger.
// An event reported as having happened cannot take a date after the report:
// "mengadopsi Pernyataan Bersama, yang menargetkan ... pada 2028" was adopted
// before 2028.
//
// Times inside the argument [from, to) belong to its name; times after a
// relative or participial clause opens ("yang menargetkan ... 2028", "setting a
// target ... by 2028") belong to that clause.
func nearestTime(v *sentenceView, ti, from, to int, ownClause, lasting bool, modality, report string) (record.Time, bool) {
	pos := v.s.Tokens[ti].Start
	argStart, argEnd := v.s.Tokens[from].Start, v.s.Tokens[to-1].End
	// excluded byte ranges: a relative clause runs to the next comma
	// ("Prabowo, yang saat itu menjabat Menteri Pertahanan, dan ... pada 29
	// Agustus 2024"); a participial clause to the end of the sentence
	type span struct{ a, b int }
	var skip []span
	for k := to; k < len(v.low); k++ {
		w := v.low[k]
		// "di Hanoi, tempat Prabowo mendarat dua hari sebelumnya, Selasa (4/3)", "in
		// Hanoi, where Prabowo landed on Tuesday": a clause on a place
		placeClause := placeRelativizers[w] && v.low[k-1] == ","
		if !clauseOpeners[w] && !placeClause || eventClause(v, k+1) || (ownClause && k-to <= 2) {
			continue
		}
		end := v.s.End
		if relativizers[w] {
			for j := k + 1; j < len(v.low); j++ {
				if v.low[j] == "," {
					end = v.s.Tokens[j].Start
					break
				}
			}
		}
		skip = append(skip, span{v.s.Tokens[k].Start, end})
	}
	// "Mr Albanese, who arrived in Dili on March 25, held talks ...": a
	// relative clause between commas before the trigger describes the subject
	for k := 1; k < ti; k++ {
		if !relativizers[v.low[k]] || v.low[k-1] != "," {
			continue
		}
		for j := k + 1; j < ti; j++ {
			if v.low[j] == "," {
				skip = append(skip, span{v.s.Tokens[k].Start, v.s.Tokens[j].Start})
				k = j
				break
			}
		}
	}
	// "... will join from next year under a scheme announced as Albanese met
	// Marape": an English verb in the simple past in a clause of time under
	// a main clause that states a plan does not take the plan's time (in
	// "signed on Monday when Xi met Putin" the two clauses share theirs)
	if k := timeClauseStart(v, ti); k > 0 && v.english && pastFinite(v, ti) && plannedBefore(v, k) {
		skip = append(skip, span{v.s.Start, v.s.Tokens[k].Start})
	}
	// "landed in Hanoi on Wednesday evening before sitting down with Lam",
	// "tiba pada Senin sebelum bertemu ...": a trigger in a clause of before or
	// after does not take the time of the main clause before it
	if ti >= 1 && sequenceCues[v.low[ti-1]] || ti >= 2 && sequenceCues[v.low[ti-2]] && sequenceDeterminers[v.low[ti-1]] {
		from := v.s.Start
		// "(Sebelumnya,) pada Jumat (12/1), usai bertemu A, B bertemu C": a
		// time fronted before both clauses frames the clause of after too
		if f := frontedTimeEnd(v, ti); f > 0 {
			from = f
		}
		skip = append(skip, span{from, v.s.Tokens[ti].Start})
	}
	// "After talks with Marcos in Manila, Lula flies on to Jakarta for the
	// summit on Friday", "Setelah bertemu X, Y terbang ke Z pada Jumat": a
	// trigger in a fronted clause of after does not take the time of the main
	// clause after it
	if c := fronted(v, ti); c > 0 {
		skip = append(skip, span{v.s.Tokens[c].Start, v.s.End})
	}
	// "X will attend the summit as an observer, ..., as Y is contesting the
	// election on May 14": a later clause joined by a comma and a conjunction
	// has its own events and times
	for k := to + 1; k < len(v.low); k++ {
		// "met in Bali ahead of a G20 summit on Tuesday": the time is the
		// summit's, which the event comes before
		if v.low[k-1] == "," && laterClause[v.low[k]] || aheadCues[v.low[k]] {
			skip = append(skip, span{v.s.Tokens[k].Start, v.s.End})
			break
		}
	}
	// "datang ke Jakarta setelah dilantik pada 20 Oktober", "met Lam after
	// being sworn in on Monday": a clause of after or before following the
	// trigger and opened by a verb is another act, whose time it names
	for k := to; k+1 < len(v.low); k++ {
		if sequenceCues[v.low[k]] && verbForm(v, v.low[k+1]) {
			end := v.s.End
			for j := k + 1; j < len(v.low); j++ {
				if v.low[j] == "," || v.low[j] == ";" {
					end = v.s.Tokens[j].Start
					break
				}
			}
			skip = append(skip, span{v.s.Tokens[k].Start, end})
			break
		}
	}
	inSkip := func(p int) bool {
		for _, sp := range skip {
			if p >= sp.a && p < sp.b {
				return true
			}
		}
		return false
	}
	var best record.Time
	bd := 1 << 30
	for _, t := range v.times {
		if (t.Start >= argStart && t.Start < argEnd) || inSkip(t.Start) || longRange(t) || bound(v, t) && !(lasting && until(v, t)) || quotedAt(v, t.Start) {
			continue // (a time in a quotation is the speaker's: "landasan untuk hari esok")
		}
		d := t.Start - pos
		if d < 0 {
			d = -d + 1 // prefer a time after the trigger at equal distance
		}
		if d < bd {
			best, bd = t, d
		}
	}
	return best, bd < 1<<30
}

// bound reports whether a time is a deadline or a limit ("target ... by 2028",
// "hingga 2030", "until 2027") rather than when something happened.
func bound(v *sentenceView, t record.Time) bool {
	k := sort.Search(len(v.s.Tokens), func(i int) bool { return v.s.Tokens[i].Start >= t.Start })
	if k == 0 || k > len(v.low) {
		return false
	}
	return boundaryWords[v.low[k-1]]
}

// longRange: a range of more than two months ("2025-2029") is a period, not
// the date of a meeting or signing.
// until reports whether a time is the end of a span: "hingga Senin", "sampai
// 4 Juli", "until Friday".
func until(v *sentenceView, t record.Time) bool {
	k := sort.Search(len(v.s.Tokens), func(i int) bool { return v.s.Tokens[i].Start >= t.Start })
	return k > 0 && k <= len(v.low) && untilWords[v.low[k-1]]
}

func longRange(t record.Time) bool {
	if t.EndValue == "" {
		return false
	}
	a, ok1 := calendar.Parse(t.Value)
	b, ok2 := calendar.Parse(t.EndValue)
	return ok1 && ok2 && b.Last().Sub(a) > 62
}

// after reports whether date a (at its own granularity) begins after day b.
func after(a, b string) bool {
	a0, ok1 := calendar.Parse(a)
	b0, ok2 := calendar.Parse(b)
	return ok1 && ok2 && a0.Compare(b0.Last()) > 0
}

// dateEvent dates the event. In order: the sentence's own time expression
// (shifted by "sehari setelah" clauses), a day before or after the last dated
// event ("A day earlier"), the same day ("pada hari yang sama"), the time a
// "saat itu" points back to, the event the sentence refers to, a related event
// just reported, the story's day, the publication date.
func dateEvent(in Input, views []sentenceView, vi int, h hit, prev []*candidate, docDay string, c *candidate, f frame) {
	v := &views[vi]
	t := h.c.trigger
	sameDay := v.containsAny(sameDayCues)
	// a relative clause right after an event noun describes the event
	// itself ("kunjungan kenegaraan yang dilakukan X ... 2 hingga 4 Juli")
	ownClause := t.kind == nominal || t.kind == summit
	// a gathering or a visit lasts: "KTT diadakan ... hingga Senin (1/9)" ran
	// until that day, which is one of its days
	lasting := c.ev.Mode == "multilateral" || c.ev.Mode == "visit"
	tm, ok := nearestTime(v, h.i, f.argFrom, f.argTo, ownClause, lasting, c.ev.Modality, reportDay(in, docDay))
	if at, found := anaphoricTime(views, vi, tm, ok); found {
		tm, ok = at, true
	}
	// "..., Rabu (21/10), sehari setelah keduanya menggelar pertemuan
	// bilateral": the event of a clause "a day after/before" happened a day
	// before/after the time of the clause it depends on
	if k, shift := dayOffsetClause(v, h.i); ok && shift != 0 && precisionOf(tm.Value) == calendar.Day && tm.EndValue == "" && tm.Start < v.s.Tokens[k].Start {
		tm.Value = addDays(tm.Value, shift)
	} else if k, shift := dayOffsetFollowing(v, h.j); ok && shift != 0 && precisionOf(tm.Value) == calendar.Day && tm.EndValue == "" && tm.Start > v.s.Tokens[k].Start {
		// "Jokowi dan Biden bertemu sehari sebelum KTT digelar pada Selasa
		// (15/11)": the time is the other event's, a day after this one
		tm.Value = addDays(tm.Value, shift)
	}
	if ok && !sameDay {
		if c.ev.Modality == "occurred" && in.Published != "" && after(tm.Value, in.Published) {
			// dated after the report: "Wong melanjutkan lawatannya ke X pada
			// Selasa" in Monday's paper is a plan, not a report
			c.ev.Modality = "planned"
		}
		c.ev.Date, c.dateFrom = strPtr(tm.Value), "text"
		if tm.EndValue != "" {
			c.ev.DateEnd = strPtr(tm.EndValue)
		}
	} else if shift := dayShift(v.lowText); shift != 0 && latestDay(prev, vi) != "" {
		// "A day earlier, X held a phone call ...", "Keesokan harinya, ...": a
		// day before or after the last event dated to a day
		c.ev.Date, c.dateFrom = strPtr(addDays(latestDay(prev, vi), shift)), "context"
	} else if p := latest(prev, vi, 1<<30, func(p *candidate) bool { return precisionOf(deref(p.ev.Date)) == calendar.Day && p.ev.DateEnd == nil }); sameDay && p != nil {
		// "pada hari yang sama": the day of the last event dated to a day
		c.ev.Date, c.dateFrom = p.ev.Date, "context"
	} else if sameDay && docDay != "" {
		c.ev.Date, c.dateFrom = strPtr(docDay), "doc"
	} else if p := latest(prev, vi, 1, func(p *candidate) bool { return p.ev.Date != nil }); p != nil && v.containsAny(thenCues) {
		c.ev.Date, c.ev.DateEnd, c.dateFrom = p.ev.Date, p.ev.DateEnd, "context"
	} else if tm, ok := previousTime(views, vi); ok && v.containsAny(thenCues) {
		// "CFM sebelumnya berlangsung di Istanbul pada 21-22 Juni 2025. Saat itu
		// para menteri mengesahkan ...": "at the time" is the time the sentence
		// before gives, even when no event was found there
		c.ev.Date, c.dateFrom = strPtr(tm.Value), "context"
		if tm.EndValue != "" {
			c.ev.DateEnd = strPtr(tm.EndValue)
		}
	} else if p := referencedEvent(v, prev, vi, c); p != nil {
		// "Dalam kunjungan itu, kedua negara menandatangani ...": the signing
		// is dated by the visit the sentence points back to
		c.ev.Date, c.ev.DateEnd, c.dateFrom = p.ev.Date, p.ev.DateEnd, "context"
	} else if p := recentRelated(prev, c, vi, docDay, in.Published); p != nil && !(duringVisit(p, c, docDay)) {
		c.ev.Date, c.ev.DateEnd, c.dateFrom = p.ev.Date, p.ev.DateEnd, "context"
		// the day of the latest mention ("disambut ... Selasa" after "tiba ...
		// Senin"), unless that mention is an arrival, which dates only itself
		if p.lastDate != nil && !p.arrival {
			c.ev.Date, c.ev.DateEnd = p.lastDate, p.lastDateEnd
		}
	} else if docDay != "" {
		c.ev.Date, c.dateFrom = strPtr(docDay), "doc"
	} else if in.Published != "" {
		c.ev.Date, c.dateFrom = strPtr(in.Published), "published"
	}
	// "arrived on Monday for a four-day official visit", "tiba ... Senin
	// untuk kunjungan kenegaraan selama tiga hari": the visit's days from
	// its first
	if c.ev.Mode == "visit" && c.dateFrom == "text" && c.ev.DateEnd == nil && precisionOf(deref(c.ev.Date)) == calendar.Day && (c.arrival || hasAny(v.low, visitStartVerbs)) {
		if n := visitDays(v); n > 1 {
			c.ev.DateEnd = strPtr(addDays(*c.ev.Date, n-1))
		}
	}
	if c.reference && t.kind != sign && c.dateFrom == "text" && !timeNear(v, f.argTo, 4) {
		// "Dalam pertemuan itu, kedua menteri sepakat menggelar sidang ... pada
		// Desember": the date belongs to the clause, not to the meeting referred to
		c.ev.Date, c.ev.DateEnd, c.dateFrom = nil, nil, ""
	}
}

// duringVisit reports whether an undated meeting or signing related to a
// visit's arrival happened on the story's day rather than on the arrival day: "X
// landed in Hanoi on Wednesday ... He later met Y" in a story about Thursday's
// talks. The story's day must fall within three days after the arrival.
func duringVisit(p, c *candidate, docDay string) bool {
	if p.ev.Mode != "visit" || c.ev.Mode == "visit" || docDay == "" || p.ev.DateEnd != nil || !p.arrival {
		return false
	}
	d := dayDiff(docDay, deref(p.ev.Date))
	return d > 0 && d <= 3
}

// precisionOf is how much of a date value ("2025", "2025-06", "2025-06-16",
// as timex and the event record write them) is known; zero for "" and for
// anything that is not a date. Rules ask it whether a value names a day, a
// month or only a year.
func precisionOf(s string) calendar.Precision {
	d, _ := calendar.Parse(s)
	return d.Precision()
}
