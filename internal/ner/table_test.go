package ner

import "testing"

// TestNewTable: the weight table has exactly the asked length and capacity
// (a row past the end must not be addressable) and starts at zero, small or
// huge-page sized.
func TestNewTable(t *testing.T) {
	for _, n := range []int{0, 16, 1 << 10, (1 << 20) * 16} {
		q := newTable(n)
		if len(q) != n || cap(q) != n {
			t.Fatalf("newTable(%d): len %d cap %d", n, len(q), cap(q))
		}
		for i, v := range q {
			if v != 0 {
				t.Fatalf("newTable(%d)[%d] = %d, want 0", n, i, v)
			}
		}
	}
}
