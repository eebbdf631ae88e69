package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"kronik/internal/store/sqlite"
)

// newTestServer returns a server over a fresh store holding the demo
// articles' frozen records (frozen_test.go), and the store.
func newTestServer(t testing.TB, token string) (*Server, *sqlite.DB) {
	t.Helper()
	ctx := context.Background()
	p := testProcessor(t)
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := LoadDemo(ctx, db, p); err != nil {
		t.Fatal(err)
	}
	srv := mustNew(t, Options{Store: db, Processor: p, Token: token})
	return srv, db
}

// mustNew is New for tests: a server the test cannot go on without.
func mustNew(t testing.TB, opts Options) *Server {
	t.Helper()
	srv, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return srv
}

// do sends one request to srv.
func do(t *testing.T, srv http.Handler, method, target string, body io.Reader, header map[string]string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(method, target, body)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, req)
	return rec.Result()
}

// getJSON GETs target, checks the status and decodes the body into v.
func getJSON(t *testing.T, srv http.Handler, target string, status int, v any) {
	t.Helper()
	res := do(t, srv, "GET", target, nil, nil)
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode != status {
		t.Fatalf("GET %s: status %d, want %d; body %s", target, res.StatusCode, status, b)
	}
	if ct := res.Header.Get("Content-Type"); ct != "application/json" {
		t.Fatalf("GET %s: Content-Type %q", target, ct)
	}
	if v != nil {
		if err := json.Unmarshal(b, v); err != nil {
			t.Fatalf("GET %s: %v in %s", target, err, b)
		}
	}
}

type apiPage[T any] struct {
	Items      []T  `json:"items"`
	Limit      int  `json:"limit"`
	Offset     int  `json:"offset"`
	Total      *int `json:"total"`
	NextOffset *int `json:"next_offset"`
}

type hitJSON struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Snippet string `json:"snippet"`
}

type eventJSON struct {
	ID         string   `json:"id"`
	Type       string   `json:"type"`
	Date       string   `json:"date"`
	Sources    int      `json:"sources"`
	Actors     []string `json:"actors"`
	ActorCount int      `json:"actor_count"`
	Mentions   []struct {
		DocumentID string `json:"document_id"`
		Evidence   string `json:"evidence"`
	} `json:"mentions"`
}

func TestBadParameters(t *testing.T) {
	srv, _ := newTestServer(t, "")
	long := strings.Repeat("a", maxQueryLen+1)
	for _, target := range []string{
		"/api/search",                     // q missing
		"/api/search?q=",                  // q empty
		"/api/search?q=" + long,           // q too long
		"/api/search?q=x&limit=0",         // below the page size floor
		"/api/search?q=x&limit=101",       // above the cap
		"/api/search?q=x&limit=abc",       // not a number
		"/api/search?q=x&offset=-1",       // negative
		"/api/search?q=x&offset=10001",    // beyond the depth cap
		"/api/search?q=x&lang=indonesian", // not a language code
		"/api/search?q=x&from=2025-13",    // no 13th month
		"/api/search?q=x&to=yesterday",    // not a date
		"/api/search?q=%ff",               // not UTF-8
		"/api/search?q=*",                 // punctuation only
		"/api/search?q=%22",               // a lone quote
		"/api/search?q=(",                 // a lone parenthesis
		"/api/search?q=%3F",               // a question mark
		"/api/entities",                   // name missing
		"/api/entities?name=" + long,      // name too long
		"/api/entities/a%20b",             // malformed id
		"/api/documents/xyz",              // not a content hash
		"/api/events?type=MEET",           // not a PLOVER type
		"/api/events?from=2025-02-30x",    // malformed date
		"/api/events/-x",                  // malformed id
		"/api/dossier",                    // a missing
		"/api/export",                     // format missing
		"/api/export?format=xml",          // unknown format
		"/api/search?q=x" + strings.Repeat("&a=1", maxParamCount), // too many parameters
	} {
		var e apiError
		getJSON(t, srv, target, http.StatusBadRequest, &e)
		if e.Status != http.StatusBadRequest || e.Error == "" {
			t.Errorf("GET %s: error body %+v", target, e)
		}
	}
}

