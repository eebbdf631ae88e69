package store

import "sort"

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
