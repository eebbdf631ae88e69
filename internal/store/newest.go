package store

import "sort"

// DatedID is a cluster id found by a walk of the newest events, with the
// day of the row that found it ("" when undated).
type DatedID struct {
	Day, ID string
}

// NewestIDs returns the ids of the limit newest of found, undated ones
// first: Events lists undated clusters last, so under a limit they are
// the newest. Of one day, the larger id is the newer, as Events orders
// them (undated ones stay in the order found). Both backends' walks of
// party rows end with it; a walk that stops at the limit reads on through
// the rows of the day it stopped in (WalkFull), so that the day's clusters
// are all found.
func NewestIDs(found []DatedID, limit int) []string {
	sort.SliceStable(found, func(i, j int) bool {
		if (found[i].Day == "") != (found[j].Day == "") {
			return found[i].Day == ""
		}
		if found[i].Day != found[j].Day {
			return found[i].Day > found[j].Day
		}
		return found[i].Day != "" && found[i].ID > found[j].ID
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

// WalkFull says whether a walk of party rows newest first, which has found
// n clusters of the limit wanted and whose last row taken was of day last,
// is done before a row of day: at the limit, at a change of day (a dated
// walk reads every cluster of the day it reached the limit in, as
// NewestIDs orders a day's clusters by id) or at once (undated).
func WalkFull(n, limit int, last, day string) bool {
	return n >= limit && (day != last || day == "")
}
