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

	"kronik/internal/calendar"
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
	// tlCol is the width of a column of the chart: the events of one type
	// in one column are drawn as dots when up to tlStack of them fit
	// stacked, and as one mark with their count otherwise, so that a busy
	// entity's chart has at most rows × columns × tlStack marks however
	// many events it has, and shows where they are dense.
	tlCol   = 24
	tlStack = 3
)

// parseDay reads YYYY, YYYY-MM or YYYY-MM-DD as the first day it names.
func parseDay(s string) (time.Time, bool) {
	d, ok := calendar.Parse(s)
	return d.Time(), ok
}

// dot is an event placed in time: its first and last day.
type dot struct {
	c        store.Cluster
	from, to time.Time
}

// timeline draws events as a chart: one row per event type, time across,
// one dot per real-world event (larger with more independent sources,
// hollow when only planned), each a link to the event's page; where more
// events of a type fall close together than fit as dots, one mark with their
// count (taller with more) links to the list of those events: list holds the
// /events filters of the page (actor, with) the period and type are added to.
// Undated events are counted under the chart. The SVG is built here with every text escaped;
// colours come from the stylesheet (classes), as the CSP forbids inline style.
func timeline(cs []store.Cluster, list url.Values) template.HTML {
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
	fmt.Fprintf(&b, `<desc id="tl-desc">Events by type from %s to %s; each dot links to the event, each bar with a count to the list of its events. The latest events are listed in the table below.</desc>`,
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
	// Events fall in columns of tlCol units by their first day; a cell (a
	// row's column) holding more than tlStack is drawn as one count.
	type cellKey struct{ row, col int }
	cells := map[cellKey][]dot{}
	var order []cellKey
	for _, d := range dots {
		k := cellKey{slices.Index(types, d.c.Type), min(int((x(d.from)-tlLeft)/tlCol), int(plotW)/tlCol-1)}
		if cells[k] == nil {
			order = append(order, k)
		}
		cells[k] = append(cells[k], d)
	}
	busiest := 0
	for _, k := range order {
		busiest = max(busiest, len(cells[k]))
	}
	for _, k := range order {
		ds := cells[k]
		rowY := float64(tlTop + k.row*tlRow + tlRow/2)
		if len(ds) > tlStack {
			writeBin(&b, ds[0].c.Type, ds, rowY, k.col, busiest, list)
			continue
		}
		// Dots sharing a cell are spread vertically so each stays clickable.
		for i, d := range ds {
			y := rowY + float64((i%3)-(i%3/2)*3)*9
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
	}
	b.WriteString(`</svg>`)
	if undated > 0 {
		fmt.Fprintf(&b, `<p class="note">%s without a date not shown.</p>`, plural(undated, "event", "events"))
	}
	return template.HTML(b.String())
}

// writeBin draws the events ds of one type and column as one mark: a bar
// whose height grows with the count (against the busiest cell's), the count
// on it, linking to the list of the type's events over the days the events
// name (as precise as their dates are, so that a month-dated event is in
// the list as it is in the column).
func writeBin(b *strings.Builder, typ string, ds []dot, rowY float64, col, busiest int, list url.Values) {
	first, last := ds[0], ds[0]
	for _, d := range ds {
		if d.from.Before(first.from) {
			first = d
		}
		if d.from.After(last.from) {
			last = d
		}
	}
	q := url.Values{}
	for k, v := range list {
		q[k] = v
	}
	q.Set("type", typ)
	q.Set("from", first.c.Date)
	q.Set("to", last.c.Date)
	label := fmt.Sprintf("%d %s events, %s", len(ds), typ, dateRange(first.c.Date, last.c.Date))
	h := 12 + float64(tlRow-16)*float64(len(ds))/float64(max(busiest, 1))
	x0 := float64(tlLeft + col*tlCol + 1)
	fmt.Fprintf(b, `<a href="/events?%s" aria-label="%s"><rect class="dot bin t-%s" x="%.1f" y="%.1f" width="%d" height="%.1f" rx="3"><title>%s</title></rect>`,
		html.EscapeString(q.Encode()), html.EscapeString(label), strings.ToLower(html.EscapeString(typ)), x0, rowY-h/2, tlCol-2, h, html.EscapeString(label))
	fmt.Fprintf(b, `<text class="count" x="%.1f" y="%.1f" text-anchor="middle" dominant-baseline="middle">%d</text></a>`, x0+float64(tlCol-2)/2, rowY, len(ds))
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
		parts = append(parts, strings.Join(names, ", ")+andMore(c))
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
