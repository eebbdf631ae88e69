// Command kronik turns news about international relations into structured,
// sourced records: entities, events and figures, each with its evidence.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"syscall"
)

// Exit codes: 0 all inputs processed, 1 some inputs failed, 2 usage error,
// 3 the command could not run at all.
const (
	exitOK      = 0
	exitPartial = 1
	exitUsage   = 2
	exitFail    = 3
)

// errUsage marks an error as a usage error (exit code 2).
var errUsage = errors.New("usage")

// errPartial marks a run where some inputs failed but others succeeded (exit 1).
var errPartial = errors.New("some inputs failed")

type command struct {
	summary string
	run     func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error
}

func commands() map[string]command {
	return map[string]command{
		"extract":   {"extract entities, events and figures from news documents as JSON lines", runExtract},
		"train":     {"train a model (kronik train ner)", runTrain},
		"eval":      {"evaluate a model on a dataset (kronik eval ner)", runEval},
		"ingest":    {"extract documents and store them in the knowledge base", runIngest},
		"reprocess": {"re-run extraction over the stored documents, keeping their history", runReprocess},
		"search":    {"full-text search of the knowledge base", runSearch},
		"entity":    {"what the knowledge base knows about a person, organisation, country or place", runEntity},
		"events":    {"real-world events with their sources (--actor, --with, --type, --from, --to)", runEvents},
		"dossier":   {"the relationship of A (with B): events, agreements, figures, status", runDossier},
		"export":    {"export the knowledge base as jsonl, csv, gdelt or parquet", runExport},
		"serve":     {"serve the knowledge base: web UI and JSON API (--demo for the bundled samples)", runServe},
		"bench":     {"measure extraction speed and memory on generated news", runBench},
		"version":   {"print the version", runVersion},

		// Scaling out (PostgreSQL).
		"migrate-store": {"copy a knowledge base into another (SQLite to PostgreSQL), history included", runMigrateStore},
		"worker":        {"take jobs (fetch, extract) from the job queue of a PostgreSQL knowledge base", runWorker},
		"enqueue":       {"queue pages for the workers to fetch, extract and store", runEnqueue},

		// Following outlets.
		"sources": {"follow feeds and sitemaps: sources add URL..., list, remove URL...", runSources},
		"fetch":   {"poll the due sources once: fetch, extract and store new articles", runFetch},
		"watch":   {"poll the sources on their schedules until stopped", runWatch},
	}
}

const version = "0.1.0-dev"

func runVersion(_ context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("version", "version", stderr)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: version takes no arguments", errUsage)
	}
	fmt.Fprintln(stdout, "kronik", version)
	return nil
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: kronik COMMAND [flags] [args]\n\ncommands:")
	cmds := commands()
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'kronik COMMAND --help' for a command's flags.")
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help":
		usage(stderr)
		return exitOK
	case "-version", "--version":
		args = []string{"version"}
	case "help":
		// `kronik help CMD` is `kronik CMD --help`.
		if len(args) == 1 {
			usage(stderr)
			return exitOK
		}
		args = []string{args[1], "--help"}
	}
	cmd, ok := commands()[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "kronik: unknown command %q\n\n", args[0])
		usage(stderr)
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := cmd.run(ctx, args[1:], stdin, stdout, stderr)
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errHelp):
		return exitOK
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "kronik %s: %v\n", args[0], err)
		return exitUsage
	case errors.Is(err, errPartial):
		fmt.Fprintf(stderr, "kronik %s: %v\n", args[0], err)
		return exitPartial
	default:
		fmt.Fprintf(stderr, "kronik %s: %v\n", args[0], err)
		return exitFail
	}
}
