package server

import (
	"bytes"
	"context"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strings"

	"kronik/internal/store"
)

// pageTemplate is one page: the shared layout plus the page's own blocks.
type pageTemplate struct {
	t         *template.Template
	fragments bool // defines "results", rendered alone for htmx requests
}

var pageNames = []string{"home", "search", "entity", "entities", "events", "event", "relationship", "document", "map", "error", "sources"}

// assetURLs maps each static file to its URL with a content version, so that
// browsers caching /static/ for an hour still load a new stylesheet after an
// upgrade.
func assetURLs() (map[string]string, error) {
	out := map[string]string{}
	for _, name := range []string{"style.css", "htmx.min.js", "favicon.svg"} {
		b, err := assets.ReadFile("static/" + name)
		if err != nil {
			return nil, fmt.Errorf("server: static %s: %w", name, err)
		}
		out[name] = "/static/" + name + "?v=" + store.ContentHash(b)[:10]
	}
	return out, nil
}

func parsePages() (map[string]*pageTemplate, error) {
	urls, err := assetURLs()
	if err != nil {
		return nil, err
	}
	funcs := template.FuncMap{
		"asset":     func(name string) string { return urls[name] },
		"docLine":   docLine,
		"dateRange": dateRange,
		"marked":    markedSnippet,
		"pathEsc":   url.PathEscape,
		"lower":     strings.ToLower,
		"actorList": actorList,
		"andMore":   andMore,
		"plural":    plural,
		"deref":     func(n *int) int { return *n },
		"humanNum":  humanNum,
		"heading":   eventHeading,
	}
	pages := map[string]*pageTemplate{}
	for _, name := range pageNames {
		t, err := template.New("base.html").Funcs(funcs).ParseFS(assets, "templates/base.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("server: template %s: %w", name, err)
		}
		pages[name] = &pageTemplate{t: t, fragments: t.Lookup("results") != nil}
	}
	return pages, nil
}

// page is what every template receives.
type page struct {
	Title string
	Q     string // the search box's text
	Data  any
}

type errorPage struct {
	Status  int
	Message string
}

// render executes a page into w: the whole page, or only its "results" block
// when htmx asks for it (live search).
func (s *Server) render(w io.Writer, r *http.Request, name string, p any) error {
	pt, ok := s.pages[name]
	if !ok {
		return fmt.Errorf("no template %q", name)
	}
	if pt.fragments && r.Header.Get("HX-Request") == "true" {
		return pt.t.ExecuteTemplate(w, "results", p)
	}
	return pt.t.ExecuteTemplate(w, "base", p)
}

// html answers with a page; a template that fails is the handler's error.
func (s *Server) html(w http.ResponseWriter, r *http.Request, name string, p page) error {
	var buf bytes.Buffer
	if err := s.render(&buf, r, name, p); err != nil {
		return fmt.Errorf("render %s: %w", name, err)
	}
	w.Header().Set("Vary", "HX-Request")
	s.respond(w, r, http.StatusOK, "text/html; charset=utf-8", buf.Bytes())
	return nil
}

// docLine names a document: outlet, date, title or name.
func docLine(d store.DocRef) string {
	var parts []string
	if d.Outlet != "" {
		parts = append(parts, d.Outlet)
	}
	if d.Published != "" {
		parts = append(parts, d.Published)
	}
	return strings.Join(parts, ", ")
}