func TestNotFound(t *testing.T) {
	srv, _ := newTestServer(t, "")
	for _, target := range []string{
		"/api/nothing-here",
		"/api/entities/country:XXX",
		"/api/documents/" + strings.Repeat("0", 64),
		"/api/events/evt:000000000000",
		"/api/dossier?a=Atlantis",
		"/api/dossier?a=Indonesia&b=Atlantis",
	} {
		var e apiError
		getJSON(t, srv, target, http.StatusNotFound, &e)
		if e.Status != http.StatusNotFound {
			t.Errorf("GET %s: %+v", target, e)
		}
	}
}

func TestMethodNotAllowed(t *testing.T) {
	srv, _ := newTestServer(t, "tok")
	for target, allow := range map[string]string{
		"DELETE /api/documents/" + strings.Repeat("0", 64): "GET, HEAD",
		"GET /api/documents":      "POST",
		"PUT /api/events":         "GET, HEAD",
		"POST /api/search?q=x":    "GET, HEAD",
		"PATCH /api/entities/a:b": "GET, HEAD",
		"POST /healthz":           "GET, HEAD",
	} {
		method, path, _ := strings.Cut(target, " ")
		res := do(t, srv, method, path, nil, nil)
		var e apiError
		json.NewDecoder(res.Body).Decode(&e)
		if res.StatusCode != http.StatusMethodNotAllowed || e.Status != http.StatusMethodNotAllowed || res.Header.Get("Allow") != allow {
			t.Errorf("%s: status %d, Allow %q, body %+v; want 405 allowing %s", target, res.StatusCode, res.Header.Get("Allow"), e, allow)
		}
	}
}

func TestHealthz(t *testing.T) {
	srv, _ := newTestServer(t, "")
	var h struct {
		Status string `json:"status"`
		Stats  struct {
			Documents int `json:"documents"`
		} `json:"stats"`
	}
	getJSON(t, srv, "/healthz", http.StatusOK, &h)
	if h.Status != "ok" || h.Stats.Documents != 3 {
		t.Fatalf("healthz = %+v, want ok with the 3 demo documents", h)
	}
}

// TestOpenAPI checks that the document parses and describes every API route.
func TestOpenAPI(t *testing.T) {
	srv, _ := newTestServer(t, "")
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	getJSON(t, srv, "/api/openapi.json", http.StatusOK, &doc)
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("openapi version %q", doc.OpenAPI)
	}
	for _, route := range []string{
		"GET /healthz", "GET /api/openapi.json", "GET /api/search", "GET /api/documents/{id}", "POST /api/documents",
		"GET /api/entities", "GET /api/entities/{id}", "GET /api/events", "GET /api/events/{id}",
		"GET /api/dossier", "GET /api/export",
	} {
		method, path, _ := strings.Cut(route, " ")
		if _, ok := doc.Paths[path][strings.ToLower(method)]; !ok {
			t.Errorf("openapi.json does not describe %s", route)
		}
	}
	// Every $ref points at a component that exists.
	raw, _ := assets.ReadFile("openapi.json")
	var tree map[string]any
	if err := json.Unmarshal(raw, &tree); err != nil {
		t.Fatal(err)
	}
	for _, ref := range regexp.MustCompile(`"\$ref": *"#/([^"]+)"`).FindAllStringSubmatch(string(raw), -1) {
		var node any = tree
		for _, part := range strings.Split(ref[1], "/") {
			m, ok := node.(map[string]any)
			if !ok {
				node = nil
				break
			}
			node = m[part]
		}
		if node == nil {
			t.Errorf("openapi.json: $ref #/%s points at nothing", ref[1])
		}
	}
}

