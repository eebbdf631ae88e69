package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// nerCorpus is a tiny train/dev/test corpus written for this test, in the
// idner-news-2k layout (token POS label, CRLF).
const nerCorpus = "Presiden PROPN O\r\nAndi PROPN B-PER\r\ntiba VERB O\r\ndi ADP O\r\nSemarang PROPN B-LOC\r\n\r\n" +
	"Bank PROPN B-ORG\r\nNusantara PROPN I-ORG\r\nmembuka VERB O\r\nkantor NOUN O\r\ndi ADP O\r\nMedan PROPN B-LOC\r\n\r\n"

func TestEvalNERTrainDevTest(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"train.txt", "dev.txt", "test.txt"} {
		if err := os.WriteFile(filepath.Join(dir, f), []byte(nerCorpus), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out, errOut bytes.Buffer
	err := runEval(context.Background(), []string{"ner", "--data", dir, "--json", "--epochs", "5", "--clusters", "none"}, nil, &out, &errOut)
	if err != nil {
		t.Fatalf("eval: %v (%s)", err, errOut.String())
	}
	var res evalResult
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		t.Fatalf("output is not one JSON object: %v\n%s", err, out.String())
	}
	if !strings.Contains(res.Protocol, "train.txt") || len(res.Splits) != 1 {
		t.Errorf("protocol %q with %d splits", res.Protocol, len(res.Splits))
	}
	for _, typ := range []string{"PERSON", "ORG", "PLACE"} {
		if _, ok := res.PerType[typ]; !ok {
			t.Errorf("per_type lacks %s: %v", typ, res.PerType)
		}
	}
	// Trained and tested on the same two sentences: all chunks right.
	if res.Overall.F1 != 100 {
		t.Errorf("overall F1 = %.2f, want 100", res.Overall.F1)
	}

	// Train a model file and evaluate it with --model.
	model := filepath.Join(t.TempDir(), "m.model")
	if err := runTrain(context.Background(), []string{"ner", "--data", dir, "--out", model, "--epochs", "5", "--clusters", "none"}, nil, &out, &errOut); err != nil {
		t.Fatalf("train: %v", err)
	}
	out.Reset()
	if err := runEval(context.Background(), []string{"ner", "--data", dir, "--model", model, "--json"}, nil, &out, &errOut); err != nil {
		t.Fatalf("eval --model: %v", err)
	}
	if err := json.Unmarshal(out.Bytes(), &res); err != nil || res.Overall.F1 != 100 {
		t.Errorf("eval --model: F1 %.2f, err %v", res.Overall.F1, err)
	}
}

func TestNERUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"ner"}, // no --data
		{"ner", "--data", "/nonexistent-dir-for-test"},
		{"pos", "--data", "x"}, // unknown model kind
		{"ner", "--bogus-flag"},
	} {
		err := runEval(context.Background(), args, nil, &bytes.Buffer{}, &bytes.Buffer{})
		if err == nil {
			t.Errorf("eval %q succeeded", args)
		}
	}
	// A gazetteer other than kb or none is refused before any training.
	dir := t.TempDir()
	for _, f := range []string{"train.txt", "dev.txt", "test.txt"} {
		if err := os.WriteFile(filepath.Join(dir, f), []byte(nerCorpus), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := runEval(context.Background(), []string{"ner", "--data", dir, "--gazetteer", "bogus"}, nil, &bytes.Buffer{}, &bytes.Buffer{}); !errors.Is(err, errUsage) || !strings.Contains(err.Error(), "gazetteer") {
		t.Errorf("eval --gazetteer bogus: %v, want a usage error about the gazetteer", err)
	}
	err := runTrain(context.Background(), []string{"ner", "--data", "x"}, nil, &bytes.Buffer{}, &bytes.Buffer{})
	if !errors.Is(err, errUsage) {
		t.Errorf("train without --out: %v, want a usage error", err)
	}
}
