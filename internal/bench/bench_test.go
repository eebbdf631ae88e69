package bench

import (
	"context"
	"testing"

	"kronik/internal/pipeline"
)

// TestRunExtraction is a smoke test of the benchmark itself: it runs on a tiny
// corpus and checks that the figures are filled and consistent, not how fast
// they are.
func TestRunExtraction(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	x, err := RunExtraction(context.Background(), p, Options{Docs: 20, Workers: 2, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if x.Docs != 20 || x.Tokens == 0 || x.Bytes == 0 {
		t.Fatalf("counts not filled: %+v", x)
	}
	if x.TokensPerSecPerCore <= 0 || x.FloorTokensPerSec <= 0 || x.RatioToFloor <= 0 || x.TokensPerSecAllCores <= 0 {
		t.Errorf("rates not filled: %+v", x)
	}
	// CPU time is counted in clock ticks on some kernels: a 20-document
	// floor may read as none, but a measured floor gives a ratio
	if x.FloorTokensPerCPUSec > 0 && x.TokensPerCPUSec > 0 && x.RatioToFloorCPU <= 0 {
		t.Errorf("CPU ratio not filled: %+v", x)
	}
	for _, s := range []string{"article", "lang", "split", "timex", "quantity", "entity", "event"} {
		if _, ok := x.Stages[s]; !ok {
			t.Errorf("stage %s missing", s)
		}
	}
	if x.EventsPerDoc == 0 || x.EntitiesPerDoc == 0 {
		t.Errorf("the generated news should yield entities and events: %+v", x)
	}
	if x.DocumentsWithFailures != 0 {
		t.Errorf("%d generated documents failed", x.DocumentsWithFailures)
	}
}
