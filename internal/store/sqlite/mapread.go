// mapread.go answers the map's question: how many of the events a filter
// selects took place where.

package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"kronik/internal/store"
)

// EventPlaces counts the clusters Events(ctx, f) returns by place and
// modality. The clusters are selected as Events selects them (the same
// order, or the same walk of the indexes for a party's events), but only
// their own rows are read: their actors and reports, most of Events' cost
// on a map of thousands of events, are not.
func (s *DB) EventPlaces(ctx context.Context, f store.EventFilter) ([]store.PlaceCount, error) {
	for _, ids := range [][]string{f.Actor, f.With} {
		if ids != nil && len(ids) == 0 {
			return nil, nil // a name that matched nothing matches no event
		}
	}
	if f.Limit > 0 && len(f.Actor) == 0 && len(f.With) == 0 {
		return s.latestPlaces(ctx, f)
	}
	// A party's or a pair's events are found by walking their indexes
	// (recentClusters); their cluster rows are counted here.
	cs, err := s.selectClusters(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("event places: %w", err)
	}
	return store.CountPlaces(cs), nil
}

// latestPlaces counts the f.Limit most recent clusters matching f's type
// and dates (f names no party) by place and modality, in SQL. Events'
// order (latestQuery) puts the undated clusters first, then the dated ones
// newest first; here the two are asked apart, so that the dated ones are
// read backwards along clusters_date and the walk stops at the limit,
// where the one ORDER BY sorts every cluster of the store.
func (s *DB) latestPlaces(ctx context.Context, f store.EventFilter) ([]store.PlaceCount, error) {
	byKey := map[[2]string]int{}
	n := 0
	count := func(cond, order string, limit int) error {
		cw, args := clusterWhere(f)
		q := `SELECT c.place, c.modality FROM clusters c WHERE ` + cond +
			` AND EXISTS (SELECT 1 FROM events e WHERE e.cluster_id = c.id)`
		for _, w := range cw {
			q += ` AND ` + w
		}
		q += fmt.Sprintf(` ORDER BY %s LIMIT %d`, order, limit)
		return s.walk(ctx, `SELECT place, modality, count(*) FROM (`+q+`) GROUP BY place, modality`, args,
			func(rows *sql.Rows) (bool, error) {
				var k [2]string
				var c int
				err := rows.Scan(&k[0], &k[1], &c)
				byKey[k] += c
				n += c
				return true, err
			})
	}
	if f.From == "" && f.To == "" { // a date filter matches no undated cluster
		if err := count(`c.date = ''`, `c.id DESC`, f.Limit); err != nil {
			return nil, fmt.Errorf("event places: %w", err)
		}
	}
	if n < f.Limit {
		if err := count(`c.date <> ''`, `c.date DESC, c.id DESC`, f.Limit-n); err != nil {
			return nil, fmt.Errorf("event places: %w", err)
		}
	}
	out := make([]store.PlaceCount, 0, len(byKey))
	for k, c := range byKey {
		out = append(out, store.PlaceCount{Place: k[0], Modality: k[1], Events: c})
	}
	store.SortPlaceCounts(out)
	return out, nil
}
