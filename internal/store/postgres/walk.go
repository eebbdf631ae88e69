// walk.go answers "the latest events of a party": a walk of the party's
// event rows from the newest day backwards that stops at the answer, as the
// SQLite backend's recentClusters does, so that its cost is that of the
// answer however many events the party took part in.

package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"kronik/internal/store"
)

// maxWalkPage bounds the party rows the walk reads at a time. The first
// page is as many rows as clusters are wanted (each row a cluster when no
// cluster has two reports naming the party); each further page is twice
// the last.
const maxWalkPage = 16384

// recentClusters returns the cluster rows (without their mentions) of the
// f.Limit most recent clusters with f.Actor (and f.With) among their
// parties, in date order. For each id of the driving party (the one named
// in fewer documents when both are given) it walks event_parties by day,
// newest first, keeping the rows that pass the other conditions, until it
// has f.Limit clusters and no row left can find a newer one
// (store.NewestWalk), then walks the rows of its undated clusters alone;
// the newest f.Limit over all ids are the answer (undated ones counting as
// the newest), as in the SQLite backend.
func (s *DB) recentClusters(ctx context.Context, f store.EventFilter) ([]store.Cluster, error) {
	drive, other, err := store.Driver(ctx, f.Actor, f.With, s.docCount)
	if err != nil {
		return nil, err
	}
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	// $1 and $2: the party and the page.
	arg("")
	arg(0)
	where := []string{`p.entity_id = $1`}
	if f.Type != "" {
		where = append(where, `p.type = `+arg(strings.ToUpper(f.Type)))
	}
	dates := f
	dates.Type = ""
	dw := clusterWhere(dates, arg)
	where = append(where, dw...)
	if len(other) > 0 {
		where = append(where, `EXISTS (SELECT 1 FROM event_parties o WHERE o.event_id = p.event_id AND o.entity_id = ANY(`+arg(other)+`))`)
	}
	// Each row's day, its cluster and the cluster's date (store.NewestWalk).
	q := `SELECT p.day, p.event_id, e.cluster_id, (SELECT date FROM clusters WHERE id = e.cluster_id)
		FROM event_parties p JOIN events e ON e.id = p.event_id`
	if len(dw) > 0 {
		q += ` JOIN clusters c ON c.id = e.cluster_id`
	}
	q += ` WHERE ` + strings.Join(where, " AND ")
	// A page after the first starts after the last row read, its arguments
	// after the others.
	n := len(args)
	dated := walk{
		first: q + ` ORDER BY p.day DESC, p.event_id DESC LIMIT $2`,
		next:  q + fmt.Sprintf(` AND (p.day, p.event_id) < ($%d, $%d) ORDER BY p.day DESC, p.event_id DESC LIMIT $2`, n+1, n+2),
		after: func(day string, eid int64) []any { return []any{day, eid} },
	}
	walks := []walk{dated}
	if f.From == "" && f.To == "" {
		// Undated clusters count as the newest (Events lists them last),
		// and the walk by day reaches them only at its end: without a date
		// filter, which no undated cluster passes, the rows without a day
		// whose cluster has no date either are walked apart (an undated
		// report joined to a dated story is reached by the dated walk).
		uq := q + ` AND p.day = '' AND (SELECT date FROM clusters WHERE id = e.cluster_id) = ''`
		walks = append(walks, walk{
			first: uq + ` ORDER BY p.event_id DESC LIMIT $2`,
			next:  uq + fmt.Sprintf(` AND p.event_id < $%d ORDER BY p.event_id DESC LIMIT $2`, n+1),
			after: func(_ string, eid int64) []any { return []any{eid} },
		})
	}
	var all []store.DatedID
	seen := map[string]bool{}
	// Each id's dated walk, then each id's undated one, as in SQLite.
	for _, w := range walks {
		for _, id := range drive {
			mine := store.NewNewestWalk(f.Limit)
			page, sql, after := min(f.Limit, maxWalkPage), w.first, []any(nil)
			args[0] = id
			full := false
			for !full {
				args[1] = page
				rows, err := s.pool.Query(ctx, sql, append(args, after...)...)
				if err != nil {
					return nil, fmt.Errorf("events of %s: %w", id, err)
				}
				var day, cid, date string
				var eid int64
				n := 0
				if _, err := pgx.ForEachRow(rows, []any{&day, &eid, &cid, &date}, func() error {
					n++
					if full = full || mine.Done(day); full {
						return nil
					}
					mine.Add(cid, date)
					if !seen[cid] {
						seen[cid] = true
						all = append(all, store.DatedID{Day: date, ID: cid})
					}
					return nil
				}); err != nil {
					return nil, fmt.Errorf("events of %s: %w", id, err)
				}
				if n < page || full {
					break // the party's rows are all read, or the walk is done
				}
				page, sql, after = min(2*page, maxWalkPage), w.next, w.after(day, eid)
			}
		}
	}
	ids := store.NewestIDs(all, f.Limit)
	return s.queryClusters(ctx, `SELECT `+clusterCols()+` FROM clusters c WHERE c.id = ANY($1)`, ids)
}

// walk is one of recentClusters' walks of party rows: its first page, the
// pages after, and the arguments that start a page after a row.
type walk struct {
	first, next string
	after       func(day string, eid int64) []any
}

// docCount is the number of documents naming any of ids (an upper bound:
// a document naming two of them counts twice), from entity_counts.
func (s *DB) docCount(ctx context.Context, ids []string) (int64, error) {
	var n int64
	err := s.pool.QueryRow(ctx, `SELECT coalesce(sum(docs), 0) FROM entity_counts WHERE entity_id = ANY($1)`, ids).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("documents of %v: %w", ids, err)
	}
	return n, nil
}
