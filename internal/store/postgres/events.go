package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
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
// hold the locks of their events' blocking keys and of the rows of the
// clusters they join (locks.go), so two workers storing reports of one
// event at once cannot both start a cluster for it.
//
// The candidates are the events in the window (cluster.WindowOf, one range
// per span class) that share a blocking key (cluster.Keys: any two events
// cluster.Same matches share one) with the new event, as in the SQLite
// backend, and cluster.Same decides, so both backends cluster alike.
// Dates, the window, Join and ids are internal/cluster's, shared with the
// SQLite backend.
//
// A cluster's summary is kept from its state (store.ClusterState, the
// clusters.state column): a report added to a cluster updates it from the
// state alone; a merge or a removal summarises the cluster from all its
// mentions again (refreshClusters), as the SQLite backend does.

// ownIDs are the ids of the events a version stored so far: no candidates
// of its later events.
func ownIDs(adds []added) []int64 {
	ids := make([]int64, len(adds))
	for i, a := range adds {
		ids[i] = a.id
	}
	return ids
}

// added is a mention a version added to a cluster.
type added struct {
	id      int64
	cluster string
	m       store.StoredMention
}

// putEvents stores the record's events of version vid (independent-source
// group grp), joining or starting clusters, and updates the summaries of
// the clusters it touched. sides are the parties each event's actors stand
// for (sidesOf).
func putEvents(ctx context.Context, tx pgx.Tx, vid, grp int64, rec *record.Record, sides [][]string, excl bool) error {
	locked := map[string]bool{}  // cluster rows this transaction locked or created
	merged := map[string]bool{}  // clusters merged away by this version
	refresh := map[string]bool{} // clusters to summarise from all their mentions
	var adds []added
	for i := range rec.Events {
		ev := &rec.Events[i]
		sides := sides[i]
		sideSet := make(map[string]bool, len(sides))
		for _, s := range sides {
			sideSet[s] = true
		}
		lo, hi := cluster.Bounds(deref(ev.Date), deref(ev.DateEnd))
		span := cluster.SpanOf(ev)
		var matched []string
		spans := map[string]cluster.Span{}
		keys := []int64{} // an undated event is no later event's candidate
		if lo != "" {
			var lookup []int64
			keys, lookup = cluster.Keys(ev, sides)
			var err error
			if matched, spans, err = matchLocked(ctx, tx, ownIDs(adds), ev, lookup, sideSet, lo, hi, span, locked, excl); err != nil {
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
				// The key rows first: they are found by the events' ids.
				if _, err := tx.Exec(ctx, `UPDATE event_keys SET cluster_id = $1
					WHERE event_id IN (SELECT id FROM events WHERE cluster_id = $2)`, cid, other); err != nil {
					return err
				}
				if _, err := tx.Exec(ctx, `UPDATE events SET cluster_id = $1 WHERE cluster_id = $2`, cid, other); err != nil {
					return err
				}
				if _, err := tx.Exec(ctx, `DELETE FROM clusters WHERE id = $1`, other); err != nil {
					return err
				}
				merged[other] = true
				delete(refresh, other)
				refresh[cid] = true
				for j := range adds {
					if adds[j].cluster == other {
						adds[j].cluster = cid
					}
				}
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
			inUse := func(id string) bool { return locked[id] || merged[id] }
			if cid, err = newCluster(ctx, tx, ev, sides, rec.Hash, i, inUse, span); err != nil {
				return err
			}
			locked[cid] = true
		}
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
		// The event, its party rows and its blocking keys in one statement.
		var id int64
		err = tx.QueryRow(ctx, `WITH e AS (INSERT INTO events (version_id, idx, type, mode, date, date_end, lo, hi, span, place,
				name, document, modality, evidence, actors, sides, cluster_id, event, grp, published)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $20, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) RETURNING id),
			p AS (INSERT INTO event_parties (entity_id, event_id, day, type) SELECT p, e.id, $7, $3 FROM e, unnest($21::text[]) p
				ON CONFLICT DO NOTHING),
			k AS (INSERT INTO event_keys (key, span, lo, hi, event_id, cluster_id)
				SELECT k, $20, $7, $8, e.id, $16 FROM e, unnest($22::bigint[]) k ON CONFLICT DO NOTHING)
			SELECT id FROM e`,
			vid, i, ev.Type, ev.Mode, ev.Date, ev.DateEnd, lo, hi, ev.Place, ev.Name, ev.Document, ev.Modality,
			clean(ev.Evidence.Text), actors, sides, cid, string(evJSON), grp, deref(rec.Published), cluster.SpanClass(lo, hi), ps,
			keys).Scan(&id)
		if err != nil {
			return err
		}
		adds = append(adds, added{id: id, cluster: cid, m: store.StoredMention{Type: ev.Type, Mode: ev.Mode,
			Date: deref(ev.Date), DateEnd: deref(ev.DateEnd), Place: deref(ev.Place), Name: deref(ev.Name),
			Document: deref(ev.Document), Modality: ev.Modality, Actors: ev.Actors, Group: grp}})
	}
	return summarise(ctx, tx, vid, grp, adds, refresh, excl)
}

// summarise updates the summaries of the clusters the version's mentions
// went to: from each cluster's state and the new mentions, or, for a
// cluster that absorbed others (refresh) or has no state yet, from all its
// mentions.
func summarise(ctx context.Context, tx pgx.Tx, vid, grp int64, adds []added, refresh map[string]bool, excl bool) error {
	var ids []string
	for _, a := range adds {
		if !refresh[a.cluster] && !slices.Contains(ids, a.cluster) {
			ids = append(ids, a.cluster)
		}
	}
	full := make([]string, 0, len(refresh))
	for id := range refresh {
		full = append(full, id)
	}
	if len(ids) > 0 {
		// Whether the version's source group already reports the event (a
		// near-duplicate stored before) comes with the state.
		rows, err := tx.Query(ctx, `SELECT c.id, c.state,
				EXISTS (SELECT 1 FROM events e WHERE e.cluster_id = c.id AND e.grp = $2 AND e.version_id <> $3)
			FROM clusters c WHERE c.id = ANY($1)`, ids, grp, vid)
		if err != nil {
			return fmt.Errorf("cluster states: %w", err)
		}
		var b pgx.Batch
		var id string
		var state []byte
		var known bool
		if _, err := pgx.ForEachRow(rows, []any{&id, &state, &known}, func() error {
			if state == nil {
				full = append(full, id) // not summarised since migration 004
				return nil
			}
			var st store.ClusterState
			if err := json.Unmarshal(state, &st); err != nil {
				return fmt.Errorf("state of cluster %s: %w", id, err)
			}
			// The state's actors are those the new mentions add (states
			// written before kept them all): the cluster's list is
			// appended to (queueSummary).
			st.Actors = nil
			for _, a := range adds {
				if a.cluster == id {
					st.Add(a.m, a.id, !known)
					known = true
				}
			}
			return queueSummary(&b, id, &st, false)
		}); err != nil {
			return err
		}
		if err := tx.SendBatch(ctx, &b).Close(); err != nil {
			return fmt.Errorf("cluster summaries: %w", err)
		}
	}
	sort.Strings(full)
	return refreshClusters(ctx, tx, full, excl)
}

// queueSummary queues the writing of a cluster's summary and state. With
// whole, st holds every mention and the cluster's actors are set to its
// list; else st's actors are those of the mentions added to it, appended to
// the cluster's when new. The state is written without actors: a summit
// reported thousands of times names thousands of persons, and writing the
// list twice with every report (in the summary and in the state) made a
// write's cost grow with the story.
func queueSummary(b *pgx.Batch, id string, st *store.ClusterState, whole bool) error {
	s := st.Summary()
	lean := *st
	lean.Actors = nil
	js, err := json.Marshal(lean)
	if err != nil {
		return err
	}
	actors := `$12::jsonb`
	if !whole {
		actors = `actors || coalesce((SELECT jsonb_agg(a ORDER BY n) FROM jsonb_array_elements_text($12::jsonb)
			WITH ORDINALITY u(a, n) WHERE NOT clusters.actors ? a), '[]')`
	}
	b.Queue(`UPDATE clusters SET type = $2, mode = $3, date = $4, date_end = $5, place = $6, name = $7,
		document = $8, modality = $9, sources = $10, mentions = $11, actors = `+actors+`, span_lo = $13, span_hi = $14,
		state = $15 WHERE id = $1`,
		id, s.Type, s.Mode, s.Date, s.DateEnd, s.Place, s.Name, s.Document, s.Modality, s.Sources, s.Mentions, s.Actors,
		s.Span.Lo, s.Span.Hi, string(js))
	return nil
}

// matchLocked is matchClusters with the rows of the matched clusters
// locked: a cluster another writer merged away or changed the span of
// between the match and the lock is looked for again (locks.go). locked
// holds the clusters this transaction has locked already; excl says it
// holds every key (allKeys), so that no other write runs and no row needs
// a lock (a batch's row locks, taken and updated by the savepoints of its
// documents, would each cost PostgreSQL a multixact).
func matchLocked(ctx context.Context, tx pgx.Tx, own []int64, ev *record.Event, lookup []int64, sideSet map[string]bool,
	lo, hi string, span cluster.Span, locked map[string]bool, excl bool) ([]string, map[string]cluster.Span, error) {
	for {
		matched, spans, err := matchClusters(ctx, tx, own, ev, lookup, sideSet, lo, hi, span)
		if err != nil {
			return nil, nil, err
		}
		var fresh []string
		for _, id := range matched {
			if !locked[id] {
				fresh = append(fresh, id)
			}
		}
		if len(fresh) == 0 || excl {
			return matched, spans, nil
		}
		cur, err := lockClusters(ctx, tx, fresh)
		if err != nil {
			return nil, nil, err
		}
		stale := false
		for _, id := range fresh {
			locked[id] = true
			if sp, ok := cur[id]; !ok || sp != spans[id] {
				stale = true
			}
		}
		if !stale {
			return matched, spans, nil
		}
	}
}

// lockClusters locks the rows of clusters ids, in id order, and returns
// the spans of those that exist.
func lockClusters(ctx context.Context, tx pgx.Tx, ids []string) (map[string]cluster.Span, error) {
	rows, err := tx.Query(ctx, `SELECT id, span_lo, span_hi FROM clusters WHERE id = ANY($1) ORDER BY id FOR UPDATE`, ids)
	if err != nil {
		return nil, fmt.Errorf("lock clusters: %w", err)
	}
	out := map[string]cluster.Span{}
	var id string
	var sp cluster.Span
	if _, err := pgx.ForEachRow(rows, []any{&id, &sp.Lo, &sp.Hi}, func() error { out[id] = sp; return nil }); err != nil {
		return nil, fmt.Errorf("lock clusters: %w", err)
	}
	return out, nil
}

// matchClusters returns the clusters of stored events (other than own,
// the version's) that cluster.Same matches with ev among those filed under
// one of its lookup keys (cluster.Keys; event_keys) whose days overlap
// [lo-2 days, hi+2 days], and whose span meets ev's, with the spans of
// those clusters. The candidates' ids come first, and their
// events are read a few a cluster at a time, in id order, until one of a
// cluster matches: a story reported a hundred times is decided by its first
// reports, not by reading all of them (the decision is the same as reading
// every candidate).
func matchClusters(ctx context.Context, tx pgx.Tx, own []int64, ev *record.Event, lookup []int64, sideSet map[string]bool,
	lo, hi string, span cluster.Span) ([]string, map[string]cluster.Span, error) {
	if len(lookup) == 0 {
		return nil, nil, nil
	}
	// One range scan of event_keys a span class, each reaching back as far
	// as the events of that class can start and still overlap the window
	// (cluster.WindowOf); an event holding two of the keys comes once.
	w := cluster.WindowOf(lo, hi)
	// The events and their clusters come from event_keys_lookup alone.
	const part = `SELECT event_id, cluster_id FROM event_keys WHERE key = ANY($1) AND span = %d AND lo BETWEEN $%d AND $5 AND hi >= $6`
	rows, err := tx.Query(ctx, `SELECT k.event_id, k.cluster_id, c.span_lo, c.span_hi FROM (`+
		fmt.Sprintf(part, 0, 2)+` UNION `+fmt.Sprintf(part, 1, 3)+` UNION `+fmt.Sprintf(part, 2, 4)+`) k
		JOIN clusters c ON c.id = k.cluster_id WHERE k.event_id <> ALL($7) ORDER BY k.event_id`,
		lookup, w.Start[0], w.Start[1], w.Start[2], w.To, w.From, own)
	if err != nil {
		return nil, nil, err
	}
	spans := map[string]cluster.Span{}
	pending := map[string][]int64{} // each cluster's candidates not yet read, in id order
	var order []string
	var id int64
	var cid string
	var sp cluster.Span
	if _, err := pgx.ForEachRow(rows, []any{&id, &cid, &sp.Lo, &sp.Hi}, func() error {
		if _, ok := spans[cid]; !ok {
			spans[cid] = sp
			order = append(order, cid)
		}
		pending[cid] = append(pending[cid], id)
		return nil
	}); err != nil {
		return nil, nil, err
	}
	for cid, sp := range spans {
		if _, ok := span.Meet(sp); !ok {
			delete(pending, cid)
		}
	}
	const perRound = 4 // candidates of each cluster read at a time
	matched := map[string]bool{}
	for len(pending) > 0 {
		var ids []int64
		for _, cid := range order {
			ps := pending[cid]
			n := min(len(ps), perRound)
			ids = append(ids, ps[:n]...)
			if pending[cid] = ps[n:]; len(ps) == n {
				delete(pending, cid)
			}
		}
		rows, err := tx.Query(ctx, `SELECT id, cluster_id, event, sides FROM events WHERE id = ANY($1) ORDER BY id`, ids)
		if err != nil {
			return nil, nil, err
		}
		var evJSON []byte
		var sides []string
		if _, err := pgx.ForEachRow(rows, []any{&id, &cid, &evJSON, &sides}, func() error {
			if matched[cid] {
				return nil
			}
			var c record.Event
			if err := json.Unmarshal(evJSON, &c); err != nil {
				return fmt.Errorf("stored event %d: %w", id, err)
			}
			cs := make(map[string]bool, len(sides))
			for _, s := range sides {
				cs[s] = true
			}
			if cluster.Same(ev, sideSet, &c, cs) {
				matched[cid] = true
				delete(pending, cid)
			}
			return nil
		}); err != nil {
			return nil, nil, err
		}
	}
	out := make([]string, 0, len(matched))
	for _, cid := range order {
		if matched[cid] {
			out = append(out, cid)
		}
	}
	return out, spans, nil
}

// refreshClusters locks the rows of clusters ids (unless the write holds
// every key, excl) and summarises each from all its mentions; a cluster
// left without mentions is deleted.
func refreshClusters(ctx context.Context, tx pgx.Tx, ids []string, excl bool) error {
	if len(ids) == 0 {
		return nil
	}
	if !excl {
		if _, err := lockClusters(ctx, tx, ids); err != nil {
			return err
		}
	}
	rows, err := tx.Query(ctx, `SELECT cluster_id, id, type, mode, coalesce(date, ''), coalesce(date_end, ''),
		coalesce(place, ''), coalesce(name, ''), coalesce(document, ''), modality, actors, grp
		FROM events WHERE cluster_id = ANY($1) ORDER BY cluster_id, id`, ids)
	if err != nil {
		return err
	}
	states := map[string]*store.ClusterState{}
	groups := map[string]map[int64]bool{}
	var cid string
	var id int64
	var m store.StoredMention
	if _, err := pgx.ForEachRow(rows, []any{&cid, &id, &m.Type, &m.Mode, &m.Date, &m.DateEnd, &m.Place, &m.Name,
		&m.Document, &m.Modality, &m.Actors, &m.Group}, func() error {
		st := states[cid]
		if st == nil {
			st = &store.ClusterState{}
			states[cid] = st
			groups[cid] = map[int64]bool{}
		}
		st.Add(m, id, !groups[cid][m.Group])
		groups[cid][m.Group] = true
		return nil
	}); err != nil {
		return err
	}
	var b pgx.Batch
	for _, id := range ids {
		if st := states[id]; st != nil {
			if err := queueSummary(&b, id, st, true); err != nil {
				return err
			}
		} else {
			b.Queue(`DELETE FROM clusters WHERE id = $1`, id)
		}
	}
	return tx.SendBatch(ctx, &b).Close()
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
		tag, err := tx.Exec(ctx, `INSERT INTO clusters (id, type, mode, span_lo, span_hi, state)
			VALUES ($1, $2, $3, $4, $5, '{}') ON CONFLICT (id) DO NOTHING`, id, ev.Type, ev.Mode, span.Lo, span.Hi)
		if err != nil {
			return "", err
		}
		if tag.RowsAffected() == 1 {
			return id, nil
		}
	}
}
