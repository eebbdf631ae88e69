package postgres

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"

	"kronik/internal/store"
)

// clusterHead are the columns of clusters that make a store.Cluster but for
// its actors, with their count, for a clusters table aliased c;
// oneClusterCols add every actor, for one cluster.
const (
	clusterHead    = `c.id, c.type, c.mode, c.date, c.date_end, c.place, c.name, c.document, c.modality, c.sources, c.mentions, jsonb_array_length(c.actors), `
	oneClusterCols = clusterHead + `c.actors`
)

// clusterCols are the columns of a store.Cluster of a list answer: its
// first store.ActorsShown actors, a slice of the array taken by the server,
// so that the rest of a summit's thousands never reach the client.
func clusterCols() string {
	return clusterHead + fmt.Sprintf(`jsonb_path_query_array(c.actors, '$[0 to %d]')`, store.ActorsShown-1)
}

func scanCluster(r pgx.CollectableRow) (store.Cluster, error) {
	var c store.Cluster
	err := r.Scan(&c.ID, &c.Type, &c.Mode, &c.Date, &c.DateEnd, &c.Place, &c.Name, &c.Document,
		&c.Modality, &c.Sources, &c.MentionCount, &c.ActorCount, &c.Actors)
	if c.Actors == nil {
		c.Actors = []string{}
	}
	return c, err
}

// Events returns the clusters with a mention matching f, in date order
// (undated last). With f.Limit it keeps the f.Limit most recent of them.
func (s *DB) Events(ctx context.Context, f store.EventFilter) ([]store.Cluster, error) {
	out, err := s.selectClusters(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	if err := s.fillClusters(ctx, out, f.Mentions); err != nil {
		return nil, err
	}
	return out, nil
}

// selectClusters is the cluster rows Events returns, in date order, without
// their mentions: the latest of a party by a walk of its events
// (recentClusters), others by one query (eventsQuery).
func (s *DB) selectClusters(ctx context.Context, f store.EventFilter) ([]store.Cluster, error) {
	if matchesNone(f) {
		return nil, nil
	}
	if f.Limit > 0 && (len(f.Actor) > 0 || len(f.With) > 0) {
		return s.recentClusters(ctx, f)
	}
	q, args, _ := eventsQuery(f, clusterCols())
	return s.queryClusters(ctx, q, args...)
}

// queryClusters runs q, which selects clusterCols(), and returns its clusters
// in date order.
func (s *DB) queryClusters(ctx context.Context, q string, args ...any) ([]store.Cluster, error) {
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	out, err := pgx.CollectRows(rows, scanCluster)
	if err != nil {
		return nil, err
	}
	store.SortClusters(out)
	return out, nil
}

// matchesNone reports whether f names a party by a name that matched no
// entity (an empty, not a nil, list of ids): it matches no event.
func matchesNone(f store.EventFilter) bool {
	return (f.Actor != nil && len(f.Actor) == 0) || (f.With != nil && len(f.With) == 0)
}

// eventsQuery is the query selecting the columns cols (which must include
// c.date and c.id) of the clusters Events returns, with its arguments; ok
// is false when f matches nothing (a name that matched no entity).
func eventsQuery(f store.EventFilter, cols string) (q string, args []any, ok bool) {
	if matchesNone(f) {
		return "", nil, false
	}
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	where := clusterWhere(f, arg)
	// Both parties must be on one event.
	var parties []string
	for _, ids := range [][]string{f.Actor, f.With} {
		if ids != nil {
			parties = append(parties, `EXISTS (SELECT 1 FROM event_parties p WHERE p.event_id = e.id AND p.entity_id = ANY(`+arg(ids)+`))`)
		}
	}
	exists := `EXISTS (SELECT 1 FROM events e WHERE e.cluster_id = c.id`
	for _, p := range parties {
		exists += ` AND ` + p
	}
	where = append(where, exists+`)`)
	q = `SELECT ` + cols + ` FROM clusters c WHERE ` + strings.Join(where, " AND ")
	if f.Limit == 0 {
		return q + ` ORDER BY c.date = '', c.date, c.id`, args, true
	}
	// The latest: undated clusters first, then the dated ones newest first.
	// The two are asked apart, so that the dated ones are read backwards
	// along clusters_date and the walk stops at the limit, where one ORDER
	// BY over both would read every matching cluster.
	limit := arg(f.Limit)
	q = `(` + q + ` AND c.date = '' ORDER BY c.id DESC LIMIT ` + limit + `) UNION ALL (` +
		q + ` AND c.date <> '' ORDER BY c.date DESC, c.id DESC LIMIT ` + limit + `)`
	return `SELECT * FROM (` + q + `) l ORDER BY date = '' DESC, date DESC, id DESC LIMIT ` + limit, args, true
}

// clusterWhere is the cluster-level part of f (type and dates), for a
// clusters table aliased c, its arguments added by arg.
func clusterWhere(f store.EventFilter, arg func(any) string) []string {
	var where []string
	if f.Type != "" {
		where = append(where, `c.type = `+arg(strings.ToUpper(f.Type)))
	}
	if f.From != "" {
		where = append(where, `c.date <> '' AND substr(coalesce(nullif(c.date_end, ''), c.date), 1, `+arg(len(f.From))+`) >= `+arg(f.From))
	}
	if f.To != "" {
		where = append(where, `c.date <> '' AND substr(c.date, 1, `+arg(len(f.To))+`) <= `+arg(f.To))
	}
	return where
}

// Cluster returns one event cluster by id with all its mentions.
func (s *DB) Cluster(ctx context.Context, id string) (store.Cluster, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+oneClusterCols+` FROM clusters c WHERE c.id = $1
		AND EXISTS (SELECT 1 FROM events e WHERE e.cluster_id = c.id)`, id)
	if err != nil {
		return store.Cluster{}, fmt.Errorf("event %s: %w", id, err)
	}
	cs, err := pgx.CollectRows(rows, scanCluster)
	if err != nil {
		return store.Cluster{}, fmt.Errorf("event %s: %w", id, err)
	}
	if len(cs) == 0 {
		return store.Cluster{}, fmt.Errorf("event %s: %w", id, store.ErrNotFound)
	}
	if err := s.fillClusters(ctx, cs, 0); err != nil {
		return store.Cluster{}, err
	}
	return cs[0], nil
}

