package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/jackc/pgx/v5"

	"kronik/internal/cluster"
	"kronik/internal/record"
	"kronik/internal/store"
)

// Incremental clustering: each dated event of a new version is compared
// (cluster.Same) with the stored events of its type and mode whose days
// overlap a window around its own, in clusters whose span meets its date;
// it joins the first such cluster (by id), and other clusters it matches
// are merged into that one when their spans allow a common day
// (cluster.Span). Unmatched events start a cluster of their own. Writers
// hold writerLock, so two workers storing reports of one event at once
// cannot both start a cluster for it.
//
// The candidates are the events of the type and mode in the window
// (cluster.WindowOf, one range per span class) that share the sides
// cluster.Same requires for talks and visits: a superset of those the
// blocking keys (cluster.Keys) find, and cluster.Same decides, so both
// backends cluster alike. Dates, the window, Join and ids are
// internal/cluster's, shared with the SQLite backend.

// sideBound reports whether cluster.Same matches two events of ev's kind
// only when they share a side: every kind but summits (matched by place or
// name) and signings (by the document). Their candidates are then only the
// events sharing one of ev's sides.
func sideBound(ev *record.Event) bool {
	return ev.Mode != "multilateral" && ev.Type != "AGREE"
}

// candidate is a stored event a new one may join.
type candidate struct {
	id      int64
	cluster string
	ev      record.Event
	sides   map[string]bool
}

