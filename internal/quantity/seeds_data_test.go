//go:build data

package quantity

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSeedGold scores Extract against the hand-made gold of the shared
// development set (../shared/eval/seeds) the way score.py does for
// quantities: kind and unit equal, value within 0.5%, one-to-one. Run with
// `go test -tags data ./internal/quantity/`; set KRONIK_SHARED to the shared
// folder if it is not ../shared next to the repository.
func TestSeedGold(t *testing.T) {
	shared := os.Getenv("KRONIK_SHARED")
	if shared == "" {
		shared = filepath.Join("..", "..", "..", "shared")
	}
	golds, err := filepath.Glob(filepath.Join(shared, "eval", "seeds", "*.gold.json"))
	if err != nil || len(golds) == 0 {
		t.Skipf("no gold files under %s", shared)
	}
	type goldQ struct {
		Kind     string  `json:"kind"`
		Value    float64 `json:"value"`
		Unit     string  `json:"unit"`
		Optional bool    `json:"optional"`
	}
	var tp, fp, fn int
	for _, g := range golds {
		b, err := os.ReadFile(g)
		if err != nil {
			t.Fatalf("read gold: %v", err)
		}
		var gold struct {
			Lang       string  `json:"lang"`
			Quantities []goldQ `json:"quantities"`
		}
		if err := json.Unmarshal(b, &gold); err != nil {
			t.Fatalf("parse %s: %v", g, err)
		}
		src := filepath.Join(shared, "corpus", "seeds", strings.TrimSuffix(filepath.Base(g), ".gold.json"))
		text, err := os.ReadFile(src)
		if err != nil {
			t.Fatalf("read text: %v", err)
		}
		lang := gold.Lang
		if lang == "" {
			lang = "id"
		}
		used := make([]bool, len(gold.Quantities))
		for _, q := range Extract(string(text), lang) {
			if q.Kind == Count {
				continue // counts are not scored
			}
			matched := false
			for i, w := range gold.Quantities {
				if !used[i] && w.Kind == q.Kind && w.Unit == q.Unit && math.Abs(q.Value-w.Value) <= 0.005*math.Abs(w.Value) {
					used[i], matched = true, true
					if !w.Optional {
						tp++
					}
					break
				}
			}
			if !matched {
				fp++
				t.Logf("%s: false positive %s %s %v %q", filepath.Base(src), q.Kind, q.Unit, q.Value, q.Text)
			}
		}
		for i, w := range gold.Quantities {
			if !used[i] && !w.Optional {
				fn++
				t.Logf("%s: missed %s %s %v", filepath.Base(src), w.Kind, w.Unit, w.Value)
			}
		}
	}
	t.Logf("quantities: tp=%d fp=%d fn=%d", tp, fp, fn)
	if fp > 0 || fn > 0 {
		t.Errorf("quantities: %d false positives, %d misses", fp, fn)
	}
}
