package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"kronik/internal/cluster"
	"kronik/internal/record"
	"kronik/internal/store"
	"kronik/internal/text"
)

// writerLock is the advisory lock every write transaction holds until it
// ends. Writers on many machines share one database, and what a write reads
// to decide (is this content stored, is this a copy of a stored story, which
// stored event is this report of, is this cluster id free) must not change
// under it before it commits; one lock makes the writes of all workers one
// sequence, as SQLite's single writer does. It is the simplest lock that is
// obviously correct; it also bounds the write rate of all workers together
// at one writer's (BENCHMARKS.md), so locks per blocking key and MinHash
// band, taken in sorted order, are the next step once those keys are shared
// by the backends (internal/cluster). Readers take no lock.
const writerLock = 0x6b726f6e696b01

// beginWrite starts a write transaction holding the writer lock, refusing
// when another kronik migrated the schema since this one opened it.
func (s *DB) beginWrite(ctx context.Context) (pgx.Tx, error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return nil, err
	}
	var v int
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(writerLock)); err != nil {
		tx.Rollback(ctx)
		return nil, err
	}
	if err := tx.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM kronik_migrations`).Scan(&v); err != nil {
		tx.Rollback(ctx)
		return nil, err
	}
	if v != s.schema {
		tx.Rollback(ctx)
		return nil, fmt.Errorf("%w (schema %d, opened at %d): restart it", ErrSchemaChanged, v, s.schema)
	}
	return tx, nil
}

// Put stores one processed document in one transaction.
func (s *DB) Put(ctx context.Context, src store.Source, rec record.Record) (store.PutResult, error) {
	if rec.Hash == "" {
		return store.PutResult{}, fmt.Errorf("put %s: record has no content hash", src.Name)
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return store.PutResult{}, fmt.Errorf("put %s: %w", src.Name, err)
	}
	defer tx.Rollback(ctx)
	res, err := putTx(ctx, tx, src, rec)
	if err != nil {
		return res, err
	}
	if err := tx.Commit(ctx); err != nil {
		return res, fmt.Errorf("put %s: commit: %w", src.Name, err)
	}
	return res, nil
}

// PutBatch stores the items in one transaction, each as Put would in turn.
// Each document runs in a savepoint of its own, so that one that fails is
// undone alone (PostgreSQL refuses every statement of a transaction after a
// failed one until it is rolled back to a savepoint).
func (s *DB) PutBatch(ctx context.Context, items []store.Item) ([]store.ItemResult, error) {
	out := make([]store.ItemResult, len(items))
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return nil, fmt.Errorf("put batch: %w", err)
	}
	defer tx.Rollback(ctx)
	for i, it := range items {
		if it.Rec.Hash == "" {
			out[i].Err = fmt.Errorf("put %s: record has no content hash", it.Src.Name)
			continue
		}
		sp, err := tx.Begin(ctx)
		if err != nil {
			return nil, fmt.Errorf("put batch: %w", err)
		}
		res, err := putTx(ctx, sp, it.Src, it.Rec)
		if err != nil {
			if cerr := ctx.Err(); cerr != nil {
				return nil, fmt.Errorf("put batch: %w", cerr)
			}
			if systemic(err) {
				return nil, fmt.Errorf("put batch: %w", err)
			}
			if rerr := sp.Rollback(ctx); rerr != nil {
				return nil, fmt.Errorf("put batch: %w", rerr)
			}
			out[i].Err = err
			continue
		}
		if err := sp.Commit(ctx); err != nil {
			return nil, fmt.Errorf("put batch: %w", err)
		}
		out[i].PutResult = res
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("put batch: commit: %w", err)
	}
	return out, nil
}

// systemic reports whether a write failed for the database's reasons (the
// connection, the server's resources, a shutdown) rather than the
// document's: such a failure fails the whole batch instead of being blamed
// on each document in turn. A document's own failures are data exceptions
// and integrity violations (SQLSTATE classes 22 and 23) and errors of
// kronik's own code before any statement.
func systemic(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return !strings.HasPrefix(pe.Code, "22") && !strings.HasPrefix(pe.Code, "23")
	}
	var ce *pgconn.ConnectError
	return errors.As(err, &ce) || pgconn.Timeout(err) || errors.Is(err, pgx.ErrTxClosed)
}

// putTx writes one document inside tx; its errors name the document.
func putTx(ctx context.Context, tx pgx.Tx, src store.Source, rec record.Record) (res store.PutResult, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("put %s: %w", src.Name, err)
		}
	}()
	var dup bool
	if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM versions WHERE hash = $1)`, rec.Hash).Scan(&dup); err != nil {
		return res, err
	}
	if dup {
		res.Status = store.Duplicate
		return res, nil
	}
	key := src.Key
	if key == "" {
		key = "sha256:" + rec.Hash // identified by its content alone
	}
	var docID int64
	err = tx.QueryRow(ctx, `SELECT id FROM documents WHERE key = $1`, key).Scan(&docID)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		if err := tx.QueryRow(ctx, `INSERT INTO documents (key) VALUES ($1) RETURNING id`, key).Scan(&docID); err != nil {
			return res, err
		}
		res.Status, res.Version = store.New, 1
	case err != nil:
		return res, err
	default:
		res.Status = store.Version
		if err := tx.QueryRow(ctx, `SELECT max(version) + 1 FROM versions WHERE document_id = $1`, docID).Scan(&res.Version); err != nil {
			return res, err
		}
		var old int64
		err := tx.QueryRow(ctx, `SELECT id FROM versions WHERE document_id = $1 AND current`, docID).Scan(&old)
		if err == nil {
			if err := unindex(ctx, tx, old); err != nil {
				return res, fmt.Errorf("retire version: %w", err)
			}
			if _, err := tx.Exec(ctx, `UPDATE versions SET current = false, search = NULL WHERE id = $1`, old); err != nil {
				return res, err
			}
		} else if !errors.Is(err, pgx.ErrNoRows) {
			return res, err
		}
	}
	recJSON, err := encodeRecord(rec)
	if err != nil {
		return res, err
	}
	if src.Body == nil {
		src.Body = []byte{}
	}
	var fetched *time.Time
	if !src.Fetched.IsZero() {
		f := src.Fetched.UTC()
		fetched = &f
	}
	var vid int64
	err = tx.QueryRow(ctx, `INSERT INTO versions (document_id, version, hash, current, name, path, url,
		format, fetched, hint_title, hint_published, hint_outlet, body, lang, title, outlet, published, text, record)
		VALUES ($1, $2, $3, true, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING id`,
		docID, res.Version, rec.Hash, src.Name, src.Path, src.URL, src.Format, fetched,
		src.HintTitle, src.HintPublished, src.HintOutlet, src.Body, rec.Lang, deref(rec.Title), deref(rec.Outlet),
		deref(rec.Published), clean(rec.Text), recJSON).Scan(&vid)
	if err != nil {
		return res, err
	}
	res.NearDuplicateOf, err = index(ctx, tx, vid, &rec)
	return res, err
}

