// Package demo serves kronik's sample articles (package samples: short
// news-style texts written for kronik, fiction about real states, under
// kronik's own licence) so that `kronik serve --demo` works from the binary
// alone, wherever it is run.
package demo

import (
	"fmt"
	"io/fs"
	"path"
	"time"

	"kronik/internal/source"
	"kronik/samples"
)

// Documents returns the sample articles as source documents, in name order.
func Documents() ([]source.Document, error) {
	files, err := fs.Sub(samples.News, "news")
	if err != nil {
		return nil, fmt.Errorf("demo files: %w", err)
	}
	entries, err := fs.ReadDir(files, ".")
	if err != nil {
		return nil, fmt.Errorf("demo files: %w", err)
	}
	var docs []source.Document
	for _, e := range entries {
		body, err := fs.ReadFile(files, e.Name())
		if err != nil {
			return nil, fmt.Errorf("demo file %s: %w", e.Name(), err)
		}
		format := "text"
		if path.Ext(e.Name()) == ".html" {
			format = "html"
		}
		docs = append(docs, source.Document{Name: e.Name(), Path: "demo/" + e.Name(), Body: body,
			Format: format, Fetched: time.Date(2025, 5, 22, 0, 0, 0, 0, time.UTC)})
	}
	return docs, nil
}
