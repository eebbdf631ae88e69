// Package sqlite is the embedded knowledge base: store.Store on one SQLite
// file (modernc.org/sqlite, pure Go, FTS5). The database runs in WAL mode so
// that queries read while an ingest writes; every write transaction begins
// IMMEDIATE (it takes the write lock at BEGIN, not half-way) and waits up to
// busy_timeout for another writer, so two processes writing at once queue
// rather than fail.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"kronik/internal/store"
)

//go:embed migrations/*.sql
var migrations embed.FS

// busyTimeout is how long a writer waits for another writer's transaction,
// in milliseconds. One document's transaction takes milliseconds; a minute
// covers a reprocess running next to an ingest.
const busyTimeout = 60000

// DB is a SQLite knowledge base. It implements store.Store.
type DB struct {
	db *sql.DB
	// w runs write transactions, on connections of their own whose
	// statement journals stay in memory (temp_store MEMORY): a write
	// statement that fires triggers or writes many rows journals every page
	// it changes so that it can be undone alone, and in a transaction of a
	// whole batch those journals outgrew SQLite's 64 KB and went to a
	// temporary file (an eighth of a batch's time in write calls). Readers
	// keep temporary files, so that a large sort does not grow the heap.
	w *sql.DB
	// stmts are the write path's statements, prepared once for the life of
	// the store; each transaction binds them to its connection, which
	// database/sql prepares once per connection.
	stmtMu sync.Mutex
	stmts  map[string]*sql.Stmt
	// reads are the search's statements on the read connections, prepared
	// once (searchrank.go): preparing took a tenth of a search.
	reads map[string]*sql.Stmt
	// schema is the migration the database was brought to when opened:
	// the write path of this binary is written for that schema.
	schema int
	// searchList overrides searchListLen, the length of a term's impact
	// list, for tests (0: the constant).
	searchList int
	// everyKey writes the key rows of twin events too (every row sig 0,
	// as before migration 043), for tests: the store twin keys are
	// checked against.
	everyKey bool
}

var _ store.Store = (*DB)(nil)

