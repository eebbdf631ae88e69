package ner

import "math/bits"

// denseRows holds the rows of a weight table that have a non-zero weight,
// packed in row order, with a bitmap that finds them. A shipped table has
// about one row in ten set (112,000 of 2^20): tagging reads rows at hashed,
// so random, positions, and the packed rows (3.6 MB instead of 32) and the
// bitmap with its ranks (192 KB) stay in the processor's caches where the
// whole table does not. A row that is all zeros adds nothing and is skipped,
// so the sums are those of the full table.
type denseRows struct {
	set  []uint64 // bit r&63 of set[r>>6] is set when row r has a non-zero weight
	rank []uint32 // rank[w] counts the set bits of set[:w]
	q    []int16  // the set rows, stride values each
}

// newDenseRows packs table q of rows of stride values.
func newDenseRows(q []int16, stride int) *denseRows {
	rows := len(q) / stride
	d := &denseRows{set: make([]uint64, (rows+63)/64), rank: make([]uint32, (rows+63)/64)}
	n := 0
	for r := 0; r < rows; r++ {
		for _, v := range q[r*stride : (r+1)*stride] {
			if v != 0 {
				d.set[r>>6] |= 1 << (r & 63)
				n++
				break
			}
		}
	}
	d.q = newTable(n * stride)
	k := 0
	for w, b := range d.set {
		d.rank[w] = uint32(k)
		for ; b != 0; b &= b - 1 {
			r := w<<6 + bits.TrailingZeros64(b)
			copy(d.q[k*stride:(k+1)*stride], q[r*stride:(r+1)*stride])
			k++
		}
	}
	return d
}

// find returns the index among the packed rows of row r, and false when
// row r is all zeros.
func (d *denseRows) find(r uint32) (int, bool) {
	w := d.set[r>>6]
	b := uint64(1) << (r & 63)
	if w&b == 0 {
		return 0, false
	}
	return int(d.rank[r>>6]) + bits.OnesCount64(w&(b-1)), true
}
