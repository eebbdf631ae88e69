package main

import (
	"context"
	"fmt"
	"io"

	"kronik/internal/store"
	"kronik/internal/store/backend"
)

func runMigrateStore(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("migrate-store", "migrate-store --from DB --to DB\n\n"+
		"Copies a knowledge base into another, empty one (typically the SQLite file to a PostgreSQL\n"+
		"server): every version of every document with its source, in the order it was stored, so\n"+
		"events, clusters and near-duplicates come out as they were. Interrupted, it can be run again:\n"+
		"what was copied is skipped.", stderr)
	from := fs.String("from", defaultDB, "the knowledge base to copy (a SQLite file or a DSN)")
	to := fs.String("to", "", "the knowledge base to copy into: postgres://USER@HOST/DB, or a file")
	batch := fs.Int("batch", 256, "versions stored per transaction")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	if *to == "" {
		return fmt.Errorf("%w: --to is required", errUsage)
	}
	if *from == *to {
		return fmt.Errorf("%w: --from and --to are the same knowledge base", errUsage)
	}
	src, err := openStore(ctx, *from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := openStore(ctx, *to)
	if err != nil {
		return err
	}
	defer dst.Close()
	before, err := dst.Stats(ctx)
	if err != nil {
		return err
	}
	bar := newProgress(stderr, "migrate-store")
	last := 0
	n, err := store.Copy(ctx, dst, src, *batch, func(done int) {
		for ; last < done; last++ {
			bar.add()
		}
	})
	bar.done()
	if err != nil {
		return fmt.Errorf("migrate-store to %s after %d versions: %w", backend.Redact(*to), n, err)
	}
	want, err := src.Stats(ctx)
	if err != nil {
		return err
	}
	got, err := dst.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "migrate-store: %d versions copied to %s: %d documents, %d versions, %d events, %d clusters\n",
		n, backend.Redact(*to), got.Documents, got.Versions, got.Events, got.Clusters)
	// Into an empty store the copy holds what the source holds; a store
	// that held other documents before holds more.
	if before == (store.Stats{}) && got != want {
		return fmt.Errorf("migrate-store: the copy holds %+v, the source %+v", got, want)
	}
	return nil
}
