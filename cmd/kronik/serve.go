package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"kronik/internal/pipeline"
	"kronik/internal/queue"
	"kronik/internal/server"
	"kronik/internal/store"
)

func runServe(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("serve", "serve [--db FILE] [--addr HOST:PORT] [--token T] [--demo] [--prewarm=false]\n\n"+
		"Serves the knowledge base: a web UI at / and a JSON API under /api/ (described at\n"+
		"/api/openapi.json). Read-only unless a token is given (--token or KRONIK_TOKEN): then\n"+
		"POST /api/documents with 'Authorization: Bearer T' ingests a document; on a PostgreSQL\n"+
		"knowledge base the job queue's web UI is at /admin/jobs/ (the token as the password of\n"+
		"HTTP Basic auth). --demo serves the sample articles shipped in the binary from a\n"+
		"temporary database.", stderr)
	dbPath := fs.String("db", defaultDBFlag(), dbUsage)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	token := fs.String("token", os.Getenv("KRONIK_TOKEN"), "bearer token that allows ingestion (default $KRONIK_TOKEN)")
	demo := fs.Bool("demo", false, "ingest the bundled sample articles into a temporary database and serve it")
	prewarm := fs.Bool("prewarm", true, "read the tables searches consult once at start, in the background (SQLite), so the first searches on a store larger than the memory do not wait for the disk")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	logger := slog.New(slog.NewTextHandler(stderr, nil))
	path := *dbPath
	if *demo {
		dir, err := os.MkdirTemp("", "kronik-demo-")
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "demo.db")
	}
	var db store.Store
	var err error
	if *demo {
		db, err = openStore(ctx, path)
	} else {
		db, err = openExistingStore(ctx, path)
	}
	if err != nil {
		return err
	}
	defer db.Close()
	var proc server.Processor
	if *demo || *token != "" {
		p, err := pipeline.New(pipeline.Options{})
		if err != nil {
			return err
		}
		proc = p
	}
	if *demo {
		n, err := server.LoadDemo(ctx, db, proc)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "demo: %d sample articles ingested into a temporary database\n", n)
	}
	if st, err := db.Stats(ctx); err == nil && st.Documents == 0 {
		fmt.Fprintf(stderr, "kronik serve: %s holds no documents yet: add some with 'kronik ingest --db %s PATH...', or try 'kronik serve --demo'\n", path, path)
	}
	jobs, jobsOff, err := jobsUI(ctx, db, *token, logger)
	if err != nil {
		return err
	}
	srv, err := server.New(server.Options{Store: db, Processor: proc, Token: *token, Logger: logger,
		AdminJobs: jobs, AdminJobsOff: jobsOff})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	hs := &http.Server{
		Handler:           srv,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      2 * time.Minute, // an export of a large store streams for a while
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	mode := "read-only"
	if *token != "" {
		mode = "ingestion allowed with the token"
	}
	if jobs != nil {
		mode += "; the job queue at /admin/jobs/"
	}
	fmt.Fprintf(stdout, "kronik serving http://%s/ (%s); Ctrl-C stops\n", ln.Addr(), mode)
	if pw, ok := db.(store.Prewarmer); ok && *prewarm {
		go prewarmStore(ctx, pw, logger)
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(shut); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

// prewarmStore reads what searches consult (store.Prewarmer) and logs how
// long it took; a failure is logged, not fatal: the searches read the same
// pages when they need them.
func prewarmStore(ctx context.Context, pw store.Prewarmer, logger *slog.Logger) {
	start := time.Now()
	rows, err := pw.Prewarm(ctx)
	if err != nil {
		if ctx.Err() == nil {
			logger.Warn("prewarm", "err", err)
		}
		return
	}
	n := int64(0)
	for _, r := range rows {
		n += r
	}
	logger.Info("search tables read into the cache", "rows", n, "seconds", time.Since(start).Seconds())
}

// jobsUI returns the job queue's web UI for `kronik serve` when the
// knowledge base is on PostgreSQL (where the queue lives) and a token
// guards it, bringing the queue's tables up to date so the UI works before
// the first worker starts; otherwise it says why there is none.
func jobsUI(ctx context.Context, db store.Store, token string, logger *slog.Logger) (http.Handler, string, error) {
	pg, ok := db.(pooled)
	if !ok {
		return nil, "the job queue lives in a PostgreSQL knowledge base: serve one (--db postgres://...) with a token to see its jobs here", nil
	}
	if token == "" {
		return nil, "the job queue's UI is served only with a token (--token or $KRONIK_TOKEN)", nil
	}
	if err := queue.Migrate(ctx, pg.Pool()); err != nil {
		return nil, "", err
	}
	h, err := queue.UI(ctx, pg.Pool(), server.AdminJobsPath, logger)
	if err != nil {
		return nil, "", err
	}
	return h, "", nil
}
