package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"kronik/internal/store"
)

// queryFlags are the flags every question command shares.
type queryFlags struct {
	db      *string
	jsonOut *bool
}

func addQueryFlags(fs interface {
	String(string, string, string) *string
	Bool(string, bool, string) *bool
}) queryFlags {
	return queryFlags{
		db:      fs.String("db", defaultDBFlag(), dbUsage),
		jsonOut: fs.Bool("json", false, "print JSON instead of text"),
	}
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// writeList prints the answer of a list command: a JSON list with --json
// ([] when empty, never null, so that a script can iterate over it), else
// each item as text on a buffered w, or a line saying that nothing matches.
func writeList[T any](w io.Writer, asJSON bool, xs []T, none string, text func(w io.Writer, i int, x T)) error {
	if asJSON {
		if xs == nil {
			xs = []T{}
		}
		return writeJSON(w, xs)
	}
	bw := bufio.NewWriter(w)
	if len(xs) == 0 {
		fmt.Fprintln(bw, none)
	}
	for i, x := range xs {
		text(bw, i, x)
	}
	return bw.Flush()
}

func runSearch(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("search", "search [--lang L] [--outlet O] [--from D] [--to D] [--entity E] [--json] QUERY\n\n"+
		"Full-text search with stemming (Indonesian and English), best matches first, with the\n"+
		"matched words marked «like this».", stderr)
	qf := addQueryFlags(fs)
	var q store.SearchQuery
	fs.StringVar(&q.Lang, "lang", "", "only documents in this language (id, en)")
	fs.StringVar(&q.Outlet, "outlet", "", "only documents from this outlet")
	fs.StringVar(&q.From, "from", "", "published on or after (YYYY[-MM[-DD]])")
	fs.StringVar(&q.To, "to", "", "published on or before (YYYY[-MM[-DD]])")
	fs.StringVar(&q.Entity, "entity", "", "only documents naming this entity (name or id)")
	fs.IntVar(&q.Limit, "n", 20, "number of results")
	fs.BoolVar(&q.All, "all", false, fmt.Sprintf("rank every match with the database's own ranking (default: SQLite ranks from the writer's statistics, the same scores over a bounded set of candidates; PostgreSQL the %d most recently stored matches)", store.SearchCandidates))
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: no query given", errUsage)
	}
	q.Text = strings.Join(fs.Args(), " ")
	if len(store.Terms(q.Lang, q.Text)) == 0 {
		return fmt.Errorf("%w: no words to search for in %q", errUsage, q.Text)
	}
	db, err := openExistingStore(ctx, *qf.db)
	if err != nil {
		return err
	}
	defer db.Close()
	hits, err := db.Search(ctx, q)
	if err != nil {
		return err
	}
	return writeList(stdout, *qf.jsonOut, hits, "no documents match", func(w io.Writer, i int, h store.Hit) {
		// The raw score (BM25, often 1e-6) means nothing to a reader; how
		// close a hit comes to the best one does.
		rel := ""
		if best := hits[0].Score; best > 0 && h.Score > 0 {
			rel = fmt.Sprintf("  [%d%%]", int(math.Round(100*h.Score/best)))
		}
		fmt.Fprintf(w, "%2d. %s%s\n", i+1, orDash(h.Title, h.Name), rel)
		fmt.Fprintf(w, "    %s\n", docLine(h.DocRef))
		fmt.Fprintf(w, "    %s\n\n", h.Snippet)
	})
}

func orDash(s, alt string) string {
	if s != "" {
		return s
	}
	if alt != "" {
		return alt
	}
	return "-"
}

// docLine names a document: outlet, date, file or URL.
func docLine(d store.DocRef) string {
	var parts []string
	if d.Outlet != "" {
		parts = append(parts, d.Outlet)
	}
	if d.Published != "" {
		parts = append(parts, d.Published)
	}
	where := d.Name
	if d.URL != "" && d.URL != d.Name {
		where = d.URL
	}
	parts = append(parts, where)
	return strings.Join(parts, ", ")
}

