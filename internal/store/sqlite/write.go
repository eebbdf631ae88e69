package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
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
	// later holds the rows written at the end of the transaction
	// (later.go); with each set, at the end of each document instead.
	later laterRows
	each  bool
	// bulk: a bulk load is in progress (bulk.go), the rows it builds at
	// its end are not written.
	bulk bool
	// search holds the search statistics of the documents indexed, written
	// at Commit (searchstats.go).
	search searchBatch
}

// beginStmtTx starts a write transaction (beginWrite) that runs the
// store's prepared statements, and learns whether a bulk load is in
// progress.
func (s *DB) beginStmtTx(ctx context.Context) (*stmtTx, error) {
	sqlTx, err := s.beginWrite(ctx)
	if err != nil {
		return nil, err
	}
	tx := &stmtTx{Tx: sqlTx, db: s, stmts: map[string]*sql.Stmt{}}
	if s.schema >= bulkSchema {
		if tx.bulk, err = inBulk(ctx, tx); err != nil {
			tx.Rollback()
			tx.close()
			return nil, err
		}
	}
	return tx, nil
}

func (t *stmtTx) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	if st, ok := t.stmts[q]; ok {
		return st, nil
	}
	if t.db == nil { // a migration's transaction: prepared on it alone
		st, err := t.Tx.PrepareContext(ctx, q)
		if err != nil {
			return nil, err
		}
		t.stmts[q] = st
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
	tx, err := s.beginStmtTx(ctx)
	if err != nil {
		return res, fmt.Errorf("put %s: %w", src.Name, err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
		tx.close()
	}()
	if res, err = putTx(ctx, tx, src, rec); err != nil {
		return res, err
	}
	if err = tx.flushLater(ctx); err != nil {
		return res, fmt.Errorf("put %s: %w", src.Name, err)
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
	each := false
	for {
		failed, err := s.putBatchOnce(ctx, items, skip, out, each)
		if errors.Is(err, errLaterRows) && !each {
			each = true
			continue
		}
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
//
// The index rows held for later are written once for the whole batch; if
// that fails for a reason of the documents' (errLaterRows), the batch is
// stored again with each set, writing them with each document.
func (s *DB) putBatchOnce(ctx context.Context, items []store.Item, skip []bool, out []store.ItemResult, each bool) (failed int, err error) {
	tx, err := s.beginStmtTx(ctx)
	if err != nil {
		return -1, err
	}
	tx.each = each
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
	if err := tx.flushLater(ctx); err != nil {
		if cerr := ctx.Err(); cerr != nil {
			return -1, cerr
		}
		if systemic(err) {
			return -1, err
		}
		return -1, fmt.Errorf("%w: %w", errLaterRows, err)
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
			// The old version may be of this batch, its rows still held.
			if err := tx.flushLater(ctx); err != nil {
				return res, fmt.Errorf("put %s: %w", src.Name, err)
			}
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
	recJSON, err := store.EncodeRecord(rec)
	if err != nil {
		return res, fmt.Errorf("put %s: %w", src.Name, err)
	}
	if src.Body == nil {
		src.Body = []byte{} // a nil blob would be NULL
	}
	// The version's near-duplicate group is found before its row is
	// written, so that the row is written once with it: updating it after
	// rewrote the whole row, body and text, and its versions_ref entry. Its
	// id is the one SQLite would give it, the next after the largest.
	var vid int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) + 1 FROM versions`).Scan(&vid); err != nil {
		return res, fmt.Errorf("put %s: %w", src.Name, err)
	}
	g, err := group(ctx, tx, vid, rec.Text)
	if err != nil {
		return res, fmt.Errorf("put %s: near-duplicates: %w", src.Name, err)
	}
	t := now()
	if _, err := tx.ExecContext(ctx, `INSERT INTO versions (id, document_id, version, hash, current, name, path, url,
		format, fetched, hint_title, hint_published, hint_outlet, body, lang, title, outlet, published, text,
		record, ingested, extracted, grp, near_dup_of, shingles)
		VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		vid, docID, res.Version, rec.Hash, src.Name, src.Path, src.URL, src.Format, src.Fetched.UTC().Format(time.RFC3339Nano),
		src.HintTitle, src.HintPublished, src.HintOutlet, src.Body, rec.Lang, deref(rec.Title), deref(rec.Outlet),
		deref(rec.Published), rec.Text, recJSON, t, t, g.grp, g.near, g.shingles); err != nil {
		return res, fmt.Errorf("put %s: %w", src.Name, err)
	}
	dup, err := index(ctx, tx, vid, &rec, &g)
	if err != nil {
		return res, fmt.Errorf("put %s: %w", src.Name, err)
	}
	if tx.each {
		if err := tx.flushLater(ctx); err != nil {
			return res, fmt.Errorf("put %s: %w", src.Name, err)
		}
	}
	res.NearDuplicateOf = dup
	return res, nil
}

// Replace swaps the extraction of a stored version for rec.
func (s *DB) Replace(ctx context.Context, hash string, rec record.Record) (err error) {
	tx, err := s.beginStmtTx(ctx)
	if err != nil {
		return fmt.Errorf("replace %s: %w", hash, err)
	}
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
	recJSON, err := store.EncodeRecord(rec)
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
		if _, err := index(ctx, tx, vid, &rec, nil); err != nil {
			return fmt.Errorf("replace %s: %w", hash, err)
		}
		if err := tx.flushLater(ctx); err != nil {
			return fmt.Errorf("replace %s: %w", hash, err)
		}
	}
	return tx.Commit()
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
func unindex(ctx context.Context, tx *stmtTx, vid int64) error {
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
	// before its full-text row goes: statistics waiting for the commit may
	// be this version's, and are written from it
	if err := searchRemove(ctx, tx, vid); err != nil {
		return fmt.Errorf("unindex: %w", err)
	}
	// A key row of this version's events that stood for twins too (their
	// rows were left out, twinKeyInsert) passes to the first twin left in
	// its cluster; the rest go with the events.
	// (A store before migration 043, in tests, has every key row.)
	if tx.keepsTwins() {
		// A row with no twin left keeps its event and goes with it below:
		// the twin is looked up once a row.
		if _, err := tx.ExecContext(ctx, `UPDATE OR IGNORE event_keys SET event_id = coalesce((SELECT min(t.id) FROM events t
				WHERE t.cluster_id = event_keys.cluster_id AND t.sig = event_keys.sig AND t.version_id <> ?1), event_id)
			WHERE sig <> 0 AND event_id IN (SELECT id FROM events WHERE version_id = ?1)`, vid); err != nil {
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

// index writes the derived rows of a current version: near-duplicate group
// (found and written here unless g has it, found by the caller and already
// in the version's row), full-text row, entities, figures, status phrases
// and events, which join the stored clusters. It returns the name of the
// document this one near-duplicates, if any.
func index(ctx context.Context, tx *stmtTx, vid int64, rec *record.Record, g *grouping) (string, error) {
	if g == nil {
		found, err := group(ctx, tx, vid, rec.Text)
		if err == nil {
			err = found.set(ctx, tx, vid)
		}
		if err != nil {
			return "", fmt.Errorf("near-duplicates: %w", err)
		}
		g = &found
	}
	dup, grp := g.dupName, g.grp
	title, body := store.IndexText(rec.Lang, deref(rec.Title)), store.IndexText(rec.Lang, rec.Text)
	if _, err := tx.ExecContext(ctx, `INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)`, vid, title, body); err != nil {
		return "", fmt.Errorf("full-text index: %w", err)
	}
	if err := searchAdd(ctx, tx, vid, title, body); err != nil {
		return "", fmt.Errorf("search statistics: %w", err)
	}
	putEntities(tx, vid, rec)
	for _, q := range rec.Quantities {
		// Figures are grouped by year: the period is kept to its year.
		period := q.Period
		if len(period) > 4 {
			period = period[:4]
		}
		tx.later.quantities = append(tx.later.quantities, vid, q.Kind, q.Value, q.Unit, q.Text, q.Start, q.End,
			q.Measures, q.Approx, q.Change, store.Slice(rec.Text, q.SentStart, q.SentEnd), period)
	}
	for _, p := range rec.Statuses {
		tx.later.statuses = append(tx.later.statuses, vid, p.Phrase, p.Date, store.Slice(rec.Text, p.SentStart, p.SentEnd))
	}
	if err := putEvents(ctx, tx, vid, grp, rec); err != nil {
		return "", fmt.Errorf("events: %w", err)
	}
	return dup, nil
}

// The inserts of entities, mention counts, aliases and roles.
var (
	// An entity already stored is rewritten only when the batch fills a
	// field it lacks: rewriting an unchanged row would dirty its page.
	entityInsert = rowInsert{head: `INSERT INTO entities (id, type, name, norm, code, wikidata, country) VALUES `, cols: 7,
		tail: `ON CONFLICT (id) DO UPDATE SET
			code = CASE WHEN entities.code = '' THEN excluded.code ELSE entities.code END,
			wikidata = CASE WHEN entities.wikidata = '' THEN excluded.wikidata ELSE entities.wikidata END,
			country = CASE WHEN entities.country = '' THEN excluded.country ELSE entities.country END
		WHERE (entities.code = '' AND excluded.code <> '') OR (entities.wikidata = '' AND excluded.wikidata <> '')
			OR (entities.country = '' AND excluded.country <> '')`}
	entityDocInsert = rowInsert{head: `INSERT INTO entity_docs (version_id, entity_id, mentions) VALUES `, cols: 3,
		tail: `ON CONFLICT DO UPDATE SET mentions = mentions + excluded.mentions`}
	aliasInsert = rowInsert{head: `INSERT INTO aliases (version_id, entity_id, alias, norm, lang, count) VALUES `, cols: 6}
	roleInsert  = rowInsert{head: `INSERT INTO roles (version_id, entity_id, title, of) VALUES `, cols: 4}
)

// putEntities holds the record's entities, the version's mention counts,
// aliases and roles for the end of the transaction (the write path reads
// entities' states through entityCountry).
func putEntities(tx *stmtTx, vid int64, rec *record.Record) {
	l := &tx.later
	for _, e := range rec.Entities {
		l.addEntity(e.ID, entityRow{e.Type, e.Name, text.Normalize(e.Name), e.Code, e.Wikidata, e.Country})
		l.entityDocs = append(l.entityDocs, entityDocRow{e.ID, vid, len(e.Mentions)})
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
			l.aliases = append(l.aliases, vid, e.ID, f, text.Normalize(f), rec.Lang, forms[f])
		}
		seen := map[string]bool{}
		for _, r := range e.Roles {
			k := r.Title + "\x00" + r.Of
			if seen[k] || strings.TrimSpace(r.Title) == "" {
				continue
			}
			seen[k] = true
			l.roles = append(l.roles, vid, e.ID, r.Title, r.Of)
		}
	}
}

// entityCountry is the state of entity id as stored, the entities held for
// later included: the stored one unless it is empty, else the one the
// batch's documents gave it.
func entityCountry(ctx context.Context, tx *stmtTx, id string) (string, error) {
	var c string
	err := tx.QueryRowContext(ctx, `SELECT country FROM entities WHERE id = ?`, id).Scan(&c)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return "", err
	}
	if e := tx.later.entities[id]; c == "" && e != nil {
		c = e.country
	}
	return c, nil
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

func nullPtr(s sql.NullString) *string {
	if !s.Valid {
		return nil
	}
	v := s.String
	return &v
}
