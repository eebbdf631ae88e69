package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
)

// The model file is gzip-compressed:
//
//	magic "kronik-ner" + format version byte
//	uvarint length + JSON header (labels, bits, decoding, quantisation scale)
//	uvarint count + clusters: (uvarint len, word, uvarint coarse, uvarint fine, caps byte,
//	    count byte, uvarint extra ids)...
//	(version 2) for each gazetteer the header lists (knowledge base, then
//	    training names): uvarint count + (uvarint len, name, uvarint type mask)...
//	stage 1, then (if the header has scale2) the stacked stage 2, each:
//	  transitions: (nL+1)*nL float32, little endian
//	  uvarint count + weight rows: (uvarint gap to the previous row index,
//	      nL zig-zag varints: the int16 weights, each times scale)...
//
// Weights are stored as the model holds them, int16 values times a scale
// (max |w| / 32767), and all-zero rows are left out, which keeps the file
// small and makes a model tag the same before Save and after Load.
const (
	modelMagic   = "kronik-ner"
	modelVersion = 2
)

type header struct {
	Labels []string `json:"labels"`
	Bits   uint     `json:"bits"`
	Greedy bool     `json:"greedy"`
	Scale  float64  `json:"scale"`
	// Scale2 is the quantisation scale of the stacked second stage; zero
	// when the model has none.
	Scale2 float64 `json:"scale2,omitempty"`
	// GazTypes holds, per gazetteer (knowledge base, training names), its
	// types in mask-bit order; nil where the model has no such gazetteer.
	GazTypes [nGaz][]string `json:"gaz_types,omitempty"`
	Note     string         `json:"note,omitempty"`
}

// Save writes the model in its compressed binary form.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	bw := bufio.NewWriter(zw)
	h := header{Labels: m.labels, Bits: m.bits, Greedy: m.greedy, Scale: float64(m.qscale)}
	if m.stage2 != nil {
		h.Scale2 = float64(m.stage2.qscale)
	}
	for g, gz := range m.gaz {
		if gz != nil {
			h.GazTypes[g] = append([]string{}, gz.types...)
		}
	}
	hj, err := json.Marshal(h)
	if err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	var tmp [binary.MaxVarintLen64]byte
	putU := func(x uint64) { bw.Write(tmp[:binary.PutUvarint(tmp[:], x)]) }
	bw.WriteString(modelMagic)
	bw.WriteByte(modelVersion)
	putU(uint64(len(hj)))
	bw.Write(hj)
	putU(uint64(len(m.clusterList)))
	for _, c := range m.clusterList {
		putU(uint64(len(c.Word)))
		bw.WriteString(c.Word)
		putU(uint64(c.Coarse))
		putU(uint64(c.Fine))
		bw.WriteByte(c.Caps)
		bw.WriteByte(byte(len(c.Extra)))
		for _, x := range c.Extra {
			putU(uint64(x))
		}
	}
	for _, gz := range m.gaz {
		if gz == nil {
			continue
		}
		putU(uint64(len(gz.list)))
		for _, e := range gz.list {
			putU(uint64(len(e.name)))
			bw.WriteString(e.name)
			putU(uint64(e.mask))
		}
	}
	m.writeWeights(bw)
	if m.stage2 != nil {
		m.stage2.writeWeights(bw)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	return nil
}

// writeWeights writes the transitions and the non-zero quantised rows.
func (m *Model) writeWeights(bw *bufio.Writer) {
	var tmp [binary.MaxVarintLen64]byte
	putU := func(x uint64) { bw.Write(tmp[:binary.PutUvarint(tmp[:], x)]) }
	putI := func(x int64) { bw.Write(tmp[:binary.PutVarint(tmp[:], x)]) }
	for _, v := range m.trans {
		binary.Write(bw, binary.LittleEndian, v)
	}
	nL := m.nL
	rows := 1 << m.bits
	buf := make([]int16, nL)
	// weights returns this stage's weights of row r: from the table, or
	// from the packed rows of a loaded model, which has no table
	weights := func(r int) []int16 {
		if m.q != nil {
			k := r*m.stride + m.off
			return m.q[k : k+nL]
		}
		clear(buf)
		if j, ok := m.dense.find(uint32(r)); ok {
			for y := range buf {
				buf[y] = int16(m.dense.value(j, m.off+y))
			}
		}
		return buf
	}
	quant := func(r int) bool {
		for _, v := range weights(r) {
			if v != 0 {
				return true
			}
		}
		return false
	}
	count := 0
	for r := 0; r < rows; r++ {
		if quant(r) {
			count++
		}
	}
	putU(uint64(count))
	last := 0
	for r := 0; r < rows; r++ {
		if !quant(r) {
			continue
		}
		putU(uint64(r - last))
		last = r
		for _, v := range weights(r) {
			putI(int64(v))
		}
	}
}