// fillClusters loads the mentions (the earliest published first; with
// max > 0 at most max of each cluster) and actor names of clusters.
func (s *DB) fillClusters(ctx context.Context, cs []store.Cluster, max int) error {
	if len(cs) == 0 {
		return nil
	}
	idx := map[string]int{}
	ids := make([]string, len(cs))
	var actors []string
	for i := range cs {
		idx[cs[i].ID] = i
		ids[i] = cs[i].ID
		cs[i].Mentions = []store.Mention{}
		cs[i].ActorNames = map[string]string{}
		actors = append(actors, cs[i].Actors...)
	}
	// Clusters of one party share most of their actors: each is asked once.
	slices.Sort(actors)
	actors = slices.Compact(actors)
	if max <= 0 {
		max = 1 << 30
	}
	// Each cluster's first max mentions by a walk of events_shown.
	rows, err := s.pool.Query(ctx, `SELECT c.id, `+store.DocRefColumns+`, m.evidence, m.modality
		FROM unnest($1::text[]) c(id) CROSS JOIN LATERAL (
			SELECT e.version_id, e.evidence, e.modality, row_number() OVER (
				ORDER BY e.published = '', e.published, e.version_id, e.idx) AS n
			FROM events e WHERE e.cluster_id = c.id
			ORDER BY e.published = '', e.published, e.version_id, e.idx LIMIT $2) m
		JOIN versions v ON v.id = m.version_id
		ORDER BY c.id, m.n`, ids, max)
	if err != nil {
		return fmt.Errorf("event mentions: %w", err)
	}
	var m store.Mention
	var cid string
	_, err = pgx.ForEachRow(rows, append(append([]any{&cid}, m.DocRef.ScanArgs()...), &m.Evidence, &m.Modality), func() error {
		c := &cs[idx[cid]]
		c.Mentions = append(c.Mentions, m)
		return nil
	})
	if err != nil {
		return fmt.Errorf("event mentions: %w", err)
	}
	names := map[string]string{}
	rows, err = s.pool.Query(ctx, `SELECT id, name FROM entities WHERE id = ANY($1)`, actors)
	if err != nil {
		return fmt.Errorf("actor names: %w", err)
	}
	var id, name string
	if _, err := pgx.ForEachRow(rows, []any{&id, &name}, func() error { names[id] = name; return nil }); err != nil {
		return fmt.Errorf("actor names: %w", err)
	}
	for i := range cs {
		for _, a := range cs[i].Actors {
			if n := names[a]; n != "" {
				cs[i].ActorNames[a] = n
			}
		}
	}
	return nil
}
