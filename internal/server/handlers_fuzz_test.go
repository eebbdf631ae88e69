package server

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// fuzzTargets are the pages and endpoints the handler fuzzer starts from.
var fuzzTargets = []string{
	"/", "/search?q=perdagangan", "/search?q=*", "/entity?name=Malaysia", "/entities/country:MYS",
	"/events?actor=Indonesia&with=Malaysia&type=CONSULT&from=2025&to=2025-12&limit=5&offset=5",
	"/events/evt:0000", "/relationship?a=Indonesia&b=Malaysia", "/map?actor=Indonesia&from=2025-05",
	"/documents/" + strings.Repeat("a", 64), "/static/style.css", "/healthz",
	"/api/search?q=Anwar&lang=id&limit=2", "/api/entities?name=Prabowo", "/api/entities/person:anwar-ibrahim",
	"/api/events?limit=100", "/api/dossier?a=Indonesia&b=Malaysia", "/api/export?format=gdelt",
	"/api/documents/" + strings.Repeat("0", 64), "/api/openapi.json",
}

// FuzzHandlers sends GET requests of any path and query to every page and
// endpoint: the server answers each with a status below 500 and never
// panics. (The kinds of input it found: a query of punctuation alone, a nil
// page total, a folder listing.)
func FuzzHandlers(f *testing.F) {
	for _, t := range fuzzTargets {
		u, _ := url.Parse(t)
		f.Add(u.Path, u.RawQuery)
	}
	// One server for every input: a store per input would leave no time
	// for the inputs.
	srv, _ := newTestServer(f, "tok")
	f.Fuzz(func(t *testing.T, path, query string) {
		if !strings.HasPrefix(path, "/") || strings.ContainsAny(path+query, " \t\r\n#") {
			t.Skip() // not a request line a client can send
		}
		target := path
		if query != "" {
			target += "?" + query
		}
		req, err := http.NewRequest("GET", "http://kronik.test"+target, nil)
		if err != nil {
			t.Skip()
		}
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		res := rec.Result()
		io.Copy(io.Discard, res.Body)
		if res.StatusCode >= 500 {
			t.Fatalf("GET %s: status %d", target, res.StatusCode)
		}
	})
}
