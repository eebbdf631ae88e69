package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"kronik/internal/store"
)

var _ store.Robots = (*DB)(nil)

// Robots returns origin's kept robots.txt (migration 006).
func (s *DB) Robots(ctx context.Context, origin string) (int, []byte, time.Time, error) {
	var status int
	var body []byte
	var fetched time.Time
	err := s.pool.QueryRow(ctx, `SELECT status, body, fetched FROM robots WHERE origin = $1`, origin).Scan(&status, &body, &fetched)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, nil, time.Time{}, nil
	}
	if err != nil {
		return 0, nil, time.Time{}, fmt.Errorf("robots.txt of %s: %w", origin, err)
	}
	return status, body, fetched, nil
}

// PutRobots keeps origin's robots.txt, replacing the one kept.
func (s *DB) PutRobots(ctx context.Context, origin string, status int, body []byte, fetched time.Time) error {
	if body == nil {
		body = []byte{} // NOT NULL: a 4xx has no body
	}
	_, err := s.pool.Exec(ctx, `INSERT INTO robots (origin, status, body, fetched) VALUES ($1, $2, $3, $4)
		ON CONFLICT (origin) DO UPDATE SET status = excluded.status, body = excluded.body, fetched = excluded.fetched`,
		origin, status, body, fetched)
	if err != nil {
		return fmt.Errorf("keep robots.txt of %s: %w", origin, err)
	}
	return nil
}
