package event

import (
	"strings"

	"kronik/internal/calendar"
	"kronik/internal/record"
	"kronik/internal/timex"
)

// deniesReport reports whether a sentence denies a report just given:
// "Kemlu menepis kabar tersebut", "The ministry denied the reports".
func deniesReport(v *sentenceView) bool {
	for k, w := range v.low {
		if !denialCues[w] {
			continue
		}
		for j := k + 1; j < len(v.low) && j <= k+3; j++ {
			if hearsayNouns[v.low[j]] {
				return true
			}
		}
	}
	return false
}

// denyReported marks as denied the events that the sentences just before vi
// report as hearsay ("Sebelumnya beredar kabar bahwa kedua menlu telah
// bertemu di Singapura. Kemlu menepis kabar tersebut.").
func denyReported(cands []*candidate, views []sentenceView, vi int) {
	for _, c := range cands {
		// (only events first reported there: a real event merely mentioned
		// again in the rumour stays)
		if c.sent < vi-2 || c.sent >= vi || c.ev.Modality != "occurred" {
			continue
		}
		if hasAny(views[c.sent].low, hearsayNouns) {
			c.ev.Modality = "denied"
		}
	}
}

// recurring reports whether a set expression ("setiap dua tahun", "tiap tahun",
// "every year") follows the trigger closely: the sentence describes a practice.
func recurring(v *sentenceView, h hit) bool {
	for k := h.j; k < len(v.low) && k <= h.j+8; k++ {
		if recurrenceCues[v.low[k]] {
			return true
		}
	}
	return false
}

// modality reads the words just before the predicate, within its clause.
func modality(v *sentenceView, k int) string {
	// a cancellation word in the trigger's clause ("Kunjungan X Ditunda,
	// Prabowo dan Erdogan Bicara Lewat Telepon": the visit, not the call)
	lo, hi := k, k
	for lo > 0 && !isClauseEnd(v.low[lo-1]) {
		lo--
	}
	for hi < len(v.low) && !isClauseEnd(v.low[hi]) {
		hi++
	}
	for j := lo; j < hi; j++ {
		if cancelCues[v.low[j]] || cancelPhrases.startAt(v.low[:hi], j) {
			return "cancelled"
		}
	}
	for d := 1; d <= 4 && k-d >= 0; d++ {
		w := v.low[k-d]
		if clauseBoundary(w) {
			break
		}
		if negationCues[w] {
			return "denied"
		}
	}
	// a plan, schedule or invitation governs its whole clause: "dijadwalkan
	// bertolak ke X untuk bertemu Y", "undangan ... untuk berkunjung"; an
	// English verb in the simple past reports what happened, whatever plan
	// another clause states ("will ... under a scheme announced as X met Y")
	past := v.english && pastFinite(v, k)
	for d := 1; k-d >= 0; d++ {
		w := v.low[k-d]
		// a comma before a new clause ends the scope of a plan; a comma in an
		// apposition ("bertolak ke Kairo, Mesir, untuk bertemu") does not
		if w == ";" || w == "." || w == ":" || (w == "," && k-d+1 < len(v.low) && newClause[v.low[k-d+1]]) {
			break
		}
		if denialCues[w] {
			return "denied"
		}
		// "is due to fly to Jakarta": a schedule ("due to the weather" is a cause)
		if w == "due" && k-d > 0 && copulas[v.low[k-d-1]] {
			return "planned"
		}
		if plannedCues[w] && !past {
			return "planned"
		}
	}
	return "occurred"
}

// pastFinite reports whether token k is an English verb in the simple past
// ("met", "visited", "signed"): a past form (-ed, or an irregular one of
// the event verbs) with no auxiliary of the passive or the infinitive
// before it ("will be held", "to be signed" are still to come).
func pastFinite(v *sentenceView, k int) bool {
	w := v.low[k]
	if !irregularPasts[w] && !(strings.HasSuffix(w, "ed") && len(w) > 4) {
		return false
	}
	return k == 0 || !pastAuxiliaries[v.low[k-1]]
}

// Split divides extracted events into those the text reports as having
// happened or to happen (occurred, planned) and those it reports as denied or
// cancelled: a record keeps the second kind apart (events_not_occurred), so
// that counts, clusters and timelines hold only what took place or is to.
func Split(evs []record.Event) (events, notOccurred []record.Event) {
	for _, ev := range evs {
		if ev.Modality == "denied" || ev.Modality == "cancelled" {
			notOccurred = append(notOccurred, ev)
		} else {
			events = append(events, ev)
		}
	}
	return events, notOccurred
}

// scheduledTrip reads an English present-tense travel verb in the body of a
// story as a trip to come: "Widodo flies to Canberra on Friday" is planned,
// and its bare weekday, which timex resolved to the last such day (news
// mostly reports the past), is the first such day on or after the
// publication date, as timex reads a weekday after "will" (timex.NextWeekday).
// A headline's present ("Xi travels to Kazakhstan"), and that of any line of
// its own without a full stop (a related story's title, a list item), is
// the news convention for the past and stays occurred; so does a weekday
// that names itself past ("last Friday"). The gathering or talks such a
// trip is for are to come as the trip is ("travels to Rio for the G20
// summit on Monday", "arrives in Tokyo on Friday for talks with Ishiba").
func scheduledTrip(in Input, v *sentenceView, h hit, c *candidate) {
	if in.Lang != "en" || c.ev.Modality != "occurred" || !(c.ev.Mode == "visit" && presentTravelVerb(v, h.i) || tripPurpose(v, h)) || headline(in, v) || titleLine(in, v) || photoCaption(in, v) {
		return
	}
	c.ev.Modality = "planned"
	weekdayAhead(in, v, c)
}