// decoder reads the decompressed model file from memory: the weights are
// about a million varints, which a decoder over a slice reads several times
// faster than binary.ReadUvarint over a bufio.Reader, a call through an
// interface a byte.
type decoder struct {
	b []byte
}

// uvarint reads an unsigned varint.
func (d *decoder) uvarint() (uint64, error) {
	x, n := binary.Uvarint(d.b)
	if n <= 0 {
		return 0, varintError(n)
	}
	d.b = d.b[n:]
	return x, nil
}

// varint reads a zig-zag varint.
func (d *decoder) varint() (int64, error) {
	x, n := binary.Varint(d.b)
	if n <= 0 {
		return 0, varintError(n)
	}
	d.b = d.b[n:]
	return x, nil
}

// varintError is the error of binary.Uvarint's n <= 0: no bytes left or too
// few (0), or a value over 64 bits (< 0).
func varintError(n int) error {
	if n == 0 {
		return io.ErrUnexpectedEOF
	}
	return errors.New("varint overflows 64 bits")
}

// bytes reads the next n bytes (a view into the file, not a copy).
func (d *decoder) bytes(n uint64) ([]byte, error) {
	if uint64(len(d.b)) < n {
		return nil, io.ErrUnexpectedEOF
	}
	b := d.b[:n]
	d.b = d.b[n:]
	return b, nil
}

