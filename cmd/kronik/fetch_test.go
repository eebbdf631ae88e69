package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"kronik/internal/record"
	"kronik/internal/store"
	"kronik/internal/store/sqlite"
	"kronik/internal/watch/watchtest"
)

// TestFetchEndToEnd follows a local site's feeds and sitemap through the
// commands a user runs: sources add discovers them, fetch stores every
// article once with its URL, title and date (the misbehaving pages are
// refused or cut, each recorded), a second fetch before the sources are due
// costs no request, the archive it wrote is read back by ingest into the
// same records, and sources list shows their health.
func TestFetchEndToEnd(t *testing.T) {
	site := watchtest.New(t)
	dir := t.TempDir()
	db, arch := filepath.Join(dir, "kb.db"), filepath.Join(dir, "warc")
	// The guard stays on: only the site's own address stands for a public host.
	net := []string{"--db", db, "--allow-addr", strings.Join(site.Addrs, ","), "--host-interval", "1ms"}

	out := mustKronik(t, append([]string{"sources", "add"}, append(net, site.URL+"/")...)...)
	for _, want := range []string{"added feed " + site.URL + "/rss.xml", "added feed " + site.URL + "/atom.xml", "added sitemap " + site.URL + "/news-sitemap.xml"} {
		if !strings.Contains(out, want) {
			t.Errorf("sources add: %q missing from\n%s", want, out)
		}
	}
	if _, errs, code := kronik(t, append([]string{"sources", "add"}, append(net, site.URL+"/berita/tidak-ada")...)...); code != exitPartial || !strings.Contains(errs, "/berita/tidak-ada") {
		t.Errorf("adding a missing page: exit %d, %q; want 1 naming the URL", code, errs)
	}

	// A host answering 429 cannot be added (it cannot be checked now), and
	// when it is followed already its source waits as long as it asks.
	busy := site.Busy + watchtest.PathBusy
	if _, errs, code := kronik(t, append([]string{"sources", "add"}, append(net, busy)...)...); code != exitPartial || !strings.Contains(errs, "HTTP 429") {
		t.Errorf("adding a busy feed: exit %d, %q", code, errs)
	}
	follow(t, db, busy)

	out = mustKronik(t, append([]string{"fetch", "--timeout", "8s", "--archive", arch}, net...)...)
	if !strings.Contains(out, "sources polled 4") || !strings.Contains(out, "stored 6,") || !strings.Contains(out, "mining reserved 1, disallowed 1, failed 4") ||
		!strings.Contains(out, busy+": waiting: HTTP 429") {
		t.Errorf("fetch summary: %s", out)
	}
	got := records(t, db)
	if len(got) != len(watchtest.Articles) {
		t.Fatalf("%d records stored, want %d", len(got), len(watchtest.Articles))
	}
	for _, a := range watchtest.Articles {
		r, ok := got[site.URL+a.Path]
		if !ok {
			t.Errorf("%s not stored", a.Path)
			continue
		}
		if r.Title == nil || *r.Title != a.Title || r.Published == nil || *r.Published != a.Date || r.Lang != a.Lang {
			t.Errorf("%s: title %v, published %v, lang %s", a.Path, deref(r.Title), deref(r.Published), r.Lang)
		}
		if site.Requests(a.Path) != 1 {
			t.Errorf("%s fetched %d times", a.Path, site.Requests(a.Path))
		}
	}
	if site.Requests(watchtest.PathDisallowed) != 0 {
		t.Error("a disallowed page was fetched")
	}

	site.Codes()
	out = mustKronik(t, append([]string{"fetch"}, net...)...)
	if codes := site.Codes(); len(codes) != 0 || !strings.Contains(out, "sources polled 0") {
		t.Errorf("second fetch before the sources are due (the busy one asked for an hour): %s, answers %v", out, codes)
	}

	out = mustKronik(t, "sources", "list", "--db", db)
	for _, want := range []string{site.URL + "/rss.xml", "ok", "NEXT POLL"} {
		if !strings.Contains(out, want) {
			t.Errorf("sources list: %q missing from\n%s", want, out)
		}
	}

	// The archive, ingested into a new knowledge base without the
	// network, gives the same records.
	warcs, _ := filepath.Glob(filepath.Join(arch, "*.warc.gz"))
	if len(warcs) == 0 {
		t.Fatal("no WARC file written")
	}
	site.Close()
	db2 := filepath.Join(dir, "replay.db")
	out, errs, code := kronik(t, append([]string{"ingest", "--db", db2}, warcs...)...)
	if code != exitOK || !strings.Contains(out, "new 6,") {
		t.Fatalf("ingest of the archive: exit %d\n%s\n%s", code, out, errs)
	}
	if !strings.Contains(errs, "mining reserved") {
		t.Errorf("the reserved page was not reported as skipped: %s", errs)
	}
	again := records(t, db2)
	for u, r := range got {
		r2, ok := again[u]
		if !ok {
			t.Errorf("%s missing from the replay", u)
			continue
		}
		if r.Hash != r2.Hash || deref(r.Title) != deref(r2.Title) || deref(r.Published) != deref(r2.Published) || len(r.Events) != len(r2.Events) {
			t.Errorf("%s: replay differs: %s %q %q %d events, want %s %q %q %d", u, r2.Hash, deref(r2.Title), deref(r2.Published), len(r2.Events),
				r.Hash, deref(r.Title), deref(r.Published), len(r.Events))
		}
	}

	mustKronik(t, "sources", "remove", "--db", db, site.URL+"/atom.xml")
	if _, _, code := kronik(t, "sources", "remove", "--db", db, site.URL+"/atom.xml"); code != exitPartial {
		t.Errorf("removing twice: exit %d, want 1", code)
	}
	if n := len(records(t, db)); n != len(watchtest.Articles) {
		t.Errorf("removing a source lost documents: %d left", n)
	}
}

