package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"kronik/internal/store"
)

var _ store.Sources = (*DB)(nil)

const sourceCols = `id, url, kind, added, interval_s, next_poll, etag, last_modified, last_fetch, last_status, items, failures, errors, disabled`

func scanSource(row pgx.Row) (store.FeedSource, error) {
	var f store.FeedSource
	var last *time.Time
	var interval int64
	err := row.Scan(&f.ID, &f.URL, &f.Kind, &f.Added, &interval, &f.NextPoll, &f.ETag, &f.LastModified, &last, &f.LastStatus,
		&f.Items, &f.Failures, &f.Errors, &f.Disabled)
	f.Added, f.NextPoll = f.Added.UTC(), f.NextPoll.UTC()
	if last != nil {
		f.LastFetch = last.UTC()
	}
	f.Interval = time.Duration(interval) * time.Second
	return f, err
}

// orNull is t, or NULL for the zero time.
func orNull(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

// AddSource implements store.Sources.
func (s *DB) AddSource(ctx context.Context, src store.FeedSource) (store.FeedSource, bool, error) {
	if src.Added.IsZero() {
		src.Added = time.Now()
	}
	if src.NextPoll.IsZero() {
		src.NextPoll = src.Added
	}
	tag, err := s.pool.Exec(ctx, `INSERT INTO sources (url, kind, added, interval_s, next_poll) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (url) DO NOTHING`, src.URL, src.Kind, src.Added, int64(src.Interval/time.Second), src.NextPoll)
	if err != nil {
		return store.FeedSource{}, false, fmt.Errorf("add source %s: %w", src.URL, err)
	}
	out, err := scanSource(s.pool.QueryRow(ctx, `SELECT `+sourceCols+` FROM sources WHERE url = $1`, src.URL))
	if err != nil {
		return store.FeedSource{}, false, fmt.Errorf("add source %s: %w", src.URL, err)
	}
	return out, tag.RowsAffected() == 1, nil
}

// ListSources implements store.Sources.
func (s *DB) ListSources(ctx context.Context) ([]store.FeedSource, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+sourceCols+` FROM sources ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("list sources: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.FeedSource, error) { return scanSource(r) })
	if err != nil {
		return nil, fmt.Errorf("list sources: %w", err)
	}
	return out, nil
}

// RemoveSource implements store.Sources.
func (s *DB) RemoveSource(ctx context.Context, url string) error {
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var id int64
		if err := tx.QueryRow(ctx, `DELETE FROM sources WHERE url = $1 RETURNING id`, url).Scan(&id); err != nil {
			if errors.Is(err, pgx.ErrNoRows) {
				return fmt.Errorf("source %s: %w", url, store.ErrNotFound)
			}
			return fmt.Errorf("remove source %s: %w", url, err)
		}
		if _, err := tx.Exec(ctx, `UPDATE fetched_pages SET source_id = NULL WHERE source_id = $1`, id); err != nil {
			return fmt.Errorf("remove source %s: %w", url, err)
		}
		return nil
	})
}

// ClaimDue implements store.Sources. Sources another watcher is claiming at
// the same moment are skipped (FOR UPDATE SKIP LOCKED), not waited for.
func (s *DB) ClaimDue(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]store.FeedSource, error) {
	rows, err := s.pool.Query(ctx, `WITH due AS (
			SELECT `+sourceCols+` FROM sources WHERE disabled = '' AND next_poll <= $1
			ORDER BY next_poll, id LIMIT $2 FOR UPDATE SKIP LOCKED),
		leased AS (UPDATE sources SET next_poll = $3 FROM due WHERE sources.id = due.id)
		SELECT `+sourceCols+` FROM due ORDER BY next_poll, id`, now, limit, now.Add(lease))
	if err != nil {
		return nil, fmt.Errorf("claim due sources: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.FeedSource, error) { return scanSource(r) })
	if err != nil {
		return nil, fmt.Errorf("claim due sources: %w", err)
	}
	return out, nil
}

// UpdateSource implements store.Sources.
func (s *DB) UpdateSource(ctx context.Context, f store.FeedSource) error {
	tag, err := s.pool.Exec(ctx, `UPDATE sources SET interval_s = $1, next_poll = $2, etag = $3, last_modified = $4,
		last_fetch = $5, last_status = $6, items = $7, failures = $8, errors = $9, disabled = $10 WHERE id = $11`,
		int64(f.Interval/time.Second), f.NextPoll, f.ETag, f.LastModified, orNull(f.LastFetch), f.LastStatus,
		f.Items, f.Failures, f.Errors, f.Disabled, f.ID)
	if err != nil {
		return fmt.Errorf("update source %s: %w", f.URL, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("update source %s: %w", f.URL, store.ErrNotFound) // removed while it was polled
	}
	return nil
}

// PageDone implements store.Sources.
func (s *DB) PageDone(ctx context.Context, url string) (bool, error) {
	var status string
	var attempts int
	err := s.pool.QueryRow(ctx, `SELECT status, attempts FROM fetched_pages WHERE url = $1`, url).Scan(&status, &attempts)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return false, nil
	case err != nil:
		return false, fmt.Errorf("page %s: %w", url, err)
	}
	return store.PageSettled(status, attempts), nil
}

// MarkPage implements store.Sources.
func (s *DB) MarkPage(ctx context.Context, p store.Page) error {
	if p.Fetched.IsZero() {
		p.Fetched = time.Now()
	}
	var src *int64
	if p.SourceID != 0 {
		src = &p.SourceID
	}
	_, err := s.pool.Exec(ctx, `INSERT INTO fetched_pages AS f (url, source_id, status, tdm, noai, hash, fetched, error)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
		ON CONFLICT (url) DO UPDATE SET source_id = coalesce(excluded.source_id, f.source_id), status = excluded.status,
			tdm = excluded.tdm, noai = excluded.noai, hash = excluded.hash, fetched = excluded.fetched, error = excluded.error,
			attempts = CASE WHEN excluded.status = 'failed' THEN f.attempts + 1 ELSE f.attempts END`,
		p.URL, src, p.Status, p.TDM, p.NoAI, p.Hash, p.Fetched, p.Error)
	if err != nil {
		return fmt.Errorf("mark page %s: %w", p.URL, err)
	}
	return nil
}

// Pages implements store.Sources.
func (s *DB) Pages(ctx context.Context, sourceID int64, limit int) ([]store.Page, error) {
	q := `SELECT url, coalesce(source_id, 0), status, tdm, noai, hash, fetched, error FROM fetched_pages
		WHERE source_id = $1 ORDER BY fetched DESC, url`
	args := []any{sourceID}
	if limit > 0 {
		q += ` LIMIT $2`
		args = append(args, limit)
	}
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("pages of source %d: %w", sourceID, err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.Page, error) {
		var p store.Page
		err := r.Scan(&p.URL, &p.SourceID, &p.Status, &p.TDM, &p.NoAI, &p.Hash, &p.Fetched, &p.Error)
		p.Fetched = p.Fetched.UTC()
		return p, err
	})
	if err != nil {
		return nil, fmt.Errorf("pages of source %d: %w", sourceID, err)
	}
	return out, nil
}
