package timex

import (
	"strings"
	"time"

	dps "github.com/markusmobius/go-dateparser"
	dpdate "github.com/markusmobius/go-dateparser/date"
)

// Stamp parses a publication stamp such as "Jumat, 05 Juli 2024 14:29", "June
// 19, 2025", "2025-06-19T10:00:00+07:00", "19/06/2025" or "Senin, 16 Juni 2025
// | 10:15 WIB". It reads the first explicit date (with a year) that the
// scanner finds, falling back to go-dateparser (Indonesian and English) for
// odd formats. A stamp that gives only a month or year yields that granularity.
func Stamp(s string) (Date, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 200 {
		return Date{}, false
	}
	// ISO 8601 first: the scanner would read "2025-06-19T10" too, but a time
	// zone offset must not be mistaken for anything else.
	if len(s) >= 10 {
		if d, ok := ParseISO(s[:10]); ok && (len(s) == 10 || s[10] == 'T' || s[10] == ' ') {
			return d, true
		}
	}
	// A compact "20250619" (file names, feed ids).
	if len(s) == 8 && allDigits(s) {
		if d, ok := ParseISO(s[:4] + "-" + s[4:6] + "-" + s[6:]); ok {
			return d, true
		}
	}
	var coarse Date
	for _, e := range Extract(s, "", Date{}) {
		if !e.Explicit || e.Value.IsZero() {
			continue
		}
		if e.Value.Day > 0 {
			return e.Value, true
		}
		if coarse.IsZero() {
			coarse = e.Value
		}
	}
	if d, ok := dateparserStamp(s); ok {
		return d, true
	}
	if !coarse.IsZero() {
		return coarse, true
	}
	return Date{}, false
}

// dateparserStamp asks go-dateparser, restricted to Indonesian and English
// (otherwise "Juni 2025" reads as German), with day-first order.
func dateparserStamp(s string) (d Date, ok bool) {
	defer func() {
		// The library is large; a panic on a strange input must not take the
		// pipeline down.
		if recover() != nil {
			d, ok = Date{}, false
		}
	}()
	cfg := &dps.Configuration{
		Languages:           []string{"id", "en"},
		PreferredDayOfMonth: dps.First,
		DateOrder:           dps.DMY,
		// A stamp must give its year: relative stamps ("2 jam lalu") would
		// depend on the wall clock.
		RequiredParts: []string{"year"},
		CurrentTime:   time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC),
	}
	dt, err := dps.Parse(cfg, s)
	if err != nil || dt.IsZero() {
		return Date{}, false
	}
	t := dt.Time
	switch dt.Period {
	case dpdate.Year:
		return Date{t.Year(), 0, 0}, true
	case dpdate.Month:
		return Date{t.Year(), int(t.Month()), 0}, true
	}
	return Date{t.Year(), int(t.Month()), t.Day()}, true
}