func TestSearch(t *testing.T) {
	srv, _ := newTestServer(t, "")
	var p apiPage[hitJSON]
	// "perundingan" (negotiations) is in both Indonesian sample articles.
	getJSON(t, srv, "/api/search?q=perundingan", http.StatusOK, &p)
	if len(p.Items) == 0 {
		t.Fatal("no hits for perundingan")
	}
	for _, h := range p.Items {
		if !hashPattern.MatchString(h.ID) {
			t.Errorf("hit %s: id %q is not a document id", h.Name, h.ID)
		}
		if !strings.Contains(h.Snippet, "«") {
			t.Errorf("hit %s: snippet %q has no marked word", h.Name, h.Snippet)
		}
	}
	// Pages: Malaysia is named in all three articles; one hit per page, the
	// next page exists and differs, the last has no next_offset.
	var p1, p2, p3 apiPage[hitJSON]
	getJSON(t, srv, "/api/search?q=Malaysia&limit=1", http.StatusOK, &p1)
	if len(p1.Items) != 1 || p1.NextOffset == nil || *p1.NextOffset != 1 {
		t.Fatalf("first page %+v, want one item and next_offset 1", p1)
	}
	getJSON(t, srv, "/api/search?q=Malaysia&limit=1&offset=1", http.StatusOK, &p2)
	if len(p2.Items) != 1 || p2.Items[0].ID == p1.Items[0].ID {
		t.Fatalf("second page %+v repeats the first %+v", p2, p1)
	}
	getJSON(t, srv, "/api/search?q=Malaysia&limit=2&offset=2", http.StatusOK, &p3)
	if len(p3.Items) != 1 || p3.NextOffset != nil {
		t.Fatalf("last page %+v, want one item and no next_offset", p3)
	}
	// Filters: the English article only.
	var en apiPage[hitJSON]
	getJSON(t, srv, "/api/search?q=talks&lang=en", http.StatusOK, &en)
	if len(en.Items) != 1 || en.Items[0].Name != "en-bilateral-kl.html" {
		t.Fatalf("lang=en hits %+v, want the English article", en.Items)
	}
	var none apiPage[hitJSON]
	getJSON(t, srv, "/api/search?q=perundingan&from=2030", http.StatusOK, &none)
	if len(none.Items) != 0 {
		t.Fatalf("from=2030 gave %d hits, want none", len(none.Items))
	}
}

func TestDocument(t *testing.T) {
	srv, _ := newTestServer(t, "")
	var p apiPage[hitJSON]
	getJSON(t, srv, "/api/search?q=perundingan&lang=id", http.StatusOK, &p)
	var rec struct {
		Hash     string            `json:"hash"`
		Text     string            `json:"text"`
		Entities []json.RawMessage `json:"entities"`
	}
	getJSON(t, srv, "/api/documents/"+p.Items[0].ID, http.StatusOK, &rec)
	if rec.Hash != p.Items[0].ID || rec.Text == "" || len(rec.Entities) == 0 {
		t.Fatalf("document %s: hash %q, %d bytes of text, %d entities", p.Items[0].ID, rec.Hash, len(rec.Text), len(rec.Entities))
	}
}

func TestEntities(t *testing.T) {
	srv, _ := newTestServer(t, "")
	var p apiPage[struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	}]
	getJSON(t, srv, "/api/entities?name=malaysia", http.StatusOK, &p)
	if len(p.Items) == 0 || p.Items[0].ID != "country:MYS" || p.Total == nil || *p.Total < 1 {
		t.Fatalf("entities?name=malaysia = %+v", p)
	}
	var prof struct {
		ID      string            `json:"id"`
		Name    string            `json:"name"`
		Aliases []json.RawMessage `json:"aliases"`
		With    []json.RawMessage `json:"with"`
	}
	getJSON(t, srv, "/api/entities/country:MYS", http.StatusOK, &prof)
	if prof.Name != "Malaysia" || len(prof.Aliases) == 0 || len(prof.With) == 0 {
		t.Fatalf("entity country:MYS = %+v", prof)
	}
}

