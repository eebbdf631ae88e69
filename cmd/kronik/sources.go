package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"kronik/internal/fetch"
	"kronik/internal/store"
	"kronik/internal/store/backend"
	"kronik/internal/watch"
)

// fetchFlags are the network flags shared by sources, fetch and watch.
type fetchFlags struct {
	allowPrivate *bool
	allowAddrs   *string
	hostInterval *time.Duration
	timeout      *time.Duration
}

func addFetchFlags(fs *flag.FlagSet) fetchFlags {
	return fetchFlags{
		allowPrivate: fs.Bool("allow-private", false, "allow requests to private, loopback and link-local addresses (refused by default, after DNS and on every redirect)"),
		allowAddrs:   fs.String("allow-addr", "", "comma-separated ip:port addresses allowed although private (one intranet server), the guard staying on for the rest"),
		hostInterval: fs.Duration("host-interval", fetch.DefaultHostInterval, "least time between two requests to one host (a longer robots.txt Crawl-delay wins)"),
		timeout:      fs.Duration("timeout", fetch.DefaultTimeout, "longest a request may take, body included"),
	}
}

// fetcher builds the polite fetcher of the flags. A knowledge base that keeps
// robots.txt files (store.Robots) is given to it, so that a run reads the
// robots.txt an earlier run fetched that day instead of asking each host
// again; kb may be nil.
func (f fetchFlags) fetcher(kb any) (*fetch.Fetcher, error) {
	opt, err := f.options(kb)
	if err != nil {
		return nil, err
	}
	return fetch.New(opt), nil
}

// options are the fetcher's options the flags give (kb as in fetcher).
func (f fetchFlags) options(kb any) (fetch.Options, error) {
	if *f.hostInterval <= 0 || *f.timeout <= 0 {
		return fetch.Options{}, fmt.Errorf("%w: --host-interval and --timeout must be positive", errUsage)
	}
	var addrs []string
	for _, a := range strings.Split(*f.allowAddrs, ",") {
		if a = strings.TrimSpace(a); a != "" {
			addrs = append(addrs, a)
		}
	}
	opt := fetch.Options{
		UserAgent:     fetch.UserAgent + "/" + version + " (news research tool)",
		AllowPrivate:  *f.allowPrivate,
		AllowAddrs:    addrs,
		HostInterval:  *f.hostInterval,
		Timeout:       *f.timeout,
		HeaderTimeout: min(*f.timeout/2, fetch.DefaultHeaderTimeout),
	}
	if r, ok := kb.(store.Robots); ok {
		opt.Robots = r
	}
	return opt, nil
}

// openSources opens a knowledge base that keeps followed sources.
func openSources(ctx context.Context, dsn string) (store.Store, store.Sources, error) {
	kb, err := openStore(ctx, dsn)
	if err != nil {
		return nil, nil, err
	}
	src, ok := kb.(store.Sources)
	if !ok {
		kb.Close()
		return nil, nil, fmt.Errorf("knowledge base %s does not keep followed sources yet (a SQLite knowledge base does)", backend.Redact(dsn))
	}
	return kb, src, nil
}

