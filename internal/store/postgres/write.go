package postgres

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"kronik/internal/cluster"
	"kronik/internal/record"
	"kronik/internal/store"
	"kronik/internal/text"
)

// beginWrite starts a write transaction, refusing when another kronik
// migrated the schema since this one opened it. It takes no lock: each
// write locks the keys of what it touches (locks.go).
func (s *DB) beginWrite(ctx context.Context) (pgx.Tx, error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return nil, err
	}
	var v int
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

// write runs fn in a write transaction and commits it, running both again
// when the transaction lost a deadlock to another writer (retry).
func (s *DB) write(ctx context.Context, fn func(tx pgx.Tx, held map[int64]bool) error) error {
	return retry(ctx, func() error {
		tx, err := s.beginWrite(ctx)
		if err != nil {
			return err
		}
		defer tx.Rollback(ctx)
		if err := fn(tx, map[int64]bool{}); err != nil {
			return err
		}
		if err := tx.Commit(ctx); err != nil {
			return fmt.Errorf("commit: %w", err)
		}
		return nil
	})
}

// Put stores one processed document in one transaction.
func (s *DB) Put(ctx context.Context, src store.Source, rec record.Record) (store.PutResult, error) {
	if rec.Hash == "" {
		return store.PutResult{}, fmt.Errorf("put %s: record has no content hash", src.Name)
	}
	d := newDraft(src, &rec)
	var res store.PutResult
	err := s.write(ctx, func(tx pgx.Tx, held map[int64]bool) error {
		if err := lockDrafts(ctx, tx, held, []*draft{d}); err != nil {
			return err
		}
		var err error
		res, err = putTx(ctx, tx, held, d)
		return err
	})
	if err != nil {
		return res, fmt.Errorf("put %s: %w", src.Name, err)
	}
	return res, nil
}

