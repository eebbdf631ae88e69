//go:build browser

package server

import (
	"context"
	"encoding/base64"
	"net/http"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/jackc/pgx/v5/pgxpool"

	"kronik/internal/queue"
	"kronik/internal/store/postgres/pgtest"
)

// TestBrowserAdminJobs opens the job queue's UI (River UI) in chromium, as
// a browser that sent the token by Basic auth, and waits for it to list a
// queued page: the console watch fails the test on any script error or
// Content-Security-Policy violation, so the policy of /admin/jobs/ is known
// to let River UI work.
func TestBrowserAdminJobs(t *testing.T) {
	chromium(t)
	dsn := pgtest.DSN(t)
	ctx := context.Background()
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	if err := queue.Migrate(ctx, pool); err != nil {
		t.Fatal(err)
	}
	if _, err := queue.Enqueue(ctx, pool, []string{"https://news.example/2026/summit"}); err != nil {
		t.Fatal(err)
	}
	uiCtx, stop := context.WithCancel(ctx)
	t.Cleanup(stop)
	ui, err := queue.UI(uiCtx, pool, AdminJobsPath, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := adminServer(t, "s3cret", ui, "")
	if err != nil {
		t.Fatal(err)
	}
	bctx, base := browserOn(t, srv, 1280, 900)
	auth := "Basic " + base64.StdEncoding.EncodeToString([]byte("admin:s3cret"))
	sendAuth := chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if err := tg.Call(ctx, "Network.enable", map[string]any{}, nil); err != nil {
			return err
		}
		return tg.Call(ctx, "Network.setExtraHTTPHeaders", map[string]any{"headers": map[string]string{"Authorization": auth}}, nil)
	})
	step(t, bctx, "open River UI's list of available jobs",
		sendAuth,
		chromedp.Navigate(base+AdminJobsPath+"jobs?state=available"),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Poll[bool](`document.body.innerText.includes("kronik_fetch")`)(ctx, tg)
			return err
		}),
	)
	// The page's own API calls were answered, not refused.
	if res := do(t, srv, http.MethodGet, AdminJobsPath+"api/jobs?state=available", nil, map[string]string{"Authorization": auth}); res.StatusCode != http.StatusOK {
		t.Errorf("API: status %d", res.StatusCode)
	}
}
