package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"kronik/internal/store"
)

// EntityHead returns an entity's own row: one primary-key read, where Entity
// also reads its documents.
func (s *DB) EntityHead(ctx context.Context, id string) (store.EntityHead, error) {
	var h store.EntityHead
	err := s.pool.QueryRow(ctx, `SELECT id, type, name, country FROM entities WHERE id = $1`, id).
		Scan(&h.ID, &h.Type, &h.Name, &h.Country)
	if errors.Is(err, pgx.ErrNoRows) {
		return h, fmt.Errorf("entity %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return h, fmt.Errorf("entity %s: %w", id, err)
	}
	return h, nil
}
