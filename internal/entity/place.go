package entity

// Places no list holds, found from the word that classifies them, and known
// places that are numbers.

import (
	"kronik/internal/kb"
)

// placeSpans finds places no list holds from the word that classifies them:
// an administrative unit before the name ("Kota Korla", "Provinsi Gansu",
// "kabupaten Kutai Timur": the mention is the name without the word) or a
// geographic feature that is part of the name ("Pulau Natuna Besar", "Sungai
// Mekong", "Gunung Merapi"; English "Mekong River", "Mount Fuji").
func placeSpans(ws []word, owner []int) []span {
	var out []span
	capRun := func(i int) int {
		j := i
		for j < len(ws) && owner[j] == 0 && j-i < 3 && (isCap(ws[j].s) && !notNames[ws[j].norm] && !orgHeads[ws[j].norm] && !personTitles[ws[j].norm] || ws[j].hyph && j > i) {
			j++
		}
		return j
	}
	for i := 0; i+1 < len(ws); i++ {
		w := ws[i]
		if owner[i] != 0 {
			continue
		}
		switch {
		case adminHeads[w.norm]:
			if end := capRun(i + 1); end > i+1 {
				out = append(out, span{a: i + 1, b: end, typ: kb.Place, src: "rule"})
				i = end - 1
			}
		case featureHeads[w.norm] && isCap(w.s):
			if end := capRun(i + 1); end > i+1 {
				out = append(out, span{a: i, b: end, typ: kb.Place, src: "rule"})
				i = end - 1
			}
		case isCap(w.s) && !notNames[w.norm] && i > 0 && !initialWord(ws, i):
			// English tails: "Mekong River", "Taiwan Strait", "Gobi Desert"
			j := i
			for j < len(ws) && owner[j] == 0 && isCap(ws[j].s) && !featureTails[ws[j].norm] && j-i < 3 {
				j++
			}
			if j > i && j < len(ws) && owner[j] == 0 && featureTails[ws[j].norm] && isCap(ws[j].s) {
				out = append(out, span{a: i, b: j + 1, typ: kb.Place, src: "rule"})
				i = j
			}
		}
	}
	return out
}

// countingPlace reports whether a known place named by one word is an
// Indonesian number counting the noun after it ("Lima Negara", "Konsensus
// Lima Poin": five, not Peru's capital). The place is meant after "di",
// "ke" or "dari", or where no noun follows ("Lima, Peru").
func countingPlace(ws []word, m *kb.Match) bool {
	if m.End-m.Start != 1 || !numberWords[ws[m.Start].norm] || len(m.Entities) == 0 || m.Entities[0].Type != kb.Place {
		return false
	}
	if m.Start > 0 && placePreps[ws[m.Start-1].norm] {
		return false
	}
	return m.End < len(ws) && isLetterWord(ws[m.End].s) && !functionWords[ws[m.End].norm]
}
