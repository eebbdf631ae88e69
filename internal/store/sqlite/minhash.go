package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"

	"kronik/internal/cluster"
)

// Near-duplicate documents are found by MinHash with locality-sensitive
// hashing (cluster.Signature, cluster.BandKeys): each version keeps its
// signature (table signatures) and its band keys (table lsh), so that the
// lookup of a new document's copies costs a few indexed reads whatever the
// number of documents stored.

// The lookup bounds are cluster.BandNewest, MaxBandCands, DupMargin and
// MaxDupChecks, shared by the backends.

// lshInsert writes a version's band keys.
var lshInsert = rowInsert{head: `INSERT OR IGNORE INTO lsh (k, version_id) VALUES `, cols: 2}

// grouping is a version's near-duplicate group (its versions columns grp,
// near_dup_of and shingles) and the name of the document it copies, or "".
type grouping struct {
	dupName  string
	grp      int64
	near     any // the copied version's id, or nil
	shingles int
}

// set writes g into the version's row (one stored before its group was
// known).
func (g grouping) set(ctx context.Context, tx execer, vid int64) error {
	_, err := tx.ExecContext(ctx, `UPDATE versions SET grp = ?, near_dup_of = ?, shingles = ? WHERE id = ?`,
		g.grp, g.near, g.shingles, vid)
	return err
}

// group stores the version's signature and band keys and finds its
// independent-source group: the group of the most similar current document
// when the two are near-duplicates (exact Jaccard similarity of their
// shingle sets at least cluster.DuplicateThreshold), else its own id. The
// version's row need not be stored yet: the caller writes the group into it.
func group(ctx context.Context, tx execer, vid int64, body string) (grouping, error) {
	sh := cluster.Shingles(body)
	sig := cluster.Signature(sh)
	keys := cluster.BandKeys(sig)
	grp, dupOf, dupName := vid, int64(0), ""
	if len(keys) > 0 {
		// Candidates sharing the most bands first: a copy shares several
		// (four on average at the threshold, thirteen at 0.8), a story that
		// only shares stock phrases one; only the best cluster.MaxBandCands are read.
		top, err := bandCandidates(ctx, tx, keys, vid)
		if err != nil {
			return grouping{}, err
		}
		var cands []cluster.DupCandidate
		arr, _ := json.Marshal(top)
		rows, err := tx.QueryContext(ctx, `SELECT version_id, sig FROM signatures WHERE version_id IN (SELECT value FROM json_each(?))`,
			string(arr))
		if err != nil {
			return grouping{}, err
		}
		for rows.Next() {
			var c cluster.DupCandidate
			var blob []byte
			if err := rows.Scan(&c.ID, &blob); err != nil {
				rows.Close()
				return grouping{}, err
			}
			// a stored signature that does not decode estimates 0: the
			// document is then not taken for a copy
			other, _ := cluster.DecodeSignature(blob)
			c.Est = cluster.Estimate(sig, other)
			if c.ID != vid {
				cands = append(cands, c)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return grouping{}, err
		}
		// The first candidate, most similar by signature, that exact
		// similarity confirms is the copy: confirming costs a read of its
		// text, and a story filed many times would otherwise have every
		// document read cluster.MaxDupChecks texts.
		for _, c := range cluster.RankDupCandidates(cands) {
			var other, name string
			var g int64
			if err := tx.QueryRowContext(ctx, `SELECT text, grp, name FROM versions WHERE id = ?`, c.ID).Scan(&other, &g, &name); err != nil {
				return grouping{}, fmt.Errorf("candidate %d: %w", c.ID, err)
			}
			if cluster.Jaccard(sh, cluster.Shingles(other)) >= cluster.DuplicateThreshold {
				grp, dupOf, dupName = g, c.ID, name
				break
			}
		}
		band := make([]any, 0, 2*len(keys))
		for _, k := range keys {
			band = append(band, k, vid)
		}
		if err := lshInsert.exec(ctx, tx, band); err != nil {
			return grouping{}, err
		}
	}
	g := grouping{dupName: dupName, grp: grp, shingles: len(sh)}
	if dupOf != 0 {
		g.near = dupOf
	}
	if sig != nil {
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO signatures (version_id, sig) VALUES (?, ?)`,
			vid, cluster.EncodeSignature(sig)); err != nil {
			return grouping{}, err
		}
	}
	return g, nil
}

// bandCandidates returns the cluster.MaxBandCands documents other than vid that
// share the most of keys, ties to the oldest, among the newest cluster.BandNewest
// holders of each key: one bounded range of the lsh key per band, counted
// here rather than by a grouping sort in SQL.
func bandCandidates(ctx context.Context, tx execer, keys []int64, vid int64) ([]int64, error) {
	if len(keys) != cluster.Bands {
		return nil, fmt.Errorf("%d band keys, want %d", len(keys), cluster.Bands)
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
	return ids[:min(len(ids), cluster.MaxBandCands)], nil
}

// bandQuery is bandCandidates' statement, one bounded range of the lsh key
// per band (?2 to ?cluster.Bands+1) other than version ?1: the same text for
// every document, built once.
var bandQuery = sync.OnceValue(func() string {
	parts := make([]string, cluster.Bands)
	for i := range parts {
		parts[i] = fmt.Sprintf("SELECT version_id FROM (SELECT version_id FROM lsh WHERE k = ?%d AND version_id <> ?1 ORDER BY version_id DESC LIMIT %d)", i+2, cluster.BandNewest)
	}
	return strings.Join(parts, " UNION ALL ")
})
