package store

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"

	"kronik/internal/kb"
	"kronik/internal/text"
)

// Dossier is the relationship of one party (with another): what `kronik
// dossier A [B]` shows.
type Dossier struct {
	A          EntityRef      `json:"a"`
	B          EntityRef      `json:"b,omitempty"`
	Events     []Cluster      `json:"events"`     // in time order
	Agreements []Cluster      `json:"agreements"` // AGREE events (signings)
	Figures    []FigureGroup  `json:"figures"`
	Statuses   []StatusPhrase `json:"statuses"`
	// Truncated says that older events or agreements than those shown may
	// exist: a list reached its limit (DossierEvents).
	Truncated bool `json:"truncated"`
}

// A dossier is a digest of the latest news about a relationship, and its
// cost must not grow with the corpus: it shows the DossierEvents most recent
// events and agreements with DossierMentions reports each, and reads figures
// and status phrases from the DossierDocs most recently stored documents
// naming its parties. `kronik events` lists more on request.
//
// EventsShown and MentionsShown are what `kronik events` lists unless asked
// for more: the newest events, each with its earliest reports.
//
// ActorsShown is how many actors each cluster of a list answer (Events, and
// so a dossier) carries, the first by appearance; Cluster.ActorCount says
// how many there are, and Reader.Cluster gives them all. A reader of a list
// takes in a handful of names per row, and fifty keeps the states and
// leaders of a large summit (the G20's members and their heads) whole,
// while a much-reported story whose reports each name other people (tens of
// thousands of reports, ten thousand actors) costs a list the same as a
// meeting of two.
//
// ProfileDocs is the same bound for an entity's profile: its aliases, roles
// and the entities named with it come from the ProfileDocs latest documents
// naming it (its document and mention counts are over all of them), so a
// country's profile costs the same in a store of a million documents as in
// one of a thousand.
const (
	EventsShown     = 100
	MentionsShown   = 10
	ActorsShown     = 50
	ProfileDocs     = 1000
	DossierEvents   = 100
	DossierMentions = 5
	DossierDocs     = 200
)

// FigureGroup is one figure as reported by one or more documents: the same
// kind, unit, period and thing measured. Consistent says whether the values
// agree within FigureTolerance.
type FigureGroup struct {
	Kind       string   `json:"kind"`
	Unit       string   `json:"unit"`
	Measures   string   `json:"measures"`
	Period     string   `json:"period,omitempty"`
	Change     bool     `json:"change,omitempty"` // a rise or fall ("naik 5,4 miliar"), not a level
	Consistent bool     `json:"consistent"`
	Sources    int      `json:"sources"` // independent sources
	Reports    []Figure `json:"reports"`
}

// FigureTolerance is how far apart, relative to the larger, two reports of
// one figure may be and still agree: outlets round ("95 miliar" vs "94,8
// miliar" differ by 0.2%), but a 5% gap is a different number.
const FigureTolerance = 0.02

// BuildDossier resolves the names a and b (b may be empty) to entities and
// gathers their events, agreements, figures and status phrases from s.
func BuildDossier(ctx context.Context, s Store, a, b string) (Dossier, error) {
	var d Dossier
	aIDs, aRef, err := resolve(ctx, s, a)
	if err != nil {
		return d, err
	}
	d.A = aRef
	f := EventFilter{Actor: aIDs, Limit: DossierEvents, Mentions: DossierMentions}
	ents := []string{aRef.ID}
	if b != "" {
		bIDs, bRef, err := resolve(ctx, s, b)
		if err != nil {
			return d, err
		}
		d.B = bRef
		f.With = bIDs
		ents = append(ents, bRef.ID)
	}
	d.Events, err = s.Events(ctx, f)
	if err != nil {
		return d, err
	}
	f.Type = "AGREE"
	d.Agreements, err = s.Events(ctx, f)
	if err != nil {
		return d, err
	}
	d.Truncated = len(d.Events) == DossierEvents || len(d.Agreements) == DossierEvents
	figs, sts, err := s.Reports(ctx, FigureFilter{Entities: ents, Docs: DossierDocs})
	if err != nil {
		return d, err
	}
	if d.B.ID != "" {
		figs = aboutPair(figs, d.A, d.B)
	}
	d.Figures = GroupFigures(figs)
	d.Statuses = dedupeStatuses(sts)
	return d, nil
}

