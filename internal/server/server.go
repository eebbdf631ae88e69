// Package server is kronik's HTTP face: a JSON API described by an OpenAPI 3
// document (/api/openapi.json) and a server-rendered web UI (html/template,
// static files embedded, no front-end build step) over a store.Store.
//
// Article text is hostile input: everything is rendered through html/template
// or escaped with html.EscapeString before it is wrapped as template.HTML, the
// Content-Security-Policy forbids inline script and style (inline style is
// allowed only to the job queue's UI under /admin/jobs/), request bodies and
// query parameters are bounded, and every request runs under a deadline.
// Writing (POST /api/documents) needs the token given to New, compared in
// constant time; without a token the server is read-only.
package server

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"kronik/internal/record"
	"kronik/internal/source"
	"kronik/internal/store"
)

//go:embed static templates openapi.json
var assets embed.FS

// Processor turns a document into a record: *pipeline.Pipeline.
type Processor interface {
	Process(ctx context.Context, doc source.Document) (record.Record, error)
}

// Options configure a Server.
type Options struct {
	// Store is the knowledge base read (and, with a token, written).
	Store store.Store
	// Processor extracts posted documents; nil disables ingestion.
	Processor Processor
	// Token, when not empty, allows POST /api/documents with
	// "Authorization: Bearer TOKEN". Empty means read-only.
	Token string
	// Logger receives request errors; nil discards them.
	Logger *slog.Logger
	// RequestTimeout bounds each request's work (default 30s).
	RequestTimeout time.Duration
	// AdminJobs, when not nil, is the job queue's web UI (queue.UI), served
	// under AdminJobsPath to holders of the token; New refuses it without
	// one. AdminJobsOff says why it is nil, in the 404 of AdminJobsPath.
	AdminJobs    http.Handler
	AdminJobsOff string
}

// Limits on what a client may ask for. They keep one request from holding the
// store or the CPU: queries longer than a sentence or two are not searches,
// and pages beyond a few hundred items are exports.
const (
	maxQueryLen   = 512      // bytes of a search query or a name
	defaultLimit  = 20       // items per page when limit is not given
	maxLimit      = 100      // items per page at most
	maxOffset     = 10000    // how deep pagination goes
	maxBodyBytes  = 10 << 20 // a posted document (JSON with the page inside)
	maxParamCount = 32       // query parameters per request
)

// Server serves the API and the UI.
type Server struct {
	st      store.Store
	proc    Processor
	token   []byte
	log     *slog.Logger
	timeout time.Duration
	pages   map[string]*pageTemplate
	home    statsCache[homeData]
	places  placeCache
	maps    mapViews
	mux     *http.ServeMux
	static  fs.FS
	jobs    adminJobs
}

// New builds a Server; it parses the embedded templates.
func New(opts Options) (*Server, error) {
	if opts.Store == nil {
		return nil, errors.New("server: no store")
	}
	s := &Server{
		st:      opts.Store,
		proc:    opts.Processor,
		log:     opts.Logger,
		timeout: opts.RequestTimeout,
		mux:     http.NewServeMux(),
	}
	if opts.Token != "" {
		s.token = []byte(opts.Token)
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.timeout <= 0 {
		s.timeout = 30 * time.Second
	}
	var err error
	if s.jobs, err = newAdminJobs(opts); err != nil {
		return nil, err
	}
	if s.pages, err = parsePages(); err != nil {
		return nil, err
	}
	if s.static, err = fs.Sub(assets, "static"); err != nil {
		return nil, fmt.Errorf("server: static files: %w", err)
	}
	s.routes()
	return s, nil
}

// ServeHTTP implements http.Handler with the security headers, the request
// deadline and panic recovery around every route.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "+
		"connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	h.Set("Permissions-Policy", "geolocation=(), camera=(), microphone=()")
	ctx, cancel := context.WithTimeout(r.Context(), s.timeout)
	defer cancel()
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.Error("panic", "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
			http.Error(w, "internal error", http.StatusInternalServerError)
		}
	}()
	if len(r.URL.RawQuery) > 4*maxQueryLen || strings.Count(r.URL.RawQuery, "&") >= maxParamCount {
		s.fail(w, r, errBadRequest("query string too long"))
		return
	}
	s.mux.ServeHTTP(w, r.WithContext(ctx))
}

