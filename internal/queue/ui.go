package queue

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"riverqueue.com/riverui"
)

// UI returns the job queue's own web UI (River UI, riverqueue.com/riverui:
// its pages, assets and JSON API in one http.Handler) over the queue in
// pool's database, for mounting under prefix (such as "/admin/jobs/"). It
// does no authentication: the caller puts it behind one. Its background
// services (counts it caches) run until ctx is done.
//
// Job arguments are hidden in the job list by default: an extract job's
// arguments hold the whole fetched page.
func UI(ctx context.Context, pool *pgxpool.Pool, prefix string, logger *slog.Logger) (http.Handler, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	// A client with no queues and no workers only reads and changes jobs:
	// the UI must not take work from the workers.
	client, err := river.NewClient(riverpgxv5.New(pool), &river.Config{Logger: logger})
	if err != nil {
		return nil, fmt.Errorf("job queue UI: %w", err)
	}
	h, err := riverui.NewHandler(&riverui.HandlerOpts{
		Endpoints:                riverui.NewEndpoints(client, nil),
		JobListHideArgsByDefault: true,
		Logger:                   logger,
		Prefix:                   prefix,
	})
	if err != nil {
		return nil, fmt.Errorf("job queue UI: %w", err)
	}
	if err := h.Start(ctx); err != nil {
		return nil, fmt.Errorf("job queue UI: start: %w", err)
	}
	return h, nil
}
