package sqlite

import (
	"cmp"
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
	avg    float64
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
// Terms are taken as FTS5 folds them ("zürich" is "zurich"), one phrase
// per form as the MATCH expression has it. ok is false when the statistics
// cannot rank the query: a term outside ASCII even folded, which they do
// not keep.
func (s *DB) rankSearch(ctx context.Context, query [][]string, where []string, args []any, limit int) (r ranking, ok bool, err error) {
	var phrases []phrase
	terms := make([][]string, len(query))
	for w, alts := range query {
		for _, a := range alts {
			t, ascii := ftsTerm(a)
			if !ascii {
				return r, false, nil
			}
			terms[w] = append(terms[w], t)
			phrases = append(phrases, phrase{w, t})
		}
	}
	nRow, nTok, err := ftsTotals(ctx, s.reader())
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
			err := s.reader().QueryRowContext(ctx, `SELECT id, df, floor, listed, avg, ln((? - df + 0.5) / (df + 0.5))
				FROM search_terms WHERE term = ?`, nRow, p.term).Scan(&st.id, &st.df, &st.floor, &st.listed, &st.avg, &st.idf)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return r, false, err
			}
			st.idf = max(st.idf, 1e-6) // bm25()'s floor for a term in most rows (it keeps ln <= 0 out)
			stats[p.term] = st
		}
		idf[i] = st.idf
	}
	sc := newScorer(terms, phrases, stats, idf, float64(nTok)/float64(nRow))
	for _, alts := range terms {
		df := int64(0)
		for _, a := range alts {
			df += stats[a].df
		}
		if df == 0 {
			return ranking{exact: true}, true, nil // a word no document holds: nothing matches
		}
	}
	// A word none of whose forms has a list: every match holds one of its
	// few documents.
	if w := rareWord(terms, stats); w >= 0 {
		ids, err := int64s(ctx, s.reader(), `SELECT rowid FROM fts WHERE fts MATCH ?`, matchExpr(terms[w:w+1]))
		if err != nil {
			return r, false, err
		}
		scored, err := s.score(ctx, sc, ids, where, args)
		if err != nil {
			return r, false, err
		}
		return ranking{hits: best(scored, limit), exact: true}, true, nil
	}
	seen := map[int64]bool{}
	var scored []scoredDoc
	few, single, err := s.unlisted(ctx, terms, stats, searchListLen)
	if err != nil {
		return r, false, err
	}
	depths := searchDepths()
	for round, depth := range depths {
		ids, tops, err := s.candidates(ctx, phrases, stats, depth, sc.avg)
		if err != nil {
			return r, false, err
		}
		if round == 0 {
			ids = append(ids, few...)
		}
		if round == len(depths)-1 {
			newest, err := int64s(ctx, s.reader(), `SELECT fts.rowid FROM fts JOIN versions v INDEXED BY versions_ref ON v.id = fts.rowid
				WHERE fts MATCH ? AND `+strings.Join(where, " AND ")+` ORDER BY fts.rowid DESC LIMIT ?`,
				append(append([]any{matchExpr(terms)}, args...), searchNewest)...)
			if err != nil {
				return r, false, err
			}
			ids = append(ids, newest...)
		}
		ids = slices.DeleteFunc(ids, func(id int64) bool {
			if seen[id] {
				return true
			}
			seen[id] = true
			return false
		})
		more, err := s.score(ctx, sc, ids, where, args)
		if err != nil {
			return r, false, err
		}
		scored = best(append(scored, more...), limit)
		if len(scored) == limit && scored[limit-1].score >= bound(phrases, idf, tops, single) {
			return ranking{hits: scored, exact: true}, true, nil
		}
	}
	return ranking{hits: scored}, true, nil
}

// searchDepths are how far down the impact lists a ranked search reads in
// turn, until the best hits outweigh what the rest of the lists can hold
// (0: whole lists, and then the newest matches too). Stopping at 256 and
// the newest matches cost a quarter less at the 99th percentile at 100,000
// documents and agreed as well there (BENCHMARKS.md); whole lists are kept
// for the queries no depth proves.
func searchDepths() [3]int { return [...]int{64, 512, 0} }

// rareWord returns the query word with the fewest documents among those
// none of whose forms has an impact list, or -1.
func rareWord(terms [][]string, stats map[string]termStats) int {
	best, bestDF := -1, int64(math.MaxInt64)
	for w, alts := range terms {
		df, listed := int64(0), false
		for _, a := range alts {
			df += stats[a].df
			listed = listed || stats[a].listed > 0
		}
		if !listed && df < bestDF {
			best, bestDF = w, df
		}
	}
	return best
}

