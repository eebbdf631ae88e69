package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"kronik/internal/ner"
	"kronik/models"
)

// stringList is a repeatable string flag (--data A --data B).
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

// nerTrainFlags are the training options shared by train and eval.
type nerTrainFlags struct {
	seed     uint64
	epochs   int
	bits     uint
	greedy   bool
	stacked  bool
	clusters string
	gaz      string
	names    bool
	orders   int
}

func (f *nerTrainFlags) register(fs interface {
	Uint64Var(*uint64, string, uint64, string)
	IntVar(*int, string, int, string)
	UintVar(*uint, string, uint, string)
	BoolVar(*bool, string, bool, string)
	StringVar(*string, string, string, string)
}) {
	fs.Uint64Var(&f.seed, "seed", 1, "random seed for the training order (same seed, same model)")
	fs.IntVar(&f.epochs, "epochs", 12, "training passes over the data")
	fs.UintVar(&f.bits, "bits", 20, "log2 of the hashed weight-table rows")
	fs.BoolVar(&f.greedy, "greedy", false, "decode greedily left to right instead of with Viterbi")
	fs.BoolVar(&f.stacked, "stacked", true, "train a second stage on the first stage's labels (--stacked=false for one stage)")
	fs.StringVar(&f.clusters, "clusters", "", "word-cluster file (default: the shipped models/clusters.tsv; 'none' for no clusters)")
	fs.StringVar(&f.gaz, "gazetteer", "kb", "names for gazetteer features: 'kb' (the knowledge base) or 'none'")
	fs.BoolVar(&f.names, "train-names", true, "gazetteer features for the names the training data tags, and for their words")
	fs.IntVar(&f.orders, "orders", 1, "average this many perceptrons trained on different shuffles of the data")
}

func (f *nerTrainFlags) options() (ner.Options, error) {
	opts := ner.Options{Epochs: f.epochs, Seed: f.seed, Bits: f.bits, Greedy: f.greedy, Stacked: f.stacked, TrainNames: f.names, NameParts: f.names, Orders: f.orders}
	switch f.gaz {
	case "none":
	case "kb":
		g, err := ner.KBGazetteer()
		if err != nil {
			return opts, err
		}
		opts.Gazetteer = g
	default:
		return opts, fmt.Errorf("%w: --gazetteer %q: want kb or none", errUsage, f.gaz)
	}
	switch f.clusters {
	case "none":
	case "":
		cl, err := ner.ReadClusters(strings.NewReader(models.Clusters))
		if err != nil {
			return opts, fmt.Errorf("shipped clusters: %w", err)
		}
		opts.Clusters = cl
	default:
		fh, err := os.Open(f.clusters)
		if err != nil {
			return opts, fmt.Errorf("clusters: %w", err)
		}
		defer fh.Close()
		cl, err := ner.ReadClusters(fh)
		if err != nil {
			return opts, fmt.Errorf("clusters %s: %w", f.clusters, err)
		}
		opts.Clusters = cl
	}
	return opts, nil
}

// nerFlagSet checks that args start with "ner", the one subcommand of verb
// (train, eval), and returns the flag set of "kronik VERB ner SYNOPSIS"; want
// is the short form a usage error shows.
func nerFlagSet(verb, synopsis, want string, args []string, stderr io.Writer) (*flag.FlagSet, error) {
	if isHelp(args) {
		fmt.Fprintf(stderr, "usage: kronik %s ner %s\n\nRun 'kronik %s ner --help' for its flags.\n", verb, synopsis, verb)
		return nil, errHelp
	}
	if len(args) == 0 || args[0] != "ner" {
		return nil, fmt.Errorf("%w: %s: want 'kronik %s ner %s'", errUsage, verb, verb, want)
	}
	return newFlagSet(verb+" ner", verb+" ner "+synopsis, stderr), nil
}

