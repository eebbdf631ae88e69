// Package pipeline wires the stages of kronik: a source document becomes an
// article, its text is annotated (sentences, times, figures, entities) and its
// events are extracted, giving one record. It is the only package besides the
// command that knows the whole chain; the CLI, the server and the workers share it.
package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"kronik/internal/article"
	"kronik/internal/entity"
	"kronik/internal/event"
	"kronik/internal/kb"
	"kronik/internal/lang"
	"kronik/internal/ner"
	"kronik/internal/quantity"
	"kronik/internal/record"
	"kronik/internal/source"
	"kronik/internal/status"
	"kronik/internal/text"
	"kronik/internal/timex"
)

// Options choose optional parts of the pipeline.
type Options struct {
	// NoTagger turns the statistical entity tagger off, leaving the knowledge
	// base and the context rules (to measure what the tagger adds).
	NoTagger bool
	// FastTagger runs only the first stage of the stacked tagger: about half
	// the tagger's cost, for a small loss (README "Extraction quality").
	FastTagger bool
	// MaxTextBytes bounds the article text annotated per document: 0 means
	// DefaultMaxTextBytes, a negative value no limit (for benchmarks).
	MaxTextBytes int
}

// DefaultMaxTextBytes is how much of one document's text is annotated. A
// news article is a few to a few tens of kilobytes; past this the text is
// a dump or an attack, and its cost (the event stage compares a document's
// events with each other) would hold a worker or a server request for long.
// The text beyond is cut at a paragraph or sentence end, with a warning.
const DefaultMaxTextBytes = 512 << 10

// firstStage adapts the tagger to run its first stage only.
type firstStage struct{ m *ner.Model }

func (f firstStage) Tag(words []string) []string { return f.m.TagFirstStage(words) }

// Pipeline holds the loaded models. It is safe for concurrent use.
type Pipeline struct {
	recognizer *entity.Recognizer
	events     *event.Extractor
	maxText    int // bytes of text annotated; negative: no limit
}

// New loads the knowledge base and the tagger.
func New(opts Options) (*Pipeline, error) {
	k, err := kb.Load()
	if err != nil {
		return nil, fmt.Errorf("load knowledge base: %w", err)
	}
	var tagger entity.Tagger
	if !opts.NoTagger {
		m, err := ner.Default()
		if err != nil {
			return nil, fmt.Errorf("load entity tagger: %w", err)
		}
		tagger = m
		if opts.FastTagger {
			tagger = firstStage{m}
		}
	}
	maxText := opts.MaxTextBytes
	if maxText == 0 {
		maxText = DefaultMaxTextBytes
	}
	return &Pipeline{recognizer: entity.New(k, tagger), events: event.New(), maxText: maxText}, nil
}

// annotateAs says which rules annotate a language: Indonesian and English, and
// Malay with the Indonesian rules (the two share their grammar, number format
// and most of their news vocabulary). Other languages are labelled and left
// unannotated rather than guessed at.
func annotateAs(code string) (string, bool) {
	switch code {
	case "id", "en":
		return code, true
	case "ms":
		return "id", true
	}
	return "", false
}

// Timings accumulates the time spent in each stage, for benchmarks.
type Timings struct {
	Article, Lang, Split, Timex, Quantity, Entity, Event time.Duration
}

// Stages lists the stage timings by name.
func (t *Timings) Stages() map[string]time.Duration {
	return map[string]time.Duration{
		"article": t.Article, "lang": t.Lang, "split": t.Split, "timex": t.Timex,
		"quantity": t.Quantity, "entity": t.Entity, "event": t.Event,
	}
}

// lap adds the time since *start to *d and restarts the clock; a nil d is free.
func lap(d *time.Duration, start *time.Time) {
	if d == nil {
		return
	}
	now := time.Now()
	*d += now.Sub(*start)
	*start = now
}

// Process turns one document into a record.
func (p *Pipeline) Process(ctx context.Context, doc source.Document) (record.Record, error) {
	return p.ProcessTimed(ctx, doc, nil)
}

// ProcessTimed is Process that adds each stage's time to t when t is not nil.
func (p *Pipeline) ProcessTimed(ctx context.Context, doc source.Document, t *Timings) (record.Record, error) {
	if err := ctx.Err(); err != nil {
		return record.Record{}, err
	}
	var start time.Time
	var tm Timings
	if t != nil {
		start = time.Now()
		defer func() {
			t.Article += tm.Article
			t.Lang += tm.Lang
			t.Split += tm.Split
			t.Timex += tm.Timex
			t.Quantity += tm.Quantity
			t.Entity += tm.Entity
			t.Event += tm.Event
		}()
	}
	clock := func(d *time.Duration) {
		if t != nil {
			lap(d, &start)
		}
	}
	art, err := article.Extract(doc)
	clock(&tm.Article)
	if err != nil {
		return record.Record{}, err // article errors name the input
	}
	if p.maxText >= 0 && len(art.Text) > p.maxText {
		n := len(art.Text)
		art.Text = truncateText(art.Text, p.maxText)
		art.Warnings = append(art.Warnings, fmt.Sprintf("text truncated: the first %d of %d bytes are annotated (at most %d per document)", len(art.Text), n, p.maxText))
	}
	sum := sha256.Sum256(doc.Body)
	rec := record.Record{
		Source:     doc.Name,
		URL:        doc.URL,
		Hash:       hex.EncodeToString(sum[:]),
		Text:       art.Text,
		Warnings:   art.Warnings,
		Entities:   []record.Entity{},
		Events:     []record.Event{},
		Quantities: []record.Quantity{},
		Times:      []record.Time{},
	}
	rec.Title = optional(art.Title)
	rec.Published = optional(art.Published)
	rec.Outlet = optional(art.Outlet)
	rec.Dateline = optional(art.Dateline)
	code, _ := lang.Detect(art.Title + "\n" + art.Text)
	rec.Lang = code
	clock(&tm.Lang)
	as, ok := annotateAs(code)
	if !ok {
		rec.Warnings = append(rec.Warnings, fmt.Sprintf("language %q is not annotated", code))
		return rec, nil
	}
	// Relative dates are resolved against the publication date, else the
	// date in the page's address (not printed as published: the text does
	// not give it, but the page was put up that day).
	anchor := art.Published
	if anchor == "" {
		anchor = art.PageDate
	}
	p.annotate(&rec, as, anchor, art.Lede, art.DatelineSpan, clock, &tm)
	return rec, nil
}

