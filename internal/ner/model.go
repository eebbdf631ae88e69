// Package ner is a statistical named-entity tagger for Indonesian (and,
// through shape and context features, English) news: an averaged structured
// perceptron over hashed features, decoded with Viterbi over label bigrams.
// It labels words with BIO tags over PERSON, ORG and PLACE.
package ner

import (
	"math"
	"strings"
	"sync"
)

// Model is a trained tagger. It is immutable after training or loading and
// safe for concurrent use.
type Model struct {
	labels []string
	nL     int
	bits   uint
	greedy bool
	// q holds the weights for tagging: (1<<bits) rows of stride int16
	// values, this stage's nL weights at offset off in each row, each times
	// qscale. int16 halves the memory of float32 and the file stores the
	// same integers, so a model tags the same before Save and after Load.
	// A stacked model's two stages share one table (see joinStages): both
	// stages look up the same rows for the ordinary features, so one cache
	// line serves both.
	q      []int16
	stride int
	off    int
	qscale float32
	// w holds float weights during training only (nil afterwards).
	w        []float32
	trans    []float32  // (nL+1) x nL: previous label (row nL = sentence start) to label
	allowed  []bool     // same shape as trans: BIO-valid transitions
	preds    [][]int32  // per label, the labels allowed before it (from allowed)
	clusters *wordIndex // word -> index in clusterList
	// clusterList keeps the clusters in file order for Save.
	clusterList []Cluster
	nExtra      int // extra clusterings per word (see Cluster.Extra)
	// lowers holds describeLower of every word of clusterList, so that
	// describing a known word costs one map lookup.
	lowers []lowerPart
	// gaz are the name lists of the gazetteer features (gzKB, gzTrain);
	// nil where the model has none. Shared with stage 2.
	gaz [nGaz]*gazetteer
	// wcache holds, for every word of the cluster list, the sum of its
	// lowerFeatures rows: stride int32 values per word (both stages' halves
	// of the joint table). Built after training or loading; nil while
	// training.
	wcache []int32
	// wcacheOwn holds, for a word of the cluster list written as listed
	// (lower case, as most tokens are), the wcache sum plus the sum of its
	// ownFeatures rows: such a token reads one cached row for about
	// twenty-four features. ownOK marks the words it holds. Built with
	// wcache.
	wcacheOwn []int32
	ownOK     []bool
	// dense packs the non-zero rows of q for tagging (see denseRows);
	// built with wcache, nil while training. Stage 2 shares stage 1's.
	dense *denseRows
	// lsums, in a stacked stage 2 with packed rows, holds the sums of its
	// features that read only first-stage labels (see labelSums); built
	// with wcache.
	lsums *labelSums
	// stage2, when set, re-tags the sentence with the labels of this model
	// as extra features (stacking); it shares labels, bits and clusters.
	stage2 *Model
	pool   sync.Pool
}

// Labels returns the model's label set (O first).
func (m *Model) Labels() []string { return append([]string(nil), m.labels...) }

// scratch holds the buffers one Tag call needs, recycled through a pool so
// tagging allocates only its result.
type scratch struct {
	info  []tokInfo
	buf   []byte
	rows  []uint32
	offs  []int
	em    []float32
	delta []float32
	back  []int32
	path  []int
	acc   []int32
	acc2  []int32 // stage 2's sums of the ordinary features, n*nL
	rows2 []uint32
	prev  []int
	paren []int
	same  []int
	named []int // the tokens the first stage labelled (stackInfo)
	clen  []int
	// hide, during training only, removes the training names that only
	// the current sentence's block has (see nameExclusion).
	hide map[uint64]uint32
}

func (m *Model) getScratch() *scratch {
	if s, ok := m.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{buf: make([]byte, 0, 64)}
}

// ownCached reports whether the sum of c's ownFeatures is in wcacheOwn.
func (m *Model) ownCached(c *tokInfo) bool {
	return c.lowerForm && c.ci >= 0 && m.ownOK != nil && m.ownOK[c.ci]
}

