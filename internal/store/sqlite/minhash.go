package sqlite

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"

	"kronik/internal/cluster"
)

// Near-duplicate documents are found by MinHash with locality-sensitive
// hashing: each document keeps a fixed-size signature (sigSize minimum
// hashes of its 5-word shingles, cluster.Shingles) and sigBands band keys.
// Two documents whose shingle sets have Jaccard similarity s share at least
// one band key with probability 1-(1-s^bandRows)^sigBands: 0.99 at the
// duplicate threshold (0.6), 0.9998 at 0.75, 0.05 at 0.2, so the lookup
// finds copies and almost nothing else, at a cost that does not depend on
// how many documents are stored (one indexed table, sigBands rows a document,
// against hundreds of shingle rows before).
const (
	sigSize  = 128
	bandRows = 4
	sigBands = sigSize / bandRows
)

// maxDupChecks is how many LSH candidates, most similar first by their
// signatures, are confirmed by exact Jaccard similarity. A wire story
// republished many times has many candidates; the best few decide.
const maxDupChecks = 5

// maxBandCands is how many LSH candidates, those sharing the most band
// keys, have their signatures compared. Templated text (stock phrases,
// boilerplate) makes many documents share a band or two with a new one, and
// reading them all grew with the store.
const maxBandCands = 20

// bandNewest is how many documents sharing a band key, the newest, a
// lookup reads for that key. A copy of a story is filed within days of it,
// so it is among the newest holders of the bands they share; a band that
// boilerplate or a story republished for months gives to thousands of
// documents would otherwise make every new document read all of them, a
// cost that grows with the store.
const bandNewest = 16

// dupMargin: candidates whose estimated similarity is at least
// DuplicateThreshold - dupMargin are confirmed exactly. With 128 hashes the
// estimate's standard error near the threshold is about 0.04, so a margin of
// three errors loses no true copy.
const dupMargin = 0.12

