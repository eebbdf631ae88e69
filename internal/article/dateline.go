package article

import (
	"strings"
	"unicode"
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
	"breaking news": true, "latest news": true, "news update": true, "berita terbaru": true,
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
//
// A name in capitals credited to an outlet is set as datelines are: the
// wires file from the United Nations' headquarters as from a city
// ("UNITED NATIONS (AP) —"), so a body the knowledge base knows is the
// dateline there; a person, or an abbreviation ("PBB (ANTARA)"), is not.
func creditedSubject(place, outlet string) bool {
	_, country, person, org := kbKinds(place)
	if country && !person && !org && isOutlet(outlet) {
		return false
	}
	if t := strings.TrimSpace(place); org && !person && isOutlet(outlet) && isUpperWord(t) && strings.Contains(t, " ") {
		return false
	}
	return headlineSubject(place)
}

// isDatelinePlace decides whether a lone part s before a dash ("WASHINGTON
// —", "Jakarta - "), followed by the story's words rest, is a dateline
// place. Datelines are set in capitals, or name a city the knowledge base
// knows; several capitalised words in mixed case must be one it knows (a
// byline sets a reporter's name the same way: "Rina Wati Contoh -
// detikNews"). One word in mixed case that it does not know is as often an
// outlet's name ("Rappler -", "Medcom -") as a small town's, so it is taken
// only when the story names it again as a place (namedAsPlace: "Kupang -
// ... di Kupang"). Never a dateline: a page's section label ("Regional -"),
// a person, an organisation, and the first of a pair of states or cities
// heading a headline ("CHINA - INDONESIA: ...", pairHeadline). story, the
// paragraphs after the lede's, may name the town too.
func isDatelinePlace(s, rest, story string) bool {
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
	if pairHeadline(s, rest) {
		return false
	}
	if cityStates[strings.ToLower(pl)] {
		return true // "Singapore -": the state is its only city
	}
	if regionOnly(pl) {
		return false // "TIMUR TENGAH -", "AFRIKA -": a story's topic
	}
	named := func() bool { return namedAsPlace(rest, pl) || namedAsPlace(story, pl) }
	switch {
	case n <= 3 && knownPlace(pl):
	case n == 1 && (isUpperWord(s) || named()):
	case isUpperWord(s) && !namesBody(words) && (toponymWords(words) || named()):
	default:
		return false
	}
	if !knownPlace(pl) && (writtenSmall(rest, pl) || writtenSmall(story, pl)) {
		return false // "DIPLOMASI - ... diplomasi ekonomi ...": a topic
	}
	return !headlineSubject(s)
}

// writtenSmall reports whether text writes name in small letters, as a
// common word ("PERANG DAGANG - ... perang dagang ..."): a town's name is
// never written so.
func writtenSmall(text, name string) bool {
	low := strings.ToLower(name)
	return low != name && namedIn(text, low)
}

// anyWordAt reports whether found holds for the offset of one of the
// occurrences of word in text that stand as a whole word.
func anyWordAt(text, word string, found func(i int) bool) bool {
	if word == "" {
		return false
	}
	for off := 0; off < len(text); {
		i := strings.Index(text[off:], word)
		if i < 0 {
			return false
		}
		i += off
		off = i + 1 // occurrences may overlap ("a a" in "ba a a")
		if end := i + len(word); (i == 0 || !isWordByte(text[i-1])) && (end >= len(text) || !isWordByte(text[end])) && found(i) {
			return true
		}
	}
	return false
}

// regionOnly reports whether the knowledge base knows s only as a region
// that lies in no one state (a continent, a world region, a sea: "Timur
// Tengah", "Africa", "South China Sea"), which heads a story as its topic
// and is no place a story is filed from.
func regionOnly(s string) bool {
	k, err := kb.Load()
	if err != nil {
		return false
	}
	es := k.Lookup(s)
	for _, e := range es {
		if e.Type != kb.Place || e.Country != "" {
			return false
		}
	}
	return len(es) > 0
}

// toponymHeads are the words that open the names of towns in Indonesian,
// Malay and English ("TANJUNG PINANG", "BANDA ACEH", "KOTA BARU", "PORT
// MORESBY", "NORTH JAKARTA"), and toponymTails those that close them
// ("TANGERANG SELATAN", "JAWA TENGAH", "QUEZON CITY"): a name in capitals
// of several words with one of them in its place is a town's, even one the
// knowledge base does not list. A topic in capitals ("KTT ASEAN", "PERANG
// DAGANG") has none; one that holds such a word elsewhere ("HARGA BATU BARA",
// the price of coal) is no town's either.
var (
	toponymHeads = map[string]bool{
		"tanjung": true, "banda": true, "bandar": true, "kota": true, "kuala": true, "pangkal": true,
		"muara": true, "teluk": true, "sungai": true, "labuan": true, "nusa": true, "pulau": true,
		"tanah": true, "bukit": true, "padang": true, "batu": true, "kampung": true, "kabupaten": true,
		"port": true, "fort": true, "san": true, "santa": true, "saint": true, "st.": true, "new": true,
		"north": true, "south": true, "east": true, "west": true,
	}
	toponymTails = map[string]bool{
		"utara": true, "selatan": true, "timur": true, "barat": true, "tengah": true, "city": true,
	}
)

// arabicArticles open the second word of Arabic place names, joined by a
// hyphen or set apart ("SHARM EL-SHEIKH", "DEIR AL-BALAH", "RAS AL
// KHAIMAH"), as the connectors of Romance ones do ("RIO DE JANEIRO").
var arabicArticles = []string{"al-", "el-", "ad-", "ar-", "as-", "an-", "az-", "ash-"}

// toponymWords reports whether the words of a name in capitals make a
// town's: it opens with a toponymHead or closes with a toponymTail, or a
// word is an article or a connector of place names
// (arabicArticles, connectors), or a city the knowledge base knows in a
// state ("DKI JAKARTA", "BATAM CENTRE").
func toponymWords(words []string) bool {
	for i, w := range words {
		low := strings.ToLower(w)
		if i == 0 && toponymHeads[low] || i == len(words)-1 && toponymTails[low] || i > 0 && connectors[low] {
			return true
		}
		for _, a := range arabicArticles {
			if i > 0 && strings.HasPrefix(low, a) && len(low) > len(a) {
				return true
			}
		}
		if place, country, _, _ := kbKinds(w); place && !country && !regionOnly(w) {
			return true
		}
	}
	return false
}

// cityStates are the states that are one city, whose datelines name the
// state in any case ("Singapore -", "Singapura -", "Monaco -"), unlike a
// country in mixed case before a dash, which opens a headline.
var cityStates = map[string]bool{
	"singapore": true, "singapura": true, "monaco": true, "vatican": true, "vatican city": true,
	"vatikan": true, "san marino": true,
}

// pairHeadline reports whether s and the words after its dash are a pair
// of states or places heading a headline: "CHINA - INDONESIA: ...", "BEIJING
// - WASHINGTON: ...", "INDONESIA - MALAYSIA sepakat ...", "Singapore -
// Malaysia agree ...". The second place is closed by a colon (a headline's
// topic), or both are states and the second is set in capitals as the first
// is, or the first is a city-state in mixed case and the second a state. A
// dateline's story may open with a state in mixed case ("JAKARTA -
// Indonesia dan ...", "UKRAINA - Rusia meluncurkan ..."), which is no pair.
func pairHeadline(s, rest string) bool {
	second, after := leadingPlace(rest)
	if second == "" {
		return false
	}
	if strings.HasPrefix(strings.TrimLeft(after, " "), ":") {
		return true
	}
	_, country2, _, _ := kbKinds(second)
	if !country2 {
		return false
	}
	place1, country1, _, _ := kbKinds(s)
	switch {
	case isUpperWord(s):
		return country1 && !place1 && isUpperWord(second)
	default:
		return cityStates[strings.ToLower(strings.TrimSpace(s))]
	}
}

// leadingPlace is the longest run of one to three capitalised words opening
// s that the knowledge base knows as a place or a state, and what follows
// it; "" when s opens with none.
func leadingPlace(s string) (place, after string) {
	s = strings.TrimLeft(s, " ")
	ends := make([]int, 0, 3)
	for i, w := 0, 0; w < 3 && i < len(s); w++ {
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != ':' && s[j] != ',' {
			j++
		}
		if j == i || !unicode.IsUpper(firstRune(s[i:j])) {
			break
		}
		ends = append(ends, j)
		if j >= len(s) || s[j] != ' ' {
			break
		}
		i = j + 1
	}
	for k := len(ends) - 1; k >= 0; k-- {
		if cand := s[:ends[k]]; knownPlace(cand) {
			return cand, s[ends[k]:]
		}
	}
	return "", s
}

// placeCues are the words before a place's name that make it one in a
// story's sentences: prepositions of place in Indonesian and English ("di
// Kupang", "ke Kupang", "in Wamena") and the words for a town, a regency,
// a province or an island and their heads ("Kota Ternate", "Bupati
// Sleman", "the city of ..."). "to", "at" and "of" are left out: an outlet
// is spoken "to", worked "at" and founded "of" as often as a place.
var placeCues = map[string]bool{
	"di": true, "ke": true, "dari": true, "kota": true, "kabupaten": true, "kab.": true,
	"provinsi": true, "pulau": true, "bupati": true, "walikota": true,
	"in": true, "from": true, "near": true, "city": true, "town": true,
}

// namedAsPlace reports whether text names word again after a placeCue ("di
// Kupang", "Kota Ternate", "in Wamena"), as a story names the town of its
// dateline, in any case ("SIEM REAP - ... in Siem Reap"); a word the story
// writes in small letters is ruled out apart (writtenSmall).
func namedAsPlace(text, word string) bool {
	low := strings.ToLower(text)
	return anyWordAt(low, strings.ToLower(word), func(i int) bool {
		before := strings.TrimRight(low[:i], " ")
		prev := before[strings.LastIndexByte(before, ' ')+1:]
		return len(before) < i && placeCues[prev]
	})
}

// namesBody reports whether one of words, or a run of two or three of them
// short of the whole, is a state or a body the knowledge base knows ("KTT
// ASEAN", "PEMILU AS", "HUT RI", "NORTH KOREA TALKS"): a topic's words, not
// a town's.
func namesBody(words []string) bool {
	for a := range words {
		for b := a + 1; b <= min(a+3, len(words)); b++ {
			if b-a > 1 && b-a == len(words) {
				break // the whole name: a known place or state is judged apart
			}
			if _, country, _, org := kbKinds(strings.Join(words[a:b], " ")); country || org {
				return true
			}
		}
	}
	return false
}

// datelineDay reads the day a dateline gives after its place and a comma:
// a full date ("16 Juni 2025", "June 17, 2025") as date; a month and day
// without the year ("June 17", "17 Juni", "17/6"), or a weekday with it
// ("Senin (16/6)"), as monthDay ("06-17"), which the page's year completes;
// each after a state or a region ("Indonesia, Nov. 14").
// A weekday with a full date ("Senin (16/6/2025)") gives the date. ok when
// s is one of these shapes; a weekday with a day that does not exist still
// is one, with neither.
func datelineDay(s string) (date, monthDay string, ok bool) {
	s = strings.TrimSpace(s)
	if d, ok := parseStamp(s); ok {
		return d, "", true
	}
	if md, ok := monthDayOf(s); ok {
		return "", md, true
	}
	if d, md, ok := dayMonth(s); ok {
		return d, md, true
	}
	if d, ok := weekdayParen(s); ok {
		if d == "" {
			_, inner, _ := strings.Cut(s, "(")
			_, md, _ := dayMonth(strings.TrimSuffix(inner, ")"))
			return "", md, true
		}
		return d, "", true
	}
	// "Indonesia, Nov. 14", "Texas, May 2": English wires put the state
	// or country between the place and the day.
	if region, day, found := strings.Cut(s, ","); found && !strings.Contains(day, ",") && knownRegion(region) {
		if d, md, ok := datelineDay(day); ok {
			return d, md, true
		}
	}
	return "", "", false
}

// bracketDateline reads a dateline set in square brackets, with or without
// a dash after it ("[JAKARTA] - ...", "[JAKARTA] ...", the style of some
// Indonesian papers). The part must be a dateline place (isDatelinePlace:
// "[VIDEO]", "[EKSKLUSIF]", "[Opini]" are labels) and the story after it
// open with a capital.
func bracketDateline(p, story string) (Lede, bool) {
	t := strings.TrimLeft(p, " \t")
	if !strings.HasPrefix(t, "[") {
		return Lede{}, false
	}
	end := strings.IndexByte(t, ']')
	if end < 2 || end > 41 || strings.ContainsAny(t[1:end], "[,\n") {
		return Lede{}, false
	}
	part := t[1:end]
	rest := strings.TrimLeft(t[end+1:], " ")
	for i := 0; i < 2 && rest != ""; i++ {
		r, n := utf8.DecodeRuneInString(rest)
		if !strings.ContainsRune(ledeDashes, r) {
			break
		}
		rest = rest[n:]
	}
	rest = strings.TrimLeft(rest, " ")
	if !unicode.IsUpper(firstRune(rest)) || !isDatelinePlace(part, rest, story) {
		return Lede{}, false
	}
	pl, _ := asPlace(part)
	return Lede{Place: pl, Len: len(p) - len(rest)}, true
}

// tightDashLede reads a place in capitals closed by an em or en dash set
// without spaces ("WASHINGTON—The president ...", "JAKARTA–Presiden ..."), as
// some papers print it. A hyphen set tight joins words ("JAKARTA-BANDUNG"),
// and a place in mixed case before a tight dash opens an aside, so only
// these dashes after capitals count, with the story opening with a capital.
func tightDashLede(p, story string) (Lede, bool) {
	head := p[:min(len(p), 64)]
	i := strings.IndexAny(head, "—–")
	if i <= 0 || strings.ContainsAny(head[:i], ",()\n-") || isSpaceRE(head[i-1]) {
		return Lede{}, false
	}
	_, n := utf8.DecodeRuneInString(p[i:])
	part, rest := p[:i], p[i+n:]
	if !unicode.IsUpper(firstRune(rest)) || !isUpperWord(part) || !isDatelinePlace(part, rest, story) {
		return Lede{}, false
	}
	pl, _ := asPlace(part)
	return Lede{Place: pl, Len: i + n}, true
}
