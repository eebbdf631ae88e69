package event

import (
	"strings"
	"testing"

	"kronik/internal/record"
	"kronik/internal/text"
)

// ent describes a test entity; its mentions are found in the text by name.
type ent struct {
	id, typ, country string
	names            []string
}

// tm is a resolved time expression found in the text by its surface form.
type tm struct{ surface, value, end string }

var testEntities = []ent{
	{"country:IDN", "COUNTRY", "", []string{"Indonesia"}},
	{"country:MYS", "COUNTRY", "", []string{"Malaysia"}},
	{"country:SGP", "COUNTRY", "", []string{"Singapura"}},
	{"country:THA", "COUNTRY", "", []string{"Thailand"}},
	{"country:VNM", "COUNTRY", "", []string{"Vietnam"}},
	{"country:PHL", "COUNTRY", "", []string{"Filipina"}},
	{"country:JPN", "COUNTRY", "", []string{"Jepang", "Japan"}},
	{"country:KOR", "COUNTRY", "", []string{"Korea Selatan"}},
	{"country:AUS", "COUNTRY", "", []string{"Australia"}},
	{"country:CHN", "COUNTRY", "", []string{"China", "Chinese"}},
	{"country:RUS", "COUNTRY", "", []string{"Russia", "Russian"}},
	{"country:FRA", "COUNTRY", "", []string{"Prancis"}},
	{"country:BRA", "COUNTRY", "", []string{"Brasil"}},
	{"country:UKR", "COUNTRY", "", []string{"Ukraina"}},
	{"country:DEU", "COUNTRY", "", []string{"Jerman"}},
	{"person:prabowo-subianto", "PERSON", "country:IDN", []string{"Prabowo Subianto", "Prabowo"}},
	{"person:anwar-ibrahim", "PERSON", "country:MYS", []string{"Anwar Ibrahim", "Anwar"}},
	{"person:emmanuel-macron", "PERSON", "country:FRA", []string{"Emmanuel Macron", "Macron"}},
	{"person:xi-jinping", "PERSON", "country:CHN", []string{"Xi Jinping", "Xi"}},
	{"person:vladimir-putin", "PERSON", "country:RUS", []string{"Vladimir Putin", "Putin"}},
	{"person:volodymyr-zelensky", "PERSON", "country:UKR", []string{"Volodymyr Zelensky"}},
	{"person:friedrich-merz", "PERSON", "country:DEU", []string{"Friedrich Merz", "Merz"}},
	{"person:budi-santoso", "PERSON", "", []string{"Budi Santoso"}},
	{"place:kuala-lumpur", "PLACE", "country:MYS", []string{"Kuala Lumpur"}},
	{"place:hanoi", "PLACE", "country:VNM", []string{"Hanoi"}},
	{"place:tokyo", "PLACE", "country:JPN", []string{"Tokyo"}},
	{"place:moscow", "PLACE", "country:RUS", []string{"Moscow"}},
	{"place:jakarta", "PLACE", "country:IDN", []string{"Jakarta"}},
	{"place:putrajaya", "PLACE", "country:MYS", []string{"Putrajaya", "PUTRAJAYA"}},
	{"person:mohamad-hasan", "PERSON", "country:MYS", []string{"Mohamad Hasan"}},
	{"place:istana-merdeka", "PLACE", "country:IDN", []string{"Istana Merdeka"}},
	{"place:jenewa", "PLACE", "", []string{"Jenewa"}},
	{"org:asean", "ORG", "", []string{"ASEAN"}},
	{"org:g20", "ORG", "", []string{"G20"}},
	{"country:USA", "COUNTRY", "", []string{"United States"}},
	{"person:sugiono", "PERSON", "country:IDN", []string{"Sugiono"}},
	{"person:penny-wong", "PERSON", "country:AUS", []string{"Penny Wong"}},
	{"person:retno-marsudi", "PERSON", "country:IDN", []string{"Retno Marsudi"}},
	{"place:beijing", "PLACE", "country:CHN", []string{"Beijing"}},
	{"place:rio", "PLACE", "country:BRA", []string{"Rio de Janeiro"}},
	{"person:li-qiang", "PERSON", "country:CHN", []string{"Li Qiang"}},
	{"person:to-lam", "PERSON", "country:VNM", []string{"To Lam", "Lam"}},
	{"person:pham-minh-chinh", "PERSON", "country:VNM", []string{"Pham Minh Chinh", "Chinh"}},
	{"org:antara", "ORG", "country:IDN", []string{"ANTARA"}},
	{"org:bernama", "ORG", "country:MYS", []string{"Bernama"}},
	{"org:reuters", "ORG", "country:GBR", []string{"Reuters"}},
}

