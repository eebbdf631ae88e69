package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"kronik/internal/store"
)

// twoAnwars is a store where one name stands for two people.
type twoAnwars struct{ store.Store }

func (twoAnwars) FindEntities(context.Context, string) ([]store.EntityRef, error) {
	return []store.EntityRef{
		{ID: "person:anwar-ibrahim", Type: "PERSON", Name: "Anwar Ibrahim", Mentions: 4},
		{ID: "person:anwar-other", Type: "PERSON", Name: "Anwar <Other>", Mentions: 1},
	}, nil
}

func TestAmbiguousName(t *testing.T) {
	_, db := newTestServer(t, "")
	srv := mustNew(t, Options{Store: twoAnwars{db}})
	res := do(t, srv, "GET", "/entity?name=Anwar", nil, nil)
	b, _ := io.ReadAll(res.Body)
	body := string(b)
	if res.StatusCode != http.StatusOK || !strings.Contains(body, `href="/entities/person:anwar-ibrahim"`) ||
		!strings.Contains(body, "Anwar &lt;Other&gt;") {
		t.Errorf("ambiguous name: status %d, want a list of both people:\n%s", res.StatusCode, body)
	}
}

// brokenStore fails every search and events query, as a lost database would.
type brokenStore struct{ store.Store }

var errDisk = errors.New("disk I/O error at /var/lib/secret/kronik.db")

func (brokenStore) Search(context.Context, store.SearchQuery) ([]store.Hit, error) {
	return nil, errDisk
}
func (brokenStore) Events(context.Context, store.EventFilter) ([]store.Cluster, error) {
	return nil, errDisk
}

func TestStoreFailure(t *testing.T) {
	_, db := newTestServer(t, "")
	srv := mustNew(t, Options{Store: brokenStore{db}})
	for _, target := range []string{"/api/search?q=x", "/api/events", "/search?q=x", "/", "/events"} {
		res := do(t, srv, "GET", target, nil, nil)
		b, _ := io.ReadAll(res.Body)
		if res.StatusCode != http.StatusInternalServerError {
			t.Errorf("GET %s: status %d, want 500", target, res.StatusCode)
		}
		if strings.Contains(string(b), "secret") {
			t.Errorf("GET %s: the error's details reached the client: %s", target, b)
		}
		if strings.HasPrefix(target, "/api/") {
			var e apiError
			if json.Unmarshal(b, &e) != nil || e.Status != 500 {
				t.Errorf("GET %s: body %s is not a JSON error", target, b)
			}
		}
	}
}

// manyEvents is a store holding n meetings, one a day, as a large knowledge
// base does; it answers the type and date filters, not the actor ones; every
// other method is the wrapped store's.
type manyEvents struct {
	store.Store
	n int
}

func (m manyEvents) Events(_ context.Context, f store.EventFilter) ([]store.Cluster, error) {
	n := m.n
	if f.Limit > 0 {
		n = min(n, f.Limit)
	}
	out := make([]store.Cluster, 0, n)
	day := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := m.n - 1; i >= 0 && len(out) < n; i-- { // the newest n
		modality := "occurred"
		if i%10 == 0 {
			modality = "planned"
		}
		date := day.AddDate(0, 0, i).Format("2006-01-02")
		// The type and date filters as the store reads them: a date
		// compared at the filter's precision.
		if f.Type != "" && f.Type != "CONSULT" || f.From != "" && date[:len(f.From)] < f.From || f.To != "" && date[:len(f.To)] > f.To {
			continue
		}
		out = append(out, store.Cluster{
			ID: fmt.Sprintf("ev%05d", i), Type: "CONSULT", Mode: "meet", Modality: modality, Date: date,
			Actors: []string{"country:IDN", "country:MYS"}, Sources: 1, MentionCount: 1,
			ActorNames: map[string]string{"country:IDN": "Indonesia", "country:MYS": "Malaysia"},
		})
	}
	slices.Reverse(out) // in date order
	return out, nil
}

// EventPlaces counts what Events returns, as the stores' conformance test
// requires of them.
func (m manyEvents) EventPlaces(ctx context.Context, f store.EventFilter) ([]store.PlaceCount, error) {
	cs, err := m.Events(ctx, f)
	return store.CountPlaces(cs), err
}

