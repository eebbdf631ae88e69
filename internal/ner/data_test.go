//go:build data

package ner

// Data-heavy checks against the datasets in ../shared/data (run with
// go test -tags data ./internal/ner/ -run Data -v). They tune on the dev
// splits only; test splits are for "kronik eval ner".

import (
	"os"
	"path/filepath"
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
	for _, c := range strings.Split(os.Getenv("NER_CONFIGS"), ",") {
		switch c {
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
	for _, set := range sets {
		train, dev := readData(t, set.train), readData(t, set.dev)
		for name, o := range configs {
			sc := Evaluate(Train(train, o), dev)
			t.Logf("%-8s %-7s micro %.2f macro %.2f", set.name, name, sc.Overall.F1, sc.MacroF1)
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
	m := Train(readData(t, parts[0]), Options{Clusters: shippedClusters(t)})
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
		{"idner-news-2k/test.txt", 88},
		{"nergrit/test_preprocess.txt", 70},
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
