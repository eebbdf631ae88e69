// mapread.go answers the map's question: how many of the events a filter
// selects took place where.

package sqlite

import (
	"context"
	"fmt"

	"kronik/internal/store"
)

// EventPlaces counts the clusters Events(ctx, f) returns by place and
// modality. The clusters are selected as Events selects them (the same walk
// of the indexes for a limited query), but only their own rows are read:
// their actors and reports, most of Events' cost on a map of thousands of
// events, are not.
func (s *DB) EventPlaces(ctx context.Context, f store.EventFilter) ([]store.PlaceCount, error) {
	for _, ids := range [][]string{f.Actor, f.With} {
		if ids != nil && len(ids) == 0 {
			return nil, nil // a name that matched nothing matches no event
		}
	}
	cs, err := s.selectClusters(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("event places: %w", err)
	}
	return store.CountPlaces(cs), nil
}
