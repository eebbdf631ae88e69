package ner

import "strings"

// Stacked features. A second-stage model sees, besides the ordinary
// features, the labels the first stage predicted for the whole sentence.
// This lets it use evidence a first-order model cannot reach: the label of
// the words two to the right, the type of the long form before an acronym in
// parentheses ("Komisi Pemberantasan Korupsi ( KPK )"), and the label of the
// same word elsewhere in the sentence.
const (
	tSLab0 uint64 = iota + 200
	tSLabPrev
	tSLabNext
	tSLabPrevNext
	tSLab0Lower
	tSLab0Shape
	tSParen
	tSSameWord
	tSChunkLen
	tSLabPrev2
	tSLabNext2
)

// stackInfo precomputes, for stacked features, the type of the first-stage
// chunk before an enclosing "(" and the same-word label of every token.
func (m *Model) stackInfo(s *scratch, words []string, prev []int) {
	n := len(words)
	if cap(s.paren) < n {
		s.paren = make([]int, n)
		s.same = make([]int, n)
		s.clen = make([]int, n)
	}
	s.paren, s.same, s.clen = s.paren[:n], s.same[:n], s.clen[:n]
	open := -1 // label before the innermost open parenthesis, or -1
	for i, w := range words {
		s.paren[i] = open
		switch w {
		case "(":
			open = 0
			if i > 0 {
				open = prev[i-1]
			}
		case ")":
			open = -1
		}
	}
	// An unlabelled token takes the label of the first labelled token of
	// the same word: only the labelled tokens (few) are tried, in order,
	// and compared by their word hash first (most pairs differ).
	s.named = s.named[:0]
	for j := range words {
		if prev[j] != 0 {
			s.named = append(s.named, j)
		}
	}
	for i := range words {
		s.same[i] = -1
		if prev[i] != 0 {
			continue
		}
		wi := s.info[i+2].word
		for _, j := range s.named {
			if s.info[j+2].word == wi && words[j] == words[i] {
				s.same[i] = prev[j]
				break
			}
		}
	}
	// Length of the predicted chunk each token is in (0 for O), capped at 5.
	for i := 0; i < n; {
		if prev[i] == 0 {
			s.clen[i] = 0
			i++
			continue
		}
		j := i + 1
		for j < n && prev[j] != 0 && strings.HasPrefix(m.labels[prev[j]], "I-") {
			j++
		}
		for k := i; k < j; k++ {
			s.clen[k] = min(j-i, maxChunkLen)
		}
		i = j
	}
}

// stackFeatures appends the stacked features of token i.
func (m *Model) stackFeatures(rows []uint32, s *scratch, prev []int, i, n int) []uint32 {
	t := stackTokenAt(s, prev, i, n)
	return m.stackRows(rows, &t, sgAll)
}

// stackToken is what the stacked features of one token read.
type stackToken struct {
	// lab holds the first-stage labels of tokens i-2 to i+2: a label
	// index, or labBefore and labAfter past the sentence's ends
	lab           [5]uint64
	clen          uint64 // length of the predicted chunk (stackInfo)
	paren, same   int    // stackInfo's, or -1
	lower, cshape uint64 // the token's
}

// The label values of the positions past a sentence's ends.
const (
	labBefore = 1000
	labAfter  = 1001
)

// stackTokenAt gathers what the stacked features of token i read.
func stackTokenAt(s *scratch, prev []int, i, n int) stackToken {
	c := &s.info[i+2]
	t := stackToken{clen: uint64(s.clen[i]), paren: s.paren[i], same: s.same[i], lower: c.lower, cshape: c.cshape}
	for k := range t.lab {
		switch j := i - 2 + k; {
		case j < 0:
			t.lab[k] = labBefore
		case j >= n:
			t.lab[k] = labAfter
		default:
			t.lab[k] = uint64(prev[j])
		}
	}
	return t
}

// Groups of stacked features, by what they read: the labels of the token
// and its neighbours (sgNear), of the tokens two away (sgFar), the token's
// label and its chunk's length (sgChunk), and the token's own word or the
// sentence around it (sgWord). The first three read only labels, so their
// sums are precomputed for tagging (labelSums).
const (
	sgNear = 1 << iota
	sgFar
	sgChunk
	sgWord
	sgAll = sgNear | sgFar | sgChunk | sgWord
)

