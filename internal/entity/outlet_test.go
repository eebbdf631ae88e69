package entity

import (
	"testing"

	"kronik/internal/record"
	"kronik/internal/text"
)

// TestWithOutlet: the publishing outlet the text names becomes one ORG entity
// with every mention, unless an entity already covers it or the text never
// writes it as a word of its own.
func TestWithOutlet(t *testing.T) {
	const doc = "Warta Online | Internasional\n\nJAKARTA - Para menteri bertemu. (Warta Online)"
	tests := []struct {
		name, txt, outlet string
		ents              []record.Entity
		want              int // mentions of the added outlet entity; 0: none added
	}{
		{"masthead and credit", doc, "Warta Online", nil, 2},
		{"already an entity", doc, "Warta Online",
			[]record.Entity{{ID: "org:warta-online", Type: "ORG", Mentions: []record.Mention{{Start: 0, End: 12}}}}, 0},
		{"inside a longer word", "Kabar WartaOnline hari ini.", "Warta", nil, 0},
		{"not in the text", doc, "Kabar Dunia", nil, 0},
		{"empty outlet", doc, "", nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := WithOutlet(tt.ents, tt.txt, tt.outlet, text.Split(tt.txt))
			added := len(got) - len(tt.ents)
			if tt.want == 0 {
				if added != 0 {
					t.Fatalf("added %+v, want nothing", got[len(tt.ents):])
				}
				return
			}
			if added != 1 {
				t.Fatalf("added %d entities, want 1", added)
			}
			e := got[len(got)-1]
			if e.Type != "ORG" || e.Name != tt.outlet || len(e.Mentions) != tt.want {
				t.Fatalf("got %+v, want ORG %q with %d mentions", e, tt.outlet, tt.want)
			}
			for _, m := range e.Mentions {
				if tt.txt[m.Start:m.End] != tt.outlet {
					t.Errorf("mention %d-%d is %q", m.Start, m.End, tt.txt[m.Start:m.End])
				}
			}
		})
	}
}

// Outlet names that are common words or hold a country's name: "Kabar" (an
// agency's name, and the Indonesian word for news) is no organisation in an
// Indonesian sentence, and "TRT Indonesia" (a broadcaster's edition) is the
// broadcaster, not the country.
func TestOutletNamesThatAreWords(t *testing.T) {
	r := newRecognizer(t, nil)
	tests := []struct {
		text, lang string
		want       map[string]string
		absent     []string
	}{
		{"Kabar baik datang dari Jakarta pada Senin pagi.", "id", nil, []string{"org:kabar"}},
		{"TRT Indonesia melaporkan pertemuan itu pada Selasa.", "id",
			map[string]string{"org:trt": "ORG TRT Indonesia"}, []string{"country:IDN"}},
	}
	for _, tc := range tests {
		expectEntities(t, tc.text, summary(recognize(t, r, tc.text, tc.lang)), tc.want, tc.absent)
	}
}
