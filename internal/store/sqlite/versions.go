package sqlite

import (
	"context"
	"fmt"
	"strings"
	"time"

	"kronik/internal/record"
	"kronik/internal/store"
)

// Versions calls fn with every stored version, history included, in the
// order they were stored, with its source and record.
func (s *DB) Versions(ctx context.Context, fn func(store.Source, record.Record) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT v.id FROM versions v ORDER BY v.id`)
	if err != nil {
		return fmt.Errorf("list versions: %w", err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return fmt.Errorf("list versions: %w", err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("list versions: %w", err)
	}
	// One version at a time: a store of a million versions is not held in
	// memory, and fn may write to another store between reads.
	for _, id := range ids {
		var src store.Source
		var fetched, recJSON, body string
		err := s.db.QueryRowContext(ctx, `SELECT d.key, v.name, v.path, v.url, v.format, v.fetched, v.body,
			v.hint_title, v.hint_published, v.hint_outlet, v.record, v.text
			FROM versions v JOIN documents d ON d.id = v.document_id WHERE v.id = ?`, id).
			Scan(&src.Key, &src.Name, &src.Path, &src.URL, &src.Format, &fetched, &src.Body,
				&src.HintTitle, &src.HintPublished, &src.HintOutlet, &recJSON, &body)
		if err != nil {
			return fmt.Errorf("read version %d: %w", id, err)
		}
		if strings.HasPrefix(src.Key, "sha256:") {
			src.Key = "" // stored without a key: identified by content
		}
		src.Fetched, _ = time.Parse(time.RFC3339Nano, fetched)
		rec, err := store.DecodeRecord([]byte(recJSON))
		if err != nil {
			return fmt.Errorf("version %d: %w", id, err)
		}
		rec.Text = body
		if err := fn(src, rec); err != nil {
			return err
		}
	}
	return nil
}
