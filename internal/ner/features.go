package ner

import (
	"unicode"
	"unicode/utf8"
)

// Features are hashed: every feature is a 64-bit hash of its template id and
// its values, and the top bits pick a row of the weight table. Nothing is
// interned, so extraction allocates nothing once the scratch buffers have
// grown, and an unseen feature simply lands on a row that is (almost always)
// zero.

// hashing helpers ------------------------------------------------------------

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// mix combines two hashes (a murmur3-style finaliser over a xor-multiply).
func mix(a, b uint64) uint64 {
	h := a ^ (b * 0x9E3779B97F4A7C15)
	h ^= h >> 31
	h *= 0xD6E8FEB86659FD93
	h ^= h >> 29
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 32
	return h
}

// Distinct values for padding positions and absent values.
var (
	hBOS  = hashString("\x00<s>")
	hEOS  = hashString("\x00</s>")
	hNone = hashString("\x00none")
)

// token-level information ----------------------------------------------------

// Token flags.
const (
	fTitle = 1 << iota
	fOrgHead
	fPlaceCue
	fSpeech
	fInitCap
	fAllCaps
	fHasDigit
	fHasHyphen
	fHasPeriod
	fAllLower
)

// tokInfo holds the hashes of one token's own properties; feature templates
// combine them with the neighbours'.
type tokInfo struct {
	word, shape, cshape uint64
	lowerPart
	gz    [nGaz]uint64 // gazetteer match: types and position, or hNone
	flags uint32
	// lowerForm: the word is written as its lower-cased form (the cluster
	// list's spelling), so the sum of ownFeatures is the precomputed one
	// (see Model.wcacheOwn).
	lowerForm bool
}

// lowerPart is the part of tokInfo that depends only on the lower-cased
// word.
type lowerPart struct {
	lower      uint64
	pre, suf   [4]uint64
	ipre, isuf uint64
	c1, c2     uint64
	caps       uint64
	x          [maxExtra]uint64
	ci         int32  // index in the model's cluster list, or -1
	lexFlags   uint32 // fTitle, fOrgHead, fPlaceCue, fSpeech
}

// padInfo stands for the positions before the sentence start (BOS) and after
// its end (EOS).
func padInfo(h uint64) tokInfo {
	t := tokInfo{word: h, shape: h, cshape: h}
	t.lower, t.ipre, t.isuf, t.c1, t.c2, t.caps, t.ci = h, h, h, h, h, h, -1
	for i := range t.x {
		t.x[i] = h
	}
	for i := range t.gz {
		t.gz[i] = h
	}
	for i := range t.pre {
		t.pre[i], t.suf[i] = h, h
	}
	return t
}

