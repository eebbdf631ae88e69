package status

import (
	"strings"
	"testing"

	"kronik/internal/text"
)

func TestFind(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"id", "Kedua negara sepakat meningkatkan hubungan menjadi Kemitraan Strategis Komprehensif pada 2023.", []string{"Kemitraan Strategis Komprehensif"}},
		{"id", "Hubungan itu kini disebut Kemitraan Strategis Komprehensif Abadi.", []string{"Kemitraan Strategis Komprehensif Abadi"}},
		// Malay is read with the Indonesian pattern.
		{"ms", "Hubungan dinaik taraf kepada Kemitraan Strategik Komprehensif.", []string{"Kemitraan Strategik Komprehensif"}},
		// A headline in title case: the phrase ends where another begins.
		{"id", "Indonesia dan Vietnam Perkuat Kemitraan Strategis Menuju Kemakmuran Bersama", []string{"Kemitraan Strategis"}},
		// The common noun is not a status.
		{"id", "Kemitraan yang erat antara kedua negara terus tumbuh.", nil},
		{"id", "Mereka membahas kemitraan ekonomi.", nil},
		{"en", "The two countries upgraded ties to a Comprehensive Strategic Partnership in 2023.", []string{"Comprehensive Strategic Partnership"}},
		{"en", "The Strategic Partnership was signed in 2015.", []string{"Strategic Partnership"}},
		{"en", "A partnership between the two firms was announced.", nil},
		// Languages without patterns have no statuses.
		{"fr", "Le Partenariat Stratégique Global.", nil},
	}
	for _, tc := range tests {
		sents := text.Split(tc.text)
		var got []string
		for _, p := range Find(tc.text, tc.lang, sents) {
			got = append(got, p.Text)
			if p.Sentence < 0 {
				t.Errorf("%q: no sentence for %q", tc.text, p.Text)
				continue
			}
			s := sents[p.Sentence]
			if !strings.Contains(tc.text[s.Start:s.End], p.Text) {
				t.Errorf("%q: sentence does not hold the phrase %q", tc.text, p.Text)
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// FuzzFind: spans stay inside the text, the sentence holds the match and the
// phrase starts with the match's words.
func FuzzFind(f *testing.F) {
	f.Add("id", "Hubungan naik menjadi Kemitraan Strategis Komprehensif pada 2023.")
	f.Add("en", "They agreed a Comprehensive Strategic Partnership.")
	f.Add("id", "Kemitraan")
	f.Fuzz(func(t *testing.T, lang, body string) {
		sents := text.Split(body)
		for _, p := range Find(body, lang, sents) {
			if p.Start < 0 || p.End > len(body) || p.Start >= p.End {
				t.Fatalf("span out of range: %+v in %d bytes", p, len(body))
			}
			if p.Sentence >= 0 && (sents[p.Sentence].Start > p.Start || sents[p.Sentence].End > len(body)) {
				t.Fatalf("sentence %d does not hold %+v", p.Sentence, p)
			}
			if lang != "en" && !strings.HasPrefix(p.Text, strings.Fields(body[p.Start:p.End])[0]) {
				t.Fatalf("phrase %q does not start the match %q", p.Text, body[p.Start:p.End])
			}
		}
	})
}

// TestHeadsCoverPatterns: Find skips a text without the head noun of its
// language's pattern; every pattern must name its head literally, or a new
// pattern would never run.
func TestHeadsCoverPatterns(t *testing.T) {
	for lang, re := range patterns {
		if h := heads[lang]; h == "" || !strings.Contains(re.String(), h) {
			t.Errorf("pattern %q (%s) has no head noun in heads (%q)", lang, re, h)
		}
	}
}
