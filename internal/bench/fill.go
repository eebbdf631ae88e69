package bench

import (
	"context"
	"fmt"

	"kronik/internal/pipeline"
	"kronik/internal/store"
	"kronik/internal/store/sqlite"
)

// FillStore puts n documents into db for tests and benchmarks that need a
// large knowledge base quickly: base generated articles (corpusgen) go
// through the pipeline, the rest are derived from their records as the
// store benchmark grows its corpus (derive: other names, figures and dates
// at the same offsets), so n documents cost about base extractions.
func FillStore(ctx context.Context, p *pipeline.Pipeline, db *sqlite.DB, base, n int, seed int64) error {
	docs := Corpus(base, seed)
	var bs []derivable
	for _, d := range docs {
		rec, err := p.Process(ctx, d)
		if err != nil {
			return fmt.Errorf("fill store: %s: %w", d.Name, err)
		}
		bs = append(bs, derivable{sourceOf(d), rec})
	}
	for lo := 0; lo < n; lo += BatchSize {
		batch := make([]store.Item, 0, BatchSize)
		for k := lo; k < min(lo+BatchSize, n); k++ {
			src, rec := derive(bs, k)
			batch = append(batch, store.Item{Src: src, Rec: rec})
		}
		if err := putBatch(ctx, db, batch, nil); err != nil {
			return fmt.Errorf("fill store to %d: %w", n, err)
		}
	}
	return nil
}
