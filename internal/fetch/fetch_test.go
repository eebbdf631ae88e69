package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// testFetcher fetches from loopback test servers: the private-address guard
// is switched off explicitly, and hosts are not rate limited beyond a
// millisecond so that the tests do not wait.
func testFetcher(opt Options) *Fetcher {
	opt.AllowPrivate = true
	if opt.HostInterval == 0 {
		opt.HostInterval = time.Millisecond
	}
	return New(opt)
}

func TestRefusedAddresses(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"127.0.0.1", true},
		{"10.1.2.3", true},
		{"192.168.0.10", true},
		{"172.16.5.5", true},
		{"169.254.169.254", true},
		{"100.100.100.200", true},
		{"100.64.0.1", true},
		{"0.0.0.0", true},
		{"::1", true},
		{"fe80::1", true},
		{"fd00::1", true},
		{"::ffff:127.0.0.1", true},
		{"8.8.8.8", false},
		{"203.0.113.7", false},
		{"2001:4860:4860::8888", false},
	}
	for _, tc := range tests {
		if got := refused(netip.MustParseAddr(tc.addr)); got != tc.want {
			t.Errorf("refused(%s) = %v, want %v", tc.addr, got, tc.want)
		}
	}
}

// TestGuardRefusesRedirectToLoopback keeps the guard on: the first server
// stands for a public host (AllowAddrs), and its redirect to another
// loopback address is refused at the dial, after resolution.
func TestGuardRefusesRedirectToLoopback(t *testing.T) {
	var reached atomic.Int32
	inner := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		reached.Add(1)
		fmt.Fprint(w, "internal secret")
	}))
	defer inner.Close()
	outer := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, inner.URL+"/admin", http.StatusFound)
	}))
	defer outer.Close()
	f := New(Options{AllowAddrs: []string{outer.Listener.Addr().String()}, IgnoreRobots: true, HostInterval: time.Millisecond})
	_, err := f.Get(context.Background(), Request{URL: outer.URL + "/story"})
	if !errors.Is(err, ErrPrivate) {
		t.Fatalf("redirect to %s: err = %v, want ErrPrivate", inner.URL, err)
	}
	if reached.Load() != 0 {
		t.Fatal("the private server was reached")
	}
	// The same URL given directly is refused as well.
	if _, err := f.Get(context.Background(), Request{URL: inner.URL + "/"}); !errors.Is(err, ErrPrivate) {
		t.Fatalf("direct: err = %v, want ErrPrivate", err)
	}
}

func TestRobots(t *testing.T) {
	var robotsHits atomic.Int32
	robots := "User-agent: *\nDisallow: /private/\n\nUser-agent: kronik\nDisallow: /no-kronik/\nAllow: /\nCrawl-delay: 0.01\n\nSitemap: /sitemap.xml\n"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			robotsHits.Add(1)
			fmt.Fprint(w, robots)
			return
		}
		fmt.Fprint(w, "ok")
	}))
	defer srv.Close()
	f := testFetcher(Options{})
	tests := []struct {
		path string
		err  error
	}{
		{"/news/1", nil},
		{"/private/x", nil}, // kronik's own group replaces "*"
		{"/no-kronik/x", ErrDisallowed},
		{"/no-kronik", nil},
	}
	for _, tc := range tests {
		_, err := f.Get(context.Background(), Request{URL: srv.URL + tc.path})
		if !errors.Is(err, tc.err) {
			t.Errorf("%s: err = %v, want %v", tc.path, err, tc.err)
		}
	}
	if n := robotsHits.Load(); n != 1 {
		t.Errorf("robots.txt fetched %d times, want once (cached)", n)
	}
}

func TestRobotsUnavailable(t *testing.T) {
	tests := []struct {
		name   string
		status int
		want   string // "allow", "retry"
	}{
		{"missing means allow all", 404, "allow"},
		{"forbidden means allow all", 403, "allow"},
		{"429 backs off", 429, "retry"},
		{"500 backs off", 500, "retry"},
		{"503 backs off", 503, "retry"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var pages atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/robots.txt" {
					w.WriteHeader(tc.status)
					return
				}
				pages.Add(1)
				fmt.Fprint(w, "ok")
			}))
			defer srv.Close()
			_, err := testFetcher(Options{}).Get(context.Background(), Request{URL: srv.URL + "/a"})
			var re *RetryError
			switch tc.want {
			case "allow":
				if err != nil || pages.Load() != 1 {
					t.Fatalf("err = %v, pages = %d; want the page fetched", err, pages.Load())
				}
			case "retry":
				if !errors.As(err, &re) || pages.Load() != 0 {
					t.Fatalf("err = %v, pages = %d; want a RetryError and no page", err, pages.Load())
				}
			}
		})
	}
}