// describe fills t for word w. buf is scratch space for the lower-cased form.
func (m *Model) describe(t *tokInfo, w string, buf []byte) []byte {
	buf = buf[:0]
	var shape, cshape uint64 = fnvOffset, fnvOffset
	var last byte
	nShape := 0
	upper, lower, digit, other := 0, 0, 0, 0
	flags := uint32(0)
	for i := 0; i < len(w); {
		// An ASCII byte is a rune whose class and lower case are read
		// off directly (unicode.IsUpper, IsLower, IsDigit and ToLower
		// agree with these ranges there); other runes go through the
		// unicode tables, as a range over w would decode them.
		r, size := rune(w[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(w[i:])
		}
		var cls byte
		lr := r
		switch {
		case 'A' <= r && r <= 'Z':
			cls, lr = 'X', r+'a'-'A'
		case 'a' <= r && r <= 'z':
			cls = 'x'
		case '0' <= r && r <= '9':
			cls = 'd'
		case r < utf8.RuneSelf:
			cls = byte(r)
		case unicode.IsUpper(r):
			cls, lr = 'X', unicode.ToLower(r)
		case unicode.IsLower(r):
			cls, lr = 'x', unicode.ToLower(r)
		case unicode.IsDigit(r):
			cls, lr = 'd', unicode.ToLower(r)
		default:
			cls, lr = '*', unicode.ToLower(r)
		}
		switch cls {
		case 'X':
			upper++
			if i == 0 {
				flags |= fInitCap
			}
		case 'x':
			lower++
		case 'd':
			digit++
		default:
			other++
			switch r {
			case '-':
				flags |= fHasHyphen
			case '.':
				flags |= fHasPeriod
			}
		}
		i += size
		if nShape < 8 {
			shape = (shape ^ uint64(cls)) * fnvPrime
			nShape++
		}
		if cls != last {
			cshape = (cshape ^ uint64(cls)) * fnvPrime
			last = cls
		}
		if lr < utf8.RuneSelf {
			buf = append(buf, byte(lr))
		} else {
			buf = utf8.AppendRune(buf, lr)
		}
	}
	if upper > 1 && lower == 0 {
		flags |= fAllCaps
	}
	if digit > 0 {
		flags |= fHasDigit
	}
	if upper == 0 && lower > 0 {
		flags |= fAllLower
	}
	t.word = hashString(w)
	t.lowerForm = string(buf) == w
	t.shape = shape
	t.cshape = cshape
	for i := range t.gz {
		t.gz[i] = hNone
	}
	// Everything else depends only on the lower-cased form: for words of
	// the cluster list it was computed once, when the model was built.
	ci, known := m.clusters.find(buf, hashBytes(buf))
	if known && m.lowers != nil {
		l := &m.lowers[ci]
		t.lowerPart = *l
		t.flags = flags | l.lexFlags
		return buf
	}
	m.describeLower(&t.lowerPart, buf, ci, known)
	t.flags = flags | t.lexFlags
	return buf
}

// describeLower fills the fields of l that depend only on the lower-cased
// word buf; ci is its index in the cluster list when known.
func (m *Model) describeLower(l *lowerPart, buf []byte, ci int32, known bool) {
	l.lower = hashBytes(buf)
	// Prefixes and suffixes of 1..4 runes of the lower-cased word.
	n := utf8.RuneCount(buf)
	for k := 1; k <= 4; k++ {
		if k > n {
			l.pre[k-1], l.suf[k-1] = hNone, hNone
			continue
		}
		l.pre[k-1] = hashBytes(buf[:runePrefixLen(buf, k)])
		l.suf[k-1] = hashBytes(buf[len(buf)-runeSuffixLen(buf, k):])
	}
	l.ipre, l.isuf = hNone, hNone
	if n >= 5 { // short words such as "dia" or "ini" are not derived forms
		// (the first and last bytes, compared first, settle most pairs
		// without a call to compare strings)
		for i, p := range idPrefixes {
			if len(buf) > len(p)+2 && buf[0] == p[0] && string(buf[:len(p)]) == p {
				l.ipre = mix(uint64(i+1), 0x51)
				break
			}
		}
		for i, s := range idSuffixes {
			if len(buf) > len(s)+2 && buf[len(buf)-1] == s[len(s)-1] && string(buf[len(buf)-len(s):]) == s {
				l.isuf = mix(uint64(i+1), 0x52)
				break
			}
		}
	}
	// m[string(b)] does not allocate: the compiler uses the bytes in place.
	// Titles match without a final period ("Dr."), the other lexicons as
	// written.
	lex := lexiconFlags()
	f := lex[string(buf)]
	l.lexFlags = f & (fOrgHead | fPlaceCue | fSpeech)
	if tb := trimDot(buf); len(tb) == len(buf) {
		l.lexFlags |= f & fTitle
	} else {
		l.lexFlags |= lex[string(tb)] & fTitle
	}
	l.c1, l.c2, l.caps = hNone, hNone, hNone
	for i := range l.x {
		l.x[i] = hNone
	}
	l.ci = -1
	if known {
		l.ci = ci
		c := &m.clusterList[ci]
		l.c1 = mix(uint64(c.Coarse)+1, 0x61)
		l.c2 = mix(uint64(c.Fine)+1, 0x62)
		l.caps = mix(uint64(c.Caps)+1, 0x63)
		for i, x := range c.Extra {
			l.x[i] = mix(uint64(x)+1, 0x70+uint64(i))
		}
	}
}

// buildLowers precomputes describeLower for every word of the cluster list
// (see Model.lowers).
func (m *Model) buildLowers() {
	m.lowers = make([]lowerPart, len(m.clusterList))
	for ci, c := range m.clusterList {
		m.describeLower(&m.lowers[ci], []byte(c.Word), int32(ci), true)
	}
}

// trimDot drops one trailing period so "Dr." and "dr" match the lexicon.
func trimDot(s []byte) []byte {
	if len(s) > 1 && s[len(s)-1] == '.' {
		return s[:len(s)-1]
	}
	return s
}

func runePrefixLen(b []byte, k int) int {
	i := 0
	for ; k > 0 && i < len(b); k-- {
		_, sz := utf8.DecodeRune(b[i:])
		i += sz
	}
	return i
}

func runeSuffixLen(b []byte, k int) int {
	i := len(b)
	for ; k > 0 && i > 0; k-- {
		_, sz := utf8.DecodeLastRune(b[:i])
		i -= sz
	}
	return len(b) - i
}

// Feature template ids. The numbers only need to be distinct; changing one
// changes the model format (bump modelVersion).
const (
	tBias uint64 = iota + 1
	tWord
	tLower
	tShape
	tCShape
	tPre
	tSuf
	tIPre
	tISuf
	tPrevLower
	tNextLower
	tPrev2Lower
	tNext2Lower
	tPrevCShape
	tNextCShape
	tPrevCurLower
	tCurNextLower
	tShapeTri
	tC1
	tC2
	tPrevC1
	tNextC1
	tPrevC2
	tNextC2
	tTitle1
	tTitle2
	tOrgHead
	tOrgHeadPrev
	tOrgHeadPrev2
	tPlaceCue
	tSpeechNext
	tSpeechNext2
	tInitShape
	tInitLower
	tFlags
	tPrevLowerCShape
	tCShapeNextLower
	tLastShape
	tPrevSuf3
	tNextPre3
	tGazetteer
	tCaps
	tCapsShape
	tPrevCaps
	tNextCaps
	tC2Shape
	tPrevC1Shape
	tX
	tPrevX
	tNextX
	tGaz
	tGazShape
	tGazPrev
	tGazNext
)

// maxExtra is the most extra clusterings a cluster file may carry.
const maxExtra = 4

// lowerFeatures appends the rows of the features that depend only on the
// lower-cased word (and the bias). For words in the cluster list their sum
// is precomputed (see buildWordCache), which saves about fifteen random
// reads of the weight table per token.
func (m *Model) lowerFeatures(rows []uint32, c *tokInfo) []uint32 {
	shift := 64 - m.bits
	add := func(h uint64) {
		rows = append(rows, uint32(h>>shift))
	}
	add(mix(tBias, 0))
	add(mix(tLower, c.lower))
	for k := 0; k < 4; k++ {
		add(mix(tPre+uint64(k)<<8, c.pre[k]))
		add(mix(tSuf+uint64(k)<<8, c.suf[k]))
	}
	add(mix(tIPre, c.ipre))
	add(mix(tISuf, c.isuf))
	add(mix(tC1, c.c1))
	add(mix(tC2, c.c2))
	add(mix(tCaps, c.caps))
	for k := 0; k < m.nExtra; k++ {
		add(mix(tX+uint64(k)<<8, c.x[k]))
	}
	return rows
}

// ownFeatures appends the rows of the features of features that depend
// only on the word's own form (its spelling as written), for the sums of
// wcacheOwn. It must list what features leaves out when own is false.
func (m *Model) ownFeatures(rows []uint32, c *tokInfo) []uint32 {
	shift := 64 - m.bits
	add := func(h uint64) {
		rows = append(rows, uint32(h>>shift))
	}
	add(mix(tWord, c.word))
	add(mix(tShape, c.shape))
	add(mix(tCShape, c.cshape))
	add(mix(mix(tFlags, uint64(c.flags)), 0))
	add(mix(mix(tCapsShape, c.caps), c.cshape))
	add(mix(mix(tC2Shape, c.c2), c.cshape))
	if c.flags&fOrgHead != 0 {
		add(mix(mix(tOrgHead, c.cshape), 0))
	}
	return rows
}

// features appends the weight-table rows of token i's features to rows.
// info holds len(words)+4 entries: two BOS pads, the words, two EOS pads.
// With cached, the features of lowerFeatures are left out for words in
// the cluster list: the caller adds their precomputed sum.
func (m *Model) features(rows []uint32, info []tokInfo, i, n int, cached bool) []uint32 {
	shift := 64 - m.bits
	add := func(h uint64) {
		rows = append(rows, uint32(h>>shift))
	}
	p2, p1, c, n1, n2 := &info[i], &info[i+1], &info[i+2], &info[i+3], &info[i+4]
	if !cached || c.ci < 0 {
		rows = m.lowerFeatures(rows, c)
	}
	// own: the features decided by the word's own form (tWord, tShape,
	// tCShape, tFlags, tCapsShape, tC2Shape, tOrgHead) are added here,
	// unless their sum is precomputed for the word (ownCached). They keep
	// their places in the list, so training sees the features in the same
	// order as before.
	own := !cached || !m.ownCached(c)
	if own {
		add(mix(tWord, c.word))
		add(mix(tShape, c.shape))
		add(mix(tCShape, c.cshape))
	}
	add(mix(tPrevLower, p1.lower))
	add(mix(tNextLower, n1.lower))
	add(mix(tPrev2Lower, p2.lower))
	add(mix(tNext2Lower, n2.lower))
	add(mix(tPrevCShape, p1.cshape))
	add(mix(tNextCShape, n1.cshape))
	add(mix(mix(tPrevCurLower, p1.lower), c.lower))
	add(mix(mix(tCurNextLower, c.lower), n1.lower))
	add(mix(mix(mix(tShapeTri, p1.cshape), c.cshape), n1.cshape))
	add(mix(tPrevC1, p1.c1))
	add(mix(tNextC1, n1.c1))
	add(mix(tPrevC2, p1.c2))
	add(mix(tNextC2, n1.c2))
	if own {
		add(mix(mix(tFlags, uint64(c.flags)), 0))
	}
	// Capitalisation prior: a capitalised word that is usually written in
	// lower case is a common word at the start of a title or sentence.
	if own {
		add(mix(mix(tCapsShape, c.caps), c.cshape))
	}
	add(mix(mix(tPrevCaps, p1.caps), p1.cshape))
	add(mix(mix(tNextCaps, n1.caps), n1.cshape))
	if own {
		add(mix(mix(tC2Shape, c.c2), c.cshape))
	}
	add(mix(mix(tPrevC1Shape, p1.c1), c.cshape))
	for k := 0; k < m.nExtra; k++ {
		kk := uint64(k) << 8
		add(mix(tPrevX+kk, p1.x[k]))
		add(mix(tNextX+kk, n1.x[k]))
	}
	for g, gz := range m.gaz {
		if gz == nil {
			continue
		}
		gg := uint64(g) << 8
		if c.gz[g] != hNone {
			add(mix(tGaz+gg, c.gz[g]))
			add(mix(mix(tGazShape+gg, c.gz[g]), c.cshape))
		}
		if p1.gz[g] != hNone {
			add(mix(mix(tGazPrev+gg, p1.gz[g]), c.cshape))
		}
		if n1.gz[g] != hNone {
			add(mix(mix(tGazNext+gg, n1.gz[g]), c.cshape))
		}
	}
	add(mix(mix(tPrevLowerCShape, p1.lower), c.cshape))
	add(mix(mix(tCShapeNextLower, c.cshape), n1.lower))
	add(mix(tPrevSuf3, p1.suf[2]))
	add(mix(tNextPre3, n1.pre[2]))
	// Context cues: conjoined with the current shape so "Presiden" before a
	// capitalised word and before a lower-case word weigh differently.
	if p1.flags&fTitle != 0 {
		add(mix(mix(tTitle1, c.cshape), 0))
	}
	if p2.flags&fTitle != 0 {
		add(mix(mix(tTitle2, c.cshape), 0))
	}
	if own && c.flags&fOrgHead != 0 {
		add(mix(mix(tOrgHead, c.cshape), 0))
	}
	if p1.flags&fOrgHead != 0 {
		add(mix(mix(tOrgHeadPrev, c.cshape), 0))
	}
	if p2.flags&fOrgHead != 0 {
		add(mix(mix(tOrgHeadPrev2, c.cshape), 0))
	}
	if p1.flags&fPlaceCue != 0 {
		add(mix(mix(tPlaceCue, c.cshape), p1.lower))
	}
	if n1.flags&fSpeech != 0 {
		add(mix(mix(tSpeechNext, c.cshape), 0))
	}
	if n2.flags&fSpeech != 0 {
		add(mix(mix(tSpeechNext2, c.cshape), 0))
	}
	if i == 0 {
		// A capital at the sentence start says little: tell the model.
		add(mix(tInitShape, c.cshape))
		add(mix(tInitLower, c.lower))
	}
	if i == n-1 {
		add(mix(tLastShape, c.cshape))
	}
	return rows
}
