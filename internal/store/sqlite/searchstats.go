package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The search statistics (migration 037): what bm25(fts, 3.0, 1.0) reads
// from FTS5, kept by the writer so that a search scores any candidate in Go
// without FTS5 counting every document that holds a query term (what made
// search cost grow with the corpus). Per term its document frequency; per
// document its indexed length and term frequencies (search_docs); per
// frequent term the documents where it weighs most (search_top), which
// bound the candidates a search must score.

// bm25 parameters as FTS5's bm25() fixes them, and the column weights the
// search passes it: bm25(fts, 3.0, 1.0).
const (
	bm25K1          = 1.2
	bm25B           = 0.75
	bm25TitleWeight = 3.0
	bm25BodyWeight  = 1.0
)

// searchStatsSchema is the migration that made the statistics: a store
// opened at an older schema (tests build databases as older kronik left
// them) keeps none, and its searches rank with bm25().
const searchStatsSchema = 37

// searchListLen is how many documents a term's impact list keeps: a term
// held by more documents gets a list, one held by fewer is read from FTS5
// whole. It bounds both a search's candidates per frequent term and the
// rows a frequent term costs the writer.
const searchListLen = 1000

// termFreq is how often a term occurs in a document's title and body.
type termFreq struct{ title, body int }

// weighted is the frequency bm25 sees: each occurrence counts its column's
// weight.
func (f termFreq) weighted() float64 {
	return float64(f.title)*bm25TitleWeight + float64(f.body)*bm25BodyWeight
}

// searchDoc is one document's statistics waiting to be written.
type searchDoc struct {
	id    int64
	size  int // tokens in title and body, as FTS5 counts them
	terms map[string]termFreq
	// foreign is set when a term holds a letter outside ASCII: FTS5's
	// tokenizer may cut such a word differently, so the length is read
	// from FTS5 itself.
	foreign bool
}

// newSearchDoc counts the terms of a document's indexed title and body
// (store.IndexText: stems separated by spaces).
func newSearchDoc(id int64, title, body string) searchDoc {
	d := searchDoc{id: id, terms: map[string]termFreq{}}
	for col, s := range []string{title, body} {
		for w := range strings.FieldsSeq(s) {
			t, ascii := ftsTerm(w)
			d.foreign = d.foreign || !ascii
			f := d.terms[t]
			if col == 0 {
				f.title++
			} else {
				f.body++
			}
			d.terms[t] = f
			d.size++
		}
	}
	return d
}

