//go:build load

// The load test: the server against itself over 127.0.0.1, on a generated
// knowledge base, every page and endpoint, a few thousand requests from a
// few clients. It asserts no answer of 5xx and reports latency percentiles
// (not asserted: the machine is shared). Run with
//
//	go test -tags load -run TestLoad -v ./internal/server/
//
// KRONIK_LOAD_DOCS (default 10000) and KRONIK_LOAD_REQUESTS (default 3000)
// change its size.
package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"kronik/internal/bench"
	"kronik/internal/corpusgen"
	"kronik/internal/pipeline"
	"kronik/internal/store/sqlite"
)

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

// loadTarget is one request of the load test.
type loadTarget struct {
	kind, method, path string
	body               []byte
}

func TestLoad(t *testing.T) {
	ctx := context.Background()
	docs, requests := envInt("KRONIK_LOAD_DOCS", 10000), envInt("KRONIK_LOAD_REQUESTS", 3000)
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "load.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	start := time.Now()
	if err := bench.FillStore(ctx, p, db, 200, docs, 1); err != nil {
		t.Fatal(err)
	}
	t.Logf("store of %d documents built in %.0f s", docs, time.Since(start).Seconds())
	srv := mustNew(t, Options{Store: db, Processor: p, Token: "tok"})
	ts := httptest.NewServer(srv) // listens on 127.0.0.1
	defer ts.Close()
	client := ts.Client()

	// What to ask for comes from the store itself.
	var evs struct {
		Items []struct {
			ID       string   `json:"id"`
			Actors   []string `json:"actors"`
			Mentions []struct {
				DocumentID string `json:"document_id"`
			} `json:"mentions"`
		} `json:"items"`
	}
	res, err := client.Get(ts.URL + "/api/events?limit=100")
	if err != nil {
		t.Fatal(err)
	}
	json.NewDecoder(res.Body).Decode(&evs)
	res.Body.Close()
	if len(evs.Items) == 0 {
		t.Fatal("the generated store has no events")
	}
	var targets []loadTarget
	get := func(kind, path string) { targets = append(targets, loadTarget{kind: kind, method: "GET", path: path}) }
	for _, q := range []string{"perdagangan", "kerja sama pertahanan", "menteri luar negeri", "trade talks", "summit", "*", "?"} {
		get("search", "/search?q="+url.QueryEscape(q))
		get("api/search", "/api/search?q="+url.QueryEscape(q)+"&limit=20")
	}
	for i, e := range evs.Items {
		if i >= 20 {
			break
		}
		get("event", "/events/"+url.PathEscape(e.ID))
		get("api/event", "/api/events/"+url.PathEscape(e.ID))
		if len(e.Mentions) > 0 {
			get("document", "/documents/"+e.Mentions[0].DocumentID)
			get("api/document", "/api/documents/"+e.Mentions[0].DocumentID)
		}
		for _, a := range e.Actors {
			get("entity", "/entities/"+url.PathEscape(a))
			get("api/entity", "/api/entities/"+url.PathEscape(a))
		}
		if len(e.Actors) >= 2 {
			a, b := url.QueryEscape(e.Actors[0]), url.QueryEscape(e.Actors[1])
			get("relationship", "/relationship?a="+a+"&b="+b)
			get("api/dossier", "/api/dossier?a="+a+"&b="+b)
			get("events", "/events?actor="+a+"&with="+b)
			get("map", "/map?actor="+a)
		}
	}
	for _, path := range []string{"/", "/events", "/events?offset=100", "/events?type=AGREE", "/map", "/healthz",
		"/api/events?limit=100&offset=200", "/api/entities?name=Indonesia", "/entity?name=Malaysia",
		"/api/openapi.json", "/static/style.css", "/nowhere"} {
		get(strings.SplitN(strings.TrimPrefix(path, "/"), "?", 2)[0], path)
	}
	gen := corpusgen.New(corpusgen.Options{Seed: 99})
	for i := 0; i < 5; i++ {
		a := gen.Article(i)
		b, _ := json.Marshal(map[string]string{"url": fmt.Sprintf("https://load.example/%d", i), "text": a.Text})
		targets = append(targets, loadTarget{kind: "api/ingest", method: "POST", path: "/api/documents", body: b})
	}

	type result struct {
		kind   string
		status int
		ms     float64
		err    error
	}
	jobs := make(chan loadTarget)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for tg := range jobs {
				req, _ := http.NewRequest(tg.method, ts.URL+tg.path, bytes.NewReader(tg.body))
				if tg.method == "POST" {
					req.Header.Set("Content-Type", "application/json")
					req.Header.Set("Authorization", "Bearer tok")
				}
				t0 := time.Now()
				res, err := client.Do(req)
				r := result{kind: tg.kind + " " + tg.method, err: err, ms: float64(time.Since(t0).Microseconds()) / 1000}
				if err == nil {
					io.Copy(io.Discard, res.Body)
					res.Body.Close()
					r.status = res.StatusCode
					r.ms = float64(time.Since(t0).Microseconds()) / 1000
				}
				results <- r
			}
		}()
	}
	go func() {
		for i := 0; i < requests; i++ {
			jobs <- targets[i%len(targets)]
		}
		close(jobs)
		wg.Wait()
		close(results)
	}()
	byKind := map[string][]float64{}
	var all []float64
	for r := range results {
		if r.err != nil {
			t.Errorf("%s: %v", r.kind, r.err)
			continue
		}
		if r.status >= 500 {
			t.Errorf("%s: status %d", r.kind, r.status)
		}
		byKind[r.kind] = append(byKind[r.kind], r.ms)
		all = append(all, r.ms)
	}
	pct := func(ms []float64, q float64) float64 {
		sort.Float64s(ms)
		return ms[min(len(ms)-1, int(q*float64(len(ms))))]
	}
	kinds := make([]string, 0, len(byKind))
	for k := range byKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		t.Logf("%-22s %5d requests  p50 %7.1f ms  p99 %7.1f ms", k, len(byKind[k]), pct(byKind[k], 0.5), pct(byKind[k], 0.99))
	}
	t.Logf("all: %d requests over %d targets on %d documents, p50 %.1f ms, p99 %.1f ms", len(all), len(targets), docs, pct(all, 0.5), pct(all, 0.99))
}
