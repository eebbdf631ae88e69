package event

import (
	"testing"

	"kronik/internal/record"
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
