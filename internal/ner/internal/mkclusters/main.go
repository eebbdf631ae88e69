// Command mkclusters computes the word clusters the NER tagger uses as
// features, from unlabelled Indonesian text: each word is described by the
// words seen immediately left and right of it (counts over the most frequent
// context words, square-rooted and L2-normalised), and spherical k-means
// groups words with similar contexts at two granularities. Words that occur
// only once or twice are assigned to the nearest centroid afterwards, which
// is where clusters help most: a rare name lands next to the names seen in
// the same slots ("Presiden ___ mengatakan").
//
// Usage (from the repository root; see models/README.md for the inputs):
//
//	go run ./internal/ner/internal/mkclusters -seed 1 -o models/clusters.tsv FILE_OR_ZIP...
//
// CoNLL files contribute their first column; .zip files of TimeML (.tml)
// documents contribute the text inside <TEXT>.
package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	out := flag.String("o", "clusters.tsv", "output file")
	seed := flag.Uint64("seed", 1, "k-means seed")
	coarse := flag.Int("coarse", 64, "number of coarse clusters")
	fine := flag.Int("fine", 512, "number of fine clusters")
	ctxN := flag.Int("context", 500, "number of frequent words used as context features")
	minFit := flag.Int("minfit", 3, "minimum frequency of the words k-means is fitted on")
	runs := flag.Int("runs", 1, "independent k-means runs (1 to 3); runs after the first add extra columns")
	flag.Parse()
	if *runs < 1 || *runs > 3 {
		fmt.Fprintln(os.Stderr, "mkclusters: -runs must be 1, 2 or 3")
		os.Exit(2)
	}
	if err := run(*out, *seed, *coarse, *fine, *ctxN, *minFit, *runs, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "mkclusters:", err)
		os.Exit(1)
	}
}

func run(out string, seed uint64, kc, kf, ctxN, minFit, runs int, inputs []string) error {
	var sents [][]string
	caps := map[string]*[2]int{} // lower-cased word -> [lower-case uses, capitalised uses]
	for _, in := range inputs {
		cased, err := readInput(in)
		if err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "%s: %d sentences\n", in, len(cased))
		for _, s := range cased {
			low := make([]string, len(s))
			for i, w := range s {
				low[i] = strings.ToLower(w)
			}
			sents = append(sents, low)
			countCaps(caps, s)
		}
	}
	freq := map[string]int{}
	tokens := 0
	for _, s := range sents {
		for _, w := range s {
			freq[w]++
			tokens++
		}
	}
	vocab := make([]string, 0, len(freq))
	for w := range freq {
		vocab = append(vocab, w)
	}
	sort.Slice(vocab, func(i, j int) bool {
		if freq[vocab[i]] != freq[vocab[j]] {
			return freq[vocab[i]] > freq[vocab[j]]
		}
		return vocab[i] < vocab[j]
	})
	fmt.Fprintf(os.Stderr, "%d tokens, %d types\n", tokens, len(vocab))
	ctxIndex := map[string]int{"<s>": 0, "</s>": 1}
	for _, w := range vocab {
		if len(ctxIndex) >= ctxN {
			break
		}
		ctxIndex[w] = len(ctxIndex)
	}
	dim := 2 * (ctxN + 1) // left and right, plus one "other word" slot each
	wordIndex := make(map[string]int, len(vocab))
	for i, w := range vocab {
		wordIndex[w] = i
	}
	counts := make([]map[int32]float32, len(vocab))
	for i := range counts {
		counts[i] = map[int32]float32{}
	}
	ctxOf := func(w string) int {
		if c, ok := ctxIndex[w]; ok {
			return c
		}
		return ctxN
	}
	for _, s := range sents {
		for i, w := range s {
			left, right := "<s>", "</s>"
			if i > 0 {
				left = s[i-1]
			}
			if i+1 < len(s) {
				right = s[i+1]
			}
			c := counts[wordIndex[w]]
			c[int32(ctxOf(left))]++
			c[int32(ctxN+1+ctxOf(right))]++
		}
	}
	vecs := make([]sparse, len(vocab))
	for i, c := range counts {
		vecs[i] = normalise(c)
	}
	var fit []int
	for i, w := range vocab {
		if freq[w] >= minFit {
			fit = append(fit, i)
		}
	}
	fmt.Fprintf(os.Stderr, "fitting on %d words, %d dims\n", len(fit), dim)
	rng := rand.New(rand.NewPCG(seed, 0x636c7573))
	cAssign := kmeans(vecs, fit, kc, dim, rng)
	fAssign := kmeans(vecs, fit, kf, dim, rng)
	var extra [][]int
	for r := 1; r < runs; r++ {
		extra = append(extra, kmeans(vecs, fit, kc, dim, rng), kmeans(vecs, fit, kf, dim, rng))
	}

	f, err := os.Create(out)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	fmt.Fprintf(bw, "# kronik word clusters: word<TAB>coarse(%d)<TAB>fine(%d)<TAB>capitalisation class (0 unknown, 1 lower, 2 mixed, 3 capitalised, 4 all caps)[<TAB>coarse<TAB>fine of further k-means runs]; built by internal/ner/internal/mkclusters -seed %d -context %d -runs %d from %d tokens of: %s\n",
		kc, kf, seed, ctxN, runs, tokens, strings.Join(baseNames(inputs), ", "))
	for i, w := range vocab {
		fmt.Fprintf(bw, "%s\t%d\t%d\t%d", w, cAssign[i], fAssign[i], capClass(caps[w]))
		for _, e := range extra {
			fmt.Fprintf(bw, "\t%d", e[i])
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return f.Close()
}

func baseNames(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = filepath.Base(filepath.Dir(p)) + "/" + filepath.Base(p)
	}
	return out
}

