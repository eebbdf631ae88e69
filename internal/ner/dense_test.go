package ner

import (
	"bytes"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestDenseRows: every row of a table is found in the packed rows with its
// weights, extremes included, and only rows with a non-zero weight are
// stored.
func TestDenseRows(t *testing.T) {
	const stride = 16
	q := make([]int16, 200*stride)
	for _, r := range []int{0, 1, 63, 64, 65, 130, 199} {
		q[r*stride+r%stride] = int16(r + 1)
	}
	q[7*stride+3] = -5 // a negative weight counts as set
	q[8*stride] = math.MinInt16
	q[8*stride+15] = math.MaxInt16
	d := newDenseRows(q, stride)
	if got := len(d.w) / 4; got != 9 {
		t.Fatalf("packed %d rows, want 9", got)
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
		for k := 0; ok && k < stride; k++ {
			if got := d.value(j, k); got != int32(row[k]) {
				t.Fatalf("row %d value %d: packed %d, want %d", r, k, got, row[k])
			}
		}
	}
	if newDenseRows(make([]int16, 7*10), 7) != nil {
		t.Error("rows of 7 values packed; only rows of 16 are")
	}
}

// TestPackStages: packing two stages' listed rows (a row listed by one
// stage or both, a listed row all zeros, extreme weights) gives the packed
// rows of their joint table.
func TestPackStages(t *testing.T) {
	const stride, rows, nL = 16, 1000, 7
	rng := rand.New(rand.NewPCG(5, 6))
	q := make([]int16, rows*stride)
	var a, b stageRows
	vals := make([]int16, nL)
	for r := 0; r < rows; r++ {
		for stage, s := range []*stageRows{&a, &b} {
			if rng.IntN(3) > 0 {
				continue // not listed by this stage
			}
			clear(vals)
			if rng.IntN(4) > 0 { // else listed with zeros only
				for y := range vals {
					vals[y] = []int16{0, 1, -1, math.MinInt16, math.MaxInt16}[rng.IntN(5)]
				}
			}
			s.add(r, vals)
			copy(q[r*stride+stage*nL:], vals)
		}
	}
	want, got := newDenseRows(q, stride), packStages(rows, nL, &a, &b)
	if !slices.Equal(got.set, want.set) || !slices.Equal(got.rank, want.rank) || !slices.Equal(got.w, want.w) {
		t.Error("packing the listed rows differs from packing the joint table")
	}
	if len(want.w) == 0 || len(want.w)/4 == len(a.rows)+len(b.rows) {
		t.Error("the test's rows are all empty, or no row is listed by both stages or is all zeros")
	}
}

// TestSum16: the lane sums of packed rows are the int16 weights' sums, for
// extreme weights, repeated rows, unset rows and a starting sum.
func TestSum16(t *testing.T) {
	const stride, rows = 16, 1 << 10
	rng := rand.New(rand.NewPCG(3, 4))
	q := make([]int16, rows*stride)
	for i := range q {
		switch rng.IntN(6) {
		case 0:
			q[i] = math.MinInt16
		case 1:
			q[i] = math.MaxInt16
		case 2, 3:
			q[i] = int16(rng.Uint32())
		}
	}
	for r := 0; r < rows; r += 3 {
		clear(q[r*stride : (r+1)*stride]) // every third row unset
	}
	d := newDenseRows(q, stride)
	for trial := 0; trial < 200; trial++ {
		rs := make([]uint32, rng.IntN(3000))
		for i := range rs {
			rs[i] = uint32(rng.IntN(rows))
		}
		var got, want [16]int32
		for k := range got {
			got[k] = int32(rng.Uint32())
			want[k] = got[k]
		}
		for _, r := range rs {
			for k := range want {
				want[k] += int32(q[int(r)*stride+k])
			}
		}
		if !d.sum16(&got, rs) || got != want {
			t.Fatalf("trial %d (%d rows): sum16 %v, want %v", trial, len(rs), got, want)
		}
	}
	var acc [16]int32
	if d.sum16(&acc, make([]uint32, maxSum16Rows+1)) || acc != [16]int32{} {
		t.Error("sum16 took more rows than its lanes hold")
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
	if full.q != nil {
		t.Error("a loaded model of rows of 16 values holds the table of every row")
	}
	fillTable(full)
	full.dense, full.stage2.dense = nil, nil
	for _, s := range benchText {
		words := strings.Fields(s)
		if got, want := m.Tag(words), full.Tag(words); !slices.Equal(got, want) {
			t.Errorf("%q: packed %v, table %v", s, got, want)
		}
	}
}

// fillTable gives a loaded stacked model, which has only the packed rows,
// the table of every row those rows come from.
func fillTable(m *Model) {
	q := make([]int16, (1<<m.bits)*m.stride)
	for r := range 1 << m.bits {
		if j, ok := m.dense.find(uint32(r)); ok {
			for k := range m.stride {
				q[r*m.stride+k] = int16(m.dense.value(j, k))
			}
		}
	}
	m.q, m.stage2.q = q, q
}

// TestWordCachesSumAsFeatures: the precomputed sums of a listed word's
// features (wcache, and wcacheOwn for a word spelt as listed) give each
// token the emission scores of both stages that adding every feature's row
// gives, on the shipped model.
func TestWordCachesSumAsFeatures(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	plain, err := Load(bytes.NewReader(defaultModelBytes()))
	if err != nil {
		t.Fatal(err)
	}
	plain.wcache, plain.wcacheOwn, plain.ownOK = nil, nil, nil
	scores := func(m *Model, words []string) (em []float32, acc2 []int32, own int) {
		s := &scratch{}
		m.extract(s, words, nil)
		m.emissionsJoint(s, len(words))
		for i := range words {
			if m.ownCached(&s.info[i+2]) {
				own++
			}
		}
		return slices.Clone(s.em), slices.Clone(s.acc2), own
	}
	sents := append([]string{
		"presiden menteri dan kementerian luar negeri bertemu di jakarta",
		"Presiden Joko Widodo bertemu PRESIDEN prancis , kata juru bicara .",
		"The foreign minister said on Monday that talks would resume",
	}, benchText...)
	cached := 0
	for _, sent := range sents {
		words := strings.Fields(sent)
		gotEm, gotAcc, own := scores(m, words)
		wantEm, wantAcc, _ := scores(plain, words)
		if !slices.Equal(gotEm, wantEm) || !slices.Equal(gotAcc, wantAcc) {
			t.Errorf("%q: cached sums %v %v, feature sums %v %v", sent, gotEm, gotAcc, wantEm, wantAcc)
		}
		cached += own
	}
	if cached == 0 {
		t.Error("no token used wcacheOwn: the test does not cover it")
	}
}

// TestLabelSumsAsFeatures: stage 2's emission scores are the same with the
// label features' precomputed sums (labelSums) as with every stacked
// feature's row added, on the shipped model, for sentences of one and two
// words (both ends' pads in every table), brackets and repeated names.
func TestLabelSumsAsFeatures(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if m.stage2.lsums == nil {
		t.Fatal("the loaded model has no label sums")
	}
	plain, err := Load(bytes.NewReader(defaultModelBytes()))
	if err != nil {
		t.Fatal(err)
	}
	plain.stage2.lsums = nil
	scores := func(m *Model, words []string) ([]float32, []int) {
		s := &scratch{}
		path := slices.Clone(m.tagIndices(s, words))
		return slices.Clone(s.em), path
	}
	sents := append([]string{
		"Jakarta",
		"Presiden Prabowo",
		"Komisi Pemberantasan Korupsi ( KPK ) memeriksa Bupati Budi ; Budi membantah .",
		"The United Nations ( UN ) said Guterres would meet Guterres ' envoy in Geneva",
	}, benchText...)
	for _, sent := range sents {
		words := strings.Fields(sent)
		gotEm, gotPath := scores(m, words)
		wantEm, wantPath := scores(plain, words)
		if !slices.Equal(gotEm, wantEm) || !slices.Equal(gotPath, wantPath) {
			t.Errorf("%q: with label sums %v %v, feature rows %v %v", sent, gotEm, gotPath, wantEm, wantPath)
		}
	}
}
