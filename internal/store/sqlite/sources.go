package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"kronik/internal/store"
)

var _ store.Sources = (*DB)(nil)

// tsLayout writes times in UTC with a fixed width, so that comparing the
// text compares the times (next_poll <= ?).
const tsLayout = "2006-01-02T15:04:05.000000000Z"

func ts(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(tsLayout)
}

func parseTS(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(tsLayout, s)
	if err != nil {
		t, _ = time.Parse(time.RFC3339Nano, s)
	}
	return t
}

const sourceCols = `id, url, kind, added, interval_s, next_poll, etag, last_modified, last_fetch, last_status, items, failures, errors, disabled`

func scanSource(sc interface{ Scan(...any) error }) (store.FeedSource, error) {
	var f store.FeedSource
	var added, next, last string
	var interval int64
	err := sc.Scan(&f.ID, &f.URL, &f.Kind, &added, &interval, &next, &f.ETag, &f.LastModified, &last, &f.LastStatus,
		&f.Items, &f.Failures, &f.Errors, &f.Disabled)
	f.Added, f.NextPoll, f.LastFetch = parseTS(added), parseTS(next), parseTS(last)
	f.Interval = time.Duration(interval) * time.Second
	return f, err
}

// write runs fn in a write transaction and commits it.
func (s *DB) write(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// AddSource implements store.Sources.
func (s *DB) AddSource(ctx context.Context, src store.FeedSource) (store.FeedSource, bool, error) {
	if src.Added.IsZero() {
		src.Added = time.Now()
	}
	if src.NextPoll.IsZero() {
		src.NextPoll = src.Added
	}
	var out store.FeedSource
	added := false
	err := s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO sources (url, kind, added, interval_s, next_poll) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (url) DO NOTHING`, src.URL, src.Kind, ts(src.Added), int64(src.Interval/time.Second), ts(src.NextPoll))
		if err != nil {
			return err
		}
		n, _ := res.RowsAffected()
		added = n == 1
		out, err = scanSource(tx.QueryRowContext(ctx, `SELECT `+sourceCols+` FROM sources WHERE url = ?`, src.URL))
		return err
	})
	if err != nil {
		return store.FeedSource{}, false, fmt.Errorf("add source %s: %w", src.URL, err)
	}
	return out, added, nil
}

// ListSources implements store.Sources.
func (s *DB) ListSources(ctx context.Context) ([]store.FeedSource, error) {
	return s.querySources(ctx, s.db, `SELECT `+sourceCols+` FROM sources ORDER BY id`)
}

func (s *DB) querySources(ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, query string, args ...any) ([]store.FeedSource, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("list sources: %w", err)
	}
	defer rows.Close()
	var out []store.FeedSource
	for rows.Next() {
		f, err := scanSource(rows)
		if err != nil {
			return nil, fmt.Errorf("list sources: %w", err)
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// RemoveSource implements store.Sources.
func (s *DB) RemoveSource(ctx context.Context, url string) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		var id int64
		if err := tx.QueryRowContext(ctx, `SELECT id FROM sources WHERE url = ?`, url).Scan(&id); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("source %s: %w", url, store.ErrNotFound)
			}
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE fetched_pages SET source_id = NULL WHERE source_id = ?`, id); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `DELETE FROM sources WHERE id = ?`, id)
		return err
	})
}

// ClaimDue implements store.Sources.
func (s *DB) ClaimDue(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]store.FeedSource, error) {
	var out []store.FeedSource
	err := s.write(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = s.querySources(ctx, tx, `SELECT `+sourceCols+` FROM sources
			WHERE disabled = '' AND next_poll <= ? ORDER BY next_poll, id LIMIT ?`, ts(now), limit)
		if err != nil {
			return err
		}
		leased := ts(now.Add(lease))
		for _, f := range out {
			if _, err := tx.ExecContext(ctx, `UPDATE sources SET next_poll = ? WHERE id = ?`, leased, f.ID); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("claim due sources: %w", err)
	}
	return out, nil
}

// UpdateSource implements store.Sources.
func (s *DB) UpdateSource(ctx context.Context, f store.FeedSource) error {
	err := s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE sources SET interval_s = ?, next_poll = ?, etag = ?, last_modified = ?,
			last_fetch = ?, last_status = ?, items = ?, failures = ?, errors = ?, disabled = ? WHERE id = ?`,
			int64(f.Interval/time.Second), ts(f.NextPoll), f.ETag, f.LastModified, ts(f.LastFetch), f.LastStatus,
			f.Items, f.Failures, f.Errors, f.Disabled, f.ID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return store.ErrNotFound // removed while it was polled
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("update source %s: %w", f.URL, err)
	}
	return nil
}

// PageDone implements store.Sources.
func (s *DB) PageDone(ctx context.Context, url string) (bool, error) {
	var status string
	var attempts int
	err := s.db.QueryRowContext(ctx, `SELECT status, attempts FROM fetched_pages WHERE url = ?`, url).Scan(&status, &attempts)
	switch {
	case errors.Is(err, sql.ErrNoRows):
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
	var src any
	if p.SourceID != 0 {
		src = p.SourceID
	}
	err := s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO fetched_pages (url, source_id, status, tdm, noai, hash, fetched, error)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (url) DO UPDATE SET source_id = coalesce(excluded.source_id, source_id), status = excluded.status,
				tdm = excluded.tdm, noai = excluded.noai, hash = excluded.hash, fetched = excluded.fetched, error = excluded.error,
				attempts = CASE WHEN excluded.status = 'failed' THEN attempts + 1 ELSE attempts END`,
			p.URL, src, p.Status, p.TDM, p.NoAI, p.Hash, ts(p.Fetched), p.Error)
		return err
	})
	if err != nil {
		return fmt.Errorf("mark page %s: %w", p.URL, err)
	}
	return nil
}

// Pages implements store.Sources.
func (s *DB) Pages(ctx context.Context, sourceID int64, limit int) ([]store.Page, error) {
	q := `SELECT url, coalesce(source_id, 0), status, tdm, noai, hash, fetched, error FROM fetched_pages
		WHERE source_id = ? ORDER BY fetched DESC, url`
	args := []any{sourceID}
	if limit > 0 {
		q += ` LIMIT ?`
		args = append(args, limit)
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("pages of source %d: %w", sourceID, err)
	}
	defer rows.Close()
	var out []store.Page
	for rows.Next() {
		var p store.Page
		var fetched string
		if err := rows.Scan(&p.URL, &p.SourceID, &p.Status, &p.TDM, &p.NoAI, &p.Hash, &fetched, &p.Error); err != nil {
			return nil, fmt.Errorf("pages of source %d: %w", sourceID, err)
		}
		p.Fetched = parseTS(fetched)
		out = append(out, p)
	}
	return out, rows.Err()
}
