package ner

import (
	"slices"
	"strings"
	"testing"
)

// TestStackInfoSameWord: an unlabelled token gets the first-stage label of
// the first labelled token spelt the same (case counts), before or after
// it; a labelled token, and a word no labelled token has, get none (-1).
func TestStackInfoSameWord(t *testing.T) {
	m := testModel(nil) // labels O, B-PERSON, I-PERSON
	for _, c := range []struct {
		words string
		prev  []int
		want  []int
	}{
		{"Budi kata budi Budi dan", []int{1, 0, 0, 0, 0}, []int{-1, -1, -1, 1, -1}},
		{"Ani bertemu Budi Santoso , Santoso Ani", []int{0, 0, 1, 2, 0, 0, 1}, []int{1, -1, -1, -1, -1, 2, -1}},
		{"tidak ada nama", []int{0, 0, 0}, []int{-1, -1, -1}},
		{"Ani Ani", []int{2, 1}, []int{-1, -1}},
	} {
		words := strings.Fields(c.words)
		s := &scratch{}
		m.describeAll(s, words)
		m.stackInfo(s, words, c.prev)
		if !slices.Equal(s.same, c.want) {
			t.Errorf("%q %v: same %v, want %v", c.words, c.prev, s.same, c.want)
		}
	}
}
