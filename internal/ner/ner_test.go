package ner

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestReadCoNLL(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		opts   []ReadOption
		words  [][]string
		labels [][]string
	}{
		{
			name:   "tab separated IndoLEM with long tag names",
			in:     "Menteri\tO\nRetno\tB-PERSON\nke\tO\nKementerian\tB-ORGANIZATION\nLuar\tI-ORGANIZATION\ndi\tO\nBogor\tB-LOCATION\n\nBesok\tB-TIME\n",
			words:  [][]string{{"Menteri", "Retno", "ke", "Kementerian", "Luar", "di", "Bogor"}, {"Besok"}},
			labels: [][]string{{"O", "B-PERSON", "O", "B-ORG", "I-ORG", "O", "B-PLACE"}, {"O"}},
		},
		{
			name:   "space separated three columns with CRLF (idner-news-2k)",
			in:     "Sari PROPN B-PER\r\nSetiawan PROPN I-PER\r\ndari ADP O\r\nUGM PROPN B-ORG\r\n\r\nDi ADP O\r\nSurabaya PROPN B-LOC\r\n",
			words:  [][]string{{"Sari", "Setiawan", "dari", "UGM"}, {"Di", "Surabaya"}},
			labels: [][]string{{"B-PERSON", "I-PERSON", "O", "B-ORG"}, {"O", "B-PLACE"}},
		},
		{
			name:   "IO labels with trailing spaces and tabs (Luthfi gold standard)",
			in:     "Kota\tO \nPadang\tPlace\nPanjang\tPlace\t\nmilik\tO\nBank\tOrganisation \nNagari\tOrganisation\nAhmad\tPerson\n",
			words:  [][]string{{"Kota", "Padang", "Panjang", "milik", "Bank", "Nagari", "Ahmad"}},
			labels: [][]string{{"O", "B-PLACE", "I-PLACE", "O", "B-ORG", "I-ORG", "B-PERSON"}},
		},
		{
			name:   "NERP tags: PPL and PLC kept, IND EVT FNB dropped, stray I- repaired",
			in:     "budi\tB-PPL\nminum\tO\nkopi\tB-FNB\ndi\tO\nbali\tI-PLC\nfestival\tB-EVT\nsamsung\tB-IND\n",
			words:  [][]string{{"budi", "minum", "kopi", "di", "bali", "festival", "samsung"}},
			labels: [][]string{{"B-PERSON", "O", "O", "O", "B-PLACE", "O", "O"}},
		},
		{
			name:   "NERGrit ORGANISATION and KeepOtherTypes",
			in:     "PBB\tB-ORGANISATION\nbesok\tB-TIME\npagi\tI-TIME\n",
			opts:   []ReadOption{KeepOtherTypes()},
			words:  [][]string{{"PBB", "besok", "pagi"}},
			labels: [][]string{{"B-ORG", "B-TIME", "I-TIME"}},
		},
		{
			name:   "I- after another type starts a chunk",
			in:     "A\tB-PERSON\nB\tI-LOCATION\n\n\n\n",
			words:  [][]string{{"A", "B"}},
			labels: [][]string{{"B-PERSON", "B-PLACE"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadCoNLL(strings.NewReader(tt.in), tt.opts...)
			if err != nil {
				t.Fatal(err)
			}
			var words, labels [][]string
			for _, s := range got {
				words = append(words, s.Words)
				labels = append(labels, s.Labels)
			}
			if !reflect.DeepEqual(words, tt.words) {
				t.Errorf("words = %q, want %q", words, tt.words)
			}
			if !reflect.DeepEqual(labels, tt.labels) {
				t.Errorf("labels = %q, want %q", labels, tt.labels)
			}
		})
	}
}

