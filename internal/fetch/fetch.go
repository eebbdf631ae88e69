// Package fetch is kronik's polite HTTP fetcher for news: feeds, sitemaps and
// article pages. It is built in the style of Miniflux's fetcher
// (internal/reader/fetcher): one http.Client with a timeout for each stage
// (connect, TLS, response header, whole request), capped bodies, a dialer
// that refuses private addresses after DNS resolution, and bounded
// redirects. On top of that it is polite to the hosts it reads: robots.txt
// (RFC 9309) for kronik's user agent and "*", cached for at most a day, with
// Crawl-delay; a per-host rate limit (golang.org/x/time/rate); 429 and 503
// answered by waiting for Retry-After; conditional GET; and
// text-and-data-mining reservations read from headers, meta tags and
// /.well-known/tdmrep.json.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// UserAgent is the product token kronik sends and looks for in robots.txt.
const UserAgent = "kronik"

// Defaults for Options left zero.
const (
	DefaultTimeout       = 30 * time.Second
	DefaultHeaderTimeout = 15 * time.Second
	DefaultMaxBody       = 20 << 20 // as source.MaxSize: what the pipeline accepts
	DefaultMaxRedirects  = 5        // RFC 9309 asks crawlers to follow at least five for robots.txt
	DefaultHostInterval  = time.Second
	DefaultRobotsTTL     = 24 * time.Hour // RFC 9309 §2.4: do not use a cached robots.txt longer than a day
	// MaxCrawlDelay bounds what a robots.txt Crawl-delay can impose: a site
	// asking for an hour between requests is read at most this slowly
	// rather than blocking a round for hours.
	MaxCrawlDelay = time.Minute
)

// Errors a caller tells apart with errors.Is / errors.As.
var (
	// ErrDisallowed: robots.txt disallows the path for kronik.
	ErrDisallowed = errors.New("disallowed by robots.txt")
	// ErrTooLarge: the body was longer than Options.MaxBody (cut, not read whole).
	ErrTooLarge = errors.New("response body too large")
	// ErrTooManyRedirects: more hops than Options.MaxRedirects, or a loop.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrScheme: only http and https are fetched.
	ErrScheme = errors.New("only http and https URLs are fetched")
)

// RetryError says that the host asked kronik to come back later (429 or 503
// with Retry-After), or that robots.txt could not be read and the host must
// be tried again later rather than crawled blindly.
type RetryError struct {
	URL    string
	Status int       // the HTTP status, 0 for a network error on robots.txt
	Until  time.Time // not before
	Reason string
}

func (e *RetryError) Error() string {
	return fmt.Sprintf("%s: %s; retry after %s", e.URL, e.Reason, e.Until.UTC().Format(time.RFC3339))
}

// StatusError is any other non-success HTTP answer.
type StatusError struct {
	URL    string
	Status int
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("%s: HTTP %d %s", e.URL, e.Status, http.StatusText(e.Status))
}

// Options configure a Fetcher. Zero values take the defaults above.
type Options struct {
	// UserAgent is the full User-Agent header; its first product token
	// should be UserAgent so that robots.txt groups for kronik apply.
	UserAgent string
	// AllowPrivate lets requests reach private, loopback and link-local
	// addresses (a user's own intranet; tests on httptest servers).
	AllowPrivate bool
	// AllowAddrs are "ip:port" addresses let through the guard although
	// private (one intranet feed server; a test server standing for a
	// public host while the guard stays on for every other address).
	AllowAddrs    []string
	Timeout       time.Duration // whole request, body included
	HeaderTimeout time.Duration // until the response header arrives
	MaxBody       int64
	MaxRedirects  int
	// HostInterval is the least time between two requests to one host;
	// a longer robots.txt Crawl-delay (up to MaxCrawlDelay) wins.
	HostInterval time.Duration
	// Reserve, when not nil, books each request to a host (host:port) with
	// a schedule shared beyond this process, waiting until the request may
	// go: the job queue's per-host row, so that fetchers on many machines
	// keep one interval between them. The in-process limit still applies.
	Reserve   func(ctx context.Context, host string) error
	RobotsTTL time.Duration
	// Robots keeps robots.txt files across processes; nil keeps them in
	// this process only.
	Robots RobotsStore
	// IgnoreRobots is for tests of the other guards only; kronik's commands
	// never set it.
	IgnoreRobots bool
	// Client replaces the HTTP client (its transport must apply the
	// guards itself); nil builds the guarded one.
	Client *http.Client
	// Now is the clock (tests); nil is time.Now.
	Now func() time.Time
}

