package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"kronik/internal/export"
	"kronik/internal/source"
	"kronik/internal/store"
)

// idPattern bounds the ids in paths: entity ids (country:KAZ,
// person:xi-jinping), cluster ids and content hashes.
var idPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9:._\-]{0,159}$`)

// hashPattern is a document id: the SHA-256 of its content, in hex.
var hashPattern = regexp.MustCompile(`^[0-9a-f]{64}$`)

func (s *Server) writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(true) // the API's strings are article text: keep them inert if misused as HTML
	if err := enc.Encode(v); err != nil {
		s.log.Error("encode JSON", "path", r.URL.Path, "err", err)
		http.Error(w, `{"error":"internal error","status":500}`, http.StatusInternalServerError)
		return
	}
	s.respond(w, r, status, "application/json", buf.Bytes())
}

// pathID reads and checks the {id} path value.
func pathID(r *http.Request, pat *regexp.Regexp) (string, error) {
	id := r.PathValue("id")
	if !pat.MatchString(id) {
		return "", errBadRequest("malformed id %q", truncate(id, 64))
	}
	return id, nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// apiHit is a search result with the id of its document.
type apiHit struct {
	store.Hit
	ID string `json:"id"`
}

// search runs the q parameter's search for one page. The store is asked for
// one hit more than the page shows, which says whether there is a next page.
func (s *Server) search(r *http.Request, p *params, pg pageReq) (listPage[apiHit], error) {
	q := store.SearchQuery{
		Text:   p.text("q", true),
		Lang:   p.lang("lang"),
		Outlet: p.text("outlet", false),
		From:   p.date("from"),
		To:     p.date("to"),
		Entity: p.text("entity", false),
		Limit:  pg.Offset + pg.Limit + 1,
	}
	out := listPage[apiHit]{Items: []apiHit{}, Limit: pg.Limit, Offset: pg.Offset}
	if p.err != nil {
		return out, p.err
	}
	// A query of punctuation alone ("*", "?") has nothing to match: the
	// client's mistake, not the store's.
	if len(store.Terms(q.Lang, q.Text)) == 0 {
		return out, errBadRequest("parameter \"q\": no words to search for in %q", q.Text)
	}
	hits, err := s.st.Search(r.Context(), q)
	if err != nil {
		return out, fmt.Errorf("search: %w", err)
	}
	if pg.Offset >= len(hits) {
		return out, nil
	}
	if next := pg.Offset + pg.Limit; len(hits) > next {
		out.NextOffset = &next
	}
	for _, h := range hits[pg.Offset:min(len(hits), pg.Offset+pg.Limit)] {
		out.Items = append(out.Items, apiHit{Hit: h, ID: h.Hash})
	}
	return out, nil
}

// byPathID checks the {id} path value against pat and loads what it names.
func byPathID[T any](r *http.Request, pat *regexp.Regexp, load func(context.Context, string) (T, error)) (T, error) {
	id, err := pathID(r, pat)
	if err != nil {
		var zero T
		return zero, err
	}
	return load(r.Context(), id)
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r)
	page, err := s.search(r, p, p.page())
	if err != nil {
		return err
	}
	s.writeJSON(w, r, http.StatusOK, page)
	return nil
}

func (s *Server) apiDocument(w http.ResponseWriter, r *http.Request) error {
	rec, err := byPathID(r, hashPattern, s.st.Record)
	if err != nil {
		return err
	}
	s.writeJSON(w, r, http.StatusOK, rec)
	return nil
}

func (s *Server) apiEntities(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r)
	name := p.text("name", true)
	pg := p.page()
	if p.err != nil {
		return p.err
	}
	refs, err := s.st.FindEntities(r.Context(), name)
	if err != nil {
		return fmt.Errorf("find entities: %w", err)
	}
	s.writeJSON(w, r, http.StatusOK, paginate(refs, pg))
	return nil
}

func (s *Server) apiEntity(w http.ResponseWriter, r *http.Request) error {
	prof, err := byPathID(r, idPattern, s.st.Entity)
	if err != nil {
		return err
	}
	s.writeJSON(w, r, http.StatusOK, prof)
	return nil
}

// apiMention is a source of an event with the id of its document.
type apiMention struct {
	store.Mention
	DocumentID string `json:"document_id,omitempty"`
}

// apiCluster is an event with document ids on its mentions.
type apiCluster struct {
	store.Cluster
	Mentions []apiMention `json:"mentions"`
}

// withDocIDs gives each mention its document's id (the content hash the
// store names it by).
func withDocIDs(cs []store.Cluster) []apiCluster {
	out := make([]apiCluster, len(cs))
	for i, c := range cs {
		out[i] = apiCluster{Cluster: c, Mentions: make([]apiMention, len(c.Mentions))}
		for j, m := range c.Mentions {
			out[i].Mentions[j] = apiMention{Mention: m, DocumentID: m.Hash}
		}
	}
	return out
}

func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) error {
	page, _, err := s.eventsPage(r)
	if err != nil {
		return err
	}
	s.writeJSON(w, r, http.StatusOK, listPage[apiCluster]{Items: withDocIDs(page.Items), Limit: page.Limit, Offset: page.Offset,
		Total: page.Total, NextOffset: page.NextOffset})
	return nil
}

func (s *Server) apiEvent(w http.ResponseWriter, r *http.Request) error {
	c, err := byPathID(r, idPattern, s.st.Cluster)
	if err != nil {
		return err
	}
	s.writeJSON(w, r, http.StatusOK, withDocIDs([]store.Cluster{c})[0])
	return nil
}

func (s *Server) apiDossier(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r)
	a, b := p.text("a", true), p.text("b", false)
	if p.err != nil {
		return p.err
	}
	d, err := store.BuildDossier(r.Context(), s.st, a, b)
	if err != nil {
		return err
	}
	s.writeJSON(w, r, http.StatusOK, d)
	return nil
}

// exportTypes are the media types of the export formats.
var exportTypes = map[string]string{
	"jsonl":   "application/jsonl; charset=utf-8",
	"csv":     "text/csv; charset=utf-8",
	"gdelt":   "text/tab-separated-values; charset=utf-8",
	"parquet": "application/vnd.apache.parquet",
}

var exportExt = map[string]string{"jsonl": "jsonl", "csv": "csv", "gdelt": "tsv", "parquet": "parquet"}

// apiExport streams the whole store in one of the export formats. It is not
// paginated nor tagged: it is a download.
func (s *Server) apiExport(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r)
	format := p.text("format", true)
	if p.err != nil {
		return p.err
	}
	if !slices.Contains(export.Formats, format) {
		return errBadRequest("unknown format %q (want one of %s)", format, strings.Join(export.Formats, ", "))
	}
	w.Header().Set("Content-Type", exportTypes[format])
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": "kronik." + exportExt[format]}))
	bw := bufio.NewWriter(w)
	ew, err := export.New(format, bw)
	if err != nil {
		return err
	}
	err = s.st.Records(r.Context(), ew.Write)
	if err == nil {
		err = ew.Close()
	}
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		// The status line may be gone already: log, and cut the body short
		// so the client sees an incomplete download rather than a bad file.
		s.log.Error("export", "format", format, "err", err)
		panic(http.ErrAbortHandler)
	}
	return nil
}

// ingestResponse says what the store did with a posted document.
type ingestResponse struct {
	ID              string `json:"id"`
	Status          string `json:"status"`
	Version         int    `json:"version"`
	NearDuplicateOf string `json:"near_duplicate_of,omitempty"`
	Entities        int    `json:"entities"`
	Events          int    `json:"events"`
}

func (s *Server) apiIngest(w http.ResponseWriter, r *http.Request) error {
	if len(s.token) == 0 || s.proc == nil {
		return &httpError{http.StatusForbidden, "this server is read-only (start it with --token to allow ingestion)"}
	}
	if !s.authorized(r) {
		return &httpError{http.StatusUnauthorized, "missing or wrong bearer token"}
	}
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/json" {
		return &httpError{http.StatusUnsupportedMediaType, "send application/json"}
	}
	body := http.MaxBytesReader(w, r.Body, maxBodyBytes)
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	// The body has the fields of kronik's JSON-lines input.
	var req source.Record
	if err := dec.Decode(&req); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return err
		}
		return errBadRequest("body: %v", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return errBadRequest("body: one JSON object expected")
	}
	doc, err := postedDocument(req)
	if err != nil {
		return err
	}
	res, err := Ingest(r.Context(), s.st, s.proc, doc)
	if err != nil {
		return err
	}
	// What this client reads next should include what it just wrote.
	s.home.expire()
	s.maps.expire()
	status := http.StatusCreated
	if res.Status == string(store.Duplicate) {
		status = http.StatusOK
	}
	s.writeJSON(w, r, status, res)
	return nil
}

// postedDocument checks the body of POST /api/documents, stricter than a
// line of a file (bounded fields, one of "html" or "text"), and makes it a
// document.
func postedDocument(req source.Record) (source.Document, error) {
	if len(req.URL) > 2048 || len(req.Title) > maxQueryLen || len(req.Outlet) > maxQueryLen || len(req.Published) > 64 {
		return source.Document{}, errBadRequest("url, title, outlet or published too long")
	}
	if req.URL != "" && !strings.HasPrefix(req.URL, "http://") && !strings.HasPrefix(req.URL, "https://") {
		return source.Document{}, errBadRequest("url must be http(s)")
	}
	if req.HTML != "" && req.Text != "" {
		return source.Document{}, errBadRequest(`give "html" or "text", not both`)
	}
	d, err := req.Document("api")
	if errors.Is(err, source.ErrNoBody) {
		return d, errBadRequest(`body needs "html" or "text"`)
	}
	d.Fetched = time.Now().UTC()
	if source.IsBinary(d.Body) {
		return d, errBadRequest("document is not text")
	}
	if d.Name == "" {
		d.Name = "posted-" + store.ContentHash(d.Body)[:12]
	}
	return d, nil
}
