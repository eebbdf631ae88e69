package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"kronik/internal/record"
	"kronik/internal/store"
	"kronik/internal/text"
)

// Records calls fn with the record of every current version, with cluster ids
// and independent-source counts from the store.
func (s *DB) Records(ctx context.Context, fn func(record.Record) error) error {
	ids, err := s.currentIDs(ctx)
	if err != nil {
		return err
	}
	for _, vid := range ids {
		rec, err := s.recordOf(ctx, vid)
		if err != nil {
			return err
		}
		if err := fn(rec); err != nil {
			return err
		}
	}
	return nil
}

// Record returns the record of the current version with this hash.
func (s *DB) Record(ctx context.Context, hash string) (record.Record, error) {
	var vid int64
	err := s.db.QueryRowContext(ctx, `SELECT id FROM versions WHERE hash = ? AND current = 1`, hash).Scan(&vid)
	if errors.Is(err, sql.ErrNoRows) {
		return record.Record{}, fmt.Errorf("document %s: %w", hash, store.ErrNotFound)
	}
	if err != nil {
		return record.Record{}, fmt.Errorf("document %s: %w", hash, err)
	}
	return s.recordOf(ctx, vid)
}

// recordOf reads one version's record with its text, near-duplicate, and
// the cluster ids and source counts of its events.
func (s *DB) recordOf(ctx context.Context, vid int64) (record.Record, error) {
	var recJSON, body, near string
	err := s.db.QueryRowContext(ctx, `SELECT v.record, v.text, coalesce(n.name, '') FROM versions v
		LEFT JOIN versions n ON n.id = v.near_dup_of WHERE v.id = ?`, vid).Scan(&recJSON, &body, &near)
	if err != nil {
		return record.Record{}, fmt.Errorf("read version %d: %w", vid, err)
	}
	rec, err := store.DecodeRecord([]byte(recJSON))
	if err != nil {
		return rec, err
	}
	rec.Text = body
	rec.DuplicateOf = near
	rows, err := s.db.QueryContext(ctx, `SELECT e.idx, e.cluster_id, c.sources FROM events e
		JOIN clusters c ON c.id = e.cluster_id WHERE e.version_id = ?`, vid)
	if err != nil {
		return rec, fmt.Errorf("read events of version %d: %w", vid, err)
	}
	defer rows.Close()
	for rows.Next() {
		var idx, n int
		var cid string
		if err := rows.Scan(&idx, &cid, &n); err != nil {
			return rec, err
		}
		if idx < len(rec.Events) {
			rec.Events[idx].Cluster, rec.Events[idx].Sources = cid, n
		}
	}
	return rec, rows.Err()
}

