package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	sqlitedrv "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"kronik/internal/cluster"
	"kronik/internal/record"
	"kronik/internal/store"
	"kronik/internal/text"
)

// execer is what both *sql.DB and *sql.Tx offer.
type execer interface {
	ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row
}

// stmtTx is a transaction that runs the store's prepared statements: a
// document's write runs the same few statements for every entity, figure
// and event, and preparing them for each document took a tenth of a write.
type stmtTx struct {
	*sql.Tx
	db    *DB
	stmts map[string]*sql.Stmt
}

func (s *DB) newStmtTx(tx *sql.Tx) *stmtTx {
	return &stmtTx{Tx: tx, db: s, stmts: map[string]*sql.Stmt{}}
}

func (t *stmtTx) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	if st, ok := t.stmts[q]; ok {
		return st, nil
	}
	shared, err := t.db.prepared(ctx, q)
	if err != nil {
		return nil, err
	}
	st := t.Tx.StmtContext(ctx, shared)
	t.stmts[q] = st
	return st, nil
}

func (t *stmtTx) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	st, err := t.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (t *stmtTx) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	st, err := t.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

func (t *stmtTx) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	st, err := t.stmt(ctx, q)
	if err != nil {
		return t.Tx.QueryRowContext(ctx, q, args...) // reports the same error
	}
	return st.QueryRowContext(ctx, args...)
}

// close releases the prepared statements; the transaction must be ended.
func (t *stmtTx) close() {
	for _, st := range t.stmts {
		st.Close()
	}
}

// Put stores one processed document in one transaction.
func (s *DB) Put(ctx context.Context, src store.Source, rec record.Record) (res store.PutResult, err error) {
	if rec.Hash == "" {
		return res, fmt.Errorf("put %s: record has no content hash", src.Name)
	}
	sqlTx, err := s.beginWrite(ctx)
	if err != nil {
		return res, fmt.Errorf("put %s: %w", src.Name, err)
	}
	tx := s.newStmtTx(sqlTx)
	defer func() {
		if err != nil {
			tx.Rollback()
		}
		tx.close()
	}()
	if res, err = putTx(ctx, tx, src, rec); err != nil {
		return res, err
	}
	if err := tx.Commit(); err != nil {
		return res, fmt.Errorf("put %s: commit: %w", src.Name, err)
	}
	return res, nil
}

// PutBatch stores the items in one transaction, each as Put would in turn.
// One commit, and so one write of each page the batch changes to the log
// and at most one checkpoint, serves the whole batch.
//
// A document that fails leaves partial writes in the transaction, which is
// then rolled back and run again without it (its result keeps the error).
// Failures are rare, so this costs less than a savepoint per document, whose
// sub-journal copied every page a document touched first (15% of a batch's
// time, measured).
func (s *DB) PutBatch(ctx context.Context, items []store.Item) ([]store.ItemResult, error) {
	out := make([]store.ItemResult, len(items))
	skip := make([]bool, len(items))
	for i := range items {
		if items[i].Rec.Hash == "" {
			out[i].Err = fmt.Errorf("put %s: record has no content hash", items[i].Src.Name)
			skip[i] = true
		}
	}
	for {
		failed, err := s.putBatchOnce(ctx, items, skip, out)
		if err != nil {
			return nil, fmt.Errorf("put batch: %w", err)
		}
		if failed < 0 {
			return out, nil
		}
		skip[failed] = true
	}
}

// putBatchOnce stores the items not skipped in one transaction and commits
// it, filling out. When a document fails it rolls back and returns the
// document's index (its out entry holds the error); -1 means committed.
func (s *DB) putBatchOnce(ctx context.Context, items []store.Item, skip []bool, out []store.ItemResult) (failed int, err error) {
	sqlTx, err := s.beginWrite(ctx)
	if err != nil {
		return -1, err
	}
	tx := s.newStmtTx(sqlTx)
	committed := false
	defer func() {
		if !committed {
			tx.Rollback()
		}
		tx.close()
	}()
	for i := range items {
		if skip[i] {
			continue
		}
		res, err := putTx(ctx, tx, items[i].Src, items[i].Rec)
		if err != nil {
			if cerr := ctx.Err(); cerr != nil {
				return -1, cerr
			}
			if systemic(err) {
				return -1, err
			}
			out[i] = store.ItemResult{Err: err}
			return i, nil
		}
		out[i] = store.ItemResult{PutResult: res}
	}
	if err := tx.Commit(); err != nil {
		return -1, fmt.Errorf("commit: %w", err)
	}
	committed = true
	return -1, nil
}