func TestEvents(t *testing.T) {
	srv, _ := newTestServer(t, "")
	var p apiPage[eventJSON]
	// The meeting in Kuala Lumpur is reported by the Indonesian and the
	// English sample: one event, two sources, each with its document id.
	// (The Manila summit both attended is a CONSULT of theirs too.)
	getJSON(t, srv, "/api/events?actor=Malaysia&with=Indonesia&type=consult", http.StatusOK, &p)
	var talks []eventJSON
	for _, e := range p.Items {
		if e.Date == "2025-05-21" {
			talks = append(talks, e)
		}
	}
	if len(talks) != 1 {
		t.Fatalf("CONSULT Malaysia-Indonesia on 2025-05-21: %d events, want 1: %+v", len(talks), p.Items)
	}
	ev := talks[0]
	if ev.Sources != 2 || len(ev.Mentions) != 2 {
		t.Fatalf("event %+v: want 2 sources", ev)
	}
	for _, m := range ev.Mentions {
		if !hashPattern.MatchString(m.DocumentID) || m.Evidence == "" {
			t.Errorf("mention %+v lacks its document id or evidence", m)
		}
	}
	var one eventJSON
	getJSON(t, srv, "/api/events/"+url.PathEscape(ev.ID), http.StatusOK, &one)
	if one.ID != ev.ID || len(one.Mentions) != 2 {
		t.Fatalf("events/%s = %+v", ev.ID, one)
	}
	// Date filters and names that match nobody.
	var later, nobody, all apiPage[eventJSON]
	getJSON(t, srv, "/api/events?from=2026", http.StatusOK, &later)
	for _, e := range later.Items {
		if e.Date < "2026" {
			t.Errorf("from=2026 returned an event of %s", e.Date)
		}
	}
	getJSON(t, srv, "/api/events?actor=Atlantis", http.StatusOK, &nobody)
	if len(nobody.Items) != 0 || nobody.Total == nil || *nobody.Total != 0 {
		t.Fatalf("actor=Atlantis = %+v, want no events", nobody)
	}
	// Every event is found by its id.
	var every apiPage[eventJSON]
	getJSON(t, srv, "/api/events?limit=100", http.StatusOK, &every)
	for _, e := range every.Items {
		var got eventJSON
		getJSON(t, srv, "/api/events/"+url.PathEscape(e.ID), http.StatusOK, &got)
		if got.ID != e.ID {
			t.Errorf("events/%s returned %s", e.ID, got.ID)
		}
	}
	getJSON(t, srv, "/api/events?limit=2", http.StatusOK, &all)
	// Not the last page: the next offset is given, the total is not counted.
	if len(all.Items) != 2 || all.Total != nil || all.NextOffset == nil || *all.NextOffset != 2 {
		t.Fatalf("limit=2: %d items, total %v, next %v", len(all.Items), all.Total, all.NextOffset)
	}
}

func TestDossier(t *testing.T) {
	srv, _ := newTestServer(t, "")
	var d struct {
		A          struct{ ID string } `json:"a"`
		B          struct{ ID string } `json:"b"`
		Events     []eventJSON         `json:"events"`
		Agreements []eventJSON         `json:"agreements"`
		Figures    []json.RawMessage   `json:"figures"`
	}
	getJSON(t, srv, "/api/dossier?a=Indonesia&b=Malaysia", http.StatusOK, &d)
	if d.A.ID != "country:IDN" || d.B.ID != "country:MYS" || len(d.Events) < 2 || len(d.Agreements) == 0 {
		t.Fatalf("dossier Indonesia-Malaysia: %+v", d)
	}
}

func TestExport(t *testing.T) {
	srv, _ := newTestServer(t, "")
	for format, want := range map[string]string{
		"jsonl": `{"source":`, "csv": "cluster,", "gdelt": "\t", "parquet": "PAR1",
	} {
		res := do(t, srv, "GET", "/api/export?format="+format, nil, nil)
		b, _ := io.ReadAll(res.Body)
		if res.StatusCode != http.StatusOK || !strings.Contains(string(b), want) {
			t.Errorf("export %s: status %d, body starts %q", format, res.StatusCode, truncate(string(b), 80))
		}
		if cd := res.Header.Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment") {
			t.Errorf("export %s: Content-Disposition %q", format, cd)
		}
	}
}

