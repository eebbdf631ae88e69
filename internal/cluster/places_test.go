package cluster

import (
	"testing"

	"kronik/internal/record"
)

// TestPlacesConflict: reports placing one event in its city and its country,
// or in a venue the knowledge base does not know, agree; two states do not.
func TestPlacesConflict(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Beijing", "China", false},    // a city and its country
		{"Tiongkok", "Beijing", false}, // the country in Indonesian
		{"Kairo", "Mesir", false},
		{"Xi'an", "Xian", false},             // one city spelt two ways
		{"Istana Merdeka", "Jakarta", false}, // a venue the knowledge base does not know
		{"", "Hanoi", false},                 // one report gives no place
		{"Hanoi", "Jakarta", true},           // two states' capitals
		{"Vietnam", "Indonesia", true},       // two states
		{"Beijing", "Indonesia", true},       // a city of another state
	}
	for _, tt := range tests {
		a, b := record.Event{Place: sp(tt.a)}, record.Event{Place: sp(tt.b)}
		if got := placesConflict(&a, &b); got != tt.want {
			t.Errorf("placesConflict(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := placesConflict(&b, &a); got != tt.want {
			t.Errorf("placesConflict(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

// TestStateAndCity: a state and a place in it are one place at two levels;
// two cities of one state, or a state and another's city, are not.
func TestStateAndCity(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"China", "Beijing", true},
		{"Kairo", "Mesir", true},
		{"Beijing", "Shanghai", false}, // two cities of one state
		{"China", "Tiongkok", false},   // one state: the place key already says so
		{"Indonesia", "Beijing", false},
		{"Balai Sidang Utama", "Indonesia", false}, // a venue it does not know
		{"", "China", false},
	}
	for _, tt := range tests {
		if got := stateAndCity(tt.a, tt.b); got != tt.want {
			t.Errorf("stateAndCity(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := stateAndCity(tt.b, tt.a); got != tt.want {
			t.Errorf("stateAndCity(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}