func TestConditionalGet(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Mon, 01 Dec 2025 10:00:00 GMT")
		fmt.Fprint(w, "body")
	}))
	defer srv.Close()
	f := testFetcher(Options{IgnoreRobots: true})
	r, err := f.Get(context.Background(), Request{URL: srv.URL})
	if err != nil || string(r.Body) != "body" || r.ETag != `"v1"` || r.LastModified == "" {
		t.Fatalf("first: %+v, %v", r, err)
	}
	r, err = f.Get(context.Background(), Request{URL: srv.URL, ETag: r.ETag, LastModified: r.LastModified})
	if err != nil || !r.NotModified || len(r.Body) != 0 {
		t.Fatalf("second: %+v, %v; want 304", r, err)
	}
}

func TestRetryAfter(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Retry-After", "120")
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	defer srv.Close()
	// A fixed clock: the retry time is asserted exactly, not within a
	// window of the wall clock.
	at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	f := testFetcher(Options{IgnoreRobots: true, Now: func() time.Time { return at }})
	_, err := f.Get(context.Background(), Request{URL: srv.URL + "/a"})
	var re *RetryError
	if !errors.As(err, &re) || re.Status != 429 {
		t.Fatalf("err = %v, want a 429 RetryError", err)
	}
	if d := re.Until.Sub(at); d != 120*time.Second {
		t.Errorf("retry in %v, want 120s", d)
	}
	// The host is left alone until then: no second request is sent.
	if _, err := f.Get(context.Background(), Request{URL: srv.URL + "/b"}); !errors.As(err, &re) {
		t.Fatalf("second: err = %v, want RetryError", err)
	}
	if hits.Load() != 1 {
		t.Errorf("server hit %d times, want 1", hits.Load())
	}
}

func TestRetryAfterValue(t *testing.T) {
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	tests := []struct {
		v    string
		want time.Duration
	}{
		{"30", 30 * time.Second},
		{"", defaultRetry},
		{"soon", defaultRetry},
		{now.Add(10 * time.Minute).Format(http.TimeFormat), 10 * time.Minute},
		{"9999999", maxRetry},
		{"0", time.Second},
	}
	for _, tc := range tests {
		if got := retryAfter(tc.v, now); got != tc.want {
			t.Errorf("retryAfter(%q) = %v, want %v", tc.v, got, tc.want)
		}
	}
}

func TestLimits(t *testing.T) {
	var bomb bytes.Buffer
	zw := gzip.NewWriter(&bomb)
	zw.Write(bytes.Repeat([]byte("a"), 4<<20))
	zw.Close()
	mux := http.NewServeMux()
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		chunk := bytes.Repeat([]byte("x"), 4096)
		for r.Context().Err() == nil {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/trickle", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(200)
		for i := 0; i < 50 && r.Context().Err() == nil; i++ {
			w.Write([]byte("x"))
			w.(http.Flusher).Flush()
			time.Sleep(100 * time.Millisecond)
		}
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop2", http.StatusFound)
	})
	mux.HandleFunc("/loop2", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/chain/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Path, "/chain/%d", &n)
		http.Redirect(w, r, fmt.Sprintf("/chain/%d", n+1), http.StatusFound)
	})
	mux.HandleFunc("/bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb.Bytes())
	})
	mux.HandleFunc("/ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.org/x", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f := testFetcher(Options{IgnoreRobots: true, MaxBody: 1 << 20, HeaderTimeout: 300 * time.Millisecond, Timeout: time.Second})
	tests := []struct {
		path  string
		check func(error) bool
	}{
		{"/endless", func(err error) bool { return errors.Is(err, ErrTooLarge) }},
		{"/bomb", func(err error) bool { return errors.Is(err, ErrTooLarge) }},
		{"/slow", func(err error) bool { return err != nil && strings.Contains(err.Error(), "timeout") }},
		{"/trickle", func(err error) bool { return err != nil }},
		{"/loop", func(err error) bool { return errors.Is(err, ErrTooManyRedirects) }},
		{"/chain/0", func(err error) bool { return errors.Is(err, ErrTooManyRedirects) }},
		{"/ftp", func(err error) bool { return errors.Is(err, ErrScheme) }},
	}
	for _, tc := range tests {
		_, err := f.Get(context.Background(), Request{URL: srv.URL + tc.path})
		if !tc.check(err) {
			t.Errorf("%s: err = %v", tc.path, err)
		}
	}
	if _, err := f.Get(context.Background(), Request{URL: "file:///etc/passwd"}); !errors.Is(err, ErrScheme) {
		t.Errorf("file URL: err = %v, want ErrScheme", err)
	}
}