// PutBatch stores the items in one transaction, each as Put would in turn.
// The locks of every item are taken first, in one sorted sequence, so that
// two batches about the same stories wait for each other instead of
// deadlocking. Each document runs in a savepoint of its own, so that one
// that fails is undone alone (PostgreSQL refuses every statement of a
// transaction after a failed one until it is rolled back to a savepoint).
func (s *DB) PutBatch(ctx context.Context, items []store.Item) ([]store.ItemResult, error) {
	var out []store.ItemResult
	err := s.write(ctx, func(tx pgx.Tx, held map[int64]bool) error {
		out = make([]store.ItemResult, len(items))
		drafts := make([]*draft, len(items))
		var todo []*draft
		for i := range items {
			if items[i].Rec.Hash == "" {
				out[i].Err = fmt.Errorf("put %s: record has no content hash", items[i].Src.Name)
				continue
			}
			drafts[i] = newDraft(items[i].Src, &items[i].Rec)
			todo = append(todo, drafts[i])
		}
		if err := lockDrafts(ctx, tx, held, todo); err != nil {
			return err
		}
		for i, d := range drafts {
			if d == nil {
				continue
			}
			sp, err := tx.Begin(ctx)
			if err != nil {
				return err
			}
			res, err := putTx(ctx, sp, held, d)
			if err != nil {
				if cerr := ctx.Err(); cerr != nil {
					return cerr
				}
				if systemic(err) {
					return err
				}
				if rerr := sp.Rollback(ctx); rerr != nil {
					return rerr
				}
				out[i].Err = fmt.Errorf("put %s: %w", d.src.Name, err)
				continue
			}
			if err := sp.Commit(ctx); err != nil {
				return err
			}
			out[i].PutResult = res
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("put batch: %w", err)
	}
	return out, nil
}

// lockDrafts takes the locks of writing the drafts (locks.go): the keys of
// each new record and of the version it will retire, read before the
// locks are taken (putTx locks the keys of a version that became current
// since).
func lockDrafts(ctx context.Context, tx pgx.Tx, held map[int64]bool, ds []*draft) error {
	if len(ds) == 0 {
		return nil
	}
	docKeys := make([]string, len(ds))
	for i, d := range ds {
		docKeys[i] = d.docKey()
	}
	rows, err := tx.Query(ctx, `SELECT d.key, v.id FROM documents d JOIN versions v ON v.document_id = d.id AND v.current
		WHERE d.key = ANY($1)`, docKeys)
	if err != nil {
		return fmt.Errorf("lock: %w", err)
	}
	current := map[string]int64{}
	var key string
	var vid int64
	if _, err := pgx.ForEachRow(rows, []any{&key, &vid}, func() error { current[key] = vid; return nil }); err != nil {
		return fmt.Errorf("lock: %w", err)
	}
	if err := sidesOf(ctx, tx, ds); err != nil {
		return err
	}
	var keys lockSet
	for _, d := range ds {
		keys.add(d.keys())
		if d.old = current[d.docKey()]; d.old != 0 {
			old, err := versionKeys(ctx, tx, d.old)
			if err != nil {
				return fmt.Errorf("lock: version %d: %w", d.old, err)
			}
			keys.add(old)
		}
	}
	return lockKeys(ctx, tx, held, keys)
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

// putTx writes one document inside tx, which holds the draft's locks
// (lockDrafts).
func putTx(ctx context.Context, tx pgx.Tx, held map[int64]bool, d *draft) (res store.PutResult, err error) {
	src, rec := d.src, d.rec
	var dup bool
	var docID, old *int64
	var last *int
	if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM versions WHERE hash = $1), d.id, v.id,
			(SELECT max(version) FROM versions WHERE document_id = d.id)
		FROM (SELECT 1) one LEFT JOIN documents d ON d.key = $2
		LEFT JOIN versions v ON v.document_id = d.id AND v.current`, rec.Hash, d.docKey()).Scan(&dup, &docID, &old, &last); err != nil {
		return res, err
	}
	if dup {
		res.Status = store.Duplicate
		return res, nil
	}
	if docID == nil {
		docID = new(int64)
		if err := tx.QueryRow(ctx, `INSERT INTO documents (key) VALUES ($1) RETURNING id`, d.docKey()).Scan(docID); err != nil {
			return res, err
		}
		res.Status, res.Version = store.New, 1
	} else {
		res.Status, res.Version = store.Version, 1
		if last != nil {
			res.Version = *last + 1
		}
		if old != nil {
			if *old != d.old {
				// A version stored after the locks were chosen: its keys
				// too, out of order (a deadlock this causes is retried).
				keys, err := versionKeys(ctx, tx, *old)
				if err != nil {
					return res, fmt.Errorf("retire version: %w", err)
				}
				if err := lockKeys(ctx, tx, held, keys); err != nil {
					return res, err
				}
			}
			if err := unindex(ctx, tx, *old, held[allKeys]); err != nil {
				return res, fmt.Errorf("retire version: %w", err)
			}
			if _, err := tx.Exec(ctx, `UPDATE versions SET current = false, search = NULL WHERE id = $1`, *old); err != nil {
				return res, err
			}
		}
	}
	recJSON, err := encodeRecord(*rec)
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
		*docID, res.Version, rec.Hash, src.Name, src.Path, src.URL, src.Format, fetched,
		src.HintTitle, src.HintPublished, src.HintOutlet, src.Body, rec.Lang, deref(rec.Title), deref(rec.Outlet),
		deref(rec.Published), clean(rec.Text), recJSON).Scan(&vid)
	if err != nil {
		return res, err
	}
	res.NearDuplicateOf, err = index(ctx, tx, vid, d, held[allKeys])
	return res, err
}

// clean drops NUL bytes, which PostgreSQL's text type cannot hold (a record
// keeps its offsets into the text, so they are replaced, not removed).
func clean(s string) string { return strings.ReplaceAll(s, "\x00", " ") }

// Replace swaps the extraction of a stored version for rec. A current
// version is re-indexed under the locks of its old and its new events.
func (s *DB) Replace(ctx context.Context, hash string, rec record.Record) error {
	rec.Hash = hash
	err := s.write(ctx, func(tx pgx.Tx, held map[int64]bool) error {
		var vid int64
		var current bool
		var key string
		err := tx.QueryRow(ctx, `SELECT v.id, v.current, d.key FROM versions v JOIN documents d ON d.id = v.document_id
			WHERE v.hash = $1`, hash).Scan(&vid, &current, &key)
		if errors.Is(err, pgx.ErrNoRows) {
			return store.ErrNotFound
		}
		if err != nil {
			return err
		}
		d := newDraft(store.Source{Key: key}, &rec)
		if err := sidesOf(ctx, tx, []*draft{d}); err != nil {
			return err
		}
		if current {
			old, err := versionKeys(ctx, tx, vid)
			if err != nil {
				return err
			}
			keys := d.keys()
			keys.add(old)
			if err := lockKeys(ctx, tx, held, keys); err != nil {
				return err
			}
			// A newer version may have been stored before the locks.
			if err := tx.QueryRow(ctx, `SELECT current FROM versions WHERE id = $1`, vid).Scan(&current); err != nil {
				return err
			}
		}
		recJSON, err := encodeRecord(rec)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE versions SET lang = $1, title = $2, outlet = $3, published = $4, text = $5,
			record = $6, extracted = now() WHERE id = $7`, rec.Lang, deref(rec.Title), deref(rec.Outlet), deref(rec.Published),
			clean(rec.Text), recJSON, vid); err != nil {
			return err
		}
		if current {
			if err := unindex(ctx, tx, vid, held[allKeys]); err != nil {
				return err
			}
			if _, err := index(ctx, tx, vid, d, held[allKeys]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("replace %s: %w", hash, err)
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
// and its events leave their clusters), keeping the version itself. The
// clusters are those its event rows name when deleted (a concurrent merge
// may have moved them since they were read), locked (unless the write
// holds every key, excl) before they are summarised again.
func unindex(ctx context.Context, tx pgx.Tx, vid int64, excl bool) error {
	for _, q := range []string{
		`DELETE FROM event_parties WHERE event_id IN (SELECT id FROM events WHERE version_id = $1)`,
		`DELETE FROM event_keys WHERE event_id IN (SELECT id FROM events WHERE version_id = $1)`,
	} {
		if _, err := tx.Exec(ctx, q, vid); err != nil {
			return fmt.Errorf("unindex: %w", err)
		}
	}
	rows, err := tx.Query(ctx, `DELETE FROM events WHERE version_id = $1 RETURNING cluster_id`, vid)
	if err != nil {
		return fmt.Errorf("unindex: %w", err)
	}
	touched, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return fmt.Errorf("unindex: %w", err)
	}
	var b pgx.Batch
	for _, q := range []string{
		// Its entities' counts lose it, in the row it added to (queueCounts).
		`WITH d AS (DELETE FROM entity_docs WHERE version_id = $1 RETURNING entity_id, mentions)
		UPDATE entity_counts c SET docs = c.docs - 1, mentions = c.mentions - d.mentions
			FROM d WHERE c.entity_id = d.entity_id AND c.shard = $1 % 16`,
		`DELETE FROM aliases WHERE version_id = $1`,
		`DELETE FROM roles WHERE version_id = $1`,
		`DELETE FROM quantities WHERE version_id = $1`,
		`DELETE FROM statuses WHERE version_id = $1`,
		`DELETE FROM lsh WHERE version_id = $1`,
		`UPDATE versions SET search = NULL WHERE id = $1`,
	} {
		b.Queue(q, vid)
	}
	if err := tx.SendBatch(ctx, &b).Close(); err != nil {
		return fmt.Errorf("unindex: %w", err)
	}
	slices.Sort(touched)
	return refreshClusters(ctx, tx, slices.Compact(touched), excl)
}

// index writes the derived rows of a current version: near-duplicate group,
// search vector, entities, figures, status phrases and events, which join
// the stored clusters. It returns the name of the document this one
// near-duplicates, if any. What later statements do not read is sent in
// one batch at the end.
func index(ctx context.Context, tx pgx.Tx, vid int64, d *draft, excl bool) (string, error) {
	rec := d.rec
	dup, grp, err := group(ctx, tx, vid, d)
	if err != nil {
		return "", fmt.Errorf("near-duplicates: %w", err)
	}
	if err := putEvents(ctx, tx, vid, grp.id, rec, d.sides, excl); err != nil {
		return "", fmt.Errorf("events: %w", err)
	}
	var b pgx.Batch
	if len(d.bands) > 0 {
		queueBands(&b, vid, d.sig, d.bands)
	}
	// seq: the order of indexing (migration 005), drawn under the locks.
	b.Queue(`UPDATE versions SET grp = $1, near_dup_of = $2, shingles = $3, seq = nextval('versions_seq'), search =
		setweight(to_tsvector('simple', $4), 'A') || setweight(to_tsvector('simple', $5), 'D') WHERE id = $6`,
		grp.id, grp.near, len(d.sh), store.IndexText(rec.Lang, clean(deref(rec.Title))),
		store.IndexText(rec.Lang, clean(rec.Text)), vid)
	queueEntities(&b, vid, rec)
	queueReports(&b, vid, rec)
	queueCounts(&b, vid, rec) // last: its rows stay locked until the commit
	if err := tx.SendBatch(ctx, &b).Close(); err != nil {
		return "", fmt.Errorf("index: %w", err)
	}
	return dup, nil
}

// queueReports queues the record's figures and relationship status phrases,
// each with its sentence.
func queueReports(b *pgx.Batch, vid int64, rec *record.Record) {
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
}

// queueEntities queues the record's entities, the version's mention counts,
// aliases and roles.
func queueEntities(b *pgx.Batch, vid int64, rec *record.Record) {
	for _, e := range rec.Entities {
		// An entity already stored gains only the fields it lacks. Two
		// statements, not an upsert: ON CONFLICT DO UPDATE locks the stored
		// row until the write commits even when it changes nothing, and
		// nearly every write names the same few states (country:IDN), so
		// every writer would wait for every other on that row. An UPDATE
		// locks only a row it changes, which happens once a field.
		b.Queue(`INSERT INTO entities (id, type, name, norm, code, wikidata, country) VALUES ($1, $2, $3, $4, $5, $6, $7)
			ON CONFLICT (id) DO NOTHING`,
			clean(e.ID), e.Type, clean(e.Name), text.Normalize(clean(e.Name)), e.Code, e.Wikidata, e.Country)
		if e.Code != "" || e.Wikidata != "" || e.Country != "" {
			b.Queue(`UPDATE entities SET
					code = CASE WHEN code = '' THEN $2 ELSE code END,
					wikidata = CASE WHEN wikidata = '' THEN $3 ELSE wikidata END,
					country = CASE WHEN country = '' THEN $4 ELSE country END
				WHERE id = $1 AND ((code = '' AND $2 <> '') OR (wikidata = '' AND $3 <> '') OR (country = '' AND $4 <> ''))`,
				clean(e.ID), e.Code, e.Wikidata, e.Country)
		}
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
}

// queueCounts queues the adding of the version's entities to their counts
// (migration 007), in the row of its shard (the version id modulo 16), in
// order of entity id, so that two writes lock shared rows in one order.
func queueCounts(b *pgx.Batch, vid int64, rec *record.Record) {
	mentions := map[string]int{}
	for _, e := range rec.Entities {
		mentions[clean(e.ID)] += len(e.Mentions)
	}
	ids := slices.Sorted(maps.Keys(mentions))
	if len(ids) == 0 {
		return
	}
	ms := make([]int32, len(ids))
	for i, id := range ids {
		ms[i] = int32(mentions[id])
	}
	b.Queue(`INSERT INTO entity_counts (entity_id, shard, docs, mentions)
		SELECT id, $3 % 16, 1, m FROM unnest($1::text[], $2::int[]) AS u(id, m) ORDER BY id
		ON CONFLICT (entity_id, shard) DO UPDATE SET docs = entity_counts.docs + 1,
			mentions = entity_counts.mentions + excluded.mentions`, ids, ms, vid)
}

// dupGroup is a version's independent-source group and the version it
// near-duplicates (nil: none).
type dupGroup struct {
	id   int64
	near *int64
}

// group finds the version's independent-source group: the group of the most
// similar current document when the two are near-duplicates (Jaccard
// similarity of their shingle sets at least cluster.DuplicateThreshold),
// else its own id. It returns the name of that document, or "", and the
// group; index stores the signature and bands.
func group(ctx context.Context, tx pgx.Tx, vid int64, d *draft) (string, dupGroup, error) {
	g := dupGroup{id: vid}
	if len(d.bands) == 0 {
		return "", g, nil
	}
	rows, err := tx.Query(ctx, `WITH c AS (
			SELECT s.version_id, count(*) AS n FROM unnest($1::bigint[]) q(k)
			CROSS JOIN LATERAL (SELECT version_id FROM lsh WHERE lsh.k = q.k AND version_id <> $2
				ORDER BY version_id DESC LIMIT $3) s
			GROUP BY s.version_id ORDER BY n DESC, s.version_id LIMIT $4)
		SELECT g.version_id, g.sig FROM c JOIN signatures g ON g.version_id = c.version_id`,
		d.bands, vid, cluster.BandNewest, cluster.MaxBandCands)
	if err != nil {
		return "", g, err
	}
	var cands []cluster.DupCandidate
	var id int64
	var blob []byte
	if _, err := pgx.ForEachRow(rows, []any{&id, &blob}, func() error {
		// A stored signature that does not decode estimates 0: the
		// document is then not taken for a copy (as in SQLite), and the
		// write goes on.
		other, _ := cluster.DecodeSignature(blob)
		cands = append(cands, cluster.DupCandidate{ID: id, Est: cluster.Estimate(d.sig, other)})
		return nil
	}); err != nil {
		return "", g, err
	}
	for _, c := range cluster.RankDupCandidates(cands) {
		var other, name string
		var grp int64
		if err := tx.QueryRow(ctx, `SELECT text, grp, name FROM versions WHERE id = $1`, c.ID).Scan(&other, &grp, &name); err != nil {
			return "", g, fmt.Errorf("candidate %d: %w", c.ID, err)
		}
		if cluster.Jaccard(d.sh, cluster.Shingles(other)) >= cluster.DuplicateThreshold {
			near := c.ID
			return name, dupGroup{id: grp, near: &near}, nil
		}
	}
	return "", g, nil
}

// queueBands queues the storing of a version's signature and band keys.
func queueBands(b *pgx.Batch, vid int64, sig []uint32, keys []int64) {
	b.Queue(`INSERT INTO lsh (k, version_id) SELECT k, $2 FROM unnest($1::bigint[]) k ON CONFLICT DO NOTHING`, keys, vid)
	b.Queue(`INSERT INTO signatures (version_id, sig) VALUES ($1, $2)
		ON CONFLICT (version_id) DO UPDATE SET sig = excluded.sig`, vid, cluster.EncodeSignature(sig))
}
