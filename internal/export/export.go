// Package export writes stored records in formats other tools read: JSON
// lines (the records whole), CSV and Parquet (one row per event mention, for
// spreadsheets, pandas, DuckDB or Spark) and the GDELT 2.0 event table (one
// row per real-world event, CAMEO-coded, for existing GDELT tooling).
//
// It reads what the store answers and formats it; it never extracts,
// clusters or writes to the store.
package export

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"kronik/internal/record"
)

// Formats lists the formats New accepts.
var Formats = []string{"jsonl", "csv", "gdelt", "parquet"}

// Writer receives records one by one; Close writes what is buffered (GDELT
// rows aggregate a cluster's mentions across records; Parquet writes its
// footer) and must be called.
type Writer interface {
	Write(rec record.Record) error
	Close() error
}

// New returns a writer of format to w.
func New(format string, w io.Writer) (Writer, error) {
	switch format {
	case "jsonl":
		return &jsonlWriter{enc: json.NewEncoder(w)}, nil
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write(EventHeader); err != nil {
			return nil, fmt.Errorf("csv header: %w", err)
		}
		return &csvWriter{w: cw}, nil
	case "gdelt":
		return &gdeltWriter{w: w, clusters: map[string]*gdeltEvent{}}, nil
	case "parquet":
		return newParquetWriter(w), nil
	}
	return nil, fmt.Errorf("unknown export format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

type jsonlWriter struct{ enc *json.Encoder }

func (j *jsonlWriter) Write(rec record.Record) error {
	if err := j.enc.Encode(rec); err != nil {
		return fmt.Errorf("jsonl %s: %w", rec.Source, err)
	}
	return nil
}

func (j *jsonlWriter) Close() error { return nil }

// EventRow is one event mention: the row of the CSV export (ParquetRow is
// the typed row of the Parquet export).
type EventRow struct {
	Cluster    string `json:"cluster"`
	Sources    int32  `json:"sources"`
	Document   string `json:"document"` // the record's source name
	URL        string `json:"url"`
	Outlet     string `json:"outlet"`
	Published  string `json:"published"`
	Lang       string `json:"lang"`
	Type       string `json:"type"`
	Mode       string `json:"mode"`
	Date       string `json:"date"`
	DateEnd    string `json:"date_end"`
	Place      string `json:"place"`
	Name       string `json:"name"`
	Agreement  string `json:"agreement"` // the signed document, for AGREE
	Modality   string `json:"modality"`
	Actors     string `json:"actors"`      // entity ids, ";"-separated
	ActorNames string `json:"actor_names"` // canonical names, ";"-separated
	Evidence   string `json:"evidence"`
}

// EventHeader is the CSV header, in EventRow's field order.
var EventHeader = []string{"cluster", "sources", "document", "url", "outlet", "published", "lang", "type", "mode",
	"date", "date_end", "place", "name", "agreement", "modality", "actors", "actor_names", "evidence"}

func (r EventRow) strings() []string {
	return []string{r.Cluster, strconv.Itoa(int(r.Sources)), r.Document, r.URL, r.Outlet, r.Published, r.Lang,
		r.Type, r.Mode, r.Date, r.DateEnd, r.Place, r.Name, r.Agreement, r.Modality, r.Actors, r.ActorNames, r.Evidence}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// Rows returns the event rows of a record.
func Rows(rec record.Record) []EventRow {
	names := map[string]string{}
	for _, e := range rec.Entities {
		names[e.ID] = e.Name
	}
	out := make([]EventRow, 0, len(rec.Events))
	for _, ev := range rec.Events {
		var ns []string
		for _, a := range ev.Actors {
			n := names[a]
			if n == "" {
				n = a
			}
			ns = append(ns, n)
		}
		out = append(out, EventRow{
			Cluster: ev.Cluster, Sources: int32(ev.Sources), Document: rec.Source, URL: rec.URL,
			Outlet: deref(rec.Outlet), Published: deref(rec.Published), Lang: rec.Lang,
			Type: ev.Type, Mode: ev.Mode, Date: deref(ev.Date), DateEnd: deref(ev.DateEnd), Place: deref(ev.Place),
			Name: deref(ev.Name), Agreement: deref(ev.Document), Modality: ev.Modality,
			Actors: strings.Join(ev.Actors, ";"), ActorNames: strings.Join(ns, ";"), Evidence: ev.Evidence.Text,
		})
	}
	return out
}

type csvWriter struct{ w *csv.Writer }

func (c *csvWriter) Write(rec record.Record) error {
	for _, r := range Rows(rec) {
		if err := c.w.Write(r.strings()); err != nil {
			return fmt.Errorf("csv %s: %w", rec.Source, err)
		}
	}
	return nil
}

func (c *csvWriter) Close() error {
	c.w.Flush()
	return c.w.Error()
}
