package ner

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// TestDenseRows: every row of a table is found in the packed rows with its
// weights, and only rows with a non-zero weight are stored.
func TestDenseRows(t *testing.T) {
	const stride = 4
	q := make([]int16, 200*stride)
	for _, r := range []int{0, 1, 63, 64, 65, 130, 199} {
		q[r*stride+r%stride] = int16(r + 1)
	}
	q[7*stride+3] = -5 // a negative weight counts as set
	d := newDenseRows(q, stride)
	if got := len(d.q) / stride; got != 8 {
		t.Fatalf("packed %d rows, want 8", got)
	}
	for r := 0; r < 200; r++ {
		row := q[r*stride : (r+1)*stride]
		j, ok := d.find(uint32(r))
		zero := true
		for _, v := range row {
			zero = zero && v == 0
		}
		if ok == zero {
			t.Fatalf("row %d: found %v, all zeros %v", r, ok, zero)
		}
		if ok {
			for y, v := range d.q[j*stride : (j+1)*stride] {
				if v != row[y] {
					t.Fatalf("row %d: packed %v, want %v", r, d.q[j*stride:(j+1)*stride], row)
				}
			}
		}
	}
}

// TestDenseTagsAsTable: the shipped model tags the same with its packed rows
// as with the full table.
func TestDenseTagsAsTable(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if m.dense == nil || m.stage2.dense != m.dense {
		t.Fatal("the loaded model's stages do not share packed rows")
	}
	full, err := Load(bytes.NewReader(defaultModelBytes()))
	if err != nil {
		t.Fatal(err)
	}
	full.dense, full.stage2.dense = nil, nil
	for _, s := range benchText {
		words := strings.Fields(s)
		if got, want := m.Tag(words), full.Tag(words); !slices.Equal(got, want) {
			t.Errorf("%q: packed %v, table %v", s, got, want)
		}
	}
}