// cachedSums returns the precomputed sums of token c (stride values), or
// nil when it has none.
func (m *Model) cachedSums(c *tokInfo) []int32 {
	if c.ci < 0 || m.wcache == nil {
		return nil
	}
	k := int(c.ci) * m.stride
	if m.ownCached(c) {
		return m.wcacheOwn[k : k+m.stride]
	}
	return m.wcache[k : k+m.stride]
}

// extract computes the feature rows of every word into s.rows, with token
// i's rows in s.rows[s.offs[i]:s.offs[i+1]]. prev, when not nil, holds the
// first-stage labels for a stacked second stage.
func (m *Model) extract(s *scratch, words []string, prev []int) {
	m.describeAll(s, words)
	m.featuresAll(s, words, prev)
}

// describeAll fills s.info for the words, with two pads on either side.
func (m *Model) describeAll(s *scratch, words []string) {
	n := len(words)
	if cap(s.info) < n+4 {
		s.info = make([]tokInfo, n+4)
	}
	s.info = s.info[:n+4]
	s.info[0], s.info[1] = padInfo(hBOS), padInfo(hBOS)
	s.info[n+2], s.info[n+3] = padInfo(hEOS), padInfo(hEOS)
	for i, w := range words {
		s.buf = m.describe(&s.info[i+2], w, s.buf)
	}
	for g, gz := range m.gaz {
		if gz != nil {
			var hide map[uint64]uint32
			if g == gzTrain {
				hide = s.hide
			}
			gz.match(s.info, n, g, hide)
		}
	}
}

// featuresAll computes the feature rows from s.info (see extract).
func (m *Model) featuresAll(s *scratch, words []string, prev []int) {
	n := len(words)
	if prev != nil {
		m.stackInfo(s, words, prev)
	}
	s.rows = s.rows[:0]
	s.offs = append(s.offs[:0], 0)
	for i := 0; i < n; i++ {
		s.rows = m.features(s.rows, s.info, i, n, m.wcache != nil)
		if prev != nil {
			s.rows = m.stackFeatures(s.rows, s, prev, i, n)
		}
		s.offs = append(s.offs, len(s.rows))
	}
}

// emissionsQ fills s.em[i*nL+y] with the feature score of label y at word i,
// from the quantised weights.
func (m *Model) emissionsQ(s *scratch, n int) {
	nL := m.nL
	if cap(s.em) < n*nL {
		s.em = make([]float32, n*nL)
	}
	s.em = s.em[:n*nL]
	if cap(s.acc) < nL {
		s.acc = make([]int32, nL)
	}
	acc := s.acc[:nL]
	for i := 0; i < n; i++ {
		rows := s.rows[s.offs[i]:s.offs[i+1]]
		if d := m.dense; d != nil {
			// packed rows of 16 values (a stacked model's first stage
			// alone): this stage's are at m.off
			var sum [16]int32
			if w := m.cachedSums(&s.info[i+2]); w != nil {
				sum = [16]int32(w)
			}
			d.sumAll(&sum, rows)
			copy(acc, sum[m.off:m.off+nL])
		} else {
			clear(acc)
			if w := m.cachedSums(&s.info[i+2]); w != nil {
				copy(acc, w[m.off:m.off+nL])
			}
			for _, r := range rows {
				k := int(r)*m.stride + m.off
				for y, v := range m.q[k : k+nL] {
					acc[y] += int32(v)
				}
			}
		}
		e := s.em[i*nL : (i+1)*nL]
		for y, v := range acc {
			e[y] = float32(v) * m.qscale
		}
	}
}