func TestReadClusters(t *testing.T) {
	in := "# comment\njakarta\t3\t40\t3\nbudi\t1\t2\nkpk\t5\t6\t4\t7\t8\n"
	got, err := ReadClusters(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Cluster{
		{Word: "jakarta", Coarse: 3, Fine: 40, Caps: 3},
		{Word: "budi", Coarse: 1, Fine: 2},
		{Word: "kpk", Coarse: 5, Fine: 6, Caps: 4, Extra: []uint16{7, 8}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadClusters = %+v, want %+v", got, want)
	}
	for _, bad := range []string{"word\t1\n", "word\tx\t2\n", "w\t1\t2\t9\n", "w\t1\t2\t3\t1\t2\t3\t4\t5\n"} {
		if _, err := ReadClusters(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadClusters(%q) succeeded", bad)
		}
	}
}

func TestReadCoNLLRejectsLineWithoutLabel(t *testing.T) {
	if _, err := ReadCoNLL(strings.NewReader("Jakarta\tB-LOC\nlonely\n")); err == nil {
		t.Fatal("want an error for a line with one field")
	}
}

func TestScore(t *testing.T) {
	tests := []struct {
		name              string
		gold, pred        []string
		p, r, f1, macroF1 float64
	}{
		{"exact", []string{"B-PERSON", "I-PERSON", "O", "B-PLACE"}, []string{"B-PERSON", "I-PERSON", "O", "B-PLACE"}, 100, 100, 100, 100},
		{"boundary error counts as a miss and a false alarm",
			[]string{"B-PERSON", "I-PERSON", "O", "B-PLACE"}, []string{"B-PERSON", "O", "O", "B-PLACE"}, 50, 50, 50, 50},
		{"type error", []string{"B-ORG", "O"}, []string{"B-PLACE", "O"}, 0, 0, 0, 0},
		{"I- without B- opens a chunk, as in conlleval",
			[]string{"O", "I-ORG", "I-ORG"}, []string{"O", "B-ORG", "I-ORG"}, 100, 100, 100, 100},
		{"adjacent chunks of one type are two chunks",
			[]string{"B-PERSON", "B-PERSON"}, []string{"B-PERSON", "I-PERSON"}, 0, 0, 0, 0},
		{"missed chunk: precision stays 100",
			[]string{"B-ORG", "O", "B-PERSON"}, []string{"B-ORG", "O", "O"}, 100, 50, 66.667, 50},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Score([][]string{tt.gold}, [][]string{tt.pred})
			for _, c := range []struct {
				what      string
				got, want float64
			}{{"P", s.Overall.Precision, tt.p}, {"R", s.Overall.Recall, tt.r}, {"F1", s.Overall.F1, tt.f1}, {"macro", s.MacroF1, tt.macroF1}} {
				if diff := c.got - c.want; diff > 0.01 || diff < -0.01 {
					t.Errorf("%s = %.3f, want %.3f", c.what, c.got, c.want)
				}
			}
		})
	}
}

func TestScoreMacroDiffersFromMicro(t *testing.T) {
	// Nine PERSON chunks right, one ORG chunk wrong: micro 90, macro 50.
	var gold, pred [][]string
	for i := 0; i < 9; i++ {
		gold = append(gold, []string{"B-PERSON"})
		pred = append(pred, []string{"B-PERSON"})
	}
	gold = append(gold, []string{"B-ORG"})
	pred = append(pred, []string{"O"})
	s := Score(gold, pred)
	if d := s.Overall.F1 - 94.737; d > 0.01 || d < -0.01 { // P 100, R 90
		t.Errorf("micro F1 = %.3f, want 94.737", s.Overall.F1)
	}
	if s.MacroF1 != 50 {
		t.Errorf("macro F1 = %.3f, want 50", s.MacroF1)
	}
	if s.PerType["ORG"].Gold != 1 || s.PerType["PERSON"].Correct != 9 {
		t.Errorf("per-type counts wrong: %+v", s.PerType)
	}
}

func testModel(clusters []Cluster) *Model {
	return newModel([]string{"O", "B-PERSON", "I-PERSON"}, 16, false, clusters)
}

