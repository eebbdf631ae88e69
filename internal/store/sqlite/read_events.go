// read_events.go answers the event questions: events with their reports,
// walked from the newest day backwards along the party and pair indexes.

package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"kronik/internal/store"
	"slices"
	"strings"
)

// Events returns the clusters with a mention matching f, in date order. With
// f.Limit it keeps the f.Limit most recent ones, found by walking an index
// from the newest day backwards (recentClusters), so the cost is that of the
// answer however many events match.
func (s *DB) Events(ctx context.Context, f store.EventFilter) ([]store.Cluster, error) {
	for _, ids := range [][]string{f.Actor, f.With} {
		if ids != nil && len(ids) == 0 {
			return nil, nil // a name that matched nothing matches no event
		}
	}
	out, err := s.selectClusters(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	if err := s.clusterActors(ctx, out, store.ActorsShown); err != nil {
		return nil, err
	}
	if err := s.fillClusters(ctx, out, f.Mentions); err != nil {
		return nil, err
	}
	return out, nil
}

// selectClusters is the cluster rows Events returns, in date order, without
// their actors or mentions.
func (s *DB) selectClusters(ctx context.Context, f store.EventFilter) ([]store.Cluster, error) {
	if f.Limit > 0 {
		return s.recentClusters(ctx, f)
	}
	return s.allClusters(ctx, f)
}

// Cluster returns one event cluster by id with all its mentions.
func (s *DB) Cluster(ctx context.Context, id string) (store.Cluster, error) {
	cs, err := s.queryClusters(ctx, `SELECT `+clusterCols+` FROM clusters c WHERE c.id = ?
		AND EXISTS (SELECT 1 FROM events e WHERE e.cluster_id = c.id)`, id)
	if err != nil {
		return store.Cluster{}, fmt.Errorf("event %s: %w", id, err)
	}
	if len(cs) == 0 {
		return store.Cluster{}, fmt.Errorf("event %s: %w", id, store.ErrNotFound)
	}
	if err := s.clusterActors(ctx, cs, 0); err != nil {
		return store.Cluster{}, err
	}
	if err := s.fillClusters(ctx, cs, 0); err != nil {
		return store.Cluster{}, err
	}
	return cs[0], nil
}

// clusterCols are the columns of clusters that make a store.Cluster, in
// scanCluster's order, for a clusters table aliased c.
const clusterCols = `c.id, c.type, c.mode, c.date, c.date_end, c.place, c.name, c.document, c.modality, c.sources, c.mentions`

func scanCluster(rows *sql.Rows) (store.Cluster, error) {
	c := store.Cluster{Actors: []string{}}
	err := rows.Scan(&c.ID, &c.Type, &c.Mode, &c.Date, &c.DateEnd, &c.Place, &c.Name, &c.Document,
		&c.Modality, &c.Sources, &c.MentionCount)
	return c, err
}

// clusterWhere is the cluster-level part of f (type and dates), for a
// clusters table aliased c.
func clusterWhere(f store.EventFilter) ([]string, []any) {
	var where []string
	var args []any
	if f.Type != "" {
		where = append(where, `c.type = ?`)
		args = append(args, strings.ToUpper(f.Type))
	}
	if f.From != "" {
		where = append(where, `c.date <> '' AND substr(coalesce(nullif(c.date_end, ''), c.date), 1, ?) >= ?`)
		args = append(args, len(f.From), f.From)
	}
	if f.To != "" {
		where = append(where, `c.date <> '' AND substr(c.date, 1, ?) <= ?`)
		args = append(args, len(f.To), f.To)
	}
	return where, args
}

// allClusters is every cluster matching f, in date order.
func (s *DB) allClusters(ctx context.Context, f store.EventFilter) ([]store.Cluster, error) {
	where, args := clusterWhere(f)
	var pre []any
	for _, ids := range [][]string{f.Actor, f.With} {
		if ids == nil {
			continue
		}
		where = append(where, `e.id IN (SELECT event_id FROM event_parties WHERE entity_id IN (`+placeholders(len(ids))+`))`)
		for _, id := range ids {
			pre = append(pre, id)
		}
	}
	// The party conditions come after the cluster ones in where, so their
	// arguments do too.
	args = append(args, pre...)
	q := `SELECT DISTINCT ` + clusterCols + ` FROM clusters c JOIN events e ON e.cluster_id = c.id`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, " AND ")
	}
	q += ` ORDER BY c.date = '', c.date, c.id`
	return s.queryClusters(ctx, q, args...)
}

