// Command gencorpus writes the benchmark's generated news (internal/bench.Corpus)
// as text files, so that two builds of kronik can ingest the same input
// (scripts/store-identical.sh).
//
// Usage:
//
//	gencorpus -out DIR [-docs 2000] [-seed 1] [-revise 7]
//
// With -revise K, every K-th file gets a sentence appended instead: run it
// over a directory already ingested to give those documents new versions.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"kronik/internal/bench"
)

func main() {
	out := flag.String("out", "", "directory to write the documents to")
	docs := flag.Int("docs", 2000, "number of documents")
	seed := flag.Int64("seed", 1, "corpus seed")
	revise := flag.Int("revise", 0, "rewrite every K-th document with a sentence appended (0: none)")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "gencorpus: -out is required")
		os.Exit(2)
	}
	if err := write(*out, *docs, *seed, *revise); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}

func write(dir string, n int, seed int64, revise int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for i, d := range bench.Corpus(n, seed) {
		body := d.Body
		if revise > 0 {
			if i%revise != 0 {
				continue
			}
			body = append(body, "\n\nThe report was updated with a correction of a figure."...)
		}
		if err := os.WriteFile(filepath.Join(dir, d.Name), body, 0o644); err != nil {
			return err
		}
	}
	return nil
}
