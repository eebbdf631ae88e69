package cluster

import (
	"math"
	"strings"
	"testing"

	"kronik/internal/cluster/clustertest"
)

var story, market = clustertest.Story, clustertest.Market

func shareBand(a, b []uint32) bool {
	ka, kb := BandKeys(a), BandKeys(b)
	for i := range ka {
		if ka[i] == kb[i] {
			return true
		}
	}
	return false
}

// TestSignature: the signature estimates the shingle sets' Jaccard
// similarity closely enough that copies share a band key and unrelated texts
// do not.
func TestSignature(t *testing.T) {
	wire := story("Kelautan", 30)
	copyEdited := "JAKARTA (Warta) - " + strings.Replace(wire, "tahap 70.", "tahap tujuh puluh.", 1) + " Editor: Budi"
	// the last third rewritten: similarity near the threshold
	sents := strings.SplitAfter(wire, ". ")
	partial := strings.Join(sents[:22], "") + story("Perhubungan", 8)
	unrelated := market(30)
	tests := []struct {
		name      string
		a, b      string
		wantBand  bool
		maxErrEst float64
	}{
		{"light edit of a wire copy", wire, copyEdited, true, 0.12},
		{"two thirds shared", wire, partial, true, 0.12},
		{"another story", wire, unrelated, false, 0.12},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sa, sb := Shingles(tt.a), Shingles(tt.b)
			exact := Jaccard(sa, sb)
			ga, gb := Signature(sa), Signature(sb)
			if est := Estimate(ga, gb); math.Abs(est-exact) > tt.maxErrEst {
				t.Errorf("estimate %.3f, exact Jaccard %.3f", est, exact)
			}
			if got := shareBand(ga, gb); got != tt.wantBand {
				t.Errorf("share a band key = %v, want %v (exact Jaccard %.3f)", got, tt.wantBand, exact)
			}
			if got, err := DecodeSignature(EncodeSignature(ga)); err != nil || Estimate(got, ga) != 1 {
				t.Errorf("signature does not survive encoding: %v", err)
			}
		})
	}
	if Signature(Shingles("terlalu pendek")) != nil {
		t.Error("a text of fewer than five words has no signature")
	}
}

// TestDecodeSignatureBad: a stored value of the wrong length is an error
// naming its length, not a signature.
func TestDecodeSignatureBad(t *testing.T) {
	for _, b := range [][]byte{nil, make([]byte, 4*SigSize-1), make([]byte, 4*SigSize+4)} {
		if sig, err := DecodeSignature(b); err == nil || sig != nil {
			t.Errorf("DecodeSignature(%d bytes) = %v, %v; want an error", len(b), sig, err)
		}
	}
}
