package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"kronik/internal/cluster"
	"kronik/internal/ordered"
	"kronik/internal/pipeline"
	"kronik/internal/record"
	"kronik/internal/source"
)

func runExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("extract", "extract [--format jsonl|text] [flags] PATH...\n\n"+
		"Reads news documents (text or HTML files, folders, '-' for stdin, JSON lines of\n"+
		"{\"url\":...,\"html\"|\"text\":...}) and prints one JSON line per document with its\n"+
		"entities, events, time expressions and figures.", stderr)
	format := fs.String("format", "", "output format: jsonl or text (default: jsonl when stdout is not a terminal)")
	noCluster := fs.Bool("no-cluster", false, "do not cluster events across inputs; print each record as soon as it is ready")
	noTagger := fs.Bool("no-tagger", false, "switch the statistical entity tagger off (knowledge base and rules only)")
	fastTagger := fs.Bool("fast-tagger", false, "run only the tagger's first stage (faster, slightly less accurate)")
	withText := fs.Bool("text", true, "include the cleaned article text that offsets point into")
	workers := fs.Int("workers", runtime.NumCPU(), "documents processed in parallel")
	net := addFetchFlags(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	ropts, err := net.readOptions()
	if err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: no input given (a file, a folder, or - for stdin)", errUsage)
	}
	if *format == "" {
		*format = "jsonl"
		if isTerminal(stdout) {
			*format = "text"
		}
	}
	if *format != "jsonl" && *format != "text" {
		return fmt.Errorf("%w: --format must be jsonl or text, not %q", errUsage, *format)
	}
	if *workers < 1 {
		*workers = 1
	}
	p, err := pipeline.New(pipeline.Options{NoTagger: *noTagger, FastTagger: *fastTagger})
	if err != nil {
		return err
	}

	out := bufio.NewWriter(stdout)
	defer out.Flush()
	print := func(r *record.Record) error {
		if !*withText {
			r.Text = ""
		}
		if *format == "text" {
			writeSummary(out, r)
			return nil
		}
		b, err := json.Marshal(r)
		if err != nil {
			return fmt.Errorf("encode %s: %w", r.Source, err)
		}
		out.Write(b)
		return out.WriteByte('\n')
	}

	failed := 0
	report := func(input string, err error) {
		if errors.Is(err, source.ErrSkipped) {
			// hidden files, images, archives in a folder: a notice, not a failure
			fmt.Fprintf(stderr, "kronik extract: skipped %s\n", nameError(input, err))
			return
		}
		failed++
		fmt.Fprintf(stderr, "kronik extract: %s\n", nameError(input, err))
	}
	recs, err := processAll(ctx, p, ropts, fs.Args(), stdin, *workers, report, func(r *record.Record) error {
		if *noCluster {
			cluster.Assign([]*record.Record{r})
			return print(r)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if !*noCluster {
		cluster.Assign(recs)
		for _, r := range recs {
			if err := print(r); err != nil {
				return err
			}
		}
	}
	if failed > 0 {
		return fmt.Errorf("%w: %d input(s) failed, %d processed", errPartial, failed, len(recs))
	}
	return nil
}

// processAll runs the pipeline over every input with a pool of workers and
// returns the records in input order. ready is called in input order as soon as
// each record and all before it are done; onErr too, for an input that could
// not be read or processed, so failures are reported in input order.
func processAll(ctx context.Context, p *pipeline.Pipeline, ropts source.Options, inputs []string, stdin io.Reader, workers int,
	onErr func(string, error), ready func(*record.Record) error) ([]*record.Record, error) {
	type item struct {
		doc   source.Document
		input string // the input that could not be read, with err
		err   error
		rec   *record.Record
	}
	var readErr error
	results := ordered.Run(ctx, workers, func(send func(item) bool) {
		readErr = source.ReadWith(ctx, ropts, inputs, stdin, func(d source.Document) error {
			if !send(item{doc: d}) {
				return ctx.Err()
			}
			return nil
		}, func(input string, err error) {
			send(item{input: input, err: err})
		})
	}, func(it item) item {
		if it.err == nil {
			rec, err := p.Process(ctx, it.doc)
			it.rec, it.err = &rec, err
		}
		return it
	})
	var recs []*record.Record
	var firstErr error
	for it := range results {
		if it.err != nil {
			name := it.input
			if name == "" {
				name = it.doc.Path
			}
			onErr(name, it.err)
			continue
		}
		for _, w := range it.rec.Warnings {
			fmt.Fprintf(os.Stderr, "kronik extract: %s: warning: %s\n", it.doc.Path, w)
		}
		recs = append(recs, it.rec)
		if firstErr == nil {
			firstErr = ready(it.rec)
		}
	}
	if firstErr != nil {
		return recs, firstErr
	}
	if readErr != nil && ctx.Err() == nil {
		return recs, readErr
	}
	return recs, ctx.Err()
}

// nameError prefixes an error with the input it concerns unless the message
// already starts with it.
func nameError(input string, err error) string {
	msg := err.Error()
	if input == "" || strings.HasPrefix(msg, input+":") {
		return msg
	}
	return input + ": " + msg
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// writeSummary prints a record for a person to read.
func writeSummary(w io.Writer, r *record.Record) {
	val := func(s *string) string {
		if s == nil {
			return "-"
		}
		return *s
	}
	fmt.Fprintf(w, "== %s  [%s]  outlet %s  dateline %s  published %s\n", r.Source, r.Lang, val(r.Outlet), val(r.Dateline), val(r.Published))
	if r.Title != nil {
		fmt.Fprintf(w, "   %s\n", *r.Title)
	}
	if r.DuplicateOf != "" {
		fmt.Fprintf(w, "   near-duplicate of %s\n", r.DuplicateOf)
	}
	names := map[string]string{}
	fmt.Fprintf(w, "\n  Entities (%d)\n", len(r.Entities))
	for _, e := range r.Entities {
		names[e.ID] = e.Name
		extra := ""
		if e.Code != "" {
			extra = " (" + e.Code + ")"
		}
		if len(e.Roles) > 0 {
			extra += " — " + e.Roles[0].Title
		}
		fmt.Fprintf(w, "    %-8s %s%s  ×%d\n", e.Type, e.Name, extra, len(e.Mentions))
	}
	fmt.Fprintf(w, "\n  Events (%d)\n", len(r.Events))
	for _, e := range r.Events {
		var actors []string
		for _, a := range e.Actors {
			if n, ok := names[a]; ok {
				actors = append(actors, n)
			} else {
				actors = append(actors, a)
			}
		}
		date := val(e.Date)
		if e.DateEnd != nil {
			date += ".." + *e.DateEnd
		}
		what := e.Type
		if e.Mode != "" {
			what += "/" + e.Mode
		}
		fmt.Fprintf(w, "    %-22s %-22s %-10s %s", what, date, val(e.Place), strings.Join(actors, ", "))
		if e.Document != nil {
			fmt.Fprintf(w, "  [%s]", *e.Document)
		}
		if e.Modality != "occurred" {
			fmt.Fprintf(w, "  (%s)", e.Modality)
		}
		fmt.Fprintf(w, "\n      “%s”\n", shorten(e.Evidence.Text, 160))
	}
	fmt.Fprintf(w, "\n  Figures (%d)\n", len(r.Quantities))
	for _, q := range r.Quantities {
		fmt.Fprintf(w, "    %-8s %s  “%s”", q.Kind, humanValue(q.Value, q.Unit), q.Text)
		if q.Measures != "" {
			fmt.Fprintf(w, "  (%s)", q.Measures)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w)
}

func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8Start(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }
