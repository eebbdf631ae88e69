package event

import (
	"strings"
	"testing"
)

// FuzzExtract feeds arbitrary text (with the test gazetteer's names found in
// it and one time expression, when its surface occurs) to the extractor: it
// must not panic, and every event's evidence must be a span of the text.
func FuzzExtract(f *testing.F) {
	seeds := []struct{ doc, surface, value string }{
		{"Presiden Prabowo Subianto bertemu dengan Anwar Ibrahim di Kuala Lumpur pada Senin (12/5).", "Senin (12/5)", "2025-05-12"},
		{"Usai pembicaraan, kedua pemimpin menandatangani nota kesepahaman energi.", "", ""},
		{"A day earlier, Xi Jinping held a phone call with Anwar Ibrahim.", "", ""},
		{"Prabowo Subianto, who took office in October, spoke with Anwar Ibrahim by phone that same month.", "October", "2024-10"},
		{"Xi and Vladimir Putin also spoke by phone in March that year.", "March", "2026-03"},
		{"Japan and Australia settled their dispute in a treaty signed at the United Nations in New York on March 6, 2018.", "March 6, 2018", "2018-03-06"},
		{"Sidang terakhir komisi tersebut berlangsung di Kuala Lumpur pada 2023.", "2023", "2023"},
		{"Beredar kabar bahwa Prabowo telah bertemu Xi Jinping di Beijing. Kemlu menepis kabar tersebut.", "", ""},
		{"Selain dengan Xi, ia juga mengadakan pembicaraan dengan Li Qiang pada hari yang sama.", "", ""},
		{"Adapun Putin terakhir ke Jepang pada 8 Juli 2024.", "8 Juli 2024", "2024-07-08"},
		// a malformed value from an earlier stage must not break the time anaphora
		{"Xi met Putin in May. Xi and Putin spoke by phone in March that year.", "May", "x"},
	}
	for _, s := range seeds {
		f.Add(s.doc, s.surface, s.value)
	}
	x := New()
	f.Fuzz(func(t *testing.T, doc, surface, value string) {
		var times []tm
		if surface != "" && strings.Contains(doc, surface) {
			times = append(times, tm{surface, value, ""})
		}
		in := input(doc, times, "2025-06-11")
		for _, ev := range x.Extract(in) {
			e := ev.Evidence
			if e.Start < 0 || e.End > len(doc) || e.Start > e.End || doc[e.Start:e.End] != e.Text {
				t.Fatalf("evidence %+v is not a span of the text", e)
			}
		}
	})
}
