package server

import (
	"fmt"
	"html"
	"html/template"
	"net/url"
	"sort"
	"strings"
	"unicode/utf8"

	"kronik/internal/record"
)

// markedSnippet turns a search snippet, whose matched words the store puts
// between « and », into HTML with <mark>: every piece of text is escaped.
func markedSnippet(s string) template.HTML {
	var b strings.Builder
	for {
		i := strings.Index(s, "«")
		if i < 0 {
			break
		}
		j := strings.Index(s[i:], "»")
		if j < 0 {
			break
		}
		b.WriteString(html.EscapeString(s[:i]))
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(s[i+len("«") : i+j]))
		b.WriteString("</mark>")
		s = s[i+j+len("»"):]
	}
	b.WriteString(html.EscapeString(s))
	return template.HTML(b.String())
}

// span is a marked stretch of article text. Outer spans are event evidence
// (sentences); inner spans are entity, time and quantity mentions.
type span struct {
	start, end int
	class      string
	title      string
	href       string // inner spans: a link
	id         string // outer spans: an anchor
}

// validSpan says whether a span's offsets cut text at character boundaries:
// offsets come from the store and are not trusted to fit the text.
func validSpan(text string, s span) bool {
	return s.start >= 0 && s.end <= len(text) && s.start < s.end &&
		(s.start == len(text) || utf8.RuneStart(text[s.start])) &&
		(s.end == len(text) || utf8.RuneStart(text[s.end]))
}

// nonOverlapping keeps, in text order, spans that do not overlap an earlier
// kept one (the longer first when two start together).
func nonOverlapping(text string, spans []span) []span {
	sort.SliceStable(spans, func(i, j int) bool {
		if spans[i].start != spans[j].start {
			return spans[i].start < spans[j].start
		}
		return spans[i].end > spans[j].end
	})
	var out []span
	last := -1
	for _, s := range spans {
		if !validSpan(text, s) || s.start < last {
			continue
		}
		out = append(out, s)
		last = s.end
	}
	return out
}

