package ner

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
)

// Options control training.
type Options struct {
	// Epochs is the number of passes over the training data (default 12).
	Epochs int
	// Seed fixes the shuffling order: the same data, options and seed give
	// the same model, byte for byte.
	Seed uint64
	// Bits is the log2 of the number of rows of the hashed weight table
	// (default 20).
	Bits uint
	// Greedy decodes left to right instead of with Viterbi.
	Greedy bool
	// Clusters are word clusters computed from unlabelled text (see
	// ReadClusters); nil trains without cluster features.
	Clusters []Cluster
	// Orders is the number of perceptrons, each trained on its own
	// shuffling of the data, whose weights are averaged (default 1).
	Orders int
	// Stacked trains a second stage on the first stage's labels (see Train).
	Stacked bool
	// Folds is the number of jackknife folds for Stacked (default 5).
	Folds int
	// Gazetteer holds known names (see KBGazetteer) for gazetteer
	// features; nil trains without them. The model keeps its own copy.
	Gazetteer []GazName
	// TrainNames adds gazetteer features for the names the training data
	// tags as entities. While training, a sentence does not see the names
	// that only its own block of NameBlocks consecutive sentences has, as
	// a test sentence sees only names from other documents.
	TrainNames bool
	// NameParts also lists every word of a multi-word training name as
	// a part of a name of its type.
	NameParts bool
	// NameBlocks is the number of blocks for TrainNames (default 20).
	NameBlocks int
	// Progress, when set, is called after every epoch of stage 1 and 2.
	Progress func(stage, epoch, mistakes int)
}

// Cluster assigns a lower-cased word to a coarse and a fine cluster, and
// says how the word is usually capitalised in running text (0 unknown,
// 1 lower case, 2 mixed, 3 capitalised, 4 all capitals).
type Cluster struct {
	Word         string
	Coarse, Fine uint16
	Caps         uint8
	// Extra holds the word's ids in further clusterings (other k or other
	// seeds), which average out the luck of one k-means run.
	Extra []uint16
}

// ReadClusters reads a cluster file: lines "word<TAB>coarse<TAB>fine" with an
// optional capitalisation-class column and then up to four more cluster ids,
// and '#' comment lines.
func ReadClusters(r io.Reader) ([]Cluster, error) {
	var out []Cluster
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" || t[0] == '#' {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) < 3 || len(f) > 4+maxExtra {
			return nil, fmt.Errorf("clusters line %d: want 3 to %d tab-separated fields, got %d", line, 4+maxExtra, len(f))
		}
		c1, err1 := strconv.ParseUint(f[1], 10, 16)
		c2, err2 := strconv.ParseUint(f[2], 10, 16)
		var caps uint64
		var err3 error
		if len(f) >= 4 {
			caps, err3 = strconv.ParseUint(f[3], 10, 3)
		}
		if err1 != nil || err2 != nil || err3 != nil {
			return nil, fmt.Errorf("clusters line %d: bad number in %q", line, t)
		}
		c := Cluster{Word: f[0], Coarse: uint16(c1), Fine: uint16(c2), Caps: uint8(caps)}
		for _, x := range f[min(len(f), 4):] {
			v, err := strconv.ParseUint(x, 10, 16)
			if err != nil {
				return nil, fmt.Errorf("clusters line %d: bad number in %q", line, t)
			}
			c.Extra = append(c.Extra, uint16(v))
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read clusters: %w", err)
	}
	return out, nil
}

// newModel returns an untrained model with a zero weight table.
func newModel(labels []string, bits uint, greedy bool, clusters []Cluster) *Model {
	m := newModelNoTable(labels, bits, greedy, clusters)
	m.q = make([]int16, (1<<bits)*m.nL)
	return m
}

// newModelNoTable is newModel without the weight table (q is nil), for Load,
// which allocates the table it fills.
func newModelNoTable(labels []string, bits uint, greedy bool, clusters []Cluster) *Model {
	nL := len(labels)
	m := &Model{
		labels:  labels,
		nL:      nL,
		bits:    bits,
		greedy:  greedy,
		stride:  nL,
		qscale:  1,
		trans:   make([]float32, (nL+1)*nL),
		allowed: buildAllowed(labels),
	}
	m.preds = buildPreds(m.allowed, nL)
	m.setClusters(clusters)
	return m
}

