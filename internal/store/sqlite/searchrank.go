package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"kronik/internal/store"
)

// searchNewest is how many of the newest matches a ranked search adds to
// the impact lists' documents: what is current is often what is asked
// about, whatever its weight.
const searchNewest = 500

// phrase is one alternative of one query word, as FTS5's MATCH expression
// (matchExpr) has it: bm25() gives each its own idf and frequency.
type phrase struct {
	word int
	term string
}

// termStats is a query term's row of search_terms.
type termStats struct {
	id     int64 // -1: no document holds the term
	df     int64
	floor  float64
	listed int64
	idf    float64
}

// scoredDoc is a candidate with its bm25 score (higher is better).
type scoredDoc struct {
	id    int64
	score float64
}

// ranking is a ranked search's answer: the best documents, and whether
// they are certainly bm25's best (every document left unscored weighs
// less than the last of them).
type ranking struct {
	hits  []scoredDoc
	exact bool
}

// rankSearch ranks a query's matches in Go, scoring each candidate exactly
// as bm25(fts, 3.0, 1.0) does from the writer's statistics (FTS5's row and
// token totals, search_terms' document frequencies, search_docs' lengths
// and frequencies), so no query counts the documents of its terms.
//
// The candidates are bounded by weight rather than by date. A word none of
// whose alternatives has an impact list (its documents are few) is read
// whole from FTS5, and every match holds it: the ranking is exhaustive.
// Otherwise the candidates are the impact lists' documents, every document
// of the terms without a list, and the newest matches; a document outside
// them scores at most the sum of its terms' idf times their lists' floors,
// and when the last hit scores at least that, the ranking is exhaustive's
// (block-max style).
//
// ok is false when the statistics cannot rank the query: a term outside
// ASCII, whose FTS5 form the writer only approximates.
func (s *DB) rankSearch(ctx context.Context, terms [][]string, where []string, args []any, limit int) (r ranking, ok bool, err error) {
	var phrases []phrase
	for w, alts := range terms {
		for _, a := range alts {
			if !isASCII(a) {
				return r, false, nil
			}
			phrases = append(phrases, phrase{w, a})
		}
	}
	nRow, nTok, err := ftsTotals(ctx, s.db)
	if err != nil || nRow == 0 {
		return ranking{exact: true}, err == nil, err
	}
	// idf as bm25() computes it from the number of rows holding a phrase,
	// with SQLite's own logarithm (Go's differs from it in the last bit):
	// a term no document holds is never counted.
	stats := map[string]termStats{}
	idf := make([]float64, len(phrases))
	for i, p := range phrases {
		st, ok := stats[p.term]
		if !ok {
			st = termStats{id: -1}
			err := s.db.QueryRowContext(ctx, `SELECT id, df, floor, listed, ln((? - df + 0.5) / (df + 0.5))
				FROM search_terms WHERE term = ?`, nRow, p.term).Scan(&st.id, &st.df, &st.floor, &st.listed, &st.idf)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return r, false, err
			}
			st.idf = max(st.idf, 1e-6) // bm25()'s floor for a term in most rows (it keeps ln <= 0 out)
			stats[p.term] = st
		}
		idf[i] = st.idf
	}
	cands, exact, bound, err := s.candidates(ctx, terms, phrases, stats, idf, where, args)
	if err != nil || len(cands) == 0 {
		return ranking{exact: true}, err == nil, err
	}
	avg := float64(nTok) / float64(nRow)
	var scored []scoredDoc
	freq := make([]float64, len(phrases))
	err = eachDocTerms(ctx, s.db, cands, func(doc int64, b []byte) error {
		clear(freq)
		size, err := docTerms(b, func(id int64, f termFreq) bool {
			for i, p := range phrases {
				if stats[p.term].id == id {
					freq[i] = f.weighted()
				}
			}
			return true
		})
		if err != nil {
			return fmt.Errorf("version %d: %w", doc, err)
		}
		if !matchesAll(terms, phrases, freq) {
			return nil
		}
		// bm25() of FTS5, operation for operation, so that the scores are
		// the same to the last bit.
		D := float64(size)
		score := 0.0
		for i := range phrases {
			score += idf[i] * ((freq[i] * (bm25K1 + 1.0)) / (freq[i] + bm25K1*(1-bm25B+bm25B*D/avg)))
		}
		scored = append(scored, scoredDoc{doc, score})
		return nil
	})
	if err != nil {
		return r, false, err
	}
	if len(where) > 1 { // more than current = 1: search_docs holds current versions alone
		if scored, err = s.filterScored(ctx, scored, where, args); err != nil {
			return r, false, err
		}
	}
	slices.SortFunc(scored, func(a, b scoredDoc) int {
		if a.score != b.score {
			if a.score > b.score {
				return -1
			}
			return 1
		}
		return int(a.id - b.id)
	})
	if len(scored) > limit {
		scored = scored[:limit]
	}
	if !exact && len(scored) == limit && scored[limit-1].score >= bound {
		exact = true
	}
	return ranking{hits: scored, exact: exact}, true, nil
}

