package server

import (
	"context"
	"fmt"

	"kronik/internal/ingest"
	"kronik/internal/server/demo"
	"kronik/internal/source"
	"kronik/internal/store"
)

// Ingest extracts one document with p and stores it in st, skipping the
// extraction when the same content is stored already.
func Ingest(ctx context.Context, st store.Store, p Processor, doc source.Document) (ingestResponse, error) {
	hash := store.ContentHash(doc.Body)
	if ok, err := st.Has(ctx, hash); err != nil {
		return ingestResponse{}, fmt.Errorf("store: %w", err)
	} else if ok {
		return ingestResponse{ID: hash, Status: string(store.Duplicate)}, nil
	}
	rec, err := p.Process(ctx, doc)
	if err != nil {
		return ingestResponse{}, fmt.Errorf("extract %s: %w", doc.Name, err)
	}
	// A page is identified by its URL, as on the command line: new text
	// for a stored URL is a new version of that document, not a second one.
	// A posted document without a URL has no identity beyond its content,
	// whatever its name: unlike ingest.Key, its path is not its key.
	src := ingest.Source(doc)
	src.Key = doc.URL
	res, err := st.Put(ctx, src, rec)
	if err != nil {
		return ingestResponse{}, fmt.Errorf("store %s: %w", doc.Name, err)
	}
	return ingestResponse{ID: rec.Hash, Status: string(res.Status), Version: res.Version,
		NearDuplicateOf: res.NearDuplicateOf, Entities: len(rec.Entities), Events: len(rec.Events)}, nil
}

// LoadDemo stores the sample articles embedded in the binary (package demo)
// in st: what `kronik serve --demo` shows a newcomer.
func LoadDemo(ctx context.Context, st store.Store, p Processor) (int, error) {
	docs, err := demo.Documents()
	if err != nil {
		return 0, err
	}
	for _, d := range docs {
		if _, err := Ingest(ctx, st, p, d); err != nil {
			return 0, fmt.Errorf("demo: %w", err)
		}
	}
	return len(docs), nil
}