// clean drops NUL bytes, which PostgreSQL's text type cannot hold (a record
// keeps its offsets into the text, so they are replaced, not removed).
func clean(s string) string { return strings.ReplaceAll(s, "\x00", " ") }

// Replace swaps the extraction of a stored version for rec.
func (s *DB) Replace(ctx context.Context, hash string, rec record.Record) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return fmt.Errorf("replace %s: %w", hash, err)
	}
	defer tx.Rollback(ctx)
	var vid int64
	var current bool
	err = tx.QueryRow(ctx, `SELECT id, current FROM versions WHERE hash = $1`, hash).Scan(&vid, &current)
	if errors.Is(err, pgx.ErrNoRows) {
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
	if _, err := tx.Exec(ctx, `UPDATE versions SET lang = $1, title = $2, outlet = $3, published = $4, text = $5,
		record = $6, extracted = now() WHERE id = $7`, rec.Lang, deref(rec.Title), deref(rec.Outlet), deref(rec.Published),
		clean(rec.Text), recJSON, vid); err != nil {
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
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("replace %s: commit: %w", hash, err)
	}
	return nil
}

// encodeRecord is store.EncodeRecord for a jsonb column, which refuses the
// escaped NUL character.
func encodeRecord(rec record.Record) (string, error) {
	js, err := store.EncodeRecord(rec)
	return strings.ReplaceAll(js, `\u0000`, " "), err
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// unindex removes the derived rows of a version (it stops being searchable
// and its events leave their clusters), keeping the version itself.
func unindex(ctx context.Context, tx pgx.Tx, vid int64) error {
	rows, err := tx.Query(ctx, `SELECT DISTINCT cluster_id FROM events WHERE version_id = $1`, vid)
	if err != nil {
		return fmt.Errorf("unindex: %w", err)
	}
	touched, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return fmt.Errorf("unindex: %w", err)
	}
	for _, q := range []string{
		`DELETE FROM event_parties WHERE event_id IN (SELECT id FROM events WHERE version_id = $1)`,
		`DELETE FROM events WHERE version_id = $1`,
		`DELETE FROM entity_docs WHERE version_id = $1`,
		`DELETE FROM aliases WHERE version_id = $1`,
		`DELETE FROM roles WHERE version_id = $1`,
		`DELETE FROM quantities WHERE version_id = $1`,
		`DELETE FROM statuses WHERE version_id = $1`,
		`DELETE FROM lsh WHERE version_id = $1`,
		`UPDATE versions SET search = NULL WHERE id = $1`,
	} {
		if _, err := tx.Exec(ctx, q, vid); err != nil {
			return fmt.Errorf("unindex: %w", err)
		}
	}
	return refreshClusters(ctx, tx, touched)
}

