//go:build browser

package server

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"kronik/internal/bench"
	"kronik/internal/pipeline"
)

// scaleDocs is the size of the store the at-scale browser test runs on:
// enough for every list to have more than one page.
const scaleDocs = 2000

// TestBrowserAtScale browses a store of thousands of generated documents
// (internal/corpusgen) besides the demo: the events list pages on, a busy
// party's relationship page says what it leaves out, the map draws, and an
// event's page says what happened.
func TestBrowserAtScale(t *testing.T) {
	chromium(t)
	_, db := newTestServer(t, "")
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := bench.FillStore(context.Background(), p, db, 100, scaleDocs, 1); err != nil {
		t.Fatal(err)
	}
	srv := mustNew(t, Options{Store: db})
	ctx, base := browserOn(t, srv, 1200, 900)
	step(t, ctx, "list the events",
		chromedp.Navigate(base+"/events"),
		chromedp.WaitVisible(chromedp.CSS("table.events")),
	)
	if n := text(t, ctx, "main p.note"); !strings.Contains(n, "Events 1–20") {
		t.Errorf("first events page says %q", n)
	}
	step(t, ctx, "next page",
		chromedp.Click(chromedp.CSS(`a[rel="next"]`)),
		chromedp.WaitVisible(chromedp.CSS(`a[rel="prev"]`)),
	)
	if n := text(t, ctx, "main p.note"); !strings.Contains(n, "Events 21–40") {
		t.Errorf("second events page says %q", n)
	}
	step(t, ctx, "open an event",
		chromedp.Click(chromedp.CSS("table.events tbody tr td:nth-child(2) a")),
		chromedp.WaitVisible(chromedp.CSS("dl.facts")),
	)
	if h := text(t, ctx, "h1"); len(strings.Fields(h)) < 4 {
		t.Errorf("event heading %q does not say who did what", h)
	}
	step(t, ctx, "a busy party's relationships",
		chromedp.Navigate(base+"/relationship?a=Indonesia"),
		chromedp.WaitVisible(chromedp.CSS("svg.timeline circle")),
	)
	if h := text(t, ctx, "#evs"); !strings.Contains(h, "the latest") {
		t.Errorf("events heading %q of a busy party does not say it lists the latest", h)
	}
	step(t, ctx, "the map",
		chromedp.Navigate(base+"/map"),
		chromedp.WaitVisible(chromedp.CSS("svg.worldmap path.hit")),
	)
	if n := count(t, ctx, "table.events tbody tr"); n < 3 {
		t.Errorf("the map's table lists %d countries", n)
	}
}
