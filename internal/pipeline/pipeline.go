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
	"sort"
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
	p.annotate(&rec, as, clock, &tm)
	return rec, nil
}

func (p *Pipeline) annotate(rec *record.Record, code string, clock func(*time.Duration), tm *Timings) {
	txt := rec.Text
	sents := text.Split(txt)
	clock(&tm.Split)
	var anchor timex.Date
	if rec.Published != nil {
		anchor, _ = timex.ParseISO(*rec.Published)
	}
	for _, t := range timex.Extract(txt, code, anchor) {
		rec.Times = append(rec.Times, record.Time{
			Text: t.Text, Start: t.Start, End: t.End,
			Value: t.Value.String(), EndValue: t.EndValue.String(), Kind: t.Kind,
		})
	}
	clock(&tm.Timex)
	for _, q := range quantity.Extract(txt, code) {
		rec.Quantities = append(rec.Quantities, q.Record())
	}
	clock(&tm.Quantity)
	rec.Entities = p.recognizer.Recognize(txt, sents, code)
	if rec.Entities == nil {
		rec.Entities = []record.Entity{}
	}
	if rec.Outlet != nil {
		rec.Entities = outletEntity(rec.Entities, txt, *rec.Outlet, sents)
	}
	clock(&tm.Entity)
	published := ""
	if rec.Published != nil {
		published = *rec.Published
	}
	for _, ev := range p.events.Extract(event.Input{
		Text: txt, Lang: code, Sentences: sents, Entities: rec.Entities, Times: rec.Times, Published: published,
	}) {
		if ev.Modality == "denied" || ev.Modality == "cancelled" {
			rec.NotOccurred = append(rec.NotOccurred, ev)
		} else {
			rec.Events = append(rec.Events, ev)
		}
	}
	clock(&tm.Event)
}

// outletEntity makes sure the publishing outlet, where the text names it (a
// masthead, a byline, a lede the rules did not read), is an ORG entity: the
// outlet is an organisation the article names.
func outletEntity(ents []record.Entity, txt, outlet string, sents []text.Sentence) []record.Entity {
	var ms []record.Mention
	for off := 0; off < len(txt); {
		i := strings.Index(txt[off:], outlet)
		if i < 0 {
			break
		}
		a, b := off+i, off+i+len(outlet)
		off = b
		if (a > 0 && isWordByte(txt[a-1])) || (b < len(txt) && isWordByte(txt[b])) {
			continue
		}
		for _, e := range ents {
			for _, m := range e.Mentions {
				if m.Start < b && a < m.End {
					return ents // already an entity there
				}
			}
		}
		si := sort.Search(len(sents), func(k int) bool { return sents[k].End > a })
		ms = append(ms, record.Mention{Text: outlet, Start: a, End: b, Sentence: si})
	}
	if len(ms) == 0 {
		return ents
	}
	return append(ents, record.Entity{ID: "org:" + kb.Slug(outlet), Type: "ORG", Name: outlet, Source: "rule", Mentions: ms})
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
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
