package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a bytes.Buffer safe for the server goroutine and the test.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestServeDemo runs `kronik serve --demo` on a free port, asks it what it
// holds, and stops it as Ctrl-C would.
func TestServeDemo(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout, stderr lockedBuffer
	done := make(chan error, 1)
	go func() {
		done <- runServe(ctx, []string{"--demo", "--addr", "127.0.0.1:0", "--token", ""}, nil, &stdout, &stderr)
	}()
	listening := regexp.MustCompile(`serving (http://127\.0\.0\.1:\d+)/`)
	var base string
	for deadline := time.Now().Add(60 * time.Second); base == ""; time.Sleep(50 * time.Millisecond) {
		if m := listening.FindStringSubmatch(stdout.String()); m != nil {
			base = m[1]
		}
		select {
		case err := <-done:
			t.Fatalf("serve stopped early: %v\n%s%s", err, stdout.String(), stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve did not start:\n%s%s", stdout.String(), stderr.String())
		}
	}
	if !strings.Contains(stdout.String(), "demo: 3 sample articles") || !strings.Contains(stdout.String(), "read-only") {
		t.Errorf("start-up message:\n%s", stdout.String())
	}
	res, err := http.Get(base + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	var h struct {
		Stats struct{ Documents, Clusters int } `json:"stats"`
	}
	json.NewDecoder(res.Body).Decode(&h)
	res.Body.Close()
	if h.Stats.Documents != 3 || h.Stats.Clusters == 0 {
		t.Errorf("demo store holds %+v, want the 3 sample articles and their events", h.Stats)
	}
	// The search tables are read into the cache in the background (--prewarm).
	for deadline := time.Now().Add(20 * time.Second); !strings.Contains(stderr.String(), "search tables read into the cache"); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("no prewarm logged:\n%s", stderr.String())
		}
	}
	res, err = http.Post(base+"/api/documents", "application/json", strings.NewReader(`{"text":"x"}`))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusForbidden {
		t.Errorf("POST to a read-only server: status %d, want 403", res.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve after Ctrl-C: %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop")
	}
}

func TestServeUsage(t *testing.T) {
	var out bytes.Buffer
	if code := run([]string{"serve", "extra"}, nil, &out, &out); code != exitUsage {
		t.Errorf("serve with an argument: exit %d, want %d", code, exitUsage)
	}
}
