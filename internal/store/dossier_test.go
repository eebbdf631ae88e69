package store

import (
	"testing"
)

// Sentences written for these tests.

func TestAboutPair(t *testing.T) {
	fig := func(s string) Figure { return Figure{Sentence: s} }
	tests := []struct {
		sentence string
		keep     bool
	}{
		{"Perdagangan bilateral pada 2024 mencapai 24,3 miliar dolar AS.", true},
		{"Investasi Malaysia di Indonesia mencapai Rp 68,2 triliun.", true},
		{"Malaysian investment in Indonesia reached $4 billion.", true},
		{"The two leaders said trade reached $24.3 billion.", true},
		{"Nilai perdagangan intra-ASEAN tahun lalu mencapai 820 miliar dolar AS.", false},
		{"Global oil demand rose by 2 percent.", false},
		{"Pada 2024, volume perdagangan dua arah mencapai 95 miliar dolar AS.", true},
		{"Perdagangan RI-Malaysia naik 3 persen.", true},
		{"Harga minyak dunia naik 3 persen.", false},
	}
	idn := EntityRef{ID: "country:IDN", Type: "COUNTRY", Name: "Indonesia"}
	mys := EntityRef{ID: "country:MYS", Type: "COUNTRY", Name: "Malaysia"}
	for _, tt := range tests {
		got := aboutPair([]Figure{fig(tt.sentence)}, idn, mys)
		if (len(got) == 1) != tt.keep {
			t.Errorf("aboutPair(%q) kept %v, want %v", tt.sentence, len(got) == 1, tt.keep)
		}
	}
}

func TestImpliedMeasure(t *testing.T) {
	tests := []struct{ sentence, figure, want string }{
		{"Kedua pemimpin membahas perdagangan bilateral yang pada 2024 mencapai 24,3 miliar dolar AS.", "24,3 miliar dolar AS", "perdagangan bilateral"},
		{"They discussed bilateral trade, which reached US$24.3 billion in 2024.", "US$24.3 billion", "bilateral trade"},
		{"Investasi mencapai Rp 5 triliun dan ekspor mencapai 2 miliar dolar AS.", "2 miliar dolar AS", "ekspor"},
		{"Angka itu mencapai 2 miliar dolar AS, kata perdagangan.", "2 miliar dolar AS", ""},
		{"Nilainya 5 miliar dolar AS.", "7 miliar", ""},
	}
	for _, tt := range tests {
		if got := impliedMeasure(tt.sentence, tt.figure); got != tt.want {
			t.Errorf("impliedMeasure(%q, %q) = %q, want %q", tt.sentence, tt.figure, got, tt.want)
		}
	}
}

// TestFiguresAcrossLanguages: one figure reported in Indonesian and in
// English is one group, also when the extraction named no measure.
func TestFiguresAcrossLanguages(t *testing.T) {
	id := Figure{Sentence: "Kedua pemimpin membahas perdagangan bilateral yang pada 2024 mencapai 24,3 miliar dolar AS.",
		Period: "2024", Source: DocRef{Name: "id.txt", Group: 1, Lang: "id"}}
	id.Kind, id.Unit, id.Value, id.Text = "money", "USD", 24.3e9, "24,3 miliar dolar AS"
	en := Figure{Sentence: "The two leaders also discussed bilateral trade, which reached US$24.3 billion in 2024.",
		Period: "2024", Source: DocRef{Name: "en.html", Group: 2, Lang: "en"}}
	en.Kind, en.Unit, en.Value, en.Text = "money", "USD", 24.3e9, "US$24.3 billion"
	g := GroupFigures([]Figure{id, en})
	if len(g) != 1 || g[0].Sources != 2 || !g[0].Consistent {
		t.Fatalf("groups %+v, want one consistent group of two sources", g)
	}
}

// TestAboutPairByAlias: a party is found under the names the knowledge base
// knows for it, as whole words.
func TestAboutPairByAlias(t *testing.T) {
	chn := EntityRef{ID: "country:CHN", Type: "COUNTRY", Name: "China"}
	kaz := EntityRef{ID: "country:KAZ", Type: "COUNTRY", Name: "Kazakhstan"}
	for _, tt := range []struct {
		sentence string
		keep     bool
	}{
		{"Perdagangan Tiongkok-Asia Tengah mencapai 94,8 miliar dolar AS.", true},
		{"Investasi Jepang di kawasan itu mencapai 5 miliar dolar AS.", false},
	} {
		got := aboutPair([]Figure{{Sentence: tt.sentence}}, chn, kaz)
		if (len(got) == 1) != tt.keep {
			t.Errorf("aboutPair(%q) kept %v, want %v", tt.sentence, len(got) == 1, tt.keep)
		}
	}
}
