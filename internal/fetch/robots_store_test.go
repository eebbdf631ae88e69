package fetch_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"kronik/internal/fetch"
	"kronik/internal/store/sqlite"
)

// TestRobotsKeptAcrossFetchers: two fetchers standing for two runs of kronik
// share one knowledge base. The second reads robots.txt from it instead of
// asking the host, obeys it, and asks again once the kept copy is a day old;
// a host without robots.txt (404) is not asked again either.
func TestRobotsKeptAcrossFetchers(t *testing.T) {
	ctx := context.Background()
	var robotsHits, pageHits atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		robotsHits.Add(1)
		w.Write([]byte("User-agent: *\nDisallow: /private/\n"))
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		pageHits.Add(1)
		w.Write([]byte("<html><body>news</body></html>"))
	})
	withRobots := httptest.NewServer(mux)
	defer withRobots.Close()
	var noneHits atomic.Int32
	without := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			noneHits.Add(1)
			http.NotFound(w, r)
			return
		}
		w.Write([]byte("ok"))
	}))
	defer without.Close()

	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "kb.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	run := func() *fetch.Fetcher {
		return fetch.New(fetch.Options{AllowPrivate: true, HostInterval: time.Millisecond, Robots: db,
			Now: func() time.Time { return now }})
	}
	get := func(f *fetch.Fetcher, u string) error {
		_, err := f.Get(ctx, fetch.Request{URL: u})
		return err
	}

	first := run()
	for _, u := range []string{withRobots.URL + "/a", withRobots.URL + "/b", without.URL + "/a"} {
		if err := get(first, u); err != nil {
			t.Fatalf("first run, %s: %v", u, err)
		}
	}
	if robotsHits.Load() != 1 || noneHits.Load() != 1 {
		t.Fatalf("first run asked for robots.txt %d and %d times, want once each", robotsHits.Load(), noneHits.Load())
	}

	// Twelve hours later, a new process: robots.txt comes from the store,
	// and its rules still hold.
	now = now.Add(12 * time.Hour)
	second := run()
	if err := get(second, withRobots.URL+"/c"); err != nil {
		t.Fatal(err)
	}
	if err := get(second, withRobots.URL+"/private/d"); !errors.Is(err, fetch.ErrDisallowed) {
		t.Errorf("second run, disallowed path: %v, want ErrDisallowed", err)
	}
	if err := get(second, without.URL+"/b"); err != nil {
		t.Fatal(err)
	}
	if robotsHits.Load() != 1 || noneHits.Load() != 1 {
		t.Errorf("second run asked for robots.txt again: %d and %d times in all, want once each", robotsHits.Load(), noneHits.Load())
	}
	if pageHits.Load() != 3 {
		t.Errorf("pages fetched: %d, want 3 (the disallowed one not)", pageHits.Load())
	}

	// A day after the first fetch the kept copy is too old (RFC 9309 §2.4):
	// a third run asks the host, once, and keeps the new copy.
	now = now.Add(12 * time.Hour)
	third := run()
	for _, u := range []string{withRobots.URL + "/e", withRobots.URL + "/f"} {
		if err := get(third, u); err != nil {
			t.Fatal(err)
		}
	}
	if robotsHits.Load() != 2 {
		t.Errorf("after a day robots.txt was asked for %d times in all, want 2", robotsHits.Load())
	}
	_, _, fetched, err := db.Robots(ctx, withRobots.URL)
	if err != nil || !fetched.Equal(now) {
		t.Errorf("kept copy fetched at %v (%v), want %v", fetched, err, now)
	}
}
