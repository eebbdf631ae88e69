package watch

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"kronik/internal/fetch"
	"kronik/internal/source"
	"kronik/internal/store"
	"kronik/internal/store/sqlite"
	"kronik/internal/watch/watchtest"
)

// memSink keeps the documents handed to it, once per content hash.
type memSink struct {
	mu   sync.Mutex
	docs map[string]source.Document // by URL
	puts int
	// after, when set, is called after each stored document.
	after func(n int)
}

func (m *memSink) Store(ctx context.Context, d source.Document) (string, error) {
	m.mu.Lock()
	h := sha256.Sum256(d.Body)
	if m.docs == nil {
		m.docs = map[string]source.Document{}
	}
	if _, ok := m.docs[d.URL]; !ok {
		m.puts++
	}
	m.docs[d.URL] = d
	n := m.puts
	m.mu.Unlock()
	if m.after != nil {
		m.after(n)
	}
	return hex.EncodeToString(h[:]), nil
}

// clock is a settable time for schedules.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

type env struct {
	site  *watchtest.Site
	db    *sqlite.DB
	sink  *memSink
	clock *clock
	fetch *fetch.Fetcher
}

func newEnv(t *testing.T) *env {
	t.Helper()
	site := watchtest.New(t)
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "kb.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	e := &env{site: site, db: db, sink: &memSink{}, clock: &clock{t: time.Now()}}
	// The guard stays on: only the site's own servers stand for public
	// hosts; the redirect to another loopback server must be refused.
	e.fetch = fetch.New(fetch.Options{AllowAddrs: site.Addrs, HostInterval: time.Millisecond,
		HeaderTimeout: time.Second, Timeout: 3 * time.Second, MaxBody: 1 << 20})
	for _, u := range []string{"/rss.xml", "/atom.xml", "/news-sitemap.xml"} {
		if _, _, err := db.AddSource(context.Background(), store.FeedSource{URL: site.URL + u, Kind: "feed", Added: e.clock.now()}); err != nil {
			t.Fatal(err)
		}
	}
	db.AddSource(context.Background(), store.FeedSource{URL: site.Busy + watchtest.PathBusy, Kind: "feed", Added: e.clock.now()})
	return e
}