// TestEventPagesOfAManyEventStore: every events page answers when there are
// more events than one page holds, and says where it stands in the list.
func TestEventPagesOfAManyEventStore(t *testing.T) {
	_, db := newTestServer(t, "")
	srv := mustNew(t, Options{Store: manyEvents{db, 15000}})
	for _, c := range []struct{ target, want string }{
		{"/events", "Events 1–20, newest first"},
		{"/events?offset=20", "Events 21–40"},
		{"/events?type=CONSULT&actor=Indonesia", "Events 1–20"},
		{"/events?limit=100&offset=9900", "Events 9901–10000"},
	} {
		res := do(t, srv, "GET", c.target, nil, nil)
		b, _ := io.ReadAll(res.Body)
		if res.StatusCode != http.StatusOK || !strings.Contains(string(b), c.want) || !strings.Contains(string(b), `rel="next"`) {
			t.Errorf("GET %s: status %d, want 200 with %q and a next page", c.target, res.StatusCode, c.want)
		}
	}
	// The last page of a short list counts its events.
	small := mustNew(t, Options{Store: manyEvents{db, 7}})
	res := do(t, small, "GET", "/events", nil, nil)
	if b, _ := io.ReadAll(res.Body); res.StatusCode != http.StatusOK || !strings.Contains(string(b), "7 events") {
		t.Errorf("GET /events of 7 events: status %d, want the count", res.StatusCode)
	}
}

// TestMapOfAManyEventStore: the map says when it counts only the latest
// events, and does not count planned ones as held.
func TestMapOfAManyEventStore(t *testing.T) {
	_, db := newTestServer(t, "")
	for _, c := range []struct {
		n    int
		want string
	}{
		{15000, "The latest 5000 events are counted; older ones are not; 500 planned or not held, not mapped"},
		{20, "20 events; 2 planned or not held, not mapped"},
	} {
		srv := mustNew(t, Options{Store: manyEvents{db, c.n}})
		res := do(t, srv, "GET", "/map", nil, nil)
		b, _ := io.ReadAll(res.Body)
		if res.StatusCode != http.StatusOK || !strings.Contains(string(b), c.want) {
			t.Errorf("map of %d events: status %d, want %q", c.n, res.StatusCode, c.want)
		}
	}
}

// TestRelationshipOfAManyEventStore: the relationship page says that it
// lists the latest events and that older ones exist.
func TestRelationshipOfAManyEventStore(t *testing.T) {
	_, db := newTestServer(t, "")
	srv := mustNew(t, Options{Store: manyEvents{db, 15000}})
	res := do(t, srv, "GET", "/relationship?a=Indonesia&b=Malaysia", nil, nil)
	b, _ := io.ReadAll(res.Body)
	for _, want := range []string{"Events (the latest 100)", "older events exist"} {
		if res.StatusCode != http.StatusOK || !strings.Contains(string(b), want) {
			t.Errorf("relationship of 15000 events: status %d, page lacks %q", res.StatusCode, want)
		}
	}
}

// countingStore counts the store calls the map makes and the rows they
// return, around a manyEvents store.
type countingStore struct {
	manyEvents
	calls, rows *int
	limits      *[]store.EventFilter
}

func (c countingStore) Events(ctx context.Context, f store.EventFilter) ([]store.Cluster, error) {
	*c.calls++
	*c.limits = append(*c.limits, f)
	cs, err := c.manyEvents.Events(ctx, f)
	*c.rows += len(cs)
	for _, cl := range cs {
		*c.rows += len(cl.Mentions)
	}
	return cs, err
}

func (c countingStore) EventPlaces(ctx context.Context, f store.EventFilter) ([]store.PlaceCount, error) {
	*c.calls++
	*c.limits = append(*c.limits, f)
	pcs, err := c.manyEvents.EventPlaces(ctx, f)
	*c.rows += len(pcs)
	return pcs, err
}

func (c countingStore) FindEntities(ctx context.Context, name string) ([]store.EntityRef, error) {
	*c.calls++
	return c.manyEvents.FindEntities(ctx, name)
}

func (c countingStore) Entity(ctx context.Context, id string) (store.EntityProfile, error) {
	*c.calls++
	return c.manyEvents.Entity(ctx, id)
}

