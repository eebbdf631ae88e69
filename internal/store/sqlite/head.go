package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"kronik/internal/store"
)

// EntityHead returns an entity's own row: one primary-key read, where Entity
// also reads its documents.
func (s *DB) EntityHead(ctx context.Context, id string) (store.EntityHead, error) {
	var h store.EntityHead
	err := s.db.QueryRowContext(ctx, `SELECT id, type, name, country FROM entities WHERE id = ?`, id).
		Scan(&h.ID, &h.Type, &h.Name, &h.Country)
	if errors.Is(err, sql.ErrNoRows) {
		return h, fmt.Errorf("entity %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return h, fmt.Errorf("entity %s: %w", id, err)
	}
	return h, nil
}
