//go:build browser

// Browser tests: Debian's chromium, headless, driven through chromedp, over
// a server holding the demo articles. Run with
//
//	go test -tags browser ./internal/server/
//
// They skip when no chromium is installed (apt-get install chromium). On a
// failure the page is saved as a PNG in a temporary folder named in the log.
// With KRONIK_SCREENSHOTS=DIR, TestScreenshots writes the README's
// screenshots there.
package server

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// browser starts a headless chromium for one test and a server with the
// demo articles, and returns a browser context and the server's URL.
func browser(t *testing.T, width, height int) (context.Context, string) {
	t.Helper()
	chromium(t)
	srv, _ := newTestServer(t, "")
	return browserOn(t, srv, width, height)
}

// chromium returns the browser's path, or skips the test without one.
func chromium(t *testing.T) string {
	t.Helper()
	var path string
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		t.Skip("chromium is not installed (apt-get install -y chromium): browser tests skipped")
	}
	return path
}

// browserOn starts a headless chromium for one test over srv.
func browserOn(t *testing.T, srv http.Handler, width, height int) (context.Context, string) {
	t.Helper()
	path := chromium(t)
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.NoFirstRun,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(width, height),
		chromedp.Flag("hide-scrollbars", true),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	t.Cleanup(func() {
		cancelCtx()
		cancelAlloc()
	})
	// Start the browser now, so that its start-up is not charged to a step.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	watchConsole(t, ctx)
	return ctx, ts.URL
}

// watchConsole fails the test, at its end, for every error the pages wrote
// to the console: a script error, a failed load, or a Content-Security-Policy
// violation (which the browser logs as an error), so that the strict policy
// is known to hold for everything the pages do, htmx included.
func watchConsole(t *testing.T, ctx context.Context) {
	cctx, cancel := context.WithCancel(ctx)
	var mu sync.Mutex
	var errs []string
	messages := chromedp.Console(cctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException ||
				strings.Contains(m.Text, "Content Security Policy") {
				mu.Lock()
				errs = append(errs, m.String())
				mu.Unlock()
			}
		}
	}()
	t.Cleanup(func() {
		cancel()
		<-done
		mu.Lock()
		defer mu.Unlock()
		for _, e := range errs {
			t.Errorf("browser console: %s", e)
		}
	})
}

// stepTimeout bounds one step: a selector that never appears fails the test
// instead of hanging it, and leaves the browser alive for the screenshot.
const stepTimeout = 60 * time.Second

// step runs browser actions; on failure it saves a screenshot and stops the test.
func step(t *testing.T, ctx context.Context, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	sctx, cancel := context.WithTimeout(ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(sctx, actions...); err != nil {
		fail(t, ctx, what, err)
	}
}

func fail(t *testing.T, ctx context.Context, what string, err error) {
	t.Helper()
	dir, derr := os.MkdirTemp("", "kronik-browser-")
	if derr == nil {
		sctx, cancel := context.WithTimeout(ctx, stepTimeout)
		defer cancel()
		if png, serr := chromedp.Run(sctx, chromedp.FullScreenshot(100)); serr != nil {
			t.Logf("no screenshot: %v", serr)
		} else {
			file := filepath.Join(dir, strings.ReplaceAll(t.Name(), "/", "_")+".png")
			if werr := os.WriteFile(file, png, 0o644); werr == nil {
				t.Logf("screenshot of the failing page: %s", file)
			}
		}
	}
	t.Fatalf("%s: %v", what, err)
}

func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	sctx, cancel := context.WithTimeout(ctx, stepTimeout)
	defer cancel()
	s, err := chromedp.Run(sctx, chromedp.Text(chromedp.CSS(sel), chromedp.NodeVisible))
	if err != nil {
		fail(t, ctx, "read "+sel, err)
	}
	return s
}

func count(t *testing.T, ctx context.Context, sel string) int {
	t.Helper()
	sctx, cancel := context.WithTimeout(ctx, stepTimeout)
	defer cancel()
	nodes, err := chromedp.Run(sctx, chromedp.Nodes(chromedp.CSSAll(sel)))
	if err != nil {
		fail(t, ctx, "find "+sel, err)
	}
	return len(nodes)
}