// scheduledWeekday reads the bare weekday of an English event the sentence
// schedules in the present ("On Friday, X is scheduled to meet Y", "X is
// due to sign ... on Friday", "X will meet Y Friday") as the next such day,
// as timex does for a weekday after "will" only: a weekday before the cue
// was resolved to the last such day. A plan told in the past ("was
// scheduled to meet on Friday", "agreed to meet on Friday") may be over and
// keeps the last day.
func scheduledWeekday(in Input, v *sentenceView, k int, c *candidate) {
	if in.Lang != "en" || c.ev.Modality != "planned" || !presentSchedule(v, k) {
		return
	}
	weekdayAhead(in, v, c)
}

// presentSchedule reports whether the clause of token k schedules it in the
// present: "will", or a present copula before a word of schedule ("is
// scheduled to", "are due to", "is expected to", "is set to").
func presentSchedule(v *sentenceView, k int) bool {
	for d := 1; k-d >= 0; d++ {
		w := v.low[k-d]
		if isClauseEnd(w) {
			return false
		}
		if w == "will" || scheduleWords[w] && k-d > 0 && presentCopulas[v.low[k-d-1]] {
			return true
		}
	}
	return false
}

// weekdayAhead moves an event dated by a bare weekday of its sentence
// before the publication date ("on Friday", which timex resolved to the
// last such day, news mostly reporting the past) to the first such day on
// or after the publication date (timex.NextWeekday).
func weekdayAhead(in Input, v *sentenceView, c *candidate) {
	if c.dateFrom != "text" || in.Published == "" || c.ev.DateEnd != nil || precisionOf(deref(c.ev.Date)) != calendar.Day || !after(in.Published, *c.ev.Date) {
		return
	}
	anchor, ok := timex.ParseISO(in.Published)
	if !ok {
		return
	}
	for _, t := range v.times {
		if t.Value != *c.ev.Date {
			continue
		}
		if d, ok := timex.NextWeekday(t.Text, anchor); ok {
			c.ev.Date = strPtr(d.String())
			return
		}
	}
}

// presentTravelVerb reports whether token i is an English travel verb in
// the present tense. "visits" is also the plural noun ("following visits
// to Laos and Vietnam", "his visits"): it is the verb only right after its
// subject, a name or a pronoun.
func presentTravelVerb(v *sentenceView, i int) bool {
	w := v.low[i]
	if !presentTravelVerbs[w] {
		return false
	}
	if w != "visits" {
		return true
	}
	if i > 0 && pronouns[v.low[i-1]] {
		return true
	}
	for _, m := range v.mentions {
		if m.tj == i {
			return true
		}
	}
	return false
}

// tripPurpose reports whether a gathering or talks are the purpose of a
// present-tense trip in its clause: "flies to Rio for the G20 summit",
// "travels to Astana to attend the SCO summit", "arrives in Tokyo for talks
// with Ishiba".
func tripPurpose(v *sentenceView, h hit) bool {
	if h.c.kind != summit && !(h.c.kind == nominal && h.c.mode == "meet") {
		return false
	}
	purpose := false
	for k := h.i - 1; k >= 0 && k >= h.i-15; k-- {
		w := v.low[k]
		if w == "." || w == ";" || (w == "," && k+1 < len(v.low) && newClause[v.low[k+1]]) {
			return false
		}
		if purposeWords[w] {
			purpose = true
		}
		if presentTravelVerb(v, k) {
			return purpose
		}
	}
	return false
}

// photoCaption reports whether a sentence belongs to a photo's caption,
// whose present tense tells what the picture shows ("Xi arrives at Haneda
// airport, March 20. REUTERS/Name", "FILE PHOTO: ..."): its line is one by
// the article's rule (Input.Caption).
func photoCaption(in Input, v *sentenceView) bool {
	if in.Caption == nil {
		return false
	}
	a := strings.LastIndexByte(in.Text[:v.s.Start], '\n') + 1
	b := strings.IndexByte(in.Text[v.s.End:], '\n')
	if b < 0 {
		b = len(in.Text)
	} else {
		b += v.s.End
	}
	return in.Caption(in.Text[a:b])
}

// titleLine reports whether a sentence is a line of its own that ends
// without a full stop: a title (of the story, a related story, a section)
// or a list item, which news writes in the headline's present.
func titleLine(in Input, v *sentenceView) bool {
	if len(v.low) == 0 {
		return false
	}
	switch v.low[len(v.low)-1] {
	case ".", "!", "?", "\"", "”", ":":
		return false
	}
	before := strings.TrimRight(in.Text[:v.s.Start], " \t\r-–—•*")
	rest := strings.TrimLeft(in.Text[v.s.End:], " \t\r")
	return (before == "" || before[len(before)-1] == '\n') && (rest == "" || rest[0] == '\n')
}

// headline reports whether a sentence is the story's headline: the text
// before the lede internal/article found, or, with no lede, a first line that
// ends without a full stop (a headline is a title, not a sentence).
func headline(in Input, v *sentenceView) bool {
	if in.Lede[1] > in.Lede[0] {
		return v.s.End <= in.Lede[0]
	}
	if v.idx != 0 || len(v.low) == 0 {
		return false
	}
	switch v.low[len(v.low)-1] {
	case ".", "!", "?", "\"", "”":
		return false
	}
	rest := strings.TrimLeft(in.Text[v.s.End:], " \t\r")
	return rest == "" || rest[0] == '\n'
}
