package bench

import (
	"testing"

	"kronik/internal/store"
)

func hits(scores ...float64) []store.Hit {
	var out []store.Hit
	for _, s := range scores {
		out = append(out, store.Hit{Score: s})
	}
	return out
}

func TestAgreement(t *testing.T) {
	ten := hits(10, 9, 8, 7, 6, 5, 4, 3, 2, 1)
	tests := []struct {
		name     string
		got, all []store.Hit
		want     float64
	}{
		{"same ranking", ten, ten, 1},
		{"one place holds a worse document", hits(10, 9, 8, 7, 6, 5, 4, 3, 2, 0.5), ten, 0.9},
		{"a tie with the last place agrees", hits(10, 9, 8, 7, 6, 5, 4, 3, 2, 1), hits(10, 9, 8, 7, 6, 5, 4, 3, 1, 1), 1},
		{"order within the top does not matter", hits(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), ten, 1},
		{"fewer hits than places", hits(10, 9), ten, 0.2},
		{"fewer matches than places", hits(3, 2), hits(3, 2), 1},
		{"no match, no hit", nil, nil, 1},
		{"hits where exhaustive has none", hits(1), nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := agreement(tt.got, tt.all); got != tt.want {
				t.Errorf("agreement = %v, want %v", got, tt.want)
			}
		})
	}
}
