package server

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"sync"
	"testing"
	"time"

	"kronik/internal/corpusgen"
	"kronik/internal/pipeline"
	"kronik/internal/source"
	"kronik/internal/store"
	"kronik/internal/store/sqlite"
)

// BenchmarkPages renders each page and API answer over a store of 300
// generated articles (internal/corpusgen): the time per request and its size
// (B/page). The store is built once, before the timers start.
//
//	go test -run XXX -bench Pages ./internal/server/
//
// loadPipeline loads the models once for the whole test binary.
var loadPipeline = sync.OnceValues(func() (*pipeline.Pipeline, error) { return pipeline.New(pipeline.Options{}) })

func BenchmarkPages(b *testing.B) {
	ctx := context.Background()
	p, err := loadPipeline()
	if err != nil {
		b.Fatal(err)
	}
	db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	gen := corpusgen.New(corpusgen.DefaultOptions())
	for i := range 300 {
		a := gen.Article(i)
		doc := source.Document{Name: a.Name, Path: a.Name, Body: []byte(a.Text), Format: "text",
			Fetched: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
		if _, err := Ingest(ctx, db, p, doc); err != nil {
			b.Fatal(err)
		}
	}
	srv := mustNew(b, Options{Store: db})
	cs, err := db.Events(ctx, store.EventFilter{})
	if err != nil || len(cs) == 0 {
		b.Fatalf("no events in the generated store: %v", err)
	}
	pairs := topPairs(cs, 1)
	if len(pairs) == 0 {
		b.Fatal("no pair of states in the generated store")
	}
	a, c := pairs[0].A.ID, pairs[0].B.ID
	var ev store.Cluster
	for _, e := range cs {
		if len(e.Mentions) > len(ev.Mentions) {
			ev = e
		}
	}
	docID := regexp.MustCompile(`[0-9a-f]{64}`).FindString(fetch(b, srv, "/api/search?q=kerja+sama&limit=1"))
	for _, target := range []string{
		"/", "/search?q=kerja+sama", "/api/search?q=kerja+sama", "/entities/" + url.PathEscape(a),
		"/relationship?a=" + url.QueryEscape(a) + "&b=" + url.QueryEscape(c), "/api/dossier?a=" + url.QueryEscape(a) + "&b=" + url.QueryEscape(c),
		"/events/" + url.PathEscape(ev.ID), "/api/events?actor=" + url.QueryEscape(a), "/documents/" + docID,
		"/map?actor=" + url.QueryEscape(a),
	} {
		b.Run(target, func(b *testing.B) {
			size := 0
			for b.Loop() {
				size = len(fetch(b, srv, target))
			}
			b.ReportMetric(float64(size), "B/page")
		})
	}
}

// fetch GETs target and returns the body, failing on any status but 200.
func fetch(b *testing.B, h http.Handler, target string) string {
	req := httptest.NewRequest("GET", target, nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	body, _ := io.ReadAll(rec.Result().Body)
	if rec.Code != http.StatusOK {
		b.Fatalf("GET %s: %d %s", target, rec.Code, truncate(string(body), 200))
	}
	return string(body)
}