// emissionsJoint is emissionsQ for a stacked model whose stages share one
// table: one pass over the ordinary features' rows fills stage 1's
// emissions into s.em and keeps stage 2's sums in s.acc2, so stage 2 later
// reads only its stacked features' rows.
func (m *Model) emissionsJoint(s *scratch, n int) {
	nL := m.nL
	if cap(s.em) < n*nL {
		s.em = make([]float32, n*nL)
	}
	s.em = s.em[:n*nL]
	if cap(s.acc2) < n*nL {
		s.acc2 = make([]int32, n*nL)
	}
	s.acc2 = s.acc2[:n*nL]
	if cap(s.acc) < nL {
		s.acc = make([]int32, nL)
	}
	acc := s.acc[:nL]
	off2 := m.stage2.off
	if m.stride == 16 {
		m.emissionsJoint16(s, n)
		return
	}
	for i := 0; i < n; i++ {
		clear(acc)
		acc2 := s.acc2[i*nL : (i+1)*nL]
		clear(acc2)
		if w := m.cachedSums(&s.info[i+2]); w != nil {
			copy(acc, w[:nL])
			copy(acc2, w[off2:off2+nL])
		}
		for _, r := range s.rows[s.offs[i]:s.offs[i+1]] {
			k := int(r) * m.stride
			row1 := m.q[k : k+nL]
			row2 := m.q[k+off2 : k+off2+nL]
			for y, v := range row1 {
				acc[y] += int32(v)
			}
			for y, v := range row2 {
				acc2[y] += int32(v)
			}
		}
		e := s.em[i*nL : (i+1)*nL]
		for y, v := range acc {
			e[y] = float32(v) * m.qscale
		}
	}
}

// emissionsJoint16 is emissionsJoint for rows of 16 values (up to eight
// labels per stage, as the shipped model's seven): whole rows are added as
// fixed-size arrays, which the compiler unrolls without bounds checks.
func (m *Model) emissionsJoint16(s *scratch, n int) {
	nL, off2 := m.nL, m.stage2.off
	for i := 0; i < n; i++ {
		var acc [16]int32
		if w := m.cachedSums(&s.info[i+2]); w != nil {
			acc = [16]int32(w)
		}
		if d := m.dense; d != nil {
			d.sumAll(&acc, s.rows[s.offs[i]:s.offs[i+1]])
		} else {
			for _, r := range s.rows[s.offs[i]:s.offs[i+1]] {
				row := (*[16]int16)(m.q[int(r)*16 : int(r)*16+16])
				for k := range acc {
					acc[k] += int32(row[k])
				}
			}
		}
		copy(s.acc2[i*nL:(i+1)*nL], acc[off2:off2+nL])
		e := s.em[i*nL : (i+1)*nL]
		for y, v := range acc[:nL] {
			e[y] = float32(v) * m.qscale
		}
	}
}

// stackedEmissions computes stage 2's emissions from the sums kept by
// emissionsJoint plus the stacked features of the first-stage labels prev.
func (m2 *Model) stackedEmissions(s *scratch, words []string, prev []int) {
	n, nL := len(words), m2.nL
	m2.stackInfo(s, words, prev)
	s.rows2 = s.rows2[:0]
	for i := 0; i < n; i++ {
		acc := s.acc2[i*nL : (i+1)*nL]
		var sum [16]int32
		if d := m2.dense; d != nil {
			t := stackTokenAt(s, prev, i, n)
			mask := sgAll
			if ls := m2.lsums; ls != nil {
				// the label features' sums from the small tables,
				// the others' rows from the packed table
				ls.add(&sum, &t, nL)
				mask = sgWord
			}
			s.rows2 = m2.stackRows(s.rows2[:0], &t, mask)
			d.sumAll(&sum, s.rows2)
			for y := range acc {
				acc[y] += sum[(m2.off+y)&15]
			}
		} else {
			s.rows2 = m2.stackFeatures(s.rows2[:0], s, prev, i, n)
			for _, r := range s.rows2 {
				k := int(r)*m2.stride + m2.off
				for y, v := range m2.q[k : k+nL] {
					acc[y] += int32(v)
				}
			}
		}
		e := s.em[i*nL : (i+1)*nL]
		for y, v := range acc {
			e[y] = float32(v) * m2.qscale
		}
	}
}

