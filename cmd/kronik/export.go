package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"kronik/internal/export"
	"kronik/internal/record"
)

func runExport(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("export", "export --format jsonl|csv|gdelt|parquet [--out FILE] [--db FILE]\n\n"+
		"Writes the knowledge base's current documents: jsonl (one record per line), csv and\n"+
		"parquet (one row per event mention), gdelt (GDELT 2.0 event table: one tab-separated row\n"+
		"per real-world event, CAMEO-coded).", stderr)
	dbPath := fs.String("db", defaultDBFlag(), dbUsage)
	format := fs.String("format", "jsonl", "output format: "+strings.Join(export.Formats, ", "))
	out := fs.String("out", "", "output file (default: standard output)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	var w io.Writer = stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		defer f.Close()
		w = f
	} else if *format == "parquet" && isTerminal(stdout) {
		return fmt.Errorf("%w: parquet is binary: give --out FILE or redirect standard output", errUsage)
	}
	bw := bufio.NewWriter(w)
	ew, err := export.New(*format, bw)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	db, err := openExistingStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.Records(ctx, func(r record.Record) error { return ew.Write(r) }); err != nil {
		return err
	}
	if err := ew.Close(); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if f, ok := w.(*os.File); ok && *out != "" {
		if err := f.Close(); err != nil {
			return fmt.Errorf("export: %w", err)
		}
	}
	return nil
}