// TestMapWorkIsBounded: the map's store calls and rows read do not grow with
// the store, it reads counts of events by place and not the events, and
// asking again while the store is unchanged reads nothing but the store's
// counts.
func TestMapWorkIsBounded(t *testing.T) {
	_, db := newTestServer(t, "")
	type work struct{ calls, rows int }
	measure := func(n int, targets ...string) (first, again work, fs []store.EventFilter) {
		var calls, rows int
		srv := mustNew(t, Options{Store: countingStore{manyEvents{db, n}, &calls, &rows, &fs}})
		for i, target := range targets {
			res := do(t, srv, "GET", target, nil, nil)
			io.Copy(io.Discard, res.Body)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("GET %s on %d events: status %d", target, n, res.StatusCode)
			}
			if i == 0 {
				first, calls, rows = work{calls, rows}, 0, 0
			}
		}
		return first, work{calls, rows}, fs
	}
	small, _, _ := measure(6000, "/map")
	large, again, fs := measure(60000, "/map", "/map", "/map?type=CONSULT", "/map")
	if large.calls != small.calls || large.rows != small.rows {
		t.Errorf("map of 60,000 events: %+v store calls and rows, of 6,000: %+v; want the same", large, small)
	}
	if large.rows > mapEvents+1 {
		t.Errorf("map read %d rows, want at most %d", large.rows, mapEvents+1)
	}
	// The second and fourth request are answered from the kept map; the
	// third is another query and reads its counts: of the latest
	// mapEvents+1 events, then, older ones existing, of the latest mapEvents.
	if again.calls != 2 {
		t.Errorf("asking again: %d store calls, want 2 (the other query's)", again.calls)
	}
	for i, f := range fs {
		if want := []int{mapEvents + 1, mapEvents}[i%2]; f.Limit != want {
			t.Errorf("map asked for %+v, want the latest %d events", f, want)
		}
	}
}

// TestBusyTimelineLinksToItsEvents: on the relationship page of a pair with
// an event a day, the timeline draws counted bars, and the list each links
// to holds exactly the events it counts.
func TestBusyTimelineLinksToItsEvents(t *testing.T) {
	_, db := newTestServer(t, "")
	srv := mustNew(t, Options{Store: manyEvents{db, 15000}})
	res := do(t, srv, "GET", "/relationship?a=Indonesia&b=Malaysia", nil, nil)
	b, _ := io.ReadAll(res.Body)
	bins := binRE.FindAllStringSubmatch(string(b), -1)
	if res.StatusCode != http.StatusOK || len(bins) == 0 {
		t.Fatalf("relationship of an event a day: status %d, %d counted bars, want some", res.StatusCode, len(bins))
	}
	for _, bin := range bins {
		q := html.UnescapeString(bin[1])
		res := do(t, srv, "GET", "/api/events?limit=100&"+q, nil, nil)
		var list struct{ Total *int }
		if err := json.NewDecoder(res.Body).Decode(&list); err != nil || list.Total == nil {
			t.Fatalf("GET /api/events?%s: status %d, no total (%v)", q, res.StatusCode, err)
		}
		if want, _ := strconv.Atoi(bin[2]); *list.Total != want {
			t.Errorf("a bar counting %d events links to a list of %d (%s)", want, *list.Total, q)
		}
		if !strings.Contains(q, "actor=country%3AIDN") || !strings.Contains(q, "with=country%3AMYS") {
			t.Errorf("a bar links to %s, want the pair's filters", q)
		}
	}
}

// crowdStore lists one summit of 120 actors of which a list answer carries
// three (store.ActorsShown stands in for the cut, which the stores test).
type crowdStore struct{ store.Store }

func (crowdStore) Events(context.Context, store.EventFilter) ([]store.Cluster, error) {
	return []store.Cluster{{ID: "evt:crowd", Type: "CONSULT", Mode: "multilateral", Date: "2025-10-20",
		Modality: "occurred", Actors: []string{"country:IDN", "country:MYS", "country:SGP"}, ActorCount: 120,
		ActorNames: map[string]string{"country:IDN": "Indonesia", "country:MYS": "Malaysia", "country:SGP": "Singapore"},
		Sources:    1, Mentions: []store.Mention{}, MentionCount: 1}}, nil
}

// TestActorsLeftOut: a list of events says how many actors it left out of
// a cluster ("and 117 more") and the API gives their count.
func TestActorsLeftOut(t *testing.T) {
	_, db := newTestServer(t, "")
	srv := mustNew(t, Options{Store: crowdStore{db}})
	res := do(t, srv, "GET", "/events", nil, nil)
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK || !strings.Contains(string(b), ">Singapore</a> and 117 more</td>") {
		t.Errorf("/events: status %d, want the three actors shown and 117 more:\n%s", res.StatusCode, b)
	}
	var p apiPage[eventJSON]
	getJSON(t, srv, "/api/events", http.StatusOK, &p)
	if len(p.Items) != 1 || len(p.Items[0].Actors) != 3 || p.Items[0].ActorCount != 120 {
		t.Errorf("/api/events = %+v, want one event of 3 actors shown and actor_count 120", p.Items)
	}
}
