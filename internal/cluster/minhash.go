package cluster

import (
	"encoding/binary"
	"fmt"
	"sort"
	"sync"
)

// Near-duplicate documents are found by MinHash with locality-sensitive
// hashing: each document keeps a fixed-size signature (SigSize minimum
// hashes of its 5-word shingles, Shingles) and Bands band keys. Two
// documents whose shingle sets have Jaccard similarity s share at least one
// band key with probability 1-(1-s^bandRows)^Bands: 0.99 at the duplicate
// threshold (0.6), 0.9998 at 0.75, 0.05 at 0.2, so a store's lookup by band
// key finds copies and almost nothing else, at a cost that does not depend
// on how many documents are stored.
const (
	// SigSize is the number of minimum hashes in a signature.
	SigSize  = 128
	bandRows = 4
	// Bands is the number of band keys of a signature.
	Bands = SigSize / bandRows
)

// hashCoeffs are the odd multipliers and the offsets of the SigSize
// multiply-shift hash functions, fixed for all time: stored signatures are
// compared with new ones. It is computed once and never written after.
var hashCoeffs = sync.OnceValue(func() [2][SigSize]uint64 {
	var c [2][SigSize]uint64
	x := uint64(0x6b726f6e696b) // "kronik": any fixed seed
	for i := 0; i < SigSize; i++ {
		x = splitmix(x)
		c[0][i] = x | 1
		x = splitmix(x)
		c[1][i] = x
	}
	return c
})

// splitmix is the SplitMix64 finaliser: a cheap, well-mixed 64-bit hash.
func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// Signature is the MinHash signature of a shingle set: for each of SigSize
// hash functions, the smallest hash of any shingle. It is nil for an empty
// set (a text of fewer than five words has nothing to compare).
func Signature(sh map[uint64]bool) []uint32 {
	if len(sh) == 0 {
		return nil
	}
	c := hashCoeffs()
	var sig [SigSize]uint32
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	for s := range sh {
		x := splitmix(s)
		for i := range sig {
			if v := uint32((x*c[0][i] + c[1][i]) >> 32); v < sig[i] {
				sig[i] = v
			}
		}
	}
	return sig[:]
}

// Estimate is the share of positions where two signatures agree: an
// unbiased estimate of the Jaccard similarity of their shingle sets. It is
// 0 when either is not a signature.
func Estimate(a, b []uint32) float64 {
	if len(a) != SigSize || len(b) != SigSize {
		return 0
	}
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / SigSize
}

// BandKeys hashes each band of bandRows minimum hashes, with its band
// number, into one key. It is nil when sig is not a signature.
func BandKeys(sig []uint32) []int64 {
	if len(sig) != SigSize {
		return nil
	}
	keys := make([]int64, Bands)
	for b := 0; b < Bands; b++ {
		x := uint64(b) * 0x9e3779b97f4a7c15
		for _, v := range sig[b*bandRows : (b+1)*bandRows] {
			x = splitmix(x ^ uint64(v))
		}
		keys[b] = int64(x)
	}
	return keys
}

// EncodeSignature is the stored form of a signature: SigSize little-endian
// 32-bit values.
func EncodeSignature(sig []uint32) []byte {
	b := make([]byte, 4*len(sig))
	for i, v := range sig {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

// DecodeSignature reads EncodeSignature's form.
func DecodeSignature(b []byte) ([]uint32, error) {
	if len(b) != 4*SigSize {
		return nil, fmt.Errorf("signature of %d bytes, want %d", len(b), 4*SigSize)
	}
	sig := make([]uint32, SigSize)
	for i := range sig {
		sig[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return sig, nil
}

// The bounds of a store's near-duplicate lookup, the same in every backend.
// A copy of a story is filed within days of it, so it is among the
// BandNewest newest holders of the band keys they share: a band that
// boilerplate or a story republished for months gives to thousands of
// documents would otherwise make every new document read all of them. Of
// the candidates, the MaxBandCands sharing the most band keys have their
// signatures compared (templated text makes many documents share a band or
// two with a new one). Those whose estimate is at least DuplicateThreshold -
// DupMargin are confirmed by exact Jaccard similarity, at most MaxDupChecks
// of them, most similar first, the first that passes winning: with 128
// hashes the estimate's standard error near the threshold is about 0.04, so
// a margin of three errors loses no true copy, and a story filed many times
// would otherwise have every document read many texts.
const (
	BandNewest   = 16
	MaxBandCands = 20
	DupMargin    = 0.12
	MaxDupChecks = 5
)

// DupCandidate is a stored version that may be a copy of a new document,
// with its signature's estimated similarity (Estimate).
type DupCandidate struct {
	ID  int64
	Est float64
}

// RankDupCandidates keeps the candidates worth an exact check (estimate
// within DupMargin of DuplicateThreshold), the MaxDupChecks most similar,
// most similar first, then by id.
func RankDupCandidates(cs []DupCandidate) []DupCandidate {
	var out []DupCandidate
	for _, c := range cs {
		if c.Est >= DuplicateThreshold-DupMargin {
			out = append(out, c)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Est != out[j].Est {
			return out[i].Est > out[j].Est
		}
		return out[i].ID < out[j].ID
	})
	return out[:min(len(out), MaxDupChecks)]
}