func TestBrowserSearch(t *testing.T) {
	ctx, base := browser(t, 1200, 900)
	// The start page's search box: type and press Enter.
	step(t, ctx, "search from the start page",
		chromedp.Navigate(base+"/"),
		chromedp.SendKeys(chromedp.ID("home-q"), "perundingan"+kb.Enter),
		chromedp.WaitVisible(chromedp.CSS("ol.hits mark")),
	)
	if m := strings.ToLower(text(t, ctx, "ol.hits mark")); !strings.HasPrefix(m, "perundingan") {
		t.Errorf("first highlighted word %q, want perundingan", m)
	}
	// Live search: htmx replaces the results as the user types, under the CSP.
	step(t, ctx, "live search",
		chromedp.Navigate(base+"/search"),
		chromedp.SendKeys(chromedp.ID("q"), "talks"),
		chromedp.WaitVisible(chromedp.CSS("#results ol.hits mark")),
	)
	if m := strings.ToLower(text(t, ctx, "#results ol.hits mark")); m != "talks" {
		t.Errorf("live search highlighted %q, want talks", m)
	}
	if loc, err := chromedp.Run(ctx, chromedp.Location()); err != nil || !strings.Contains(loc, "q=talks") {
		t.Errorf("live search did not update the address: %q %v", loc, err)
	}
	// A filter chosen from the keyboard searches again: a select fires
	// "input" as a text box does, so the form needs no "change" trigger
	// (which also fired on leaving the box and swapped the results under
	// a click).
	step(t, ctx, "choose a language",
		chromedp.Focus(chromedp.ID("lang")),
		chromedp.KeyEvent(kb.ArrowDown+kb.ArrowDown),
		chromedp.Poll[chromedp.Void](`location.search.includes("lang=en")`, chromedp.WithPollingTimeout(stepTimeout)),
		chromedp.WaitNotPresent(chromedp.CSS("form.htmx-request")),
		chromedp.WaitVisible(chromedp.CSS("#results ol.hits mark")),
	)
	// A result opens the article with its entities and events marked.
	step(t, ctx, "open a result",
		chromedp.Click(chromedp.CSS("#results a.hit-title")),
		chromedp.WaitVisible(chromedp.CSS("article.doc mark.evidence")),
	)
	if n := count(t, ctx, "article.doc a.ent"); n == 0 {
		t.Error("the document page marks no entity")
	}
}

func TestBrowserEntity(t *testing.T) {
	ctx, base := browser(t, 1200, 900)
	step(t, ctx, "look up an entity",
		chromedp.Navigate(base+"/"),
		chromedp.SendKeys(chromedp.ID("home-e"), "Anwar Ibrahim"+kb.Enter),
		chromedp.WaitVisible(chromedp.CSS("#roles")),
	)
	if h := text(t, ctx, "h1"); !strings.Contains(h, "Anwar Ibrahim") {
		t.Errorf("entity page heading %q", h)
	}
	if r := text(t, ctx, "#roles + ul"); !strings.Contains(r, "Perdana Menteri") && !strings.Contains(r, "Prime Minister") {
		t.Errorf("roles %q lack his office", r)
	}
	if n := count(t, ctx, "ul.cooc li"); n == 0 {
		t.Error("no co-occurring entities")
	}
}

func TestBrowserRelationshipAndEvent(t *testing.T) {
	ctx, base := browser(t, 1200, 900)
	step(t, ctx, "open the relationship page",
		chromedp.Navigate(base+"/relationship"),
		chromedp.SendKeys(chromedp.ID("a"), "Indonesia"),
		chromedp.SendKeys(chromedp.ID("b"), "Malaysia"+kb.Enter),
		chromedp.WaitVisible(chromedp.CSS("svg.timeline circle")),
	)
	if n := count(t, ctx, "svg.timeline a circle"); n < 2 {
		t.Errorf("timeline shows %d events, want at least 2", n)
	}
	// Keyboard: focus the first dot's link and press Enter to open the event.
	step(t, ctx, "open an event from the timeline with the keyboard",
		chromedp.Focus(chromedp.CSS("svg.timeline a")),
		chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(chromedp.CSS(".context mark.evidence")),
	)
	loc, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil || !strings.Contains(loc, "/events/") {
		t.Fatalf("after the timeline, the browser is at %q (%v)", loc, err)
	}
	ev := text(t, ctx, ".context mark.evidence")
	if len(ev) < 20 {
		t.Errorf("evidence %q is too short to be a sentence", ev)
	}
	// The highlighted sentence stands inside the article's text.
	ctxText := text(t, ctx, ".context")
	if !strings.Contains(ctxText, ev) || len(ctxText) <= len(ev) {
		t.Errorf("evidence is not shown within its article text")
	}
}

func TestBrowserMap(t *testing.T) {
	ctx, base := browser(t, 1200, 900)
	step(t, ctx, "open the map from the relationship page",
		chromedp.Navigate(base+"/relationship?a=Indonesia&b=Malaysia"),
		chromedp.Click(chromedp.CSS(`a[href^="/map?"]`)),
		chromedp.WaitVisible(chromedp.CSS("svg.worldmap path.hit")),
	)
	if c := text(t, ctx, "table.events tbody tr td"); c != "Malaysia" {
		t.Errorf("first country in the map's table %q, want Malaysia", c)
	}
}

// TestScreenshots writes the README's screenshots when KRONIK_SCREENSHOTS
// names a folder (e.g. ../../docs); otherwise it does nothing.
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("KRONIK_SCREENSHOTS")
	if dir == "" {
		t.Skip("KRONIK_SCREENSHOTS not set")
	}
	ctx, base := browser(t, 1100, 1000)
	for name, path := range map[string]string{
		"relationship.png": "/relationship?a=Indonesia&b=Malaysia",
		"event.png":        "/events?type=CONSULT&actor=Indonesia&with=Malaysia",
		"map.png":          "/map",
	} {
		step(t, ctx, "load "+path, chromedp.Navigate(base+path), chromedp.WaitVisible(chromedp.CSS("main")))
		if name == "event.png" {
			// The meeting both sample outlets report: two sources, evidence marked.
			step(t, ctx, "open the event", chromedp.Click(chromedp.CSS("table.events tbody tr td:nth-child(2) a")),
				chromedp.WaitVisible(chromedp.CSS(".context mark.evidence")))
		}
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			fail(t, ctx, "screenshot "+name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