// byte reads one byte.
func (d *decoder) byte() (byte, error) {
	if len(d.b) == 0 {
		return 0, io.ErrUnexpectedEOF
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c, nil
}

// readWeights reads what writeWeights wrote, handing the weights of each
// listed row, in ascending row order, to put (vals is reused from call to
// call).
func (m *Model) readWeights(d *decoder, scale float64, put func(row int, vals []int16)) error {
	if scale <= 0 || math.IsInf(scale, 0) || math.IsNaN(scale) {
		return fmt.Errorf("bad weight scale %v", scale)
	}
	m.qscale = float32(scale)
	tb, err := d.bytes(uint64(4 * len(m.trans)))
	if err != nil {
		return fmt.Errorf("transitions: %w", err)
	}
	for i := range m.trans {
		m.trans[i] = math.Float32frombits(binary.LittleEndian.Uint32(tb[4*i:]))
	}
	count, err := d.uvarint()
	if err != nil {
		return fmt.Errorf("row count: %w", err)
	}
	limit := uint64(1) << m.bits
	row := uint64(0)
	vals := make([]int16, m.nL)
	for i := uint64(0); i < count; i++ {
		gap, err := d.uvarint()
		if err != nil {
			return fmt.Errorf("row: %w", err)
		}
		if gap >= limit || row+gap >= limit {
			return errors.New("row index out of range")
		}
		row += gap
		for y := range vals {
			v, err := d.varint()
			if err != nil {
				return fmt.Errorf("weight: %w", err)
			}
			if v < math.MinInt16 || v > math.MaxInt16 {
				return errors.New("weight out of range")
			}
			vals[y] = int16(v)
		}
		put(int(row), vals)
	}
	return nil
}

// add is a readWeights sink that keeps the rows listed (a row listed twice
// keeps its last weights, as a table would).
func (s *stageRows) add(row int, vals []int16) {
	if n := len(s.rows); n > 0 && s.rows[n-1] == uint32(row) {
		copy(s.vals[len(s.vals)-len(vals):], vals)
		return
	}
	s.rows = append(s.rows, uint32(row))
	s.vals = append(s.vals, vals...)
}

// into returns a readWeights sink that writes m's weights into its table.
func (m *Model) into() func(row int, vals []int16) {
	return func(row int, vals []int16) {
		copy(m.q[row*m.stride+m.off:], vals)
	}
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("load model: %w", err)
	}
	defer zr.Close()
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("load model: %w", err)
	}
	d := &decoder{b: data}
	magic, err := d.bytes(uint64(len(modelMagic) + 1))
	if err != nil {
		return nil, fmt.Errorf("load model: %w", err)
	}
	if string(magic[:len(modelMagic)]) != modelMagic {
		return nil, errors.New("load model: not a kronik NER model")
	}
	version := magic[len(modelMagic)]
	if version != 1 && version != modelVersion {
		return nil, fmt.Errorf("load model: format version %d, want 1 or %d", version, modelVersion)
	}
	fail := func(what string, err error) (*Model, error) {
		return nil, fmt.Errorf("load model: %s: %w", what, err)
	}
	hl, err := d.uvarint()
	if err != nil || hl > 1<<20 {
		return fail("header length", errOr(err))
	}
	hj, err := d.bytes(hl)
	if err != nil {
		return fail("header", err)
	}
	var h header
	if err := json.Unmarshal(hj, &h); err != nil {
		return fail("header", err)
	}
	// Bound the table so a corrupt header cannot ask for gigabytes.
	if len(h.Labels) == 0 || len(h.Labels) > 64 || h.Bits < 8 || h.Bits > 24 || len(h.Labels)<<h.Bits > 1<<25 {
		return fail("header", errors.New("implausible labels or table size"))
	}
	for _, l := range h.Labels {
		if l != "O" && !strings.HasPrefix(l, "B-") && !strings.HasPrefix(l, "I-") {
			return fail("header", fmt.Errorf("label %q is not BIO", l))
		}
	}
	nc, err := d.uvarint()
	if err != nil || nc > 1<<22 {
		return fail("cluster count", errOr(err))
	}
	cl := make([]Cluster, 0, nc)
	for i := uint64(0); i < nc; i++ {
		l, err := d.uvarint()
		if err != nil || l > 1<<10 {
			return fail("cluster word", errOr(err))
		}
		wb, err := d.bytes(l)
		if err != nil {
			return fail("cluster word", err)
		}
		c1, err1 := d.uvarint()
		c2, err2 := d.uvarint()
		caps, err3 := d.byte()
		nx, err4 := d.byte()
		if err1 != nil || err2 != nil || err3 != nil || err4 != nil || nx > maxExtra {
			return fail("cluster id", errOr(errors.Join(err1, err2, err3, err4)))
		}
		c := Cluster{Word: string(wb), Coarse: uint16(c1), Fine: uint16(c2), Caps: caps}
		if nx > 0 {
			c.Extra = make([]uint16, nx)
		}
		for k := range c.Extra {
			x, err := d.uvarint()
			if err != nil {
				return fail("cluster id", err)
			}
			c.Extra[k] = uint16(x)
		}
		cl = append(cl, c)
	}
	m := newModelNoTable(h.Labels, h.Bits, h.Greedy, cl)
	for g, types := range h.GazTypes {
		if types == nil {
			continue
		}
		if version < 2 || len(types) > 31 {
			return fail("gazetteer", errors.New("unexpected gazetteer"))
		}
		gz, err := readGazetteer(d, types)
		if err != nil {
			return fail("gazetteer", err)
		}
		m.gaz[g] = gz
	}
	var m2 *Model
	if h.Scale2 != 0 {
		// The stages share one table (see joinStages).
		m2 = &Model{labels: m.labels, nL: m.nL, bits: m.bits, greedy: m.greedy,
			trans: make([]float32, len(m.trans)), allowed: m.allowed, preds: m.preds,
			clusters: m.clusters, clusterList: m.clusterList, nExtra: m.nExtra, gaz: m.gaz}
		m.stride = (2*m.nL + 7) &^ 7
		m2.stride, m2.off = m.stride, m.nL
		m.stage2 = m2
	}
	if m2 != nil && m.stride == 16 {
		// Rows of 16 values are tagged from their packed form alone
		// (dense), built here from the rows the file lists: the table of
		// every row (32 MB, nine in ten rows zeros) is never made.
		var s1, s2 stageRows
		if err := m.readWeights(d, h.Scale, s1.add); err != nil {
			return fail("stage 1", err)
		}
		if err := m2.readWeights(d, h.Scale2, s2.add); err != nil {
			return fail("stage 2", err)
		}
		m.dense = packStages(1<<m.bits, m.nL, &s1, &s2)
		m2.dense = m.dense
		m.buildSums()
		return m, nil
	}
	if m2 != nil {
		m.q = newTable((1 << m.bits) * m.stride)
		m2.q = m.q
	} else {
		m.q = make([]int16, (1<<m.bits)*m.stride)
	}
	if err := m.readWeights(d, h.Scale, m.into()); err != nil {
		return fail("stage 1", err)
	}
	if m2 != nil {
		if err := m2.readWeights(d, h.Scale2, m2.into()); err != nil {
			return fail("stage 2", err)
		}
	}
	m.buildWordCache()
	return m, nil
}

// readGazetteer reads one name list as Save writes it.
func readGazetteer(d *decoder, types []string) (*gazetteer, error) {
	n, err := d.uvarint()
	if err != nil || n > 1<<22 {
		return nil, errOr(err)
	}
	list := make([]gazEntry, 0, min(n, 1<<16))
	for i := uint64(0); i < n; i++ {
		l, err := d.uvarint()
		if err != nil || l == 0 || l > 1<<10 {
			return nil, errOr(err)
		}
		b, err := d.bytes(l)
		if err != nil {
			return nil, err
		}
		mask, err := d.uvarint()
		if err != nil || mask == 0 || mask >= 1<<len(types) {
			return nil, errOr(err)
		}
		list = append(list, gazEntry{string(b), uint32(mask)})
	}
	return newGazetteer(types, list), nil
}

func errOr(err error) error {
	if err == nil {
		return errors.New("value out of range")
	}
	return err
}