// matchesAll says whether a document with these phrase frequencies holds
// every query word in one of its forms, as the MATCH expression asks.
func matchesAll(terms [][]string, phrases []phrase, freq []float64) bool {
	for w := range terms {
		found := false
		for i, p := range phrases {
			if p.word == w && freq[i] > 0 {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// candidates returns the documents a ranked search scores, whether they
// hold every match, and otherwise the highest score a document outside
// them can reach.
func (s *DB) candidates(ctx context.Context, terms [][]string, phrases []phrase, stats map[string]termStats,
	idf []float64, where []string, args []any) (ids []int64, exact bool, bound float64, err error) {
	// The word with the fewest documents among those without a list.
	best, bestDF := -1, int64(math.MaxInt64)
	for w, alts := range terms {
		df, listed := int64(0), false
		for _, a := range alts {
			df += stats[a].df
			listed = listed || stats[a].listed > 0
		}
		if df == 0 {
			return nil, true, 0, nil // a word no document holds: nothing matches
		}
		if !listed && df < bestDF {
			best, bestDF = w, df
		}
	}
	if best >= 0 {
		ids, err := int64s(ctx, s.db, `SELECT rowid FROM fts WHERE fts MATCH ?`, matchExpr(terms[best:best+1]))
		return ids, true, 0, err
	}
	seen := map[int64]bool{}
	add := func(more []int64) {
		for _, id := range more {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	var unlisted []string
	for i, p := range phrases {
		st := stats[p.term]
		if st.listed == 0 {
			if st.df > 0 && !slices.Contains(unlisted, p.term) {
				unlisted = append(unlisted, p.term)
			}
			continue
		}
		bound += idf[i] * st.floor
		docs, err := int64s(ctx, s.db, `SELECT doc FROM search_top WHERE term_id = ?`, st.id)
		if err != nil {
			return nil, false, 0, err
		}
		add(docs)
	}
	if len(unlisted) > 0 {
		docs, err := int64s(ctx, s.db, `SELECT rowid FROM fts WHERE fts MATCH ?`, matchExpr([][]string{unlisted}))
		if err != nil {
			return nil, false, 0, err
		}
		add(docs)
	}
	newest, err := int64s(ctx, s.db, `SELECT fts.rowid FROM fts JOIN versions v INDEXED BY versions_ref ON v.id = fts.rowid
		WHERE fts MATCH ? AND `+strings.Join(where, " AND ")+` ORDER BY fts.rowid DESC LIMIT ?`,
		append(append([]any{matchExpr(terms)}, args...), searchNewest)...)
	if err != nil {
		return nil, false, 0, err
	}
	add(newest)
	return ids, false, bound, nil
}

// filterScored keeps the scored documents that pass the search's filters.
func (s *DB) filterScored(ctx context.Context, scored []scoredDoc, where []string, args []any) ([]scoredDoc, error) {
	ids := make([]int64, len(scored))
	for i, d := range scored {
		ids[i] = d.id
	}
	pass, err := int64s(ctx, s.db, `SELECT v.id FROM versions v INDEXED BY versions_ref
		WHERE v.id IN (SELECT value FROM json_each(?)) AND `+strings.Join(where, " AND "),
		append([]any{jsonInts(ids)}, args...)...)
	if err != nil {
		return nil, err
	}
	ok := make(map[int64]bool, len(pass))
	for _, id := range pass {
		ok[id] = true
	}
	return slices.DeleteFunc(scored, func(d scoredDoc) bool { return !ok[d.id] }), nil
}

// hits reads the ranked documents' references and text, and makes their
// snippets.
func (s *DB) hits(ctx context.Context, q store.SearchQuery, terms [][]string, ranked []scoredDoc) ([]store.Hit, error) {
	out := make([]store.Hit, 0, len(ranked))
	for _, d := range ranked {
		var h store.Hit
		var body string
		if err := s.db.QueryRowContext(ctx, `SELECT `+store.DocRefColumns+`, v.text FROM versions v WHERE v.id = ?`, d.id).
			Scan(append(h.DocRef.ScanArgs(), &body)...); err != nil {
			return nil, fmt.Errorf("search %q: version %d: %w", q.Text, d.id, err)
		}
		h.Score = d.score
		h.Snippet = store.Snippet(h.Lang, body, terms)
		out = append(out, h)
	}
	return out, nil
}