func TestETag(t *testing.T) {
	srv, _ := newTestServer(t, "")
	for _, target := range []string{"/api/entities/country:MYS", "/api/events?limit=3", "/entities/country:MYS"} {
		res := do(t, srv, "GET", target, nil, nil)
		tag := res.Header.Get("ETag")
		if res.StatusCode != http.StatusOK || !regexp.MustCompile(`^W/"[0-9a-f]+"$`).MatchString(tag) {
			t.Fatalf("GET %s: status %d, ETag %q", target, res.StatusCode, tag)
		}
		again := do(t, srv, "GET", target, nil, map[string]string{"If-None-Match": tag})
		b, _ := io.ReadAll(again.Body)
		if again.StatusCode != http.StatusNotModified || len(b) != 0 {
			t.Errorf("GET %s with If-None-Match %s: status %d, %d bytes", target, tag, again.StatusCode, len(b))
		}
		// A strong form of the same tag matches too (weak comparison).
		strong := do(t, srv, "GET", target, nil, map[string]string{"If-None-Match": strings.TrimPrefix(tag, "W/")})
		if strong.StatusCode != http.StatusNotModified {
			t.Errorf("GET %s: strong form of the tag: status %d", target, strong.StatusCode)
		}
		other := do(t, srv, "GET", target, nil, map[string]string{"If-None-Match": `W/"0000"`})
		if other.StatusCode != http.StatusOK {
			t.Errorf("GET %s with a stale tag: status %d", target, other.StatusCode)
		}
	}
}

func TestIngestToken(t *testing.T) {
	readOnly, _ := newTestServer(t, "")
	body := func() io.Reader {
		b, _ := json.Marshal(map[string]string{"url": "https://example.org/news/1", "text": posted})
		return strings.NewReader(string(b))
	}
	jsonCT := map[string]string{"Content-Type": "application/json", "Authorization": "Bearer s3cret"}
	if res := do(t, readOnly, "POST", "/api/documents", body(), jsonCT); res.StatusCode != http.StatusForbidden {
		t.Fatalf("read-only server: POST status %d, want 403", res.StatusCode)
	}

	srv, _ := newTestServer(t, "s3cret")
	for _, c := range []struct {
		name   string
		header map[string]string
		body   io.Reader
		status int
	}{
		{"no token", map[string]string{"Content-Type": "application/json"}, body(), http.StatusUnauthorized},
		{"wrong token", map[string]string{"Content-Type": "application/json", "Authorization": "Bearer s3cre"}, body(), http.StatusUnauthorized},
		{"not bearer", map[string]string{"Content-Type": "application/json", "Authorization": "Basic s3cret"}, body(), http.StatusUnauthorized},
		{"not JSON", map[string]string{"Content-Type": "text/plain", "Authorization": "Bearer s3cret"}, body(), http.StatusUnsupportedMediaType},
		{"broken JSON", jsonCT, strings.NewReader(`{"text":`), http.StatusBadRequest},
		{"unknown field", jsonCT, strings.NewReader(`{"txt":"x"}`), http.StatusBadRequest},
		{"no text", jsonCT, strings.NewReader(`{"url":"https://example.org/2"}`), http.StatusBadRequest},
		{"two objects", jsonCT, strings.NewReader(`{"text":"a"}{"text":"b"}`), http.StatusBadRequest},
		{"bad url", jsonCT, strings.NewReader(`{"url":"javascript:alert(1)","text":"a"}`), http.StatusBadRequest},
		{"too large", jsonCT, strings.NewReader(`{"text":"` + strings.Repeat("a", maxBodyBytes) + `"}`), http.StatusRequestEntityTooLarge},
	} {
		res := do(t, srv, "POST", "/api/documents", c.body, c.header)
		var e apiError
		json.NewDecoder(res.Body).Decode(&e)
		if res.StatusCode != c.status || e.Status != c.status {
			t.Errorf("%s: status %d (body %+v), want %d", c.name, res.StatusCode, e, c.status)
		}
		if c.status == http.StatusUnauthorized && res.Header.Get("WWW-Authenticate") == "" {
			t.Errorf("%s: 401 without WWW-Authenticate", c.name)
		}
	}
	res := do(t, srv, "POST", "/api/documents", body(), jsonCT)
	var got ingestResponse
	json.NewDecoder(res.Body).Decode(&got)
	if res.StatusCode != http.StatusCreated || got.Status != "new" || got.Events == 0 {
		t.Fatalf("POST: status %d, %+v; want 201, a new document with events", res.StatusCode, got)
	}
	res = do(t, srv, "POST", "/api/documents", body(), jsonCT)
	var dup ingestResponse
	json.NewDecoder(res.Body).Decode(&dup)
	if res.StatusCode != http.StatusOK || dup.Status != "duplicate" || dup.ID != got.ID {
		t.Fatalf("POST again: status %d, %+v; want 200 duplicate", res.StatusCode, dup)
	}
	var p apiPage[hitJSON]
	getJSON(t, srv, "/api/search?q=perikanan", http.StatusOK, &p)
	if len(p.Items) != 1 || p.Items[0].ID != got.ID {
		t.Fatalf("the posted document is not found by search: %+v", p.Items)
	}
	// New text for the same URL is the document's second version, and the
	// only current one.
	b, _ := json.Marshal(map[string]string{"url": "https://example.org/news/1", "text": postedRevised})
	res = do(t, srv, "POST", "/api/documents", strings.NewReader(string(b)), jsonCT)
	var revised ingestResponse
	json.NewDecoder(res.Body).Decode(&revised)
	if res.StatusCode != http.StatusCreated || revised.Status != "version" || revised.Version != 2 {
		t.Fatalf("POST new text for the URL: status %d, %+v; want 201, version 2", res.StatusCode, revised)
	}
	getJSON(t, srv, "/api/search?q=perikanan", http.StatusOK, &p)
	if len(p.Items) != 1 || p.Items[0].ID != revised.ID {
		t.Fatalf("after the new version, search finds %+v; want the new version alone", p.Items)
	}
}