func runEntity(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("entity", "entity [--json] NAME\n\n"+
		"What the knowledge base knows about a person, organisation, country or place: canonical\n"+
		"name, aliases seen, roles over time with their sources, mentions and the entities it\n"+
		"appears with most.", stderr)
	qf := addQueryFlags(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: no name given", errUsage)
	}
	name := strings.Join(fs.Args(), " ")
	db, err := openExistingStore(ctx, *qf.db)
	if err != nil {
		return err
	}
	defer db.Close()
	refs, err := db.FindEntities(ctx, name)
	if err != nil {
		return err
	}
	if len(refs) == 0 {
		return fmt.Errorf("no entity named %q in %s", name, *qf.db)
	}
	p, err := db.Entity(ctx, refs[0].ID)
	if err != nil {
		return err
	}
	if *qf.jsonOut {
		return writeJSON(stdout, p)
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	fmt.Fprintf(w, "%s  (%s, %s", p.Name, p.ID, p.Type)
	if p.Code != "" {
		fmt.Fprintf(w, ", %s", p.Code)
	}
	if p.Country != "" {
		fmt.Fprintf(w, ", of %s", p.Country)
	}
	fmt.Fprintf(w, ")\n%d mentions in %d documents\n", p.Mentions, p.Documents)
	if len(refs) > 1 {
		var others []string
		for _, r := range refs[1:] {
			others = append(others, r.ID)
		}
		fmt.Fprintf(w, "also named %q: %s\n", name, strings.Join(others, ", "))
	}
	var as []string
	for _, a := range p.Aliases {
		as = append(as, fmt.Sprintf("%s ×%d", a.Text, a.Count))
	}
	fmt.Fprintf(w, "\nAliases: %s\n", strings.Join(as, ", "))
	if len(p.Roles) > 0 {
		fmt.Fprintln(w, "\nRoles")
		for _, r := range p.Roles {
			fmt.Fprintf(w, "  %-10s %s  (%s)\n", orDash(r.Date, ""), r.Title, docLine(r.Source))
		}
	}
	if len(p.With) > 0 {
		fmt.Fprintln(w, "\nAppears with")
		for _, c := range p.With {
			fmt.Fprintf(w, "  %-30s %-8s %s\n", c.Name, c.Type, plural(c.Documents, "document"))
		}
	}
	return nil
}

// resolveNames maps a name to entity ids; a name matching nothing gives an
// empty, non-nil slice (matching no event).
func resolveNames(ctx context.Context, db store.Store, name string) ([]string, error) {
	if name == "" {
		return nil, nil
	}
	return store.ResolveIDs(ctx, db, name)
}

func runEvents(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("events", "events [--actor X] [--with Y] [--type T] [--from D] [--to D] [-n N] [--mentions M] [--json]\n\n"+
		"Real-world events, one row per event however many documents report it, with its sources.\n"+
		"Actors are names or entity ids; a head of state also stands for the state.", stderr)
	qf := addQueryFlags(fs)
	actor := fs.String("actor", "", "events with this actor (name or id)")
	with := fs.String("with", "", "and this one")
	var f store.EventFilter
	fs.StringVar(&f.Type, "type", "", "PLOVER event type (CONSULT, AGREE, ...)")
	fs.StringVar(&f.From, "from", "", "on or after (YYYY[-MM[-DD]])")
	fs.StringVar(&f.To, "to", "", "on or before (YYYY[-MM[-DD]])")
	fs.IntVar(&f.Limit, "n", store.EventsShown, "the most recent events, at most this many (0: all)")
	fs.IntVar(&f.Mentions, "mentions", store.MentionsShown, "reports listed per event, the earliest (0: all)")
	quotes := fs.Bool("quotes", true, "quote each source's evidence sentence")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	db, err := openExistingStore(ctx, *qf.db)
	if err != nil {
		return err
	}
	defer db.Close()
	if f.Actor, err = resolveNames(ctx, db, *actor); err != nil {
		return err
	}
	if f.With, err = resolveNames(ctx, db, *with); err != nil {
		return err
	}
	cs, err := db.Events(ctx, f)
	if err != nil {
		return err
	}
	return writeList(stdout, *qf.jsonOut, cs, "no events match", func(w io.Writer, _ int, c store.Cluster) {
		writeCluster(w, c, *quotes)
	})
}

func clusterDate(c store.Cluster) string {
	d := orDash(c.Date, "")
	if c.DateEnd != "" && c.DateEnd != c.Date {
		d += ".." + c.DateEnd
	}
	return d
}

// writeCluster prints one event with its sources; quotes adds each source's
// evidence sentence.
func writeCluster(w io.Writer, c store.Cluster, quotes bool) {
	var actors []string
	for _, a := range c.Actors {
		if n := c.ActorNames[a]; n != "" {
			actors = append(actors, n)
		} else {
			actors = append(actors, a)
		}
	}
	what := c.Type + "/" + c.Mode
	who := strings.Join(actors, ", ")
	if n := c.MoreActors(); n > 0 {
		who += fmt.Sprintf(" and %d more", n)
	}
	fmt.Fprintf(w, "%-22s %-21s %-12s %s", clusterDate(c), what, orDash(c.Place, ""), who)
	if c.Name != "" {
		fmt.Fprintf(w, "  «%s»", c.Name)
	}
	if c.Document != "" {
		fmt.Fprintf(w, "  [%s]", c.Document)
	}
	if c.Modality != "" && c.Modality != "occurred" {
		fmt.Fprintf(w, "  (%s)", c.Modality)
	}
	fmt.Fprintf(w, "\n    %s", plural(c.Sources, "independent source"))
	if c.MentionCount > len(c.Mentions) {
		fmt.Fprintf(w, ", %d reports (the first %d listed)", c.MentionCount, len(c.Mentions))
	}
	fmt.Fprintln(w)
	for _, m := range c.Mentions {
		if quotes {
			fmt.Fprintf(w, "    - %s: “%s”\n", docLine(m.DocRef), shorten(m.Evidence, 150))
		} else {
			fmt.Fprintf(w, "    - %s\n", docLine(m.DocRef))
		}
	}
}

func plural(n int, what string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", what)
	}
	return fmt.Sprintf("%d %ss", n, what)
}

