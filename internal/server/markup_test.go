package server

import (
	"net/url"
	"strings"
	"testing"

	"kronik/internal/record"
	"kronik/internal/store"
)

func TestMarkedSnippet(t *testing.T) {
	for in, want := range map[string]string{
		"kedua «pemimpin» bertemu":    "kedua <mark>pemimpin</mark> bertemu",
		"<b>«x»</b> & «y»":            "&lt;b&gt;<mark>x</mark>&lt;/b&gt; &amp; <mark>y</mark>",
		"unclosed «mark <i>":          "unclosed «mark &lt;i&gt;",
		"«<script>alert(1)</script>»": "<mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark>",
	} {
		if got := string(markedSnippet(in)); got != want {
			t.Errorf("markedSnippet(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDocumentMarkup(t *testing.T) {
	text := "Judul <b>\n\nPresiden Ana bertemu Budi di Kota pada 2025. Nilai 5 persen.\n\nAkhir."
	at := func(s string) (int, int) {
		i := strings.Index(text, s)
		return i, i + len(s)
	}
	ana0, ana1 := at("Ana")
	kota0, kota1 := at("Kota")
	tx0, tx1 := at("2025")
	q0, q1 := at("5 persen")
	ev0, ev1 := at("Presiden Ana bertemu Budi di Kota pada 2025.")
	rec := record.Record{
		Text: text,
		Entities: []record.Entity{
			{ID: "person:ana", Type: "PERSON", Name: "Ana", Mentions: []record.Mention{{Start: ana0, End: ana1}}},
			// A mention overlapping another and one running past the end of
			// the text: offsets from the store are not trusted.
			{ID: "place:kota", Type: "PLACE", Name: "Kota", Mentions: []record.Mention{
				{Start: kota0, End: kota1}, {Start: kota0 + 1, End: kota1 + 2}, {Start: len(text) - 2, End: len(text) + 5}}},
		},
		Times:      []record.Time{{Start: tx0, End: tx1, Value: "2025"}},
		Quantities: []record.Quantity{{Kind: "percent", Value: 5, Unit: "%", Start: q0, End: q1}},
		Events: []record.Event{
			{Type: "CONSULT", Mode: "meet", Actors: []string{"person:ana"}, Cluster: "evt:1", Evidence: record.Evidence{Start: ev0, End: ev1}},
			{Type: "AGREE", Mode: "sign", Cluster: "evt:2", Evidence: record.Evidence{Start: ev0, End: ev1}},
		},
	}
	v := documentView(rec)
	body := string(v.Body)
	for _, want := range []string{
		"<p>Judul &lt;b&gt;</p>",
		`<mark class="evidence" id="ev-0" title="event: CONSULT/meet; AGREE/sign">Presiden <a class="ent ent-person" href="/entities/person:ana" title="PERSON: Ana">Ana</a> bertemu`,
		`<a class="ent ent-place" href="/entities/place:kota" title="PLACE: Kota">Kota</a>`,
		`<span class="tx" title="time: 2025">2025</span>.</mark>`,
		`<span class="qty" title="percent: 5 %">5 persen</span>`,
		"<p>Akhir.</p>",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("document body lacks %q:\n%s", want, body)
		}
	}
	if strings.Count(body, "<mark") != 1 || strings.Count(body, "<a ") != 2 {
		t.Errorf("want one evidence mark and two entity links:\n%s", body)
	}
	if len(v.Events) != 2 || v.Events[1].Anchor != "ev-0" {
		t.Errorf("events sharing a sentence should share its anchor: %+v", v.Events)
	}

	ctx, ok := evidenceInContext(rec, "evt:2", "")
	if !ok || !strings.Contains(string(ctx), `<mark class="evidence" id="evidence">Presiden`) ||
		!strings.Contains(string(ctx), "Judul") || !strings.Contains(string(ctx), "Akhir") {
		t.Errorf("evidence in context = %q, %v", ctx, ok)
	}
	if _, ok := evidenceInContext(rec, "evt:9", "not in the text"); ok {
		t.Error("evidence of another event was located")
	}
}

func TestTimeline(t *testing.T) {
	if got := timeline(nil, nil); got != "" {
		t.Errorf("timeline of no events = %q", got)
	}
	cs := []store.Cluster{
		{ID: "evt:a", Type: "CONSULT", Mode: "meet", Date: "2025-05-21", Sources: 2, ActorNames: map[string]string{}},
		{ID: "evt:b", Type: "AGREE", Mode: "sign", Date: "2025-05", DateEnd: "2025-06", Sources: 1, Name: `<Deklarasi & "X">`},
		{ID: "evt:c", Type: "CONSULT", Mode: "visit", Date: "2026-11", Modality: "planned", Sources: 1},
		{ID: "evt:d", Type: "CONSULT", Mode: "meet", Sources: 1}, // undated
	}
	svg := string(timeline(cs, url.Values{"actor": {"country:IDN"}}))
	for _, want := range []string{
		`<svg class="timeline"`, `href="/events/evt:a"`, `href="/events/evt:b"`, `class="dot t-consult planned"`,
		`&lt;Deklarasi &amp; &#34;X&#34;&gt;`, `class="range t-agree"`, ">CONSULT</text>", ">AGREE</text>",
		"1 event without a date not shown",
	} {
		if !strings.Contains(svg, want) {
			t.Errorf("timeline lacks %q:\n%s", want, svg)
		}
	}
	if strings.Count(svg, "<circle") != 3 {
		t.Errorf("want three dots (the undated event left out), got %d", strings.Count(svg, "<circle"))
	}
	if strings.Index(svg, ">CONSULT</text>") > strings.Index(svg, ">AGREE</text>") {
		t.Error("rows should follow the PLOVER order: CONSULT before AGREE")
	}
}
