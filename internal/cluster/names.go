package cluster

import (
	"regexp"
	"strings"
	"unicode"

	"kronik/internal/event"
	"kronik/internal/record"
	"kronik/internal/text"
)

// Names of documents and gatherings are compared across languages by their
// content words in one shared form: "Perjanjian tentang Tetangga Baik" and
// "Treaty on Eternal Good-Neighbourliness" share "goodneighbourliness", "KTT
// ke-43 ASEAN" and "43rd ASEAN Summit" share "43" and "asean". The word
// lists below are written for diplomatic news in Indonesian and English in
// general: the subjects agreements and summits are named after.

// namePhrases joins the words of one notion into one token, before words are
// mapped one by one.
var namePhrases = map[string]string{
	// kinds of text that take several words
	"nota kesepahaman": "mou", "memorandum of understanding": "mou", "memorandums of understanding": "mou",
	"memoranda of understanding": "mou",
	// Indonesian writes cooperation in one or two words, English in one
	"kerja sama": "cooperation", "co operation": "cooperation",
	// good-neighbourliness: "bertetangga baik", "ketetanggaan baik", "tetangga baik"
	"bertetangga baik": "goodneighbourliness", "ketetanggaan baik": "goodneighbourliness",
	"tetangga baik": "goodneighbourliness", "good neighbourliness": "goodneighbourliness",
	"good neighborliness": "goodneighbourliness", "good neighbourly": "goodneighbourliness",
	"good neighborly":  "goodneighbourliness",
	"gencatan senjata": "ceasefire", "cease fire": "ceasefire",
	"hak asasi manusia": "humanrights", "human rights": "humanrights",
	"penanaman modal": "investment", "tenaga kerja": "labour",
}

// maxPhrase is the most words of a namePhrases key.
const maxPhrase = 3

// joinPhrases replaces the longest phrase of namePhrases at each word.
func joinPhrases(ws []string) []string {
	var out []string
	for i := 0; i < len(ws); {
		n := 1
		w := ws[i]
		for k := min(maxPhrase, len(ws)-i); k >= 2; k-- {
			if t, ok := namePhrases[strings.Join(ws[i:i+k], " ")]; ok {
				n, w = k, t
				break
			}
		}
		out = append(out, w)
		i += n
	}
	return out
}

// nameWord maps an Indonesian word (and English spelling variants) to the
// English word used as the shared form.
var nameWord = map[string]string{
	"persahabatan": "friendship", "abadi": "eternal", "kemitraan": "partnership", "strategis": "strategic",
	"komprehensif": "comprehensive", "menyeluruh": "comprehensive", "perdagangan": "trade", "dagang": "trade",
	"bebas": "free", "investasi": "investment", "pertahanan": "defence", "defense": "defence",
	"keamanan": "security", "ketahanan": "security", "ekonomi": "economic", "economy": "economic",
	"perdamaian": "peace", "damai": "peace", "ekstradisi": "extradition", "energi": "energy", "nuklir": "nuclear",
	"maritim": "maritime", "perikanan": "fisheries", "fishery": "fisheries", "pariwisata": "tourism",
	"pendidikan": "education", "kesehatan": "health", "budaya": "culture", "kebudayaan": "culture",
	"cultural": "culture", "teknologi": "technology", "pertanian": "agriculture", "agricultural": "agriculture",
	"infrastruktur": "infrastructure", "transportasi": "transport", "penerbangan": "aviation",
	"udara": "air", "laut": "sea", "tengah": "central", "selatan": "south", "utara": "north", "timur": "east",
	"barat": "west", "tenggara": "southeast", "kawasan": "region", "regional": "region",
	"hubungan": "relations", "relation": "relations", "diplomatik": "diplomatic", "pembangunan": "development",
	"berkelanjutan": "sustainable", "iklim": "climate", "pangan": "food", "perlindungan": "protection",
	"komitmen": "commitment", "labor": "labour", "migran": "migrant", "bersama": "joint",
	"kesepahaman": "understanding", "ruang": "space", "antariksa": "space",
	"pertama": "1", "first": "1", "kedua": "2", "second": "2", "ketiga": "3", "third": "3", "keempat": "4",
	"fourth": "4", "kelima": "5", "fifth": "5", "keenam": "6", "sixth": "6", "ketujuh": "7", "seventh": "7",
	"kedelapan": "8", "eighth": "8", "kesembilan": "9", "ninth": "9", "kesepuluh": "10", "tenth": "10",
}

// nameStop are words that carry no name: function words of both languages,
// the numbers and quantifiers of a list ("three agreements", "sejumlah
// MoU"), and "joint", which both a joint statement and a bilateral text may
// bear.
var nameStop = map[string]bool{
	"tentang": true, "mengenai": true, "terkait": true, "atas": true, "antara": true, "dan": true, "serta": true,
	"di": true, "ke": true, "dari": true, "untuk": true, "bagi": true, "dengan": true, "yang": true, "pada": true,
	"oleh": true, "bidang": true, "dalam": true, "sebuah": true, "suatu": true, "para": true, "itu": true, "ini": true,
	"the": true, "of": true, "on": true, "and": true, "between": true, "in": true, "for": true, "to": true,
	"with": true, "a": true, "an": true, "its": true, "their": true, "concerning": true, "regarding": true,
	"field": true, "fields": true, "new": true, "baru": true, "joint": true, "understanding": true,
}