// Request is one GET.
type Request struct {
	URL string
	// ETag and LastModified from the previous answer make the request
	// conditional; an unchanged resource answers NotModified.
	ETag, LastModified string
	// Accept overrides the Accept header.
	Accept string
}

// Response is a fetched resource.
type Response struct {
	URL          string // after redirects
	Status       int
	NotModified  bool // 304: Body is empty, the caller's copy is current
	Header       http.Header
	Body         []byte // decoded from Content-Encoding, capped at MaxBody
	ETag         string
	LastModified string
	Fetched      time.Time
	// Request is the request line and headers as sent on the last hop, for
	// the archive.
	RequestHeader http.Header
	Method        string
	Proto         string
}

// Fetcher fetches politely. It is safe for concurrent use.
type Fetcher struct {
	opt    Options
	client *http.Client
	now    func() time.Time

	mu      sync.Mutex
	hosts   map[string]*hostState
	archive func(*Response) // called for every raw response (robots, tdmrep, pages)
}

// hostState is what the fetcher knows of one scheme://host.
type hostState struct {
	limiter    *rate.Limiter
	robots     *robotsEntry
	tdm        *tdmEntry
	retryUntil time.Time
	retryWhy   string
}

// New returns a Fetcher with the guarded client unless opt.Client is set.
func New(opt Options) *Fetcher {
	if opt.UserAgent == "" {
		opt.UserAgent = UserAgent + "/0.1 (news research; +https://github.com/kronik)"
	}
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	if opt.HeaderTimeout <= 0 {
		opt.HeaderTimeout = DefaultHeaderTimeout
	}
	if opt.MaxBody <= 0 {
		opt.MaxBody = DefaultMaxBody
	}
	if opt.MaxRedirects <= 0 {
		opt.MaxRedirects = DefaultMaxRedirects
	}
	if opt.HostInterval <= 0 {
		opt.HostInterval = DefaultHostInterval
	}
	if opt.RobotsTTL <= 0 {
		opt.RobotsTTL = DefaultRobotsTTL
	}
	f := &Fetcher{opt: opt, hosts: map[string]*hostState{}, now: opt.Now}
	if f.now == nil {
		f.now = time.Now
	}
	f.client = opt.Client
	if f.client == nil {
		f.client = newClient(opt)
	}
	return f
}

// SetArchive registers fn to receive every response fetched, before any
// decision about it (the WARC writer). Call it before the first Get.
func (f *Fetcher) SetArchive(fn func(*Response)) { f.archive = fn }

// newClient builds the guarded client: every dial checked after DNS
// resolution, stage timeouts, redirects bounded and loops refused.
func newClient(opt Options) *http.Client {
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if !opt.AllowPrivate {
		allow := map[string]bool{}
		for _, a := range opt.AllowAddrs {
			allow[a] = true
		}
		dialer.Control = guardControl(allow)
	}
	tr := &http.Transport{
		Proxy:                  nil, // a proxy would dial for us and bypass the address guard
		DialContext:            dialer.DialContext,
		TLSHandshakeTimeout:    10 * time.Second,
		ResponseHeaderTimeout:  opt.HeaderTimeout,
		ExpectContinueTimeout:  time.Second,
		MaxResponseHeaderBytes: 64 << 10,
		IdleConnTimeout:        90 * time.Second,
		MaxIdleConnsPerHost:    2,
	}
	return &http.Client{
		Transport: tr,
		Timeout:   opt.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opt.MaxRedirects {
				return fmt.Errorf("%w (more than %d)", ErrTooManyRedirects, opt.MaxRedirects)
			}
			for _, v := range via {
				if v.URL.String() == req.URL.String() {
					return fmt.Errorf("%w: loop back to %s", ErrTooManyRedirects, req.URL)
				}
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to %s: %w", req.URL, ErrScheme)
			}
			return nil
		},
	}
}

// host returns the state of u's scheme://host, creating it.
func (f *Fetcher) host(u *url.URL) *hostState {
	key := u.Scheme + "://" + u.Host
	f.mu.Lock()
	defer f.mu.Unlock()
	h := f.hosts[key]
	if h == nil {
		h = &hostState{limiter: rate.NewLimiter(rate.Every(f.opt.HostInterval), 1)}
		f.hosts[key] = h
	}
	return h
}

