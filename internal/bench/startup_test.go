package bench

import (
	"reflect"
	"testing"
)

func TestParseInitTrace(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []initCost
	}{
		{"runtime lines", "init runtime @0.40 ms, 0.20 ms clock, 0 bytes, 0 allocs\n" +
			"init example.org/a/data @22 ms, 563 ms clock, 95073144 bytes, 388378 allocs\n",
			[]initCost{{"runtime", 0.20, 0}, {"example.org/a/data", 563, 95073144}}},
		{"other output skipped", "kronik 1.0\ninit x @1 ms, 2 ms clock, 3 bytes, 4 allocs\nwarning: something\n",
			[]initCost{{"x", 2, 3}}},
		{"nothing", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := parseInitTrace(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("parseInitTrace = %+v, want %+v", got, tt.want)
			}
		})
	}
}