func runDossier(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("dossier", "dossier [--json] A [B]\n\n"+
		"The relationship of A (with B): events in time order with their sources, agreements\n"+
		"signed, figures reported (and whether outlets agree on them), relationship status.\n"+
		"Quote a name of several words: kronik dossier \"Xi Jinping\" Kazakhstan.", stderr)
	qf := addQueryFlags(fs)
	quotes := fs.Bool("quotes", true, "quote each source's evidence sentence")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() < 1 || fs.NArg() > 2 {
		fs.Usage()
		return fmt.Errorf("%w: give one or two names", errUsage)
	}
	db, err := openExistingStore(ctx, *qf.db)
	if err != nil {
		return err
	}
	defer db.Close()
	d, err := store.BuildDossier(ctx, db, fs.Arg(0), fs.Arg(1))
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("%w (in %s)", err, *qf.db)
	}
	if err != nil {
		return err
	}
	if *qf.jsonOut {
		return writeJSON(stdout, d)
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	writeDossier(w, d, *quotes)
	return nil
}

func writeDossier(w io.Writer, d store.Dossier, quotes bool) {
	title := d.A.Name
	if d.B.ID != "" {
		title += " — " + d.B.Name
	}
	fmt.Fprintf(w, "Dossier: %s\n", title)
	if d.Truncated {
		fmt.Fprintf(w, "\nEvents (the %d most recent; kronik events lists more)\n", len(d.Events))
	} else {
		fmt.Fprintf(w, "\nEvents (%d)\n", len(d.Events))
	}
	for _, c := range d.Events {
		writeCluster(w, c, quotes)
	}
	fmt.Fprintf(w, "\nAgreements signed (%d)\n", len(d.Agreements))
	for _, c := range d.Agreements {
		fmt.Fprintf(w, "  %-22s %s  (%s)\n", clusterDate(c), orDash(c.Document, "(unnamed)"), plural(c.Sources, "source"))
	}
	fmt.Fprintf(w, "\nFigures reported (%d)\n", len(d.Figures))
	for _, g := range d.Figures {
		verdict := "one report"
		if len(g.Reports) > 1 {
			if g.Consistent {
				verdict = "consistent across " + plural(g.Sources, "source")
			} else {
				verdict = "outlets disagree"
			}
		}
		period := ""
		if g.Period != "" {
			period = " (" + g.Period + ")"
		}
		kind := g.Kind
		if g.Change {
			kind = "change, " + kind
		}
		fmt.Fprintf(w, "  %s%s, %s %s: %s\n", g.Measures, period, kind, g.Unit, verdict)
		for _, r := range g.Reports {
			fmt.Fprintf(w, "    %-24s %-12s %s\n", r.Text, humanValue(r.Value, r.Unit), docLine(r.Source))
		}
	}
	fmt.Fprintf(w, "\nRelationship status (%d)\n", len(d.Statuses))
	for _, p := range d.Statuses {
		fmt.Fprintf(w, "  %-10s %s  (%s)\n", orDash(p.Date, ""), p.Phrase, docLine(p.Source))
	}
}

// humanValue prints a figure's value for reading: 9.48e10 USD as "94.8 bn
// USD", never in exponent notation; at most three decimals are kept (a
// figure's text is what the outlet wrote, this is its reading).
func humanValue(v float64, unit string) string {
	num := func(x float64) string { return strconv.FormatFloat(math.Round(x*1000)/1000, 'f', -1, 64) }
	var s string
	switch a := math.Abs(v); {
	case a >= 1e12:
		s = num(v/1e12) + " tn"
	case a >= 1e9:
		s = num(v/1e9) + " bn"
	case a >= 1e6:
		s = num(v/1e6) + " m"
	default:
		s = num(v)
	}
	if unit == "%" || unit == "percent" {
		return s + "%"
	}
	return s + " " + unit
}
