// Package postgres is the server knowledge base: store.Store on PostgreSQL
// through pgx. Several kronik processes on several machines write to one
// database at once; each write is one transaction, and what two writers
// could both decide on (a document key, a content hash, a near-duplicate
// group, an event cluster) is guarded by transaction-scoped advisory locks
// on its keys, taken in sorted order, and by row locks on the clusters a
// write joins (see locks.go), so concurrent writers queue only on what they
// share.
package postgres

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"kronik/internal/cluster"
	"kronik/internal/record"
	"kronik/internal/store"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is a PostgreSQL knowledge base. It implements store.Store.
type DB struct {
	pool *pgxpool.Pool
	// schema is the migration the database was brought to when opened.
	schema int
}

var _ store.Store = (*DB)(nil)

// migrateLock is the advisory lock key that serialises schema migrations of
// processes starting at once.
const migrateLock = 0x6b726f6e696b // "kronik"

// Open connects to the database named by dsn (a postgres:// URL or a
// key=value connection string) and brings its schema up to date.
func Open(ctx context.Context, dsn string) (*DB, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	// kronik's statements are short: compiling one with JIT (which
	// PostgreSQL does once a plan's estimated cost passes jit_above_cost,
	// as a search or a party's events over a large corpus does) took 15 to
	// 75 ms where running it took a few, and starting a parallel worker
	// for one took 20 ms where its work took 1.4. Either setting given in
	// the URL is kept.
	for k, v := range map[string]string{"jit": "off", "max_parallel_workers_per_gather": "0"} {
		if _, ok := cfg.ConnConfig.RuntimeParams[k]; !ok {
			cfg.ConnConfig.RuntimeParams[k] = v
		}
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open postgres %s: %w", cfg.ConnConfig.Host, err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open postgres %s: %w", cfg.ConnConfig.Host, err)
	}
	s := &DB{pool: pool}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("migrate postgres %s: %w", cfg.ConnConfig.Host, err)
	}
	if s.schema, err = s.SchemaVersion(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open postgres %s: %w", cfg.ConnConfig.Host, err)
	}
	return s, nil
}

// Pool is the connection pool, for what shares the database with the store
// (the job queue inserts its jobs in the store's transactions).
func (s *DB) Pool() *pgxpool.Pool { return s.pool }

// Close closes the connection pool.
func (s *DB) Close() error {
	s.pool.Close()
	return nil
}

// SchemaVersion returns the number of the last applied migration.
func (s *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.pool.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM kronik_migrations`).Scan(&v)
	return v, err
}

// ErrSchemaChanged reports that another process migrated the database to a
// newer schema while this one had it open.
var ErrSchemaChanged = errors.New("the database was migrated by a newer kronik while this one had it open")

// migrate applies the embedded migrations/NNN_name.sql files not yet
// recorded, each in its own transaction, under an advisory lock so that
// workers starting together migrate once.
func (s *DB) migrate(ctx context.Context) error {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return err
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, int64(migrateLock)); err != nil {
		return err
	}
	defer conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, int64(migrateLock))
	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS kronik_migrations (
		version integer PRIMARY KEY, name text NOT NULL, applied timestamptz NOT NULL DEFAULT now())`); err != nil {
		return err
	}
	var have int
	if err := conn.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM kronik_migrations`).Scan(&have); err != nil {
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
		if m.N > have {
			todo = append(todo, m)
		}
	}
	for _, m := range todo {
		body, err := migrations.ReadFile("migrations/" + m.Name)
		if err != nil {
			return err
		}
		err = pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, string(body)); err != nil {
				return err
			}
			if step := goStep(m.N); step != nil {
				if err := step(ctx, tx); err != nil {
					return err
				}
			}
			_, err := tx.Exec(ctx, `INSERT INTO kronik_migrations (version, name) VALUES ($1, $2)`, m.N, m.Name)
			return err
		})
		if err != nil {
			return fmt.Errorf("%s: %w", m.Name, err)
		}
	}
	return nil
}

// Has reports whether content with this hash is stored.
func (s *DB) Has(ctx context.Context, hash string) (bool, error) {
	var ok bool
	if err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM versions WHERE hash = $1)`, hash).Scan(&ok); err != nil {
		return false, fmt.Errorf("look up %s: %w", hash, err)
	}
	return ok, nil
}