func TestAuthorizedConstantTime(t *testing.T) {
	s := &Server{token: []byte("tok")}
	for header, want := range map[string]bool{"Bearer tok": true, "Bearer tok ": true, "Bearer to": false,
		"Bearer tokk": false, "tok": false, "": false, "bearer tok": true, "BEARER tok": true, "Bearertok": false, "Basic tok": false} {
		r := httptest.NewRequest("POST", "/api/documents", nil)
		r.Header.Set("Authorization", header)
		if got := s.authorized(r); got != want {
			t.Errorf("authorized(%q) = %v, want %v", header, got, want)
		}
	}
	if (&Server{}).authorized(httptest.NewRequest("POST", "/", nil)) {
		t.Error("a server without a token authorized a request")
	}
}

// inlineCode returns the first thing in an HTML page that a strict CSP
// would block, or that article text must never become: an inline script, an
// event handler or style attribute, a style element, a javascript: URL, or an
// element that only article text could have brought (img, iframe, b).
func inlineCode(page string) string {
	z := html.NewTokenizer(strings.NewReader(page))
	inScript := false
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.TextToken:
			if inScript && strings.TrimSpace(string(z.Text())) != "" {
				return "inline script"
			}
		case html.EndTagToken:
			inScript = false
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			switch tok.Data {
			case "style", "img", "iframe", "object", "embed", "b":
				return "<" + tok.Data + ">"
			case "script":
				inScript = true
				src := false
				for _, a := range tok.Attr {
					src = src || a.Key == "src"
				}
				if !src {
					return "script without src"
				}
			}
			for _, a := range tok.Attr {
				if strings.HasPrefix(a.Key, "on") || a.Key == "style" ||
					strings.HasPrefix(strings.ToLower(strings.TrimSpace(a.Val)), "javascript:") {
					return tok.Data + " " + a.Key + "=" + a.Val
				}
			}
		}
	}
}