type sparse struct {
	idx []int32
	val []float32
}

func normalise(c map[int32]float32) sparse {
	keys := make([]int32, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	var s sparse
	var norm float64
	for _, k := range keys {
		v := float32(math.Sqrt(float64(c[k])))
		s.idx = append(s.idx, k)
		s.val = append(s.val, v)
		norm += float64(v) * float64(v)
	}
	n := float32(math.Sqrt(norm))
	for i := range s.val {
		s.val[i] /= n
	}
	return s
}

func dot(s sparse, c []float32) float32 {
	var d float32
	for i, k := range s.idx {
		d += s.val[i] * c[k]
	}
	return d
}

// kmeans runs spherical k-means (cosine similarity) on vecs[fit], seeded
// with k-means++, and then assigns every vector to its nearest centroid.
func kmeans(vecs []sparse, fit []int, k, dim int, rng *rand.Rand) []int {
	cent := make([][]float32, k)
	// k-means++ seeding on 1 - cosine distance.
	best := make([]float32, len(fit))
	for i := range best {
		best[i] = 2
	}
	pick := fit[rng.IntN(len(fit))]
	for c := 0; c < k; c++ {
		cent[c] = make([]float32, dim)
		for i, idx := range vecs[pick].idx {
			cent[c][idx] = vecs[pick].val[i]
		}
		var total float64
		for i, w := range fit {
			d := 1 - dot(vecs[w], cent[c])
			if d < best[i] {
				best[i] = d
			}
			total += float64(best[i] * best[i])
		}
		r := rng.Float64() * total
		for i, w := range fit {
			r -= float64(best[i] * best[i])
			if r <= 0 {
				pick = w
				break
			}
		}
	}
	assign := make([]int, len(vecs))
	nearest := func(w int) int {
		bi, bv := 0, float32(-2)
		for c := range cent {
			if v := dot(vecs[w], cent[c]); v > bv {
				bi, bv = c, v
			}
		}
		return bi
	}
	for iter := 0; iter < 20; iter++ {
		changed := 0
		for _, w := range fit {
			c := nearest(w)
			if c != assign[w] || iter == 0 {
				changed++
			}
			assign[w] = c
		}
		for c := range cent {
			clear(cent[c])
		}
		for _, w := range fit {
			cc := cent[assign[w]]
			for i, idx := range vecs[w].idx {
				cc[idx] += vecs[w].val[i]
			}
		}
		for c := range cent {
			var n float64
			for _, v := range cent[c] {
				n += float64(v) * float64(v)
			}
			if n > 0 {
				inv := float32(1 / math.Sqrt(n))
				for i := range cent[c] {
					cent[c][i] *= inv
				}
			}
		}
		fmt.Fprintf(os.Stderr, "k=%d iteration %d: %d changed\n", k, iter, changed)
		if changed == 0 {
			break
		}
	}
	for w := range vecs {
		assign[w] = nearest(w)
	}
	return assign
}

var tokenRE = regexp.MustCompile(`[\p{L}\p{N}]+|[^\p{L}\p{N}\s]`)
var tagRE = regexp.MustCompile(`<[^>]*>`)

func readInput(path string) ([][]string, error) {
	if strings.HasSuffix(path, ".zip") {
		return readTimeMLZip(path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out [][]string
	var cur []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			if len(cur) > 0 {
				out = append(out, cur)
			}
			cur = nil
			continue
		}
		fields := strings.Fields(line)
		cur = append(cur, fields[0])
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out, sc.Err()
}

func readTimeMLZip(path string) ([][]string, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	var out [][]string
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".tml") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		text := latin1IfInvalid(b)
		if i := strings.Index(text, "<TEXT>"); i >= 0 {
			text = text[i+6:]
		}
		if i := strings.Index(text, "</TEXT>"); i >= 0 {
			text = text[:i]
		}
		text = tagRE.ReplaceAllString(text, "")
		for _, line := range strings.Split(text, "\n") {
			toks := tokenRE.FindAllString(line, -1)
			if len(toks) > 0 {
				out = append(out, toks)
			}
		}
	}
	return out, nil
}

