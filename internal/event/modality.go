package event

import (
	"strings"

	"kronik/internal/calendar"
	"kronik/internal/record"
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
	// bertolak ke X untuk bertemu Y", "undangan ... untuk berkunjung"
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
		if plannedCues[w] {
			return "planned"
		}
	}
	return "occurred"
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
// publication date, as timex reads a weekday after "will". A headline's
// present ("Xi travels to Kazakhstan") is the news convention for the past
// and stays occurred; so does a weekday that names itself past ("last
// Friday"). The gathering such a trip is for is to come as the trip is
// ("travels to Rio for the G20 summit on Monday").
func scheduledTrip(in Input, v *sentenceView, h hit, c *candidate) {
	if in.Lang != "en" || c.ev.Modality != "occurred" || !(c.ev.Mode == "visit" && presentTravelVerbs[v.low[h.i]] || tripPurpose(v, h)) || headline(in, v) {
		return
	}
	c.ev.Modality = "planned"
	if c.dateFrom != "text" || in.Published == "" || c.ev.DateEnd != nil || precisionOf(deref(c.ev.Date)) != calendar.Day || !after(in.Published, *c.ev.Date) {
		return
	}
	for _, t := range v.times {
		if t.Value == *c.ev.Date && bareWeekday(t.Text) {
			c.ev.Date = strPtr(addDays(*c.ev.Date, 7))
			return
		}
	}
}

// tripPurpose reports whether a gathering noun is the purpose of a
// present-tense trip in its clause: "flies to Rio for the G20 summit",
// "travels to Astana to attend the SCO summit".
func tripPurpose(v *sentenceView, h hit) bool {
	if h.c.kind != summit {
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
		if presentTravelVerbs[w] {
			return purpose
		}
	}
	return false
}

// bareWeekday reports whether a time expression is a weekday alone ("Friday",
// "on Friday"), with no word fixing its direction ("last Friday").
func bareWeekday(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	for _, w := range f {
		if !englishWeekdays[w] {
			return false
		}
	}
	return len(f) > 0
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