// umbrellaWords mark a document name that stands for several texts ("three
// agreements", "sejumlah nota kesepahaman"): a list of a signing ceremony,
// whose words name no text in particular.
var umbrellaWords = map[string]bool{
	"sejumlah": true, "beberapa": true, "berbagai": true, "several": true, "various": true, "some": true,
	"dua": true, "tiga": true, "empat": true, "lima": true, "enam": true, "tujuh": true, "delapan": true,
	"sembilan": true, "sepuluh": true, "belasan": true, "puluhan": true, "two": true, "three": true, "four": true,
	"five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true, "dozen": true, "dozens": true,
	"agreements": true, "deals": true, "documents": true, "accords": true, "pacts": true, "mous": true,
	"memorandums": true, "memoranda": true, "treaties": true, "kesepakatan-kesepakatan": true,
}

// summitWords are the words for a gathering, which name no particular one.
var summitWords = map[string]bool{
	"ktt": true, "konferensi": true, "tingkat": true, "tinggi": true, "pertemuan": true, "puncak": true,
	"summit": true, "summits": true, "conference": true, "sidang": true, "meeting": true, "meetings": true,
	"leaders": true, "leaders'": true, "pemimpin": true, "kepala": true, "negara": true, "heads": true,
	"head": true, "state": true, "states": true, "government": true, "pemerintahan": true, "retreat": true,
	"forum": true, "talks": true, "perundingan": true, "dialog": true, "dialogue": true,
}

// ordinalRe reads "43rd", "1st", "ke-43" (split into "ke" and "43" before).
var ordinalRe = regexp.MustCompile(`^([0-9]+)(st|nd|rd|th)$`)

// nameWords splits a name into normalised words of letters and digits.
func nameWordsOf(name string) []string {
	return strings.FieldsFunc(text.Normalize(name), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// nameTokens returns the content tokens of a name in their shared form:
// words of a kind of document become "kind:" and the kind, numbers and
// ordinals their digits, Indonesian words their English form, and function
// words go.
func nameTokens(name string) []string {
	seen := map[string]bool{}
	var out []string
	for _, w := range joinPhrases(nameWordsOf(name)) {
		if m := ordinalRe.FindStringSubmatch(w); m != nil {
			w = m[1]
		} else if t, ok := nameWord[w]; ok {
			w = t
		} else if k := event.DocKind(w); k != "" {
			w = "kind:" + k
		}
		if nameStop[w] || umbrellaWords[w] || seen[w] {
			continue
		}
		seen[w] = true
		out = append(out, w)
	}
	return out
}

// contentTokens are a name's tokens other than kinds of document and words
// for a gathering: what tells one text or one summit from another of its kind.
func contentTokens(name string) []string {
	var out []string
	for _, t := range nameTokens(name) {
		if !strings.HasPrefix(t, "kind:") && !summitWords[t] {
			out = append(out, t)
		}
	}
	return out
}

// similarTokens reports whether two names' content tokens name the same
// thing: most of the shorter one's tokens (60%) are in the other, at least
// two unless the shorter has one, and no number differs (the 42nd and the
// 43rd summit).
func similarTokens(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	set := map[string]bool{}
	for _, t := range a {
		set[t] = true
	}
	common := 0
	for _, t := range b {
		if set[t] {
			common++
		}
	}
	if numbersDiffer(a, b) {
		return false
	}
	small := min(len(a), len(b))
	return common >= min(2, small) && float64(common) >= 0.6*float64(small)
}

// numbersDiffer reports whether both token lists hold an ordinal number and
// share none.
func numbersDiffer(a, b []string) bool {
	na, nb := numbers(a), numbers(b)
	if len(na) == 0 || len(nb) == 0 {
		return false
	}
	for n := range na {
		if nb[n] {
			return false
		}
	}
	return true
}

func numbers(ts []string) map[string]bool {
	out := map[string]bool{}
	for _, t := range ts {
		// an ordinal of up to three digits; a year ("G20 Summit 2022") is
		// not one, and the dates already tell years apart
		if t != "" && len(t) <= 3 && strings.IndexFunc(t, func(r rune) bool { return r < '0' || r > '9' }) < 0 {
			out[t] = true
		}
	}
	return out
}

// placeKeyOf is the form in which two summits' places are compared: its
// letters and digits alone, so that "Xi'an" and "Xian", "Nur-Sultan" and
// "Nur Sultan" are one place.
func placeKeyOf(ev *record.Event) string {
	return strings.Join(nameWordsOf(deref(ev.Place)), "")
}