func (m *Model) setClusters(cl []Cluster) {
	m.clusterList = append([]Cluster(nil), cl...)
	words := make([]string, len(cl))
	m.nExtra = 0
	for i, c := range m.clusterList {
		words[i] = c.Word
		m.nExtra = max(m.nExtra, min(len(c.Extra), maxExtra))
	}
	m.clusters = newWordIndex(words)
	m.buildLowers()
}

// labelSet collects the labels of the training data: O first, then B-/I- of
// each type in alphabetical order, so the set does not depend on data order.
func labelSet(train []Sentence) []string {
	types := map[string]bool{}
	for _, s := range train {
		for _, l := range s.Labels {
			if l != "O" && len(l) > 2 {
				types[l[2:]] = true
			}
		}
	}
	names := make([]string, 0, len(types))
	for t := range types {
		names = append(names, t)
	}
	sort.Strings(names)
	labels := []string{"O"}
	for _, t := range names {
		labels = append(labels, "B-"+t, "I-"+t)
	}
	return labels
}

// Train fits an averaged structured perceptron: for each sentence it decodes
// with the current weights and, where the best sequence differs from the
// gold one, adds the gold features and subtracts the predicted ones. The
// returned weights are the average over all steps, which generalises much
// better than the last weights.
//
// With Options.Stacked a second model is trained on top, whose features
// include the first model's labels; its training labels come from
// first-stage models that did not see the sentence (jackknifing), so it
// learns how far to trust the first stage on unseen text.
func Train(train []Sentence, opts Options) *Model {
	if opts.Epochs <= 0 {
		opts.Epochs = 12
	}
	if opts.Bits == 0 {
		opts.Bits = 20
	}
	if opts.Folds <= 1 {
		opts.Folds = 5
	}
	if opts.NameBlocks <= 1 {
		opts.NameBlocks = 20
	}
	labels := labelSet(train)
	var kbGaz *gazetteer
	if len(opts.Gazetteer) > 0 {
		kbGaz = gazetteerFrom(opts.Gazetteer)
	}
	m := trainStage(train, nil, labels, opts, 1, kbGaz)
	if !opts.Stacked {
		return m
	}
	prevs := make([][]int, len(train))
	s := &scratch{}
	for k := 0; k < opts.Folds; k++ {
		var sub []Sentence
		for i, sent := range train {
			if i%opts.Folds != k {
				sub = append(sub, sent)
			}
		}
		mk := trainStage(sub, nil, labels, opts, 0, kbGaz)
		for i := k; i < len(train); i += opts.Folds {
			if len(train[i].Words) > 0 {
				prevs[i] = append([]int(nil), mk.tagIndices(s, train[i].Words)...)
			}
		}
	}
	m2 := trainStage(train, prevs, labels, opts, 2, kbGaz)
	m2.clusters, m2.clusterList, m2.nExtra = m.clusters, m.clusterList, m.nExtra // shared with stage 1
	m2.gaz, m2.wcache = m.gaz, nil
	m.stage2 = m2
	m.joinStages()
	m.buildWordCache() // over the joint table
	return m
}

// entityTypes lists the types of BIO labels in label order.
func entityTypes(labels []string) []string {
	var out []string
	for _, l := range labels {
		if strings.HasPrefix(l, "B-") {
			out = append(out, l[2:])
		}
	}
	return out
}

