package storetest

import (
	"context"
	"errors"
	"testing"
	"time"

	"kronik/internal/store"
)

// Sources is the conformance test of store.Sources: adding is idempotent by
// URL, claiming leases a due source so that a second claim does not get it
// until the lease runs out, updates are read back, pages are done once
// stored or after MaxPageAttempts failures, and removing a source keeps its
// pages.
func Sources(t *testing.T, s store.Sources) {
	ctx := context.Background()
	t0 := time.Date(2026, 1, 5, 8, 0, 0, 0, time.UTC)
	a, added, err := s.AddSource(ctx, store.FeedSource{URL: "https://a.example/rss", Kind: "feed", Added: t0, Interval: 15 * time.Minute})
	if err != nil || !added || a.ID == 0 || a.Kind != "feed" || !a.NextPoll.Equal(t0) {
		t.Fatalf("AddSource: %+v, %v, %v", a, added, err)
	}
	again, added, err := s.AddSource(ctx, store.FeedSource{URL: "https://a.example/rss", Kind: "sitemap", Added: t0.Add(time.Hour)})
	if err != nil || added || again.ID != a.ID || again.Kind != "feed" {
		t.Fatalf("AddSource again: %+v, %v, %v; want the stored source unchanged", again, added, err)
	}
	b, _, err := s.AddSource(ctx, store.FeedSource{URL: "https://b.example/sitemap.xml", Kind: "sitemap", Added: t0, NextPoll: t0.Add(time.Hour)})
	if err != nil {
		t.Fatal(err)
	}

	// Only a is due at t0; claiming it leases it.
	due, err := s.ClaimDue(ctx, t0, 10*time.Minute, 10)
	if err != nil || len(due) != 1 || due[0].ID != a.ID {
		t.Fatalf("ClaimDue(t0) = %+v, %v; want a", due, err)
	}
	if due, _ := s.ClaimDue(ctx, t0.Add(time.Minute), 10*time.Minute, 10); len(due) != 0 {
		t.Fatalf("claimed again within its lease: %+v", due)
	}
	// A watcher that died mid-poll: the source is due again after the lease.
	due, _ = s.ClaimDue(ctx, t0.Add(11*time.Minute), 10*time.Minute, 10)
	if len(due) != 1 || due[0].ID != a.ID {
		t.Fatalf("after the lease: %+v; want a", due)
	}
	// Both due later; limit is honoured, earliest first.
	due, _ = s.ClaimDue(ctx, t0.Add(2*time.Hour), time.Minute, 1)
	if len(due) != 1 || due[0].ID != a.ID {
		t.Fatalf("limit 1: %+v", due)
	}

	up := due[0]
	up.Interval, up.NextPoll, up.ETag, up.LastModified = 30*time.Minute, t0.Add(3*time.Hour), `"e1"`, "Mon, 05 Jan 2026 08:00:00 GMT"
	up.LastFetch, up.LastStatus, up.Items, up.Failures, up.Errors, up.Disabled = t0.Add(2*time.Hour), "ok", 7, 0, 2, ""
	if err := s.UpdateSource(ctx, up); err != nil {
		t.Fatal(err)
	}
	list, err := s.ListSources(ctx)
	if err != nil || len(list) != 2 || list[0].ID != a.ID || list[1].ID != b.ID {
		t.Fatalf("ListSources = %+v, %v", list, err)
	}
	got := list[0]
	if got.Interval != up.Interval || !got.NextPoll.Equal(up.NextPoll) || got.ETag != up.ETag || got.LastModified != up.LastModified ||
		!got.LastFetch.Equal(up.LastFetch) || got.LastStatus != "ok" || got.Items != 7 || got.Errors != 2 {
		t.Errorf("read back %+v, want %+v", got, up)
	}
	// A disabled source is never due.
	bl := list[1]
	bl.Disabled = "HTTP 404 five times"
	if err := s.UpdateSource(ctx, bl); err != nil {
		t.Fatal(err)
	}
	if due, _ := s.ClaimDue(ctx, t0.Add(48*time.Hour), time.Minute, 10); len(due) != 1 || due[0].ID != a.ID {
		t.Fatalf("disabled source claimed: %+v", due)
	}

	// Pages.
	pages := []struct {
		p    store.Page
		done bool
	}{
		{store.Page{URL: "https://a.example/1", SourceID: a.ID, Status: store.PageStored, Hash: "h1"}, true},
		{store.Page{URL: "https://a.example/2", SourceID: a.ID, Status: store.PageReserved, TDM: "header", NoAI: true}, true},
		{store.Page{URL: "https://a.example/3", SourceID: a.ID, Status: store.PageFailed, Error: "timeout"}, false},
	}
	for _, tc := range pages {
		if err := s.MarkPage(ctx, tc.p); err != nil {
			t.Fatal(err)
		}
		if done, err := s.PageDone(ctx, tc.p.URL); err != nil || done != tc.done {
			t.Errorf("PageDone(%s) = %v, %v; want %v", tc.p.URL, done, err, tc.done)
		}
	}
	if done, _ := s.PageDone(ctx, "https://a.example/never"); done {
		t.Error("an unseen page is done")
	}
	for i := 1; i < store.MaxPageAttempts; i++ {
		s.MarkPage(ctx, pages[2].p)
	}
	if done, _ := s.PageDone(ctx, pages[2].p.URL); !done {
		t.Errorf("page failed %d times is not done", store.MaxPageAttempts)
	}
	ps, err := s.Pages(ctx, a.ID, 0)
	if err != nil || len(ps) != 3 {
		t.Fatalf("Pages = %+v, %v", ps, err)
	}
	for _, p := range ps {
		if p.URL == "https://a.example/2" && (p.TDM != "header" || !p.NoAI || p.Status != store.PageReserved) {
			t.Errorf("reservation not recorded: %+v", p)
		}
	}

	if err := s.RemoveSource(ctx, "https://a.example/rss"); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveSource(ctx, "https://a.example/rss"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("remove twice: %v, want ErrNotFound", err)
	}
	if done, _ := s.PageDone(ctx, "https://a.example/1"); !done {
		t.Error("a removed source's stored page is to be fetched again")
	}
	if err := s.UpdateSource(ctx, up); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("update of a removed source: %v, want ErrNotFound", err)
	}
}