// Get fetches req.URL politely: robots.txt first, then the host's rate
// limit, then the request. A robots disallow returns ErrDisallowed, a host
// that asked to wait a *RetryError, another non-success status a
// *StatusError.
func (f *Fetcher) Get(ctx context.Context, req Request) (*Response, error) {
	u, err := parseURL(req.URL)
	if err != nil {
		return nil, err
	}
	if !f.opt.IgnoreRobots {
		ok, err := f.Allowed(ctx, u)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, fmt.Errorf("%s: %w", req.URL, ErrDisallowed)
		}
	}
	return f.get(ctx, u, req)
}

// parseURL accepts absolute http(s) URLs only.
func parseURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, fmt.Errorf("bad URL %q: %w", raw, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("%q: %w", raw, ErrScheme)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("bad URL %q: no host", raw)
	}
	return u, nil
}

// get does one rate-limited request without the robots check.
func (f *Fetcher) get(ctx context.Context, u *url.URL, req Request) (*Response, error) {
	h := f.host(u)
	f.mu.Lock()
	until, why := h.retryUntil, h.retryWhy
	f.mu.Unlock()
	if f.now().Before(until) {
		return nil, &RetryError{URL: u.String(), Until: until, Reason: why}
	}
	if err := h.limiter.Wait(ctx); err != nil {
		return nil, fmt.Errorf("%s: %w", u, err)
	}
	if f.opt.Reserve != nil {
		if err := f.opt.Reserve(ctx, u.Host); err != nil {
			return nil, fmt.Errorf("%s: %w", u, err)
		}
	}
	ctx, cancel := context.WithTimeout(ctx, f.opt.Timeout)
	defer cancel()
	hr, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", u, err)
	}
	hr.Header.Set("User-Agent", f.opt.UserAgent)
	accept := req.Accept
	if accept == "" {
		accept = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"
	}
	hr.Header.Set("Accept", accept)
	if req.ETag != "" {
		hr.Header.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		hr.Header.Set("If-Modified-Since", req.LastModified)
	}
	resp, err := f.client.Do(hr)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u, err)
	}
	defer resp.Body.Close()
	out := &Response{
		URL: resp.Request.URL.String(), Status: resp.StatusCode, Header: resp.Header,
		ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified"),
		Fetched: f.now(), RequestHeader: resp.Request.Header, Method: resp.Request.Method, Proto: resp.Proto,
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		f.archived(out)
		return out, nil
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable:
		wait := retryAfter(resp.Header.Get("Retry-After"), f.now())
		until := f.now().Add(wait)
		why := fmt.Sprintf("HTTP %d", resp.StatusCode)
		f.mu.Lock()
		if until.After(h.retryUntil) {
			h.retryUntil, h.retryWhy = until, why+" from this host"
		}
		f.mu.Unlock()
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		f.archived(out)
		return nil, &RetryError{URL: u.String(), Status: resp.StatusCode, Until: until, Reason: why}
	}
	if resp.ContentLength > f.opt.MaxBody {
		return nil, fmt.Errorf("%s: %w: %d bytes announced, limit %d", u, ErrTooLarge, resp.ContentLength, f.opt.MaxBody)
	}
	// The transport has already undone gzip; the cap counts decoded bytes,
	// so a small compressed bomb is cut like an endless body.
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.opt.MaxBody+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", u, err)
	}
	if int64(len(body)) > f.opt.MaxBody {
		return nil, fmt.Errorf("%s: %w: more than %d bytes", u, ErrTooLarge, f.opt.MaxBody)
	}
	out.Body = body
	f.archived(out)
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return out, &StatusError{URL: u.String(), Status: resp.StatusCode}
	}
	return out, nil
}

func (f *Fetcher) archived(r *Response) {
	if f.archive != nil {
		f.archive(r)
	}
}

// Retry-After bounds: a missing or unreadable header waits a minute; a
// host cannot park a source for more than a day.
const (
	defaultRetry = time.Minute
	maxRetry     = 24 * time.Hour
)

// retryAfter reads Retry-After as seconds or an HTTP date.
func retryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	d := defaultRetry
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		d = time.Duration(s) * time.Second
	} else if t, err := http.ParseTime(v); err == nil {
		d = t.Sub(now)
	}
	if d < time.Second {
		d = time.Second
	}
	return min(d, maxRetry)
}
