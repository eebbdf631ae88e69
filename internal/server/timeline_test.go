package server

import (
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"kronik/internal/store"
)

// spread makes n events of one type, one every `every` hours from start.
func spread(typ string, n int, start time.Time, every time.Duration) []store.Cluster {
	out := make([]store.Cluster, n)
	for i := range out {
		out[i] = store.Cluster{ID: fmt.Sprintf("evt:%s-%d", strings.ToLower(typ), i), Type: typ, Mode: "meet", Sources: 1,
			Date: start.Add(time.Duration(i) * every).Format("2006-01-02")}
	}
	return out
}

var (
	binRE   = regexp.MustCompile(`<a href="/events\?([^"]*)" aria-label="[^"]*"><rect class="dot bin[^>]*>.*?<text class="count"[^>]*>(\d+)</text></a>`)
	circle  = regexp.MustCompile(`<circle `)
	t2025   = time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	day     = 24 * time.Hour
	maxMark = 2 * (tlWidth - tlLeft - tlRight) / tlCol * tlStack // two rows
)

// TestTimelineAtScale: events piled on nearby days are drawn as a bounded
// number of marks, the busy ones with their counts, which add up to every
// dated event, each linking to the list of its type's events over its days
// on the page's filters; sparse events stay one dot each.
func TestTimelineAtScale(t *testing.T) {
	for _, c := range []struct {
		name      string
		cs        []store.Cluster
		wantBins  bool
		wantDots  int // -1: any
		wantCount int
	}{
		{"600 meetings in two months and 300 agreements in three",
			append(spread("CONSULT", 600, t2025, 2*time.Hour+24*time.Minute), spread("AGREE", 300, t2025, 7*time.Hour+12*time.Minute)...), true, -1, 900},
		{"3,000 meetings over ten years", spread("CONSULT", 3000, t2025.AddDate(-10, 0, 0), 29*time.Hour), true, -1, 3000},
		{"five meetings months apart", spread("CONSULT", 5, t2025, 70*day), false, 5, 5},
	} {
		t.Run(c.name, func(t *testing.T) {
			svg := string(timeline(c.cs, url.Values{"actor": {"country:IDN"}}))
			bins := binRE.FindAllStringSubmatch(svg, -1)
			dots := len(circle.FindAllString(svg, -1))
			if marks := len(bins) + dots; marks > maxMark {
				t.Errorf("%d marks, want at most %d", marks, maxMark)
			}
			if (len(bins) > 0) != c.wantBins || (c.wantDots >= 0 && dots != c.wantDots) {
				t.Errorf("%d counted marks and %d dots, want counted marks %v and %d dots", len(bins), dots, c.wantBins, c.wantDots)
			}
			total := dots
			for _, b := range bins {
				n, _ := strconv.Atoi(b[2])
				total += n
				q, err := url.ParseQuery(strings.ReplaceAll(b[1], "&amp;", "&"))
				if err != nil || q.Get("actor") != "country:IDN" || q.Get("type") == "" || q.Get("from") == "" || q.Get("to") == "" {
					t.Errorf("a counted mark links to /events?%s, want the page's actor, a type and the period", b[1])
					continue
				}
				// The list it links to holds at least the events counted.
				in := 0
				for _, e := range c.cs {
					if e.Type == q.Get("type") && e.Date >= q.Get("from") && e.Date <= q.Get("to") {
						in++
					}
				}
				if in < n {
					t.Errorf("mark of %d events links to a list of %d (%v)", n, in, q)
				}
			}
			if total != c.wantCount {
				t.Errorf("marks stand for %d events, want %d", total, c.wantCount)
			}
		})
	}
}