// input builds an event Input from a text written for the test: entities and
// times are located by their surface forms, as the earlier stages would.
func input(doc string, times []tm, published string) Input {
	in := Input{Text: doc, Lang: "id", Sentences: text.Split(doc), Published: published}
	taken := make([]bool, len(doc))
	for _, e := range testEntities {
		re := record.Entity{ID: e.id, Type: e.typ, Name: e.names[0], Country: e.country}
		for _, n := range e.names {
			for off := 0; ; {
				i := strings.Index(doc[off:], n)
				if i < 0 {
					break
				}
				s, t := off+i, off+i+len(n)
				off = t
				if taken[s] || (t < len(doc) && isWordByte(doc[t])) || (s > 0 && isWordByte(doc[s-1])) {
					continue
				}
				for k := s; k < t; k++ {
					taken[k] = true
				}
				re.Mentions = append(re.Mentions, record.Mention{Text: n, Start: s, End: t})
			}
		}
		if len(re.Mentions) > 0 {
			in.Entities = append(in.Entities, re)
		}
	}
	for _, x := range times {
		i := strings.Index(doc, x.surface)
		if i < 0 {
			panic("time not in text: " + x.surface)
		}
		in.Times = append(in.Times, record.Time{Text: x.surface, Start: i, End: i + len(x.surface), Value: x.value, EndValue: x.end, Kind: "date"})
	}
	return in
}

// ledeSpans gives the spans internal/article would pass for a text that opens
// with lede, naming the place dateline in it.
func ledeSpans(t *testing.T, doc, lede, dateline string) (ledeSpan, place [2]int) {
	t.Helper()
	if lede == "" {
		return
	}
	if !strings.HasPrefix(doc, lede) {
		t.Fatalf("text does not open with its lede %q", lede)
	}
	ledeSpan = [2]int{0, len(lede)}
	if dateline != "" {
		i := strings.Index(lede, dateline)
		if i < 0 {
			t.Fatalf("lede %q does not name %q", lede, dateline)
		}
		place = [2]int{i, i + len(dateline)}
	}
	return
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// want is one expected event: type/mode, the actors that must be among its
// actors, its date and modality ("" = do not check).
type want struct {
	typ, mode string
	actors    []string
	date      string
	modality  string
	place     string
	document  string
	absent    []string // actors it must not have
}

// construction is one table row of the construction tests: a text written for
// the test and the CONSULT/AGREE events it must yield, in order.
type construction struct {
	name      string
	doc       string
	times     []tm
	published string
	// lede is the opening of doc that internal/article reads as the lede
	// ("Jakarta (ANTARA) - "), and dateline the place named in it; "" when
	// the text has none
	lede, dateline string
	// lang is the text's language; "" is Indonesian
	lang string
	want []want
}

func runConstructions(t *testing.T, tests []construction) {
	t.Helper()
	x := New()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := input(tc.doc, tc.times, tc.published)
			if tc.lang != "" {
				in.Lang = tc.lang
			}
			in.Lede, in.DatelineSpan = ledeSpans(t, tc.doc, tc.lede, tc.dateline)
			checkEvents(t, x, in, tc.want)
		})
	}
}

// checkEvents extracts the events of in and compares the scored ones with want.
func checkEvents(t *testing.T, x *Extractor, in Input, wants []want) {
	t.Helper()
	got := scored(x.Extract(in))
	if len(got) != len(wants) {
		t.Fatalf("got %d CONSULT/AGREE events, want %d:\n%s", len(got), len(wants), dump(got))
	}
	for i, w := range wants {
		g := got[i]
		if g.Type != w.typ || g.Mode != w.mode {
			t.Errorf("event %d: %s/%s, want %s/%s", i, g.Type, g.Mode, w.typ, w.mode)
		}
		for _, a := range w.actors {
			if !contains(g.Actors, a) {
				t.Errorf("event %d: actors %v lack %s", i, g.Actors, a)
			}
		}
		for _, a := range w.absent {
			if contains(g.Actors, a) {
				t.Errorf("event %d: actors %v have %s", i, g.Actors, a)
			}
		}
		if w.date != "" && deref(g.Date) != w.date {
			t.Errorf("event %d: date %q, want %q", i, deref(g.Date), w.date)
		}
		if w.modality != "" && g.Modality != w.modality {
			t.Errorf("event %d: modality %q, want %q", i, g.Modality, w.modality)
		}
		if w.place != "" && deref(g.Place) != w.place {
			t.Errorf("event %d: place %q, want %q", i, deref(g.Place), w.place)
		}
		if w.document != "" && deref(g.Document) != w.document {
			t.Errorf("event %d: document %q, want %q", i, deref(g.Document), w.document)
		}
		if g.Evidence.Text != in.Text[g.Evidence.Start:g.Evidence.End] {
			t.Errorf("event %d: evidence does not match its offsets", i)
		}
	}
}

func scored(evs []record.Event) []record.Event {
	var out []record.Event
	for _, e := range evs {
		if e.Type == "CONSULT" || e.Type == "AGREE" {
			out = append(out, e)
		}
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func dump(evs []record.Event) string {
	var b strings.Builder
	for _, e := range evs {
		b.WriteString(e.Type + "/" + e.Mode + " " + strings.Join(e.Actors, ",") + " " + deref(e.Date) + " [" + e.Trigger + "] " + e.Modality + "\n")
	}
	return b.String()
}