// latin1IfInvalid decodes cp1252/latin-1 files (some IndoTimex documents)
// byte by byte; valid UTF-8 is kept as is.
func latin1IfInvalid(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var buf bytes.Buffer
	for _, c := range b {
		buf.WriteRune(rune(c))
	}
	return buf.String()
}

// countCaps counts how often each word is written in lower case and how
// often capitalised, away from the sentence start and from the position
// after a full stop or quote, where capitals say nothing. Corpora that are
// lower-cased throughout (NERP) contribute nothing.
func countCaps(caps map[string]*[2]int, s []string) {
	anyUpper := false
	for _, w := range s {
		if strings.ToLower(w) != w {
			anyUpper = true
			break
		}
	}
	if !anyUpper {
		return
	}
	for i := 1; i < len(s); i++ {
		switch s[i-1] {
		case ".", "\"", "'", ":", "?", "!", "(", "-":
			continue
		}
		w := s[i]
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		low := strings.ToLower(w)
		c := caps[low]
		if c == nil {
			c = &[2]int{}
			caps[low] = c
		}
		if unicode.IsUpper(r) {
			c[1]++
		} else {
			c[0]++
		}
		if w == strings.ToUpper(w) && len(w) > 1 {
			c[1] += 1 << 20 // marks all-caps use
		}
	}
}

// capClass buckets a word's capitalisation: 0 unseen in cased text, 1 (almost)
// always lower case, 2 mixed, 3 (almost) always capitalised, 4 usually all
// capitals (acronyms such as KPK, ASEAN).
func capClass(c *[2]int) int {
	if c == nil {
		return 0
	}
	allCaps := c[1] >> 20
	up := c[1] & (1<<20 - 1)
	n := c[0] + up
	switch {
	case n == 0:
		return 0
	case allCaps*2 > n:
		return 4
	case up*10 <= n:
		return 1
	case up*10 >= 9*n:
		return 3
	}
	return 2
}