// putEvents stores the record's events of version vid (independent-source
// group grp), joining or starting clusters, and refreshes the summaries of
// the clusters it touched.
func putEvents(ctx context.Context, tx pgx.Tx, vid, grp int64, rec *record.Record) error {
	touched := map[string]bool{}
	merged := map[string]bool{} // clusters merged away by this version
	for i := range rec.Events {
		ev := &rec.Events[i]
		sides := store.Sides(rec, ev)
		sideSet := make(map[string]bool, len(sides))
		for _, s := range sides {
			sideSet[s] = true
		}
		lo, hi := cluster.Bounds(deref(ev.Date), deref(ev.DateEnd))
		span := cluster.SpanOf(ev)
		var matched []string
		spans := map[string]cluster.Span{}
		if lo != "" {
			var err error
			if matched, spans, err = matchClusters(ctx, tx, vid, ev, sideSet, lo, hi, span); err != nil {
				return err
			}
		}
		var cid string
		if len(matched) > 0 {
			ms := make([]cluster.Matched, len(matched))
			for j, id := range matched {
				ms[j] = cluster.Matched{ID: id, Span: spans[id]}
			}
			var merge []string
			cid, merge, span = cluster.Join(span, ms)
			for _, other := range merge {
				if _, err := tx.Exec(ctx, `UPDATE events SET cluster_id = $1 WHERE cluster_id = $2`, cid, other); err != nil {
					return err
				}
				if _, err := tx.Exec(ctx, `DELETE FROM clusters WHERE id = $1`, other); err != nil {
					return err
				}
				delete(touched, other)
				merged[other] = true
			}
			// The cluster's span narrows at once: this version's later
			// events must meet it.
			if span != spans[cid] {
				if _, err := tx.Exec(ctx, `UPDATE clusters SET span_lo = $1, span_hi = $2 WHERE id = $3`, span.Lo, span.Hi, cid); err != nil {
					return err
				}
			}
		} else {
			var err error
			inUse := func(id string) bool { return touched[id] || merged[id] }
			if cid, err = newCluster(ctx, tx, ev, sides, rec.Hash, i, inUse, span); err != nil {
				return err
			}
		}
		touched[cid] = true
		// The evidence has its own column; the JSON holds what cluster.Same
		// reads.
		slim := *ev
		slim.Evidence = record.Evidence{}
		evJSON, err := json.Marshal(slim)
		if err != nil {
			return err
		}
		actors := ev.Actors
		if actors == nil {
			actors = []string{}
		}
		ps := store.Parties(ev.Actors, sides)
		// The event and its party rows in one statement.
		_, err = tx.Exec(ctx, `WITH e AS (INSERT INTO events (version_id, idx, type, mode, date, date_end, lo, hi, span, place,
				name, document, modality, evidence, actors, sides, cluster_id, event, grp, published)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $20, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) RETURNING id)
			INSERT INTO event_parties (entity_id, event_id) SELECT p, e.id FROM e, unnest($21::text[]) p ON CONFLICT DO NOTHING`,
			vid, i, ev.Type, ev.Mode, ev.Date, ev.DateEnd, lo, hi, ev.Place, ev.Name, ev.Document, ev.Modality,
			clean(ev.Evidence.Text), actors, sides, cid, string(evJSON), grp, deref(rec.Published), cluster.SpanClass(lo, hi), ps)
		if err != nil {
			return err
		}
	}
	ids := make([]string, 0, len(touched))
	for id := range touched {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return refreshClusters(ctx, tx, ids)
}

// matchClusters returns the clusters of stored events (other than version
// vid's) that cluster.Same matches with ev among those of its type and mode
// whose days overlap [lo-2 days, hi+2 days], and whose span meets ev's, with
// the spans of those clusters.
func matchClusters(ctx context.Context, tx pgx.Tx, vid int64, ev *record.Event, sideSet map[string]bool,
	lo, hi string, span cluster.Span) ([]string, map[string]cluster.Span, error) {
	w := cluster.WindowOf(lo, hi)
	q := `SELECT e.id, e.cluster_id, e.event, e.sides, c.span_lo, c.span_hi
		FROM events e JOIN clusters c ON c.id = e.cluster_id
		WHERE e.type = $1 AND e.mode = $2 AND e.lo <> '' AND (
			(e.span = 0 AND e.lo BETWEEN $3 AND $6) OR (e.span = 1 AND e.lo BETWEEN $4 AND $6) OR
			(e.span = 2 AND e.lo BETWEEN $5 AND $6))
		AND e.hi >= $7 AND e.version_id <> $8`
	args := []any{ev.Type, ev.Mode, w.Start[0], w.Start[1], w.Start[2], w.To, w.From, vid}
	if sideBound(ev) {
		// cluster.Same: two sides in common, or the same single side when
		// each has one.
		sides := make([]string, 0, len(sideSet))
		for s := range sideSet {
			sides = append(sides, s)
		}
		switch len(sides) {
		case 0:
			return nil, nil, nil
		case 1:
			q += ` AND jsonb_array_length(e.sides) = 1 AND e.sides ? $9`
			args = append(args, sides[0])
		default:
			q += ` AND e.sides ?| $9 AND (SELECT count(*) FROM jsonb_array_elements_text(e.sides) x WHERE x = ANY($9)) >= 2`
			args = append(args, sides)
		}
	}
	rows, err := tx.Query(ctx, q+` ORDER BY e.id`, args...)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	spans := map[string]cluster.Span{}
	matched := map[string]bool{}
	for rows.Next() {
		var c candidate
		var evJSON []byte
		var sides []string
		var sp cluster.Span
		if err := rows.Scan(&c.id, &c.cluster, &evJSON, &sides, &sp.Lo, &sp.Hi); err != nil {
			return nil, nil, err
		}
		if matched[c.cluster] {
			continue
		}
		if _, ok := span.Meet(sp); !ok {
			continue
		}
		if err := json.Unmarshal(evJSON, &c.ev); err != nil {
			return nil, nil, fmt.Errorf("stored event %d: %w", c.id, err)
		}
		c.sides = make(map[string]bool, len(sides))
		for _, s := range sides {
			c.sides[s] = true
		}
		if cluster.Same(ev, sideSet, &c.ev, c.sides) {
			matched[c.cluster] = true
			spans[c.cluster] = sp
		}
	}
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	out := make([]string, 0, len(matched))
	for id := range matched {
		out = append(out, id)
	}
	return out, spans, nil
}

// refreshClusters recomputes the summary of each cluster from all its
// mentions (store.Summarize); a cluster left without mentions is deleted.
func refreshClusters(ctx context.Context, tx pgx.Tx, ids []string) error {
	for _, id := range ids {
		rows, err := tx.Query(ctx, `SELECT type, mode, coalesce(date, ''), coalesce(date_end, ''), coalesce(place, ''),
			coalesce(name, ''), coalesce(document, ''), modality, actors, grp FROM events WHERE cluster_id = $1 ORDER BY id`, id)
		if err != nil {
			return err
		}
		ms, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.StoredMention, error) {
			var m store.StoredMention
			err := r.Scan(&m.Type, &m.Mode, &m.Date, &m.DateEnd, &m.Place, &m.Name, &m.Document, &m.Modality, &m.Actors, &m.Group)
			return m, err
		})
		if err != nil {
			return err
		}
		if len(ms) == 0 {
			if _, err := tx.Exec(ctx, `DELETE FROM clusters WHERE id = $1`, id); err != nil {
				return err
			}
			continue
		}
		s := store.Summarize(ms)
		if _, err := tx.Exec(ctx, `UPDATE clusters SET type = $2, mode = $3, date = $4, date_end = $5, place = $6, name = $7,
			document = $8, modality = $9, sources = $10, mentions = $11, actors = $12, span_lo = $13, span_hi = $14 WHERE id = $1`,
			id, s.Type, s.Mode, s.Date, s.DateEnd, s.Place, s.Name, s.Document, s.Modality, s.Sources, s.Mentions, s.Actors,
			s.Span.Lo, s.Span.Hi); err != nil {
			return err
		}
	}
	return nil
}

// newCluster inserts the row of a cluster started by event i of the version
// with this hash, under cluster.ID's id salted until no stored cluster and
// no cluster this version touched (inUse) has it, and returns the id.
func newCluster(ctx context.Context, tx pgx.Tx, ev *record.Event, sides []string, hash string, i int,
	inUse func(string) bool, span cluster.Span) (string, error) {
	for salt := 0; ; salt++ {
		id := cluster.ID(ev, sides, hash, i, salt)
		if inUse(id) {
			continue
		}
		tag, err := tx.Exec(ctx, `INSERT INTO clusters (id, type, mode, span_lo, span_hi) VALUES ($1, $2, $3, $4, $5)
			ON CONFLICT (id) DO NOTHING`, id, ev.Type, ev.Mode, span.Lo, span.Hi)
		if err != nil {
			return "", err
		}
		if tag.RowsAffected() == 1 {
			return id, nil
		}
	}
}
