package postgres

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"kronik/internal/record"
	"kronik/internal/store"
	"kronik/internal/text"
)

// Records calls fn with the record of every current version, oldest first
// (in the order they were clustered, versions.seq: with writers side by
// side, not always the order of their ids), with cluster ids and
// independent-source counts from the store.
func (s *DB) Records(ctx context.Context, fn func(record.Record) error) error {
	rows, err := s.pool.Query(ctx, `SELECT id FROM versions WHERE current ORDER BY seq, id`)
	if err != nil {
		return fmt.Errorf("list versions: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return fmt.Errorf("list versions: %w", err)
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
	err := s.pool.QueryRow(ctx, `SELECT id FROM versions WHERE hash = $1 AND current`, hash).Scan(&vid)
	if errors.Is(err, pgx.ErrNoRows) {
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
	var recJSON []byte
	var body, near string
	err := s.pool.QueryRow(ctx, `SELECT v.record, v.text, coalesce(n.name, '') FROM versions v
		LEFT JOIN versions n ON n.id = v.near_dup_of WHERE v.id = $1`, vid).Scan(&recJSON, &body, &near)
	if err != nil {
		return record.Record{}, fmt.Errorf("read version %d: %w", vid, err)
	}
	rec, err := store.DecodeRecord(recJSON)
	if err != nil {
		return rec, err
	}
	rec.Text, rec.DuplicateOf = body, near
	rows, err := s.pool.Query(ctx, `SELECT e.idx, e.cluster_id, c.sources FROM events e
		JOIN clusters c ON c.id = e.cluster_id WHERE e.version_id = $1`, vid)
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

// tsQuery turns query terms into a tsquery: every query word must occur, in
// any of its stemmed forms. Terms are letters and digits only (store.Terms),
// so they need no quoting.
func tsQuery(terms [][]string) string {
	parts := make([]string, len(terms))
	for i, alts := range terms {
		parts[i] = "(" + strings.Join(alts, " | ") + ")"
	}
	return strings.Join(parts, " & ")
}

// Search runs a full-text query over the stemmed title (weight A) and body
// (weight D), best first. The score is ts_rank_cd normalised by document
// length (normalisation 1|32: divided by one plus the log of the length,
// then scaled into (0, 1)), higher is better. Without q.All only the
// store.SearchCandidates most recently stored matches are ranked, so a
// frequent word costs the same however many documents hold it.
func (s *DB) Search(ctx context.Context, q store.SearchQuery) ([]store.Hit, error) {
	terms := store.Terms(q.Lang, q.Text)
	if len(terms) == 0 {
		return nil, fmt.Errorf("search %q: no words to search for", q.Text)
	}
	args := []any{tsQuery(terms)}
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	where := []string{`v.current`, `v.search @@ to_tsquery('simple', $1)`}
	if q.Lang != "" {
		where = append(where, `v.lang = `+arg(q.Lang))
	}
	if q.Outlet != "" {
		where = append(where, `lower(v.outlet) = lower(`+arg(q.Outlet)+`)`)
	}
	if q.From != "" {
		where = append(where, `v.published <> '' AND substr(v.published, 1, `+arg(len(q.From))+`) >= `+arg(q.From))
	}
	if q.To != "" {
		where = append(where, `v.published <> '' AND substr(v.published, 1, `+arg(len(q.To))+`) <= `+arg(q.To))
	}
	if q.Entity != "" {
		ids, err := store.ResolveIDs(ctx, s, q.Entity)
		if err != nil {
			return nil, err
		}
		if len(ids) == 0 {
			return nil, nil
		}
		where = append(where, `v.id IN (SELECT version_id FROM entity_docs WHERE entity_id = ANY(`+arg(ids)+`))`)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	matches := `SELECT v.id, v.search FROM versions v WHERE ` + strings.Join(where, " AND ")
	byIndex := false
	if !q.All {
		var err error
		if byIndex, err = s.matchesByIndex(ctx, strings.Join(where, " AND "), args); err != nil {
			return nil, fmt.Errorf("search %q: %w", q.Text, err)
		}
		matches += ` ORDER BY v.id DESC LIMIT ` + arg(store.SearchCandidates)
	}
	// Weights D, C, B, A: the title counts three times the body, as in the
	// SQLite backend's bm25.
	sq := `SELECT ` + store.DocRefColumns + `, v.text, r.rank FROM (
			SELECT m.id, ts_rank(m.search, to_tsquery('simple', $1), 1|32) * 1e6 AS rank FROM (` + matches + `) m
			ORDER BY rank DESC, m.id LIMIT ` + arg(limit) + `) r
		JOIN versions v ON v.id = r.id ORDER BY r.rank DESC, r.id`
	sq = strings.Replace(sq, "ts_rank(m.search", "ts_rank('{0.1, 0.2, 0.3, 0.3}', m.search", 1)
	var out []store.Hit
	collect := func(rows pgx.Rows) error {
		for rows.Next() {
			var h store.Hit
			var body string
			if err := rows.Scan(append(h.DocRef.ScanArgs(), &body, &h.Score)...); err != nil {
				return err
			}
			h.Snippet = store.Snippet(h.Lang, body, terms)
			out = append(out, h)
		}
		return rows.Err()
	}
	// Planned for its words each time (pgx would otherwise prepare the
	// statement, and PostgreSQL plan it once for any words after five runs):
	// the number of matches decides the plan.
	args = append([]any{pgx.QueryExecModeExec}, args...)
	var err error
	if byIndex {
		err = s.queryByIndex(ctx, sq, args, collect)
	} else {
		var rows pgx.Rows
		if rows, err = s.pool.Query(ctx, sq, args...); err == nil {
			defer rows.Close()
			err = collect(rows)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	return out, nil
}

// FindEntities finds entities by id, canonical name or alias seen, most
// mentioned first.
func (s *DB) FindEntities(ctx context.Context, name string) ([]store.EntityRef, error) {
	n := text.Normalize(name)
	// The entities an alias was seen for are skipped to one at a time along
	// aliases_norm_entity; the mentions are entity_counts' (migration 007).
	rows, err := s.pool.Query(ctx, `WITH RECURSIVE a(id) AS (
			(SELECT entity_id FROM aliases WHERE norm = $2 ORDER BY entity_id LIMIT 1)
			UNION ALL
			SELECT (SELECT entity_id FROM aliases WHERE norm = $2 AND entity_id > a.id ORDER BY entity_id LIMIT 1)
			FROM a WHERE a.id IS NOT NULL)
		SELECT e.id, e.type, e.name,
			coalesce((SELECT sum(mentions) FROM entity_counts c WHERE c.entity_id = e.id), 0) AS m
		FROM entities e WHERE e.id IN (
			SELECT $1 UNION SELECT id FROM entities WHERE norm = $2 UNION SELECT id FROM a WHERE id IS NOT NULL)
		ORDER BY m DESC, e.id`, name, n)
	if err != nil {
		return nil, fmt.Errorf("find entity %q: %w", name, err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.EntityRef, error) {
		var e store.EntityRef
		err := r.Scan(&e.ID, &e.Type, &e.Name, &e.Mentions)
		return e, err
	})
	if err != nil {
		return nil, fmt.Errorf("find entity %q: %w", name, err)
	}
	return out, nil
}

// Entity returns the profile of one entity; its aliases, roles and the
// entities named with it come from its latest store.ProfileDocs documents.
func (s *DB) Entity(ctx context.Context, id string) (store.EntityProfile, error) {
	var p store.EntityProfile
	err := s.pool.QueryRow(ctx, `SELECT e.id, e.type, e.name, e.code, e.wikidata, e.country,
		coalesce(sum(c.mentions), 0), coalesce(sum(c.docs), 0)
		FROM entities e LEFT JOIN entity_counts c ON c.entity_id = e.id WHERE e.id = $1 GROUP BY e.id`, id).
		Scan(&p.ID, &p.Type, &p.Name, &p.Code, &p.Wikidata, &p.Country, &p.Mentions, &p.Documents)
	if errors.Is(err, pgx.ErrNoRows) {
		return p, fmt.Errorf("entity %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return p, fmt.Errorf("entity %s: %w", id, err)
	}
	recent, err := s.recentIDs(ctx, []string{id}, store.ProfileDocs)
	if err != nil {
		return p, fmt.Errorf("entity %s: %w", id, err)
	}
	rows, err := s.pool.Query(ctx, `SELECT alias, lang, sum(count)::int AS n FROM aliases
		WHERE entity_id = $1 AND version_id = ANY($2) GROUP BY alias, lang ORDER BY n DESC, alias`, id, recent)
	if err != nil {
		return p, fmt.Errorf("entity %s aliases: %w", id, err)
	}
	if p.Aliases, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.Alias, error) {
		var a store.Alias
		err := r.Scan(&a.Text, &a.Lang, &a.Count)
		return a, err
	}); err != nil {
		return p, fmt.Errorf("entity %s aliases: %w", id, err)
	}
	rows, err = s.pool.Query(ctx, `SELECT r.title, r."of", `+store.DocRefColumns+` FROM roles r JOIN versions v ON v.id = r.version_id
		WHERE r.entity_id = $1 AND r.version_id = ANY($2) ORDER BY v.published, v.id, r.id`, id, recent)
	if err != nil {
		return p, fmt.Errorf("entity %s roles: %w", id, err)
	}
	if p.Roles, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.RoleSeen, error) {
		var rs store.RoleSeen
		err := r.Scan(append([]any{&rs.Title, &rs.Of}, rs.Source.ScanArgs()...)...)
		rs.Date = rs.Source.Published
		return rs, err
	}); err != nil {
		return p, fmt.Errorf("entity %s roles: %w", id, err)
	}
	rows, err = s.pool.Query(ctx, `SELECT e.id, e.type, e.name, count(*)::int AS docs, sum(d2.mentions)::int AS m
		FROM entity_docs d1 JOIN entity_docs d2 ON d2.version_id = d1.version_id AND d2.entity_id <> d1.entity_id
		JOIN entities e ON e.id = d2.entity_id
		WHERE d1.entity_id = $1 AND d1.version_id = ANY($2)
		GROUP BY e.id ORDER BY docs DESC, m DESC, e.id LIMIT 10`, id, recent)
	if err != nil {
		return p, fmt.Errorf("entity %s co-occurrence: %w", id, err)
	}
	if p.With, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.CoEntity, error) {
		var c store.CoEntity
		err := r.Scan(&c.ID, &c.Type, &c.Name, &c.Documents, &c.Mentions)
		return c, err
	}); err != nil {
		return p, fmt.Errorf("entity %s co-occurrence: %w", id, err)
	}
	for _, l := range []*[]store.Alias{&p.Aliases} {
		if *l == nil {
			*l = []store.Alias{}
		}
	}
	if p.Roles == nil {
		p.Roles = []store.RoleSeen{}
	}
	if p.With == nil {
		p.With = []store.CoEntity{}
	}
	return p, nil
}

// recentIDs returns the n most recently stored current versions naming
// every one of ids (every current version when ids is empty), newest first.
// With ids it walks the entity_docs rows of the one named in the fewest
// documents backwards, probing each for the others, so that it reads about
// n rows when the others are named in most of its documents.
func (s *DB) recentIDs(ctx context.Context, ids []string, n int) ([]int64, error) {
	q := `SELECT v.id FROM versions v WHERE v.current ORDER BY v.id DESC`
	args := []any{}
	if len(ids) > 0 {
		// entity_docs holds rows of current versions only.
		drive, least := 0, int64(-1)
		for i, id := range ids {
			c, err := s.docCount(ctx, []string{id})
			if err != nil {
				return nil, err
			}
			if least < 0 || c < least {
				drive, least = i, c
			}
		}
		args = append(args, ids[drive])
		q = `SELECT d.version_id FROM entity_docs d WHERE d.entity_id = $1`
		for i, id := range ids {
			if i != drive {
				args = append(args, id)
				q += fmt.Sprintf(` AND EXISTS (SELECT 1 FROM entity_docs o WHERE o.entity_id = $%d AND o.version_id = d.version_id)`, len(args))
			}
		}
		q += ` ORDER BY d.version_id DESC`
	}
	if n > 0 {
		args = append(args, n)
		q += fmt.Sprintf(` LIMIT $%d`, len(args))
	}
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	out, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if out == nil {
		out = []int64{}
	}
	return out, err
}

// Figures returns the figures reported in documents naming all f.Entities.
func (s *DB) Figures(ctx context.Context, f store.FigureFilter) ([]store.Figure, error) {
	vids, err := s.recentIDs(ctx, f.Entities, f.Docs)
	if err != nil {
		return nil, fmt.Errorf("figures: %w", err)
	}
	return s.figuresIn(ctx, vids, f.Kinds)
}

// Reports returns the figures and status phrases of the documents naming
// all f.Entities (the f.Docs newest of them, when f.Docs > 0), which it
// looks up once for both.
func (s *DB) Reports(ctx context.Context, f store.FigureFilter) ([]store.Figure, []store.StatusPhrase, error) {
	vids, err := s.recentIDs(ctx, f.Entities, f.Docs)
	if err != nil {
		return nil, nil, fmt.Errorf("reports: %w", err)
	}
	figs, err := s.figuresIn(ctx, vids, f.Kinds)
	if err != nil {
		return nil, nil, err
	}
	sts, err := s.statusesIn(ctx, vids)
	if err != nil {
		return nil, nil, err
	}
	return figs, sts, nil
}

// figuresIn returns the figures of these kinds (money and percent when
// none) in the versions vids.
func (s *DB) figuresIn(ctx context.Context, vids []int64, kinds []string) ([]store.Figure, error) {
	if len(kinds) == 0 {
		kinds = []string{"money", "percent"}
	}
	rows, err := s.pool.Query(ctx, `SELECT q.kind, q.value, q.unit, q.text, q.start, q."end", q.measures,
		q.approx, q.change, q.sentence, q.period, `+store.DocRefColumns+` FROM quantities q JOIN versions v ON v.id = q.version_id
		WHERE q.version_id = ANY($1) AND q.kind = ANY($2) ORDER BY v.published, v.id, q.start`, vids, kinds)
	if err != nil {
		return nil, fmt.Errorf("figures: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.Figure, error) {
		var g store.Figure
		err := r.Scan(append([]any{&g.Kind, &g.Value, &g.Unit, &g.Text, &g.Start, &g.End, &g.Measures,
			&g.Approx, &g.Change, &g.Sentence, &g.Period}, g.Source.ScanArgs()...)...)
		return g, err
	})
	if err != nil {
		return nil, fmt.Errorf("figures: %w", err)
	}
	return out, nil
}

// statusesIn returns the status phrases of the versions vids: dated ones in
// time order, undated ones last.
func (s *DB) statusesIn(ctx context.Context, vids []int64) ([]store.StatusPhrase, error) {
	rows, err := s.pool.Query(ctx, `SELECT st.phrase, st.date, st.sentence, `+store.DocRefColumns+` FROM statuses st
		JOIN versions v ON v.id = st.version_id WHERE st.version_id = ANY($1) ORDER BY st.date = '', st.date, v.id, st.id`, vids)
	if err != nil {
		return nil, fmt.Errorf("status phrases: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.StatusPhrase, error) {
		var p store.StatusPhrase
		err := r.Scan(append([]any{&p.Phrase, &p.Date, &p.Sentence}, p.Source.ScanArgs()...)...)
		return p, err
	})
	if err != nil {
		return nil, fmt.Errorf("status phrases: %w", err)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if (out[i].Date == "") != (out[j].Date == "") {
			return out[j].Date == ""
		}
		return out[i].Date < out[j].Date
	})
	return out, nil
}

// Versions calls fn with every stored version, history included, in the
// order they were stored (and clustered, versions.seq), with its source and
// record.
func (s *DB) Versions(ctx context.Context, fn func(store.Source, record.Record) error) error {
	rows, err := s.pool.Query(ctx, `SELECT id FROM versions ORDER BY seq, id`)
	if err != nil {
		return fmt.Errorf("list versions: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return fmt.Errorf("list versions: %w", err)
	}
	for _, id := range ids {
		var src store.Source
		var fetched *time.Time
		var recJSON []byte
		var body string
		err := s.pool.QueryRow(ctx, `SELECT d.key, v.name, v.path, v.url, v.format, v.fetched, v.body,
			v.hint_title, v.hint_published, v.hint_outlet, v.record, v.text
			FROM versions v JOIN documents d ON d.id = v.document_id WHERE v.id = $1`, id).
			Scan(&src.Key, &src.Name, &src.Path, &src.URL, &src.Format, &fetched, &src.Body,
				&src.HintTitle, &src.HintPublished, &src.HintOutlet, &recJSON, &body)
		if err != nil {
			return fmt.Errorf("read version %d: %w", id, err)
		}
		if strings.HasPrefix(src.Key, "sha256:") {
			src.Key = ""
		}
		if fetched != nil {
			src.Fetched = fetched.UTC()
		}
		rec, err := store.DecodeRecord(recJSON)
		if err != nil {
			return fmt.Errorf("version %d: %w", id, err)
		}
		rec.Text = body
		if err := fn(src, rec); err != nil {
			return err
		}
	}
	return nil
}