// buildWordCache precomputes the lowerFeatures sums of the cluster words
// (see wcache) and packs the table's non-zero rows (see dense), once the
// table is final; a stage 2 sharing the table shares the packed rows.
func (m *Model) buildWordCache() {
	m.dense = newDenseRows(m.q, m.stride)
	if m2 := m.stage2; m2 != nil {
		m2.dense = nil
		if len(m2.q) > 0 && len(m2.q) == len(m.q) && &m2.q[0] == &m.q[0] {
			m2.dense = m.dense
		}
	}
	m.buildSums()
}

// buildSums precomputes the lowerFeatures sums of the cluster words (see
// wcache) from the packed rows, or from the table where there are none.
func (m *Model) buildSums() {
	m.wcache, m.wcacheOwn, m.ownOK = nil, nil, nil
	if m2 := m.stage2; m2 != nil {
		m2.lsums = m2.buildLabelSums()
	}
	if len(m.clusterList) == 0 {
		return
	}
	cache := make([]int32, len(m.clusterList)*m.stride)
	own := make([]int32, len(m.clusterList)*m.stride)
	ok := make([]bool, len(m.clusterList))
	var t tokInfo
	var buf []byte
	var rows []uint32
	addRows := func(sum []int32, rows []uint32) {
		// the packed rows when there are (a fraction of the table's
		// memory, so fewer cache misses: their sums are the same)
		if m.dense != nil {
			m.dense.sumAll((*[16]int32)(sum), rows)
			return
		}
		for _, r := range rows {
			for y, v := range m.q[int(r)*m.stride : int(r+1)*m.stride] {
				sum[y] += int32(v)
			}
		}
	}
	for ci, c := range m.clusterList {
		buf = m.describe(&t, c.Word, buf)
		if t.ci != int32(ci) {
			// A word whose lower-cased form is another entry (the file
			// had it in capitals): tokens find that entry instead.
			continue
		}
		rows = m.lowerFeatures(rows[:0], &t)
		sum := cache[ci*m.stride : (ci+1)*m.stride]
		addRows(sum, rows)
		if t.lowerForm {
			// the tokens spelt c.Word: the word is its own lower-cased
			// form, the only key of the cluster map that gives ci
			o := own[ci*m.stride : (ci+1)*m.stride]
			copy(o, sum)
			addRows(o, m.ownFeatures(rows[:0], &t))
			ok[ci] = true
		}
	}
	m.wcache, m.wcacheOwn, m.ownOK = cache, own, ok
}

// joinStages puts the weights of stage 1 and a stacked stage 2 into one
// table of rows [stage 1 | stage 2], padded to a multiple of eight values
// so that rows start on 16-byte boundaries.
func (m *Model) joinStages() {
	m2 := m.stage2
	if m2 == nil {
		return
	}
	nL := m.nL
	stride := (2*nL + 7) &^ 7
	rows := 1 << m.bits
	q := make([]int16, rows*stride)
	for r := 0; r < rows; r++ {
		copy(q[r*stride:r*stride+nL], m.q[r*m.stride+m.off:r*m.stride+m.off+nL])
		copy(q[r*stride+nL:r*stride+2*nL], m2.q[r*m2.stride+m2.off:r*m2.stride+m2.off+nL])
	}
	m.q, m.stride, m.off = q, stride, 0
	m2.q, m2.stride, m2.off = q, stride, nL
	m.dense, m2.dense = nil, nil // rebuilt by buildWordCache over the joint table
}

