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
	f, err := os.Open("../../models/clusters.tsv")
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