func TestDescribe(t *testing.T) {
	m := testModel([]Cluster{{Word: "jakarta", Coarse: 3, Fine: 40, Caps: 3}})
	desc := func(w string) tokInfo {
		var ti tokInfo
		m.describe(&ti, w, nil)
		return ti
	}
	tests := []struct {
		word      string
		flags     uint32
		noFlags   uint32
		affixes   bool
		inCluster bool
	}{
		{word: "Presiden", flags: fTitle | fInitCap, noFlags: fAllCaps},
		{word: "Dr.", flags: fTitle | fInitCap | fHasPeriod},
		{word: "Kementerian", flags: fOrgHead | fInitCap, affixes: true},
		{word: "KPK", flags: fAllCaps | fInitCap},
		{word: "memberikan", flags: fAllLower, noFlags: fInitCap, affixes: true},
		{word: "Jakarta", flags: fInitCap, inCluster: true},
		{word: "2024", flags: fHasDigit, noFlags: fAllLower},
		{word: "Asia-Pasifik", flags: fHasHyphen | fInitCap},
		{word: "ujarnya", flags: fSpeech | fAllLower, affixes: true},
		{word: "di", flags: fPlaceCue | fAllLower},
	}
	for _, tt := range tests {
		ti := desc(tt.word)
		if ti.flags&tt.flags != tt.flags {
			t.Errorf("%s: flags %b lack %b", tt.word, ti.flags, tt.flags)
		}
		if ti.flags&tt.noFlags != 0 {
			t.Errorf("%s: flags %b should not include %b", tt.word, ti.flags, tt.noFlags)
		}
		hasAffix := ti.ipre != hNone || ti.isuf != hNone
		if hasAffix != tt.affixes {
			t.Errorf("%s: affix found = %v, want %v", tt.word, hasAffix, tt.affixes)
		}
		if (ti.c1 != hNone) != tt.inCluster {
			t.Errorf("%s: in cluster = %v, want %v", tt.word, ti.c1 != hNone, tt.inCluster)
		}
	}
	// Shapes: same shape for words cased alike, different otherwise.
	if desc("Jakarta").cshape != desc("Bandung").cshape {
		t.Error("Jakarta and Bandung should share the collapsed shape Xx")
	}
	if desc("Jakarta").cshape == desc("jakarta").cshape || desc("KPK").cshape == desc("Kpk").cshape {
		t.Error("different capitalisation must give different shapes")
	}
	if desc("Jakarta").lower != desc("JAKARTA").lower {
		t.Error("lower-cased word hash must ignore case")
	}
	if desc("Jakarta").word == desc("jakarta").word {
		t.Error("word hash must keep case")
	}
}

func TestFeaturesContext(t *testing.T) {
	m := testModel(nil)
	s := &scratch{}
	m.extract(s, []string{"Presiden", "Budi", "tiba"}, nil)
	rows := func(i int) map[uint32]bool {
		out := map[uint32]bool{}
		for _, r := range s.rows[s.offs[i]:s.offs[i+1]] {
			out[r] = true
		}
		return out
	}
	if n := s.offs[2] - s.offs[1]; n < 35 {
		t.Errorf("token 1 has %d features, want a rich set (>= 35)", n)
	}
	// The same word after a title and after an ordinary word must differ in
	// more than the neighbour features: the title cue fires.
	first := rows(1)
	m.extract(s, []string{"kemudian", "Budi", "tiba"}, nil)
	second := rows(1)
	diff := 0
	for r := range first {
		if !second[r] {
			diff++
		}
	}
	if diff < 4 {
		t.Errorf("context change altered only %d features", diff)
	}
	// Extraction is deterministic.
	m.extract(s, []string{"Presiden", "Budi", "tiba"}, nil)
	if !reflect.DeepEqual(rows(1), first) {
		t.Error("extracting the same sentence twice gave different features")
	}
}

