package ner

import (
	"slices"
	"strings"
	"testing"
)

// TestTagAppend: TagAppend appends to what dst holds the labels Tag
// returns, and leaves dst as it is for no words.
func TestTagAppend(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	dst := []string{"earlier"}
	for _, sent := range benchText {
		words := strings.Fields(sent)
		got := m.TagAppend(dst[:1], words)
		if want := append([]string{"earlier"}, m.Tag(words)...); !slices.Equal(got, want) {
			t.Errorf("%q: appended %v, want %v", sent, got, want)
		}
		dst = got
	}
	if got := m.TagAppend(dst[:1], nil); len(got) != 1 || got[0] != "earlier" {
		t.Errorf("no words: %v", got)
	}
}