func TestUIPages(t *testing.T) {
	srv, _ := newTestServer(t, "")
	var evs apiPage[eventJSON]
	getJSON(t, srv, "/api/events?actor=Malaysia&with=Indonesia&type=CONSULT", http.StatusOK, &evs)
	var ev eventJSON
	for _, e := range evs.Items {
		if e.Date == "2025-05-21" && ev.ID == "" {
			ev = e // the talks in Kuala Lumpur (newest events come first)
		}
	}
	if ev.ID == "" {
		t.Fatalf("no talks on 2025-05-21 among %+v", evs.Items)
	}
	for _, c := range []struct {
		target string
		want   []string
	}{
		{"/", []string{"Latest events", `href="/relationship?a=country`}},
		{"/search?q=perundingan", []string{"<mark>", `href="/documents/`}},
		{"/search?q=perundingan&lang=en", []string{"No documents match"}},
		{"/search?q=Malaysia&limit=1&offset=1", []string{`rel="prev"`, `rel="next"`, "offset=2"}},
		{"/entities/country:MYS", []string{"Malaysia", "Named with", `href="/relationship?a=country%3aMYS`}},
		{"/entities/person:anwar-ibrahim", []string{"Roles over time", "Perdana Menteri", `<svg class="timeline"`}},
		{"/relationship?a=Indonesia&b=Malaysia", []string{`<svg class="timeline"`, "<circle", "Agreements signed", "Figures reported"}},
		{"/relationship", []string{"Name one party"}},
		{"/events?type=AGREE", []string{"AGREE"}},
		// Kuala Lumpur lies in Malaysia: the meeting there shades Malaysia.
		{"/map?actor=Indonesia&with=Malaysia", []string{`<svg class="worldmap"`, `<a href="/entities/country:MYS" aria-label="Malaysia: `, `class="land hit h4"`, "Kuala Lumpur"}},
		{"/events/" + ev.ID, []string{`<mark class="evidence"`, "2 independent sources", "Straits Ledger", "Prabowo Subianto and Anwar Ibrahim meet in Kuala Lumpur, 2025-05-21</h1>"}},
		{"/documents/" + ev.Mentions[0].DocumentID, []string{`class="ent ent-person"`, `class="qty"`, `class="tx"`, `<mark class="evidence" id="ev-0"`}},
	} {
		res := do(t, srv, "GET", c.target, nil, nil)
		b, _ := io.ReadAll(res.Body)
		body := string(b)
		if res.StatusCode != http.StatusOK {
			t.Errorf("GET %s: status %d", c.target, res.StatusCode)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(body, w) {
				t.Errorf("GET %s: page lacks %q", c.target, w)
			}
		}
		if m := inlineCode(body); m != "" {
			t.Errorf("GET %s: inline code %q that the CSP blocks", c.target, m)
		}
		if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe") {
			t.Errorf("GET %s: CSP %q", c.target, csp)
		}
		for _, h := range []string{"X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy"} {
			if res.Header.Get(h) == "" {
				t.Errorf("GET %s: no %s header", c.target, h)
			}
		}
		if len(b) > 300<<10 {
			t.Errorf("GET %s: %d bytes, over the page budget", c.target, len(b))
		}
	}
	// A name with one entity leads to its page.
	if res := do(t, srv, "GET", "/entity?name=Malaysia", nil, nil); res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/entities/country:MYS" {
		t.Errorf("/entity?name=Malaysia: status %d, Location %q", res.StatusCode, res.Header.Get("Location"))
	}
	// htmx asks for the results alone.
	res := do(t, srv, "GET", "/search?q=perundingan", nil, map[string]string{"HX-Request": "true"})
	b, _ := io.ReadAll(res.Body)
	if strings.Contains(string(b), "<html") || !strings.Contains(string(b), "<mark>") {
		t.Errorf("htmx search: want the results fragment, got %q", truncate(string(b), 200))
	}
	for target, status := range map[string]int{
		"/entities/country:XXX": 404, "/nowhere": 404, "/entity?name=Atlantis": 404,
		"/static/": 404, "/static/?C=M": 404,
		"/events?type=NOPE": 400, "/search?q=*": 400, "/search?q=%3F": 400, "/map?from=May": 400, "/documents/abc": 400, "/relationship?a=Atlantis": 404,
	} {
		res := do(t, srv, "GET", target, nil, nil)
		b, _ := io.ReadAll(res.Body)
		if res.StatusCode != status || !strings.Contains(res.Header.Get("Content-Type"), "text/html") ||
			!strings.Contains(string(b), fmt.Sprint(status)) {
			t.Errorf("GET %s: status %d, want an HTML %d page", target, res.StatusCode, status)
		}
	}
	res = do(t, srv, "GET", "/static/style.css", nil, nil)
	if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/css") {
		t.Errorf("style.css: status %d, type %q", res.StatusCode, res.Header.Get("Content-Type"))
	}
}

