// mapread.go answers the map's question: how many of the events a filter
// selects took place where.

package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"kronik/internal/store"
)

// EventPlaces counts the clusters Events(ctx, f) returns by place and
// modality: Events' own selection, grouped by the database, so that
// neither the clusters' rows nor their reports are sent.
func (s *DB) EventPlaces(ctx context.Context, f store.EventFilter) ([]store.PlaceCount, error) {
	if f.Limit > 0 && (len(f.Actor) > 0 || len(f.With) > 0) {
		// The latest of a party are found by a walk (recentClusters).
		cs, err := s.selectClusters(ctx, f)
		if err != nil {
			return nil, fmt.Errorf("event places: %w", err)
		}
		return store.CountPlaces(cs), nil
	}
	sel, args, ok := eventsQuery(f, `c.place, c.modality, c.date, c.id`)
	if !ok {
		return nil, nil
	}
	rows, err := s.pool.Query(ctx, `SELECT place, modality, count(*) FROM (`+sel+`) x GROUP BY place, modality`, args...)
	if err != nil {
		return nil, fmt.Errorf("event places: %w", err)
	}
	var pc store.PlaceCount
	var out []store.PlaceCount
	if _, err := pgx.ForEachRow(rows, []any{&pc.Place, &pc.Modality, &pc.Events}, func() error {
		out = append(out, pc)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("event places: %w", err)
	}
	// Sorted here: the database's collation need not be Go's byte order.
	store.SortPlaceCounts(out)
	return out, nil
}