func (e *env) watcher(t *testing.T, sink Sink) *Watcher {
	w, err := New(Options{Fetcher: e.fetch, Sources: e.db, Sink: sink, Now: e.clock.now})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func TestRoundEndToEnd(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	sum, err := e.watcher(t, e.sink).Round(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Every good article once, under its canonical URL, with the title
	// and the publisher's date from the feed or sitemap.
	if len(e.sink.docs) != len(watchtest.Articles) || e.sink.puts != len(watchtest.Articles) {
		t.Fatalf("stored %d documents (%d puts), want %d: %v", len(e.sink.docs), e.sink.puts, len(watchtest.Articles), keys(e.sink.docs))
	}
	for _, a := range watchtest.Articles {
		d, ok := e.sink.docs[e.site.URL+a.Path]
		if !ok {
			t.Errorf("%s not stored", a.Path)
			continue
		}
		if d.Hints.Title != a.Title || d.Hints.Published != a.Date || d.Format != "html" || d.Header.Get("ETag") == "" {
			t.Errorf("%s: hints %+v, format %q", a.Path, d.Hints, d.Format)
		}
		if e.site.Requests(a.Path) != 1 {
			t.Errorf("%s fetched %d times", a.Path, e.site.Requests(a.Path))
		}
	}
	if e.site.Requests(watchtest.PathDisallowed) != 0 {
		t.Error("a path robots.txt disallows was fetched")
	}
	if sum.Stored != len(watchtest.Articles) || sum.Reserved != 1 || sum.Disallowed != 1 || sum.Failed != 4 || sum.Polled != 4 {
		t.Errorf("summary %+v", sum)
	}
	// What was done with each bad page is recorded with its reason.
	pages := map[string]store.Page{}
	list, _ := e.db.ListSources(ctx)
	for _, s := range list {
		ps, _ := e.db.Pages(ctx, s.ID, 0)
		for _, p := range ps {
			pages[strings.TrimPrefix(p.URL, e.site.URL)] = p
		}
	}
	want := map[string]func(store.Page) bool{
		watchtest.PathDisallowed: func(p store.Page) bool { return p.Status == store.PageDisallowed },
		watchtest.PathReserved:   func(p store.Page) bool { return p.Status == store.PageReserved && p.TDM == "header" },
		watchtest.PathToPrivate:  func(p store.Page) bool { return p.Status == store.PageFailed && strings.Contains(p.Error, "private") },
		watchtest.PathLoop:       func(p store.Page) bool { return p.Status == store.PageFailed && strings.Contains(p.Error, "redirect") },
		watchtest.PathSlow:       func(p store.Page) bool { return p.Status == store.PageFailed && strings.Contains(p.Error, "timeout") },
		watchtest.PathEndless:    func(p store.Page) bool { return p.Status == store.PageFailed && strings.Contains(p.Error, "too large") },
	}
	for path, ok := range want {
		if p, found := pages[path]; !found || !ok(p) {
			t.Errorf("%s: recorded %+v", path, p)
		}
	}
	// The busy host asked for an hour: its source waits, not counted as
	// a failure.
	for _, s := range list {
		if strings.HasPrefix(s.URL, e.site.Busy) {
			if !strings.HasPrefix(s.LastStatus, "waiting") || s.Failures != 0 || s.NextPoll.Sub(e.clock.now()) < 59*time.Minute {
				t.Errorf("busy source: %+v", s)
			}
		} else if s.LastStatus != "ok" || s.ETag == "" || s.Items == 0 && !strings.Contains(s.URL, "sitemap") {
			t.Errorf("source after round: %+v", s)
		}
	}

	// Nothing is due before the schedule says so.
	e.site.Codes()
	if sum, _ := e.watcher(t, e.sink).Round(ctx); sum.Polled != 0 {
		t.Errorf("second round at once polled %d sources", sum.Polled)
	}
	// Later, every source answers 304 and no page is fetched again.
	e.clock.add(7 * time.Hour)
	sum, err = e.watcher(t, e.sink).Round(ctx)
	if err != nil {
		t.Fatal(err)
	}
	codes := e.site.Codes()
	if sum.NotModified != 3 || codes[200] != 0 || codes[304] != 3 {
		t.Errorf("second round: %+v, answers %v; want three 304s and nothing else from the site", sum, codes)
	}
}

func TestKilledRoundResumes(t *testing.T) {
	e := newEnv(t)
	ctx, cancel := context.WithCancel(context.Background())
	killer := &memSink{after: func(n int) {
		if n == 2 {
			cancel() // killed right after the second document is stored
		}
	}}
	sum, err := e.watcher(t, killer).Round(ctx)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("killed round: %+v, %v", sum, err)
	}
	if len(killer.docs) != 2 {
		t.Fatalf("killed round stored %d", len(killer.docs))
	}
	// The stopped watcher gave its source back: a restart at once goes on
	// and stores exactly the rest.
	rest := &memSink{}
	if _, err := e.watcher(t, rest).Round(context.Background()); err != nil {
		t.Fatal(err)
	}
	for u := range killer.docs {
		if _, again := rest.docs[u]; again {
			t.Errorf("%s stored again after the restart", u)
		}
	}
	for _, a := range watchtest.Articles {
		if n := e.site.Requests(a.Path); n != 1 {
			t.Errorf("%s fetched %d times", a.Path, n)
		}
	}
	if got := len(killer.docs) + len(rest.docs); got != len(watchtest.Articles) {
		t.Errorf("stored %d + %d, want %d in all", len(killer.docs), len(rest.docs), len(watchtest.Articles))
	}
}

func TestFailingSourceDisabled(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	gone, _, _ := e.db.AddSource(ctx, store.FeedSource{URL: e.site.URL + "/hilang.xml", Kind: "feed", Added: e.clock.now()})
	w := e.watcher(t, e.sink)
	var last store.FeedSource
	for i := 0; i < DefaultMaxFailures; i++ {
		if _, err := w.Round(ctx); err != nil {
			t.Fatal(err)
		}
		list, _ := e.db.ListSources(ctx)
		for _, s := range list {
			if s.ID == gone.ID {
				last = s
			}
		}
		if last.Failures != i+1 || !strings.Contains(last.LastStatus, "404") {
			t.Fatalf("poll %d: %+v", i+1, last)
		}
		if i > 0 && last.NextPoll.Sub(e.clock.now()) <= DefaultInterval {
			t.Errorf("poll %d: no back-off: next in %v", i+1, last.NextPoll.Sub(e.clock.now()))
		}
		e.clock.add(MaxServerInterval + time.Hour)
	}
	if last.Disabled == "" || !strings.Contains(last.Disabled, "404") {
		t.Fatalf("not disabled after %d failures: %+v", DefaultMaxFailures, last)
	}
	if sum, _ := w.Round(ctx); len(sum.SourceErrs) != 0 && strings.Contains(strings.Join(sum.SourceErrs, " "), "hilang") {
		t.Error("a disabled source was polled")
	}
}

func TestSchedule(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	w, _ := New(Options{Fetcher: fetch.New(fetch.Options{}), Sources: nopSources{}, Sink: &memSink{}, Now: func() time.Time { return now }})
	tests := []struct {
		name      string
		interval  time.Duration
		fresh     int
		serverMin time.Duration
		want      time.Duration
	}{
		{"publishing halves", time.Hour, 3, 0, 30 * time.Minute},
		{"quiet lengthens", time.Hour, 0, 0, 90 * time.Minute},
		{"never below the minimum", 6 * time.Minute, 5, 0, DefaultMinInterval},
		{"never above the maximum", 5 * time.Hour, 0, 0, DefaultMaxInterval},
		{"new source starts from the default", 0, 0, 0, 45 * time.Minute},
		{"server ttl raises", 10 * time.Minute, 2, 2 * time.Hour, 2 * time.Hour},
		{"server ask bounded", time.Hour, 0, 72 * time.Hour, MaxServerInterval},
	}
	for _, tc := range tests {
		src := store.FeedSource{Interval: tc.interval}
		w.schedule(&src, tc.fresh, tc.serverMin)
		if src.Interval != tc.want || !src.NextPoll.Equal(now.Add(tc.want)) {
			t.Errorf("%s: interval %v, want %v", tc.name, src.Interval, tc.want)
		}
	}
}

func TestDiscover(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	tests := []struct {
		url  string
		want []Found
	}{
		{e.site.URL + "/", []Found{{e.site.URL + "/rss.xml", "feed"}, {e.site.URL + "/atom.xml", "feed"}, {e.site.URL + "/news-sitemap.xml", "sitemap"}}},
		{e.site.URL + "/rss.xml", []Found{{e.site.URL + "/rss.xml", "feed"}}},
		{e.site.URL + "/news-sitemap.xml", []Found{{e.site.URL + "/news-sitemap.xml", "sitemap"}}},
	}
	for _, tc := range tests {
		got, err := Discover(ctx, e.fetch, tc.url)
		if err != nil || len(got) != len(tc.want) {
			t.Errorf("Discover(%s) = %v, %v; want %v", tc.url, got, err, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("Discover(%s)[%d] = %v, want %v", tc.url, i, got[i], tc.want[i])
			}
		}
	}
	// An article without feed links still names its site's sitemaps.
	if got, err := Discover(ctx, e.fetch, e.site.URL+"/berita/1"); err != nil || len(got) != 1 || got[0].Kind != "sitemap" {
		t.Errorf("article: %v, %v; want the sitemap robots.txt names", got, err)
	}
	bare := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, "<html><body><p>no feeds here</p></body></html>")
	}))
	defer bare.Close()
	f := fetch.New(fetch.Options{AllowPrivate: true, HostInterval: time.Millisecond})
	if _, err := Discover(ctx, f, bare.URL+"/"); !errors.Is(err, ErrNothingFound) || !strings.Contains(err.Error(), bare.URL) {
		t.Errorf("page without feeds: %v, want ErrNothingFound naming the URL", err)
	}
}

func keys(m map[string]source.Document) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// nopSources satisfies store.Sources for tests of scheduling alone.
type nopSources struct{ store.Sources }

// TestLeaseAfterKill: a watcher killed outright (no chance to release)
// keeps its sources from others until the lease runs out, then they are due.
func TestLeaseAfterKill(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	claimed, err := e.db.ClaimDue(ctx, e.clock.now(), DefaultLease, 100) // what a killed watcher had claimed
	if err != nil || len(claimed) != 4 {
		t.Fatalf("claim: %d, %v", len(claimed), err)
	}
	w := e.watcher(t, e.sink)
	if sum, _ := w.Round(ctx); sum.Polled != 0 {
		t.Fatalf("polled %d leased sources", sum.Polled)
	}
	e.clock.add(DefaultLease + time.Second)
	if sum, _ := w.Round(ctx); sum.Polled != 4 || sum.Stored != len(watchtest.Articles) {
		t.Fatalf("after the lease: %+v", sum)
	}
}