// hashCoeffs are the odd multipliers and the offsets of the sigSize
// multiply-shift hash functions, fixed for all time: stored signatures are
// compared with new ones.
var hashCoeffs = sync.OnceValue(func() [2][sigSize]uint64 {
	var c [2][sigSize]uint64
	x := uint64(0x6b726f6e696b) // "kronik": any fixed seed
	for i := 0; i < sigSize; i++ {
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

// signature is the MinHash signature of a shingle set: for each of sigSize
// hash functions, the smallest hash of any shingle. It is nil for an empty
// set (a text of fewer than five words has nothing to compare).
func signature(sh map[uint64]bool) []uint32 {
	if len(sh) == 0 {
		return nil
	}
	c := hashCoeffs()
	var sig [sigSize]uint32
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

// estimate is the share of positions where two signatures agree: an
// unbiased estimate of the Jaccard similarity of their shingle sets.
func estimate(a, b []uint32) float64 {
	if len(a) != sigSize || len(b) != sigSize {
		return 0
	}
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / sigSize
}

// bandKeys hashes each band of bandRows minimum hashes, with its band
// number, into one key.
func bandKeys(sig []uint32) []int64 {
	if len(sig) != sigSize {
		return nil
	}
	keys := make([]int64, sigBands)
	for b := 0; b < sigBands; b++ {
		x := uint64(b) * 0x9e3779b97f4a7c15
		for _, v := range sig[b*bandRows : (b+1)*bandRows] {
			x = splitmix(x ^ uint64(v))
		}
		keys[b] = int64(x)
	}
	return keys
}

func encodeSig(sig []uint32) []byte {
	b := make([]byte, 4*len(sig))
	for i, v := range sig {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

func decodeSig(b []byte) []uint32 {
	if len(b) != 4*sigSize {
		return nil
	}
	sig := make([]uint32, sigSize)
	for i := range sig {
		sig[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return sig
}

// group stores the version's signature and band keys and sets its
// independent-source group: the group of the most similar current document
// when the two are near-duplicates (exact Jaccard similarity of their
// shingle sets at least cluster.DuplicateThreshold), else its own id. It
// returns the name of that document, or "", and the group.
func group(ctx context.Context, tx execer, vid int64, body string) (string, int64, error) {
	sh := cluster.Shingles(body)
	sig := signature(sh)
	keys := bandKeys(sig)
	grp, dupOf, dupName := vid, int64(0), ""
	if len(keys) > 0 {
		// Candidates sharing the most bands first: a copy shares several
		// (four on average at the threshold, thirteen at 0.8), a story that
		// only shares stock phrases one; only the best maxBandCands are read.
		top, err := bandCandidates(ctx, tx, keys, vid)
		if err != nil {
			return "", 0, err
		}
		type cand struct {
			id  int64
			est float64
		}
		var cands []cand
		arr, _ := json.Marshal(top)
		rows, err := tx.QueryContext(ctx, `SELECT version_id, sig FROM signatures WHERE version_id IN (SELECT value FROM json_each(?))`,
			string(arr))
		if err != nil {
			return "", 0, err
		}
		for rows.Next() {
			var c cand
			var blob []byte
			if err := rows.Scan(&c.id, &blob); err != nil {
				rows.Close()
				return "", 0, err
			}
			c.est = estimate(sig, decodeSig(blob))
			if c.id != vid && c.est >= cluster.DuplicateThreshold-dupMargin {
				cands = append(cands, c)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return "", 0, err
		}
		sort.Slice(cands, func(i, j int) bool {
			if cands[i].est != cands[j].est {
				return cands[i].est > cands[j].est
			}
			return cands[i].id < cands[j].id
		})
		if len(cands) > maxDupChecks {
			cands = cands[:maxDupChecks]
		}
		// The first candidate, most similar by signature, that exact
		// similarity confirms is the copy: confirming costs a read of its
		// text, and a story filed many times would otherwise have every
		// document read maxDupChecks texts.
		for _, c := range cands {
			var other, name string
			var g int64
			if err := tx.QueryRowContext(ctx, `SELECT text, grp, name FROM versions WHERE id = ?`, c.id).Scan(&other, &g, &name); err != nil {
				return "", 0, fmt.Errorf("candidate %d: %w", c.id, err)
			}
			if cluster.Jaccard(sh, cluster.Shingles(other)) >= cluster.DuplicateThreshold {
				grp, dupOf, dupName = g, c.id, name
				break
			}
		}
		arr, _ = json.Marshal(keys)
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO lsh (k, version_id) SELECT value, ? FROM json_each(?)`,
			vid, string(arr)); err != nil {
			return "", 0, err
		}
	}
	var near any
	if dupOf != 0 {
		near = dupOf
	}
	if sig != nil {
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO signatures (version_id, sig) VALUES (?, ?)`,
			vid, encodeSig(sig)); err != nil {
			return "", 0, err
		}
	}
	_, err := tx.ExecContext(ctx, `UPDATE versions SET grp = ?, near_dup_of = ?, shingles = ? WHERE id = ?`,
		grp, near, len(sh), vid)
	return dupName, grp, err
}

// bandCandidates returns the maxBandCands documents other than vid that
// share the most of keys, ties to the oldest, among the newest bandNewest
// holders of each key: one bounded range of the lsh key per band, counted
// here rather than by a grouping sort in SQL.
func bandCandidates(ctx context.Context, tx execer, keys []int64, vid int64) ([]int64, error) {
	if len(keys) != sigBands {
		return nil, fmt.Errorf("%d band keys, want %d", len(keys), sigBands)
	}
	args := make([]any, 0, len(keys)+1)
	args = append(args, vid)
	for _, k := range keys {
		args = append(args, k)
	}
	rows, err := tx.QueryContext(ctx, bandQuery(), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	n := map[int64]int{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		n[id]++
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	ids := make([]int64, 0, len(n))
	for id := range n {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if n[ids[i]] != n[ids[j]] {
			return n[ids[i]] > n[ids[j]]
		}
		return ids[i] < ids[j]
	})
	return ids[:min(len(ids), maxBandCands)], nil
}

// bandQuery is bandCandidates' statement, one bounded range of the lsh key
// per band (?2 to ?sigBands+1) other than version ?1: the same text for
// every document, built once.
var bandQuery = sync.OnceValue(func() string {
	parts := make([]string, sigBands)
	for i := range parts {
		parts[i] = fmt.Sprintf("SELECT version_id FROM (SELECT version_id FROM lsh WHERE k = ?%d AND version_id <> ?1 ORDER BY version_id DESC LIMIT %d)", i+2, bandNewest)
	}
	return strings.Join(parts, " UNION ALL ")
})