// Open opens (creating if needed) the database file at path and brings its
// schema up to date.
func Open(ctx context.Context, path string) (*DB, error) {
	s, err := openAt(ctx, path, math.MaxInt)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// openAt opens the database with its schema brought up to migration last
// (tests build databases as older versions of kronik left them).
func openAt(ctx context.Context, path string, last int) (*DB, error) {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout("+strconv.Itoa(busyTimeout)+")")
	q.Add("_pragma", "journal_mode(WAL)")
	// NORMAL is durable across process kills in WAL mode (only a power cut
	// can lose the last transactions, never corrupt the file).
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(1)")
	// A 32 MB page cache per connection (SQLite's default is 2 MB): the
	// indexes a write and a clustering lookup touch stay in memory instead of
	// being read again from the file for every document.
	q.Add("_pragma", "cache_size(-32000)")
	// Checkpoint the log every 16,000 pages (64 MB) rather than SQLite's
	// 1,000: a document's transaction writes about 150 pages, so the default
	// checkpointed (and synced) every few documents; a longer log writes a
	// page changed by many documents to the database file once.
	q.Add("_pragma", "wal_autocheckpoint(16000)")
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := ping(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s := &DB{db: db, stmts: map[string]*sql.Stmt{}}
	if err := s.migrate(ctx, last); err != nil {
		db.Close()
		return nil, fmt.Errorf("migrate %s: %w", path, err)
	}
	q.Add("_pragma", "temp_store(MEMORY)")
	w, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s.w = w
	if s.schema, err = s.SchemaVersion(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := s.endStoppedBulk(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

// ping opens the first connection. Its pragmas switch a new database to WAL,
// which needs the file to itself: SQLite answers SQLITE_BUSY at once, without
// its busy handler, when another process is doing the same (a watcher and an
// ingest started together on a new knowledge base), so the attempt is
// repeated for up to the busy timeout.
func ping(ctx context.Context, db *sql.DB) error {
	deadline := time.Now().Add(busyTimeout * time.Millisecond)
	wait := 5 * time.Millisecond
	for {
		err := db.PingContext(ctx)
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait = min(2*wait, 200*time.Millisecond)
	}
}

// isBusy reports SQLite's "database is locked" (SQLITE_BUSY).
func isBusy(err error) bool {
	return strings.Contains(err.Error(), "SQLITE_BUSY") || strings.Contains(err.Error(), "database is locked")
}

// ErrSchemaChanged reports that another process migrated the database to a
// newer schema while this one had it open.
var ErrSchemaChanged = errors.New("the database was migrated by a newer kronik while this one had it open")

// beginWrite starts a write transaction, refusing when the schema is no
// longer the one this binary opened: a writer from before a migration would
// go on writing the old way (a migration that moves work from a trigger
// into the writer leaves the old writer's rows without it) and leave the
// database inconsistent.
func (s *DB) beginWrite(ctx context.Context) (*sql.Tx, error) {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	var v int
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&v); err != nil {
		tx.Rollback()
		return nil, err
	}
	if v != s.schema {
		tx.Rollback()
		return nil, fmt.Errorf("%w (schema %d, opened at %d): restart it", ErrSchemaChanged, v, s.schema)
	}
	return tx, nil
}

// Close closes the database.
func (s *DB) Close() error {
	s.stmtMu.Lock()
	for _, st := range s.stmts {
		st.Close()
	}
	for _, st := range s.reads {
		st.Close()
	}
	s.stmts, s.reads = map[string]*sql.Stmt{}, nil
	s.stmtMu.Unlock()
	return errors.Join(s.w.Close(), s.db.Close())
}

// prepared returns the store-wide prepared statement for q, on the write
// connections.
func (s *DB) prepared(ctx context.Context, q string) (*sql.Stmt, error) {
	s.stmtMu.Lock()
	defer s.stmtMu.Unlock()
	if st, ok := s.stmts[q]; ok {
		return st, nil
	}
	st, err := s.w.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	s.stmts[q] = st
	return st, nil
}

// Checkpoint copies the write-ahead log into the database file and truncates
// the log, so that the file's size is the database's.
func (s *DB) Checkpoint(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		return fmt.Errorf("checkpoint: %w", err)
	}
	return nil
}

// SchemaVersion returns the number of the last applied migration.
func (s *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}

// migrate applies the embedded migrations/NNN_name.sql files not yet recorded
// in schema_migrations, up to number last, each in its own transaction, in
// number order.
func (s *DB) migrate(ctx context.Context, last int) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)`); err != nil {
		return err
	}
	have, err := s.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	all, known, err := store.Migrations(migrations)
	if err != nil {
		return err
	}
	if have > known {
		return store.NewerSchema(have, known)
	}
	var todo []store.Migration
	for _, m := range all {
		if m.N > have && m.N <= last {
			todo = append(todo, m)
		}
	}
	for _, m := range todo {
		body, err := migrations.ReadFile("migrations/" + m.Name)
		if err != nil {
			return err
		}
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		// Another process opening the same new database may have applied
		// this migration since `have` was read: the transaction holds the
		// write lock (_txlock=immediate), so asking again here is exact.
		var done int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, m.N).Scan(&done); err != nil {
			tx.Rollback()
			return fmt.Errorf("%s: %w", m.Name, err)
		}
		if done > 0 {
			tx.Rollback()
			continue
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			tx.Rollback()
			return fmt.Errorf("%s: %w", m.Name, err)
		}
		if step := goSteps[m.N]; step != nil {
			if err := step(ctx, tx); err != nil {
				tx.Rollback()
				return fmt.Errorf("%s: %w", m.Name, err)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations VALUES (?, ?, ?)`,
			m.N, m.Name, now()); err != nil {
			tx.Rollback()
			return fmt.Errorf("%s: %w", m.Name, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("%s: %w", m.Name, err)
		}
	}
	return nil
}

