package article

import (
	"strings"
	"unicode/utf8"

	"kronik/internal/kb"
)

// This file decides whether the part a lede sets before its dash or colon is
// a dateline's place: a city or a town, not a headline's subject, a section
// label or an outlet's name.

// kickers are the labels news pages set before a story's first words to
// say what kind of story it is ("EXCLUSIVE - ...", "Analisis - ...",
// "BERITA TERKINI - ...") or that it was updated or paid for, in English
// and Indonesian, shaped like a lone dateline; news sections
// ("Internasional - ...") are newsSections.
var kickers = map[string]bool{
	"exclusive": true, "analysis": true, "opinion": true, "commentary": true, "editorial": true,
	"explainer": true, "factbox": true, "fact check": true, "interview": true, "feature": true,
	"special report": true, "headline": true, "headlines": true, "top news": true, "top story": true,
	"just in": true, "developing": true, "latest": true, "watch": true, "photos": true,
	"eksklusif": true, "analisis": true, "opini": true, "tajuk": true, "tajuk rencana": true,
	"wawancara": true, "sorotan": true, "fokus": true, "cek fakta": true, "infografis": true,
	"berita terkini": true, "terkini": true, "terpopuler": true, "populer": true, "viral": true,
	"liputan khusus": true, "laporan khusus": true, "berita utama": true, "kabar terkini": true,
	"ekbis": true, "foto": true,
	// labels of an updated, corrected or paid story ("Updated - ...",
	// "Ralat - ...", "Advertorial - ...")
	"updated": true, "diperbarui": true, "diperbaharui": true, "correction": true, "corrected": true,
	"ralat": true, "koreksi": true, "sponsored": true, "advertorial": true, "premium": true, "trending": true,
}

// headlineSubject reports whether s, alone before a dash or a colon, is the
// subject of a headline rather than a dateline. A dateline names the city
// the story was filed from ("Jakarta -", "RIYADH:"), or a country only when
// set in capitals as datelines are ("GAZA -", "UKRAINA -"); a country in
// mixed case there opens a headline, the first of a pair ("Indonesia -
// Malaysia sepakat ...") or the speaker of a quote ("Rusia: Barat harus
// ..."); a person or an organisation ("Jokowi - Anwar bahas ...", "Joko
// Widodo (Jokowi) - ...", "Perserikatan Bangsa-Bangsa (PBB) - ...") is never
// a dateline.
func headlineSubject(s string) bool {
	place, country, person, org := kbKinds(s)
	if place {
		return false
	}
	if t := strings.TrimSpace(s); utf8.RuneCountInString(t) <= 3 && isUpperWord(t) {
		// an abbreviation, of a country or anything else, heads a
		// headline or a quote ("AS - China sepakat ...", "RI: ...",
		// "UK - India sign ...", "KL -"); datelines spell the city out
		return true
	}
	return person || org || country && !isUpperWord(s) || surname(s)
}

// surname reports whether s is one word of a person the knowledge base
// knows ("Anwar", "MARCOS", "Albanese"): a headline's subject ("Anwar -
// Prabowo bahas ..."), as a full name is.
func surname(s string) bool {
	t := strings.TrimSpace(s)
	if strings.Contains(t, " ") {
		return false
	}
	k, err := kb.Load()
	return err == nil && len(k.PersonsNamed(t)) > 0
}

// namesNoCredit reports whether the knowledge base knows s as a place, a
// state or a person, which parentheses after a dateline do not credit.
func namesNoCredit(s string) bool {
	place, country, person, _ := kbKinds(s)
	return place || country || person
}

// creditedSubject is headlineSubject for the place before an outlet in
// parentheses: a country in mixed case there is the dateline when the
// parentheses credit an outlet ("Singapura (ANTARA) -", "Kuwait (ANTARA)
// -", "Singapore, June 17 (Reuters) -"), as a city-state's or a country's
// datelines are written; a person or an organisation with its short name
// ("Joko Widodo (Jokowi) -") is still no dateline.
func creditedSubject(place, outlet string) bool {
	if _, country, person, org := kbKinds(place); country && !person && !org && isOutlet(outlet) {
		return false
	}
	return headlineSubject(place)
}

// isDatelinePlace decides whether a lone part before a dash ("WASHINGTON —",
// "Jakarta - ") is a dateline place: written in capitals, or one to three
// capitalised words that do not open an ordinary sentence. Several
// capitalised words in mixed case must be a place the knowledge base knows:
// a byline sets a reporter's name the same way ("Rina Wati Contoh -
// detikNews"), and a person is never a dateline.
func isDatelinePlace(s string) bool {
	pl, ok := asPlace(s)
	if !ok {
		return false
	}
	if low := strings.ToLower(pl); newsSections[low] || kickers[low] {
		return false // a section label: "News - Redaksi, CNBC Indonesia"
	}
	words := strings.Fields(pl)
	n := len(words)
	if n > 1 && strings.EqualFold(words[0], "the") && !knownPlace(pl) {
		return false // a paper's name ("THE EDGE -"); a place is "THE HAGUE"
	}
	return (isUpperWord(s) || n == 1 || n <= 3 && knownPlace(pl)) && !headlineSubject(s)
}