func dateRange(from, to string) string {
	switch {
	case from == "":
		return "undated"
	case to == "" || to == from:
		return from
	}
	return from + " – " + to
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// humanNum writes a figure's value the way a reader scans it: 24.3 bn.
func humanNum(v float64) string {
	switch a := abs(v); {
	case a >= 1e12:
		return trimZero(v/1e12) + " tn"
	case a >= 1e9:
		return trimZero(v/1e9) + " bn"
	case a >= 1e6:
		return trimZero(v/1e6) + " m"
	}
	return trimZero(v)
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

func trimZero(v float64) string {
	s := fmt.Sprintf("%.2f", v)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// actorRef is an actor with its name, for links.
type actorRef struct{ ID, Name string }

// andMore is " and N more" after a list answer's actors when it left N out,
// else "".
func andMore(c store.Cluster) string {
	if n := c.MoreActors(); n > 0 {
		return fmt.Sprintf(" and %d more", n)
	}
	return ""
}

func actorList(c store.Cluster) []actorRef {
	out := make([]actorRef, 0, len(c.Actors))
	for _, id := range c.Actors {
		n := c.ActorNames[id]
		if n == "" {
			n = id
		}
		out = append(out, actorRef{id, n})
	}
	return out
}

// homeData is what the start page shows; it reads every event, so it is
// cached (statsCache).
type homeData struct {
	Stats  store.Stats
	Recent []store.Cluster
	Pairs  []pair
}

// homePairEvents is how many of the latest events the home page's
// relationship links are counted over.
const homePairEvents = 1000

func (s *Server) buildHome(ctx context.Context) (homeData, error) {
	st, err := s.st.Stats(ctx)
	if err != nil {
		return homeData{}, err
	}
	// The pairs most often seen together among the latest homePairEvents
	// events: what the news is about now, at a cost that does not grow
	// with the store.
	cs, err := s.st.Events(ctx, store.EventFilter{Limit: homePairEvents, Mentions: 1})
	if err != nil {
		return homeData{}, err
	}
	// The latest events first: what happened recently is what a reader
	// opens the page for.
	recent := make([]store.Cluster, 0, 10)
	for i := len(cs) - 1; i >= 0 && len(recent) < 10; i-- {
		recent = append(recent, cs[i])
	}
	return homeData{st, recent, topPairs(cs, 6)}, nil
}

func (s *Server) uiHome(w http.ResponseWriter, r *http.Request) error {
	d, err := s.home.get(r.Context(), s.st, s.buildHome)
	if err != nil {
		return err
	}
	return s.html(w, r, "home", page{Title: "kronik", Data: d})
}

// pair is two actors often seen together, for the relationship links.
type pair struct {
	A, B   actorRef
	Events int
}

// topPairs counts the pairs of country actors sharing events.
func topPairs(cs []store.Cluster, n int) []pair {
	count := map[[2]string]int{}
	names := map[string]string{}
	for _, c := range cs {
		var states []string
		for _, a := range c.Actors {
			if strings.HasPrefix(a, "country:") {
				states = append(states, a)
				names[a] = c.ActorNames[a]
			}
		}
		sort.Strings(states)
		for i := range states {
			for j := i + 1; j < len(states); j++ {
				count[[2]string{states[i], states[j]}]++
			}
		}
	}
	var out []pair
	for k, v := range count {
		out = append(out, pair{actorRef{k[0], names[k[0]]}, actorRef{k[1], names[k[1]]}, v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Events != out[j].Events {
			return out[i].Events > out[j].Events
		}
		return out[i].A.Name+out[i].B.Name < out[j].A.Name+out[j].B.Name
	})
	return out[:min(n, len(out))]
}

// searchPage is the search form's state and its results.
type searchPage struct {
	Q, Lang, From, To, Entity, Outlet string
	Hits                              []apiHit
	Offset, Limit                     int
	PrevURL, NextURL                  string
	Error                             string
	Searched                          bool
}

func (s *Server) uiSearch(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r)
	pg := p.page()
	sp := searchPage{Q: p.text("q", false), Lang: p.lang("lang"), From: p.date("from"), To: p.date("to"),
		Entity: p.text("entity", false), Outlet: p.text("outlet", false), Offset: pg.Offset, Limit: pg.Limit}
	if p.err != nil {
		return p.err
	}
	if sp.Q != "" {
		hits, err := s.search(r, newParams(r), pg)
		if err != nil {
			return err
		}
		sp.Hits, sp.Searched = hits.Items, true
		sp.PrevURL, sp.NextURL = pageLinks(r, pg, hits.NextOffset)
	}
	title := "Search"
	if sp.Q != "" {
		title = sp.Q + " – search"
	}
	return s.html(w, r, "search", page{Title: title, Q: sp.Q, Data: sp})
}

func (s *Server) uiEntityByName(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r)
	name := p.text("name", true)
	if p.err != nil {
		return p.err
	}
	refs, err := s.st.FindEntities(r.Context(), name)
	if err != nil {
		return err
	}
	switch len(refs) {
	case 0:
		return errNotFound("no entity is called %q", name)
	case 1:
		http.Redirect(w, r, "/entities/"+url.PathEscape(refs[0].ID), http.StatusSeeOther)
		return nil
	default:
		return s.html(w, r, "entities", page{Title: name, Data: struct {
			Name string
			Refs []store.EntityRef
		}{name, refs[:min(len(refs), maxLimit)]}})
	}
}

func (s *Server) uiEntity(w http.ResponseWriter, r *http.Request) error {
	prof, err := byPathID(r, idPattern, s.st.Entity)
	if err != nil {
		return err
	}
	id := prof.ID
	// One more than the table shows tells whether there are older ones.
	cs, err := s.st.Events(r.Context(), store.EventFilter{Actor: []string{id}, Limit: maxTableEvents + 1})
	if err != nil {
		return err
	}
	roles := append([]store.RoleSeen(nil), prof.Roles...)
	sort.SliceStable(roles, func(i, j int) bool { return roles[i].Date < roles[j].Date })
	prof.Roles = roles
	return s.html(w, r, "entity", page{Title: prof.Name, Data: struct {
		P        store.EntityProfile
		Events   []store.Cluster
		More     int
		Timeline template.HTML
	}{prof, latest(cs), len(cs) - len(latest(cs)), timeline(cs, url.Values{"actor": {id}})}})
}

// maxTableEvents bounds the event tables of the entity and relationship
// pages; the events page pages through the rest.
const maxTableEvents = 200

// latest returns the last maxTableEvents events of a date-ordered list.
func latest(cs []store.Cluster) []store.Cluster {
	return cs[max(0, len(cs)-maxTableEvents):]
}

// eventsPage lists events with the filter form.
type eventsPage struct {
	eventQuery
	Types            []string
	Events           []store.Cluster
	Total            *int // known on the last page only
	First, Last      int  // 1-based positions of the page's events in the list
	PrevURL, NextURL string
}

func (s *Server) uiEvents(w http.ResponseWriter, r *http.Request) error {
	lp, q, err := s.eventsPage(r)
	if err != nil {
		return err
	}
	pg := pageReq{Limit: lp.Limit, Offset: lp.Offset}
	ep := eventsPage{eventQuery: q, Types: eventTypes, Events: lp.Items, Total: lp.Total,
		First: pg.Offset + 1, Last: pg.Offset + len(lp.Items)}
	ep.PrevURL, ep.NextURL = pageLinks(r, pg, lp.NextOffset)
	return s.html(w, r, "events", page{Title: "Events", Data: ep})
}

// sourceView is one report of an event with its evidence in context.
type sourceView struct {
	store.Mention
	DocID   string
	Context template.HTML // the paragraph(s) around the evidence, evidence marked
	Found   bool          // the evidence was located in the article text
}

func (s *Server) uiEvent(w http.ResponseWriter, r *http.Request) error {
	c, err := byPathID(r, idPattern, s.st.Cluster)
	if err != nil {
		return err
	}
	views := make([]sourceView, len(c.Mentions))
	hashes := make([]string, len(c.Mentions))
	for i, m := range c.Mentions {
		hashes[i] = m.Hash
	}
	recs, err := records(r.Context(), s.st, hashes...)
	if err != nil {
		return err
	}
	for i, m := range c.Mentions {
		views[i] = sourceView{Mention: m, DocID: m.Hash}
		if rec, ok := recs[m.Hash]; ok {
			views[i].Context, views[i].Found = evidenceInContext(rec, c.ID, m.Evidence)
		}
	}
	title := eventHeading(c)
	return s.html(w, r, "event", page{Title: title, Data: struct {
		C       store.Cluster
		Sources []sourceView
	}{c, views}})
}

func (s *Server) uiRelationship(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r)
	a, b := p.text("a", false), p.text("b", false)
	if p.err != nil {
		return p.err
	}
	data := struct {
		A, B     string
		D        *store.Dossier
		Events   []store.Cluster
		More     int
		Timeline template.HTML
	}{A: a, B: b}
	title := "Relationship"
	if a != "" {
		d, err := store.BuildDossier(r.Context(), s.st, a, b)
		if err != nil {
			return err
		}
		list := url.Values{"actor": {d.A.ID}}
		if d.B.ID != "" {
			list.Set("with", d.B.ID)
		}
		data.D, data.Timeline = &d, timeline(d.Events, list)
		data.Events = latest(d.Events)
		data.More = len(d.Events) - len(data.Events)
		if d.Truncated {
			data.More++ // the dossier holds the latest events only
		}
		title = d.A.Name
		if d.B.ID != "" {
			title += " – " + d.B.Name
		}
	}
	return s.html(w, r, "relationship", page{Title: title, Data: data})
}

func (s *Server) uiDocument(w http.ResponseWriter, r *http.Request) error {
	rec, err := byPathID(r, hashPattern, s.st.Record)
	if err != nil {
		return err
	}
	title := rec.Source
	if rec.Title != nil && *rec.Title != "" {
		title = *rec.Title
	}
	return s.html(w, r, "document", page{Title: title, Data: documentView(rec)})
}