// trainStage trains one perceptron. prevs, when not nil, holds first-stage
// label indices per sentence for a stacked stage. stage numbers the stage
// for progress reports (0: a jackknife model, not reported).
func trainStage(train []Sentence, prevs [][]int, labels []string, opts Options, stage int, kbGaz *gazetteer) *Model {
	m := newModel(labels, opts.Bits, opts.Greedy, opts.Clusters)
	nL := m.nL
	m.gaz[gzKB] = kbGaz
	var hides []map[uint64]uint32
	if opts.TrainNames {
		var perBlock []map[uint64][]int32
		m.gaz[gzTrain], perBlock = trainNames(train, entityTypes(labels), opts.NameBlocks, opts.NameParts)
		hides = make([]map[uint64]uint32, opts.NameBlocks)
		for b := range hides {
			hides[b] = nameExclusion(perBlock, b)
		}
	}
	index := make(map[string]int, nL)
	for i, l := range labels {
		index[l] = i
	}

	// Features do not depend on the weights: extract them once.
	data := make([]trainInst, 0, len(train))
	s := &scratch{}
	for si, sent := range train {
		if len(sent.Words) == 0 {
			continue
		}
		var prev []int
		if prevs != nil {
			prev = prevs[si]
		}
		if hides != nil {
			s.hide = hides[si*opts.NameBlocks/len(train)]
		}
		m.extract(s, sent.Words, prev)
		gold := make([]int, len(sent.Labels))
		for i, l := range sent.Labels {
			y, ok := index[l]
			if !ok {
				y = 0
			}
			gold[i] = y
		}
		data = append(data, trainInst{
			rows: append([]uint32(nil), s.rows...),
			offs: append([]int(nil), s.offs...),
			gold: gold,
		})
	}

	// With Orders > 1, perceptrons trained on different shuffles of the
	// data are averaged: each one's averaged weights depend on the order
	// it saw the sentences in, and their mean depends on it less.
	orders := max(opts.Orders, 1)
	var sumW, sumT []float32
	for k := 0; k < orders; k++ {
		seed := opts.Seed + uint64(k)*0x9E3779B97F4A7C15
		w, trans := m.perceptron(data, seed, opts, stage, k == 0)
		if orders == 1 {
			m.w, m.trans = w, trans
			break
		}
		if sumW == nil {
			sumW, sumT = make([]float32, len(w)), make([]float32, len(trans))
		}
		for i, v := range w {
			sumW[i] += v / float32(orders)
		}
		for i, v := range trans {
			sumT[i] += v / float32(orders)
		}
	}
	if orders > 1 {
		m.w, m.trans = sumW, sumT
	}
	m.quantise()
	m.buildWordCache()
	return m
}

// trainInst is one training sentence: its feature rows and gold labels.
type trainInst struct {
	rows []uint32
	offs []int
	gold []int
}

// perceptron runs the averaged perceptron over data in orders drawn from
// seed and returns the averaged weights and transitions. report says
// whether to call opts.Progress.
func (m *Model) perceptron(data []trainInst, seed uint64, opts Options, stage int, report bool) ([]float32, []float32) {
	// acc accumulates step*update so that the average is w - acc/step
	// (the usual lazy-averaging trick), without touching every weight on
	// every step.
	nL := m.nL
	w := make([]float32, len(m.q))
	trans := make([]float32, len(m.trans))
	accW := make([]float64, len(w))
	accT := make([]float64, len(trans))
	step := 1.0
	rng := rand.New(rand.NewPCG(seed, 0x6b726f6e696b))
	s := &scratch{}
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	upd := func(rows []uint32, y int, d float32) {
		for _, r := range rows {
			k := int(r)*nL + y
			w[k] += d
			accW[k] += step * float64(d)
		}
	}
	updT := func(p, y int, d float32) {
		k := p*nL + y
		trans[k] += d
		accT[k] += step * float64(d)
	}
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		mistakes := 0
		for _, di := range order {
			d := &data[di]
			n := len(d.gold)
			s.rows, s.offs = d.rows, d.offs
			m.emissions(s, w, n)
			pred := m.decode(s, trans, n)
			prevG, prevP := nL, nL
			for i := 0; i < n; i++ {
				g, p := d.gold[i], pred[i]
				if g != p {
					mistakes++
					rows := d.rows[d.offs[i]:d.offs[i+1]]
					upd(rows, g, 1)
					upd(rows, p, -1)
				}
				if g != p || prevG != prevP {
					updT(prevG, g, 1)
					updT(prevP, p, -1)
				}
				prevG, prevP = g, p
			}
			step++
		}
		if opts.Progress != nil && stage > 0 && report {
			opts.Progress(stage, epoch, mistakes)
		}
	}
	for k := range w {
		w[k] -= float32(accW[k] / step)
	}
	for k := range trans {
		trans[k] -= float32(accT[k] / step)
	}
	return w, trans
}