func TestTDM(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/.well-known/tdmrep.json", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `[{"location":"/reserved/*","tdm-reservation":1,"tdm-policy":"https://example.org/policy.json"},{"location":"/","tdm-reservation":0}]`)
	})
	mux.HandleFunc("/header", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("tdm-reservation", "1")
		fmt.Fprint(w, "<html><body>x</body></html>")
	})
	mux.HandleFunc("/meta", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<html><head><meta name="tdm-reservation" content="1"><meta name="robots" content="index, noai"></head><body>x</body></html>`)
	})
	mux.HandleFunc("/noai", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Robots-Tag", "noai, noimageai")
		fmt.Fprint(w, "<html><body>x</body></html>")
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<html><body>x</body></html>")
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f := testFetcher(Options{IgnoreRobots: true})
	tests := []struct {
		path string
		want TDM
	}{
		{"/header", TDM{Reserved: true, Source: "header"}},
		{"/meta", TDM{Reserved: true, Source: "meta", NoAI: true}},
		{"/noai", TDM{Source: "tdmrep.json", NoAI: true}},
		{"/reserved/story", TDM{Reserved: true, Source: "tdmrep.json", Policy: "https://example.org/policy.json"}},
		{"/open/story", TDM{Source: "tdmrep.json"}},
	}
	for _, tc := range tests {
		r, err := f.Get(context.Background(), Request{URL: srv.URL + tc.path})
		if err != nil {
			t.Fatal(err)
		}
		if got := f.TDMOf(context.Background(), r); got != tc.want {
			t.Errorf("%s: %+v, want %+v", tc.path, got, tc.want)
		}
	}
}

func TestTDMMatch(t *testing.T) {
	tests := []struct {
		pattern, path string
		want          bool
	}{
		{"/", "/any/thing", true},
		{"/*", "/x", true},
		{"/news/*", "/news/2025/a.html", true},
		{"/news/*", "/sport/a.html", false},
		{"*.pdf", "/doc.pdf", false}, // path.Match: * does not cross '/'
		{"/*.pdf", "/doc.pdf", true},
		{"/news/", "/news/a", true},
		{"", "/a", false},
	}
	for _, tc := range tests {
		if got := tdmMatch(tc.pattern, tc.path); got != tc.want {
			t.Errorf("tdmMatch(%q, %q) = %v, want %v", tc.pattern, tc.path, got, tc.want)
		}
	}
}

// TestReserve: every request, robots.txt included, is booked with Reserve
// under its host before it is sent, and a booking refused (the poll
// stopped while it waited) sends nothing and says why.
func TestReserve(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		fmt.Fprint(w, "ok")
	}))
	defer srv.Close()
	host := strings.TrimPrefix(srv.URL, "http://")
	var booked []string
	refuse := errors.New("stopped")
	var err error
	f := testFetcher(Options{Reserve: func(_ context.Context, h string) error {
		booked = append(booked, h)
		return err
	}})
	if _, err := f.Get(context.Background(), Request{URL: srv.URL + "/news/1"}); err != nil {
		t.Fatal(err)
	}
	if n := hits.Load(); len(booked) != 2 || booked[0] != host || booked[1] != host || n != 2 {
		t.Errorf("booked %v for %d requests, want robots.txt and the page booked under %s", booked, n, host)
	}
	err = refuse
	if _, got := f.Get(context.Background(), Request{URL: srv.URL + "/news/2"}); !errors.Is(got, refuse) {
		t.Errorf("booking refused: err %v, want %v", got, refuse)
	}
	if n := hits.Load(); n != 2 {
		t.Errorf("a request whose booking was refused was sent (%d requests)", n)
	}
}
