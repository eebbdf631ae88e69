package event

import (
	"strings"
	"testing"

	"kronik/internal/record"
	"kronik/internal/text"
)

// Split keeps denied and cancelled events apart from those that took place or
// are planned, in order.
func TestSplit(t *testing.T) {
	evs := []record.Event{
		{Type: "CONSULT", Modality: "occurred"},
		{Type: "CONSULT", Modality: "denied"},
		{Type: "AGREE", Modality: "planned"},
		{Type: "CONSULT", Modality: "cancelled"},
	}
	got, not := Split(evs)
	if len(got) != 2 || got[0].Modality != "occurred" || got[1].Modality != "planned" {
		t.Errorf("events = %+v", got)
	}
	if len(not) != 2 || not[0].Modality != "denied" || not[1].Modality != "cancelled" {
		t.Errorf("not occurred = %+v", not)
	}
}

// headline tells a story's title from its body, since a title's present tense
// reports the past ("Xi travels to Moscow") and the body's a plan: the text
// before the lede article found, else a first line without a full stop.
func TestHeadline(t *testing.T) {
	const titled = "Xi travels to Moscow\n\nMOSCOW (Reuters) - Xi flies to Minsk on Friday."
	lede := [2]int{strings.Index(titled, "MOSCOW"), strings.Index(titled, " - ") + 3}
	tests := []struct {
		name string
		text string
		lede [2]int
		want []bool // per sentence
	}{
		{"before the lede", titled, lede, []bool{true, false}},
		{"no lede, a title line", titled, [2]int{}, []bool{true, false}},
		{"no lede, a first sentence", "Xi flies to Minsk on Friday.\nHe meets Lukashenko.", [2]int{}, []bool{false, false}},
		{"no lede, one line of prose", "Xi flies to Minsk on Friday", [2]int{}, []bool{true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := Input{Text: tc.text, Lang: "en", Sentences: text.Split(tc.text), Lede: tc.lede}
			views := New().prepare(in)
			if len(views) != len(tc.want) {
				t.Fatalf("%d sentences, want %d", len(views), len(tc.want))
			}
			for i := range views {
				if got := headline(in, &views[i]); got != tc.want[i] {
					t.Errorf("sentence %d %q: headline = %v, want %v", i, tc.text[views[i].s.Start:views[i].s.End], got, tc.want[i])
				}
			}
		})
	}
}
