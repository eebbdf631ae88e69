package export

import (
	"fmt"
	"io"
	"time"

	"github.com/parquet-go/parquet-go"

	"kronik/internal/calendar"
	"kronik/internal/record"
)

// ParquetRow is one event mention in the Parquet export. Unlike the CSV's
// text cells, columns are typed: dates are DATE, counts integers, what the
// record does not know is NULL (not an empty string), actors are lists, and
// each row names its document by content hash (the id of GET
// /api/documents/{id}) and URL. Dates of a month or a year are stored as
// their first day with DatePrecision saying which.
type ParquetRow struct {
	Cluster       string   `parquet:"cluster,dict"`
	Sources       int32    `parquet:"sources"`
	DocumentHash  *string  `parquet:"document_hash,optional"`
	Document      string   `parquet:"document"` // the record's source name
	URL           *string  `parquet:"url,optional"`
	Outlet        *string  `parquet:"outlet,optional,dict"`
	Published     *int32   `parquet:"published,optional,date"` // days since 1970-01-01, as DATE is
	Lang          *string  `parquet:"lang,optional,dict"`
	Type          string   `parquet:"type,dict"`
	Mode          *string  `parquet:"mode,optional,dict"`
	Date          *int32   `parquet:"date,optional,date"`
	DatePrecision *string  `parquet:"date_precision,optional,dict"` // day, month or year
	DateEnd       *int32   `parquet:"date_end,optional,date"`
	Place         *string  `parquet:"place,optional"`
	Name          *string  `parquet:"name,optional"`
	Agreement     *string  `parquet:"agreement,optional"` // the signed document, for AGREE
	Modality      *string  `parquet:"modality,optional,dict"`
	Actors        []string `parquet:"actors,list"`      // entity ids
	ActorNames    []string `parquet:"actor_names,list"` // canonical names, in the order of actors
	Evidence      string   `parquet:"evidence"`
}

// nullable returns nil for the empty string: NULL in Parquet.
func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// parquetDate reads YYYY[-MM[-DD]] (a longer value's first ten bytes, as
// in a publication timestamp) as a DATE value, days since 1970-01-01, and
// its precision; nil when it is not a date. (Days rather than time.Time:
// parquet-go v0.32 does not round-trip an optional time.Time DATE column.)
func parquetDate(s string) (*int32, *string) {
	if len(s) > 10 {
		s = s[:10]
	}
	t, ok := calendar.Parse(s)
	if !ok {
		return nil, nil
	}
	days := int32(t.Sub(calendar.Of(1970, 1, 1)))
	p := t.Precision().String()
	return &days, &p
}

// ParquetDay is the time of a DATE value of the Parquet export.
func ParquetDay(days int32) time.Time { return time.Unix(int64(days)*86400, 0).UTC() }

// ParquetRows returns the Parquet rows of a record.
func ParquetRows(rec record.Record) []ParquetRow {
	names := map[string]string{}
	for _, e := range rec.Entities {
		names[e.ID] = e.Name
	}
	published, _ := parquetDate(deref(rec.Published))
	out := make([]ParquetRow, 0, len(rec.Events))
	for _, ev := range rec.Events {
		ns := make([]string, len(ev.Actors))
		for i, a := range ev.Actors {
			ns[i] = names[a]
			if ns[i] == "" {
				ns[i] = a
			}
		}
		date, precision := parquetDate(deref(ev.Date))
		end, _ := parquetDate(deref(ev.DateEnd))
		out = append(out, ParquetRow{
			Cluster: ev.Cluster, Sources: int32(ev.Sources), DocumentHash: nullable(rec.Hash),
			Document: rec.Source, URL: nullable(rec.URL), Outlet: nullable(deref(rec.Outlet)),
			Published: published, Lang: nullable(rec.Lang), Type: ev.Type, Mode: nullable(ev.Mode),
			Date: date, DatePrecision: precision, DateEnd: end, Place: nullable(deref(ev.Place)),
			Name: nullable(deref(ev.Name)), Agreement: nullable(deref(ev.Document)),
			Modality: nullable(ev.Modality), Actors: append([]string{}, ev.Actors...), ActorNames: ns,
			Evidence: ev.Evidence.Text,
		})
	}
	return out
}

type parquetWriter struct {
	w *parquet.GenericWriter[ParquetRow]
}

// newParquetWriter writes zstd-compressed pages: evidence sentences and
// repeated names compress several times over.
func newParquetWriter(w io.Writer) *parquetWriter {
	return &parquetWriter{w: parquet.NewGenericWriter[ParquetRow](w, parquet.Compression(&parquet.Zstd))}
}

func (p *parquetWriter) Write(rec record.Record) error {
	rows := ParquetRows(rec)
	if len(rows) == 0 {
		return nil
	}
	if _, err := p.w.Write(rows); err != nil {
		return fmt.Errorf("parquet %s: %w", rec.Source, err)
	}
	return nil
}

func (p *parquetWriter) Close() error {
	if err := p.w.Close(); err != nil {
		return fmt.Errorf("parquet: %w", err)
	}
	return nil
}
