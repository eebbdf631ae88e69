// write_events.go stores a document's events: each joins the cluster that
// cluster.Same and the span rule allow among stored events found by blocking
// keys and date window, or starts one; its own rows (new clusters, keys,
// parties) are written one statement per table.

package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"sort"
	"strconv"
	"strings"

	"kronik/internal/cluster"
	"kronik/internal/record"
	"kronik/internal/store"
)

// candidate is a stored event that a new one may join. It is decoded only
// when compared: a cluster already matched needs no more comparisons.
type candidate struct {
	ev                   record.Event
	sides                map[string]bool
	cluster              string
	whole, actors, sideJ string
}

// addedMention is an event row written to a cluster by the current Put.
type addedMention struct {
	id               int64
	date             string
	occurred         bool
	actors           []string
	place, name, doc string
}

// putEvents stores the record's events. Each dated event is compared with
// the stored events that share a blocking key with it and whose dates
// overlap a window around its own (cluster.Same decides) and whose cluster's
// span meets its date; it joins the first such cluster, and other clusters
// it matches are merged into that one when all their mentions allow a common
// day (cluster.Span). Unmatched events start a cluster of their own.
//
// The version's own rows that no lookup of its other events may see (their
// blocking keys, the clusters they start) are written once for all its
// events, after the loop: a statement each rather than one per event. Rows
// that no lookup reads (parties, their pairs, report order) are held for the
// end of the transaction (later.go).
func putEvents(ctx context.Context, tx *stmtTx, vid, grp int64, rec *record.Record) error {
	hash := rec.Hash
	added := map[string][]addedMention{} // clusters updated from their new mentions
	full := map[string]bool{}            // clusters recomputed from all mentions (merged)
	own := map[int64]bool{}              // this version's event rows
	fresh := map[string]bool{}           // clusters this version starts
	merged := map[string]string{}        // cluster merged away -> the cluster it joined
	var freshRows []freshCluster
	var keyRows []keyRow
	// A person the record gives no state stands for the one stored
	// entities give it (cluster.SidesKnown), this record's and the batch's
	// included (entityCountry); they do not change while its events are
	// written, so each is looked up once.
	countries := map[string]string{}
	countryOf := func(p string) (string, error) {
		if c, ok := countries[p]; ok {
			return c, nil
		}
		c, err := entityCountry(ctx, tx, p)
		if err == nil {
			countries[p] = c
		}
		return c, err
	}
	// The version's event rows are written after the loop, one statement
	// for all (no lookup of its other events reads them), with the ids
	// SQLite would have given them one by one: the next after the largest.
	var next int64
	if len(rec.Events) > 0 {
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM events`).Scan(&next); err != nil {
			return err
		}
	}
	twins, insert := tx.keepsTwins(), eventInsert
	if !twins {
		insert = eventInsertNoSig
	}
	evRows := make([]any, 0, insert.cols*len(rec.Events))
	for i := range rec.Events {
		ev := &rec.Events[i]
		sideSet, err := cluster.SidesKnown(rec, ev, countryOf)
		if err != nil {
			return err
		}
		sides := make([]string, 0, len(sideSet))
		for s := range sideSet {
			sides = append(sides, s)
		}
		sort.Strings(sides)
		lo, hi := cluster.Bounds(deref(ev.Date), deref(ev.DateEnd))
		span := cluster.SpanOf(ev)
		var matched []cluster.Matched
		if lo != "" {
			_, lookup := cluster.Keys(ev, sides)
			var err error
			matched, err = matchClusters(ctx, tx, own, lookup, lo, hi, ev, sideSet, span)
			if err != nil {
				return err
			}
		}
		var cid string
		if len(matched) > 0 {
			// The event joins the first matched cluster; it bridges it with
			// another only when every mention of both allows a common day
			// (cluster.Span), so that a vague report does not chain events
			// its own date cannot tell apart.
			into, merge, sp := cluster.Join(span, matched)
			cid = into
			for _, other := range merge {
				moves := []string{
					`UPDATE event_keys SET cluster_id = ?1 WHERE event_id IN (SELECT id FROM events WHERE cluster_id = ?2)`,
					`UPDATE events SET cluster_id = ?1 WHERE cluster_id = ?2`,
				}
				if tx.movesOrder() {
					// the report order of the cluster's stored events
					// (this batch's own are written at its end)
					moves = append(moves, `UPDATE mention_order SET cluster_id = ?1 WHERE cluster_id = ?2`)
				}
				for _, q := range moves {
					if _, err := tx.ExecContext(ctx, q, cid, other); err != nil {
						return err
					}
				}
				for _, q := range []string{`DELETE FROM clusters WHERE id = ?`, `DELETE FROM cluster_dates WHERE cluster_id = ?`,
					`DELETE FROM cluster_actors WHERE cluster_id = ?`} {
					if _, err := tx.ExecContext(ctx, q, other); err != nil {
						return err
					}
				}
				delete(added, other)
				delete(full, other)
				full[cid] = true
				merged[other] = cid
			}
			if sp != spanOf(matched, cid) {
				if _, err := tx.ExecContext(ctx, `UPDATE clusters SET span_lo = ?, span_hi = ? WHERE id = ?`,
					sp.Lo, sp.Hi, cid); err != nil {
					return err
				}
			}
		} else {
			// A new cluster's only mention is this event (this version's
			// other events never match it), so its summary is the event's
			// own fields, written here in full rather than read back and
			// recomputed by addMentions.
			var err error
			taken := func(id string) (bool, error) {
				if _, a := added[id]; a {
					return true, nil
				}
				if _, m := merged[id]; m {
					return true, nil
				}
				var t bool
				err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM clusters WHERE id = ?)`, id).Scan(&t)
				return t, err
			}
			if cid, err = cluster.Fresh(ev, sides, hash, i, taken); err != nil {
				return err
			}
			fresh[cid] = true
			freshRows = append(freshRows, freshCluster{ID: cid, Type: ev.Type, Mode: ev.Mode, Date: deref(ev.Date),
				End: deref(ev.DateEnd), Place: deref(ev.Place), Name: deref(ev.Name), Doc: deref(ev.Document),
				Modality: ev.Modality, Occurred: ev.Modality == "occurred", Lo: span.Lo, Hi: span.Hi, Actors: ev.Actors})
		}
		actorsJSON, _ := json.Marshal(nonNil(ev.Actors))
		sidesJSON, _ := json.Marshal(sides)
		class := cluster.SpanClass(lo, hi)
		long := lo != "" && class == 2
		medium := lo != "" && class == 1
		// The evidence sentence has its own column; leaving it out of the
		// JSON halves what every clustering lookup decodes.
		slim := *ev
		slim.Evidence = record.Evidence{}
		evJSON, err := json.Marshal(slim)
		if err != nil {
			return err
		}
		eid := next + int64(i) + 1
		sig := twinSig(string(evJSON), string(sidesJSON))
		evRows = append(evRows, eid, vid, i, ev.Type, ev.Mode, ev.Date, ev.DateEnd, lo, hi, long, medium, ev.Place, ev.Name,
			ev.Document, ev.Modality, ev.Evidence.Text, string(actorsJSON), string(sidesJSON), cid, string(evJSON), grp)
		if twins {
			evRows = append(evRows, sig)
		}
		own[eid] = true
		added[cid] = append(added[cid], addedMention{id: eid, date: deref(ev.Date), occurred: ev.Modality == "occurred",
			actors: ev.Actors, place: deref(ev.Place), name: deref(ev.Name), doc: deref(ev.Document)})
		if fresh[cid] {
			freshRows[len(freshRows)-1].First = eid
		}
		if lo != "" {
			ksig := sig
			if !twins || tx.db.everyKey {
				ksig = 0
			}
			keyRows = appendKeys(keyRows, eid, cid, ev, sides, lo, hi, ksig)
		}
		if tx.later.firstEvent == 0 {
			tx.later.firstEvent = eid
		}
		if !tx.bulk {
			tx.later.addParties(eid, lo, ev.Type, store.Parties(ev.Actors, sides))
		}
	}
	// Events and keys carry the cluster each event ended in: a later event
	// of this version may have merged the one it joined into another.
	final := func(cid string) string {
		for {
			to, ok := merged[cid]
			if !ok {
				return cid
			}
			cid = to
		}
	}
	for i := range keyRows {
		keyRows[i].Cluster = final(keyRows[i].Cluster)
	}
	for i := eventClusterCol; i < len(evRows); i += insert.cols {
		evRows[i] = final(evRows[i].(string))
	}
	if err := insert.exec(ctx, tx, evRows); err != nil {
		return err
	}
	if err := putOwnRows(ctx, tx, freshRows, keyRows); err != nil {
		return err
	}
	ids := make([]string, 0, len(full))
	for id := range full {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	if err := refreshClusters(ctx, tx, ids); err != nil {
		return err
	}
	ids = ids[:0]
	for id := range added {
		if !full[id] {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	for _, id := range ids {
		if fresh[id] {
			continue // written whole by putOwnRows
		}
		if err := addMentions(ctx, tx, id, vid, grp, added[id]); err != nil {
			return err
		}
	}
	return nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// mergeOrderSchema is the migration from which the writer moves a merged
// cluster's report-order rows itself (041_merge_order.sql); before it, a
// trigger on events did.
const mergeOrderSchema = 41

// twinSchema is the migration that gave events and their key rows a twin
// sig (043).
const twinSchema = 43

// keepsTwins says whether the store's schema has twin sigs: a store opened
// at an older one (tests) has every key row written.
func (t *stmtTx) keepsTwins() bool {
	return t.db != nil && t.db.schema >= twinSchema
}

// movesOrder says whether the writer moves a merged cluster's report-order
// rows (a store opened at an older schema has the trigger that does).
func (t *stmtTx) movesOrder() bool {
	return t.db != nil && t.db.schema >= mergeOrderSchema
}

// spanOf returns the span of cluster id among matched.
func spanOf(matched []cluster.Matched, id string) cluster.Span {
	for _, m := range matched {
		if m.ID == id {
			return m.Span
		}
	}
	return cluster.Span{}
}

// matchClusters returns the clusters of stored events that cluster.Same
// matches with ev, among the events (other than own, this version's) that
// share a lookup key with it and whose dates overlap [lo-2 days, hi+2 days],
// and whose span meets ev's (span): a report joins an event only on a day
// every report of it allows.
//
// The candidates and their clusters come from event_keys alone; events are
// then fetched in two rounds, the first event of each candidate cluster and
// then, for clusters not matched yet, the rest, so that a much-reported
// event costs one fetch rather than one per report.
func matchClusters(ctx context.Context, tx execer, own map[int64]bool, keys []int64, lo, hi string,
	ev *record.Event, sideSet map[string]bool, span cluster.Span) ([]cluster.Matched, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	// Three range scans of event_keys, one a span class, each reaching back
	// as far as the events of that class can start and still overlap
	// (cluster.WindowOf).
	w := cluster.WindowOf(lo, hi)
	args := []any{w.Start[0], w.Start[1], w.Start[2], w.To, w.From}
	for _, k := range keys {
		args = append(args, k)
	}
	rows, err := tx.QueryContext(ctx, windowQuery(len(keys)), args...)
	if err != nil {
		return nil, err
	}
	byCluster := map[string][]int64{}
	seen := map[int64]bool{} // an event holding two of the keys comes twice
	for rows.Next() {
		var id int64
		var cid string
		if err := rows.Scan(&id, &cid); err != nil {
			rows.Close()
			return nil, err
		}
		if !own[id] && !seen[id] {
			seen[id] = true
			byCluster[cid] = append(byCluster[cid], id)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(byCluster) == 0 {
		return nil, nil
	}
	// Clusters whose span leaves no day for ev are dropped before any of
	// their events is read.
	spans, err := clusterSpans(ctx, tx, byCluster)
	if err != nil {
		return nil, err
	}
	for cid := range byCluster {
		if _, ok := span.Meet(spans[cid]); !ok {
			delete(byCluster, cid)
		}
	}
	var firsts []int64
	for _, ids := range byCluster {
		sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
		firsts = append(firsts, ids[0])
	}
	matched := map[string]bool{}
	compare := func(ids []int64) error {
		if len(ids) == 0 {
			return nil
		}
		cands, err := fetchCandidates(ctx, tx, ids)
		if err != nil {
			return err
		}
		for i := range cands {
			c := &cands[i]
			if matched[c.cluster] {
				continue
			}
			if err := c.decode(); err != nil {
				return fmt.Errorf("stored event: %w", err)
			}
			if cluster.Same(ev, sideSet, &c.ev, c.sides) {
				matched[c.cluster] = true
			}
		}
		return nil
	}
	if err := compare(firsts); err != nil {
		return nil, err
	}
	var more []int64
	for cid, ids := range byCluster {
		if !matched[cid] {
			more = append(more, ids[1:]...)
		}
	}
	if err := compare(more); err != nil {
		return nil, err
	}
	out := make([]cluster.Matched, 0, len(matched))
	for cid := range matched {
		out = append(out, cluster.Matched{ID: cid, Span: spans[cid]})
	}
	return out, nil
}

// windowQuery is matchClusters' statement for n keys: the start of each
// span class's window (?1 to ?3), the window's end (?4) and start (?5), then
// the keys. Its three parts read disjoint rows (one span class each); an
// event is repeated only for each of its keys, which the caller skips
// rather than SQLite sorting them out.
func windowQuery(n int) string {
	ps := make([]string, n)
	for i := range ps {
		ps[i] = "?" + strconv.Itoa(6+i)
	}
	in := strings.Join(ps, ", ")
	const part = `SELECT event_id, cluster_id FROM event_keys WHERE key IN (%s) AND span = %d AND lo BETWEEN ?%d AND ?4 AND hi >= ?5`
	return fmt.Sprintf(part, in, 0, 1) + ` UNION ALL ` + fmt.Sprintf(part, in, 1, 2) + ` UNION ALL ` + fmt.Sprintf(part, in, 2, 3)
}

// clusterSpans reads the spans of the clusters keyed in ids.
func clusterSpans[V any](ctx context.Context, tx execer, ids map[string]V) (map[string]cluster.Span, error) {
	list := make([]string, 0, len(ids))
	for id := range ids {
		list = append(list, id)
	}
	arr, _ := json.Marshal(list)
	rows, err := tx.QueryContext(ctx, `SELECT id, span_lo, span_hi FROM clusters WHERE id IN (SELECT value FROM json_each(?))`,
		string(arr))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make(map[string]cluster.Span, len(ids))
	for rows.Next() {
		var id string
		var sp cluster.Span
		if err := rows.Scan(&id, &sp.Lo, &sp.Hi); err != nil {
			return nil, err
		}
		out[id] = sp
	}
	return out, rows.Err()
}

// fetchCandidates reads stored events by id, in id order, with everything
// cluster.Same reads.
func fetchCandidates(ctx context.Context, tx execer, ids []int64) ([]candidate, error) {
	arr, _ := json.Marshal(ids)
	rows, err := tx.QueryContext(ctx, `SELECT type, mode, date, date_end, place, name, document, modality, actors, sides,
		cluster_id, event FROM events WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`, string(arr))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []candidate
	for rows.Next() {
		var c candidate
		var date, end, place, name, doc sql.NullString
		if err := rows.Scan(&c.ev.Type, &c.ev.Mode, &date, &end, &place, &name, &doc, &c.ev.Modality, &c.actors, &c.sideJ,
			&c.cluster, &c.whole); err != nil {
			return nil, err
		}
		c.ev.Date, c.ev.DateEnd, c.ev.Place = nullPtr(date), nullPtr(end), nullPtr(place)
		c.ev.Name, c.ev.Document = nullPtr(name), nullPtr(doc)
		out = append(out, c)
	}
	return out, rows.Err()
}

// eventClusterCol is the place of cluster_id among eventInsert's columns.
const eventClusterCol = 18

// keyRow is a blocking key row of event_keys. Once marks a summit's place
// key (placeKey), written only when its cluster has no row of that key with
// the same bounds. Sig is the event's twinSig: a row is written only when
// its cluster has no row of a twin with the same key and bounds (0: always
// written, as the backfills of older migrations do).
type keyRow struct {
	Key     int64  `json:"k"`
	Span    int    `json:"s"`
	Lo      string `json:"lo"`
	Hi      string `json:"hi"`
	Event   int64  `json:"e"`
	Cluster string `json:"c"`
	Once    bool   `json:"o"`
	Sig     int64  `json:"g"`
}

// twinSig hashes what cluster.Same reads of a stored event (its JSON and
// its sides, as the events row holds them): two events of a cluster with
// the same sig are twins, which every later event matches alike, so their
// cluster needs only one of them in event_keys (migration 043). Never 0,
// the mark of a row kept whatever its twins.
func twinSig(event, sides string) int64 {
	h := fnv.New64a()
	h.Write([]byte(event))
	h.Write([]byte{0})
	h.Write([]byte(sides))
	if s := int64(h.Sum64()); s != 0 {
		return s
	}
	return 1
}

// appendKeys adds the blocking keys of stored event eid (eventKeys), with its
// date bounds and span class, for later events' candidates.
func appendKeys(rows []keyRow, eid int64, cid string, ev *record.Event, sides []string, lo, hi string, sig int64) []keyRow {
	stored, _ := cluster.Keys(ev, sides)
	span := cluster.SpanClass(lo, hi)
	pk, isSummit := cluster.PlaceKey(ev)
	for _, k := range stored {
		r := keyRow{Key: k, Span: span, Lo: lo, Hi: hi, Event: eid, Cluster: cid, Once: isSummit && k == pk}
		if !r.Once {
			r.Sig = sig
		}
		rows = append(rows, r)
	}
	return rows
}

// putKeys stores the blocking keys of stored event eid (appendKeys), every
// one (sig 0): older migrations' backfills, which run before event_keys had
// its sig column.
func putKeys(ctx context.Context, tx execer, eid int64, cid string, ev *record.Event, sides []string, lo, hi string) error {
	return putOwnRows(ctx, tx, nil, appendKeys(nil, eid, cid, ev, sides, lo, hi, 0))
}

// partyRow is a row of event_parties; day and type order each party's walk
// of its events (read.go, recentClusters).
type partyRow struct {
	Entity string
	Event  int64
	Day    string
	Type   string
}

// freshCluster is a cluster a version starts: its only mention is one event
// of the version (the version's other events never match it), so its
// summary is that event's fields, written whole rather than read back and
// recomputed by addMentions.
type freshCluster struct {
	ID       string
	Type     string
	Mode     string
	Date     string
	End      string
	Place    string
	Name     string
	Doc      string
	Modality string
	Occurred bool
	Lo       string
	Hi       string
	First    int64 // the event
	Actors   []string
}

// eventCols are the columns of an event row but sig (migration 043).
const eventCols = `id, version_id, idx, type, mode, date, date_end, lo, hi, long, medium,
		place, name, document, modality, evidence, actors, sides, cluster_id, event, grp`

// The inserts of a version's own event rows.
var (
	eventInsert = rowInsert{head: `INSERT INTO events (` + eventCols + `, sig) VALUES `, cols: 22}
	// a store opened at a schema before migration 043 (tests)
	eventInsertNoSig = rowInsert{head: `INSERT INTO events (` + eventCols + `) VALUES `, cols: 21}
	clusterInsert    = rowInsert{head: `INSERT INTO clusters (id, type, mode, date, date_end, place, name, document,
		modality, sources, mentions, first_place, first_name, first_document, span_lo, span_hi) VALUES `, cols: 16}
	clusterDateInsert = rowInsert{head: `INSERT INTO cluster_dates (cluster_id, date, occurred, n, first) VALUES `, cols: 5}
	// An actor named twice keeps its first position.
	clusterActorInsert = rowInsert{head: `INSERT INTO cluster_actors (cluster_id, actor, seq) VALUES `, cols: 3,
		tail: `ON CONFLICT DO NOTHING`}
	eventKeyInsert = rowInsert{head: `INSERT OR IGNORE INTO event_keys (key, span, lo, hi, event_id, cluster_id) VALUES `, cols: 6}
	// Rows of an event with a twin sig: left out where the cluster has a
	// twin's row of the key with the same bounds (twinSig).
	twinKeyInsert = rowInsert{head: `INSERT OR IGNORE INTO event_keys (key, span, lo, hi, event_id, cluster_id, sig)
		SELECT * FROM (VALUES `, cols: 7, tail: `) v WHERE NOT EXISTS (SELECT 1 FROM event_keys x
			WHERE x.key = v.column1 AND x.span = v.column2 AND x.lo = v.column3 AND x.hi = v.column4
			AND x.cluster_id = v.column6 AND x.sig = v.column7)`}
	// A summit's place keys (putOwnRows): rows whose cluster has a row of
	// the key with the same bounds are left out.
	onceKeyInsert = rowInsert{head: `INSERT OR IGNORE INTO event_keys (key, span, lo, hi, event_id, cluster_id)
		SELECT * FROM (VALUES `, cols: 6, tail: `) v WHERE NOT EXISTS (SELECT 1 FROM event_keys x
			WHERE x.key = v.column1 AND x.span = v.column2 AND x.lo = v.column3 AND x.hi = v.column4
			AND x.cluster_id = v.column6)`}
	eventPartyInsert = rowInsert{head: `INSERT OR IGNORE INTO event_parties (entity_id, event_id, day, type) VALUES `, cols: 4}
)

// putOwnRows writes a version's new clusters (with their date group and
// actors) and its events' blocking keys: a few statements per table, the
// rows bound as parameters.
func putOwnRows(ctx context.Context, tx execer, fresh []freshCluster, keys []keyRow) error {
	var cs, ds, as []any
	for _, f := range fresh {
		cs = append(cs, f.ID, f.Type, f.Mode, f.Date, f.End, f.Place, f.Name, f.Doc, f.Modality, 1, 1, f.Place, f.Name,
			f.Doc, f.Lo, f.Hi)
		ds = append(ds, f.ID, f.Date, f.Occurred, 1, f.First)
		for _, a := range appendActors(nil, f.First, f.Actors) {
			as = append(as, f.ID, a.Actor, a.Seq)
		}
	}
	var ks, ts []any
	var once []keyRow
	for _, k := range keys {
		switch {
		case k.Once:
			once = append(once, k)
		case k.Sig != 0:
			ts = append(ts, k.Key, k.Span, k.Lo, k.Hi, k.Event, k.Cluster, k.Sig)
		default:
			ks = append(ks, k.Key, k.Span, k.Lo, k.Hi, k.Event, k.Cluster)
		}
	}
	if n := len(once); n > 0 && n <= maxRowsPerStatement {
		// A summit's place key is written only when its cluster had no row
		// of that key with the same bounds before this version: one
		// statement for the version's few, which all see the table as it
		// was (SQLite reads the rows to insert whole before writing any).
		// Its text is that of exactly n rows: exec's chunks (3 rows: 2 and
		// 1) would be statements each seeing the rows of those before.
		args := make([]any, 0, onceKeyInsert.cols*n)
		for _, k := range once {
			args = append(args, k.Key, k.Span, k.Lo, k.Hi, k.Event, k.Cluster)
		}
		if _, err := tx.ExecContext(ctx, onceKeyInsert.text(n), args...); err != nil {
			return err
		}
	} else if n > 0 {
		// More than one statement holds: the rows as one JSON array.
		kj, err := json.Marshal(once)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO event_keys (key, span, lo, hi, event_id, cluster_id)
			SELECT j.value ->> 'k', j.value ->> 's', j.value ->> 'lo', j.value ->> 'hi', j.value ->> 'e', j.value ->> 'c'
			FROM json_each(?) j WHERE NOT EXISTS (SELECT 1 FROM event_keys x
				WHERE x.key = j.value ->> 'k' AND x.span = j.value ->> 's' AND x.lo = j.value ->> 'lo'
				AND x.hi = j.value ->> 'hi' AND x.cluster_id = j.value ->> 'c')`, string(kj)); err != nil {
			return err
		}
	}
	for _, w := range []struct {
		ins  rowInsert
		rows []any
	}{{clusterInsert, cs}, {clusterDateInsert, ds}, {clusterActorInsert, as}, {eventKeyInsert, ks}, {twinKeyInsert, ts}} {
		if err := w.ins.exec(ctx, tx, w.rows); err != nil {
			return err
		}
	}
	return nil
}

// rekeySummits restores the place keys of the summits of clusters that lost
// the events holding them (unindex): each remaining summit's place key is
// put again, written where its cluster has no row for its bounds.
func rekeySummits(ctx context.Context, tx execer, clusters []string) error {
	for _, cid := range clusters {
		rows, err := tx.QueryContext(ctx, `SELECT id, lo, hi, type, mode, place FROM events
			WHERE cluster_id = ? AND mode = 'multilateral' AND lo <> '' ORDER BY id`, cid)
		if err != nil {
			return err
		}
		type row struct {
			id     int64
			lo, hi string
			ev     record.Event
		}
		var rs []row
		for rows.Next() {
			var r row
			var place sql.NullString
			if err := rows.Scan(&r.id, &r.lo, &r.hi, &r.ev.Type, &r.ev.Mode, &place); err != nil {
				rows.Close()
				return err
			}
			r.ev.Place = nullPtr(place)
			rs = append(rs, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, r := range rs {
			pk, ok := cluster.PlaceKey(&r.ev)
			if !ok {
				continue
			}
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO event_keys (key, span, lo, hi, event_id, cluster_id)
				SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE NOT EXISTS (SELECT 1 FROM event_keys
					WHERE key = ?1 AND span = ?2 AND lo = ?3 AND hi = ?4 AND cluster_id = ?6)`,
				pk, cluster.SpanClass(r.lo, r.hi), r.lo, r.hi, r.id, cid); err != nil {
				return err
			}
		}
	}
	return nil
}
