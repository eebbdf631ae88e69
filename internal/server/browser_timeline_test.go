//go:build browser

package server

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserBusyTimeline: a pair with an event a day gets a timeline of
// counted bars, and clicking one opens the list of the events it counts.
func TestBrowserBusyTimeline(t *testing.T) {
	chromium(t)
	_, db := newTestServer(t, "")
	srv := mustNew(t, Options{Store: manyEvents{db, 15000}})
	ctx, base := browserOn(t, srv, 1100, 800)
	step(t, ctx, "open the relationship",
		chromedp.Navigate(base+"/relationship?a=Indonesia&b=Malaysia"),
		chromedp.WaitVisible(chromedp.CSS("svg.timeline a rect.bin")),
	)
	n, err := chromedp.Run(ctx, chromedp.TextContent(chromedp.CSS("svg.timeline a text.count")))
	if err != nil {
		fail(t, ctx, "read the first bar's count", err)
	}
	step(t, ctx, "click the first bar",
		chromedp.Click(chromedp.CSS("svg.timeline a rect.bin")),
		chromedp.WaitVisible(chromedp.CSS("table.events tbody tr")),
	)
	if rows := count(t, ctx, "table.events tbody tr"); n == "" || strings.TrimSpace(n) != strconv.Itoa(rows) {
		t.Errorf("a bar counting %q events opened a list of %d", n, rows)
	}
}
