package sqlite

import (
	"context"
	"encoding/json"
	"errors"

	"kronik/internal/cluster"
	"kronik/internal/record"
	"kronik/internal/store"
)

// A cluster's summary row takes the fields of its best mention: one that
// reports the event as having happened, then the most precise date, then the
// date most mentions give (a summit's eve and its day both appear in
// reports), then the earliest; among mentions alike in all of these, the
// first stored. Place, name and document the best mention lacks come from
// the first mention that has them. Actors are the union of the mentions'
// actors in the order they first appear; sources count the distinct
// independent-source groups of the mentions.
//
// refreshClusters computes this from every mention (after a merge or a
// removal); addMentions updates it from the new mentions alone, through
// cluster_dates (mentions by date and modality), so that the cost of adding a
// report does not grow with the number of reports of the event. The best
// date group is chosen by store.BestGroup, the rule store.Summarize keeps.

// summary is a cluster's row.
type summary struct {
	typ, mode, date, end, place, name, doc, modality string
	sources, mentions                                int
	// the first non-empty place, name and document of any mention
	firstPlace, firstName, firstDoc string
}

func (s *summary) write(ctx context.Context, tx execer, id string) error {
	if s.place == "" {
		s.place = s.firstPlace
	}
	if s.name == "" {
		s.name = s.firstName
	}
	if s.doc == "" {
		s.doc = s.firstDoc
	}
	_, err := tx.ExecContext(ctx, `UPDATE clusters SET type = ?, mode = ?, date = ?, date_end = ?, place = ?,
		name = ?, document = ?, modality = ?, sources = ?, mentions = ?, first_place = ?, first_name = ?,
		first_document = ? WHERE id = ?`,
		s.typ, s.mode, s.date, s.end, s.place, s.name, s.doc, s.modality, s.sources, s.mentions,
		s.firstPlace, s.firstName, s.firstDoc, id)
	return err
}

// see records the first non-empty values of a mention, in storage order.
func (s *summary) see(place, name, doc string) {
	if s.firstPlace == "" {
		s.firstPlace = place
	}
	if s.firstName == "" {
		s.firstName = name
	}
	if s.firstDoc == "" {
		s.firstDoc = doc
	}
}

