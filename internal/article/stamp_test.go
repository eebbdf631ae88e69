package article

import (
	"strings"
	"testing"

	"kronik/internal/source"
)

// TestLabelledStamps: update labels and bar-separated stamp lines at the top
// give the publication date; a stamp line that names people stays in the text.
func TestLabelledStamps(t *testing.T) {
	tests := []struct {
		name, doc, published string
		keeps                string
	}{
		{"update label", "Leaders agree on trade\n\nBy JANE ROE\nUpdated 5:12 PM GMT+9, November 1, 2025\n\nSEOUL (AP) — The two leaders met on Saturday.\n", "2025-11-01", ""},
		{"bars with credits", "Source: Wire | 2026-01-09 21:14:05 | Editor: Ana Putri\n\nMinisters pledge closer ties\n\nBEIJING, Jan. 9 -- The ministers met on Friday.\n", "2026-01-09", "Editor: Ana Putri"},
		{"byline closed by on and the date", "Ministers meet in Tashkent\n\nBy Aliya Example in Diplomacy on 4 March 2026\n\nTASHKENT – The ministers met on Wednesday.\n", "2026-03-04", "Aliya Example"},
		{"time before the date", "Pacific News\n\nLeaders sign a fisheries pact\n\n4:20 pm on 2 April 2026\n\nThe two leaders signed the pact on Thursday.\n", "2026-04-02", ""},
		{"a byline with no date", "By Aliya Example in Diplomacy on the new pact\n\nThe ministers met on Wednesday.\n", "", ""},
		// A page that shows when the story was updated above when it
		// was published: the publication's date, labelled on the line or
		// on a line of its own above the date.
		{"update above publication, labels on their lines", "Leaders agree on trade\n\nUpdated\nJun 18, 2026, 10:15 PM\nPublished\nJun 17, 2026, 09:00 PM\n\nSINGAPORE – The two leaders met on Wednesday.\n", "2026-06-17", ""},
		{"update above publication, labelled lines", "Leaders agree on trade\n\nUpdated: June 18, 2026 10:15 PM\nPublished: June 17, 2026 9:00 PM\n\nSINGAPORE – The two leaders met on Wednesday.\n", "2026-06-17", ""},
		{"diperbarui di atas terbit", "Kedua pemimpin sepakat\n\nDiperbarui 18 Juni 2026, 10:15 WIB\nTerbit 17 Juni 2026, 09:00 WIB\n\nJAKARTA - Kedua pemimpin bertemu pada Rabu.\n", "2026-06-17", ""},
		{"an update alone still dates the page", "Leaders agree on trade\n\nUpdated\nJun 18, 2026, 10:15 PM\n\nSINGAPORE – The two leaders met on Wednesday.\n", "2026-06-18", ""},
		{"publication above update", "Leaders agree on trade\n\nPublished: June 17, 2026 9:00 PM\nUpdated: June 18, 2026 10:15 PM\n\nSINGAPORE – The two leaders met on Wednesday.\n", "2026-06-17", ""},
		{"a dated sentence is not a stamp", "Pada 16 Juni 2025, kedua menteri bertemu di Jakarta untuk membahas perdagangan.\n", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(source.Document{Name: "x.txt", Path: "x.txt", Body: []byte(tc.doc), Format: "text"})
			if err != nil {
				t.Fatal(err)
			}
			if a.Published != tc.published {
				t.Errorf("published %q, want %q", a.Published, tc.published)
			}
			if tc.keeps != "" && !strings.Contains(a.Text, tc.keeps) {
				t.Errorf("text lost %q:\n%s", tc.keeps, a.Text)
			}
		})
	}
}

// TestOutletFromMastheadAndSource: a masthead line of its own, a source line
// naming the outlet with the agencies, and a web address used for a brand,
// which stays as the lede writes it (the contract's outlet is the name the
// text gives: "TEMPO.CO", not "Tempo").
func TestOutletFromMastheadAndSource(t *testing.T) {
	tests := []struct{ name, doc, outlet string }{
		{"masthead line", "Opinion\n\nWhy the grid matters\n\nRina Example\nFri, August 21, 2026\n\nThe Jakarta Post\n\nEvery few months a new number is announced.\n", "The Jakarta Post"},
		{"source line with agencies", "Talks resume in Geneva\n\nThe ministers met for five hours on Thursday.\n\nSOURCE: AL JAZEERA AND NEWS AGENCIES\n", "AL JAZEERA"},
		{"web address of a brand", "JAKARTA, TEMPO.CO - Menteri Luar Negeri bertemu mitranya di Jakarta.\n", "TEMPO.CO"},
		{"web address that is the brand", "JAKARTA, KOMPAS.com - Menteri Luar Negeri bertemu mitranya di Jakarta.\n", "KOMPAS.com"},
		// A byline with the reporter's outlet in parentheses.
		{"byline with its outlet in parentheses", "Leaders agree on trade\n\nRina Example (The Jakarta Post)\n\nIndonesia and Japan agreed on Tuesday to expand trade.\n", "The Jakarta Post"},
		{"byline after By with its outlet in parentheses", "Leaders agree on trade\n\nBy Jane Example (Example News)\n\nThe two leaders agreed on Tuesday to expand trade.\n", "Example News"},
		{"a person and a gloss are no byline", "Leaders agree on trade\n\nJoko Widodo (Jokowi)\n\nThe two leaders agreed on Tuesday to expand trade.\n", ""},
		{"a known leader and a photo credit are no byline", "Leaders agree on trade\n\nXi Jinping (AFP)\n\nThe two leaders agreed on Tuesday to expand trade.\n", ""},
		{"a role and a name are no byline", "Leaders agree on trade\n\nPresiden Rina Example (Example News)\n\nThe two leaders agreed on Tuesday to expand trade.\n", ""},
		{"a name and a party are no byline", "Leaders agree on trade\n\nRina Example (Partai Contoh)\n\nThe two leaders agreed on Tuesday to expand trade.\n", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(source.Document{Name: "x.txt", Path: "x.txt", Body: []byte(tc.doc), Format: "text"})
			if err != nil {
				t.Fatal(err)
			}
			if a.Outlet != tc.outlet {
				t.Errorf("outlet %q, want %q", a.Outlet, tc.outlet)
			}
		})
	}
}

// TestMastheadVariants: a masthead with a section after a bar, a byline ending
// in the outlet after a middle dot, and an outlet stamp with a time and a section.
func TestMastheadVariants(t *testing.T) {
	tests := []struct{ name, doc, outlet, published string }{
		{"section after a bar", "Judul berita\n\nWarta Online | Internasional\nKamis 16 April 2026, 06:15 WIB\n\nPara menteri bertemu di Jakarta.\n", "Warta Online", "2026-04-16"},
		{"byline with outlet", "Judul berita\n\nRabu 18 Maret 2026 10:05 WIB\nRina Wati, Jurnalis · KabarNews\n\nPara menteri bertemu di Jakarta.\n", "KabarNews", "2026-03-18"},
		{"stamp with time and section", "Ministers meet\n\nASIA WIRE NEWS - Dec 3, 2025 - 21:14 | Politics\n\nThe ministers met in Tokyo.\n", "ASIA WIRE NEWS", "2025-12-03"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(source.Document{Name: "x.txt", Path: "x.txt", Body: []byte(tc.doc), Format: "text"})
			if err != nil {
				t.Fatal(err)
			}
			if a.Outlet != tc.outlet || a.Published != tc.published {
				t.Errorf("outlet %q published %q, want %q %q", a.Outlet, a.Published, tc.outlet, tc.published)
			}
		})
	}
}
