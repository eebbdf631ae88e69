package store

import (
	"strings"
	"testing"
)

func TestGroupFigures(t *testing.T) {
	doc := func(name string, group int64) DocRef { return DocRef{Name: name, Group: group, Lang: "id"} }
	fig := func(v float64, measures, period string, d DocRef) Figure {
		f := Figure{Period: period, Source: d}
		f.Kind, f.Unit, f.Value, f.Measures = "money", "USD", v, measures
		return f
	}
	change := func(f Figure) Figure { f.Change = true; return f }
	a, b, c := doc("a", 1), doc("b", 2), doc("c", 3)
	tests := []struct {
		name  string
		figs  []Figure
		want  int // groups
		first bool
		srcs  int
	}{
		{"rounded values agree", []Figure{
			fig(95e9, "volume perdagangan dua arah", "2024", a),
			fig(94.8e9, "nilai perdagangan", "2024", b)}, 1, true, 2},
		{"5% apart disagree", []Figure{
			fig(95e9, "volume perdagangan", "2024", a),
			fig(90e9, "perdagangan bilateral", "2024", c)}, 1, false, 2},
		{"other years are other figures", []Figure{
			fig(95e9, "perdagangan", "2024", a),
			fig(80e9, "perdagangan", "2023", b)}, 2, true, 1},
		{"other measures are other figures", []Figure{
			fig(95e9, "perdagangan", "2024", a),
			fig(30e9, "investasi kumulatif", "2024", b)}, 2, true, 1},
		{"two values in one document are two figures", []Figure{
			fig(95e9, "volume perdagangan", "2024", a),
			fig(5.4e9, "volume perdagangan", "2024", a)}, 2, true, 1},
		{"a change is not a level", []Figure{
			fig(5.4e9, "perdagangan", "2024", a),
			change(fig(5.4e9, "perdagangan", "2024", b))}, 2, true, 1},
		{"figures without a measure are dropped", []Figure{
			fig(16296, "", "", a)}, 0, true, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := GroupFigures(tc.figs)
			if len(g) != tc.want {
				t.Fatalf("%d groups, want %d: %+v", len(g), tc.want, g)
			}
			if len(g) > 0 && (g[0].Consistent != tc.first || g[0].Sources != tc.srcs) {
				t.Fatalf("first group consistent=%v sources=%d, want %v %d", g[0].Consistent, g[0].Sources, tc.first, tc.srcs)
			}
		})
	}
}

func TestTermsAndIndexText(t *testing.T) {
	// Query words are stemmed both ways when the language is unknown.
	got := Terms("", "menandatangani perjanjian")
	if len(got) != 2 || got[0][0] != "andatangan" {
		t.Fatalf("Terms = %q", got)
	}
	// Stop words are dropped unless nothing else is left.
	if got := Terms("id", "yang perdagangan"); len(got) != 1 || got[0][0] != "dagang" {
		t.Fatalf("Terms with a stop word = %q", got)
	}
	if got := Terms("id", "yang"); len(got) != 1 {
		t.Fatalf("Terms of a stop word alone = %q", got)
	}
	if got := IndexText("id", "Perdagangan yang tumbuh, ke-2 di Xi'an."); got != "dagang tumbuh ke2 xian" {
		t.Fatalf("IndexText = %q", got)
	}
}

func TestSnippet(t *testing.T) {
	body := "Cuaca cerah di ibu kota. Kedua menteri menandatangani perjanjian perdagangan. Rapat selesai sore hari."
	got := Snippet("id", body, Terms("id", "penandatanganan dagang"))
	want := "Kedua menteri «menandatangani» perjanjian «perdagangan»."
	if got != want {
		t.Fatalf("Snippet = %q, want %q", got, want)
	}
	long := strings.Repeat("kata lain yang panjang ", 30) + "di sini ada perdagangan " + strings.Repeat("dan seterusnya ", 30) + "."
	got = Snippet("id", long, Terms("id", "perdagangan"))
	if !strings.Contains(got, "«perdagangan»") || !strings.HasPrefix(got, "…") || len(got) > snippetLen+20 {
		t.Fatalf("long snippet = %q", got)
	}
}