// TestHostileText posts an article full of markup and checks that every
// page shows it as text.
func TestHostileText(t *testing.T) {
	srv, _ := newTestServer(t, "tok")
	b, _ := json.Marshal(map[string]string{"text": evil})
	res := do(t, srv, "POST", "/api/documents", strings.NewReader(string(b)),
		map[string]string{"Content-Type": "application/json", "Authorization": "Bearer tok"})
	var got ingestResponse
	json.NewDecoder(res.Body).Decode(&got)
	if res.StatusCode != http.StatusCreated {
		t.Fatalf("POST: status %d", res.StatusCode)
	}
	targets := []string{"/documents/" + got.ID, "/search?q=perikanan", "/search?q=" + url.QueryEscape(`<script>alert(1)</script>`)}
	var evs apiPage[eventJSON]
	getJSON(t, srv, "/api/events?actor=Philippines&from=2025-06&to=2025-06", http.StatusOK, &evs)
	for _, e := range evs.Items {
		targets = append(targets, "/events/"+e.ID)
	}
	for _, target := range targets {
		res := do(t, srv, "GET", target, nil, nil)
		body, _ := io.ReadAll(res.Body)
		if res.StatusCode != http.StatusOK {
			t.Errorf("GET %s: status %d", target, res.StatusCode)
		}
		if m := inlineCode(string(body)); m != "" {
			t.Errorf("GET %s: article markup came through as %q", target, m)
		}
		if strings.Contains(string(body), "<img") || strings.Contains(string(body), "<b ") {
			t.Errorf("GET %s: article tags rendered as HTML", target)
		}
	}
}

// TestEventPagesNewestFirst: the events list pages from the newest event
// back; a page that is not the last says where the next one starts but not
// the total (counting every match is what paging avoids), the last page
// knows the total, and the pages together are the whole list once.
func TestEventPagesNewestFirst(t *testing.T) {
	srv, _ := newTestServer(t, "")
	var all apiPage[eventJSON]
	getJSON(t, srv, "/api/events?limit=100", http.StatusOK, &all)
	if all.Total == nil || *all.Total != len(all.Items) || all.NextOffset != nil || len(all.Items) < 3 {
		t.Fatalf("one page of everything: %d items, total %v, next %v", len(all.Items), all.Total, all.NextOffset)
	}
	for i := 1; i < len(all.Items); i++ {
		if a, b := all.Items[i-1].Date, all.Items[i].Date; a != "" && b != "" && a < b {
			t.Errorf("events not newest first: %s before %s", a, b)
		}
	}
	var got []string
	for off := 0; ; {
		var p apiPage[eventJSON]
		getJSON(t, srv, fmt.Sprintf("/api/events?limit=2&offset=%d", off), http.StatusOK, &p)
		for _, e := range p.Items {
			got = append(got, e.ID)
		}
		if p.NextOffset == nil {
			if p.Total == nil || *p.Total != len(all.Items) {
				t.Errorf("last page: total %v, want %d", p.Total, len(all.Items))
			}
			break
		}
		if p.Total != nil {
			t.Errorf("page at %d of %d: total %d given before the last page", off, len(all.Items), *p.Total)
		}
		off = *p.NextOffset
	}
	var want []string
	for _, e := range all.Items {
		want = append(want, e.ID)
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("pages of 2 give %v, one page gives %v", got, want)
	}
}