func now() string { return time.Now().UTC().Format(time.RFC3339Nano) }

// Check runs SQLite's integrity check and verifies that every current
// version is completely indexed (its full-text row exists and it has as many
// event rows as its record has events). It is what a test runs after killing
// an ingest.
func (s *DB) Check(ctx context.Context) error {
	var res string
	if err := s.db.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&res); err != nil {
		return fmt.Errorf("integrity check: %w", err)
	}
	if res != "ok" {
		return fmt.Errorf("integrity check: %s", res)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT v.id, v.name, v.record,
		(SELECT count(*) FROM events e WHERE e.version_id = v.id),
		(SELECT count(*) FROM fts WHERE fts.rowid = v.id)
		FROM versions v WHERE v.current = 1`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var name, rec string
		var nev, nfts int
		if err := rows.Scan(&id, &name, &rec, &nev, &nfts); err != nil {
			return err
		}
		r, err := store.DecodeRecord([]byte(rec))
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if nev != len(r.Events) {
			return fmt.Errorf("%s: %d events stored, record has %d", name, nev, len(r.Events))
		}
		if nfts != 1 {
			return fmt.Errorf("%s: not in the full-text index", name)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	return s.checkSearchStats(ctx)
}

// Has reports whether content with this hash is stored.
func (s *DB) Has(ctx context.Context, hash string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM versions WHERE hash = ?`, hash).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("look up %s: %w", hash, err)
	}
	return n > 0, nil
}

// Current lists the hashes of current versions, oldest first.
func (s *DB) Current(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT hash FROM versions WHERE current = 1 ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("list versions: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var h string
		if err := rows.Scan(&h); err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// Source returns the stored input of a version.
func (s *DB) Source(ctx context.Context, hash string) (store.Source, error) {
	var src store.Source
	var fetched string
	err := s.db.QueryRowContext(ctx, `SELECT d.key, v.name, v.path, v.url, v.format, v.fetched, v.body,
		v.hint_title, v.hint_published, v.hint_outlet FROM versions v JOIN documents d ON d.id = v.document_id
		WHERE v.hash = ?`, hash).
		Scan(&src.Key, &src.Name, &src.Path, &src.URL, &src.Format, &fetched, &src.Body,
			&src.HintTitle, &src.HintPublished, &src.HintOutlet)
	if strings.HasPrefix(src.Key, "sha256:") {
		src.Key = "" // stored without a key: identified by content
	}
	if errors.Is(err, sql.ErrNoRows) {
		return src, fmt.Errorf("version %s: %w", hash, store.ErrNotFound)
	}
	if err != nil {
		return src, fmt.Errorf("version %s: %w", hash, err)
	}
	src.Fetched, _ = time.Parse(time.RFC3339Nano, fetched)
	return src, nil
}

// History lists the versions of a document, oldest first.
func (s *DB) History(ctx context.Context, key string) ([]store.VersionInfo, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT v.version, v.hash, v.current, v.ingested
		FROM versions v JOIN documents d ON d.id = v.document_id WHERE d.key = ? ORDER BY v.version`, key)
	if err != nil {
		return nil, fmt.Errorf("history of %s: %w", key, err)
	}
	defer rows.Close()
	var out []store.VersionInfo
	for rows.Next() {
		var v store.VersionInfo
		var ing string
		if err := rows.Scan(&v.Version, &v.Hash, &v.Current, &ing); err != nil {
			return nil, err
		}
		v.Ingested, _ = time.Parse(time.RFC3339Nano, ing)
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("document %s: %w", key, store.ErrNotFound)
	}
	return out, nil
}

// Stats counts what is stored.
func (s *DB) Stats(ctx context.Context) (store.Stats, error) {
	var st store.Stats
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM documents),
		(SELECT count(*) FROM versions),
		(SELECT count(*) FROM entities),
		(SELECT count(*) FROM events),
		(SELECT count(*) FROM clusters)`).
		Scan(&st.Documents, &st.Versions, &st.Entities, &st.Events, &st.Clusters)
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}