// index writes the derived rows of a current version: near-duplicate group,
// search vector, entities, figures, status phrases and events, which join
// the stored clusters. It returns the name of the document this one
// near-duplicates, if any.
func index(ctx context.Context, tx pgx.Tx, vid int64, rec *record.Record) (string, error) {
	dup, grp, err := group(ctx, tx, vid, rec.Text)
	if err != nil {
		return "", fmt.Errorf("near-duplicates: %w", err)
	}
	if _, err := tx.Exec(ctx, `UPDATE versions SET search =
		setweight(to_tsvector('simple', $1), 'A') || setweight(to_tsvector('simple', $2), 'D') WHERE id = $3`,
		store.IndexText(rec.Lang, clean(deref(rec.Title))), store.IndexText(rec.Lang, clean(rec.Text)), vid); err != nil {
		return "", fmt.Errorf("search index: %w", err)
	}
	if err := putEntities(ctx, tx, vid, rec); err != nil {
		return "", fmt.Errorf("entities: %w", err)
	}
	if err := putReports(ctx, tx, vid, rec); err != nil {
		return "", err
	}
	if err := putEvents(ctx, tx, vid, grp, rec); err != nil {
		return "", fmt.Errorf("events: %w", err)
	}
	return dup, nil
}

// putReports writes the record's figures and relationship status phrases,
// each with its sentence.
func putReports(ctx context.Context, tx pgx.Tx, vid int64, rec *record.Record) error {
	var b pgx.Batch
	for _, q := range rec.Quantities {
		// Figures are grouped by year: the period is kept to its year.
		period := q.Period
		if len(period) > 4 {
			period = period[:4]
		}
		b.Queue(`INSERT INTO quantities (version_id, kind, value, unit, text, start, "end", measures, approx, change,
			sentence, period) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
			vid, q.Kind, q.Value, q.Unit, clean(q.Text), q.Start, q.End, clean(q.Measures), q.Approx, q.Change,
			clean(store.Slice(rec.Text, q.SentStart, q.SentEnd)), period)
	}
	for _, p := range rec.Statuses {
		b.Queue(`INSERT INTO statuses (version_id, phrase, date, sentence) VALUES ($1, $2, $3, $4)`,
			vid, clean(p.Phrase), p.Date, clean(store.Slice(rec.Text, p.SentStart, p.SentEnd)))
	}
	if b.Len() == 0 {
		return nil
	}
	if err := tx.SendBatch(ctx, &b).Close(); err != nil {
		return fmt.Errorf("figures and status phrases: %w", err)
	}
	return nil
}

// putEntities writes the record's entities, the version's mention counts,
// aliases and roles.
func putEntities(ctx context.Context, tx pgx.Tx, vid int64, rec *record.Record) error {
	var b pgx.Batch
	for _, e := range rec.Entities {
		// An entity already stored gains only the fields it lacks.
		b.Queue(`INSERT INTO entities (id, type, name, norm, code, wikidata, country) VALUES ($1, $2, $3, $4, $5, $6, $7)
			ON CONFLICT (id) DO UPDATE SET
				code = CASE WHEN entities.code = '' THEN excluded.code ELSE entities.code END,
				wikidata = CASE WHEN entities.wikidata = '' THEN excluded.wikidata ELSE entities.wikidata END,
				country = CASE WHEN entities.country = '' THEN excluded.country ELSE entities.country END
			WHERE (entities.code = '' AND excluded.code <> '') OR (entities.wikidata = '' AND excluded.wikidata <> '')
				OR (entities.country = '' AND excluded.country <> '')`,
			clean(e.ID), e.Type, clean(e.Name), text.Normalize(clean(e.Name)), e.Code, e.Wikidata, e.Country)
		b.Queue(`INSERT INTO entity_docs (entity_id, version_id, mentions) VALUES ($1, $2, $3)
			ON CONFLICT (entity_id, version_id) DO UPDATE SET mentions = entity_docs.mentions + excluded.mentions`,
			clean(e.ID), vid, len(e.Mentions))
		forms := map[string]int{}
		var order []string
		for _, m := range e.Mentions {
			f := clean(strings.Join(strings.Fields(m.Text), " "))
			if forms[f] == 0 {
				order = append(order, f)
			}
			forms[f]++
		}
		for _, f := range order {
			b.Queue(`INSERT INTO aliases (version_id, entity_id, alias, norm, lang, count) VALUES ($1, $2, $3, $4, $5, $6)`,
				vid, clean(e.ID), f, text.Normalize(f), rec.Lang, forms[f])
		}
		seen := map[string]bool{}
		for _, r := range e.Roles {
			k := r.Title + "\x00" + r.Of
			if seen[k] || strings.TrimSpace(r.Title) == "" {
				continue
			}
			seen[k] = true
			b.Queue(`INSERT INTO roles (version_id, entity_id, title, "of") VALUES ($1, $2, $3, $4)`,
				vid, clean(e.ID), clean(r.Title), clean(r.Of))
		}
	}
	if b.Len() == 0 {
		return nil
	}
	return tx.SendBatch(ctx, &b).Close()
}

// group stores the version's MinHash signature and band keys and sets its
// independent-source group: the group of the most similar current document
// when the two are near-duplicates (Jaccard similarity of their shingle
// sets at least cluster.DuplicateThreshold), else its own id. It returns the
// name of that document, or "", and the group.
func group(ctx context.Context, tx pgx.Tx, vid int64, body string) (string, int64, error) {
	sh := cluster.Shingles(body)
	sig := cluster.Signature(sh)
	keys := cluster.BandKeys(sig)
	grp, dupOf, dupName := vid, int64(0), ""
	if len(keys) > 0 {
		rows, err := tx.Query(ctx, `WITH c AS (
				SELECT s.version_id, count(*) AS n FROM unnest($1::bigint[]) q(k)
				CROSS JOIN LATERAL (SELECT version_id FROM lsh WHERE lsh.k = q.k AND version_id <> $2
					ORDER BY version_id DESC LIMIT $3) s
				GROUP BY s.version_id ORDER BY n DESC, s.version_id LIMIT $4)
			SELECT g.version_id, g.sig FROM c JOIN signatures g ON g.version_id = c.version_id`,
			keys, vid, cluster.BandNewest, cluster.MaxBandCands)
		if err != nil {
			return "", 0, err
		}
		var cands []cluster.DupCandidate
		var id int64
		var blob []byte
		if _, err := pgx.ForEachRow(rows, []any{&id, &blob}, func() error {
			other, err := cluster.DecodeSignature(blob)
			if err != nil {
				return fmt.Errorf("signature of version %d: %w", id, err)
			}
			cands = append(cands, cluster.DupCandidate{ID: id, Est: cluster.Estimate(sig, other)})
			return nil
		}); err != nil {
			return "", 0, err
		}
		for _, c := range cluster.RankDupCandidates(cands) {
			var other, name string
			var g int64
			if err := tx.QueryRow(ctx, `SELECT text, grp, name FROM versions WHERE id = $1`, c.ID).Scan(&other, &g, &name); err != nil {
				return "", 0, fmt.Errorf("candidate %d: %w", c.ID, err)
			}
			if cluster.Jaccard(sh, cluster.Shingles(other)) >= cluster.DuplicateThreshold {
				grp, dupOf, dupName = g, c.ID, name
				break
			}
		}
		if err := putBands(ctx, tx, vid, sig, keys); err != nil {
			return "", 0, err
		}
	}
	var near *int64
	if dupOf != 0 {
		near = &dupOf
	}
	_, err := tx.Exec(ctx, `UPDATE versions SET grp = $1, near_dup_of = $2, shingles = $3 WHERE id = $4`, grp, near, len(sh), vid)
	return dupName, grp, err
}

// putBands stores a version's signature and band keys.
func putBands(ctx context.Context, tx pgx.Tx, vid int64, sig []uint32, keys []int64) error {
	if _, err := tx.Exec(ctx, `INSERT INTO lsh (k, version_id) SELECT k, $2 FROM unnest($1::bigint[]) k ON CONFLICT DO NOTHING`,
		keys, vid); err != nil {
		return err
	}
	_, err := tx.Exec(ctx, `INSERT INTO signatures (version_id, sig) VALUES ($1, $2)
		ON CONFLICT (version_id) DO UPDATE SET sig = excluded.sig`, vid, cluster.EncodeSignature(sig))
	return err
}