// systemic reports whether a write failed for the database's reasons (a
// full disk, an I/O error, a locked or read-only file) rather than the
// document's: such a failure fails the whole batch instead of being blamed
// on each document in turn.
func systemic(err error) bool {
	var se *sqlitedrv.Error
	if !errors.As(err, &se) {
		return false
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOMEM, sqlite3.SQLITE_READONLY,
		sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_PERM,
		sqlite3.SQLITE_INTERRUPT:
		return true
	}
	return false
}

// putTx writes one document inside tx; its errors name the document.
func putTx(ctx context.Context, tx *stmtTx, src store.Source, rec record.Record) (res store.PutResult, err error) {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM versions WHERE hash = ?`, rec.Hash).Scan(&n); err != nil {
		return res, fmt.Errorf("put %s: %w", src.Name, err)
	}
	if n > 0 {
		res.Status = store.Duplicate
		return res, nil
	}
	key := src.Key
	if key == "" {
		key = "sha256:" + rec.Hash // identified by its content alone
	}
	var docID int64
	err = tx.QueryRowContext(ctx, `SELECT id FROM documents WHERE key = ?`, key).Scan(&docID)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		r, err := tx.ExecContext(ctx, `INSERT INTO documents (key, created) VALUES (?, ?)`, key, now())
		if err != nil {
			return res, fmt.Errorf("put %s: %w", src.Name, err)
		}
		docID, _ = r.LastInsertId()
		res.Status, res.Version = store.New, 1
	case err != nil:
		return res, fmt.Errorf("put %s: %w", src.Name, err)
	default:
		res.Status = store.Version
		if err := tx.QueryRowContext(ctx, `SELECT max(version) + 1 FROM versions WHERE document_id = ?`, docID).Scan(&res.Version); err != nil {
			return res, fmt.Errorf("put %s: %w", src.Name, err)
		}
		var old int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM versions WHERE document_id = ? AND current = 1`, docID).Scan(&old)
		if err == nil {
			if err := unindex(ctx, tx, old); err != nil {
				return res, fmt.Errorf("put %s: retire version: %w", src.Name, err)
			}
			if _, err := tx.ExecContext(ctx, `UPDATE versions SET current = 0 WHERE id = ?`, old); err != nil {
				return res, fmt.Errorf("put %s: %w", src.Name, err)
			}
		} else if !errors.Is(err, sql.ErrNoRows) {
			return res, fmt.Errorf("put %s: %w", src.Name, err)
		}
	}
	recJSON, err := encodeRecord(rec)
	if err != nil {
		return res, fmt.Errorf("put %s: %w", src.Name, err)
	}
	if src.Body == nil {
		src.Body = []byte{} // a nil blob would be NULL
	}
	t := now()
	r, err := tx.ExecContext(ctx, `INSERT INTO versions (document_id, version, hash, current, name, path, url,
		format, fetched, hint_title, hint_published, hint_outlet, body, lang, title, outlet, published, text,
		record, ingested, extracted) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		docID, res.Version, rec.Hash, src.Name, src.Path, src.URL, src.Format, src.Fetched.UTC().Format(time.RFC3339Nano),
		src.HintTitle, src.HintPublished, src.HintOutlet, src.Body, rec.Lang, deref(rec.Title), deref(rec.Outlet),
		deref(rec.Published), rec.Text, recJSON, t, t)
	if err != nil {
		return res, fmt.Errorf("put %s: %w", src.Name, err)
	}
	vid, _ := r.LastInsertId()
	dup, err := index(ctx, tx, vid, &rec)
	if err != nil {
		return res, fmt.Errorf("put %s: %w", src.Name, err)
	}
	res.NearDuplicateOf = dup
	return res, nil
}

// Replace swaps the extraction of a stored version for rec.
func (s *DB) Replace(ctx context.Context, hash string, rec record.Record) (err error) {
	sqlTx, err := s.beginWrite(ctx)
	if err != nil {
		return fmt.Errorf("replace %s: %w", hash, err)
	}
	tx := s.newStmtTx(sqlTx)
	defer func() {
		if err != nil {
			tx.Rollback()
		}
		tx.close()
	}()
	var vid int64
	var current bool
	err = tx.QueryRowContext(ctx, `SELECT id, current FROM versions WHERE hash = ?`, hash).Scan(&vid, &current)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("replace %s: %w", hash, store.ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("replace %s: %w", hash, err)
	}
	rec.Hash = hash
	recJSON, err := encodeRecord(rec)
	if err != nil {
		return fmt.Errorf("replace %s: %w", hash, err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE versions SET lang = ?, title = ?, outlet = ?, published = ?, text = ?,
		record = ?, extracted = ? WHERE id = ?`, rec.Lang, deref(rec.Title), deref(rec.Outlet), deref(rec.Published),
		rec.Text, recJSON, now(), vid); err != nil {
		return fmt.Errorf("replace %s: %w", hash, err)
	}
	if current {
		if err := unindex(ctx, tx, vid); err != nil {
			return fmt.Errorf("replace %s: %w", hash, err)
		}
		if _, err := index(ctx, tx, vid, &rec); err != nil {
			return fmt.Errorf("replace %s: %w", hash, err)
		}
	}
	return tx.Commit()
}