// ftsTerm returns a word of the index text as FTS5's unicode61 tokenizer
// with remove_diacritics 2 stores it (diacritics removed: "café" is
// "cafe"), and whether it is ASCII, the only kind whose statistics searches
// use (store.IndexText has already lowercased it).
func ftsTerm(w string) (string, bool) {
	if isASCII(w) {
		return w, true
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	t := b.String()
	return t, isASCII(t)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// impact is bm25's factor for one term in one document, without its idf:
// weighted frequency f in a document of size tokens, the corpus's average
// size avg.
func impact(f float64, size int, avg float64) float64 {
	return (f * (bm25K1 + 1.0)) / (f + bm25K1*(1-bm25B+bm25B*float64(size)/avg))
}

// encodeDocTerms encodes a document's statistics for search_docs: its size,
// then per term in id order the id's difference from the previous one and
// its body frequency times two plus one if the title holds it too, followed
// then by the title frequency.
func encodeDocTerms(size int, ids []int64, freqs []termFreq) []byte {
	b := binary.AppendUvarint(make([]byte, 0, 4+4*len(ids)), uint64(size))
	prev := int64(0)
	for i, id := range ids {
		b = binary.AppendUvarint(b, uint64(id-prev))
		prev = id
		f := freqs[i]
		if f.title > 0 {
			b = binary.AppendUvarint(b, uint64(f.body)<<1|1)
			b = binary.AppendUvarint(b, uint64(f.title))
		} else {
			b = binary.AppendUvarint(b, uint64(f.body)<<1)
		}
	}
	return b
}

// docTerms decodes a search_docs blob, calling fn with each term id and
// frequency in id order until fn returns false; it returns the size.
func docTerms(b []byte, fn func(id int64, f termFreq) bool) (int, error) {
	size, n := binary.Uvarint(b)
	if n <= 0 {
		return 0, errors.New("search statistics: bad document blob")
	}
	b = b[n:]
	id := int64(0)
	for len(b) > 0 {
		d, n := binary.Uvarint(b)
		if n <= 0 {
			return 0, errors.New("search statistics: bad document blob")
		}
		b = b[n:]
		v, m := binary.Uvarint(b)
		if m <= 0 {
			return 0, errors.New("search statistics: bad document blob")
		}
		b = b[m:]
		f := termFreq{body: int(v >> 1)}
		if v&1 == 1 {
			t, k := binary.Uvarint(b)
			if k <= 0 {
				return 0, errors.New("search statistics: bad document blob")
			}
			b = b[k:]
			f.title = int(t)
		}
		id += int64(d)
		if fn != nil && !fn(id, f) {
			break
		}
	}
	return int(size), nil
}

// searchBatch holds the statistics of the documents a write transaction
// indexed, written in one go when it commits: each distinct term of the
// batch costs one update, not one per document holding it.
type searchBatch struct {
	docs []searchDoc
}

// searchAdd records the statistics of a document just indexed. Inside a
// store transaction they wait for its commit (stmtTx.Commit); elsewhere (a
// migration) they are written at once.
func searchAdd(ctx context.Context, tx execer, vid int64, title, body string) error {
	d := newSearchDoc(vid, title, body)
	if st, ok := tx.(*stmtTx); ok {
		if st.keepsSearch() {
			st.search.docs = append(st.search.docs, d)
		}
		return nil
	}
	return writeSearchDocs(ctx, tx, []searchDoc{d}, searchListLen, true)
}

// Commit writes the search statistics of the transaction's documents, then
// commits it. A transaction rolled back drops them with it.
func (t *stmtTx) Commit() error {
	if err := t.flushSearch(context.Background()); err != nil {
		return err
	}
	return t.Tx.Commit()
}

// keepsSearch says whether the store's schema has the statistics.
func (t *stmtTx) keepsSearch() bool {
	return t.db == nil || t.db.schema >= searchStatsSchema
}

func (t *stmtTx) flushSearch(ctx context.Context) error {
	if len(t.search.docs) == 0 {
		return nil
	}
	n := searchListLen
	if t.db != nil && t.db.searchList > 0 {
		n = t.db.searchList
	}
	docs := t.search.docs
	t.search.docs = nil
	if err := writeSearchDocs(ctx, t, docs, n, true); err != nil {
		return fmt.Errorf("search statistics: %w", err)
	}
	return nil
}

// termState is a search_terms row as a batch reads and changes it.
type termState struct {
	id     int64
	df     int64
	floor  float64
	listed int64
	avg    float64 // the smallest average length its impacts used
	dirty  bool
}

// used records that an impact of the term was computed with average
// length avg.
func (s *termState) used(avg float64) {
	if s.avg == 0 || avg < s.avg {
		s.avg = avg
	}
	s.dirty = true
}

// termUpsert counts documents in search_terms and returns each term's row.
var termUpsert = rowInsert{head: `INSERT INTO search_terms (term, df) VALUES `, cols: 2,
	tail: `ON CONFLICT (term) DO UPDATE SET df = df + excluded.df RETURNING term, id, df, floor, listed, avg`}

// writeSearchDocs writes the statistics of docs (already in fts): document
// frequencies, one search_docs row each, and, when lists is set, their
// places in the impact lists of at most listLen documents per term.
func writeSearchDocs(ctx context.Context, tx execer, docs []searchDoc, listLen int, lists bool) error {
	for i := range docs {
		if docs[i].foreign {
			size, err := ftsDocSize(ctx, tx, docs[i].id)
			if err != nil {
				return err
			}
			docs[i].size = size
		}
	}
	count := map[string]int64{}
	for _, d := range docs {
		for t := range d.terms {
			count[t]++
		}
	}
	terms := make([]string, 0, len(count))
	for t := range count {
		terms = append(terms, t)
	}
	slices.Sort(terms) // neighbouring keys, neighbouring pages
	// One statement per chunk of terms; a new term's id follows the
	// terms' order as one statement per term gave it.
	args := make([]any, 0, 2*len(terms))
	for _, t := range terms {
		args = append(args, t, count[t])
	}
	state := make(map[string]*termState, len(terms))
	if err := termUpsert.query(ctx, tx, args, func(rows *sql.Rows) error {
		var t string
		s := &termState{}
		if err := rows.Scan(&t, &s.id, &s.df, &s.floor, &s.listed, &s.avg); err != nil {
			return err
		}
		state[t] = s
		return nil
	}); err != nil {
		return fmt.Errorf("terms: %w", err)
	}
	if len(state) != len(terms) {
		return fmt.Errorf("terms: %d of %d returned", len(state), len(terms))
	}
	for _, d := range docs {
		if err := putDocTerms(ctx, tx, d, state); err != nil {
			return err
		}
	}
	if !lists {
		return nil
	}
	avg, err := avgSize(ctx, tx, docs)
	if err != nil {
		return err
	}
	// A term that passes listLen documents gets its list, built from every
	// document holding it (this batch's among them).
	built := map[string]bool{}
	for _, t := range terms {
		s := state[t]
		if s.listed == 0 && s.df > int64(listLen) && isASCII(t) {
			if err := buildList(ctx, tx, t, s, listLen, avg); err != nil {
				return err
			}
			built[t] = true
		}
	}
	// Each listed term's offers, in document order.
	offers := map[string][]scored{}
	for _, d := range docs {
		for t, f := range d.terms {
			if s := state[t]; s.listed > 0 && !built[t] {
				offers[t] = append(offers[t], scored{d.id, impact(f.weighted(), d.size, avg)})
			}
		}
	}
	for _, t := range terms {
		if o := offers[t]; len(o) > 0 {
			if err := offer(ctx, tx, state[t], o, avg, listLen); err != nil {
				return fmt.Errorf("impact list of %q: %w", t, err)
			}
		}
	}
	for _, t := range terms {
		if s := state[t]; s.dirty {
			if _, err := tx.ExecContext(ctx, `UPDATE search_terms SET floor = ?, listed = ?, avg = ? WHERE id = ?`,
				s.floor, s.listed, s.avg, s.id); err != nil {
				return fmt.Errorf("term %q: %w", t, err)
			}
		}
	}
	return nil
}

// putDocTerms writes one document's search_docs row.
func putDocTerms(ctx context.Context, tx execer, d searchDoc, state map[string]*termState) error {
	ids := make([]int64, 0, len(d.terms))
	byID := make(map[int64]termFreq, len(d.terms))
	for t, f := range d.terms {
		id := state[t].id
		ids = append(ids, id)
		byID[id] = f
	}
	slices.Sort(ids)
	freqs := make([]termFreq, len(ids))
	for i, id := range ids {
		freqs[i] = byID[id]
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO search_docs (id, terms) VALUES (?, ?)`,
		d.id, encodeDocTerms(d.size, ids, freqs)); err != nil {
		return fmt.Errorf("version %d: %w", d.id, err)
	}
	return nil
}

// scored is a document's impact for one term.
type scored struct {
	doc int64
	imp float64
}

// less orders impact list rows as the list's key does: by impact, then
// document.
func (a scored) less(b scored) bool {
	return a.imp < b.imp || (a.imp == b.imp && a.doc < b.doc)
}

// offer puts each of a batch's documents (in document order) in term s's
// list when it weighs more than every document left out, keeping the list
// to listLen documents by leaving out its lightest, as offering them one by
// one did. It reads the list's lightest rows that may leave (at most one
// per offer), decides in Go, and writes the documents that stay and deletes
// the stored rows that leave: a few statements for the term instead of up
// to three an offer.
func offer(ctx context.Context, tx execer, s *termState, docs []scored, avg float64, listLen int) error {
	var in []scored // offers the floor lets in (it only rises)
	for _, d := range docs {
		if d.imp > s.floor {
			in = append(in, d)
		}
	}
	if len(in) == 0 {
		return nil
	}
	var low []scored // the stored rows that may leave, lightest first
	if out := s.listed + int64(len(in)) - int64(listLen); out > 0 {
		rows, err := tx.QueryContext(ctx, `SELECT doc, impact FROM search_top WHERE term_id = ? ORDER BY impact, doc LIMIT ?`,
			s.id, out)
		if err != nil {
			return err
		}
		for rows.Next() {
			var r scored
			if err := rows.Scan(&r.doc, &r.imp); err != nil {
				rows.Close()
				return err
			}
			low = append(low, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	var added []scored // offers in the list, not kept in order
	left := 0          // low[:left] have left the list
	for _, d := range in {
		if d.imp <= s.floor {
			continue
		}
		s.used(avg)
		added = append(added, d)
		s.listed++
		if s.listed <= int64(listLen) {
			continue
		}
		// The lightest of the list leaves: a stored row or an offer.
		k := 0
		for i := range added {
			if added[i].less(added[k]) {
				k = i
			}
		}
		var gone scored
		if left < len(low) && low[left].less(added[k]) {
			gone = low[left]
			left++
		} else {
			gone = added[k]
			added = append(added[:k], added[k+1:]...)
		}
		s.listed--
		s.floor = max(s.floor, gone.imp)
	}
	rows := make([]any, 0, 3*len(added))
	for _, a := range added {
		rows = append(rows, s.id, a.imp, a.doc)
	}
	if err := topInsert.exec(ctx, tx, rows); err != nil {
		return err
	}
	if left > 0 { // the stored rows up to the heaviest that left
		last := low[left-1]
		if _, err := tx.ExecContext(ctx, `DELETE FROM search_top WHERE term_id = ? AND (impact, doc) <= (?, ?)`,
			s.id, last.imp, last.doc); err != nil {
			return err
		}
	}
	return nil
}

// topInsert writes rows of impact lists.
var topInsert = rowInsert{head: `INSERT OR IGNORE INTO search_top (term_id, impact, doc) VALUES `, cols: 3}

// buildList makes the impact list of term t from every document holding it.
func buildList(ctx context.Context, tx execer, t string, s *termState, listLen int, avg float64) error {
	ids, err := int64s(ctx, tx, `SELECT rowid FROM fts WHERE fts MATCH ?`, `"`+t+`"`)
	if err != nil {
		return fmt.Errorf("impact list of %q: %w", t, err)
	}
	var all []scored
	err = eachDocTerms(ctx, tx, ids, func(doc int64, b []byte) error {
		var f termFreq
		var found bool
		size, err := docTerms(b, func(id int64, tf termFreq) bool {
			if id >= s.id {
				f, found = tf, id == s.id
				return false
			}
			return true
		})
		if err != nil {
			return err
		}
		if found {
			all = append(all, scored{doc, impact(f.weighted(), size, avg)})
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("impact list of %q: %w", t, err)
	}
	slices.SortFunc(all, func(a, b scored) int {
		if a.imp != b.imp {
			if a.imp > b.imp {
				return -1
			}
			return 1
		}
		return int(a.doc - b.doc)
	})
	rows := make([]any, 0, 3*min(len(all), listLen))
	for i, sc := range all {
		if i >= listLen {
			s.floor = max(s.floor, sc.imp)
			continue
		}
		rows = append(rows, s.id, sc.imp, sc.doc)
		s.listed++
	}
	if err := topInsert.exec(ctx, tx, rows); err != nil {
		return fmt.Errorf("impact list of %q: %w", t, err)
	}
	s.used(avg)
	return nil
}

// eachDocTerms calls fn with the search_docs blob of each of the documents
// ids that has one.
func eachDocTerms(ctx context.Context, q execer, ids []int64, fn func(doc int64, b []byte) error) error {
	const chunk = 4096
	for len(ids) > 0 {
		n := min(chunk, len(ids))
		arr := jsonInts(ids[:n])
		ids = ids[n:]
		rows, err := q.QueryContext(ctx, `SELECT id, terms FROM search_docs WHERE id IN (SELECT value FROM json_each(?))`, arr)
		if err != nil {
			return err
		}
		if err := scanDocTerms(rows, fn); err != nil {
			return err
		}
	}
	return nil
}

// scanDocTerms calls fn with each row of search_docs' id and terms in rows,
// and closes them.
func scanDocTerms(rows *sql.Rows, fn func(doc int64, b []byte) error) error {
	defer rows.Close()
	for rows.Next() {
		var doc int64
		var b []byte
		if err := rows.Scan(&doc, &b); err != nil {
			return err
		}
		if err := fn(doc, b); err != nil {
			return err
		}
	}
	return rows.Err()
}

// jsonInts writes ids as a JSON array, for json_each.
func jsonInts(ids []int64) string {
	b := make([]byte, 0, 8*len(ids)+2)
	b = append(b, '[')
	for i, id := range ids {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, id, 10)
	}
	return string(append(b, ']'))
}

func int64s(ctx context.Context, q execer, query string, args ...any) ([]int64, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var v int64
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// avgSize is the corpus's average document size for impacts: FTS5's own
// totals (written when a transaction commits, so a batch behind), or the
// batch's when the index was empty.
func avgSize(ctx context.Context, tx execer, docs []searchDoc) (float64, error) {
	rows, tokens, err := ftsTotals(ctx, tx)
	if err != nil {
		return 0, err
	}
	if rows == 0 {
		for _, d := range docs {
			rows++
			tokens += int64(d.size)
		}
	}
	if rows == 0 || tokens == 0 {
		return 1, nil
	}
	return float64(tokens) / float64(rows), nil
}

// ftsTotals reads FTS5's count of rows and of tokens in all columns, the
// figures bm25() reads (its averages record, rowid 1 of fts_data: SQLite
// varints, the row count and then each column's total).
func ftsTotals(ctx context.Context, q execer) (rows, tokens int64, err error) {
	var b []byte
	err = q.QueryRowContext(ctx, `SELECT block FROM fts_data WHERE id = 1`).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, 0, nil
	}
	if err != nil {
		return 0, 0, fmt.Errorf("full-text totals: %w", err)
	}
	v, n := sqliteVarint(b)
	if n == 0 {
		return 0, 0, nil // an empty index writes an empty record
	}
	rows = int64(v)
	for b = b[n:]; len(b) > 0; b = b[n:] {
		if v, n = sqliteVarint(b); n == 0 {
			return 0, 0, errors.New("full-text totals: bad record")
		}
		tokens += int64(v)
	}
	return rows, tokens, nil
}

// ftsDocSize reads the tokens FTS5 counted in a row's title and body (its
// fts_docsize record: a varint per column, then with contentless_delete
// the row's origin).
func ftsDocSize(ctx context.Context, q execer, id int64) (int, error) {
	var b []byte
	if err := q.QueryRowContext(ctx, `SELECT sz FROM fts_docsize WHERE id = ?`, id).Scan(&b); err != nil {
		return 0, fmt.Errorf("full-text size of version %d: %w", id, err)
	}
	size := 0
	for col := 0; col < 2; col++ {
		v, n := sqliteVarint(b)
		if n == 0 {
			return 0, fmt.Errorf("full-text size of version %d: bad record", id)
		}
		size += int(v)
		b = b[n:]
	}
	return size, nil
}

// sqliteVarint decodes one of SQLite's big-endian varints (FTS5's
// sqlite3Fts5GetVarint): seven bits a byte while the high bit is set, the
// ninth byte whole. n is 0 when b ends first.
func sqliteVarint(b []byte) (v uint64, n int) {
	for i := 0; i < len(b) && i < 9; i++ {
		if i == 8 {
			return v<<8 | uint64(b[i]), 9
		}
		v = v<<7 | uint64(b[i]&0x7f)
		if b[i]&0x80 == 0 {
			return v, i + 1
		}
	}
	return 0, 0
}

// searchRemove takes a version's statistics out as it leaves the full-text
// index: its terms' document frequencies, its places in impact lists (a
// list one short keeps its floor: the documents left out still weigh no
// more), its search_docs row.
func searchRemove(ctx context.Context, tx execer, vid int64) error {
	if st, ok := tx.(*stmtTx); ok {
		if !st.keepsSearch() {
			return nil
		}
		// the version may be one of this transaction's own
		if err := st.flushSearch(ctx); err != nil {
			return err
		}
	}
	var b []byte
	err := tx.QueryRowContext(ctx, `SELECT terms FROM search_docs WHERE id = ?`, vid).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("search statistics of version %d: %w", vid, err)
	}
	var ids []int64
	if _, err := docTerms(b, func(id int64, _ termFreq) bool { ids = append(ids, id); return true }); err != nil {
		return err
	}
	for _, id := range ids {
		var listed int64
		if err := tx.QueryRowContext(ctx, `UPDATE search_terms SET df = df - 1 WHERE id = ? RETURNING listed`, id).
			Scan(&listed); err != nil {
			return fmt.Errorf("search statistics of version %d: %w", vid, err)
		}
		if listed == 0 {
			continue
		}
		r, err := tx.ExecContext(ctx, `DELETE FROM search_top WHERE term_id = ? AND doc = ?`, id, vid)
		if err != nil {
			return fmt.Errorf("search statistics of version %d: %w", vid, err)
		}
		if n, _ := r.RowsAffected(); n > 0 {
			if _, err := tx.ExecContext(ctx, `UPDATE search_terms SET listed = listed - ? WHERE id = ?`, n, id); err != nil {
				return fmt.Errorf("search statistics of version %d: %w", vid, err)
			}
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM search_docs WHERE id = ?`, vid); err != nil {
		return fmt.Errorf("search statistics of version %d: %w", vid, err)
	}
	return nil
}

// checkSearchStats verifies that the statistics hold one search_docs row
// for each current version and no other (Check). (FTS5's own row count is
// no check: with contentless_delete, a row deleted stays counted in it, and
// in bm25's N.)
func (s *DB) checkSearchStats(ctx context.Context) error {
	if s.schema < searchStatsSchema {
		return nil
	}
	var docs, current, both int64
	if err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM search_docs),
		(SELECT count(*) FROM versions WHERE current = 1),
		(SELECT count(*) FROM versions v WHERE v.current = 1 AND EXISTS (SELECT 1 FROM search_docs d WHERE d.id = v.id))`).
		Scan(&docs, &current, &both); err != nil {
		return fmt.Errorf("search statistics: %w", err)
	}
	if docs != current || both != current {
		return fmt.Errorf("search statistics: %d documents, %d of the %d current versions", docs, both, current)
	}
	return nil
}