// runTrain implements "kronik train ner".
func runTrain(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs, err := nerFlagSet("train", "--data DIR [--data DIR2] --out FILE [--seed N] [--epochs N]", "--data DIR --out FILE", args, stderr)
	if err != nil {
		return err
	}
	var data stringList
	fs.Var(&data, "data", "dataset folder or CoNLL file to train on (repeatable); a folder contributes its train and dev splits")
	out := fs.String("out", "", "where to write the model")
	var tf nerTrainFlags
	tf.register(fs)
	if err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	if len(data) == 0 || *out == "" || fs.NArg() > 0 {
		return fmt.Errorf("%w: train ner: --data and --out are required", errUsage)
	}
	opts, err := tf.options()
	if err != nil {
		return err
	}
	var train []ner.Sentence
	for _, d := range data {
		files, err := trainFiles(d)
		if err != nil {
			return err
		}
		for _, f := range files {
			s, err := readCoNLLFile(f)
			if err != nil {
				return err
			}
			fmt.Fprintf(stderr, "train ner: %s: %d sentences\n", f, len(s))
			train = append(train, s...)
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	opts.Progress = func(stage, epoch, mistakes int) {
		fmt.Fprintf(stderr, "train ner: stage %d epoch %d: %d token errors\n", stage, epoch, mistakes)
	}
	m := ner.Train(train, opts)
	fh, err := os.Create(*out)
	if err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	if err := m.Save(fh); err != nil {
		fh.Close()
		return fmt.Errorf("train ner: %w", err)
	}
	if err := fh.Close(); err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	fmt.Fprintf(stderr, "train ner: wrote %s\n", *out)
	return nil
}

// trainFiles lists the training files of a dataset: the file itself, the
// whole corpus of an IndoLEM folder, or the train and dev splits.
func trainFiles(path string) ([]string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("train ner: %w", err)
	}
	if !st.IsDir() {
		return []string{path}, nil
	}
	candidates := [][]string{
		{"nergithub.txt"}, {"nerugm.txt"}, // IndoLEM full corpora
		{"train_preprocess.txt", "valid_preprocess.txt"}, // IndoNLU
		{"train.txt", "dev.txt"},                         // idner-news-2k
	}
	for _, c := range candidates {
		if exists(filepath.Join(path, c[0])) {
			var out []string
			for _, f := range c {
				if p := filepath.Join(path, f); exists(p) {
					out = append(out, p)
				}
			}
			return out, nil
		}
	}
	return nil, fmt.Errorf("%w: train ner: %s holds no known training files", errUsage, path)
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func readCoNLLFile(path string, opts ...ner.ReadOption) ([]ner.Sentence, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer fh.Close()
	s, err := ner.ReadCoNLL(fh, opts...)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return s, nil
}

// evalSplit is one train/test pair of a protocol.
type evalSplit struct {
	name        string
	train, test []string
}

// protocol describes how a dataset is evaluated in its publication.
type protocol struct {
	name   string
	splits []evalSplit
	// keepOther keeps the corpus's other types (TIME, QUANTITY, EVT...) so
	// the score is over the same types as the published one.
	keepOther bool
}

func detectProtocol(dir string) (protocol, error) {
	j := func(f string) string { return filepath.Join(dir, f) }
	switch {
	case exists(j("train.01.tsv")) && exists(j("test.01.tsv")):
		p := protocol{name: "IndoLEM 5-fold: train on train.0k.tsv, test on test.0k.tsv, k=1..5; mean of the per-fold scores; all corpus types scored", keepOther: true}
		for k := 1; k <= 5; k++ {
			p.splits = append(p.splits, evalSplit{
				name:  fmt.Sprintf("fold %d", k),
				train: []string{j(fmt.Sprintf("train.%02d.tsv", k))},
				test:  []string{j(fmt.Sprintf("test.%02d.tsv", k))},
			})
		}
		return p, nil
	case exists(j("train_preprocess.txt")) && exists(j("test_preprocess.txt")):
		return protocol{
			name:      "IndoNLU: train on train_preprocess.txt, test on test_preprocess.txt (gold labels, not the masked file); macro_f1 is IndoNLU's F1; all corpus types scored",
			keepOther: true,
			splits:    []evalSplit{{name: "test", train: []string{j("train_preprocess.txt")}, test: []string{j("test_preprocess.txt")}}},
		}, nil
	case exists(j("train.txt")) && exists(j("test.txt")):
		return protocol{
			name:      "train/dev/test: train on train.txt, test on test.txt",
			keepOther: true,
			splits:    []evalSplit{{name: "test", train: []string{j("train.txt")}, test: []string{j("test.txt")}}},
		}, nil
	}
	return protocol{}, fmt.Errorf("%w: eval ner: %s is not a dataset folder this command knows (IndoLEM folds, IndoNLU, or train/dev/test)", errUsage, dir)
}

// evalResult is the JSON printed by "kronik eval ner".
type evalResult struct {
	Dataset  string             `json:"dataset"`
	Protocol string             `json:"protocol"`
	Model    string             `json:"model,omitempty"`
	PerType  map[string]ner.PRF `json:"per_type"`
	Overall  ner.PRF            `json:"overall"`
	MacroF1  float64            `json:"macro_f1"`
	Splits   []splitResult      `json:"splits"`
	Seconds  float64            `json:"seconds"`
}

type splitResult struct {
	Name           string  `json:"name"`
	TrainSentences int     `json:"train_sentences,omitempty"`
	TestSentences  int     `json:"test_sentences"`
	F1             float64 `json:"f1"`
	MacroF1        float64 `json:"macro_f1"`
}

// runEval implements "kronik eval ner".
func runEval(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs, err := nerFlagSet("eval", "--data DIR [--model FILE] [--json]", "--data DIR", args, stderr)
	if err != nil {
		return err
	}
	data := fs.String("data", "", "dataset folder (IndoLEM folds, IndoNLU or train/dev/test)")
	modelPath := fs.String("model", "", "evaluate this model on the test split(s) instead of training ('default' for the shipped one)")
	asJSON := fs.Bool("json", false, "print one JSON object (the default output is a short table)")
	var tf nerTrainFlags
	tf.register(fs)
	if err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	if *data == "" || fs.NArg() > 0 {
		return fmt.Errorf("%w: eval ner: --data is required", errUsage)
	}
	p, err := detectProtocol(*data)
	if err != nil {
		return err
	}
	var fixed *ner.Model
	if *modelPath != "" {
		if *modelPath == "default" {
			fixed, err = ner.Default()
		} else {
			fixed, err = loadModelFile(*modelPath)
		}
		if err != nil {
			return err
		}
		// A fixed model knows its own types only; score over those.
		p.keepOther = false
		p.name = "given model on the test split(s) of: " + p.name
	}
	opts, err := tf.options()
	if err != nil {
		return err
	}
	var readOpts []ner.ReadOption
	if p.keepOther {
		readOpts = append(readOpts, ner.KeepOtherTypes())
	}
	start := time.Now()
	res := evalResult{Dataset: *data, Protocol: p.name, Model: *modelPath, PerType: map[string]ner.PRF{}}
	var all []ner.Scores
	for _, sp := range p.splits {
		if err := ctx.Err(); err != nil {
			return err
		}
		test, err := readFiles(sp.test, readOpts)
		if err != nil {
			return err
		}
		m := fixed
		sr := splitResult{Name: sp.name, TestSentences: len(test)}
		if m == nil {
			train, err := readFiles(sp.train, readOpts)
			if err != nil {
				return err
			}
			sr.TrainSentences = len(train)
			m = ner.Train(train, opts)
		}
		sc := ner.Evaluate(m, test)
		sr.F1, sr.MacroF1 = sc.Overall.F1, sc.MacroF1
		fmt.Fprintf(stderr, "eval ner: %s: F1 %.2f macro %.2f\n", sp.name, sc.Overall.F1, sc.MacroF1)
		res.Splits = append(res.Splits, sr)
		all = append(all, sc)
	}
	mean := meanScores(all)
	res.PerType, res.Overall, res.MacroF1 = mean.PerType, mean.Overall, mean.MacroF1
	res.Seconds = time.Since(start).Seconds()
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	fmt.Fprintf(stdout, "%s\n%s\n", res.Dataset, res.Protocol)
	fmt.Fprintf(stdout, "%-14s %7s %7s %7s\n", "type", "P", "R", "F1")
	types := make([]string, 0, len(res.PerType))
	for t := range res.PerType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		s := res.PerType[t]
		fmt.Fprintf(stdout, "%-14s %7.2f %7.2f %7.2f\n", t, s.Precision, s.Recall, s.F1)
	}
	fmt.Fprintf(stdout, "%-14s %7.2f %7.2f %7.2f\nmacro F1 %.2f\n", "overall", res.Overall.Precision, res.Overall.Recall, res.Overall.F1, res.MacroF1)
	return nil
}

func readFiles(files []string, opts []ner.ReadOption) ([]ner.Sentence, error) {
	var out []ner.Sentence
	for _, f := range files {
		s, err := readCoNLLFile(f, opts...)
		if err != nil {
			return nil, err
		}
		out = append(out, s...)
	}
	return out, nil
}

func loadModelFile(path string) (*ner.Model, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	defer fh.Close()
	m, err := ner.Load(fh)
	if err != nil {
		return nil, fmt.Errorf("model %s: %w", path, err)
	}
	return m, nil
}

// meanScores averages precision, recall and F1 over splits (the IndoLEM
// protocol reports the mean of the per-fold F1) and sums the chunk counts.
func meanScores(all []ner.Scores) ner.Scores {
	if len(all) == 0 {
		return ner.Scores{}
	}
	if len(all) == 1 {
		return all[0]
	}
	out := ner.Scores{PerType: map[string]ner.PRF{}}
	n := float64(len(all))
	add := func(a *ner.PRF, b ner.PRF) {
		a.Precision += b.Precision / n
		a.Recall += b.Recall / n
		a.F1 += b.F1 / n
		a.Gold += b.Gold
		a.Predicted += b.Predicted
		a.Correct += b.Correct
	}
	for _, s := range all {
		add(&out.Overall, s.Overall)
		out.MacroF1 += s.MacroF1 / n
		for t, v := range s.PerType {
			a := out.PerType[t]
			add(&a, v)
			out.PerType[t] = a
		}
	}
	return out
}
