package fetch

import (
	"testing"
	"time"
)

func TestCrawlDelay(t *testing.T) {
	tests := []struct {
		robots string
		want   time.Duration
	}{
		{"User-agent: *\nCrawl-delay: 5\n", 5 * time.Second},
		{"User-agent: kronik\nCrawl-delay: 2\n\nUser-agent: *\nCrawl-delay: 30\n", 2 * time.Second},
		{"User-agent: *\nCrawl-delay: 86400\n", MaxCrawlDelay},
		{"User-agent: *\nDisallow:\n", time.Second},
		{"User-agent: *\nCrawl-delay: 0.5\n", time.Second}, // never faster than the fetcher's own interval
	}
	for _, tc := range tests {
		if got := crawlDelay(parseRobots([]byte(tc.robots)), time.Second); got != tc.want {
			t.Errorf("%q: delay %v, want %v", tc.robots, got, tc.want)
		}
	}
}

// FuzzRobots: any robots.txt body is read without panicking, gives a group
// for kronik, answers for any path, and never asks for more than
// MaxCrawlDelay.
func FuzzRobots(f *testing.F) {
	f.Add([]byte("User-agent: *\nDisallow: /private/\nAllow: /private/public\nCrawl-delay: 3\nSitemap: https://x.example/s.xml\n"), "/private/x")
	f.Add([]byte("User-agent: kronik\nDisallow: /\n"), "/")
	f.Add([]byte("\xef\xbb\xbfuser-agent:*\r\ndisallow:/*.pdf$\r\n"), "/a.pdf?x=1")
	f.Add([]byte("<html>not robots</html>"), "/a")
	f.Fuzz(func(t *testing.T, body []byte, path string) {
		data := parseRobots(body)
		g := data.FindGroup(UserAgent)
		if g == nil {
			t.Fatal("no group")
		}
		_ = g.Test(path)
		if d := crawlDelay(data, time.Millisecond); d > MaxCrawlDelay || d < time.Millisecond {
			t.Fatalf("delay %v", d)
		}
	})
}