func (s *Server) routes() {
	m := s.mux
	m.HandleFunc("GET /healthz", s.handle(s.healthz))
	m.HandleFunc("GET /api/openapi.json", s.handle(s.openapi))
	m.HandleFunc("GET /api/search", s.handle(s.apiSearch))
	m.HandleFunc("GET /api/documents/{id}", s.handle(s.apiDocument))
	m.HandleFunc("POST /api/documents", s.handle(s.apiIngest))
	m.HandleFunc("GET /api/entities", s.handle(s.apiEntities))
	m.HandleFunc("GET /api/entities/{id}", s.handle(s.apiEntity))
	m.HandleFunc("GET /api/events", s.handle(s.apiEvents))
	m.HandleFunc("GET /api/events/{id}", s.handle(s.apiEvent))
	m.HandleFunc("GET /api/dossier", s.handle(s.apiDossier))
	m.HandleFunc("GET /api/export", s.handle(s.apiExport))
	// Other methods on the API's paths: 405 with Allow, in JSON.
	for path, allow := range map[string]string{
		"/healthz": "GET, HEAD", "/api/openapi.json": "GET, HEAD", "/api/search": "GET, HEAD",
		"/api/documents": "POST", "/api/documents/{id}": "GET, HEAD", "/api/entities": "GET, HEAD",
		"/api/entities/{id}": "GET, HEAD", "/api/events": "GET, HEAD", "/api/events/{id}": "GET, HEAD",
		"/api/dossier": "GET, HEAD", "/api/export": "GET, HEAD",
	} {
		m.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", allow)
			s.fail(w, r, &httpError{http.StatusMethodNotAllowed, "method " + r.Method + " not allowed; use " + allow})
		})
	}
	m.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, &httpError{http.StatusNotFound, "no such endpoint: see /api/openapi.json"})
	})

	m.HandleFunc("GET /{$}", s.handle(s.uiHome))
	m.HandleFunc("GET /search", s.handle(s.uiSearch))
	m.HandleFunc("GET /entity", s.handle(s.uiEntityByName))
	m.HandleFunc("GET /entities/{id}", s.handle(s.uiEntity))
	m.HandleFunc("GET /events", s.handle(s.uiEvents))
	m.HandleFunc("GET /events/{id}", s.handle(s.uiEvent))
	m.HandleFunc("GET /relationship", s.handle(s.uiRelationship))
	m.HandleFunc("GET /map", s.handle(s.uiMap))
	m.HandleFunc("GET /documents/{id}", s.handle(s.uiDocument))
	m.HandleFunc("GET /sources", s.handle(s.uiSources))
	m.Handle("GET /static/", http.StripPrefix("/static/", s.staticHandler()))
	m.HandleFunc(AdminJobsPath, s.serveAdminJobs)
	m.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, errNotFound("page not found"))
	})
}

func (s *Server) staticHandler() http.Handler {
	files := http.FileServerFS(s.static)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// The files are embedded in the binary: they change only with it.
		// Files only: a folder's listing tells a visitor nothing they need.
		if r.URL.Path == "" || strings.HasSuffix(r.URL.Path, "/") {
			s.fail(w, r, errNotFound("page not found"))
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=3600")
		files.ServeHTTP(w, r)
	})
}

// handle makes h a route: h returns its failure, which handle answers
// (fail), so a handler says each of its errors with a return. A handler
// must not return an error after it wrote its answer.
func (s *Server) handle(h func(w http.ResponseWriter, r *http.Request) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			s.fail(w, r, err)
		}
	}
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) error {
	st, err := s.st.Stats(r.Context())
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	s.writeJSON(w, r, http.StatusOK, map[string]any{"status": "ok", "stats": st})
	return nil
}

func (s *Server) openapi(w http.ResponseWriter, r *http.Request) error {
	b, err := assets.ReadFile("openapi.json")
	if err != nil {
		return err
	}
	s.respond(w, r, http.StatusOK, "application/json", b)
	return nil
}

// respond writes body with a weak ETag derived from its content, answering a
// matching If-None-Match with 304 Not Modified. The tag is weak because the
// same content may be encoded differently (compression by a proxy).
func (s *Server) respond(w http.ResponseWriter, r *http.Request, status int, ctype string, body []byte) {
	h := w.Header()
	h.Set("Content-Type", ctype)
	if status == http.StatusOK && (r.Method == http.MethodGet || r.Method == http.MethodHead) {
		sum := sha256.Sum256(body)
		tag := `W/"` + hex.EncodeToString(sum[:12]) + `"`
		h.Set("ETag", tag)
		h.Set("Cache-Control", "no-cache") // revalidate: the store changes as documents arrive
		if etagMatch(r.Header.Get("If-None-Match"), tag) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	h.Set("Content-Length", fmt.Sprint(len(body)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// etagMatch implements the weak comparison of If-None-Match (RFC 9110 13.1.2).
func etagMatch(header, tag string) bool {
	if header == "" {
		return false
	}
	want := strings.TrimPrefix(tag, "W/")
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == want {
			return true
		}
	}
	return false
}

// authorized compares the bearer token in constant time.
func (s *Server) authorized(r *http.Request) bool {
	if len(s.token) == 0 {
		return false
	}
	// The scheme is case-insensitive (RFC 9110, section 11.1): "bearer" is
	// as good as "Bearer".
	scheme, got, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), s.token) == 1
}

// httpError is an error with the status code it answers with.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func errBadRequest(format string, args ...any) error {
	return &httpError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

func errNotFound(format string, args ...any) error {
	return &httpError{http.StatusNotFound, fmt.Sprintf(format, args...)}
}

// statusOf maps an error onto an HTTP status and a message safe to show.
func statusOf(err error) (int, string) {
	var he *httpError
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &he):
		return he.status, he.msg
	case errors.As(err, &mbe):
		return http.StatusRequestEntityTooLarge, fmt.Sprintf("request body larger than %d bytes", mbe.Limit)
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound, err.Error()
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable, "the request took too long"
	case errors.Is(err, context.Canceled):
		return 499, "request cancelled"
	}
	return http.StatusInternalServerError, "internal error"
}

// fail answers with an error: JSON under /api/ and /healthz, a page elsewhere.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := statusOf(err)
	if status >= 500 {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	if strings.HasPrefix(r.URL.Path, "/api/") || r.URL.Path == "/healthz" {
		if status == http.StatusUnauthorized {
			w.Header().Set("WWW-Authenticate", `Bearer realm="kronik"`)
		}
		s.writeJSON(w, r, status, apiError{Error: msg, Status: status})
		return
	}
	var buf bytes.Buffer
	if rerr := s.render(&buf, r, "error", page{Title: http.StatusText(status), Data: errorPage{Status: status, Message: msg}}); rerr != nil {
		http.Error(w, msg, status)
		return
	}
	s.respond(w, r, status, "text/html; charset=utf-8", buf.Bytes())
}

// apiError is the body of every API error.
type apiError struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}
