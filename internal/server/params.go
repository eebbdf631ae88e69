package server

import (
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"kronik/internal/store"
)

// dateParam is the date form every filter takes: a year, a month or a day.
var dateParam = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)

// eventTypes are the PLOVER types kronik extracts (DESIGN.md, knowledge
// model): a filter naming another type is a mistake, not an empty result.
var eventTypes = []string{"CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT",
	"THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "CONCEDE", "RETREAT"}

// params reads and validates query parameters, remembering the first error so
// that a handler checks once.
type params struct {
	r   *http.Request
	err error
}

func newParams(r *http.Request) *params { return &params{r: r} }

func (p *params) setErr(err error) {
	if p.err == nil {
		p.err = err
	}
}

// text returns a bounded, valid UTF-8 parameter.
func (p *params) text(name string, required bool) string {
	v := strings.TrimSpace(p.r.URL.Query().Get(name))
	switch {
	case v == "" && required:
		p.setErr(errBadRequest("parameter %q is required", name))
	case len(v) > maxQueryLen:
		p.setErr(errBadRequest("parameter %q is longer than %d bytes", name, maxQueryLen))
		return ""
	case !utf8.ValidString(v):
		p.setErr(errBadRequest("parameter %q is not valid UTF-8", name))
		return ""
	}
	return v
}

func (p *params) date(name string) string {
	v := p.text(name, false)
	if v != "" && !dateParam.MatchString(v) {
		p.setErr(errBadRequest("parameter %q: want YYYY, YYYY-MM or YYYY-MM-DD, got %q", name, v))
		return ""
	}
	return v
}

func (p *params) eventType(name string) string {
	v := strings.ToUpper(p.text(name, false))
	if v != "" && !slices.Contains(eventTypes, v) {
		p.setErr(errBadRequest("parameter %q: unknown event type %q (want one of %s)", name, v, strings.Join(eventTypes, ", ")))
		return ""
	}
	return v
}

func (p *params) lang(name string) string {
	v := strings.ToLower(p.text(name, false))
	if v != "" && (len(v) != 2 || strings.Trim(v, "abcdefghijklmnopqrstuvwxyz") != "") {
		p.setErr(errBadRequest("parameter %q: want a two-letter language code", name))
		return ""
	}
	return v
}

func (p *params) integer(name string, def, lo, hi int) int {
	v := p.r.URL.Query().Get(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		p.setErr(errBadRequest("parameter %q: want an integer from %d to %d", name, lo, hi))
		return def
	}
	return n
}

// page reads limit and offset.
func (p *params) page() pageReq {
	return pageReq{
		Limit:  p.integer("limit", defaultLimit, 1, maxLimit),
		Offset: p.integer("offset", 0, 0, maxOffset),
	}
}

// pageReq is a requested slice of a result list.
type pageReq struct{ Limit, Offset int }

// listPage is the envelope of every list the API returns.
type listPage[T any] struct {
	Items  []T `json:"items"`
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
	// Total counts every matching item when it is known (not for search).
	Total *int `json:"total,omitempty"`
	// NextOffset is the offset of the next page, absent on the last one.
	NextOffset *int `json:"next_offset,omitempty"`
}

// paginate cuts all to the requested page.
func paginate[T any](all []T, pg pageReq) listPage[T] {
	n := len(all)
	out := listPage[T]{Limit: pg.Limit, Offset: pg.Offset, Total: &n, Items: []T{}}
	if pg.Offset < n {
		end := min(n, pg.Offset+pg.Limit)
		out.Items = all[pg.Offset:end]
		if end < n {
			out.NextOffset = &end
		}
	}
	return out
}

// pageLinks are the addresses of the previous and next pages of the listing
// r shows: r's own address and query with the offset moved by a page. There
// is no previous page on the first and no next one when next is nil.
func pageLinks(r *http.Request, pg pageReq, next *int) (prevURL, nextURL string) {
	q := r.URL.Query()
	if next != nil {
		q.Set("offset", strconv.Itoa(*next))
		nextURL = r.URL.Path + "?" + q.Encode()
	}
	if pg.Offset > 0 {
		q.Set("offset", strconv.Itoa(max(0, pg.Offset-pg.Limit)))
		prevURL = r.URL.Path + "?" + q.Encode()
	}
	return prevURL, nextURL
}

// resolveIDs returns the entity ids a name (or id) stands for, as the
// command line's --actor does: every stored entity matching the name.
func (s *Server) resolveIDs(r *http.Request, name string) ([]string, error) {
	return store.ResolveIDs(r.Context(), s.st, name)
}

// eventQuery is the parsed form of the events filters shared by the API and
// the UI.
type eventQuery struct {
	Actor, With, Type, From, To string
}

// events runs an event query for one page, newest first; names that match
// no entity give no events (an empty id list would mean "no filter" to the
// store). The store is asked for the newest offset+limit+1 events, so a page
// costs what it and the pages before it show, and the one beyond says
// whether there is a next page; Total is known only on the last page.
func (s *Server) events(r *http.Request, q eventQuery, pg pageReq) (listPage[store.Cluster], error) {
	cs, err := s.eventsUpTo(r, q, pg.Offset+pg.Limit+1, 0)
	if err != nil {
		return listPage[store.Cluster]{}, err
	}
	slices.Reverse(cs)
	out := paginate(cs, pg)
	if len(cs) > pg.Offset+pg.Limit {
		out.Total = nil
	}
	return out, nil
}

// eventsPage reads the events filters and the page of r and runs them: the
// API's and the UI's events lists.
func (s *Server) eventsPage(r *http.Request) (listPage[store.Cluster], eventQuery, error) {
	p := newParams(r)
	q := p.eventQuery()
	pg := p.page()
	if p.err != nil {
		return listPage[store.Cluster]{}, q, p.err
	}
	page, err := s.events(r, q, pg)
	if err != nil {
		return page, q, fmt.Errorf("events: %w", err)
	}
	return page, q, nil
}

// eventsUpTo returns the newest n events matching q, in date order, with at
// most mentions reports each (0: all).
func (s *Server) eventsUpTo(r *http.Request, q eventQuery, n, mentions int) ([]store.Cluster, error) {
	f, ok, err := s.eventFilter(r, q, n, mentions)
	if err != nil || !ok {
		return nil, err
	}
	return s.st.Events(r.Context(), f)
}

// eventFilter is the store's filter for the newest n events matching q,
// with at most mentions reports each, its party names resolved to their
// ids; ok is false when a name matches no entity, and so no event.
func (s *Server) eventFilter(r *http.Request, q eventQuery, n, mentions int) (f store.EventFilter, ok bool, err error) {
	f = store.EventFilter{Type: q.Type, From: q.From, To: q.To, Limit: n, Mentions: mentions}
	for _, side := range []struct {
		name string
		dst  *[]string
	}{{q.Actor, &f.Actor}, {q.With, &f.With}} {
		if side.name == "" {
			continue
		}
		ids, err := s.resolveIDs(r, side.name)
		if err != nil {
			return f, false, err
		}
		if len(ids) == 0 {
			return f, false, nil
		}
		*side.dst = ids
	}
	return f, true, nil
}

func (p *params) eventQuery() eventQuery {
	return eventQuery{
		Actor: p.text("actor", false),
		With:  p.text("with", false),
		Type:  p.eventType("type"),
		From:  p.date("from"),
		To:    p.date("to"),
	}
}
