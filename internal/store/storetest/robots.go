package storetest

import (
	"bytes"
	"context"
	"testing"
	"time"

	"kronik/internal/store"
)

// Robots is the conformance test of store.Robots: nothing is kept for an
// unknown origin; a kept file is read back with its status, body (bytes as
// given, a 4xx's empty body included) and fetch time; putting again replaces
// it; origins are told apart by scheme and port.
func Robots(t *testing.T, s store.Robots) {
	ctx := context.Background()
	t0 := time.Date(2026, 1, 5, 8, 0, 0, 123456000, time.UTC)
	if status, body, fetched, err := s.Robots(ctx, "https://a.example"); err != nil || !fetched.IsZero() || status != 0 || body != nil {
		t.Fatalf("Robots(unknown) = %d, %q, %v, %v; want nothing kept", status, body, fetched, err)
	}
	first := []byte("User-agent: *\nDisallow: /private/\n\xef\xbb\xbf\x00")
	for _, p := range []struct {
		origin string
		status int
		body   []byte
		at     time.Time
	}{
		{"https://a.example", 200, first, t0},
		{"http://a.example", 404, nil, t0.Add(time.Minute)},
		{"https://a.example:8443", 410, nil, t0.Add(2 * time.Minute)},
	} {
		if err := s.PutRobots(ctx, p.origin, p.status, p.body, p.at); err != nil {
			t.Fatal(err)
		}
	}
	check := func(origin string, status int, body []byte, at time.Time) {
		t.Helper()
		gs, gb, ga, err := s.Robots(ctx, origin)
		if err != nil || gs != status || !bytes.Equal(gb, body) || !ga.Equal(at) {
			t.Errorf("Robots(%s) = %d, %q, %v, %v; want %d, %q, %v", origin, gs, gb, ga, err, status, body, at)
		}
	}
	check("https://a.example", 200, first, t0)
	check("http://a.example", 404, nil, t0.Add(time.Minute))
	check("https://a.example:8443", 410, nil, t0.Add(2*time.Minute))

	// A day later the file is fetched again and replaces the kept one.
	next := []byte("User-agent: kronik\nCrawl-delay: 5\n")
	if err := s.PutRobots(ctx, "https://a.example", 200, next, t0.Add(24*time.Hour)); err != nil {
		t.Fatal(err)
	}
	check("https://a.example", 200, next, t0.Add(24*time.Hour))
}
