package storetest

import (
	"context"
	"fmt"
	"path"
	"sort"
	"strings"
	"sync"
	"testing"

	"kronik/internal/cluster/clustertest"
	"kronik/internal/store"
)

// concurrentDocs are reports of events: event e (talks of Indonesia and
// partner e in Jakarta on its own day) is reported by reports outlets,
// report 1 being a copy of report 0 (a near-duplicate: one source). All
// reports of an event are alike, so that one writer clusters them the same
// in any order. docs[r][e] is report r of event e.
func concurrentDocs(events, reports int) [][]Doc {
	docs := make([][]Doc, reports)
	for r := range docs {
		for e := 0; e < events; e++ {
			partner := fmt.Sprintf("country:P%02d", e)
			day := fmt.Sprintf("2025-06-%02d", 1+e)
			body := clustertest.Story(fmt.Sprintf("Negara%d Kantor%d", e, r), 12)
			if r == 1 {
				body = "JAKARTA (Warta) - " + clustertest.Story(fmt.Sprintf("Negara%d Kantor%d", e, 0), 12)
			}
			name := fmt.Sprintf("e%02d-r%d.txt", e, r)
			docs[r] = append(docs[r], newDoc(name, "", "id", day, fmt.Sprintf("Outlet %d", r), "", body).
				entity("country:IDN", "COUNTRY", "Indonesia", "").
				entity(partner, "COUNTRY", fmt.Sprintf("Partner %d", e), "").
				event("CONSULT", "meet", day, "Jakarta", "", "", "country:IDN", partner).doc())
		}
	}
	return docs
}

// ClusterLines renders a store's event clusters without their ids (ids
// depend on which report came first): type, mode, date, place, sources,
// mentions and the sorted names of the reports, one line each, sorted: what
// two stores given the same reports must agree on, whatever order or path
// (one writer or many, SQLite or PostgreSQL) stored them. A report is named
// by the last element of its name, so that a file ingested by path and the
// same file fetched by URL are one name.
func ClusterLines(t testing.TB, s store.Store) []string {
	t.Helper()
	cs, err := s.Events(context.Background(), store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, c := range cs {
		var names []string
		for _, m := range c.Mentions {
			names = append(names, path.Base(m.Name))
		}
		sort.Strings(names)
		lines = append(lines, fmt.Sprintf("%s %s %s %s sources=%d mentions=%d: %s", c.Type, c.Mode, c.Date, c.Place,
			c.Sources, c.MentionCount, strings.Join(names, " ")))
	}
	sort.Strings(lines)
	return lines
}

// Concurrent: writers storing reports of the same events at the same
// moment (each writer stores one outlet's reports, all outlets at once;
// half the writers one document a call, half two a batch), beside reports
// of other events, end with the clusters one writer gives: one cluster per
// event with every report, the copy counted as the same source.
func Concurrent(t *testing.T, f Factory) {
	const events, reports = 6, 6
	docs := concurrentDocs(events, reports)
	one := f(t)
	defer one.Close()
	for _, ds := range docs {
		for _, d := range ds {
			put(t, one, d)
		}
	}
	want := ClusterLines(t, one)
	if len(want) != events {
		t.Fatalf("one writer made %d clusters, want %d:\n%s", len(want), events, strings.Join(want, "\n"))
	}
	for _, l := range want {
		if !strings.Contains(l, fmt.Sprintf("sources=%d mentions=%d", reports-1, reports)) {
			t.Fatalf("one writer: %s, want %d mentions from %d sources", l, reports, reports-1)
		}
	}
	many := f(t)
	defer many.Close()
	concurrently(t, many, docs)
	if got := ClusterLines(t, many); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("concurrent writers made\n%s\none writer\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// concurrently stores each docs[r] by a writer of its own, all writers at
// once: the odd ones two documents a batch (an odd last one a Put), the
// others one a Put, each in the order given. Any writer's error fails t.
func concurrently(t *testing.T, s store.Store, docs [][]Doc) {
	t.Helper()
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, len(docs))
	start := make(chan struct{})
	for r, ds := range docs {
		wg.Add(1)
		go func(ds []Doc, batch bool) {
			defer wg.Done()
			<-start
			for i := 0; i < len(ds); i += 2 {
				if !batch || i+1 == len(ds) {
					for _, d := range ds[i:min(i+2, len(ds))] {
						if _, err := s.Put(ctx, d.Src, d.Rec); err != nil {
							errs <- err
							return
						}
					}
					continue
				}
				if err := putBatch(ctx, s, ds[i], ds[i+1]); err != nil {
					errs <- err
					return
				}
			}
		}(ds, r%2 == 1)
	}
	close(start)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}

// putBatch stores ds in one PutBatch; the error is the call's or the first
// document's.
func putBatch(ctx context.Context, s store.Store, ds ...Doc) error {
	items := make([]store.Item, len(ds))
	for i, d := range ds {
		items[i] = store.Item{Src: d.Src, Rec: d.Rec}
	}
	res, err := s.PutBatch(ctx, items)
	for _, r := range res {
		if err == nil {
			err = r.Err
		}
	}
	return err
}
