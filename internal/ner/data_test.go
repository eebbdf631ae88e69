//go:build data

package ner

// Data-heavy checks against the datasets in ../shared/data (run with
// go test -tags data ./internal/ner/ -run Data -v). They tune on the dev
// splits only; test splits are for "kronik eval ner".

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const dataDir = "../../../shared/data"

func readData(t *testing.T, rel string) []Sentence {
	t.Helper()
	f, err := os.Open(filepath.Join(dataDir, rel))
	if err != nil {
		t.Skipf("dataset not available: %v", err)
	}
	defer f.Close()
	s, err := ReadCoNLL(f, KeepOtherTypes())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func shippedClusters(t *testing.T) []Cluster {
	path := "../../models/clusters.tsv"
	if p := os.Getenv("NER_CLUSTERS"); p != "" {
		path = p
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cl, err := ReadClusters(f)
	if err != nil {
		t.Fatal(err)
	}
	return cl
}

// TestDataDev prints dev-split F1 for a few training configurations.
func TestDataDev(t *testing.T) {
	cl := shippedClusters(t)
	sets := []struct{ name, train, dev string }{
		{"nerui", "indolem-nerui/train.01.tsv", "indolem-nerui/dev.01.tsv"},
		{"nerugm", "indolem-nerugm/train.01.tsv", "indolem-nerugm/dev.01.tsv"},
		{"nergrit", "nergrit/train_preprocess.txt", "nergrit/valid_preprocess.txt"},
		{"idner", "idner-news-2k/train.txt", "idner-news-2k/dev.txt"},
	}
	configs := map[string]Options{}
	gaz, err := KBGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range strings.Split(os.Getenv("NER_CONFIGS"), ",") {
		switch c {
		case "gaz":
			configs[c] = Options{Clusters: cl, Gazetteer: gaz}
		case "names":
			configs[c] = Options{Clusters: cl, TrainNames: true}
		case "gaznames":
			configs[c] = Options{Clusters: cl, Gazetteer: gaz, TrainNames: true}
		case "gaznames3":
			configs[c] = Options{Clusters: cl, Gazetteer: gaz, TrainNames: true, Orders: 3}
		case "sgaznames3":
			configs[c] = Options{Clusters: cl, Gazetteer: gaz, TrainNames: true, Orders: 3, Stacked: true}
		case "gazparts":
			configs[c] = Options{Clusters: cl, Gazetteer: gaz, TrainNames: true, NameParts: true}
		case "gazparts18":
			configs[c] = Options{Clusters: cl, Gazetteer: gaz, TrainNames: true, NameParts: true, Bits: 18}
		case "gazpartse20":
			configs[c] = Options{Clusters: cl, Gazetteer: gaz, TrainNames: true, NameParts: true, Epochs: 20}
		case "gazpartsN": // NER_BLOCKS blocks
			nb, _ := strconv.Atoi(os.Getenv("NER_BLOCKS"))
			configs[c] = Options{Clusters: cl, Gazetteer: gaz, TrainNames: true, NameParts: true, NameBlocks: nb}
		case "stackN": // stacked, NER_STACK_FOLDS jackknife folds
			nf, _ := strconv.Atoi(os.Getenv("NER_STACK_FOLDS"))
			configs[c] = Options{Clusters: cl, Gazetteer: gaz, TrainNames: true, NameParts: true, Stacked: true, Folds: nf}
		case "gazparts20":
			configs[c] = Options{Clusters: cl, Gazetteer: gaz, TrainNames: true, NameParts: true, NameBlocks: 20}
		case "sgaz":
			configs[c] = Options{Clusters: cl, Gazetteer: gaz, Stacked: true}
		case "sgaznames":
			configs[c] = Options{Clusters: cl, Gazetteer: gaz, TrainNames: true, Stacked: true}
		case "base", "":
			configs["base"] = Options{Clusters: cl}
		case "greedy":
			configs[c] = Options{Clusters: cl, Greedy: true}
		case "e6":
			configs[c] = Options{Clusters: cl, Epochs: 6}
		case "e20":
			configs[c] = Options{Clusters: cl, Epochs: 20}
		case "e30":
			configs[c] = Options{Clusters: cl, Epochs: 30}
		case "stack":
			configs[c] = Options{Clusters: cl, Stacked: true}
		case "stack20":
			configs[c] = Options{Clusters: cl, Stacked: true, Epochs: 20}
		case "nocl":
			configs[c] = Options{}
		case "b18":
			configs[c] = Options{Clusters: cl, Bits: 18}
		}
	}
	// NER_FOLDS=5 averages the IndoLEM sets over their five train/dev
	// pairs: one dev split is small enough for a seed to move it by 0.5.
	folds := 1
	if os.Getenv("NER_FOLDS") == "5" {
		folds = 5
	}
	for _, set := range sets {
		for name, o := range configs {
			var micro, macro float64
			k := 1
			if strings.HasPrefix(set.name, "ner") && strings.Contains(set.train, ".01.") {
				k = folds
			}
			for f := 1; f <= k; f++ {
				tr := strings.Replace(set.train, ".01.", fmt.Sprintf(".%02d.", f), 1)
				dv := strings.Replace(set.dev, ".01.", fmt.Sprintf(".%02d.", f), 1)
				sc := Evaluate(Train(readData(t, tr), o), readData(t, dv))
				micro += sc.Overall.F1 / float64(k)
				macro += sc.MacroF1 / float64(k)
			}
			t.Logf("%-8s %-10s micro %.2f macro %.2f", set.name, name, micro, macro)
		}
	}
}

// TestDataErrors prints the dev-split sentences the tagger gets wrong
// (NER_ERRORS=1), for error analysis.
func TestDataErrors(t *testing.T) {
	if os.Getenv("NER_ERRORS") == "" {
		t.Skip("set NER_ERRORS=1")
	}
	set := os.Getenv("NER_SET")
	if set == "" {
		set = "indolem-nerui/train.01.tsv:indolem-nerui/dev.01.tsv"
	}
	parts := strings.Split(set, ":")
	gaz, err := KBGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	m := Train(readData(t, parts[0]), Options{Clusters: shippedClusters(t), Gazetteer: gaz, TrainNames: true, NameParts: true, Stacked: true})
	for _, s := range readData(t, parts[1]) {
		got := m.Tag(s.Words)
		var b strings.Builder
		bad := false
		for i, w := range s.Words {
			b.WriteString(w)
			if got[i] != s.Labels[i] {
				bad = true
				b.WriteString("[" + s.Labels[i] + "/" + got[i] + "]")
			} else if s.Labels[i] != "O" {
				b.WriteString("[" + s.Labels[i] + "]")
			}
			b.WriteByte(' ')
		}
		if bad {
			t.Log(b.String())
		}
	}
}

// TestDataShippedModel checks the shipped model on the test splits of the
// sets it was trained on (their train and dev splits only), against the
// figures in models/README.md less a small margin.
func TestDataShippedModel(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		file     string
		minMicro float64
	}{
		{"idner-news-2k/test.txt", 89.5},
		{"nergrit/test_preprocess.txt", 72.5},
	} {
		f, err := os.Open(filepath.Join(dataDir, c.file))
		if err != nil {
			t.Skipf("dataset not available: %v", err)
		}
		test, err := ReadCoNLL(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		sc := Evaluate(m, test)
		t.Logf("%s: micro F1 %.2f macro %.2f", c.file, sc.Overall.F1, sc.MacroF1)
		if sc.Overall.F1 < c.minMicro {
			t.Errorf("%s: micro F1 %.2f < %.0f", c.file, sc.Overall.F1, c.minMicro)
		}
	}
}