// aboutPair keeps the figures a dossier of a and b should show: those whose
// sentence names one of them (by any name the built-in knowledge base knows:
// "Tiongkok" for China) or speaks of the two together ("perdagangan
// bilateral", "two-way trade"). A document naming both may report other
// figures (a summit's "intra-ASEAN trade"), which are not about their
// relationship.
func aboutPair(figs []Figure, a, b EntityRef) []Figure {
	// Phrases by which a sentence speaks of the two parties together
	// without naming them, in Indonesian and English.
	phrases := []string{
		"bilateral", "kedua negara", "dua negara", "kedua pihak", "kedua pemimpin", "kedua kepala negara",
		"dua arah", "timbal balik", "both countries", "two countries", "both sides", "the two leaders",
		"both leaders", "two nations", "two way",
	}
	phrases = append(phrases, partyNames(a)...)
	phrases = append(phrases, partyNames(b)...)
	for i, p := range phrases {
		phrases[i] = " " + wordsOnly(p) + " "
	}
	var out []Figure
	for _, f := range figs {
		s := " " + wordsOnly(f.Sentence) + " "
		for _, p := range phrases {
			if p != "  " && strings.Contains(s, p) {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// partyNames returns the names of an entity: its canonical name and, when
// the built-in knowledge base knows it, every alias in both languages.
func partyNames(e EntityRef) []string {
	names := []string{e.Name}
	if k, err := kb.Load(); err == nil {
		if ke := k.Entity(e.ID); ke != nil {
			names = append(names, ke.Names()...)
		}
	}
	return names
}

// wordsOnly lowers s and turns every run of characters other than letters
// and digits into one space, so that names match as whole words
// ("Tiongkok-Asia Tengah" holds "tiongkok"; "perdagangan" does not hold
// "RI").
func wordsOnly(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		} else {
			space = true
		}
	}
	return b.String()
}

// measureConcept maps a word naming what a figure measures to one concept
// for Indonesian and English, so that reports of one figure in both
// languages group ("nilai perdagangan" and "bilateral trade"); "" for other
// words. The concepts are those a relationship's figures are about.
func measureConcept(word string) string {
	switch strings.ToLower(word) {
	case "perdagangan", "dagang", "trade":
		return "trade"
	case "investasi", "investment", "investments":
		return "investment"
	case "ekspor", "export", "exports":
		return "export"
	case "impor", "import", "imports":
		return "import"
	case "bantuan", "aid", "assistance":
		return "aid"
	case "pinjaman", "loan", "loans":
		return "loan"
	}
	return ""
}

// impliedMeasure names what a figure measures when the extraction did not:
// the last measure word (measureConcept) before the figure in its sentence,
// with "bilateral" when it stands next to it ("perdagangan bilateral yang
// pada 2024 mencapai 24,3 miliar dolar AS" -> "perdagangan bilateral").
func impliedMeasure(sentence, figure string) string {
	end := strings.Index(sentence, figure)
	if end < 0 {
		return ""
	}
	toks := text.Tokenize(sentence[:end], 0)
	for i := len(toks) - 1; i >= 0; i-- {
		if measureConcept(toks[i].Text) == "" {
			continue
		}
		m := toks[i].Text
		if i+1 < len(toks) && strings.EqualFold(toks[i+1].Text, "bilateral") {
			m += " " + toks[i+1].Text
		} else if i > 0 && strings.EqualFold(toks[i-1].Text, "bilateral") {
			m = toks[i-1].Text + " " + m
		}
		return m
	}
	return ""
}

func resolve(ctx context.Context, s Store, name string) ([]string, EntityRef, error) {
	refs, err := s.FindEntities(ctx, name)
	if err != nil {
		return nil, EntityRef{}, err
	}
	if len(refs) == 0 {
		return nil, EntityRef{}, fmt.Errorf("entity %q: %w", name, ErrNotFound)
	}
	return IDs(refs), refs[0], nil
}

// ResolveIDs returns the ids of every stored entity a name (or id) can mean,
// as filters take them; an empty list when none.
func ResolveIDs(ctx context.Context, s Store, name string) ([]string, error) {
	refs, err := s.FindEntities(ctx, name)
	if err != nil {
		return nil, err
	}
	return IDs(refs), nil
}

// IDs lists the ids of refs.
func IDs(refs []EntityRef) []string {
	ids := make([]string, len(refs))
	for i, r := range refs {
		ids[i] = r.ID
	}
	return ids
}

// measureKey reduces what a figure measures to its content-word stems, so
// that "volume perdagangan dua arah" and "nilai perdagangan" share
// "dagang".
func measureKey(lang, m string) map[string]bool {
	out := map[string]bool{}
	for _, t := range text.Tokenize(m, 0) {
		if w := indexWord(lang, t.Text); w != "" {
			out[w] = true
		}
		// A concept key is shared across languages (no stem has this form).
		if c := measureConcept(t.Text); c != "" {
			out["~"+c] = true
		}
	}
	return out
}

// sameMeasure says whether two measure descriptions name the same thing: one
// shared content stem is enough when both are short, since the kind, unit
// and period already agree.
func sameMeasure(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for w := range a {
		if b[w] {
			return true
		}
	}
	return false
}

// Agree reports whether two values are the same figure within FigureTolerance.
func Agree(x, y float64) bool {
	m := math.Max(math.Abs(x), math.Abs(y))
	if m == 0 {
		return true
	}
	return math.Abs(x-y)/m <= FigureTolerance
}

// GroupFigures groups reports of the same figure: same kind and unit, the
// same period when both name one, and measures sharing a content word.
// Levels and changes are never grouped together. Within a group, reports
// whose values agree within FigureTolerance are consistent; a group is
// consistent when all its reports agree. Only figures whose sentence says
// what they measure are kept (a bare "Rp16.296" exchange rate is noise in a
// dossier).
func GroupFigures(figs []Figure) []FigureGroup {
	type item struct {
		f   Figure
		key map[string]bool
	}
	var groups [][]item
	for _, f := range figs {
		if strings.TrimSpace(f.Measures) == "" {
			f.Measures = impliedMeasure(f.Sentence, f.Text)
		}
		if strings.TrimSpace(f.Measures) == "" {
			continue
		}
		it := item{f, measureKey(f.Source.Lang, f.Measures)}
		placed := false
		for gi, g := range groups {
			h := g[0].f
			if h.Kind != f.Kind || h.Unit != f.Unit || h.Change != f.Change {
				continue
			}
			if h.Period != "" && f.Period != "" && h.Period != f.Period {
				continue
			}
			if !sameMeasure(g[0].key, it.key) {
				continue
			}
			// The same document reporting two values is two figures (a total
			// and a part), not a disagreement.
			same := false
			for _, o := range g {
				if o.f.Source.Name == f.Source.Name && !Agree(o.f.Value, f.Value) {
					same = true
				}
			}
			if same {
				continue
			}
			groups[gi] = append(groups[gi], it)
			placed = true
			break
		}
		if !placed {
			groups = append(groups, []item{it})
		}
	}
	out := make([]FigureGroup, 0, len(groups))
	for _, g := range groups {
		fg := FigureGroup{Kind: g[0].f.Kind, Unit: g[0].f.Unit, Measures: g[0].f.Measures, Change: g[0].f.Change, Consistent: true}
		srcs := map[int64]bool{}
		for _, it := range g {
			if fg.Period == "" {
				fg.Period = it.f.Period
			}
			if !Agree(it.f.Value, g[0].f.Value) {
				fg.Consistent = false
			}
			srcs[it.f.Source.Group] = true
			fg.Reports = append(fg.Reports, it.f)
		}
		fg.Sources = len(srcs)
		out = append(out, fg)
	}
	// Figures confirmed by most sources first, then by period.
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Sources != out[j].Sources {
			return out[i].Sources > out[j].Sources
		}
		return out[i].Period > out[j].Period
	})
	return out
}

// dedupeStatuses keeps one entry per phrase and document.
func dedupeStatuses(ps []StatusPhrase) []StatusPhrase {
	seen := map[string]bool{}
	var out []StatusPhrase
	for _, p := range ps {
		k := strings.ToLower(p.Phrase) + "\x00" + p.Source.Name
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, p)
	}
	return out
}
