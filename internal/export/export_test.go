package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/format"

	"kronik/internal/record"
)

func sp(s string) *string { return &s }

// records are two reports of one meeting (one cluster, two sources) and a
// signing reported once.
func records() []record.Record {
	ents := []record.Entity{
		{ID: "country:IDN", Type: "COUNTRY", Name: "Indonesia", Code: "IDN"},
		{ID: "country:VNM", Type: "COUNTRY", Name: "Vietnam", Code: "VNM"},
		{ID: "person:sugiono", Type: "PERSON", Name: "Sugiono", Country: "country:IDN",
			Roles: []record.Role{{Title: "Menteri Luar Negeri"}}},
		{ID: "place:hanoi", Type: "PLACE", Name: "Hanoi", Country: "country:VNM"},
	}
	meet := record.Event{Type: "CONSULT", Mode: "meet", Actors: []string{"person:sugiono", "country:VNM"},
		Date: sp("2025-06-02"), Place: sp("Hanoi"), Modality: "occurred", Cluster: "evt:00000000abcd", Sources: 2,
		Evidence: record.Evidence{Text: "Sugiono bertemu mitranya dari Vietnam di Hanoi,\tSenin."}}
	sign := record.Event{Type: "AGREE", Mode: "sign", Actors: []string{"country:IDN", "country:VNM"},
		Date: sp("2025-06"), Document: sp("nota kesepahaman perikanan"), Modality: "occurred", Cluster: "evt:00000000beef", Sources: 1,
		Evidence: record.Evidence{Text: "Kedua pihak menandatangani nota kesepahaman perikanan."}}
	return []record.Record{
		{Source: "a.txt", Hash: "aaaa", URL: "https://a.example/1", Lang: "id", Published: sp("2025-06-03"), Outlet: sp("Kronik"),
			Entities: ents, Events: []record.Event{meet, sign}},
		{Source: "b.txt", Lang: "id", Published: sp("2025-06-04"), Entities: ents, Events: []record.Event{meet}},
	}
}

