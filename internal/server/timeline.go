package server

import (
	"fmt"
	"html"
	"html/template"
	"math"
	"net/url"
	"slices"
	"strings"
	"time"

	"kronik/internal/store"
)

// Timeline geometry, in SVG user units; the chart scales to its container.
const (
	tlWidth  = 760
	tlLeft   = 96 // room for the type labels
	tlRight  = 16
	tlTop    = 8
	tlRow    = 40
	tlAxis   = 34
	tlMaxTic = 8
	// tlMaxDots bounds the chart of a busy entity (a state named in
	// thousands of events): the latest events are drawn, and the chart says so.
	tlMaxDots = 400
)

// parseDay reads YYYY, YYYY-MM or YYYY-MM-DD as the first day it names.
func parseDay(s string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// timeline draws events as a chart: one row per event type, time across,
// one dot per real-world event (larger with more independent sources,
// hollow when only planned), each a link to the event's page. Undated events
// are counted under the chart. The SVG is built here with every text escaped;
// colours come from the stylesheet (classes), as the CSP forbids inline style.
func timeline(cs []store.Cluster) template.HTML {
	type dot struct {
		c        store.Cluster
		from, to time.Time
	}
	var dots []dot
	var types []string
	undated := 0
	for _, c := range cs {
		from, ok := parseDay(c.Date)
		if !ok {
			undated++
			continue
		}
		to := from
		if e, ok := parseDay(c.DateEnd); ok && e.After(from) {
			to = e
		}
		dots = append(dots, dot{c, from, to})
		if !slices.Contains(types, c.Type) {
			types = append(types, c.Type)
		}
	}
	if len(dots) == 0 {
		return ""
	}
	dropped := 0
	if len(dots) > tlMaxDots {
		slices.SortStableFunc(dots, func(a, b dot) int { return a.from.Compare(b.from) })
		dropped = len(dots) - tlMaxDots
		dots = dots[dropped:]
		types = types[:0]
		for _, d := range dots {
			if !slices.Contains(types, d.c.Type) {
				types = append(types, d.c.Type)
			}
		}
	}
	// Rows in the order of eventTypes (cooperative types first, as PLOVER lists them).
	slices.SortFunc(types, func(a, b string) int { return slices.Index(eventTypes, a) - slices.Index(eventTypes, b) })
	lo, hi := dots[0].from, dots[0].to
	for _, d := range dots {
		if d.from.Before(lo) {
			lo = d.from
		}
		if d.to.After(hi) {
			hi = d.to
		}
	}
	// Pad so that dots at the ends are not cut, and give a single day about
	// three months, so that the axis has ticks on both sides of it.
	pad := hi.Sub(lo) / 20
	if pad < 45*24*time.Hour {
		pad = 45 * 24 * time.Hour
	}
	lo, hi = lo.Add(-pad), hi.Add(pad)
	span := hi.Sub(lo).Seconds()
	plotW := float64(tlWidth - tlLeft - tlRight)
	x := func(t time.Time) float64 { return tlLeft + plotW*t.Sub(lo).Seconds()/span }
	height := tlTop + len(types)*tlRow + tlAxis

	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="timeline" viewBox="0 0 %d %d" role="img" aria-labelledby="tl-title tl-desc" xmlns="http://www.w3.org/2000/svg">`, tlWidth, height)
	fmt.Fprintf(&b, `<title id="tl-title">Timeline of %d events</title>`, len(dots))
	fmt.Fprintf(&b, `<desc id="tl-desc">Events by type from %s to %s; each dot links to the event. The same events are listed in the table below.</desc>`,
		lo.Format("2006-01"), hi.Format("2006-01"))
	// Month ticks at a step that keeps the axis readable.
	months := int(hi.Sub(lo).Hours()/24/30) + 1
	step := 1
	for _, s := range []int{1, 2, 3, 6, 12, 24, 60, 120} {
		step = s
		if months/s <= tlMaxTic {
			break
		}
	}
	t := time.Date(lo.Year(), lo.Month(), 1, 0, 0, 0, 0, time.UTC)
	for (int(t.Month())-1)%step != 0 && step <= 12 {
		t = t.AddDate(0, 1, 0)
	}
	if !t.After(lo) {
		t = t.AddDate(0, step, 0)
	}
	axisY := tlTop + len(types)*tlRow
	for ; t.Before(hi); t = t.AddDate(0, step, 0) {
		tx := x(t)
		label := t.Format("Jan 2006")
		if step >= 12 {
			label = t.Format("2006")
		}
		fmt.Fprintf(&b, `<line class="grid" x1="%.1f" y1="%d" x2="%.1f" y2="%d"/>`, tx, tlTop, tx, axisY)
		fmt.Fprintf(&b, `<text class="tick" x="%.1f" y="%d" text-anchor="middle">%s</text>`, tx, axisY+18, label)
	}
	fmt.Fprintf(&b, `<line class="axis" x1="%d" y1="%d" x2="%d" y2="%d"/>`, tlLeft, axisY, tlWidth-tlRight, axisY)
	for i, typ := range types {
		y := tlTop + i*tlRow + tlRow/2
		fmt.Fprintf(&b, `<line class="row" x1="%d" y1="%d" x2="%d" y2="%d"/>`, tlLeft, y, tlWidth-tlRight, y)
		fmt.Fprintf(&b, `<text class="label" x="%d" y="%d" text-anchor="end" dominant-baseline="middle">%s</text>`, tlLeft-8, y, html.EscapeString(typ))
	}
	// Dots on the same day and row are spread vertically so each stays clickable.
	seen := map[string]int{}
	for _, d := range dots {
		row := slices.Index(types, d.c.Type)
		key := fmt.Sprintf("%d|%.0f", row, math.Round(x(d.from)/6))
		k := seen[key]
		seen[key]++
		y := float64(tlTop+row*tlRow+tlRow/2) + float64((k%3)-(k%3/2)*3)*9
		r := 5 + 2*math.Min(float64(max(d.c.Sources, 1)-1), 4)
		class := "dot t-" + strings.ToLower(d.c.Type)
		if d.c.Modality == "planned" {
			class += " planned"
		}
		label := dotLabel(d.c)
		fmt.Fprintf(&b, `<a href="/events/%s" aria-label="%s">`, html.EscapeString(url.PathEscape(d.c.ID)), html.EscapeString(label))
		if d.to.After(d.from) {
			fmt.Fprintf(&b, `<line class="range t-%s" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f"/>`,
				strings.ToLower(html.EscapeString(d.c.Type)), x(d.from), y, x(d.to), y)
		}
		fmt.Fprintf(&b, `<circle class="%s" cx="%.1f" cy="%.1f" r="%.0f"><title>%s</title></circle></a>`,
			html.EscapeString(class), x(d.from), y, r, html.EscapeString(label))
	}
	b.WriteString(`</svg>`)
	if dropped > 0 {
		fmt.Fprintf(&b, `<p class="note">The latest %d events are drawn; %s are not.</p>`, len(dots), plural(dropped, "earlier event", "earlier events"))
	}
	if undated > 0 {
		fmt.Fprintf(&b, `<p class="note">%s without a date not shown.</p>`, plural(undated, "event", "events"))
	}
	return template.HTML(b.String())
}

// dotLabel describes an event in one line: date, type, name, actors, sources.
func dotLabel(c store.Cluster) string {
	parts := []string{dateRange(c.Date, c.DateEnd), c.Type + "/" + c.Mode}
	if c.Name != "" {
		parts = append(parts, c.Name)
	} else if c.Document != "" {
		parts = append(parts, c.Document)
	}
	var names []string
	for _, a := range actorList(c) {
		names = append(names, a.Name)
	}
	if len(names) > 0 {
		parts = append(parts, strings.Join(names, ", "))
	}
	if c.Place != "" {
		parts = append(parts, "in "+c.Place)
	}
	parts = append(parts, plural(c.Sources, "source", "sources"))
	if c.Modality != "" && c.Modality != "occurred" {
		parts = append(parts, c.Modality)
	}
	return strings.Join(parts, " · ")
}
