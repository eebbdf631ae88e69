package ner

import (
	"bytes"
	"fmt"
	"sync"

	"kronik/models"
)

// loadDefault decodes the embedded model once; every caller shares it (the
// model is immutable and safe for concurrent use).
var loadDefault = sync.OnceValues(func() (*Model, error) {
	m, err := Load(bytes.NewReader(models.NER))
	if err != nil {
		return nil, fmt.Errorf("shipped NER model: %w", err)
	}
	return m, nil
})

// Default returns the shipped model, embedded in the binary (see
// models/README.md for what it was trained on).
func Default() (*Model, error) { return loadDefault() }

// defaultModelBytes is the embedded model file (for benchmarks).
func defaultModelBytes() []byte { return models.NER }