// Current lists the hashes of current versions, oldest first (in the
// order they were clustered, as Records).
func (s *DB) Current(ctx context.Context) ([]string, error) {
	rows, err := s.pool.Query(ctx, `SELECT hash FROM versions WHERE current ORDER BY seq, id`)
	if err != nil {
		return nil, fmt.Errorf("list versions: %w", err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("list versions: %w", err)
	}
	return out, nil
}

// Source returns the stored input of a version.
func (s *DB) Source(ctx context.Context, hash string) (store.Source, error) {
	var src store.Source
	var fetched *time.Time
	err := s.pool.QueryRow(ctx, `SELECT d.key, v.name, v.path, v.url, v.format, v.fetched, v.body,
		v.hint_title, v.hint_published, v.hint_outlet FROM versions v JOIN documents d ON d.id = v.document_id
		WHERE v.hash = $1`, hash).
		Scan(&src.Key, &src.Name, &src.Path, &src.URL, &src.Format, &fetched, &src.Body,
			&src.HintTitle, &src.HintPublished, &src.HintOutlet)
	if errors.Is(err, pgx.ErrNoRows) {
		return src, fmt.Errorf("version %s: %w", hash, store.ErrNotFound)
	}
	if err != nil {
		return src, fmt.Errorf("version %s: %w", hash, err)
	}
	if strings.HasPrefix(src.Key, "sha256:") {
		src.Key = "" // stored without a key: identified by content
	}
	if fetched != nil {
		src.Fetched = fetched.UTC()
	}
	return src, nil
}

// History lists the versions of a document, oldest first.
func (s *DB) History(ctx context.Context, key string) ([]store.VersionInfo, error) {
	rows, err := s.pool.Query(ctx, `SELECT v.version, v.hash, v.current, v.ingested
		FROM versions v JOIN documents d ON d.id = v.document_id WHERE d.key = $1 ORDER BY v.version`, key)
	if err != nil {
		return nil, fmt.Errorf("history of %s: %w", key, err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.VersionInfo, error) {
		var v store.VersionInfo
		err := r.Scan(&v.Version, &v.Hash, &v.Current, &v.Ingested)
		v.Ingested = v.Ingested.UTC()
		return v, err
	})
	if err != nil {
		return nil, fmt.Errorf("history of %s: %w", key, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("document %s: %w", key, store.ErrNotFound)
	}
	return out, nil
}

// Stats counts what is stored.
func (s *DB) Stats(ctx context.Context) (store.Stats, error) {
	var st store.Stats
	err := s.pool.QueryRow(ctx, `SELECT
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

// goStep returns the Go part of migration n, run in its transaction after
// its SQL, or nil.
func goStep(n int) func(context.Context, pgx.Tx) error {
	switch n {
	case 3:
		return bandsStep
	case 4:
		return stateStep
	case 7:
		return keysStep
	}
	return nil
}

// bandsStep computes the MinHash signature and band keys of every current
// version (migration 003), so that documents stored before it are found as
// near-duplicates of later ones.
func bandsStep(ctx context.Context, tx pgx.Tx) error {
	rows, err := tx.Query(ctx, `SELECT id FROM versions WHERE current ORDER BY id`)
	if err != nil {
		return err
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return err
	}
	for _, id := range ids {
		var body string
		if err := tx.QueryRow(ctx, `SELECT text FROM versions WHERE id = $1`, id).Scan(&body); err != nil {
			return err
		}
		sig := cluster.Signature(cluster.Shingles(body))
		if keys := cluster.BandKeys(sig); len(keys) > 0 {
			var b pgx.Batch
			queueBands(&b, id, sig, keys)
			if err := tx.SendBatch(ctx, &b).Close(); err != nil {
				return fmt.Errorf("version %d: %w", id, err)
			}
		}
	}
	return nil
}

// stateStep summarises every stored cluster from its mentions (migration
// 004), which writes its state (store.ClusterState), a thousand at a time.
func stateStep(ctx context.Context, tx pgx.Tx) error {
	rows, err := tx.Query(ctx, `SELECT id FROM clusters ORDER BY id`)
	if err != nil {
		return err
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return err
	}
	for len(ids) > 0 {
		n := min(len(ids), 1000)
		if err := refreshClusters(ctx, tx, ids[:n], true); err != nil { // the migration holds the table
			return err
		}
		ids = ids[n:]
	}
	return nil
}

// keysStep files every stored dated event under its blocking keys
// (migration 007), from its stored fields and sides, ten thousand events
// a statement.
func keysStep(ctx context.Context, tx pgx.Tx) error {
	var after int64
	for {
		rows, err := tx.Query(ctx, `SELECT id, event, sides, span, lo, hi FROM events
			WHERE lo <> '' AND id > $1 ORDER BY id LIMIT 10000`, after)
		if err != nil {
			return err
		}
		var (
			keys, ids []int64
			spans     []int16
			los, his  []string
		)
		var id int64
		var evJSON []byte
		var sides []string
		var span int16
		var lo, hi string
		n, err := pgx.ForEachRow(rows, []any{&id, &evJSON, &sides, &span, &lo, &hi}, func() error {
			var ev record.Event
			if err := json.Unmarshal(evJSON, &ev); err != nil {
				return fmt.Errorf("stored event %d: %w", id, err)
			}
			stored, _ := cluster.Keys(&ev, sides)
			for _, k := range stored {
				keys, spans, los, his, ids = append(keys, k), append(spans, span), append(los, lo), append(his, hi), append(ids, id)
			}
			after = id
			return nil
		})
		if err != nil {
			return err
		}
		if n.RowsAffected() == 0 {
			return nil
		}
		if _, err := tx.Exec(ctx, `INSERT INTO event_keys (key, span, lo, hi, event_id)
			SELECT * FROM unnest($1::bigint[], $2::smallint[], $3::text[], $4::text[], $5::bigint[]) ON CONFLICT DO NOTHING`,
			keys, spans, los, his, ids); err != nil {
			return err
		}
	}
}
