package server

import (
	"testing"

	"kronik/internal/store"
)

// TestEventHeading: an event's heading says who did what, where and when.
func TestEventHeading(t *testing.T) {
	names := map[string]string{"country:IDN": "Indonesia", "country:MYS": "Malaysia", "country:PHL": "Philippines"}
	tests := []struct {
		c    store.Cluster
		want string
	}{
		{store.Cluster{Type: "CONSULT", Mode: "meet", Modality: "occurred", Actors: []string{"country:IDN", "country:MYS"},
			Place: "Kuala Lumpur", Date: "2025-05-21"}, "Indonesia and Malaysia meet in Kuala Lumpur, 2025-05-21"},
		{store.Cluster{Type: "CONSULT", Mode: "visit", Modality: "planned", Actors: []string{"country:IDN", "country:PHL"},
			Date: "2025-07"}, "planned: Indonesia and Philippines visit, 2025-07"},
		{store.Cluster{Type: "AGREE", Mode: "sign", Modality: "occurred", Actors: []string{"country:IDN", "country:MYS"},
			Document: "nota kesepahaman perikanan", Place: "Putrajaya"}, "Indonesia and Malaysia sign nota kesepahaman perikanan in Putrajaya"},
		{store.Cluster{Type: "CONSULT", Mode: "multilateral", Modality: "occurred", Actors: []string{"country:IDN", "country:MYS", "country:PHL"},
			Name: "KTT ASEAN ke-46", Date: "2025-05-26", DateEnd: "2025-05-27"},
			"Indonesia, Malaysia and Philippines meet at a multilateral meeting: KTT ASEAN ke-46, 2025-05-26 – 2025-05-27"},
		{store.Cluster{Type: "CONSULT", Mode: "phone", Modality: "occurred", Actors: []string{"country:IDN", "person:x", "person:y", "country:MYS"}},
			"person:x and person:y speak by phone"},
	}
	for _, tt := range tests {
		tt.c.ActorNames = names
		if got := eventHeading(tt.c); got != tt.want {
			t.Errorf("eventHeading = %q, want %q", got, tt.want)
		}
	}
}