// paragraphs returns the [start, end) of each paragraph of a record's text
// (separated by blank lines).
func paragraphs(text string) [][2]int {
	var out [][2]int
	pos := 0
	for pos < len(text) {
		end := strings.Index(text[pos:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		if strings.TrimSpace(text[pos:end]) != "" {
			out = append(out, [2]int{pos, end})
		}
		pos = end + 2
	}
	return out
}

// markRange renders text[from:to] as HTML with the outer and inner spans
// marked; each must be non-overlapping within its own list. An inner span
// crossing an outer boundary is split in two.
func markRange(b *strings.Builder, text string, from, to int, outer, inner []span) {
	cuts := map[int]bool{from: true, to: true}
	for _, l := range [][]span{outer, inner} {
		for _, s := range l {
			if s.start > from && s.start < to {
				cuts[s.start] = true
			}
			if s.end > from && s.end < to {
				cuts[s.end] = true
			}
		}
	}
	points := make([]int, 0, len(cuts))
	for p := range cuts {
		points = append(points, p)
	}
	sort.Ints(points)
	at := func(l []span, p int) int {
		i := sort.Search(len(l), func(i int) bool { return l[i].end > p })
		if i < len(l) && l[i].start <= p {
			return i
		}
		return -1
	}
	usedID := map[int]bool{}
	curO, curI := -1, -1
	closeInner := func() {
		if curI >= 0 {
			if inner[curI].href != "" {
				b.WriteString("</a>")
			} else {
				b.WriteString("</span>")
			}
			curI = -1
		}
	}
	for k := 0; k+1 < len(points); k++ {
		p, q := points[k], points[k+1]
		o, i := at(outer, p), at(inner, p)
		if o != curO {
			closeInner()
			if curO >= 0 {
				b.WriteString("</mark>")
			}
			if o >= 0 {
				s := outer[o]
				b.WriteString(`<mark class="` + s.class + `"`)
				if s.id != "" && !usedID[o] {
					b.WriteString(` id="` + html.EscapeString(s.id) + `"`)
					usedID[o] = true
				}
				if s.title != "" {
					b.WriteString(` title="` + html.EscapeString(s.title) + `"`)
				}
				b.WriteString(">")
			}
			curO = o
		}
		if i != curI {
			closeInner()
			if i >= 0 {
				s := inner[i]
				if s.href != "" {
					b.WriteString(`<a class="` + s.class + `" href="` + html.EscapeString(s.href) + `"`)
				} else {
					b.WriteString(`<span class="` + s.class + `"`)
				}
				if s.title != "" {
					b.WriteString(` title="` + html.EscapeString(s.title) + `"`)
				}
				b.WriteString(">")
			}
			curI = i
		}
		b.WriteString(html.EscapeString(text[p:q]))
	}
	closeInner()
	if curO >= 0 {
		b.WriteString("</mark>")
	}
}

// innerSpans are a record's entity, time and quantity mentions.
func innerSpans(rec record.Record) []span {
	var spans []span
	for _, e := range rec.Entities {
		class := "ent ent-" + strings.ToLower(e.Type)
		for _, m := range e.Mentions {
			spans = append(spans, span{start: m.Start, end: m.End, class: class,
				title: e.Type + ": " + e.Name, href: "/entities/" + url.PathEscape(e.ID)})
		}
	}
	for _, t := range rec.Times {
		v := t.Value
		if t.EndValue != "" {
			v += " – " + t.EndValue
		}
		spans = append(spans, span{start: t.Start, end: t.End, class: "tx", title: "time: " + v})
	}
	for _, q := range rec.Quantities {
		title := fmt.Sprintf("%s: %s %s", q.Kind, humanNum(q.Value), q.Unit)
		if q.Measures != "" {
			title += " (" + q.Measures + ")"
		}
		spans = append(spans, span{start: q.Start, end: q.End, class: "qty", title: title})
	}
	return nonOverlapping(rec.Text, spans)
}

// evidenceSpan locates an event's evidence sentence: the record's event of
// the cluster whose evidence is that sentence, else the first event of the
// cluster, else the sentence found in the text.
func evidenceSpan(rec record.Record, cluster, evidence string) (span, bool) {
	var first *record.Event
	for i := range rec.Events {
		ev := &rec.Events[i]
		if ev.Cluster != cluster {
			continue
		}
		if ev.Evidence.Text == evidence {
			first = ev
			break
		}
		if first == nil {
			first = ev
		}
	}
	s := span{class: "evidence", id: "evidence"}
	if first != nil {
		s.start, s.end = first.Evidence.Start, first.Evidence.End
	} else if i := strings.Index(rec.Text, evidence); evidence != "" && i >= 0 {
		s.start, s.end = i, i+len(evidence)
	}
	return s, validSpan(rec.Text, s)
}

// evidenceInContext renders the paragraph holding an event's evidence, with
// the paragraphs either side, the evidence marked.
func evidenceInContext(rec record.Record, cluster, evidence string) (template.HTML, bool) {
	ev, ok := evidenceSpan(rec, cluster, evidence)
	if !ok {
		return "", false
	}
	paras := paragraphs(rec.Text)
	at := 0
	for i, p := range paras {
		if p[0] <= ev.start && ev.start < p[1] {
			at = i
		}
	}
	inner := innerSpans(rec)
	var b strings.Builder
	for i := max(0, at-1); i <= min(len(paras)-1, at+1); i++ {
		b.WriteString("<p>")
		markRange(&b, rec.Text, paras[i][0], paras[i][1], []span{ev}, inner)
		b.WriteString("</p>\n")
	}
	return template.HTML(b.String()), true
}

// docView is a record for the document page.
type docView struct {
	Rec      record.Record
	Title    string
	Body     template.HTML
	Events   []docEvent
	Entities []record.Entity
}

type docEvent struct {
	record.Event
	Anchor string
	Actors []actorRef
}

// documentView marks the record's text: evidence sentences of events, and
// entity, time and quantity mentions inside them.
func documentView(rec record.Record) docView {
	v := docView{Rec: rec, Title: rec.Source, Entities: rec.Entities}
	if rec.Title != nil && *rec.Title != "" {
		v.Title = *rec.Title
	}
	names := map[string]string{}
	for _, e := range rec.Entities {
		names[e.ID] = e.Name
	}
	// Events sharing a sentence share one mark; its anchor is the first's.
	var outer []span
	bySpan := map[[2]int]int{}
	for i, ev := range rec.Events {
		k := [2]int{ev.Evidence.Start, ev.Evidence.End}
		label := ev.Type + "/" + ev.Mode
		de := docEvent{Event: ev}
		for _, a := range ev.Actors {
			n := names[a]
			if n == "" {
				n = a
			}
			de.Actors = append(de.Actors, actorRef{a, n})
		}
		if j, ok := bySpan[k]; ok {
			outer[j].title += "; " + label
			de.Anchor = outer[j].id
		} else {
			de.Anchor = fmt.Sprintf("ev-%d", i)
			bySpan[k] = len(outer)
			outer = append(outer, span{start: k[0], end: k[1], class: "evidence", id: de.Anchor, title: "event: " + label})
		}
		v.Events = append(v.Events, de)
	}
	outer = nonOverlapping(rec.Text, outer)
	inner := innerSpans(rec)
	var b strings.Builder
	for _, p := range paragraphs(rec.Text) {
		b.WriteString("<p>")
		markRange(&b, rec.Text, p[0], p[1], outer, inner)
		b.WriteString("</p>\n")
	}
	v.Body = template.HTML(b.String())
	return v
}
