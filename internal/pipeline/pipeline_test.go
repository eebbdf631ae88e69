package pipeline

import (
	"context"
	"strings"
	"testing"

	"kronik/internal/corpusgen"
	"kronik/internal/record"
	"kronik/internal/source"
	"kronik/internal/text"
)

func newPipeline(t testing.TB) *Pipeline {
	t.Helper()
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestProcessRecord checks the record a short Indonesian report gives: the
// fields users rely on are filled and the offsets point into the text.
func TestProcessRecord(t *testing.T) {
	p := newPipeline(t)
	doc := "Jakarta (ANTARA) - Presiden Indonesia Prabowo Subianto bertemu dengan Perdana Menteri Malaysia Anwar Ibrahim di Jakarta pada Senin (16/6/2025).\n\n" +
		"Kedua pemimpin menandatangani pernyataan bersama. Perdagangan kedua negara mencapai 24,3 miliar dolar AS pada 2024.\n"
	rec, err := p.Process(context.Background(), source.Document{Name: "a.txt", Path: "a.txt", Body: []byte(doc), Format: "text"})
	if err != nil {
		t.Fatal(err)
	}
	if rec.Lang != "id" || rec.Outlet == nil || *rec.Outlet != "ANTARA" || rec.Dateline == nil || *rec.Dateline != "Jakarta" {
		t.Errorf("metadata: lang %q outlet %v dateline %v", rec.Lang, rec.Outlet, rec.Dateline)
	}
	if rec.Published != nil {
		t.Errorf("published = %q; the text has no date stamp, so it must be null", *rec.Published)
	}
	for _, e := range rec.Entities {
		for _, m := range e.Mentions {
			if rec.Text[m.Start:m.End] != m.Text {
				t.Errorf("mention %q does not match its offsets", m.Text)
			}
		}
	}
	var meet, sign bool
	for _, e := range rec.Events {
		if rec.Text[e.Evidence.Start:e.Evidence.End] != e.Evidence.Text {
			t.Errorf("evidence of %s/%s does not match its offsets", e.Type, e.Mode)
		}
		meet = meet || (e.Type == "CONSULT" && e.Mode == "meet" && e.Date != nil && *e.Date == "2025-06-16")
		sign = sign || (e.Type == "AGREE" && e.Mode == "sign")
	}
	if !meet || !sign {
		t.Errorf("want the meeting on 2025-06-16 and the signing; got %+v", rec.Events)
	}
	if len(rec.Quantities) != 1 || rec.Quantities[0].Unit != "USD" || rec.Quantities[0].Value != 24.3e9 {
		t.Errorf("quantities = %+v", rec.Quantities)
	}
}

// TestOtherLanguageIsLabelledNotAnnotated: kronik reads Indonesian and English;
// other text is labelled and left alone rather than guessed at.
func TestOtherLanguageIsLabelledNotAnnotated(t *testing.T) {
	p := newPipeline(t)
	doc := "Les dirigeants des deux pays se sont rencontrés à Paris pour discuter de la coopération économique et de la sécurité dans la région."
	rec, err := p.Process(context.Background(), source.Document{Name: "fr.txt", Body: []byte(doc), Format: "text"})
	if err != nil {
		t.Fatal(err)
	}
	if rec.Lang == "id" || rec.Lang == "en" {
		t.Fatalf("lang = %q for French text", rec.Lang)
	}
	if len(rec.Entities)+len(rec.Events)+len(rec.Quantities) != 0 || len(rec.Warnings) == 0 {
		t.Errorf("other-language text should be labelled with a warning and not annotated: %+v", rec)
	}
}

// BenchmarkProcess measures the whole pipeline on generated news, in tokens per
// second on one goroutine.
func BenchmarkProcess(b *testing.B) {
	p := newPipeline(b)
	g := corpusgen.New(corpusgen.DefaultOptions())
	docs := make([]source.Document, 200)
	tokens, bytes := 0, 0
	for i := range docs {
		a := g.Article(i)
		docs[i] = source.Document{Name: a.Name, Body: []byte(a.Text), Format: "text"}
		tokens += len(text.Tokenize(a.Text, 0))
		bytes += len(a.Text)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if _, err := p.Process(context.Background(), d); err != nil && !strings.Contains(err.Error(), "empty") {
				b.Fatal(err)
			}
		}
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(tokens*b.N)/sec, "tokens/s")
	b.ReportMetric(float64(len(docs)*b.N)/sec, "docs/s")
	b.SetBytes(int64(bytes))
}

