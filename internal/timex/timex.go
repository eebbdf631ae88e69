// Package timex finds time expressions in Indonesian and English news text and
// resolves them against the publication date: absolute dates ("16 Juni 2025",
// "June 16, 2025", "(16/6/2025)"), partial ones ("Selasa (17/6)", "Juni",
// "pada 2024"), ranges ("2 hingga 4 Juli lalu"), relative ones ("kemarin",
// "dua tahun lalu", "last Friday"), durations ("selama dua tahun") and sets
// ("setiap tahun").
//
// The scanner runs a small set of matchers over the pipeline's one token
// stream, cut into pieces by internal/text (text.Cut; no regular expressions
// over running text, no tokenizer of its own). A resolved date
// is never finer than the text supports: "pada 2013" stays "2013".
//
// Choices a caller may rely on:
//   - A bare weekday ("pada hari Selasa", "on Tuesday") is the most recent such
//     day on or before the anchor (news mostly reports the past), unless a
//     future cue ("akan", "dijadwalkan", "will") stands before it in the same
//     clause: then it is the first such day on or after the anchor. "Selasa
//     lalu/kemarin" and "last Tuesday" are strictly before the anchor; "Selasa
//     depan/mendatang" and "next Tuesday" strictly after; "Selasa ini" is the
//     Tuesday of the anchor's Monday-based week.
//   - "pekan lalu", "minggu lalu", "last week" and other week-sized offsets
//     resolve at month granularity: the month that holds the day a week (or N
//     weeks) from the anchor. A day would claim precision the text lacks.
//   - A day or month without a year takes the year that puts it nearest the
//     anchor, with a bias to the past (a future reading must be twice as close);
//     "lalu"/"kemarin"/"silam" force the past, "depan"/"mendatang" the future,
//     and a weekday in "Selasa (17/6)" picks the year whose calendar agrees;
//     a future cue before it, as for weekdays, forces the future.
//   - Present and past references ("saat ini", "kini", "saat itu") are returned
//     with Kind "relative" and a zero Value: they have no date of their own.
//   - Offsets from another date ("dua hari kemudian", "tahun sebelumnya",
//     "hari itu", "the previous year") are resolved against the date the text
//     mentioned last, as TimeML annotators do; with none before them, or one
//     coarser than the offset (a day after "2019"), the Value stays zero.
//   - Quarters and halves ("kuartal I-2025", "Q1 2025") resolve to their year.
//   - Clock times ("pukul 10.00 WIB") standing alone have Kind "time" and a zero
//     Value; after a date they become part of the date's span.
//
// What it owns and may not touch: the package reads plain text with its
// pieces (text.Piece), a language code and an anchor date and returns Exprs; it knows nothing of sentences,
// entities, events or records (the pipeline converts Exprs), and it never
// decides which date an event has: that is internal/event's. Each matcher
// (matchers.go) declares the words that open it; the files hold one family of
// constructions each (days, months and years, weekdays, relative words,
// counts, clock times).
package timex

import (
	"fmt"

	"kronik/internal/calendar"
	"kronik/internal/text"
)

// Date is a calendar date at year, month or day granularity (Month/Day 0 when unknown).
type Date struct{ Year, Month, Day int }

// String formats d as "2025", "2025-06" or "2025-06-16"; "" when d is zero.
func (d Date) String() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// IsZero reports whether d carries no date at all.
func (d Date) IsZero() bool { return d.Year == 0 }

// Valid reports whether d is a well-formed date at its granularity: a month
// only with a year, a day only with a month, and the day within the month.
func (d Date) Valid() bool {
	if d.Year < 1 || d.Year > 9999 || d.Month < 0 || d.Month > 12 || d.Day < 0 {
		return false
	}
	if d.Month == 0 {
		return d.Day == 0
	}
	return d.Day <= daysIn(d.Year, d.Month)
}

// ParseISO parses "2025", "2025-06" or "2025-06-16" (no other forms) of a
// year from 1 to 9999; calendar reads the strings for every stage.
func ParseISO(s string) (Date, bool) {
	c, ok := calendar.Parse(s)
	if !ok || c.Year() < 1 {
		return Date{}, false
	}
	d := Date{Year: c.Year()}
	if c.Precision() >= calendar.Month {
		d.Month = c.Month()
	}
	if c.Precision() == calendar.Day {
		d.Day = c.Day()
	}
	return d, true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) > 0
}

// Kinds of time expression.
const (
	KindDate     = "date"     // a calendar date written (fully or partly) in the text
	KindRange    = "range"    // a span of dates: Value is its start, EndValue its end
	KindRelative = "relative" // a date given relative to the anchor or to another event
	KindDuration = "duration" // a length of time ("selama dua tahun")
	KindSet      = "set"      // a recurrence ("setiap tahun")
	KindTime     = "time"     // a clock time standing alone ("pukul 10.00 WIB")
)

// Expr is one time expression found in a text.
type Expr struct {
	Text       string
	Start, End int    // byte offsets into the text given to Extract
	Value      Date   // the date, or the start of a range
	EndValue   Date   // end of a range, zero otherwise
	Kind       string // "date", "range", "relative", "duration", "set", "time"
	Explicit   bool   // the text gives the year itself (not inferred from the anchor)
}

// Extract finds and resolves time expressions in s, a bare text: it cuts
// the text into pieces itself (text.CutText). The pipeline, which has cut
// them already, calls ExtractPieces.
func Extract(s, lang string, anchor Date) []Expr {
	return ExtractPieces(s, text.CutText(s), lang, anchor)
}

// ExtractPieces finds and resolves time expressions in s, given the pieces
// text.Cut made of it. lang is "id" or "en" (anything
// else tries both; the lexicon is shared, lang only settles words that are
// ambiguous in one language, such as "Minggu" and "May").
// anchor is the publication date; when it is zero, Extract resolves against
// the latest explicit full date (day with year) in the text; when there is
// none, relative expressions that need an anchor are left unresolved (Value
// zero) rather than guessed. The result is ordered by Start and spans do not
// overlap.
func ExtractPieces(s string, ps []text.Piece, lang string, anchor Date) []Expr {
	toks := tokensOf(s, ps)
	if !anchor.IsZero() && !anchor.Valid() {
		anchor = Date{}
	}
	sc := &scanner{text: s, lower: asciiLower(s), toks: toks, lang: lang, anchor: anchor}
	out := sc.scan()
	if anchor.IsZero() {
		var latest Date
		for _, e := range out {
			for _, v := range [2]Date{e.Value, e.EndValue} {
				if e.Explicit && v.Day > 0 && compare(v, latest) > 0 {
					latest = v
				}
			}
		}
		if !latest.IsZero() {
			sc.anchor = latest
			out = sc.scan()
		}
	}
	return out
}
