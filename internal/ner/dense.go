package ner

import (
	"math"
	"math/bits"
)

// denseRows holds the rows of a joint weight table (16 values a row) that
// have a non-zero weight, packed in row order, with a bitmap that finds them.
// A shipped table has about one row in ten set (112,000 of 2^20): tagging
// reads rows at hashed, so random, positions, and the packed rows (3.6 MB
// instead of 32) and the bitmap with its ranks (192 KB) stay in the
// processor's caches where the whole table does not. A row that is all zeros
// adds nothing and is skipped, so the sums are those of the full table.
//
// Each row is four 64-bit words of four values, value k of a word in bits
// 16k..16k+15, each stored as v+32768 (offset binary, 0..65535): spread
// into two 32-bit lanes per word, the rows of a token add up with one
// 64-bit addition for two values and no carry from one lane into the next
// (see sum16).
type denseRows struct {
	set  []uint64 // bit r&63 of set[r>>6] is set when row r has a non-zero weight
	rank []uint32 // rank[w] counts the set bits of set[:w]
	w    []uint64 // the set rows, four words each
}

// offsetBinary maps an int16 to v+32768 in 16 bits, and back.
const offsetBinary = 0x8000

// newDenseRows packs table q of rows of 16 values; nil for another stride.
func newDenseRows(q []int16, stride int) *denseRows {
	if stride != 16 {
		return nil
	}
	rows := len(q) / stride
	d := &denseRows{set: make([]uint64, (rows+63)/64), rank: make([]uint32, (rows+63)/64)}
	for r := 0; r < rows; r++ {
		if x := (*[16]int16)(q[r*16 : r*16+16]); x[0]|x[1]|x[2]|x[3]|x[4]|x[5]|x[6]|x[7]|
			x[8]|x[9]|x[10]|x[11]|x[12]|x[13]|x[14]|x[15] != 0 {
			// written out: the loading of a model tests a million rows
			d.w = d.appendRow(d.w, r, x)
		}
	}
	d.ranks()
	return d
}

// appendRow marks row r set and appends its values, packed, to w.
func (d *denseRows) appendRow(w []uint64, r int, row *[16]int16) []uint64 {
	d.set[r>>6] |= 1 << (r & 63)
	for i := range 4 {
		var x uint64
		for b := range 4 {
			x |= uint64(uint16(row[4*i+b])^offsetBinary) << (16 * b)
		}
		w = append(w, x)
	}
	return w
}

// ranks fills rank from set.
func (d *denseRows) ranks() {
	k := uint32(0)
	for w, b := range d.set {
		d.rank[w] = k
		k += uint32(bits.OnesCount64(b))
	}
}

// stageRows holds one stage's weights as a model file lists them: the
// indices of its rows with a weight, ascending, and nL weights a row.
type stageRows struct {
	rows []uint32
	vals []int16
}

// packStages packs the joint table of two stages of nL labels each (rows
// [stage 1 | stage 2 | zeros] of 16 values, as joinStages lays them out)
// straight from their listed rows, without the table of every row: the
// same packed rows as newDenseRows over that table.
func packStages(nRows, nL int, a, b *stageRows) *denseRows {
	d := &denseRows{set: make([]uint64, (nRows+63)/64), rank: make([]uint32, (nRows+63)/64)}
	d.w = make([]uint64, 0, 4*max(len(a.rows), len(b.rows)))
	i, j := 0, 0
	for i < len(a.rows) || j < len(b.rows) {
		r := uint32(math.MaxUint32)
		if i < len(a.rows) {
			r = a.rows[i]
		}
		if j < len(b.rows) {
			r = min(r, b.rows[j])
		}
		var row [16]int16
		if i < len(a.rows) && a.rows[i] == r {
			copy(row[:nL], a.vals[i*nL:(i+1)*nL])
			i++
		}
		if j < len(b.rows) && b.rows[j] == r {
			copy(row[nL:2*nL], b.vals[j*nL:(j+1)*nL])
			j++
		}
		if row != ([16]int16{}) { // a listed row can be all zeros
			d.w = d.appendRow(d.w, int(r), &row)
		}
	}
	d.ranks()
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

// value returns value k of packed row j.
func (d *denseRows) value(j, k int) int32 {
	return int32(int16(uint16(d.w[j*4+k/4]>>(16*(k%4))) ^ offsetBinary))
}

// sumAll adds the rows of rs that are set to acc, in as many calls of
// sum16 as its lanes need.
func (d *denseRows) sumAll(acc *[16]int32, rs []uint32) {
	for len(rs) > maxSum16Rows {
		d.sum16(acc, rs[:maxSum16Rows])
		rs = rs[maxSum16Rows:]
	}
	d.sum16(acc, rs)
}

// lanes selects values 0 and 2 of a packed word, one in each 32-bit half.
const lanes = 0x0000FFFF_0000FFFF

// maxSum16Rows bounds the rows sum16 adds: a 32-bit lane takes up to 65,536
// values of at most 65,535 without overflowing into the next.
const maxSum16Rows = 1 << 16

// sum16 adds the rows of rs that are set to acc, and reports false, having
// added nothing, when rs has more rows than the lanes can hold. The lane
// sums are the offset values' sums; the offsets (32768 per row added) come
// off at the end, in 32-bit arithmetic, so each acc[k] gets the exact sum of
// its int16 weights.
func (d *denseRows) sum16(acc *[16]int32, rs []uint32) bool {
	if len(rs) > maxSum16Rows {
		return false
	}
	// values 4w, 4w+2 (ew) and 4w+1, 4w+3 (ow) of word w, in eight
	// variables rather than arrays so that they stay in registers: a row
	// then costs a few instructions besides its read, and more reads are
	// in flight at once
	var e0, e1, e2, e3, o0, o1, o2, o3 uint64
	n := uint32(0)
	for _, r := range rs {
		j, ok := d.find(r)
		if !ok {
			continue
		}
		p := (*[4]uint64)(d.w[j*4 : j*4+4])
		w0, w1, w2, w3 := p[0], p[1], p[2], p[3]
		e0, o0 = e0+w0&lanes, o0+w0>>16&lanes
		e1, o1 = e1+w1&lanes, o1+w1>>16&lanes
		e2, o2 = e2+w2&lanes, o2+w2>>16&lanes
		e3, o3 = e3+w3&lanes, o3+w3>>16&lanes
		n++
	}
	even, odd := [4]uint64{e0, e1, e2, e3}, [4]uint64{o0, o1, o2, o3}
	off := n * offsetBinary
	for k := range 4 {
		acc[4*k] += int32(uint32(even[k]) - off)
		acc[4*k+1] += int32(uint32(odd[k]) - off)
		acc[4*k+2] += int32(uint32(even[k]>>32) - off)
		acc[4*k+3] += int32(uint32(odd[k]>>32) - off)
	}
	return true
}