// follow adds a source straight to the knowledge base.
func follow(t *testing.T, path, url string) {
	t.Helper()
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, _, err := s.AddSource(context.Background(), store.FeedSource{URL: url, Kind: "feed"}); err != nil {
		t.Fatal(err)
	}
}

// buildKronik builds the command into dir and returns the binary's path,
// for tests that run kronik as a process (to kill it, or to run several).
func buildKronik(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "kronik")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

func records(t *testing.T, path string) map[string]record.Record {
	t.Helper()
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	out := map[string]record.Record{}
	if err := s.Records(context.Background(), func(r record.Record) error { out[r.URL] = r; return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

// TestWatchUntilStopped runs watch until every article is stored, stops it
// as Ctrl-C would, and checks that it ends cleanly with its summary.
func TestWatchUntilStopped(t *testing.T) {
	site := watchtest.New(t)
	db := filepath.Join(t.TempDir(), "kb.db")
	net := []string{"--db", db, "--allow-addr", strings.Join(site.Addrs, ","), "--host-interval", "1ms"}
	mustKronik(t, append([]string{"sources", "add"}, append(net, site.URL+"/rss.xml", site.URL+"/atom.xml", site.URL+"/news-sitemap.xml")...)...)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errb bytes.Buffer
	done := make(chan error, 1)
	go func() { done <- runWatch(ctx, append([]string{"--timeout", "8s"}, net...), nil, &out, &errb) }()
	deadline := time.After(2 * time.Minute)
	for stored := 0; stored < len(watchtest.Articles); {
		select {
		case err := <-done:
			t.Fatalf("watch ended by itself: %v\n%s", err, errb.String())
		case <-deadline:
			t.Fatalf("watch stored %d of %d articles in two minutes", stored, len(watchtest.Articles))
		case <-time.After(100 * time.Millisecond):
		}
		stored = len(watchtest.Articles) - missing(t, db, site.URL)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("stopped watch: %v", err)
	}
	if !strings.Contains(out.String(), "stored 6,") {
		t.Errorf("summary: %s", out.String())
	}
	// Structured logs when stderr is not a terminal.
	if !strings.Contains(errb.String(), `"msg":"polled"`) {
		t.Errorf("no JSON log lines: %s", errb.String())
	}
}

// missing counts the site's articles not yet stored.
func missing(t *testing.T, db, base string) int {
	got := records(t, db)
	n := 0
	for _, a := range watchtest.Articles {
		if _, ok := got[base+a.Path]; !ok {
			n++
		}
	}
	return n
}

// TestSourcesReenable: adding a disabled source again re-enables it; the
// list shows why a source was disabled.
func TestSourcesReenable(t *testing.T) {
	site := watchtest.New(t)
	db := filepath.Join(t.TempDir(), "kb.db")
	net := []string{"--db", db, "--allow-addr", strings.Join(site.Addrs, ","), "--host-interval", "1ms"}
	mustKronik(t, append([]string{"sources", "add"}, append(net, site.URL+"/rss.xml")...)...)
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	list, _ := s.ListSources(context.Background())
	src := list[0]
	src.Disabled, src.Failures, src.NextPoll = "5 failed polls in a row; last: HTTP 500", 5, time.Now().Add(time.Hour)
	if err := s.UpdateSource(context.Background(), src); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if out := mustKronik(t, "sources", "list", "--db", db); !strings.Contains(out, "5 failed polls in a row") || !strings.Contains(out, "disabled") {
		t.Errorf("list does not show why: %s", out)
	}
	if out := mustKronik(t, append([]string{"sources", "add"}, append(net, site.URL+"/rss.xml")...)...); !strings.Contains(out, "re-enabled feed") {
		t.Errorf("add again: %s", out)
	}
	got := decode[[]sourceJSON](t, mustKronik(t, "sources", "list", "--json", "--db", db))
	if len(got) != 1 || got[0].Disabled != "" || got[0].Failures != 0 || got[0].NextPoll.After(time.Now()) {
		t.Errorf("after re-enabling: %+v", got)
	}
}

// TestWatchKilled kills a watch process outright (SIGKILL) in the middle of
// its round and starts another: the restart takes the killed watcher's
// source once its lease runs out, and stores exactly the rest; the pages
// stored before the kill are not fetched again.
func TestWatchKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs watch as a process")
	}
	site := watchtest.New(t)
	dir := t.TempDir()
	bin := buildKronik(t, dir)
	db := filepath.Join(dir, "kb.db")
	// Slow enough per host that the kill lands mid-round.
	net := []string{"--db", db, "--allow-addr", strings.Join(site.Addrs, ","), "--host-interval", "300ms"}
	mustKronik(t, append([]string{"sources", "add"}, append(net, site.URL+"/rss.xml", site.URL+"/atom.xml", site.URL+"/news-sitemap.xml")...)...)
	start := func() *exec.Cmd {
		cmd := exec.Command(bin, append([]string{"watch", "--timeout", "2s", "--lease", "2s"}, net...)...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	waitFor := func(n int) map[string]record.Record {
		for deadline := time.Now().Add(2 * time.Minute); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			if got := records(t, db); len(got) >= n {
				return got
			}
		}
		t.Fatalf("fewer than %d articles stored in two minutes", n)
		return nil
	}

	first := start()
	waitFor(2)
	first.Process.Signal(syscall.SIGKILL)
	first.Wait()
	before := records(t, db)
	if len(before) == len(watchtest.Articles) {
		t.Skip("the first watch stored everything before it could be killed")
	}

	second := start()
	waitFor(len(watchtest.Articles))
	second.Process.Signal(os.Interrupt)
	if err := second.Wait(); err != nil {
		t.Errorf("the restarted watch, stopped: %v", err)
	}
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	st, err := s.Stats(context.Background())
	s.Close()
	if err != nil || st.Versions != len(watchtest.Articles) {
		t.Errorf("%d versions stored, want %d (each article once): %v", st.Versions, len(watchtest.Articles), err)
	}
	for u := range before {
		if n := site.Requests(strings.TrimPrefix(u, site.URL)); n != 1 {
			t.Errorf("%s, stored before the kill, fetched %d times", u, n)
		}
	}
}
