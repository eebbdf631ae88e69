package event

import (
	"testing"
)

// TestLedeDateIsAStamp: a date inside the lede internal/article found dates
// the report, not an event, so it neither dates an event nor counts towards
// the story's day; the same date written in the story dates the event
// (texts written for this test).
func TestLedeDateIsAStamp(t *testing.T) {
	runConstructions(t, []construction{
		{
			name:      "the lede's date does not date the talks",
			doc:       "Hanoi, 16/6/2025 - Prabowo Subianto dan Anwar Ibrahim bertemu untuk membahas perbatasan.",
			lede:      "Hanoi, 16/6/2025 - ",
			dateline:  "Hanoi",
			times:     []tm{{"16/6/2025", "2025-06-16", ""}},
			published: "2025-06-18",
			want:      []want{{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "person:anwar-ibrahim"}, date: "2025-06-18"}},
		},
		{
			name:      "the same date in the story dates them",
			doc:       "Hanoi - Prabowo Subianto dan Anwar Ibrahim bertemu pada 16/6/2025 untuk membahas perbatasan.",
			lede:      "Hanoi - ",
			dateline:  "Hanoi",
			times:     []tm{{"16/6/2025", "2025-06-16", ""}},
			published: "2025-06-18",
			want:      []want{{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "person:anwar-ibrahim"}, date: "2025-06-16"}},
		},
	})
}