// AnnotateText runs the stages after the page on a bare text (sentences,
// times, figures, statuses, entities, events) in language code ("id", "en",
// "ms"), resolving relative dates against published (YYYY-MM-DD or ""), as
// Process does for an article's text. Tests of a later stage use it to run
// that stage on sentences written for them with the stages before it as the
// pipeline runs them. An unannotated language gives the bare record.
func (p *Pipeline) AnnotateText(txt, code, published string) record.Record {
	rec := record.Record{
		Text: txt, Lang: code, Published: optional(published),
		Entities: []record.Entity{}, Events: []record.Event{}, Quantities: []record.Quantity{}, Times: []record.Time{},
	}
	if as, ok := annotateAs(code); ok {
		p.annotate(&rec, as, published, [2]int{}, [2]int{}, func(*time.Duration) {}, &Timings{})
	}
	return rec
}

func (p *Pipeline) annotate(rec *record.Record, code, published string, lede, dateline [2]int, clock func(*time.Duration), tm *Timings) {
	txt := rec.Text
	sents := text.Split(txt)
	pieces := text.Cut(txt, sents) // the same tokens, cut finer for dates and figures
	clock(&tm.Split)
	var anchor timex.Date
	if published != "" {
		anchor, _ = timex.ParseISO(published)
	}
	for _, t := range timex.ExtractPieces(txt, pieces, code, anchor) {
		rec.Times = append(rec.Times, record.Time{
			Text: t.Text, Start: t.Start, End: t.End,
			Value: t.Value.String(), EndValue: t.EndValue.String(), Kind: t.Kind,
		})
	}
	clock(&tm.Timex)
	for _, q := range quantity.ExtractPieces(txt, pieces, code) {
		r := q.Record()
		r.SentStart, r.SentEnd = sentenceAt(sents, len(txt), q.Start)
		r.Period = periodIn(rec.Times, r.SentStart, r.SentEnd)
		rec.Quantities = append(rec.Quantities, r)
	}
	for _, ph := range status.Find(txt, code, sents) {
		st := record.Status{Phrase: ph.Text, Start: ph.Start, End: ph.End}
		if ph.Sentence >= 0 {
			st.SentStart, st.SentEnd = sents[ph.Sentence].Start, sents[ph.Sentence].End
		}
		st.Date = periodIn(rec.Times, st.SentStart, st.SentEnd)
		if st.Date == "" && rec.Published != nil {
			st.Date = *rec.Published
		}
		rec.Statuses = append(rec.Statuses, st)
	}
	clock(&tm.Quantity)
	rec.Entities = p.recognizer.Recognize(txt, sents, code)
	if rec.Entities == nil {
		rec.Entities = []record.Entity{}
	}
	if rec.Outlet != nil {
		rec.Entities = entity.WithOutlet(rec.Entities, txt, *rec.Outlet, sents)
	}
	clock(&tm.Entity)
	evs, not := event.Split(p.events.Extract(event.Input{
		Text: txt, Lang: code, Sentences: sents, Entities: rec.Entities, Times: rec.Times, Published: published,
		Lede: lede, DatelineSpan: dateline, Caption: article.IsCaption,
	}))
	rec.Events = append(rec.Events, evs...)
	rec.NotOccurred = not
	// every id the record uses is one of its entities, named or implied
	rec.Entities = p.recognizer.Implied(rec.Entities, rec.Events, rec.NotOccurred)
	clock(&tm.Event)
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// sentenceAt returns the span of the sentence holding byte offset i. An offset
// outside every sentence has an empty span at the offset, clamped to the text.
// A long document has thousands of sentences and figures: text.SentenceAt
// searches them by halves.
func sentenceAt(sents []text.Sentence, n, i int) (int, int) {
	if k := text.SentenceAt(sents, i); k >= 0 {
		return sents[k].Start, sents[k].End
	}
	i = min(max(i, 0), n)
	return i, i
}

// periodIn returns the first time value (YYYY, YYYY-MM or YYYY-MM-DD) that
// times place inside the byte span [start, end), relative expressions aside,
// or "": the date a figure or a status in that sentence is about.
func periodIn(times []record.Time, start, end int) string {
	for _, t := range times {
		if t.Start >= start && t.End <= end && t.Value != "" && t.Kind != "relative" {
			return t.Value
		}
	}
	return ""
}

// truncateText cuts s to at most max bytes at the last paragraph break, else
// the last sentence end, else the last space in the second half of the
// allowance, so that no sentence or word is cut in two; at a rune boundary
// failing those.
func truncateText(s string, max int) string {
	if len(s) <= max {
		return s
	}
	head := s[:max]
	for _, sep := range []string{"\n\n", ". ", "\n", " "} {
		if i := strings.LastIndex(head, sep); i >= max/2 {
			return strings.TrimRight(s[:i+len(sep)], " \n")
		}
	}
	for max > 0 && !utf8.RuneStart(s[max]) {
		max--
	}
	return s[:max]
}
