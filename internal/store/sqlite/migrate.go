package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"kronik/internal/cluster"
	"kronik/internal/record"
)

// goSteps are the parts of migrations that SQL cannot do: derived data
// computed in Go from what is stored. Each runs in its migration's
// transaction, right after the migration's SQL file.
var goSteps = map[int]func(context.Context, *sql.Tx) error{
	6:  backfillMinhash,
	7:  func(ctx context.Context, tx *sql.Tx) error { return backfillEventKeys(ctx, tx, false) },
	13: func(ctx context.Context, tx *sql.Tx) error { return backfillEventKeys(ctx, tx, true) },
	15: backfillSpans,
	29: func(ctx context.Context, tx *sql.Tx) error { return backfillEventKeys(ctx, tx, true) },
	32: func(ctx context.Context, tx *sql.Tx) error { return backfillEventKeys(ctx, tx, true) },
	37: backfillSearch,
	43: dedupeTwinKeys,
}

// twinChunk is how many events' sigs dedupeTwinKeys writes at a time.
const twinChunk = 8192

// dedupeTwinKeys gives every dated stored event its twin sig (migration 043)
// and keeps, of the key rows of twins in a cluster, those of the first:
// what the writer now does as it goes. (An undated event, which has no key
// rows, keeps sig 0 here where the writer gives it one: nothing reads it.) A summit's place key rows stay as
// they are (sig 0), as they are kept once per cluster and bounds already.
// The table is rebuilt rather than thinned in place: at a million documents
// most of its rows are twins', and a grouped copy is one sort.
func dedupeTwinKeys(ctx context.Context, tx *sql.Tx) error {
	for _, table := range []string{"events", "event_keys"} {
		var has bool
		if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM pragma_table_info(?) WHERE name = 'sig')`,
			table).Scan(&has); err != nil {
			return err
		}
		if !has {
			if _, err := tx.ExecContext(ctx, `ALTER TABLE `+table+` ADD COLUMN sig INTEGER NOT NULL DEFAULT 0`); err != nil {
				return fmt.Errorf("twin keys: %w", err)
			}
		}
	}
	if _, err := tx.ExecContext(ctx, `CREATE TEMP TABLE twin_sigs (id INTEGER PRIMARY KEY, sig INTEGER NOT NULL,
		place_key INTEGER)`); err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, event, sides, type, mode, place FROM events WHERE lo <> ''`)
	if err != nil {
		return err
	}
	// Written in chunks as they are read: a million documents' events
	// held at once took 150 MB.
	sigs := rowInsert{head: `INSERT INTO twin_sigs (id, sig, place_key) VALUES `, cols: 3}
	args := make([]any, 0, 3*twinChunk)
	for rows.Next() {
		var id int64
		var whole, sides string
		var ev record.Event
		var place sql.NullString
		if err := rows.Scan(&id, &whole, &sides, &ev.Type, &ev.Mode, &place); err != nil {
			rows.Close()
			return err
		}
		if whole == "" {
			// rows from before migration 003: cluster.Same reads their
			// columns, which the sig does not hash; their rows stay
			continue
		}
		ev.Place = nullPtr(place)
		var pk any
		if k, ok := cluster.PlaceKey(&ev); ok {
			pk = k
		}
		args = append(args, id, twinSig(whole, sides), pk)
		if len(args) == cap(args) {
			if err := sigs.exec(ctx, tx, args); err != nil {
				rows.Close()
				return err
			}
			args = args[:0]
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if err := sigs.exec(ctx, tx, args); err != nil {
		return err
	}
	for _, q := range []string{
		`UPDATE events SET sig = s.sig FROM twin_sigs s WHERE s.id = events.id`,
		`CREATE TABLE event_keys_twins (
			key        INTEGER NOT NULL,
			span       INTEGER NOT NULL,
			lo         TEXT NOT NULL,
			hi         TEXT NOT NULL,
			event_id   INTEGER NOT NULL,
			cluster_id TEXT NOT NULL DEFAULT '',
			sig        INTEGER NOT NULL DEFAULT 0,
			PRIMARY KEY (key, span, lo, event_id)
		) WITHOUT ROWID`,
		// rows of an event with a sig, not its place key: the first twin's
		`INSERT INTO event_keys_twins (key, span, lo, hi, event_id, cluster_id, sig)
			SELECT k.key, k.span, k.lo, k.hi, min(k.event_id), k.cluster_id, s.sig
			FROM event_keys k JOIN twin_sigs s ON s.id = k.event_id
			WHERE s.place_key IS NULL OR k.key <> s.place_key
			GROUP BY k.key, k.span, k.lo, k.hi, k.cluster_id, s.sig`,
		// the rest as they are
		`INSERT INTO event_keys_twins (key, span, lo, hi, event_id, cluster_id, sig)
			SELECT k.key, k.span, k.lo, k.hi, k.event_id, k.cluster_id, 0 FROM event_keys k
			WHERE NOT EXISTS (SELECT 1 FROM twin_sigs s WHERE s.id = k.event_id
				AND (s.place_key IS NULL OR k.key <> s.place_key))`,
		`DROP TABLE event_keys`,
		`ALTER TABLE event_keys_twins RENAME TO event_keys`,
		`CREATE INDEX event_keys_event ON event_keys (event_id)`,
		`DROP TABLE twin_sigs`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("twin keys: %w", err)
		}
	}
	return nil
}

