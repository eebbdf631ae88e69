package event

import (
	"strings"
	"testing"

	"kronik/internal/record"
)

// TestIsStampLooksBackALine: a date is a stamp only at the start of a line,
// however long the text before that line, and the bounded look-back gives
// the answer the whole line would (texts written for this test).
func TestIsStampLooksBackALine(t *testing.T) {
	long := strings.Repeat("Kedua menteri membahas perdagangan. ", 40) // > stampWindow, no newline
	blanks := strings.Repeat(" ", 2*stampWindow)
	tests := []struct {
		name, before, date, after string
		want                      bool
	}{
		{"dateline after a long first line", long + "\nJakarta, ", "16/6/2025", " - Menteri bertemu.", true},
		{"date at the end of a long line", long + "pada ", "16/6/2025", " - lalu.", false},
		{"date after a sentence on its line", "Menteri tiba. Pada ", "16/6/2025", " - ia bertemu.", false},
		{"stamp alone on its line", long + "\n", "16/6/2025", "\nMenteri bertemu.", true},
		{"stamp after a line of blanks", long + "\n" + blanks + "Jakarta, ", "16/6/2025", " - Menteri bertemu.", true},
		{"long text after blanks", "\n" + blanks + long, "16/6/2025", " - Menteri.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := tt.before + tt.date + tt.after
			tm := record.Time{Text: tt.date, Start: len(tt.before), End: len(tt.before) + len(tt.date)}
			if got := isStamp(doc, tm); got != tt.want {
				t.Errorf("isStamp = %v, want %v", got, tt.want)
			}
		})
	}
}