// refreshClusters recomputes the summary and the date groups of each cluster
// from all its mentions. A cluster left without mentions is deleted.
func refreshClusters(ctx context.Context, tx execer, ids []string) error {
	for _, id := range ids {
		// An event's grp is its version's (written with it, migration 008):
		// reading the version's would follow the row's overflow pages,
		// body and text, to reach the column.
		rows, err := tx.QueryContext(ctx, `SELECT e.id, e.type, e.mode, coalesce(e.date, ''), coalesce(e.date_end, ''),
			coalesce(e.place, ''), coalesce(e.name, ''), coalesce(e.document, ''), e.modality, e.actors, e.grp
			FROM events e WHERE e.cluster_id = ? ORDER BY e.id`, id)
		if err != nil {
			return err
		}
		type row struct {
			id                                                       int64
			typ, mode, date, end, place, name, doc, modality, actors string
			grp                                                      int64
		}
		var rs []row
		for rows.Next() {
			var r row
			if err := rows.Scan(&r.id, &r.typ, &r.mode, &r.date, &r.end, &r.place, &r.name, &r.doc, &r.modality, &r.actors, &r.grp); err != nil {
				rows.Close()
				return err
			}
			rs = append(rs, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, q := range []string{`DELETE FROM cluster_dates WHERE cluster_id = ?`, `DELETE FROM cluster_actors WHERE cluster_id = ?`} {
			if _, err := tx.ExecContext(ctx, q, id); err != nil {
				return err
			}
		}
		if len(rs) == 0 {
			if _, err := tx.ExecContext(ctx, `DELETE FROM clusters WHERE id = ?`, id); err != nil {
				return err
			}
			continue
		}
		type gk struct {
			date     string
			occurred bool
		}
		at := map[gk]int{}
		var gs []store.DateGroup
		byID := map[int64]*row{}
		groups := map[int64]bool{}
		var actors []actorRow
		var sum summary
		for i := range rs {
			r := &rs[i]
			byID[r.id] = r
			groups[r.grp] = true
			k := gk{r.date, r.modality == "occurred"}
			if j, ok := at[k]; ok {
				gs[j].N++
			} else {
				at[k] = len(gs)
				gs = append(gs, store.DateGroup{Date: r.date, Occurred: k.occurred, N: 1, First: r.id})
			}
			var as []string
			json.Unmarshal([]byte(r.actors), &as)
			actors = appendActors(actors, r.id, as)
		}
		if err := putActors(ctx, tx, id, actors); err != nil {
			return err
		}
		for _, g := range gs {
			if _, err := tx.ExecContext(ctx, `INSERT INTO cluster_dates (cluster_id, date, occurred, n, first)
				VALUES (?, ?, ?, ?, ?)`, id, g.Date, g.Occurred, g.N, g.First); err != nil {
				return err
			}
		}
		b := byID[gs[store.BestGroup(gs)].First]
		// The span is what every mention allows; mentions chained before
		// spans existed (migration 015) may allow no common day, and then
		// the best mention's date stands for the cluster.
		var span cluster.Span
		ok := true
		for i := 0; i < len(rs) && ok; i++ {
			span, ok = span.Meet(cluster.SpanOf(&record.Event{Mode: rs[i].mode, Date: ptr(rs[i].date), DateEnd: ptr(rs[i].end)}))
		}
		if !ok {
			span = cluster.SpanOf(&record.Event{Mode: b.mode, Date: ptr(b.date), DateEnd: ptr(b.end)})
		}
		if _, err := tx.ExecContext(ctx, `UPDATE clusters SET span_lo = ?, span_hi = ? WHERE id = ?`, span.Lo, span.Hi, id); err != nil {
			return err
		}
		sum.typ, sum.mode, sum.date, sum.end, sum.place, sum.name, sum.doc = b.typ, b.mode, b.date, b.end, b.place, b.name, b.doc
		sum.modality = b.modality
		for _, r := range rs {
			sum.see(r.place, r.name, r.doc)
			if r.modality == "occurred" {
				sum.modality = "occurred"
			}
		}
		sum.sources, sum.mentions = len(groups), len(rs)
		if err := sum.write(ctx, tx, id); err != nil {
			return err
		}
	}
	return nil
}

// addMentions updates cluster id's summary for mentions just added by
// version vid (independent-source group grp); they are the cluster's newest
// event rows.
func addMentions(ctx context.Context, tx execer, id string, vid, grp int64, ms []addedMention) error {
	for _, m := range ms {
		if _, err := tx.ExecContext(ctx, `INSERT INTO cluster_dates (cluster_id, date, occurred, n, first) VALUES (?, ?, ?, 1, ?)
			ON CONFLICT DO UPDATE SET n = n + 1, first = min(first, excluded.first)`, id, m.date, m.occurred, m.id); err != nil {
			return err
		}
	}
	// Whether this version's source group already reports the event (another
	// version of it, or a near-duplicate stored before) comes with the row.
	var sum summary
	var known bool
	if err := tx.QueryRowContext(ctx, `SELECT sources, mentions, first_place, first_name, first_document,
		EXISTS (SELECT 1 FROM events WHERE cluster_id = ?1 AND grp = ?2 AND version_id <> ?3)
		FROM clusters WHERE id = ?1`, id, grp, vid).
		Scan(&sum.sources, &sum.mentions, &sum.firstPlace, &sum.firstName, &sum.firstDoc, &known); err != nil {
		return err
	}
	var actors []actorRow
	for _, m := range ms {
		sum.see(m.place, m.name, m.doc)
		actors = appendActors(actors, m.id, m.actors)
	}
	// Actors already in the cluster keep their first appearance.
	if err := putActors(ctx, tx, id, actors); err != nil {
		return err
	}
	sum.mentions += len(ms)
	if !known {
		sum.sources++
	}
	// The date groups with the fields of each group's first mention: the
	// best group's are the summary's (a cluster has a few groups).
	rows, err := tx.QueryContext(ctx, `SELECT d.date, d.occurred, d.n, d.first, e.type, e.mode, coalesce(e.date, ''),
		coalesce(e.date_end, ''), coalesce(e.place, ''), coalesce(e.name, ''), coalesce(e.document, ''), e.modality
		FROM cluster_dates d JOIN events e ON e.id = d.first WHERE d.cluster_id = ?`, id)
	if err != nil {
		return err
	}
	var gs []store.DateGroup
	var firsts []summary
	occurred := false
	for rows.Next() {
		var g store.DateGroup
		var f summary
		if err := rows.Scan(&g.Date, &g.Occurred, &g.N, &g.First, &f.typ, &f.mode, &f.date, &f.end, &f.place, &f.name,
			&f.doc, &f.modality); err != nil {
			rows.Close()
			return err
		}
		occurred = occurred || g.Occurred
		gs = append(gs, g)
		firsts = append(firsts, f)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if len(gs) == 0 {
		return errors.New("cluster without date groups")
	}
	b := firsts[store.BestGroup(gs)]
	sum.typ, sum.mode, sum.date, sum.end, sum.place, sum.name, sum.doc, sum.modality = b.typ, b.mode, b.date, b.end,
		b.place, b.name, b.doc, b.modality
	if occurred {
		sum.modality = "occurred"
	}
	return sum.write(ctx, tx, id)
}

// actorRow is an actor of a cluster with its order of first appearance: the
// event's id times 1024 plus the actor's position in the event.
type actorRow struct {
	Actor string
	Seq   int64
}

// appendActors adds the actors of event id, in order.
func appendActors(rows []actorRow, id int64, actors []string) []actorRow {
	for i, a := range actors {
		rows = append(rows, actorRow{a, id*1024 + int64(i)})
	}
	return rows
}

// putActors adds actors to cluster id; an actor already there keeps its
// first appearance, and so does the first of repeated ones (rows are in
// appearance order).
func putActors(ctx context.Context, tx execer, id string, rows []actorRow) error {
	// Only each actor's first row can be written: the others are left out
	// here rather than refused by SQLite, which for a much-reported event
	// (every report's actors, at a merge) was most of them.
	seen := make(map[string]bool, len(rows))
	args := make([]any, 0, 3*len(rows))
	for _, r := range rows {
		if !seen[r.Actor] {
			seen[r.Actor] = true
			args = append(args, id, r.Actor, r.Seq)
		}
	}
	return clusterActorInsert.exec(ctx, tx, args)
}
