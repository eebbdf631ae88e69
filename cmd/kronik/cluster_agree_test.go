package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"kronik/internal/store"
	"kronik/internal/store/sqlite"
)

// TestExtractAndIngestAgree: `kronik extract` over some inputs and `kronik
// ingest` of the same inputs, in the same order, into an empty knowledge base
// give the same clusters with the same ids (both go through one clustering,
// internal/cluster). The inputs are the written-for-kronik evaluation sets
// whose articles report the same events across outlets.
func TestExtractAndIngestAgree(t *testing.T) {
	inputs := []string{filepath.Join("..", "..", "testdata", "heldout", "articles"),
		filepath.Join("..", "..", "testdata", "fresh2", "articles")}
	// cluster id -> sorted "document hash|type|mode|evidence" of its mentions
	want := map[string][]string{}
	out := mustKronik(t, append([]string{"extract", "--format", "jsonl", "--text=false", "--workers", "1"}, inputs...)...)
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var r struct {
			Hash   string
			Events []struct {
				Type, Mode, Cluster string
				Evidence            struct{ Text string }
			}
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		for _, e := range r.Events {
			want[e.Cluster] = append(want[e.Cluster], r.Hash+"|"+e.Type+"|"+e.Mode+"|"+e.Evidence.Text)
		}
	}
	db := filepath.Join(t.TempDir(), "kb.db")
	mustKronik(t, append([]string{"ingest", "--db", db, "--workers", "1"}, inputs...)...)
	ctx := context.Background()
	s, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	cs, err := s.Events(ctx, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, c := range cs {
		for _, m := range c.Mentions {
			got[c.ID] = append(got[c.ID], m.Hash+"|"+c.Type+"|"+c.Mode+"|"+m.Evidence)
		}
	}
	joined := 0
	for _, g := range []map[string][]string{want, got} {
		for _, ms := range g {
			sort.Strings(ms)
		}
	}
	for _, ms := range want {
		if len(ms) > 1 {
			joined++
		}
	}
	if joined < 5 {
		t.Fatalf("only %d clusters of several reports: the inputs do not exercise clustering", joined)
	}
	if !reflect.DeepEqual(want, got) {
		for id, ms := range want {
			if !reflect.DeepEqual(ms, got[id]) {
				t.Errorf("cluster %s\n extract %q\n ingest  %q", id, ms, got[id])
			}
		}
		for id, ms := range got {
			if _, ok := want[id]; !ok {
				t.Errorf("cluster %s only in the store: %q", id, ms)
			}
		}
	}
}