func write(t *testing.T, format string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := New(format, &buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range records() {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestJSONL(t *testing.T) {
	lines := strings.Split(strings.TrimSpace(string(write(t, "jsonl"))), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines", len(lines))
	}
	var r record.Record
	if err := json.Unmarshal([]byte(lines[0]), &r); err != nil || r.Source != "a.txt" || len(r.Events) != 2 {
		t.Fatalf("record = %+v, %v", r, err)
	}
}

func TestCSV(t *testing.T) {
	rows, err := csv.NewReader(bytes.NewReader(write(t, "csv"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || len(rows[0]) != len(EventHeader) {
		t.Fatalf("%d rows of %d columns", len(rows), len(rows[0]))
	}
	if rows[1][0] != "evt:00000000abcd" || rows[1][1] != "2" || rows[1][16] != "Sugiono;Vietnam" || rows[2][13] != "nota kesepahaman perikanan" {
		t.Fatalf("rows = %q", rows[1:])
	}
}

func TestGDELT(t *testing.T) {
	lines := strings.Split(strings.TrimSpace(string(write(t, "gdelt"))), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d rows, want one per cluster (2)", len(lines))
	}
	col := map[string]int{}
	for i, c := range GDELTColumns {
		col[c] = i
	}
	if len(GDELTColumns) != 61 {
		t.Fatalf("%d columns", len(GDELTColumns))
	}
	meet := strings.Split(lines[0], "\t")
	want := map[string]string{
		"GLOBALEVENTID": "43981", "SQLDATE": "20250602", "MonthYear": "202506", "Year": "2025",
		"Actor1Code": "IDNGOV", "Actor1Name": "SUGIONO", "Actor1CountryCode": "IDN", "Actor1Type1Code": "GOV",
		"Actor2Code": "VNM", "Actor2Name": "VIETNAM", "EventCode": "040", "EventBaseCode": "040",
		"EventRootCode": "04", "QuadClass": "1", "GoldsteinScale": "1.0",
		"NumMentions": "2", "NumSources": "2", "NumArticles": "2",
		"ActionGeo_Type": "4", "ActionGeo_FullName": "Hanoi", "ActionGeo_CountryCode": "VNM",
		"DATEADDED": "20250603000000", "SOURCEURL": "https://a.example/1",
	}
	for c, v := range want {
		if meet[col[c]] != v {
			t.Errorf("meeting %s = %q, want %q", c, meet[col[c]], v)
		}
	}
	sign := strings.Split(lines[1], "\t")
	if sign[col["EventCode"]] != "057" || sign[col["SQLDATE"]] != "20250601" || sign[col["GoldsteinScale"]] != "8.0" {
		t.Errorf("signing = %q", sign)
	}
}

func TestCAMEOFor(t *testing.T) {
	tests := []struct{ typ, mode, modality, want string }{
		{"CONSULT", "visit", "occurred", "042"},
		{"CONSULT", "phone", "occurred", "041"},
		{"CONSULT", "multilateral", "occurred", "044"},
		{"CONSULT", "meet", "planned", "036"},
		{"AGREE", "sign", "occurred", "057"},
		{"AGREE", "sign", "planned", "030"},
		{"SANCTION", "", "occurred", "163"},
	}
	for _, tc := range tests {
		c, ok := CAMEOFor(tc.typ, tc.mode, tc.modality)
		if !ok || c.Code != tc.want {
			t.Errorf("CAMEOFor(%s, %s, %s) = %v, want %s", tc.typ, tc.mode, tc.modality, c.Code, tc.want)
		}
	}
	if _, ok := CAMEOFor("DANCE", "", ""); ok {
		t.Error("unknown type mapped")
	}
}

// TestParquet: the Parquet export has typed columns (DATE, integers, lists),
// NULL where the record knows nothing, the document's hash and URL, and
// compressed pages.
func TestParquet(t *testing.T) {
	data := write(t, "parquet")
	f, err := parquet.OpenFile(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	schema := f.Schema()
	for col, want := range map[string]string{
		"published": "DATE", "date": "DATE", "date_end": "DATE", "sources": "INT(32",
	} {
		leaf, ok := schema.Lookup(col)
		if !ok {
			t.Fatalf("no column %s in %s", col, schema)
		}
		if got := fmt.Sprint(leaf.Node.Type()); !strings.Contains(strings.ToUpper(got), want) {
			t.Errorf("column %s is %s, want %s", col, got, want)
		}
	}
	for _, rg := range f.Metadata().RowGroups {
		for _, cc := range rg.Columns {
			if cc.MetaData.Codec != format.Zstd {
				t.Errorf("column %v: compression %v, want ZSTD", cc.MetaData.PathInSchema, cc.MetaData.Codec)
			}
		}
	}
	r := parquet.NewGenericReader[ParquetRow](bytes.NewReader(data))
	rows := make([]ParquetRow, 10)
	n, _ := r.Read(rows)
	if n != 3 {
		t.Fatalf("read %d rows, want 3", n)
	}
	meet, sign, other := rows[0], rows[1], rows[2]
	day := func(d *int32) string {
		if d == nil {
			return "NULL"
		}
		return ParquetDay(*d).Format("2006-01-02")
	}
	if meet.Cluster != "evt:00000000abcd" || meet.Sources != 2 || day(meet.Date) != "2025-06-02" ||
		deref(meet.DatePrecision) != "day" || day(meet.Published) != "2025-06-03" || deref(meet.DocumentHash) != "aaaa" ||
		deref(meet.URL) != "https://a.example/1" {
		t.Errorf("meeting row = %+v", meet)
	}
	if strings.Join(meet.Actors, "|") != "person:sugiono|country:VNM" || strings.Join(meet.ActorNames, "|") != "Sugiono|Vietnam" {
		t.Errorf("meeting actors %q names %q: want lists", meet.Actors, meet.ActorNames)
	}
	if deref(sign.Agreement) != "nota kesepahaman perikanan" || day(sign.Date) != "2025-06-01" || deref(sign.DatePrecision) != "month" {
		t.Errorf("signing row = %+v", sign)
	}
	// What the record does not know is NULL, not "".
	if sign.Place != nil || sign.DateEnd != nil || other.URL != nil || other.Outlet != nil || other.DocumentHash != nil {
		t.Errorf("unknown values are not NULL: signing %+v, other %+v", sign, other)
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := New("xml", &bytes.Buffer{}); err == nil {
		t.Fatal("xml accepted")
	}
}
