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
}

// Pipeline holds the loaded models. It is safe for concurrent use.
type Pipeline struct {
	recognizer *entity.Recognizer
	events     *event.Extractor
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
	}
	return &Pipeline{recognizer: entity.New(k, tagger), events: event.New()}, nil
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

// Process turns one document into a record.
func (p *Pipeline) Process(ctx context.Context, doc source.Document) (record.Record, error) {
	if err := ctx.Err(); err != nil {
		return record.Record{}, err
	}
	art, err := article.Extract(doc)
	if err != nil {
		return record.Record{}, fmt.Errorf("%s: %w", doc.Path, err)
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
	as, ok := annotateAs(code)
	if !ok {
		rec.Warnings = append(rec.Warnings, fmt.Sprintf("language %q is not annotated", code))
		return rec, nil
	}
	p.annotate(&rec, as)
	return rec, nil
}

func (p *Pipeline) annotate(rec *record.Record, code string) {
	txt := rec.Text
	sents := text.Split(txt)
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
	for _, q := range quantity.Extract(txt, code) {
		rec.Quantities = append(rec.Quantities, q.Record())
	}
	rec.Entities = p.recognizer.Recognize(txt, sents, code)
	if rec.Entities == nil {
		rec.Entities = []record.Entity{}
	}
	published := ""
	if rec.Published != nil {
		published = *rec.Published
	}
	rec.Events = p.events.Extract(event.Input{
		Text: txt, Lang: code, Sentences: sents, Entities: rec.Entities, Times: rec.Times, Published: published,
	})
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
