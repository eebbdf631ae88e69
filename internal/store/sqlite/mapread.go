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
// and dates (f names no party) by place and modality, in SQL, over Events'
// own selection (latestQuery).
func (s *DB) latestPlaces(ctx context.Context, f store.EventFilter) ([]store.PlaceCount, error) {
	sel, args := latestQuery(f, `c.place, c.modality, c.date, c.id`)
	var out []store.PlaceCount
	err := s.walk(ctx, `SELECT place, modality, count(*) FROM (`+sel+`) GROUP BY place, modality`, args,
		func(rows *sql.Rows) (bool, error) {
			var pc store.PlaceCount
			err := rows.Scan(&pc.Place, &pc.Modality, &pc.Events)
			out = append(out, pc)
			return true, err
		})
	if err != nil {
		return nil, fmt.Errorf("event places: %w", err)
	}
	store.SortPlaceCounts(out)
	return out, nil
}