// quantise turns the trained float weights into the int16 table used for
// tagging (the largest weight maps to 32767) and drops the floats.
func (m *Model) quantise() {
	var maxAbs float64
	for _, v := range m.w {
		maxAbs = max(maxAbs, math.Abs(float64(v)))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	for k, v := range m.w {
		m.q[k] = int16(math.Round(float64(v) / scale))
	}
	m.qscale = float32(scale)
	m.w = nil
}

// emissions fills s.em[i*nL+y] with the feature score of label y at word i,
// from float weights w (during training).
func (m *Model) emissions(s *scratch, w []float32, n int) {
	nL := m.nL
	if cap(s.em) < n*nL {
		s.em = make([]float32, n*nL)
	}
	s.em = s.em[:n*nL]
	for i := 0; i < n; i++ {
		e := s.em[i*nL : (i+1)*nL]
		for y := range e {
			e[y] = 0
		}
		for _, r := range s.rows[s.offs[i]:s.offs[i+1]] {
			row := w[int(r)*nL : int(r)*nL+nL]
			for y, v := range row {
				e[y] += v
			}
		}
	}
}

var negInf = float32(math.Inf(-1))

// decode finds the best label sequence given emissions and transitions.
// The result (label indices) is written to s.path.
func (m *Model) decode(s *scratch, trans []float32, n int) []int {
	nL := m.nL
	if cap(s.path) < n {
		s.path = make([]int, n)
	}
	s.path = s.path[:n]
	if n == 0 {
		return s.path
	}
	if m.greedy {
		prev := nL
		for i := 0; i < n; i++ {
			best, bestY := negInf, 0
			for y := 0; y < nL; y++ {
				if !m.allowed[prev*nL+y] {
					continue
				}
				if v := s.em[i*nL+y] + trans[prev*nL+y]; v > best {
					best, bestY = v, y
				}
			}
			s.path[i] = bestY
			prev = bestY
		}
		return s.path
	}
	if nL <= 8 {
		return m.decode8(s, trans, n)
	}
	return m.decodeN(s, trans, n)
}

// decodeN is Viterbi decoding for any number of labels (see decode8).
func (m *Model) decodeN(s *scratch, trans []float32, n int) []int {
	nL := m.nL
	if cap(s.delta) < n*nL {
		s.delta = make([]float32, n*nL)
		s.back = make([]int32, n*nL)
	}
	s.delta, s.back = s.delta[:n*nL], s.back[:n*nL]
	for y := 0; y < nL; y++ {
		if m.allowed[nL*nL+y] {
			s.delta[y] = s.em[y] + trans[nL*nL+y]
		} else {
			s.delta[y] = negInf
		}
	}
	for i := 1; i < n; i++ {
		prev := s.delta[(i-1)*nL : i*nL]
		for y := 0; y < nL; y++ {
			best, arg := negInf, int32(0)
			for _, p := range m.preds[y] {
				if v := prev[p] + trans[int(p)*nL+y]; v > best {
					best, arg = v, p
				}
			}
			s.delta[i*nL+y] = best + s.em[i*nL+y]
			s.back[i*nL+y] = arg
		}
	}
	best, arg := negInf, 0
	for y := 0; y < nL; y++ {
		if v := s.delta[(n-1)*nL+y]; v > best {
			best, arg = v, y
		}
	}
	for i := n - 1; i >= 0; i-- {
		s.path[i] = arg
		arg = int(s.back[i*nL+arg])
	}
	return s.path
}

// decode8 is Viterbi decoding (decode) for up to eight labels, as the
// shipped model's seven: the scores of the previous word stay in a
// fixed-size array and each label's predecessors and their transition
// weights are gathered once per sentence, so the inner loop runs without
// bounds checks or index arithmetic. The sums and comparisons are decode's,
// in the same order, so the path is the same.
func (m *Model) decode8(s *scratch, trans []float32, n int) []int {
	nL := m.nL
	// a predecessor label and the weight of its transition to the label
	type predWeight struct {
		p int32
		w float32
	}
	var preds [8][8]predWeight
	var nPreds [8]int
	for y := 0; y < nL; y++ {
		for k, p := range m.preds[y] {
			preds[y][k] = predWeight{p, trans[int(p)*nL+y]}
		}
		nPreds[y] = len(m.preds[y])
	}
	if cap(s.back) < n*nL {
		s.back = make([]int32, n*nL)
	}
	s.back = s.back[:n*nL]
	var prev [8]float32
	for y := 0; y < nL; y++ {
		if m.allowed[nL*nL+y] {
			prev[y] = s.em[y] + trans[nL*nL+y]
		} else {
			prev[y] = negInf
		}
	}
	for i := 1; i < n; i++ {
		em := s.em[i*nL : i*nL+nL]
		back := s.back[i*nL : i*nL+nL]
		var cur [8]float32
		for y := range em {
			best, arg := negInf, int32(0)
			for _, pw := range preds[y&7][:nPreds[y&7]] {
				if v := prev[pw.p&7] + pw.w; v > best {
					best, arg = v, pw.p
				}
			}
			cur[y&7] = best + em[y]
			back[y] = arg
		}
		prev = cur
	}
	best, arg := negInf, 0
	for y := 0; y < nL; y++ {
		if v := prev[y]; v > best {
			best, arg = v, y
		}
	}
	for i := n - 1; i >= 0; i-- {
		s.path[i] = arg
		arg = int(s.back[i*nL+arg])
	}
	return s.path
}

// Tag returns one BIO label per word (B-PERSON, I-ORG, O, ...). Words are
// tokens as the text package cuts them; the tagger is case-sensitive.
func (m *Model) Tag(words []string) []string {
	return m.TagAppend(make([]string, 0, len(words)), words)
}

// TagAppend is Tag appending the labels to dst, so that a caller tagging
// sentence after sentence reuses one slice.
func (m *Model) TagAppend(dst, words []string) []string {
	if len(words) == 0 {
		return dst
	}
	s := m.getScratch()
	for _, y := range m.tagIndices(s, words) {
		dst = append(dst, m.labels[y])
	}
	m.pool.Put(s)
	return dst
}

// TagFirstStage is Tag with the first stage only: about half the work of a
// stacked model, for callers that weigh speed over the second stage's gain
// (measured in models/README.md).
func (m *Model) TagFirstStage(words []string) []string {
	out := make([]string, len(words))
	if len(words) == 0 {
		return out
	}
	s := m.getScratch()
	m.extract(s, words, nil)
	m.emissionsQ(s, len(words))
	for i, y := range m.decode(s, m.trans, len(words)) {
		out[i] = m.labels[y]
	}
	m.pool.Put(s)
	return out
}

// tagIndices runs the first stage and, for a stacked model, the second; it
// returns label indices in s.path.
func (m *Model) tagIndices(s *scratch, words []string) []int {
	m.extract(s, words, nil)
	m2 := m.stage2
	if m2 == nil {
		m.emissionsQ(s, len(words))
		return m.decode(s, m.trans, len(words))
	}
	// Both stages share the clusters and the feature hashing, so the
	// ordinary features are computed and looked up once for both; stage 2
	// adds only its stacked features.
	m.emissionsJoint(s, len(words))
	path := m.decode(s, m.trans, len(words))
	s.prev = append(s.prev[:0], path...)
	m2.stackedEmissions(s, words, s.prev)
	return m2.decode(s, m2.trans, len(words))
}

// buildPreds lists, for every label, the labels allowed before it, in
// increasing order (so ties resolve as a scan over all labels would).
func buildPreds(allowed []bool, nL int) [][]int32 {
	preds := make([][]int32, nL)
	for y := 0; y < nL; y++ {
		for p := 0; p < nL; p++ {
			if allowed[p*nL+y] {
				preds[y] = append(preds[y], int32(p))
			}
		}
	}
	return preds
}

// buildAllowed marks BIO-valid transitions: I-X only after B-X or I-X.
func buildAllowed(labels []string) []bool {
	nL := len(labels)
	a := make([]bool, (nL+1)*nL)
	for p := 0; p <= nL; p++ {
		for y, l := range labels {
			ok := true
			if strings.HasPrefix(l, "I-") {
				ok = p < nL && labels[p] != "O" && labels[p][2:] == l[2:]
			}
			a[p*nL+y] = ok
		}
	}
	return a
}
