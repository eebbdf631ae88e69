package server

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kronik/internal/store"
	"kronik/internal/store/sqlite"
)

func TestSourcesPage(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "kb.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	srv := mustNew(t, Options{Store: db})
	get := func() string {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/sources", nil))
		if rec.Code != http.StatusOK {
			t.Fatalf("GET /sources: %d %s", rec.Code, rec.Body.String())
		}
		return rec.Body.String()
	}
	if body := get(); !strings.Contains(body, "No sources are followed") {
		t.Errorf("empty page: %s", body)
	}
	now := time.Now()
	ok, _, _ := db.AddSource(ctx, store.FeedSource{URL: "https://warta.example/rss.xml", Kind: "feed", Added: now})
	ok.LastFetch, ok.LastStatus, ok.Items, ok.NextPoll = now.Add(-10*time.Minute), "not modified", 12, now.Add(20*time.Minute)
	if err := db.UpdateSource(ctx, ok); err != nil {
		t.Fatal(err)
	}
	bad, _, _ := db.AddSource(ctx, store.FeedSource{URL: "https://hilang.example/feed", Kind: "feed", Added: now})
	bad.Failures, bad.Errors, bad.Disabled = 5, 5, "5 failed polls in a row; last: HTTP 404 Not Found"
	if err := db.UpdateSource(ctx, bad); err != nil {
		t.Fatal(err)
	}
	db.MarkPage(ctx, store.Page{URL: "https://warta.example/berita/terlindung", SourceID: ok.ID, Status: store.PageReserved, TDM: "tdmrep.json"})
	body := get()
	for _, want := range []string{
		"2 sources", "https://warta.example/rss.xml", "not modified", "10 minutes ago", "in 1", // 19 or 20 minutes
		"<strong>disabled:</strong> 5 failed polls in a row; last: HTTP 404 Not Found", "(5 in a row)",
		"reserved (reserved by tdmrep.json): https://warta.example/berita/terlindung",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if !strings.Contains(body, `href="/sources"`) {
		t.Error("no link to the page in the navigation")
	}
}