// backfillSpans sets the span of every stored cluster from its mentions
// (migration 015). A cluster chained before spans existed has mentions with
// no day in common; it gets the span of its summary's date, so that later
// reports join it only when they fit the date it shows.
func backfillSpans(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT e.cluster_id, e.mode, coalesce(e.date, ''), coalesce(e.date_end, '')
		FROM events e ORDER BY e.cluster_id`)
	if err != nil {
		return err
	}
	type acc struct {
		span  cluster.Span
		empty bool
	}
	spans := map[string]*acc{}
	for rows.Next() {
		var cid, mode, date, end string
		if err := rows.Scan(&cid, &mode, &date, &end); err != nil {
			rows.Close()
			return err
		}
		a := spans[cid]
		if a == nil {
			a = &acc{}
			spans[cid] = a
		}
		if !a.empty {
			var ok bool
			a.span, ok = a.span.Meet(cluster.SpanOf(&record.Event{Mode: mode, Date: ptr(date), DateEnd: ptr(end)}))
			a.empty = !ok
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for cid, a := range spans {
		sp := a.span
		if a.empty {
			var mode, date, end string
			if err := tx.QueryRowContext(ctx, `SELECT mode, date, date_end FROM clusters WHERE id = ?`, cid).
				Scan(&mode, &date, &end); err != nil {
				return fmt.Errorf("cluster %s: %w", cid, err)
			}
			sp = cluster.SpanOf(&record.Event{Mode: mode, Date: ptr(date), DateEnd: ptr(end)})
		}
		if _, err := tx.ExecContext(ctx, `UPDATE clusters SET span_lo = ?, span_hi = ? WHERE id = ?`, sp.Lo, sp.Hi, cid); err != nil {
			return fmt.Errorf("cluster %s: %w", cid, err)
		}
	}
	return nil
}

// backfillMinhash computes the MinHash signature of every stored version and
// the band keys of current ones (migration 006).
func backfillMinhash(ctx context.Context, tx *sql.Tx) error {
	type row struct {
		id      int64
		current bool
		text    string
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, current, text FROM versions`)
	if err != nil {
		return err
	}
	var all []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.id, &r.current, &r.text); err != nil {
			rows.Close()
			return err
		}
		all = append(all, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, r := range all {
		sig := cluster.Signature(cluster.Shingles(r.text))
		if sig == nil {
			continue
		}
		if _, err := tx.ExecContext(ctx, `UPDATE versions SET minhash = ? WHERE id = ?`, cluster.EncodeSignature(sig), r.id); err != nil {
			return fmt.Errorf("version %d: %w", r.id, err)
		}
		if !r.current {
			continue
		}
		arr, _ := json.Marshal(cluster.BandKeys(sig))
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO lsh (k, version_id) SELECT value, ? FROM json_each(?)`,
			r.id, string(arr)); err != nil {
			return fmt.Errorf("version %d: %w", r.id, err)
		}
	}
	return nil
}

// backfillEventKeys stores the blocking keys of every dated stored event:
// migration 007 first, 013 again after the keys of talks learnt people (with
// the cluster column of 008), 029 after cluster.Same learnt issue 16's rules,
// 032 after a signing ceremony took every text its states signed that day
// and a summit's city met its country.
func backfillEventKeys(ctx context.Context, tx *sql.Tx, withCluster bool) error {
	type row struct {
		id                   int64
		lo, hi, sides, whole string
		typ, mode            string
		place, name, doc     sql.NullString
		cluster              string
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, lo, hi, sides, event, type, mode, place, name, document, cluster_id
		FROM events WHERE lo <> ''`)
	if err != nil {
		return err
	}
	var all []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.id, &r.lo, &r.hi, &r.sides, &r.whole, &r.typ, &r.mode, &r.place, &r.name, &r.doc, &r.cluster); err != nil {
			rows.Close()
			return err
		}
		all = append(all, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, r := range all {
		var ev record.Event
		if r.whole != "" {
			if err := json.Unmarshal([]byte(r.whole), &ev); err != nil {
				return fmt.Errorf("event %d: %w", r.id, err)
			}
		} else {
			// rows from before migration 003 keep no date source: such an
			// event never matched a generic signing, and still does not
			ev = record.Event{Type: r.typ, Mode: r.mode, Place: nullPtr(r.place), Name: nullPtr(r.name), Document: nullPtr(r.doc)}
		}
		var sides []string
		if err := json.Unmarshal([]byte(r.sides), &sides); err != nil {
			return fmt.Errorf("event %d: %w", r.id, err)
		}
		if withCluster {
			if err := putKeys(ctx, tx, r.id, r.cluster, &ev, sides, r.lo, r.hi); err != nil {
				return fmt.Errorf("event %d: %w", r.id, err)
			}
			continue
		}
		stored, _ := cluster.Keys(&ev, sides)
		if len(stored) == 0 {
			continue
		}
		arr, _ := json.Marshal(stored)
		// the columns of migration 007; 008 adds and fills cluster_id
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO event_keys (key, span, lo, hi, event_id)
			SELECT value, ?, ?, ?, ? FROM json_each(?)`, cluster.SpanClass(r.lo, r.hi), r.lo, r.hi, r.id, string(arr)); err != nil {
			return fmt.Errorf("event %d: %w", r.id, err)
		}
	}
	return nil
}