func encodeRecord(rec record.Record) (string, error) {
	rec.Text = "" // kept in its own column
	b, err := json.Marshal(rec)
	if err != nil {
		return "", fmt.Errorf("encode record: %w", err)
	}
	return string(b), nil
}

func decodeRecord(s string) (record.Record, error) {
	var r record.Record
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		return r, fmt.Errorf("decode stored record: %w", err)
	}
	return r, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func ptr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// unindex removes the derived rows of a version (it stops being searchable
// and its events leave their clusters), keeping the version itself.
func unindex(ctx context.Context, tx execer, vid int64) error {
	touched, err := strings1(ctx, tx, `SELECT DISTINCT cluster_id FROM events WHERE version_id = ?`, vid)
	if err != nil {
		return err
	}
	// Summits whose place key row goes with this version's events: other
	// reports of those clusters may have relied on it (putKeys).
	rekey, err := strings1(ctx, tx, `SELECT DISTINCT e.cluster_id FROM events e
		WHERE e.version_id = ? AND e.mode = 'multilateral' AND EXISTS (SELECT 1 FROM event_keys k WHERE k.event_id = e.id)`, vid)
	if err != nil {
		return err
	}
	// The version's band keys are recomputed from its signature: an index
	// of lsh by version would cost a page write for every document stored.
	var blob []byte
	err = tx.QueryRowContext(ctx, `SELECT sig FROM signatures WHERE version_id = ?`, vid).Scan(&blob)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("unindex: %w", err)
	}
	sig, _ := cluster.DecodeSignature(blob) // a signature that does not decode has no band keys
	if keys := cluster.BandKeys(sig); len(keys) > 0 {
		arr, _ := json.Marshal(keys)
		if _, err := tx.ExecContext(ctx, `DELETE FROM lsh WHERE k IN (SELECT value FROM json_each(?)) AND version_id = ?`,
			string(arr), vid); err != nil {
			return fmt.Errorf("unindex: %w", err)
		}
	}
	for _, q := range []string{
		`DELETE FROM event_parties WHERE event_id IN (SELECT id FROM events WHERE version_id = ?)`,
		`DELETE FROM event_keys WHERE event_id IN (SELECT id FROM events WHERE version_id = ?)`,
		`DELETE FROM events WHERE version_id = ?`,
		`DELETE FROM entity_docs WHERE version_id = ?`,
		`DELETE FROM aliases WHERE version_id = ?`,
		`DELETE FROM roles WHERE version_id = ?`,
		`DELETE FROM quantities WHERE version_id = ?`,
		`DELETE FROM statuses WHERE version_id = ?`,
		`DELETE FROM fts WHERE rowid = ?`,
	} {
		if _, err := tx.ExecContext(ctx, q, vid); err != nil {
			return fmt.Errorf("unindex: %w", err)
		}
	}
	if err := rekeySummits(ctx, tx, rekey); err != nil {
		return fmt.Errorf("unindex: %w", err)
	}
	return refreshClusters(ctx, tx, touched)
}

