// docs.go builds the conformance suite's documents: records written by hand
// for each test, so that the suite tests the store and not the extraction.

package storetest

import (
	"crypto/sha256"
	"encoding/hex"
	"kronik/internal/record"
	"kronik/internal/store"
	"strings"
	"time"
)

// Doc is a hand-made document: its source and extraction.
type Doc struct {
	Src store.Source
	Rec record.Record
}

func hash(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

func sp(s string) *string { return &s }

// builder assembles a record with offsets computed from the text.
type builder struct {
	d Doc
}

func newDoc(name, url, lang, published, outlet, title, body string) *builder {
	b := &builder{}
	key := url
	if key == "" {
		key = "/news/" + name
	}
	b.d.Src = store.Source{Key: key, Name: name, URL: url, Body: []byte(title + "\n\n" + body), Fetched: time.Date(2025, 6, 20, 0, 0, 0, 0, time.UTC)}
	r := &b.d.Rec
	r.Source, r.URL, r.Lang, r.Text = name, url, lang, body
	r.Hash = hash(b.d.Src.Body)
	if published != "" {
		r.Published = sp(published)
	}
	if outlet != "" {
		r.Outlet = sp(outlet)
	}
	if title != "" {
		r.Title = sp(title)
	}
	r.Entities, r.Events, r.Quantities, r.Times = []record.Entity{}, []record.Event{}, []record.Quantity{}, []record.Time{}
	return b
}

// entity adds an entity with a mention for each occurrence of each form.
func (b *builder) entity(id, typ, name, country string, forms ...string) *builder {
	e := record.Entity{ID: id, Type: typ, Name: name, Country: country}
	for _, f := range forms {
		for off := 0; ; {
			i := strings.Index(b.d.Rec.Text[off:], f)
			if i < 0 {
				break
			}
			e.Mentions = append(e.Mentions, record.Mention{Text: f, Start: off + i, End: off + i + len(f)})
			off += i + len(f)
		}
	}
	b.d.Rec.Entities = append(b.d.Rec.Entities, e)
	return b
}

func (b *builder) role(id, title, of string) *builder {
	for i := range b.d.Rec.Entities {
		if b.d.Rec.Entities[i].ID == id {
			b.d.Rec.Entities[i].Roles = append(b.d.Rec.Entities[i].Roles, record.Role{Title: title, Of: of})
		}
	}
	return b
}

func (b *builder) event(typ, mode, date, place, document, evidence string, actors ...string) *builder {
	ev := record.Event{Type: typ, Mode: mode, Actors: actors, Modality: "occurred", DateSource: "text",
		Evidence: record.Evidence{Text: evidence}}
	if date != "" {
		ev.Date = sp(date)
	}
	if place != "" {
		ev.Place = sp(place)
	}
	if document != "" {
		ev.Document = sp(document)
	}
	if i := strings.Index(b.d.Rec.Text, evidence); i >= 0 {
		ev.Evidence.Start, ev.Evidence.End = i, i+len(evidence)
	}
	b.d.Rec.Events = append(b.d.Rec.Events, ev)
	return b
}

// money adds a figure stated by the sentence (up to its full stop) holding
// txt, about period.
func (b *builder) money(txt string, value float64, unit, measures, period string) *builder {
	i := strings.Index(b.d.Rec.Text, txt)
	s0, s1 := sentence(b.d.Rec.Text, i)
	b.d.Rec.Quantities = append(b.d.Rec.Quantities, record.Quantity{Kind: "money", Value: value, Unit: unit,
		Text: txt, Start: i, End: i + len(txt), Measures: measures, SentStart: s0, SentEnd: s1, Period: period})
	return b
}

// status adds a relationship status phrase dated date.
func (b *builder) status(phrase, date string) *builder {
	i := strings.Index(b.d.Rec.Text, phrase)
	s0, s1 := sentence(b.d.Rec.Text, i)
	b.d.Rec.Statuses = append(b.d.Rec.Statuses, record.Status{Phrase: phrase, Start: i, End: i + len(phrase),
		Date: date, SentStart: s0, SentEnd: s1})
	return b
}

// sentence returns the span of the sentence of body holding offset i: from
// after the previous ". " to its own full stop.
func sentence(body string, i int) (int, int) {
	s0 := strings.LastIndex(body[:i], ". ")
	if s0 < 0 {
		s0 = 0
	} else {
		s0 += 2
	}
	s1 := strings.Index(body[i:], ".")
	if s1 < 0 {
		return s0, len(body)
	}
	return s0, i + s1 + 1
}

func (b *builder) time(txt, value string) *builder {
	i := strings.Index(b.d.Rec.Text, txt)
	b.d.Rec.Times = append(b.d.Rec.Times, record.Time{Text: txt, Start: i, End: i + len(txt), Value: value, Kind: "date"})
	return b
}

func (b *builder) doc() Doc { return b.d }

// The documents. Two outlets report the same talks in Astana in their own
// words (two independent sources); a third republishes the first (a near
// duplicate: still two sources); an English report is about other parties.
const (
	bodyA = "Presiden Tiongkok Xi Jinping bertemu Presiden Kazakhstan Kassym-Jomart Tokayev di Astana pada Senin (16/6). " +
		"Kedua pemimpin menyaksikan penandatanganan perjanjian kerja sama energi dan perjanjian tentang jalur kereta api lintas batas. " +
		"Nilai perdagangan kedua negara pada 2024 mencapai 95 miliar dolar AS, naik dari tahun sebelumnya. " +
		"Kedua negara menegaskan kembali Kemitraan Strategis Komprehensif Abadi yang disepakati tahun lalu. " +
		"Para pengamat menilai pertemuan itu memperkuat hubungan ekonomi di kawasan Asia Tengah."
	bodyB = "China dan Kazakhstan mengadakan pembicaraan tingkat tinggi di ibu kota Kazakhstan pada 16 Juni 2025. " +
		"Menurut data bea cukai, perdagangan bilateral sepanjang 2024 tercatat 94,8 miliar dolar AS. " +
		"Pejabat kedua pihak mengatakan kerja sama di bidang pertanian dan logistik akan diperluas. " +
		"Delegasi Kazakhstan juga membahas investasi baru di sektor pengolahan mineral."
	bodyD = "The foreign ministers of Indonesia and Malaysia met in Kuala Lumpur on Saturday to discuss border trade. " +
		"They signed a memorandum on fisheries and agreed to meet again before the end of the year. " +
		"Officials said the meetings would continue at the technical level."
)

func docA() Doc {
	return newDoc("a.txt", "https://a.example/astana", "id", "2025-06-17", "Kantor Berita A",
		"Xi dan Tokayev bertemu di Astana", bodyA).
		entity("country:CHN", "COUNTRY", "China", "", "Tiongkok").
		entity("country:KAZ", "COUNTRY", "Kazakhstan", "", "Kazakhstan").
		entity("person:xi-jinping", "PERSON", "Xi Jinping", "country:CHN", "Xi Jinping").
		entity("person:kassym-jomart-tokayev", "PERSON", "Kassym-Jomart Tokayev", "country:KAZ", "Kassym-Jomart Tokayev").
		entity("place:astana", "PLACE", "Astana", "country:KAZ", "Astana").
		role("person:xi-jinping", "Presiden Tiongkok", "country:CHN").
		role("person:kassym-jomart-tokayev", "Presiden Kazakhstan", "country:KAZ").
		event("CONSULT", "meet", "2025-06-16", "Astana", "",
			"Presiden Tiongkok Xi Jinping bertemu Presiden Kazakhstan Kassym-Jomart Tokayev di Astana pada Senin (16/6).",
			"person:xi-jinping", "person:kassym-jomart-tokayev").
		event("AGREE", "sign", "2025-06-16", "Astana", "perjanjian kerja sama energi",
			"Kedua pemimpin menyaksikan penandatanganan perjanjian kerja sama energi dan perjanjian tentang jalur kereta api lintas batas.",
			"country:CHN", "country:KAZ").
		money("95 miliar dolar AS", 95e9, "USD", "Nilai perdagangan kedua negara", "2024").
		status("Kemitraan Strategis Komprehensif Abadi", "2025-06-17").
		time("2024", "2024").
		doc()
}

func docB() Doc {
	return newDoc("b.html", "https://b.example/news/1", "id", "2025-06-18", "Harian B",
		"China-Kazakhstan perluas kerja sama", bodyB).
		entity("country:CHN", "COUNTRY", "China", "", "China").
		entity("country:KAZ", "COUNTRY", "Kazakhstan", "", "Kazakhstan").
		event("CONSULT", "meet", "2025-06-16", "", "",
			"China dan Kazakhstan mengadakan pembicaraan tingkat tinggi di ibu kota Kazakhstan pada 16 Juni 2025.",
			"country:CHN", "country:KAZ").
		money("94,8 miliar dolar AS", 94.8e9, "USD", "perdagangan bilateral", "2024").
		time("2024", "2024").
		doc()
}

// docC republishes docA with a credit line: a near-duplicate.
func docC() Doc {
	d := docA()
	body := bodyA + " (Sumber: Kantor Berita A)"
	b := newDoc("c.txt", "https://c.example/copy", "id", "2025-06-17", "Portal C", "Xi dan Tokayev bertemu di Astana", body)
	b.d.Rec.Entities, b.d.Rec.Events, b.d.Rec.Quantities, b.d.Rec.Times, b.d.Rec.Statuses = d.Rec.Entities, d.Rec.Events, d.Rec.Quantities, d.Rec.Times, d.Rec.Statuses
	return b.doc()
}

func docD() Doc {
	return newDoc("d.txt", "", "en", "2025-03-01", "Wire D", "Indonesia and Malaysia ministers meet", bodyD).
		entity("country:IDN", "COUNTRY", "Indonesia", "", "Indonesia").
		entity("country:MYS", "COUNTRY", "Malaysia", "", "Malaysia").
		event("CONSULT", "meet", "2025-03-01", "Kuala Lumpur", "",
			"The foreign ministers of Indonesia and Malaysia met in Kuala Lumpur on Saturday to discuss border trade.",
			"country:IDN", "country:MYS").
		doc()
}
