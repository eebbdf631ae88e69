package ner

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestDecode8MatchesDecodeN: the fixed-size Viterbi gives the path of the
// general one on the shipped label set, with ties, forbidden transitions and
// sentences of one word.
func TestDecode8MatchesDecodeN(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	nL := m.nL
	if nL > 8 {
		t.Skip("model has more than eight labels")
	}
	rng := rand.New(rand.NewPCG(1, 2))
	s1, s2 := &scratch{}, &scratch{}
	for trial := 0; trial < 2000; trial++ {
		n := 1 + rng.IntN(30)
		em := make([]float32, n*nL)
		for i := range em {
			// few distinct values, so that ties are common
			em[i] = float32(rng.IntN(5)) - 2
		}
		trans := m.trans
		if trial%2 == 1 {
			trans = make([]float32, len(m.trans))
			for i := range trans {
				trans[i] = float32(rng.IntN(3))
			}
		}
		s1.em, s2.em = em, em
		s1.path, s2.path = make([]int, n), make([]int, n)
		got := m.decode8(s1, trans, n)
		want := m.decodeN(s2, trans, n)
		if !slices.Equal(got, want) {
			t.Fatalf("trial %d: decode8 %v, decodeN %v", trial, got, want)
		}
	}
}