// TestOutletIsAnEntity: the outlet named in a masthead is an ORG entity of the
// record, once, with its mentions.
func TestOutletIsAnEntity(t *testing.T) {
	p := newPipeline(t)
	doc := "Menteri Bertemu Mitranya\n\nWarta Online | Internasional\nKamis 16 April 2026, 06:15 WIB\n\nJAKARTA - Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Malaysia Mohamad Hasan di Jakarta, Rabu (15/4).\n"
	rec, err := p.Process(context.Background(), source.Document{Name: "a.txt", Body: []byte(doc), Format: "text"})
	if err != nil {
		t.Fatal(err)
	}
	if rec.Outlet == nil || *rec.Outlet != "Warta Online" {
		t.Fatalf("outlet = %v", rec.Outlet)
	}
	n := 0
	for _, e := range rec.Entities {
		if e.Name == "Warta Online" && e.Type == "ORG" {
			n++
			if rec.Text[e.Mentions[0].Start:e.Mentions[0].End] != "Warta Online" {
				t.Errorf("mention offsets do not point at the outlet")
			}
		}
	}
	if n != 1 {
		t.Errorf("%d ORG entities for the outlet, want 1: %+v", n, rec.Entities)
	}
}

// TestEveryIDIsAnEntity: every id a record uses (event actors, a person's or a
// place's state, a role's body) is one of its entities. Here the text names
// Macron and Paris but never France, so France is an implied entity of the
// record, not a dangling id.
func TestEveryIDIsAnEntity(t *testing.T) {
	p := newPipeline(t)
	doc := "Jakarta (Warta Kita) - Presiden Prabowo Subianto bertemu Presiden Emmanuel Macron di Paris pada Senin (14/7/2025).\n\n" +
		"Kedua pemimpin membahas kerja sama pertahanan dan perdagangan.\n"
	rec, err := p.Process(context.Background(), source.Document{Name: "a.txt", Body: []byte(doc), Format: "text"})
	if err != nil {
		t.Fatal(err)
	}
	ents := map[string]record.Entity{}
	for _, e := range rec.Entities {
		ents[e.ID] = e
	}
	var used []string
	for _, ev := range append(rec.Events, rec.NotOccurred...) {
		used = append(used, ev.Actors...)
	}
	for _, e := range rec.Entities {
		if e.Type == "PERSON" || e.Type == "PLACE" {
			used = append(used, e.Country)
		}
		for _, ro := range e.Roles {
			used = append(used, ro.Of)
		}
	}
	for _, id := range used {
		if _, ok := ents[id]; id != "" && !ok {
			t.Errorf("%s is used by the record but is none of its entities", id)
		}
	}
	fra, ok := ents["country:FRA"]
	if !ok {
		t.Fatalf("France (Macron's state) is no entity: %+v", rec.Entities)
	}
	if fra.Source != "implied" || len(fra.Mentions) != 0 || fra.Name == "" {
		t.Errorf("France = %+v, want a named implied entity without mentions", fra)
	}
}

// TestPageDateAnchors: a page whose address carries its date resolves the
// text's relative dates against it, while published stays null (the text
// gives no date).
func TestPageDateAnchors(t *testing.T) {
	p := newPipeline(t)
	doc := "Jakarta (ANTARA) - Presiden Indonesia Prabowo Subianto bertemu dengan Perdana Menteri Malaysia Anwar Ibrahim di Jakarta pada Senin (16/6).\n"
	for _, tc := range []struct{ url, date string }{
		{"https://example.com/berita/2025/06/17/pertemuan/", "2025-06-16"},
		{"https://example.com/berita/pertemuan", ""},
	} {
		rec, err := p.Process(context.Background(), source.Document{Name: tc.url, Path: "in.jsonl:1", URL: tc.url, Body: []byte(doc), Format: "text"})
		if err != nil {
			t.Fatal(err)
		}
		if rec.Published != nil {
			t.Errorf("%s: published = %q, want null", tc.url, *rec.Published)
		}
		got := ""
		for _, e := range rec.Events {
			if e.Type == "CONSULT" && e.Date != nil {
				got = *e.Date
			}
		}
		if tc.date != "" && got != tc.date {
			t.Errorf("%s: meeting dated %q, want %q", tc.url, got, tc.date)
		}
		if tc.date == "" && strings.HasPrefix(got, "2025-06") {
			t.Errorf("%s: meeting dated %q without any date to resolve against", tc.url, got)
		}
	}
}

// TestSentenceAt checks that a figure is given the span of the sentence that
// holds it, and an offset outside every sentence an empty span clamped to the
// text.
func TestSentenceAt(t *testing.T) {
	txt := "Ekspor naik 5 persen.  Impor turun 3 persen. "
	sents := text.Split(txt)
	if len(sents) != 2 {
		t.Fatalf("Split gave %d sentences, want 2", len(sents))
	}
	for _, tc := range []struct {
		i, start, end int
	}{
		{0, sents[0].Start, sents[0].End},
		{12, sents[0].Start, sents[0].End},
		{sents[1].Start, sents[1].Start, sents[1].End},
		{sents[1].End - 1, sents[1].Start, sents[1].End},
		{sents[0].End, sents[0].End, sents[0].End}, // the gap between sentences
		{len(txt) + 5, len(txt), len(txt)},         // past the text
		{-3, 0, 0},                                 // before it
	} {
		if a, b := sentenceAt(sents, len(txt), tc.i); a != tc.start || b != tc.end {
			t.Errorf("sentenceAt(%d) = %d, %d; want %d, %d", tc.i, a, b, tc.start, tc.end)
		}
	}
}
