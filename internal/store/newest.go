package store

import (
	"context"
	"sort"
)

// DatedID is a cluster id found by a walk of the newest events, with the
// day of the row that found it ("" when undated).
type DatedID struct {
	Day, ID string
}

// NewestIDs returns the ids of the limit newest of found, undated ones
// first: Events lists undated clusters last, so under a limit they are
// the newest. Both backends' walks of party rows end with it.
func NewestIDs(found []DatedID, limit int) []string {
	sort.SliceStable(found, func(i, j int) bool {
		if (found[i].Day == "") != (found[j].Day == "") {
			return found[i].Day == ""
		}
		return found[i].Day > found[j].Day
	})
	if len(found) > limit {
		found = found[:limit]
	}
	ids := make([]string, len(found))
	for i, fd := range found {
		ids[i] = fd.ID
	}
	return ids
}

// Driver picks the party whose rows a walk of recent events reads, and the
// other party each row is checked against: both must be on one event, so
// either can drive, and the one named in fewer documents (count) reaches
// the pair's events sooner. With With alone, With drives and nothing is
// checked.
func Driver(ctx context.Context, actor, with []string, count func(context.Context, []string) (int64, error)) (drive, other []string, err error) {
	if len(actor) == 0 {
		return with, nil, nil
	}
	if len(with) == 0 {
		return actor, nil, nil
	}
	da, err := count(ctx, actor)
	if err != nil {
		return nil, nil, err
	}
	do, err := count(ctx, with)
	if err != nil {
		return nil, nil, err
	}
	if do < da {
		return with, actor, nil
	}
	return actor, with, nil
}