// best sorts scored best first (the older document first among equals, as
// ORDER BY rank, id does) and keeps the first limit.
func best(scored []scoredDoc, limit int) []scoredDoc {
	slices.SortFunc(scored, func(a, b scoredDoc) int {
		if a.score != b.score {
			if a.score > b.score {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.id, b.id)
	})
	return scored[:min(len(scored), limit)]
}

// scorer scores documents from their search_docs blobs.
type scorer struct {
	terms   [][]string
	phrases []phrase
	idf     []float64
	avg     float64
	// want are the query's term ids, ascending, each with its phrases.
	want []wantTerm
	freq []float64
}

type wantTerm struct {
	id      int64
	phrases []int
}

func newScorer(terms [][]string, phrases []phrase, stats map[string]termStats, idf []float64, avg float64) *scorer {
	sc := &scorer{terms: terms, phrases: phrases, idf: idf, avg: avg, freq: make([]float64, len(phrases))}
	for i, p := range phrases {
		id := stats[p.term].id
		if id < 0 {
			continue
		}
		j := slices.IndexFunc(sc.want, func(w wantTerm) bool { return w.id == id })
		if j < 0 {
			sc.want = append(sc.want, wantTerm{id: id})
			j = len(sc.want) - 1
		}
		sc.want[j].phrases = append(sc.want[j].phrases, i)
	}
	slices.SortFunc(sc.want, func(a, b wantTerm) int { return cmp.Compare(a.id, b.id) })
	return sc
}

// score returns a document's bm25 score, and false when it does not hold
// every query word in one of its forms (as the MATCH expression asks).
func (sc *scorer) score(b []byte) (float64, bool, error) {
	clear(sc.freq)
	k := 0
	size, err := docTerms(b, func(id int64, f termFreq) bool {
		for k < len(sc.want) && sc.want[k].id < id {
			k++
		}
		if k == len(sc.want) {
			return false
		}
		if sc.want[k].id == id {
			for _, i := range sc.want[k].phrases {
				sc.freq[i] = f.weighted()
			}
		}
		return true
	})
	if err != nil {
		return 0, false, err
	}
	for w := range sc.terms {
		found := false
		for i, p := range sc.phrases {
			if p.word == w && sc.freq[i] > 0 {
				found = true
				break
			}
		}
		if !found {
			return 0, false, nil
		}
	}
	// bm25() of FTS5, operation for operation, so that the scores are the
	// same to the last bit.
	D := float64(size)
	score := 0.0
	for i := range sc.phrases {
		score += sc.idf[i] * ((sc.freq[i] * (bm25K1 + 1.0)) / (sc.freq[i] + bm25K1*(1-bm25B+bm25B*D/sc.avg)))
	}
	return score, true, nil
}

// score scores the documents ids that match the query and pass its filters.
func (s *DB) score(ctx context.Context, sc *scorer, ids []int64, where []string, args []any) ([]scoredDoc, error) {
	var scored []scoredDoc
	err := eachDocTerms(ctx, s.reader(), ids, func(doc int64, b []byte) error {
		v, ok, err := sc.score(b)
		if err != nil {
			return fmt.Errorf("version %d: %w", doc, err)
		}
		if ok {
			scored = append(scored, scoredDoc{doc, v})
		}
		return nil
	})
	if err != nil || len(where) <= 1 || len(scored) == 0 {
		// more than current = 1 only: search_docs holds current versions
		return scored, err
	}
	return s.filterScored(ctx, scored, where, args)
}

// candidates returns the documents of the impact lists of the query's
// phrases down to depth (0: whole lists), and per phrase (the corpus's
// average length now avg) the most a
// document not read can weigh (its impact): the list's last read, or its
// floor when the list was read whole; 0 for a phrase without a list, whose
// documents are all read (unlisted).
func (s *DB) candidates(ctx context.Context, phrases []phrase, stats map[string]termStats, depth int, avg float64) (ids []int64, tops []float64, err error) {
	tops = make([]float64, len(phrases))
	for i, p := range phrases {
		st := stats[p.term]
		if st.listed == 0 {
			continue
		}
		q, qargs := `SELECT doc, impact FROM search_top WHERE term_id = ? ORDER BY impact DESC`, []any{st.id}
		if depth > 0 {
			q += ` LIMIT ?`
			qargs = append(qargs, depth)
		}
		rows, err := s.reader().QueryContext(ctx, q, qargs...)
		if err != nil {
			return nil, nil, err
		}
		n, low := 0, 0.0
		for rows.Next() {
			var doc int64
			if err := rows.Scan(&doc, &low); err != nil {
				rows.Close()
				return nil, nil, err
			}
			ids = append(ids, doc)
			n++
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, nil, err
		}
		tops[i] = st.floor
		if depth > 0 && n == depth {
			tops[i] = max(tops[i], low)
		}
		// Written when documents were shorter on average, an impact is now
		// at most that much larger (bm25's length norm: k1(1-b+b·D/avg)
		// shrinks by at most the ratio of the averages).
		if st.avg > 0 && avg > st.avg {
			tops[i] *= avg / st.avg
		}
	}
	return ids, tops, nil
}

// unlisted returns every document of the query's phrases without a list
// (they are few), and of each word whose forms have lists, the documents
// holding two of its forms when they are few (a name stemmed as
// Indonesian and as English, "kazakhstan" and "kazakhst", is rarely
// written both ways in one text). single says for which words every
// document not returned holds one form at most.
func (s *DB) unlisted(ctx context.Context, terms [][]string, stats map[string]termStats, listLen int) (ids []int64, single []bool, err error) {
	var few []string
	single = make([]bool, len(terms))
	for w, alts := range terms {
		var listed []string
		for _, a := range alts {
			st := stats[a]
			if st.listed == 0 && st.df > 0 && !slices.Contains(few, a) {
				few = append(few, a)
			}
			if st.listed > 0 {
				listed = append(listed, a)
			}
		}
		if len(listed) < 2 {
			single[w] = true
			continue
		}
		// every pair of forms: a document holding three holds a pair
		var pairs []string
		for i := range listed {
			for j := i + 1; j < len(listed); j++ {
				pairs = append(pairs, `("`+listed[i]+`" AND "`+listed[j]+`")`)
			}
		}
		both, err := int64s(ctx, s.reader(), `SELECT rowid FROM fts WHERE fts MATCH ? LIMIT ?`, strings.Join(pairs, " OR "), listLen+1)
		if err != nil {
			return nil, nil, err
		}
		if len(both) <= listLen {
			ids = append(ids, both...)
			single[w] = true
		}
	}
	if len(few) > 0 {
		docs, err := int64s(ctx, s.reader(), `SELECT rowid FROM fts WHERE fts MATCH ?`, matchExpr([][]string{few}))
		if err != nil {
			return nil, nil, err
		}
		ids = append(ids, docs...)
	}
	return ids, single, nil
}

// bound is the most a document outside the candidates can score: per
// word, the sum of its forms' idf times their tops, or their largest when
// such a document holds one form at most.
func bound(phrases []phrase, idf, tops []float64, single []bool) float64 {
	per := make([]float64, len(single))
	for i, p := range phrases {
		v := idf[i] * tops[i]
		if single[p.word] {
			per[p.word] = max(per[p.word], v)
		} else {
			per[p.word] += v
		}
	}
	b := 0.0
	for _, v := range per {
		b += v
	}
	return b
}

// filterScored keeps the scored documents that pass the search's filters.
func (s *DB) filterScored(ctx context.Context, scored []scoredDoc, where []string, args []any) ([]scoredDoc, error) {
	ids := make([]int64, len(scored))
	for i, d := range scored {
		ids[i] = d.id
	}
	pass, err := int64s(ctx, s.reader(), `SELECT v.id FROM versions v INDEXED BY versions_ref
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
		if err := s.reader().QueryRowContext(ctx, `SELECT `+store.DocRefColumns+`, v.text FROM versions v WHERE v.id = ?`, d.id).
			Scan(append(h.DocRef.ScanArgs(), &body)...); err != nil {
			return nil, fmt.Errorf("search %q: version %d: %w", q.Text, d.id, err)
		}
		h.Score = d.score
		h.Snippet = store.Snippet(h.Lang, body, terms)
		out = append(out, h)
	}
	return out, nil
}

// reader runs the search's statements prepared once on the read
// connections.
func (s *DB) reader() execer { return readStmts{s} }

type readStmts struct{ s *DB }

func (r readStmts) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	r.s.stmtMu.Lock()
	defer r.s.stmtMu.Unlock()
	if st, ok := r.s.reads[q]; ok {
		return st, nil
	}
	st, err := r.s.db.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	if r.s.reads == nil {
		r.s.reads = map[string]*sql.Stmt{}
	}
	r.s.reads[q] = st
	return st, nil
}

func (r readStmts) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	st, err := r.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (r readStmts) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	st, err := r.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

func (r readStmts) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	st, err := r.stmt(ctx, q)
	if err != nil {
		return r.s.db.QueryRowContext(ctx, q, args...) // reports the same error
	}
	return st.QueryRowContext(ctx, args...)
}