func (s *DB) currentIDs(ctx context.Context) ([]int64, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM versions WHERE current = 1 ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("list versions: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// matchExpr turns query terms into an FTS5 MATCH expression: every query word
// must occur, in any of its stemmed forms. Terms are letters and digits only
// (store.Terms), so quoting them is safe.
func matchExpr(terms [][]string) string {
	var parts []string
	for _, alts := range terms {
		q := make([]string, len(alts))
		for i, a := range alts {
			q[i] = `"` + a + `"`
		}
		parts = append(parts, "("+strings.Join(q, " OR ")+")")
	}
	return strings.Join(parts, " AND ")
}

// Search runs a full-text query: bm25 over the stemmed title (weighted 3) and
// body, best first. SQLite's bm25() is lower for better matches, so the score
// reported is its negation.
//
// Unless All is set, the search is ranked in Go over the statistics the
// writer keeps (rankSearch), with the scores bm25() would give; a query
// those statistics cannot answer (a word outside ASCII) ranks the newest
// store.SearchCandidates matches with bm25() instead.
func (s *DB) Search(ctx context.Context, q store.SearchQuery) ([]store.Hit, error) {
	terms := store.Terms(q.Lang, q.Text)
	if len(terms) == 0 {
		return nil, fmt.Errorf("search %q: no words to search for", q.Text)
	}
	where, args, none, err := s.searchFilters(ctx, q)
	if err != nil || none {
		return nil, err
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	if !q.All && s.schema >= searchStatsSchema {
		ranked, ok, err := s.rankSearch(ctx, terms, where, args, limit)
		if err != nil {
			return nil, fmt.Errorf("search %q: %w", q.Text, err)
		}
		if ok {
			return s.hits(ctx, q, terms, ranked.hits)
		}
	}
	where = append([]string{`fts MATCH ?`}, where...)
	args = append([]any{matchExpr(terms)}, args...)
	// Without All, only the newest store.SearchCandidates matches are ranked:
	// FTS5 walks a term's document list in rowid (version id) order, so
	// the inner query stops after that many, and bm25 is computed for those
	// alone.
	//
	// The filters read versions_ref, which holds every filtered column,
	// rather than the version rows (a page each, with the source bytes and
	// text); the text is read for the results alone, once they are ranked.
	matches := `SELECT fts.rowid AS id, bm25(fts, 3.0, 1.0) AS rank
		FROM fts JOIN versions v INDEXED BY versions_ref ON v.id = fts.rowid WHERE ` + strings.Join(where, " AND ")
	if !q.All {
		matches += ` ORDER BY fts.rowid DESC LIMIT ?`
		args = append(args, store.SearchCandidates)
	}
	sq := `SELECT ` + store.DocRefColumns + `, v.text, r.rank FROM (SELECT id, rank FROM (` + matches + `) ORDER BY rank, id LIMIT ?) r
		JOIN versions v ON v.id = r.id ORDER BY r.rank, r.id`
	args = append(args, limit)
	rows, err := s.db.QueryContext(ctx, sq, args...)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	defer rows.Close()
	var out []store.Hit
	for rows.Next() {
		var h store.Hit
		var body string
		var rank float64
		if err := rows.Scan(append(h.DocRef.ScanArgs(), &body, &rank)...); err != nil {
			return nil, err
		}
		h.Score = -rank
		h.Snippet = store.Snippet(h.Lang, body, terms)
		out = append(out, h)
	}
	return out, rows.Err()
}

// searchFilters returns a search's conditions on its documents (versions
// v): current, and the query's filters. none is set when the filters
// cannot match (an entity nothing stands for).
func (s *DB) searchFilters(ctx context.Context, q store.SearchQuery) (where []string, args []any, none bool, err error) {
	where = []string{`v.current = 1`}
	if q.Lang != "" {
		where = append(where, `v.lang = ?`)
		args = append(args, q.Lang)
	}
	if q.Outlet != "" {
		where = append(where, `lower(v.outlet) = lower(?)`)
		args = append(args, q.Outlet)
	}
	if q.From != "" {
		where = append(where, `v.published <> '' AND substr(v.published, 1, ?) >= ?`)
		args = append(args, len(q.From), q.From)
	}
	if q.To != "" {
		where = append(where, `v.published <> '' AND substr(v.published, 1, ?) <= ?`)
		args = append(args, len(q.To), q.To)
	}
	if q.Entity != "" {
		ids, err := s.resolve(ctx, q.Entity)
		if err != nil {
			return nil, nil, false, err
		}
		if len(ids) == 0 {
			return nil, nil, true, nil
		}
		where = append(where, `v.id IN (SELECT version_id FROM entity_docs WHERE entity_id IN (`+placeholders(len(ids))+`))`)
		for _, id := range ids {
			args = append(args, id)
		}
	}
	return where, args, false, nil
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// resolve returns the entity ids a name stands for.
func (s *DB) resolve(ctx context.Context, name string) ([]string, error) {
	return store.ResolveIDs(ctx, s, name)
}

// FindEntities finds entities by id, canonical name or alias seen.
func (s *DB) FindEntities(ctx context.Context, name string) ([]store.EntityRef, error) {
	n := text.Normalize(name)
	rows, err := s.db.QueryContext(ctx, `SELECT e.id, e.type, e.name, coalesce(c.mentions, 0) AS m
		FROM entities e LEFT JOIN entity_counts c ON c.entity_id = e.id
		WHERE e.id = ? OR e.norm = ? OR e.id IN (SELECT entity_id FROM alias_names WHERE norm = ? AND n > 0)
		ORDER BY m DESC, e.id`, name, n, n)
	if err != nil {
		return nil, fmt.Errorf("find entity %q: %w", name, err)
	}
	defer rows.Close()
	var out []store.EntityRef
	for rows.Next() {
		var r store.EntityRef
		if err := rows.Scan(&r.ID, &r.Type, &r.Name, &r.Mentions); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Entity returns the profile of one entity.
func (s *DB) Entity(ctx context.Context, id string) (store.EntityProfile, error) {
	var p store.EntityProfile
	err := s.db.QueryRowContext(ctx, `SELECT e.id, e.type, e.name, e.code, e.wikidata, e.country,
		coalesce(c.mentions, 0), coalesce(c.docs, 0)
		FROM entities e LEFT JOIN entity_counts c ON c.entity_id = e.id WHERE e.id = ?`, id).
		Scan(&p.ID, &p.Type, &p.Name, &p.Code, &p.Wikidata, &p.Country, &p.Mentions, &p.Documents)
	if errors.Is(err, sql.ErrNoRows) {
		return p, fmt.Errorf("entity %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return p, fmt.Errorf("entity %s: %w", id, err)
	}
	p.Aliases, p.Roles, p.With = []store.Alias{}, []store.RoleSeen{}, []store.CoEntity{}
	// Aliases, roles and the entities named with it come from its latest
	// store.ProfileDocs documents.
	recent, rargs, err := s.recentDocs(ctx, []string{id}, store.ProfileDocs)
	if err != nil {
		return p, fmt.Errorf("entity %s: %w", id, err)
	}
	// Aliases and roles are looked up by those documents (INDEXED BY
	// their version index): SQLite would otherwise read every alias row of
	// the entity, one per document naming it, to keep the few recent ones.
	rows, err := s.db.QueryContext(ctx, `SELECT alias, lang, sum(count) AS n FROM aliases INDEXED BY aliases_version
		WHERE entity_id = ? AND version_id IN (`+recent+`) GROUP BY alias, lang ORDER BY n DESC, alias`, append([]any{id}, rargs...)...)
	if err != nil {
		return p, fmt.Errorf("entity %s aliases: %w", id, err)
	}
	for rows.Next() {
		var a store.Alias
		if err := rows.Scan(&a.Text, &a.Lang, &a.Count); err != nil {
			rows.Close()
			return p, err
		}
		p.Aliases = append(p.Aliases, a)
	}
	rows.Close()
	rows, err = s.db.QueryContext(ctx, `SELECT r.title, r.of, `+store.DocRefColumns+` FROM roles r INDEXED BY roles_version
		JOIN versions v INDEXED BY versions_ref ON v.id = r.version_id WHERE r.entity_id = ?
		AND r.version_id IN (`+recent+`) ORDER BY v.published, v.id, r.rowid`, append([]any{id}, rargs...)...)
	if err != nil {
		return p, fmt.Errorf("entity %s roles: %w", id, err)
	}
	for rows.Next() {
		var r store.RoleSeen
		if err := rows.Scan(append([]any{&r.Title, &r.Of}, r.Source.ScanArgs()...)...); err != nil {
			rows.Close()
			return p, err
		}
		r.Date = r.Source.Published
		p.Roles = append(p.Roles, r)
	}
	rows.Close()
	rows, err = s.db.QueryContext(ctx, `SELECT e.id, e.type, e.name, count(*) AS docs, sum(d2.mentions)
		FROM entity_docs d1 JOIN entity_docs d2 ON d2.version_id = d1.version_id AND d2.entity_id <> d1.entity_id
		JOIN entities e ON e.id = d2.entity_id
		WHERE d1.entity_id = ? AND d1.version_id IN (`+recent+`)
		GROUP BY e.id ORDER BY docs DESC, sum(d2.mentions) DESC, e.id LIMIT 10`, append([]any{id}, rargs...)...)
	if err != nil {
		return p, fmt.Errorf("entity %s co-occurrence: %w", id, err)
	}
	for rows.Next() {
		var c store.CoEntity
		if err := rows.Scan(&c.ID, &c.Type, &c.Name, &c.Documents, &c.Mentions); err != nil {
			rows.Close()
			return p, err
		}
		p.With = append(p.With, c)
	}
	rows.Close()
	return p, rows.Err()
}

// docsWith is a sub-select of the current versions naming every one of ids.
func docsWith(ids []string) (string, []any) {
	q := `SELECT id FROM versions WHERE current = 1`
	var args []any
	for _, id := range ids {
		q += ` AND id IN (SELECT version_id FROM entity_docs WHERE entity_id = ?)`
		args = append(args, id)
	}
	return q, args
}

// recentDocs is a sub-select of the n most recently stored current versions
// naming every one of ids (n > 0): the list recentIDs finds, as a JSON
// argument.
func (s *DB) recentDocs(ctx context.Context, ids []string, n int) (string, []any, error) {
	vids, err := s.recentIDs(ctx, ids, n)
	if err != nil {
		return "", nil, err
	}
	if vids == nil {
		vids = []int64{} // "[]", not "null", which json_each reads as one value
	}
	js, err := json.Marshal(vids)
	if err != nil {
		return "", nil, err
	}
	return `SELECT value FROM json_each(?)`, []any{string(js)}, nil
}

// recentChunk is the first number of versions read of the rarest id's
// documents, per version wanted, when other ids must be named too; each
// further round reads twice as many, up to maxRecentChunk, so that a rare
// pair takes a few rounds rather than many.
const (
	recentChunk    = 2
	maxRecentChunk = 8192
)

// recentIDs returns the n most recently stored current versions naming
// every one of ids, newest first. It reads the rarest id's documents
// (entity_docs_entity) newest first, a chunk at a time, and keeps those that
// name the other ids, which it learns per chunk with one query each: the
// other id's documents in the chunk's span read in index order when they are
// few, else a look-up of the chunk's versions in that id's run of the index.
// Either reads the pages of the index the chunk falls on, mostly in order,
// where probing each version in turn reads a page of its own once the store
// outgrows the cache (a dossier of two states walks thousands of versions
// for its 200 documents).
func (s *DB) recentIDs(ctx context.Context, ids []string, n int) ([]int64, error) {
	if len(ids) == 0 {
		return s.int64s(ctx, `SELECT id AS x FROM versions INDEXED BY versions_ref WHERE current = 1 ORDER BY id DESC LIMIT ?`, n)
	}
	type party struct {
		id   string
		docs int64
	}
	var ps []party
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		d, err := s.docCount(ctx, []string{id})
		if err != nil {
			return nil, err
		}
		ps = append(ps, party{id, d})
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].docs < ps[j].docs })
	var span int64 // versions stored, to estimate how many of an id's documents a range holds
	if len(ps) > 1 {
		if err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM versions`).Scan(&span); err != nil {
			return nil, fmt.Errorf("documents of %s: %w", ps[0].id, err)
		}
	}
	var out []int64
	below := int64(math.MaxInt64)
	chunk := n // one id: every document of it that is current is wanted
	if len(ps) > 1 {
		chunk = min(n*recentChunk, maxRecentChunk)
	}
	for len(out) < n {
		cand, err := s.int64s(ctx, `SELECT version_id AS x FROM entity_docs INDEXED BY entity_docs_entity
			WHERE entity_id = ? AND version_id < ? ORDER BY version_id DESC LIMIT ?`, ps[0].id, below, chunk)
		if err != nil {
			return nil, fmt.Errorf("documents of %s: %w", ps[0].id, err)
		}
		if len(cand) == 0 {
			break
		}
		last := len(cand) < chunk
		below = cand[len(cand)-1]
		for _, p := range ps[1:] {
			if len(cand) == 0 {
				break
			}
			lo, hi := cand[len(cand)-1], cand[0]
			// Reading the range costs a row per document of p in the span
			// (estimated from its share of all versions), a look-up a
			// descent of the index per candidate, which costs a few rows.
			var has []int64
			if span > 0 && p.docs*(hi-lo+1)/span <= int64(4*len(cand)) {
				has, err = s.int64s(ctx, `SELECT version_id AS x FROM entity_docs INDEXED BY entity_docs_entity
					WHERE entity_id = ? AND version_id BETWEEN ? AND ?`, p.id, lo, hi)
			} else {
				js, _ := json.Marshal(cand)
				has, err = s.int64s(ctx, `SELECT version_id AS x FROM entity_docs INDEXED BY entity_docs_entity
					WHERE entity_id = ? AND version_id IN (SELECT value FROM json_each(?))`, p.id, string(js))
			}
			if err != nil {
				return nil, fmt.Errorf("documents of %s: %w", p.id, err)
			}
			cand = keep(cand, has)
		}
		if len(cand) > 0 {
			js, _ := json.Marshal(cand)
			cur, err := s.int64s(ctx, `SELECT id AS x FROM versions INDEXED BY versions_ref
				WHERE id IN (SELECT value FROM json_each(?)) AND current = 1`, string(js))
			if err != nil {
				return nil, fmt.Errorf("current versions: %w", err)
			}
			cand = keep(cand, cur)
		}
		out = append(out, cand[:min(len(cand), n-len(out))]...)
		if last {
			break
		}
		chunk = min(chunk*2, maxRecentChunk)
	}
	return out, nil
}

// keep returns the members of xs that are in ys, in the order of xs.
func keep(xs, ys []int64) []int64 {
	in := make(map[int64]bool, len(ys))
	for _, y := range ys {
		in[y] = true
	}
	out := xs[:0:0]
	for _, x := range xs {
		if in[x] {
			out = append(out, x)
		}
	}
	return out
}

// int64s runs a query of one integer column named x and returns its values
// largest first. The rows come back as one string, since a row read through
// database/sql costs several times what SQLite spends finding it.
func (s *DB) int64s(ctx context.Context, q string, args ...any) ([]int64, error) {
	var list string
	err := s.db.QueryRowContext(ctx, `SELECT coalesce(group_concat(x), '') FROM (`+q+`)`, args...).Scan(&list)
	if err != nil {
		return nil, err
	}
	out := make([]int64, 0, strings.Count(list, ",")+1)
	for f := range strings.SplitSeq(list, ",") {
		if f == "" {
			continue
		}
		v, err := strconv.ParseInt(f, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("read ids: %w", err)
		}
		out = append(out, v)
	}
	slices.SortFunc(out, func(a, b int64) int { return cmp.Compare(b, a) })
	return out, nil
}

// Figures returns the figures reported in documents naming all f.Entities.
func (s *DB) Figures(ctx context.Context, f store.FigureFilter) ([]store.Figure, error) {
	sub, args, err := s.docSet(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("figures: %w", err)
	}
	return s.figuresIn(ctx, sub, args, f.Kinds)
}

// Reports returns the figures and status phrases of the documents naming
// all f.Entities (the f.Docs newest of them, when f.Docs > 0), which it
// looks up once for both.
func (s *DB) Reports(ctx context.Context, f store.FigureFilter) ([]store.Figure, []store.StatusPhrase, error) {
	sub, args, err := s.docSet(ctx, f)
	if err != nil {
		return nil, nil, fmt.Errorf("reports: %w", err)
	}
	figs, err := s.figuresIn(ctx, sub, args, f.Kinds)
	if err != nil {
		return nil, nil, err
	}
	sts, err := s.statusesIn(ctx, sub, args)
	if err != nil {
		return nil, nil, err
	}
	return figs, sts, nil
}

// docSet is a sub-select of the documents f reads: those naming all
// f.Entities, or the f.Docs newest of them.
func (s *DB) docSet(ctx context.Context, f store.FigureFilter) (string, []any, error) {
	if f.Docs > 0 {
		return s.recentDocs(ctx, f.Entities, f.Docs)
	}
	sub, args := docsWith(f.Entities)
	return sub, args, nil
}

// figuresIn returns the figures of these kinds (money and percent when
// none) in the documents of the sub-select sub.
func (s *DB) figuresIn(ctx context.Context, sub string, subArgs []any, kinds []string) ([]store.Figure, error) {
	if len(kinds) == 0 {
		kinds = []string{"money", "percent"}
	}
	args := append([]any{}, subArgs...)
	for _, k := range kinds {
		args = append(args, k)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT q.kind, q.value, q.unit, q.text, q.start, q.end, q.measures,
		q.approx, q.change, q.sentence, q.period, `+store.DocRefColumns+` FROM quantities q JOIN versions v INDEXED BY versions_ref ON v.id = q.version_id
		WHERE q.version_id IN (`+sub+`) AND q.kind IN (`+placeholders(len(kinds))+`)
		ORDER BY v.published, v.id, q.start`, args...)
	if err != nil {
		return nil, fmt.Errorf("figures: %w", err)
	}
	defer rows.Close()
	var out []store.Figure
	for rows.Next() {
		var g store.Figure
		if err := rows.Scan(append([]any{&g.Kind, &g.Value, &g.Unit, &g.Text, &g.Start, &g.End, &g.Measures,
			&g.Approx, &g.Change, &g.Sentence, &g.Period}, g.Source.ScanArgs()...)...); err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, rows.Err()
}

// statusesIn returns the status phrases of the documents of the sub-select
// sub: dated ones in time order, undated ones last.
func (s *DB) statusesIn(ctx context.Context, sub string, args []any) ([]store.StatusPhrase, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT st.phrase, st.date, st.sentence, `+store.DocRefColumns+` FROM statuses st
		JOIN versions v INDEXED BY versions_ref ON v.id = st.version_id WHERE st.version_id IN (`+sub+`) ORDER BY st.date, v.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("status phrases: %w", err)
	}
	defer rows.Close()
	var out []store.StatusPhrase
	for rows.Next() {
		var p store.StatusPhrase
		if err := rows.Scan(append([]any{&p.Phrase, &p.Date, &p.Sentence}, p.Source.ScanArgs()...)...); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sort.SliceStable(out, func(i, j int) bool {
		if (out[i].Date == "") != (out[j].Date == "") {
			return out[j].Date == ""
		}
		return out[i].Date < out[j].Date
	})
	return out, nil
}