func (s *DB) queryClusters(ctx context.Context, q string, args ...any) ([]store.Cluster, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []store.Cluster
	for rows.Next() {
		c, err := scanCluster(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// recentClusters is the f.Limit most recent clusters matching f, in date
// order. With an actor it walks event_parties backwards by day for each of the
// actor's ids (an id's newest f.Limit clusters hold its share of the
// overall newest f.Limit), checking the other conditions on each row;
// without one it walks clusters_date backwards. Either walk stops as soon as
// it has f.Limit clusters, so its cost is the answer's unless the filters
// reject most of what it reads (a narrow date range far in the past).
func (s *DB) recentClusters(ctx context.Context, f store.EventFilter) ([]store.Cluster, error) {
	if len(f.Actor) == 0 && len(f.With) == 0 {
		q, args := latestQuery(f, clusterCols)
		out, err := s.queryClusters(ctx, q, args...)
		if err != nil {
			return nil, err
		}
		store.SortClusters(out)
		return out, nil
	}
	// A pair that side_pairs holds is walked alone; otherwise one party's
	// rows drive the walk.
	pairs := sidePairs(f.Actor, f.With)
	var drive, other []string
	if pairs == nil {
		var err error
		if drive, other, err = store.Driver(ctx, f.Actor, f.With, s.docCount); err != nil {
			return nil, err
		}
	}
	// The walk reads the party rows, and for each row that passes, the
	// event's cluster id; the cluster row only when dates filter. The type
	// is the row's own (a cluster's type is its events').
	dates := f
	dates.Type = ""
	dw, dargs := clusterWhere(dates)
	// Each row's day, its cluster and the cluster's date (store.NewestWalk).
	q := `SELECT p.day, e.cluster_id, (SELECT date FROM clusters WHERE id = e.cluster_id)
		FROM event_parties p JOIN events e ON e.id = p.event_id`
	if len(dw) > 0 {
		q += ` JOIN clusters c ON c.id = e.cluster_id`
	}
	if f.Type != "" {
		// The party's events of that type alone, newest first.
		q = strings.Replace(q, "event_parties p", "event_parties p INDEXED BY event_parties_type", 1) +
			` WHERE p.entity_id = ? AND p.type = ?`
		dargs = append([]any{strings.ToUpper(f.Type)}, dargs...)
	} else {
		q += ` WHERE p.entity_id = ?`
	}
	cargs := dargs
	for _, w := range dw {
		q += ` AND ` + w
	}
	if len(other) > 0 {
		q += ` AND EXISTS (SELECT 1 FROM event_parties o WHERE o.event_id = p.event_id AND o.entity_id IN (` + placeholders(len(other)) + `))`
	}
	q += ` ORDER BY p.day DESC, p.event_id DESC`
	type walkQ struct {
		q    string
		args []any
	}
	var walks []walkQ
	if pairs != nil {
		// Both parties are states or organisations: their shared events
		// are walked alone (side_pairs), newest first.
		pq := `SELECT s.day, e.cluster_id, (SELECT date FROM clusters WHERE id = e.cluster_id)
			FROM side_pairs s JOIN events e ON e.id = s.event_id`
		if len(dw) > 0 {
			pq += ` JOIN clusters c ON c.id = e.cluster_id`
		}
		pq += ` WHERE s.a = ? AND s.b = ?`
		var targs []any
		if f.Type != "" {
			pq += ` AND s.type = ?`
			targs = []any{strings.ToUpper(f.Type)}
		}
		for _, w := range dw {
			pq += ` AND ` + w
		}
		pq += ` ORDER BY s.day DESC, s.event_id DESC`
		for _, pr := range pairs {
			args := append(append([]any{pr[0], pr[1]}, targs...), cargs[len(targs):]...)
			walks = append(walks, walkQ{pq, args})
		}
	} else {
		for _, id := range drive {
			args := append([]any{id}, cargs...)
			for _, o := range other {
				args = append(args, o)
			}
			walks = append(walks, walkQ{q, args})
		}
	}
	// Undated clusters count as the newest (Events lists them last), and a
	// walk backwards by day reaches them only at its end: without a date
	// filter, which no undated cluster passes, each walk is run again over
	// its undated clusters alone.
	if f.From == "" && f.To == "" {
		for _, w := range walks {
			walks = append(walks, walkQ{undatedWalk(w.q), w.args})
		}
	}
	var all []store.DatedID
	seen := map[string]bool{}
	for _, w := range walks {
		mine := store.NewNewestWalk(f.Limit)
		err := s.walk(ctx, w.q, w.args, func(rows *sql.Rows) (bool, error) {
			var day string
			var fd store.DatedID // the cluster and its date
			if err := rows.Scan(&day, &fd.ID, &fd.Day); err != nil {
				return false, err
			}
			if mine.Done(day) {
				return false, nil
			}
			mine.Add(fd.ID, fd.Day)
			if !seen[fd.ID] {
				seen[fd.ID] = true
				all = append(all, fd)
			}
			return true, nil
		})
		if err != nil {
			return nil, err
		}
	}
	ids := store.NewestIDs(all, f.Limit)
	idsJSON, _ := json.Marshal(ids)
	out, err := s.queryClusters(ctx, `SELECT `+clusterCols+` FROM clusters c WHERE c.id IN (SELECT value FROM json_each(?))`, string(idsJSON))
	if err != nil {
		return nil, err
	}
	store.SortClusters(out)
	return out, nil
}

// undatedWalk turns a walk of recentClusters (party rows or side pairs,
// newest day first) into the walk of the same rows' undated clusters: the
// rows without a day whose cluster has no date either (an undated report
// joined to a dated story is reached by the dated walk).
func undatedWalk(q string) string {
	for _, a := range []string{"p", "s"} {
		order := fmt.Sprintf(` ORDER BY %[1]s.day DESC, %[1]s.event_id DESC`, a)
		if strings.HasSuffix(q, order) {
			return strings.TrimSuffix(q, order) + fmt.Sprintf(
				` AND %[1]s.day = '' AND (SELECT date FROM clusters WHERE id = e.cluster_id) = '' ORDER BY %[1]s.event_id DESC`, a)
		}
	}
	panic("sqlite: undatedWalk: not a walk: " + q)
}

// latestQuery selects the columns cols (which must include c.date and
// c.id) of the f.Limit most recent clusters matching f's type and dates (f
// names no party): undated ones first, then the dated ones newest first. It
// returns the query and its arguments. The undated and the dated clusters
// are asked apart, so that the dated ones are read backwards along
// clusters_date and the walk stops at the limit, where one ORDER BY over
// both would sort every cluster of the store.
func latestQuery(f store.EventFilter, cols string) (string, []any) {
	cw, args := clusterWhere(f)
	part := func(cond, order string) string {
		q := `SELECT * FROM (SELECT ` + cols + ` FROM clusters c WHERE ` + cond +
			` AND EXISTS (SELECT 1 FROM events e WHERE e.cluster_id = c.id)`
		for _, w := range cw {
			q += ` AND ` + w
		}
		return q + fmt.Sprintf(` ORDER BY %s LIMIT %d)`, order, f.Limit)
	}
	q := part(`c.date <> ''`, `c.date DESC, c.id DESC`)
	if f.From == "" && f.To == "" { // a date filter matches no undated cluster
		q = part(`c.date = ''`, `c.id DESC`) + ` UNION ALL ` + q
		args = slices.Concat(args, args)
	}
	return `SELECT * FROM (` + q + fmt.Sprintf(`) ORDER BY date = '' DESC, date DESC, id DESC LIMIT %d`, f.Limit), args
}

// sidePairs returns the (smaller, larger) id pairs of side_pairs that an
// Actor-With filter stands for, or nil when it cannot use them: a side
// missing, a person among the ids (side_pairs holds no persons) or an id
// on both sides.
func sidePairs(actor, with []string) [][2]string {
	if len(actor) == 0 || len(with) == 0 {
		return nil
	}
	var out [][2]string
	for _, a := range actor {
		for _, b := range with {
			if a == b || strings.HasPrefix(a, "person:") || strings.HasPrefix(b, "person:") {
				return nil
			}
			out = append(out, [2]string{min(a, b), max(a, b)})
		}
	}
	return out
}

// docCount is the number of documents naming any of ids (an upper bound:
// a document naming two of them counts twice), from entity_counts.
func (s *DB) docCount(ctx context.Context, ids []string) (int64, error) {
	var n int64
	for _, id := range ids {
		var d int64
		if err := s.db.QueryRowContext(ctx, `SELECT coalesce((SELECT docs FROM entity_counts WHERE entity_id = ?), 0)`, id).Scan(&d); err != nil {
			return 0, fmt.Errorf("documents of %s: %w", id, err)
		}
		n += d
	}
	return n, nil
}

// walk runs q and calls fn on each row until fn says stop.
func (s *DB) walk(ctx context.Context, q string, args []any, fn func(*sql.Rows) (bool, error)) error {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		more, err := fn(rows)
		if err != nil {
			return err
		}
		if !more {
			return nil
		}
	}
	return rows.Err()
}

// clusterActors fills the actors of clusters in order of first appearance
// (seq), with their names and their count; with limit > 0 only the first
// limit of each. Each cluster comes back as one row with its actors as a
// JSON array (a row read through database/sql costs several times what
// SQLite spends finding it), so a summit's thousands of actors cost a list
// that shows fifty of them SQLite's count and sort of its index range and
// no more rows; then a name for each distinct actor shown (clusters of one
// party share most of theirs).
func (s *DB) clusterActors(ctx context.Context, cs []store.Cluster, limit int) error {
	if len(cs) == 0 {
		return nil
	}
	if limit <= 0 {
		limit = -1 // SQLite's LIMIT -1: no limit
	}
	ids := make([]string, len(cs))
	for i := range cs {
		ids[i] = cs[i].ID
	}
	idsJSON, _ := json.Marshal(ids)
	rows, err := s.db.QueryContext(ctx, `SELECT c.key, (SELECT count(*) FROM cluster_actors WHERE cluster_id = c.value),
		(SELECT json_group_array(a.actor ORDER BY a.seq)
			FROM (SELECT actor, seq FROM cluster_actors WHERE cluster_id = c.value ORDER BY seq LIMIT ?) a)
		FROM json_each(?) c`, limit, string(idsJSON))
	if err != nil {
		return fmt.Errorf("event actors: %w", err)
	}
	defer rows.Close()
	seen := map[string]bool{}
	var actors []string
	for rows.Next() {
		var i, n int
		var list []byte
		if err := rows.Scan(&i, &n, &list); err != nil {
			return fmt.Errorf("event actors: %w", err)
		}
		c := &cs[i]
		c.ActorCount = n
		if err := json.Unmarshal(list, &c.Actors); err != nil {
			return fmt.Errorf("event actors of %s: %w", c.ID, err)
		}
		for _, a := range c.Actors {
			if !seen[a] {
				seen[a] = true
				actors = append(actors, a)
			}
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("event actors: %w", err)
	}
	actorsJSON, _ := json.Marshal(actors)
	names := make(map[string]string, len(actors))
	err = s.walk(ctx, `SELECT id, name FROM entities WHERE id IN (SELECT value FROM json_each(?))`, []any{string(actorsJSON)},
		func(rows *sql.Rows) (bool, error) {
			var id, name string
			err := rows.Scan(&id, &name)
			names[id] = name
			return true, err
		})
	if err != nil {
		return fmt.Errorf("actor names: %w", err)
	}
	for i := range cs {
		c := &cs[i]
		c.ActorNames = make(map[string]string, len(c.Actors))
		for _, a := range c.Actors {
			if n := names[a]; n != "" {
				c.ActorNames[a] = n
			}
		}
	}
	return nil
}

// fillClusters loads the mentions of clusters with one query, however many
// clusters there are; with max > 0, at most max of each, the earliest
// published.
func (s *DB) fillClusters(ctx context.Context, cs []store.Cluster, max int) error {
	if len(cs) == 0 {
		return nil
	}
	idx := map[string]int{}
	ids := make([]string, len(cs))
	for i := range cs {
		idx[cs[i].ID] = i
		ids[i] = cs[i].ID
		cs[i].Mentions = []store.Mention{}
	}
	idsJSON, _ := json.Marshal(ids)
	q := `SELECT e.cluster_id, ` + store.DocRefColumns + `, e.evidence, e.modality FROM events e
		JOIN versions v INDEXED BY versions_ref ON v.id = e.version_id WHERE e.cluster_id IN (SELECT value FROM json_each(?))
		ORDER BY v.published = '', v.published, v.id, e.idx`
	args := []any{string(idsJSON)}
	if max > 0 {
		// The first max of each cluster from mention_order, an index range
		// each: a report of a much-reported event costs nothing here.
		q = `SELECT e.cluster_id, ` + store.DocRefColumns + `, e.evidence, e.modality FROM json_each(?) c
			JOIN events e ON e.id IN (SELECT m.event_id FROM mention_order m WHERE m.cluster_id = c.value
				ORDER BY m.pub, m.event_id LIMIT ?)
			JOIN versions v INDEXED BY versions_ref ON v.id = e.version_id
			ORDER BY c.key, coalesce(nullif(v.published, ''), '~'), e.id`
		args = append(args, max)
	}
	err := s.walk(ctx, q, args, func(rows *sql.Rows) (bool, error) {
		var cid string
		var m store.Mention
		if err := rows.Scan(append(append([]any{&cid}, m.DocRef.ScanArgs()...), &m.Evidence, &m.Modality)...); err != nil {
			return false, err
		}
		c := &cs[idx[cid]]
		c.Mentions = append(c.Mentions, m)
		return true, nil
	})
	if err != nil {
		return fmt.Errorf("event mentions: %w", err)
	}
	return nil
}
