package server

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"

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
	srv, err := New(Options{Store: twoAnwars{db}})
	if err != nil {
		t.Fatal(err)
	}
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
	srv, err := New(Options{Store: brokenStore{db}})
	if err != nil {
		t.Fatal(err)
	}
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
