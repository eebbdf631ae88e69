package timex

import (
	"strings"
	"testing"

	textpkg "kronik/internal/text"
)

// TestMatchersDeclareTheirOpeningWords runs every matcher at the first word of
// texts built from the whole time vocabulary and fails when a matcher reads a
// time expression opening with a word it does not declare: the scanner would
// never try it there.
func TestMatchersDeclareTheirOpeningWords(t *testing.T) {
	vocab := map[string]bool{}
	for _, set := range []map[string]bool{keysOf(months), keysOf(weekdays), keysOf(numberWords), vagueQuantity,
		keysOf(units), keysOf(seUnits), keysOf(reduplicated), yearCues, monthCues, dayParts, timeZones,
		dateConnectors, rangeModifiers, quarterWords, quarterNames} {
		for w := range set {
			vocab[w] = true
		}
	}
	for _, m := range matchers() {
		for _, w := range m.words {
			vocab[w] = true
		}
	}
	// words no table holds that a reader may still take as an opening (kept apart
	// from the declarations, so that a word dropped from every matcher is still tried)
	for _, w := range []string{"the", "of", "at", "on", "in", "pada", "sejak", "since", "for", "selama", "ini", "itu",
		"yang", "sama", "lalu", "depan", "ago", "kemudian", "sebelumnya", "night", "few", "q", "tanggal", "tgl",
		"pukul", "pkl", "jam", "setiap", "every", "kemarin", "yesterday", "today", "besok", "sekarang", "tahun", "year"} {
		vocab[w] = true
	}
	tails := []string{"", "2025", "17 Juni 2025", "Juni 2025", "June 17, 2025", "1", "II 2025", "quarter of 2025",
		"ini", "itu", "lalu", "depan", "hari", "Senin", "Monday", "week", "minggu lalu", "tahun ini", "malam",
		"10.00 WIB", "12:30", "dua hari", "tahun yang sama", "few days", "night", "- 2024", "-an", "year"}
	// (w+"1" tries an opening glued to a digit: "Q1 2025")
	for _, m := range matchers() {
		declared := map[string]bool{}
		for _, set := range m.sets {
			for w := range set {
				declared[w] = true
			}
		}
		for _, w := range m.words {
			declared[w] = true
		}
		for w := range vocab {
			if declared[w] {
				continue
			}
			for _, tail := range tails {
				for _, first := range []string{w, strings.ToUpper(w[:1]) + w[1:], w + "1"} {
					text := strings.TrimSpace("Kata " + first + " " + tail)
					s := &scanner{text: text, lower: asciiLower(text), toks: tokensOf(text, textpkg.CutText(text)), lang: "id", anchor: Date{2025, 6, 18}}
					if len(s.toks) < 2 || s.toks[1].kind != tWord {
						continue
					}
					if got, ok := m.read(s, 1); ok && got.end > 1 {
						t.Errorf("matcher %q reads %q at %q, which it does not declare", m.name, text, w)
					}
				}
			}
		}
	}
}