// tinyCorpus is written for this test: persons after titles and speech
// verbs, organisations after org heads, places after prepositions.
func tinyCorpus(t *testing.T) []Sentence {
	const text = `
Presiden B-PERSON
Andi I-PERSON
Wirawan I-PERSON
tiba O
di O
Semarang B-PLACE
. O

Menteri O
Sari B-PERSON
bertemu O
Direktur O
Bank B-ORG
Nusantara I-ORG
di O
Medan B-PLACE
. O

Partai B-ORG
Maju I-ORG
menolak O
usul O
itu O
, O
kata O
Andi B-PERSON
. O

Kementerian B-ORG
Pertanian I-ORG
membuka O
kantor O
di O
Padang B-PLACE
. O

Gubernur O
Rudi B-PERSON
Hartono I-PERSON
mengunjungi O
Universitas B-ORG
Lestari I-ORG
di O
Semarang B-PLACE
. O

Sari B-PERSON
berangkat O
ke O
Medan B-PLACE
bersama O
Rudi B-PERSON
. O
`
	s, err := ReadCoNLL(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestTrainTinyCorpus(t *testing.T) {
	corpus := tinyCorpus(t)
	for _, stacked := range []bool{false, true} {
		t.Run(fmt.Sprintf("stacked=%v", stacked), func(t *testing.T) {
			testTrainTiny(t, corpus, Train(corpus, Options{Epochs: 10, Seed: 7, Bits: 16, Stacked: stacked, Folds: 3}))
		})
	}
}

func testTrainTiny(t *testing.T, corpus []Sentence, m *Model) {
	for _, s := range corpus {
		if got := m.Tag(s.Words); !reflect.DeepEqual(got, s.Labels) {
			t.Errorf("Tag(%q)\n got %q\nwant %q", s.Words, got, s.Labels)
		}
	}
	// A sentence it has not seen: which names a tiny model finds there is
	// not something it must know, but its answer must be a well-formed
	// labelling with the corpus's labels, one per word.
	known := map[string]bool{}
	for _, s := range corpus {
		for _, l := range s.Labels {
			known[l] = true
		}
	}
	words := []string{"Rudi", "Hartono", "tiba", "di", "Padang", "."}
	got := m.Tag(words)
	if len(got) != len(words) {
		t.Fatalf("Tag(%q) gave %d labels", words, len(got))
	}
	for i, l := range got {
		if !known[l] {
			t.Errorf("Tag(%q)[%d] = %q, a label the corpus does not have", words, i, l)
		}
		if typ, inside := strings.CutPrefix(l, "I-"); inside && (i == 0 || got[i-1] != "B-"+typ && got[i-1] != l) {
			t.Errorf("Tag(%q) = %q: %q at %d continues no %s", words, got, l, i, typ)
		}
	}
	if got := m.Tag(nil); len(got) != 0 {
		t.Errorf("Tag(nil) = %q", got)
	}
}

func TestTrainReproducible(t *testing.T) {
	corpus := tinyCorpus(t)
	save := func(seed uint64) []byte {
		var b bytes.Buffer
		if err := Train(corpus, Options{Epochs: 5, Seed: seed, Bits: 14}).Save(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	if !bytes.Equal(save(3), save(3)) {
		t.Error("two trainings with the same seed gave different model files")
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	corpus := tinyCorpus(t)
	cl := []Cluster{{Word: "semarang", Coarse: 1, Fine: 9, Caps: 3, Extra: []uint16{4, 5}}, {Word: "medan", Coarse: 1, Fine: 9, Caps: 3, Extra: []uint16{4, 6}}}
	gaz := []GazName{{"Jakarta", "PLACE"}, {"Bank Nusantara", "ORG"}, {"Andi", "PERSON-PART"}}
	for _, o := range []Options{{}, {Greedy: true}, {Stacked: true, Folds: 3},
		{Stacked: true, Folds: 3, Gazetteer: gaz, TrainNames: true, NameParts: true, NameBlocks: 2}} {
		o.Epochs, o.Seed, o.Bits, o.Clusters = 8, 1, 16, cl
		greedy := o.Greedy
		m := Train(corpus, o)
		var b bytes.Buffer
		if err := m.Save(&b); err != nil {
			t.Fatal(err)
		}
		m2, err := Load(bytes.NewReader(b.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(m2.Labels(), m.Labels()) || m2.greedy != greedy || m2.clusters.len() != 2 || (m2.stage2 != nil) != o.Stacked {
			t.Fatalf("header did not survive: labels %q greedy %v clusters %d", m2.Labels(), m2.greedy, m2.clusters.len())
		}
		for g := range m.gaz {
			if (m.gaz[g] == nil) != (m2.gaz[g] == nil) || m.gaz[g] != nil && (!reflect.DeepEqual(m.gaz[g].list, m2.gaz[g].list) || !reflect.DeepEqual(m.gaz[g].types, m2.gaz[g].types)) {
				t.Errorf("gazetteer %d did not survive the round trip", g)
			}
		}
		// a loaded model saves as the file it came from (a stacked one
		// from its packed rows: it has no table of every row)
		var again bytes.Buffer
		if err := m2.Save(&again); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(again.Bytes(), b.Bytes()) {
			t.Errorf("stacked=%v: the loaded model saves to another file", o.Stacked)
		}
		sents := append(corpus, Sentence{Words: strings.Fields("Kemarin Andi dan Sari tiba di Jakarta bersama Bank Nusantara .")})
		for _, s := range sents {
			if a, b := m.Tag(s.Words), m2.Tag(s.Words); !reflect.DeepEqual(a, b) {
				t.Errorf("greedy=%v: tags differ after round trip:\n%q\n%q", greedy, a, b)
			}
		}
	}
}

// TestGazetteerMatch: the longest listed name wins, matching ignores case,
// the first word is told from the others, and hidden types do not match.
func TestGazetteerMatch(t *testing.T) {
	g := gazetteerFrom([]GazName{
		{"Kuala Lumpur", "PLACE"}, {"Kuala", "PLACE"}, {"Bank Indonesia", "ORG"},
		{"Indonesia", "COUNTRY"}, {"Indonesia", "PLACE"},
	})
	m := testModel(nil)
	tests := []struct {
		sentence string
		want     []string // per word: "" for no match, else "types/pos"
		hide     string   // a name whose types are hidden
	}{
		{"Delegasi tiba di Kuala Lumpur hari ini", []string{"", "", "", "PLACE/1", "PLACE/2", "", ""}, ""},
		{"di kuala Kota", []string{"", "PLACE/1", ""}, ""},
		{"Bank Indonesia dan Indonesia", []string{"ORG/1", "ORG/2", "", "COUNTRY+PLACE/1"}, ""},
		{"Bank Indonesia", []string{"", "COUNTRY+PLACE/1"}, "Bank Indonesia"},
	}
	code := func(types string, pos uint64) uint64 {
		var mask uint32
		for _, typ := range strings.Split(types, "+") {
			i := slices.Index(g.types, typ)
			if i < 0 {
				t.Fatalf("no type %s in %q", typ, g.types)
			}
			mask |= 1 << i
		}
		return mix(mix(uint64(mask), pos), 0x90+gzKB)
	}
	for _, tt := range tests {
		words := strings.Fields(tt.sentence)
		s := &scratch{}
		m.describeAll(s, words)
		var hide map[uint64]uint32
		if tt.hide != "" {
			h := hGazStart
			for _, w := range strings.Fields(tt.hide) {
				h = mix(h, lowerHash(w))
			}
			hide = map[uint64]uint32{h: ^uint32(0)}
		}
		g.match(s.info, len(words), gzKB, hide)
		for i, w := range tt.want {
			want := hNone
			if w != "" {
				types, pos, _ := strings.Cut(w, "/")
				want = code(types, uint64(pos[0]-'0'))
			}
			if got := s.info[i+2].gz[gzKB]; got != want {
				t.Errorf("%q: word %q: match %x, want %s", tt.sentence, words[i], got, w)
			}
		}
	}
}

// TestKBGazetteer: the knowledge base's names come with their types, and
// the words of a person's full name are listed as parts of a name.
func TestKBGazetteer(t *testing.T) {
	names, err := KBGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	has := map[GazName]bool{}
	for _, n := range names {
		has[n] = true
	}
	for _, want := range []GazName{
		{"Kuala Lumpur", "PLACE"},
		{"Prabowo Subianto", "PERSON"},
		{"Subianto", "PERSON-PART"},
	} {
		if !has[want] {
			t.Errorf("KBGazetteer lacks %v", want)
		}
	}
	if has[GazName{"Kuala", "PERSON-PART"}] {
		t.Error("a place's words are not parts of a person's name")
	}
}

// TestTrainNamesExclusion: a name seen in one block only is hidden from
// that block and shown to the others; a name seen in two blocks is never
// hidden.
func TestTrainNamesExclusion(t *testing.T) {
	sent := func(text string) Sentence {
		var s Sentence
		for _, f := range strings.Fields(text) {
			w, l, _ := strings.Cut(f, "/")
			s.Words = append(s.Words, w)
			s.Labels = append(s.Labels, l)
		}
		return s
	}
	train := []Sentence{
		sent("Andi/B-PERSON Wijaya/I-PERSON datang/O"),
		sent("Sari/B-PERSON datang/O"),
		sent("Sari/B-PERSON pulang/O"),
	}
	g, perBlock := trainNames(train, []string{"PERSON"}, 3, true)
	key := func(name string) uint64 {
		h := hGazStart
		for _, w := range strings.Fields(name) {
			h = mix(h, lowerHash(w))
		}
		return h
	}
	if _, ok := g.entries[key("andi wijaya")]; !ok {
		t.Fatal("the name is not listed")
	}
	if g.entries[key("Wijaya")] != 2 { // PERSON-PART
		t.Errorf("Wijaya: mask %b, want the part bit", g.entries[key("Wijaya")])
	}
	if hide := nameExclusion(perBlock, 0); hide[key("Andi Wijaya")] != 1 || hide[key("Andi")] != 2 {
		t.Errorf("block 0 hides %v, want its own name and parts", hide)
	}
	if hide := nameExclusion(perBlock, 1); len(hide) != 0 {
		t.Errorf("block 1 hides %v, want nothing (Sari is in block 2 too)", hide)
	}
}

func TestLoadRejectsGarbage(t *testing.T) {
	var valid bytes.Buffer
	if err := testModel(nil).Save(&valid); err != nil {
		t.Fatal(err)
	}
	gz := func(s string) []byte {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(s))
		zw.Close()
		return b.Bytes()
	}
	for name, in := range map[string][]byte{
		"empty":         nil,
		"not gzip":      []byte("not gzip"),
		"truncated":     valid.Bytes()[:valid.Len()/2],
		"wrong magic":   gz("other-model\x01"),
		"wrong version": gz("kronik-ner\x09"),
		"huge table":    gz("kronik-ner\x01" + "\x1f" + `{"labels":["O"],"bits":30}`),
	} {
		if _, err := Load(bytes.NewReader(in)); err == nil {
			t.Errorf("%s: Load succeeded", name)
		}
	}
}

func TestDefaultModel(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// Sentences written for this test, in the style of Indonesian news.
	tests := []struct {
		sentence string
		want     map[string]string // word -> label
	}{
		{"Presiden Joko Widodo menerima kunjungan Perdana Menteri Malaysia di Istana Bogor , Senin .",
			map[string]string{"Joko": "B-PERSON", "Widodo": "I-PERSON", "Malaysia": "B-PLACE", "menerima": "O"}},
		{"Kementerian Luar Negeri menyatakan bahwa pertemuan itu akan digelar di Jakarta .",
			map[string]string{"Kementerian": "B-ORG", "Jakarta": "B-PLACE", "pertemuan": "O"}},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.sentence)
		got := m.Tag(words)
		for i, w := range words {
			if want, ok := tt.want[w]; ok && got[i] != want {
				t.Errorf("%q: %s tagged %s, want %s (all: %q)", tt.sentence, w, got[i], want, got)
			}
		}
	}
}

func FuzzReadCoNLL(f *testing.F) {
	f.Add("Jakarta\tB-LOC\n\nBudi PROPN B-PER\r\nSantoso PROPN I-PER\r\n")
	f.Add("Kota\tO \nPadang\tPlace\t\n")
	f.Add("x\tI-ORG\ny\tI-PER\nz\tB-\n")
	f.Add("-DOCSTART- -X- O\n\n\t\tO\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadCoNLL(strings.NewReader(in), KeepOtherTypes())
		if err != nil {
			return
		}
		for _, s := range sents {
			if len(s.Words) != len(s.Labels) || len(s.Words) == 0 {
				t.Fatalf("bad sentence %q / %q", s.Words, s.Labels)
			}
			prev := "O"
			for _, l := range s.Labels {
				if strings.HasPrefix(l, "I-") && (prev == "O" || prev[2:] != l[2:]) {
					t.Fatalf("invalid BIO sequence %q", s.Labels)
				}
				if l != "O" && !strings.HasPrefix(l, "B-") && !strings.HasPrefix(l, "I-") {
					t.Fatalf("label %q is not BIO", l)
				}
				prev = l
			}
		}
	})
}

func FuzzLoad(f *testing.F) {
	var b bytes.Buffer
	m := Train([]Sentence{{Words: []string{"Budi", "pergi"}, Labels: []string{"B-PERSON", "O"}}}, Options{Epochs: 2, Bits: 10})
	if err := m.Save(&b); err != nil {
		f.Fatal(err)
	}
	f.Add(b.Bytes())
	// A stacked model with both gazetteers and clusters, so the fuzzer
	// starts from every section of the format.
	b.Reset()
	m = Train([]Sentence{{Words: []string{"Budi", "Santoso", "pergi", "ke", "Solo"}, Labels: []string{"B-PERSON", "I-PERSON", "O", "O", "B-PLACE"}}},
		Options{Epochs: 2, Bits: 10, Stacked: true, Folds: 2, Gazetteer: []GazName{{"Solo", "PLACE"}}, TrainNames: true, NameParts: true,
			Clusters: []Cluster{{Word: "solo", Coarse: 1, Fine: 2, Caps: 3}}})
	if err := m.Save(&b); err != nil {
		f.Fatal(err)
	}
	f.Add(b.Bytes())
	f.Fuzz(func(t *testing.T, in []byte) {
		m, err := Load(bytes.NewReader(in))
		if err != nil {
			return
		}
		if got := m.Tag([]string{"Budi", "pergi", "ke", "Solo"}); len(got) != 4 {
			t.Fatalf("Tag returned %d labels", len(got))
		}
	})
}

// benchText is written for the benchmark: ordinary Indonesian news prose.
var benchText = []string{
	"Menteri Luar Negeri Indonesia bertemu dengan Duta Besar Jepang di Jakarta pada Selasa pagi untuk membahas kerja sama perdagangan .",
	"Presiden Prabowo Subianto dijadwalkan menghadiri konferensi tingkat tinggi ASEAN di Kuala Lumpur bulan depan , kata juru bicara Istana .",
	"Bank Indonesia mempertahankan suku bunga acuan sebesar enam persen setelah rapat dewan gubernur yang berlangsung dua hari .",
	"Ribuan warga Kabupaten Bandung mengungsi akibat banjir yang merendam ratusan rumah sejak Minggu malam .",
	"Universitas Gadjah Mada dan PT Pertamina menandatangani nota kesepahaman tentang riset energi terbarukan di Yogyakarta .",
}

func BenchmarkTag(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	sents := make([][]string, len(benchText))
	tokens := 0
	for i, s := range benchText {
		sents[i] = strings.Fields(s)
		tokens += len(sents[i])
	}
	benchTag(b, m, sents, tokens)
}

func BenchmarkLoadDefault(b *testing.B) {
	for b.Loop() {
		if _, err := Load(bytes.NewReader(defaultModelBytes())); err != nil {
			b.Fatal(err)
		}
	}
}

func TestTagConcurrent(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sents := make([][]string, len(benchText))
	want := make([][]string, len(benchText))
	for i, s := range benchText {
		sents[i] = strings.Fields(s)
		want[i] = m.Tag(sents[i])
	}
	errs := make(chan string, 8)
	done := make(chan bool)
	for g := 0; g < 8; g++ {
		go func() {
			for k := 0; k < 50; k++ {
				i := (g + k) % len(sents)
				if got := m.Tag(sents[i]); !reflect.DeepEqual(got, want[i]) {
					errs <- fmt.Sprintf("goroutine %d: %q != %q", g, got, want[i])
					break
				}
			}
			done <- true
		}()
	}
	for g := 0; g < 8; g++ {
		<-done
	}
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestTagFirstStage: the first stage alone gives one valid label per word and
// agrees with the full tagger on a plain name.
func TestTagFirstStage(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"Presiden", "Joko", "Widodo", "tiba", "di", "Jakarta", "."}
	fast, full := m.TagFirstStage(words), m.Tag(words)
	if len(fast) != len(words) {
		t.Fatalf("got %d labels for %d words", len(fast), len(words))
	}
	if fast[1] != "B-PERSON" || full[1] != "B-PERSON" {
		t.Errorf("first stage %v, full %v: want B-PERSON for Joko", fast, full)
	}
	if len(m.TagFirstStage(nil)) != 0 {
		t.Error("no words, no labels")
	}
}

// benchTag times tagging sents (tokens words in all) and reports tokens per
// second.
func benchTag(b *testing.B, m *Model, sents [][]string, tokens int) {
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			m.Tag(s)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// TestGazetteerLookupKeepsEntries: the bitmap before the map of names lets
// every listed key through with its mask, and answers 0 for keys that are not
// listed, as the map does (the shipped model's gazetteers, and keys of words
// that start no name).
func TestGazetteerLookupKeepsEntries(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, g := range m.gaz {
		if g == nil {
			continue
		}
		for h, mask := range g.entries {
			if got := g.lookup(h); got != mask {
				t.Fatalf("lookup(%x) = %b, want %b", h, got, mask)
			}
			checked++
		}
		rejected := 0
		for i := range uint64(10000) {
			h := mix(hGazStart, mix(i, 0x5eed))
			_, listed := g.entries[h]
			if got := g.lookup(h); got != g.entries[h] {
				t.Fatalf("lookup(%x) = %b, want %b", h, got, g.entries[h])
			}
			if !listed && g.seen[(h>>g.seenShift)>>6]&(1<<((h>>g.seenShift)&63)) == 0 {
				rejected++
			}
		}
		if rejected < 9000 {
			t.Errorf("the bitmap rejects %d of 10,000 unlisted keys, want most", rejected)
		}
	}
	if checked == 0 {
		t.Fatal("the shipped model has no gazetteer")
	}
}