// stackRows appends the rows of token t's stacked features of the groups
// in mask, in one fixed order (training adds float weights in that order).
func (m *Model) stackRows(rows []uint32, t *stackToken, mask int) []uint32 {
	shift := 64 - m.bits
	add := func(h uint64) {
		rows = append(rows, uint32(h>>shift))
	}
	lp2, lp, l0, ln, ln2 := t.lab[0], t.lab[1], t.lab[2], t.lab[3], t.lab[4]
	if mask&sgNear != 0 {
		add(mix(tSLab0, l0))
		add(mix(tSLabPrev, lp))
		add(mix(tSLabNext, ln))
	}
	if mask&sgFar != 0 {
		add(mix(tSLabPrev2, lp2))
		add(mix(tSLabNext2, ln2))
	}
	if mask&sgNear != 0 {
		add(mix(mix(tSLabPrevNext, lp), ln))
	}
	if mask&sgWord != 0 {
		add(mix(mix(tSLab0Lower, l0), t.lower))
		add(mix(mix(tSLab0Shape, l0), t.cshape))
	}
	if mask&sgChunk != 0 {
		add(mix(mix(tSChunkLen, l0), t.clen))
	}
	if mask&sgWord != 0 {
		if p := t.paren; p >= 0 {
			add(mix(mix(tSParen, uint64(p)), t.cshape))
		}
		if p := t.same; p >= 0 {
			add(mix(mix(tSSameWord, uint64(p)), t.cshape))
		}
	}
	return rows
}

// labelSums holds, for tagging with packed rows, the sums of the rows of
// the stacked features that read only first-stage labels (sgNear, sgFar,
// sgChunk), for every combination of the labels they read: about seven of
// a token's eleven stacked features, read from three small tables (52 KB
// for seven labels) instead of seven rows at random places of the packed
// table. The sums are of integers, so adding them in another order gives
// the same scores.
type labelSums struct {
	nv    int         // label values: the model's labels, labBefore, labAfter
	near  [][16]int32 // [lp][l0][ln]
	far   [][16]int32 // [lp2][ln2]
	chunk [][16]int32 // [l0][clen]
}

// maxChunkLen is the largest chunk length stackInfo gives (it caps them).
const maxChunkLen = 5

// labelValue is the label value of index k of a labelSums table: the
// labels, then labBefore and labAfter.
func labelValue(k, nL int) uint64 {
	switch k {
	case nL:
		return labBefore
	case nL + 1:
		return labAfter
	}
	return uint64(k)
}

// labelIndex is the index in a labelSums table of label value v.
func labelIndex(v uint64, nL int) int {
	switch v {
	case labBefore:
		return nL
	case labAfter:
		return nL + 1
	}
	return int(v)
}

// buildLabelSums precomputes m's labelSums from its packed rows (nil
// without them).
func (m *Model) buildLabelSums() *labelSums {
	d := m.dense
	if d == nil {
		return nil
	}
	nv := m.nL + 2
	ls := &labelSums{nv: nv, near: make([][16]int32, nv*nv*nv), far: make([][16]int32, nv*nv),
		chunk: make([][16]int32, nv*(maxChunkLen+1))}
	var rows []uint32
	sum := func(dst *[16]int32, t *stackToken, mask int) {
		rows = m.stackRows(rows[:0], t, mask)
		d.sumAll(dst, rows)
	}
	for a := range nv {
		for b := range nv {
			for c := range nv {
				t := stackToken{lab: [5]uint64{0, labelValue(a, m.nL), labelValue(b, m.nL), labelValue(c, m.nL), 0}}
				sum(&ls.near[(a*nv+b)*nv+c], &t, sgNear)
			}
			t := stackToken{lab: [5]uint64{labelValue(a, m.nL), 0, 0, 0, labelValue(b, m.nL)}}
			sum(&ls.far[a*nv+b], &t, sgFar)
		}
		for l := range maxChunkLen + 1 {
			t := stackToken{lab: [5]uint64{0, 0, labelValue(a, m.nL), 0, 0}, clen: uint64(l)}
			sum(&ls.chunk[a*(maxChunkLen+1)+l], &t, sgChunk)
		}
	}
	return ls
}

// add adds to acc the sums of token t's label features.
func (ls *labelSums) add(acc *[16]int32, t *stackToken, nL int) {
	nv := ls.nv
	lp2, lp, l0 := labelIndex(t.lab[0], nL), labelIndex(t.lab[1], nL), labelIndex(t.lab[2], nL)
	ln, ln2 := labelIndex(t.lab[3], nL), labelIndex(t.lab[4], nL)
	near := &ls.near[(lp*nv+l0)*nv+ln]
	far := &ls.far[lp2*nv+ln2]
	chunk := &ls.chunk[l0*(maxChunkLen+1)+int(t.clen)]
	for k := range acc {
		acc[k] += near[k] + far[k] + chunk[k]
	}
}
