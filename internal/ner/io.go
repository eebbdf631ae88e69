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
	quant := func(r int) bool {
		k := r*m.stride + m.off
		for _, v := range m.q[k : k+nL] {
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
		k := r*m.stride + m.off
		for _, v := range m.q[k : k+nL] {
			putI(int64(v))
		}
	}
}

// readWeights reads what writeWeights wrote.
func (m *Model) readWeights(br *bufio.Reader, scale float64) error {
	if scale <= 0 || math.IsInf(scale, 0) || math.IsNaN(scale) {
		return fmt.Errorf("bad weight scale %v", scale)
	}
	m.qscale = float32(scale)
	if err := binary.Read(br, binary.LittleEndian, m.trans); err != nil {
		return fmt.Errorf("transitions: %w", err)
	}
	count, err := binary.ReadUvarint(br)
	if err != nil {
		return fmt.Errorf("row count: %w", err)
	}
	rows := uint64(1) << m.bits
	row := uint64(0)
	for i := uint64(0); i < count; i++ {
		gap, err := binary.ReadUvarint(br)
		if err != nil {
			return fmt.Errorf("row: %w", err)
		}
		row += gap
		if row >= rows {
			return errors.New("row index out of range")
		}
		for y := 0; y < m.nL; y++ {
			v, err := binary.ReadVarint(br)
			if err != nil {
				return fmt.Errorf("weight: %w", err)
			}
			if v < math.MinInt16 || v > math.MaxInt16 {
				return errors.New("weight out of range")
			}
			m.q[int(row)*m.stride+m.off+y] = int16(v)
		}
	}
	return nil
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("load model: %w", err)
	}
	defer zr.Close()
	br := bufio.NewReader(zr)
	magic := make([]byte, len(modelMagic)+1)
	if _, err := io.ReadFull(br, magic); err != nil {
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
	hl, err := binary.ReadUvarint(br)
	if err != nil || hl > 1<<20 {
		return fail("header length", errOr(err))
	}
	hj := make([]byte, hl)
	if _, err := io.ReadFull(br, hj); err != nil {
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
	nc, err := binary.ReadUvarint(br)
	if err != nil || nc > 1<<22 {
		return fail("cluster count", errOr(err))
	}
	cl := make([]Cluster, 0, nc)
	for i := uint64(0); i < nc; i++ {
		l, err := binary.ReadUvarint(br)
		if err != nil || l > 1<<10 {
			return fail("cluster word", errOr(err))
		}
		wb := make([]byte, l)
		if _, err := io.ReadFull(br, wb); err != nil {
			return fail("cluster word", err)
		}
		c1, err1 := binary.ReadUvarint(br)
		c2, err2 := binary.ReadUvarint(br)
		caps, err3 := br.ReadByte()
		nx, err4 := br.ReadByte()
		if err1 != nil || err2 != nil || err3 != nil || err4 != nil || nx > maxExtra {
			return fail("cluster id", errOr(errors.Join(err1, err2, err3, err4)))
		}
		c := Cluster{Word: string(wb), Coarse: uint16(c1), Fine: uint16(c2), Caps: caps}
		for k := 0; k < int(nx); k++ {
			x, err := binary.ReadUvarint(br)
			if err != nil {
				return fail("cluster id", err)
			}
			c.Extra = append(c.Extra, uint16(x))
		}
		cl = append(cl, c)
	}
	m := newModel(h.Labels, h.Bits, h.Greedy, cl)
	for g, types := range h.GazTypes {
		if types == nil {
			continue
		}
		if version < 2 || len(types) > 31 {
			return fail("gazetteer", errors.New("unexpected gazetteer"))
		}
		gz, err := readGazetteer(br, types)
		if err != nil {
			return fail("gazetteer", err)
		}
		m.gaz[g] = gz
	}
	var m2 *Model
	if h.Scale2 != 0 {
		// The stages share one table (see joinStages), filled in place.
		m2 = &Model{labels: m.labels, nL: m.nL, bits: m.bits, greedy: m.greedy,
			trans: make([]float32, len(m.trans)), allowed: m.allowed, preds: m.preds,
			clusters: m.clusters, clusterList: m.clusterList, nExtra: m.nExtra, gaz: m.gaz}
		m.stride = (2*m.nL + 7) &^ 7
		m.q = newTable((1 << m.bits) * m.stride)
		m2.q, m2.stride, m2.off = m.q, m.stride, m.nL
	}
	if err := m.readWeights(br, h.Scale); err != nil {
		return fail("stage 1", err)
	}
	if m2 != nil {
		if err := m2.readWeights(br, h.Scale2); err != nil {
			return fail("stage 2", err)
		}
		m.stage2 = m2
	}
	m.buildWordCache()
	return m, nil
}

// readGazetteer reads one name list as Save writes it.
func readGazetteer(br *bufio.Reader, types []string) (*gazetteer, error) {
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 1<<22 {
		return nil, errOr(err)
	}
	list := make([]gazEntry, 0, min(n, 1<<16))
	for i := uint64(0); i < n; i++ {
		l, err := binary.ReadUvarint(br)
		if err != nil || l == 0 || l > 1<<10 {
			return nil, errOr(err)
		}
		b := make([]byte, l)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, err
		}
		mask, err := binary.ReadUvarint(br)
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
