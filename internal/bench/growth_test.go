package bench

import (
	"math"
	"strings"
	"testing"
)

// TestGrowthExponent: the fit reads a power law's exponent back.
func TestGrowthExponent(t *testing.T) {
	pts := func(k float64) []GrowthPoint {
		var out []GrowthPoint
		for _, n := range []int{1e5, 5e5, 1e6, 2e6} {
			out = append(out, GrowthPoint{Bytes: n, CPUSec: 3e-7 * math.Pow(float64(n), k)})
		}
		return out
	}
	tests := []struct {
		name string
		pts  []GrowthPoint
		want float64
	}{
		{"linear", pts(1), 1},
		{"quadratic", pts(2), 2},
		{"n^1.3", pts(1.3), 1.3},
	}
	for _, tt := range tests {
		if got := growthExponent(tt.pts); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("%s: exponent %v, want %v", tt.name, got, tt.want)
		}
	}
	if got := growthExponent(pts(1)[:1]); !math.IsNaN(got) {
		t.Errorf("one point: exponent %v, want NaN", got)
	}
}

// TestLongDocument: the generated long document has the size asked for,
// one dateline line and then one paragraph.
func TestLongDocument(t *testing.T) {
	for _, n := range []int{5_000, 100_000} {
		d := LongDocument(n, 1)
		if len(d.Body) > n || len(d.Body) < n-200 {
			t.Errorf("LongDocument(%d): %d bytes", n, len(d.Body))
		}
		if c := strings.Count(string(d.Body), "\n"); c != 2 {
			t.Errorf("LongDocument(%d): %d line breaks, want the two after the headline", n, c)
		}
	}
}