func runSources(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	const synopsis = "sources add|list|remove [--db FILE] [flags] [URL...]\n\n" +
		"  add URL...     follow feeds and sitemaps: a feed or sitemap URL (Google News sitemaps\n" +
		"                 included), or a page whose feed links and whose site's robots.txt name them\n" +
		"  list           the followed sources with their health: last fetch, items, errors, next poll\n" +
		"  remove URL...  stop following (documents already stored are kept)"
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		fs := newFlagSet("sources", synopsis, stderr)
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		fs.Usage()
		return fmt.Errorf("%w: say add, list or remove", errUsage)
	}
	sub, args := args[0], args[1:]
	fs := newFlagSet("sources "+sub, synopsis, stderr)
	dbPath := fs.String("db", defaultDBFlag(), dbUsage)
	jsonOut := fs.Bool("json", false, "list as JSON")
	ff := addFetchFlags(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch sub {
	case "add", "remove":
		if fs.NArg() == 0 {
			return fmt.Errorf("%w: sources %s needs at least one URL", errUsage, sub)
		}
	case "list":
	default:
		return fmt.Errorf("%w: unknown sources command %q (add, list, remove)", errUsage, sub)
	}
	kb, db, err := openSources(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer kb.Close()
	switch sub {
	case "add":
		f, err := ff.fetcher(kb)
		if err != nil {
			return err
		}
		return sourcesAdd(ctx, db, f, fs.Args(), stdout, stderr)
	case "remove":
		failed := 0
		for _, u := range fs.Args() {
			if err := db.RemoveSource(ctx, u); err != nil {
				fmt.Fprintf(stderr, "kronik sources remove: %v\n", err)
				failed++
				continue
			}
			fmt.Fprintf(stdout, "removed %s\n", u)
		}
		if failed > 0 {
			return fmt.Errorf("%w: %d source(s) not removed", errPartial, failed)
		}
		return nil
	}
	list, err := db.ListSources(ctx)
	if err != nil {
		return err
	}
	if *jsonOut {
		return writeSourcesJSON(stdout, list)
	}
	writeSources(stdout, list, time.Now())
	return nil
}

// sourcesAdd discovers what each URL names and follows it. A URL that
// names nothing is an error naming it; the others are still added.
func sourcesAdd(ctx context.Context, db store.Sources, f *fetch.Fetcher, urls []string, stdout, stderr io.Writer) error {
	failed := 0
	for _, raw := range urls {
		found, err := watch.Discover(ctx, f, raw)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			fmt.Fprintf(stderr, "kronik sources add: %s: %v\n", raw, err)
			failed++
			continue
		}
		for _, fd := range found {
			src, added, err := db.AddSource(ctx, store.FeedSource{URL: fd.URL, Kind: fd.Kind, Interval: watch.DefaultInterval})
			if err != nil {
				return err
			}
			switch {
			case added:
				fmt.Fprintf(stdout, "added %s %s\n", src.Kind, src.URL)
			case src.Disabled != "":
				// Adding a disabled source again is how a user says it
				// works now: it is polled at once, its count of failures
				// cleared.
				src.Disabled, src.Failures, src.NextPoll = "", 0, time.Now()
				if err := db.UpdateSource(ctx, src); err != nil {
					return err
				}
				fmt.Fprintf(stdout, "re-enabled %s %s\n", src.Kind, src.URL)
			default:
				fmt.Fprintf(stdout, "already followed: %s %s\n", src.Kind, src.URL)
			}
		}
	}
	if failed > 0 {
		return fmt.Errorf("%w: %d URL(s) not added", errPartial, failed)
	}
	return nil
}

// sourceJSON is a source as `sources list --json` prints it.
type sourceJSON struct {
	URL        string    `json:"url"`
	Kind       string    `json:"kind"`
	Added      time.Time `json:"added"`
	LastFetch  time.Time `json:"last_fetch,omitzero"`
	LastStatus string    `json:"last_status,omitempty"`
	Items      int       `json:"items"`
	Errors     int       `json:"errors"`
	Failures   int       `json:"failures"`
	NextPoll   time.Time `json:"next_poll,omitzero"`
	IntervalS  int64     `json:"interval_s"`
	Disabled   string    `json:"disabled,omitempty"`
}

func writeSourcesJSON(w io.Writer, list []store.FeedSource) error {
	out := make([]sourceJSON, 0, len(list))
	for _, s := range list {
		out = append(out, sourceJSON{URL: s.URL, Kind: s.Kind, Added: s.Added, LastFetch: s.LastFetch, LastStatus: s.LastStatus,
			Items: s.Items, Errors: s.Errors, Failures: s.Failures, NextPoll: s.NextPoll, IntervalS: int64(s.Interval / time.Second), Disabled: s.Disabled})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func writeSources(w io.Writer, list []store.FeedSource, now time.Time) {
	if len(list) == 0 {
		fmt.Fprintln(w, "no sources followed; add one with: kronik sources add URL")
		return
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SOURCE\tKIND\tLAST FETCH\tSTATUS\tITEMS\tERRORS\tNEXT POLL")
	for _, s := range list {
		last := "never"
		if !s.LastFetch.IsZero() {
			last = ago(now.Sub(s.LastFetch)) + " ago"
		}
		next := "in " + ago(s.NextPoll.Sub(now))
		if s.NextPoll.Before(now) {
			next = "due"
		}
		status := s.LastStatus
		if s.Disabled != "" {
			next, status = "disabled", s.Disabled
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%d\t%s\n", s.URL, s.Kind, last, clip(status, 60), s.Items, s.Errors, next)
	}
	tw.Flush()
}

func ago(d time.Duration) string {
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%ds", int(d.Seconds()))
	case d < time.Hour:
		return fmt.Sprintf("%dm", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh%02dm", int(d.Hours()), int(d.Minutes())%60)
	}
	return fmt.Sprintf("%dd", int(d.Hours()/24))
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
