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
// the newest. Of one day, the larger id is the newer, as Events orders
// them (undated ones stay in the order found). Both backends' walks of
// party rows end with it, each found cluster with its own date (Day), the
// walks run until NewestWalk says they are done.
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

// NewestWalk is the state of one walk of a party's rows, newest day first,
// for the limit newest clusters (both backends' recentClusters): the
// clusters found, with their dates.
type NewestWalk struct {
	limit int
	dates map[string]string
	th    *string // the limit-th newest date, once known
}

// NewNewestWalk starts a walk for the limit newest clusters.
func NewNewestWalk(limit int) *NewestWalk {
	return &NewestWalk{limit: limit, dates: map[string]string{}}
}

// Add records that a row found cluster id, of the given date.
func (w *NewestWalk) Add(id, date string) {
	if _, ok := w.dates[id]; !ok {
		w.dates[id], w.th = date, nil
	}
}

// Done says whether the walk is done before a row of day (its event's
// first day): it has found limit clusters and the row cannot find one
// newer than the limit-th newest found. A cluster is ranked by its own
// date, which a report dating it later than the others (a row of a later
// day) does not change, so the walk reads on through every row of the
// limit-th newest date and later; an undated row ends it (the walk of
// undated clusters stops at the limit).
func (w *NewestWalk) Done(day string) bool {
	if len(w.dates) < w.limit {
		return false
	}
	if day == "" {
		return true
	}
	if w.th == nil {
		w.th = new(string)
		*w.th = w.threshold()
	}
	return *w.th == "" || day < *w.th
}

// threshold is the limit-th newest date of the clusters found, undated
// ones the newest.
func (w *NewestWalk) threshold() string {
	dates := make([]string, 0, len(w.dates))
	for _, d := range w.dates {
		dates = append(dates, d)
	}
	sort.Slice(dates, func(i, j int) bool {
		if (dates[i] == "") != (dates[j] == "") {
			return dates[i] == ""
		}
		return dates[i] > dates[j]
	})
	return dates[w.limit-1]
}