func strings1(ctx context.Context, tx execer, q string, args ...any) ([]string, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// index writes the derived rows of a current version: near-duplicate group,
// full-text row, entities, figures, status phrases and events, which join
// the stored clusters. It returns the name of the document this one
// near-duplicates, if any.
func index(ctx context.Context, tx execer, vid int64, rec *record.Record) (string, error) {
	dup, grp, err := group(ctx, tx, vid, rec.Text)
	if err != nil {
		return "", fmt.Errorf("near-duplicates: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)`,
		vid, store.IndexText(rec.Lang, deref(rec.Title)), store.IndexText(rec.Lang, rec.Text)); err != nil {
		return "", fmt.Errorf("full-text index: %w", err)
	}
	if err := putEntities(ctx, tx, vid, rec); err != nil {
		return "", fmt.Errorf("entities: %w", err)
	}
	for _, q := range rec.Quantities {
		// Figures are grouped by year: the period is kept to its year.
		period := q.Period
		if len(period) > 4 {
			period = period[:4]
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO quantities (version_id, kind, value, unit, text, start, end,
			measures, approx, change, sentence, period) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			vid, q.Kind, q.Value, q.Unit, q.Text, q.Start, q.End, q.Measures, q.Approx, q.Change,
			store.Slice(rec.Text, q.SentStart, q.SentEnd), period); err != nil {
			return "", fmt.Errorf("figures: %w", err)
		}
	}
	for _, p := range rec.Statuses {
		if _, err := tx.ExecContext(ctx, `INSERT INTO statuses (version_id, phrase, date, sentence) VALUES (?, ?, ?, ?)`,
			vid, p.Phrase, p.Date, store.Slice(rec.Text, p.SentStart, p.SentEnd)); err != nil {
			return "", fmt.Errorf("status phrases: %w", err)
		}
	}
	if err := putEvents(ctx, tx, vid, grp, rec); err != nil {
		return "", fmt.Errorf("events: %w", err)
	}
	return dup, nil
}

// putEntities writes the record's entities, the version's mention counts,
// aliases and roles: one statement per table, the rows passed as a JSON
// array (a document names tens of entities).
func putEntities(ctx context.Context, tx execer, vid int64, rec *record.Record) error {
	type entRow struct {
		ID       string `json:"id"`
		Type     string `json:"type"`
		Name     string `json:"name"`
		Norm     string `json:"norm"`
		Code     string `json:"code"`
		Wikidata string `json:"wikidata"`
		Country  string `json:"country"`
		Mentions int    `json:"mentions"`
	}
	type aliasRow struct {
		Entity string `json:"entity"`
		Alias  string `json:"alias"`
		Norm   string `json:"norm"`
		Count  int    `json:"count"`
	}
	type roleRow struct {
		Entity string `json:"entity"`
		Title  string `json:"title"`
		Of     string `json:"of"`
	}
	var ents []entRow
	var aliases []aliasRow
	var roles []roleRow
	for _, e := range rec.Entities {
		ents = append(ents, entRow{e.ID, e.Type, e.Name, text.Normalize(e.Name), e.Code, e.Wikidata, e.Country, len(e.Mentions)})
		forms := map[string]int{}
		var order []string
		for _, m := range e.Mentions {
			f := strings.Join(strings.Fields(m.Text), " ")
			if forms[f] == 0 {
				order = append(order, f)
			}
			forms[f]++
		}
		for _, f := range order {
			aliases = append(aliases, aliasRow{e.ID, f, text.Normalize(f), forms[f]})
		}
		seen := map[string]bool{}
		for _, r := range e.Roles {
			k := r.Title + "\x00" + r.Of
			if seen[k] || strings.TrimSpace(r.Title) == "" {
				continue
			}
			seen[k] = true
			roles = append(roles, roleRow{e.ID, r.Title, r.Of})
		}
	}
	if len(ents) == 0 {
		return nil
	}
	ej, err := json.Marshal(ents)
	if err != nil {
		return err
	}
	// An entity already stored is rewritten only when this document fills
	// a field it lacks: rewriting an unchanged row would dirty its page.
	if _, err := tx.ExecContext(ctx, `INSERT INTO entities (id, type, name, norm, code, wikidata, country)
		SELECT value ->> 'id', value ->> 'type', value ->> 'name', value ->> 'norm', value ->> 'code',
			value ->> 'wikidata', value ->> 'country' FROM json_each(?) WHERE true
		ON CONFLICT (id) DO UPDATE SET
			code = CASE WHEN entities.code = '' THEN excluded.code ELSE entities.code END,
			wikidata = CASE WHEN entities.wikidata = '' THEN excluded.wikidata ELSE entities.wikidata END,
			country = CASE WHEN entities.country = '' THEN excluded.country ELSE entities.country END
		WHERE (entities.code = '' AND excluded.code <> '') OR (entities.wikidata = '' AND excluded.wikidata <> '')
			OR (entities.country = '' AND excluded.country <> '')`, string(ej)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO entity_docs (version_id, entity_id, mentions)
		SELECT ?, value ->> 'id', value ->> 'mentions' FROM json_each(?) WHERE true
		ON CONFLICT DO UPDATE SET mentions = mentions + excluded.mentions`, vid, string(ej)); err != nil {
		return err
	}
	if len(aliases) > 0 {
		aj, err := json.Marshal(aliases)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO aliases (version_id, entity_id, alias, norm, lang, count)
			SELECT ?, value ->> 'entity', value ->> 'alias', value ->> 'norm', ?, value ->> 'count' FROM json_each(?)`,
			vid, rec.Lang, string(aj)); err != nil {
			return err
		}
	}
	if len(roles) > 0 {
		rj, err := json.Marshal(roles)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO roles (version_id, entity_id, title, of)
			SELECT ?, value ->> 'entity', value ->> 'title', value ->> 'of' FROM json_each(?)`, vid, string(rj)); err != nil {
			return err
		}
	}
	return nil
}

// candidate is a stored event that a new one may join. It is decoded only
// when compared: a cluster already matched needs no more comparisons.
type candidate struct {
	ev                   record.Event
	sides                map[string]bool
	cluster              string
	whole, actors, sideJ string
}

// decode fills ev and sides from the stored JSON.
func (c *candidate) decode() error {
	if c.whole != "" {
		if err := json.Unmarshal([]byte(c.whole), &c.ev); err != nil {
			return err
		}
	} else if err := json.Unmarshal([]byte(c.actors), &c.ev.Actors); err != nil {
		return err
	}
	var ss []string
	if err := json.Unmarshal([]byte(c.sideJ), &ss); err != nil {
		return err
	}
	c.sides = make(map[string]bool, len(ss))
	for _, s := range ss {
		c.sides[s] = true
	}
	return nil
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
// blocking keys, their party rows, the clusters they start) are written once
// for all its events, after the loop: a statement each rather than one per
// event.
func putEvents(ctx context.Context, tx execer, vid, grp int64, rec *record.Record) error {
	hash := rec.Hash
	added := map[string][]addedMention{} // clusters updated from their new mentions
	full := map[string]bool{}            // clusters recomputed from all mentions (merged)
	own := map[int64]bool{}              // this version's event rows
	fresh := map[string]bool{}           // clusters this version starts
	merged := map[string]string{}        // cluster merged away -> the cluster it joined
	var freshRows []freshCluster
	var keyRows []keyRow
	// A person the record gives no state stands for the one stored
	// entities give it (cluster.SidesKnown); this record's entities are
	// already stored.
	countryOf := func(p string) (string, error) {
		var c string
		err := tx.QueryRowContext(ctx, `SELECT country FROM entities WHERE id = ?`, p).Scan(&c)
		if errors.Is(err, sql.ErrNoRows) {
			return "", nil
		}
		return c, err
	}
	var partyRows []partyRow
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
				for _, q := range []string{
					`UPDATE event_keys SET cluster_id = ?1 WHERE event_id IN (SELECT id FROM events WHERE cluster_id = ?2)`,
					`UPDATE events SET cluster_id = ?1 WHERE cluster_id = ?2`,
				} {
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
		r, err := tx.ExecContext(ctx, `INSERT INTO events (version_id, idx, type, mode, date, date_end, lo, hi, long, medium,
			place, name, document, modality, evidence, actors, sides, cluster_id, event, grp)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			vid, i, ev.Type, ev.Mode, ev.Date, ev.DateEnd, lo, hi, long, medium, ev.Place, ev.Name, ev.Document, ev.Modality,
			ev.Evidence.Text, string(actorsJSON), string(sidesJSON), cid, string(evJSON), grp)
		if err != nil {
			return err
		}
		eid, _ := r.LastInsertId()
		own[eid] = true
		added[cid] = append(added[cid], addedMention{id: eid, date: deref(ev.Date), occurred: ev.Modality == "occurred",
			actors: ev.Actors, place: deref(ev.Place), name: deref(ev.Name), doc: deref(ev.Document)})
		if fresh[cid] {
			freshRows[len(freshRows)-1].First = eid
		}
		if lo != "" {
			keyRows = appendKeys(keyRows, eid, cid, ev, sides, lo, hi)
		}
		parties := map[string]bool{}
		for _, a := range ev.Actors {
			parties[a] = true
		}
		for _, s := range sides {
			parties[s] = true
		}
		ps := make([]string, 0, len(parties))
		for p := range parties {
			ps = append(ps, p)
		}
		sort.Strings(ps)
		for _, p := range ps {
			partyRows = append(partyRows, partyRow{p, eid, lo, ev.Type})
		}
	}
	// Keys carry the cluster each event ended in: a later event of this
	// version may have merged the one it joined into another.
	for i := range keyRows {
		for {
			to, ok := merged[keyRows[i].Cluster]
			if !ok {
				break
			}
			keyRows[i].Cluster = to
		}
	}
	if err := putOwnRows(ctx, tx, freshRows, keyRows, partyRows); err != nil {
		return err
	}
	// Each report's place in its cluster's publication order (read.go,
	// fillClusters), with the cluster its event ended in.
	pub := deref(rec.Published)
	if pub == "" {
		pub = "~" // undated reports after every date
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO mention_order (cluster_id, pub, event_id)
		SELECT cluster_id, ?, id FROM events WHERE version_id = ?`, pub, vid); err != nil {
		return err
	}
	// Each pair of an event's parties other than persons (read.go,
	// pairClusters).
	if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO side_pairs (a, b, day, event_id, type)
		SELECT p.entity_id, q.entity_id, p.day, p.event_id, p.type FROM events e
		JOIN event_parties p ON p.event_id = e.id
		JOIN event_parties q ON q.event_id = e.id AND q.entity_id > p.entity_id
		WHERE e.version_id = ? AND p.entity_id NOT LIKE 'person:%' AND q.entity_id NOT LIKE 'person:%'`, vid); err != nil {
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
	arr, _ := json.Marshal(keys)
	const win = `SELECT event_id, cluster_id FROM event_keys WHERE key IN (SELECT value FROM json_each(?1)) AND span = %d
		AND lo BETWEEN ?%d AND ?5 AND hi >= ?6`
	q := fmt.Sprintf(win, 0, 2) + ` UNION ` + fmt.Sprintf(win, 1, 3) + ` UNION ` + fmt.Sprintf(win, 2, 4)
	rows, err := tx.QueryContext(ctx, q, string(arr), w.Start[0], w.Start[1], w.Start[2], w.To, w.From)
	if err != nil {
		return nil, err
	}
	byCluster := map[string][]int64{}
	for rows.Next() {
		var id int64
		var cid string
		if err := rows.Scan(&id, &cid); err != nil {
			rows.Close()
			return nil, err
		}
		if !own[id] {
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

// keyRow is a blocking key row of event_keys. Once marks a summit's place
// key (placeKey), written only when its cluster has no row of that key with
// the same bounds.
type keyRow struct {
	Key     int64  `json:"k"`
	Span    int    `json:"s"`
	Lo      string `json:"lo"`
	Hi      string `json:"hi"`
	Event   int64  `json:"e"`
	Cluster string `json:"c"`
	Once    bool   `json:"o"`
}

// appendKeys adds the blocking keys of stored event eid (eventKeys), with its
// date bounds and span class, for later events' candidates.
func appendKeys(rows []keyRow, eid int64, cid string, ev *record.Event, sides []string, lo, hi string) []keyRow {
	stored, _ := cluster.Keys(ev, sides)
	span := cluster.SpanClass(lo, hi)
	pk, isSummit := cluster.PlaceKey(ev)
	for _, k := range stored {
		rows = append(rows, keyRow{Key: k, Span: span, Lo: lo, Hi: hi, Event: eid, Cluster: cid, Once: isSummit && k == pk})
	}
	return rows
}

// putKeys stores the blocking keys of stored event eid (appendKeys).
func putKeys(ctx context.Context, tx execer, eid int64, cid string, ev *record.Event, sides []string, lo, hi string) error {
	return putOwnRows(ctx, tx, nil, appendKeys(nil, eid, cid, ev, sides, lo, hi), nil)
}

// partyRow is a row of event_parties; day and type order each party's walk
// of its events (read.go, recentClusters).
type partyRow struct {
	Entity string `json:"p"`
	Event  int64  `json:"e"`
	Day    string `json:"d"`
	Type   string `json:"t"`
}

// freshCluster is a cluster a version starts: its only mention is one event
// of the version (the version's other events never match it), so its
// summary is that event's fields, written whole rather than read back and
// recomputed by addMentions.
type freshCluster struct {
	ID       string   `json:"id"`
	Type     string   `json:"type"`
	Mode     string   `json:"mode"`
	Date     string   `json:"date"`
	End      string   `json:"end"`
	Place    string   `json:"place"`
	Name     string   `json:"name"`
	Doc      string   `json:"doc"`
	Modality string   `json:"modality"`
	Occurred bool     `json:"occ"`
	Lo       string   `json:"lo"`
	Hi       string   `json:"hi"`
	First    int64    `json:"first"` // the event
	Actors   []string `json:"-"`
}

// putOwnRows writes a version's new clusters (with their date group and
// actors), its events' blocking keys and party rows: one statement per
// table, the rows passed as a JSON array.
func putOwnRows(ctx context.Context, tx execer, fresh []freshCluster, keys []keyRow, parties []partyRow) error {
	if len(fresh) > 0 {
		fj, err := json.Marshal(fresh)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO clusters (id, type, mode, date, date_end, place, name, document,
			modality, sources, mentions, first_place, first_name, first_document, span_lo, span_hi)
			SELECT value ->> 'id', value ->> 'type', value ->> 'mode', value ->> 'date', value ->> 'end', value ->> 'place',
				value ->> 'name', value ->> 'doc', value ->> 'modality', 1, 1, value ->> 'place', value ->> 'name',
				value ->> 'doc', value ->> 'lo', value ->> 'hi' FROM json_each(?)`, string(fj)); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO cluster_dates (cluster_id, date, occurred, n, first)
			SELECT value ->> 'id', value ->> 'date', value ->> 'occ', 1, value ->> 'first' FROM json_each(?)`, string(fj)); err != nil {
			return err
		}
	}
	type actorOf struct {
		Cluster string `json:"c"`
		actorRow
	}
	var actors []actorOf
	for _, f := range fresh {
		for _, a := range appendActors(nil, f.First, f.Actors) {
			actors = append(actors, actorOf{f.ID, a})
		}
	}
	if len(actors) > 0 {
		aj, err := json.Marshal(actors)
		if err != nil {
			return err
		}
		// An actor named twice by the event keeps its first position.
		if _, err := tx.ExecContext(ctx, `INSERT INTO cluster_actors (cluster_id, actor, seq)
			SELECT value ->> 'c', value ->> 'a', value ->> 's' FROM json_each(?) WHERE true ON CONFLICT DO NOTHING`,
			string(aj)); err != nil {
			return err
		}
	}
	if len(keys) > 0 {
		kj, err := json.Marshal(keys)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO event_keys (key, span, lo, hi, event_id, cluster_id)
			SELECT j.value ->> 'k', j.value ->> 's', j.value ->> 'lo', j.value ->> 'hi', j.value ->> 'e', j.value ->> 'c'
			FROM json_each(?) j WHERE NOT (j.value ->> 'o') OR NOT EXISTS (SELECT 1 FROM event_keys x
				WHERE x.key = j.value ->> 'k' AND x.span = j.value ->> 's' AND x.lo = j.value ->> 'lo'
				AND x.hi = j.value ->> 'hi' AND x.cluster_id = j.value ->> 'c')`, string(kj)); err != nil {
			return err
		}
	}
	if len(parties) > 0 {
		pj, err := json.Marshal(parties)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO event_parties (entity_id, event_id, day, type)
			SELECT value ->> 'p', value ->> 'e', value ->> 'd', value ->> 't' FROM json_each(?)`, string(pj)); err != nil {
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

func nullPtr(s sql.NullString) *string {
	if !s.Valid {
		return nil
	}
	v := s.String
	return &v
}
