package article

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"kronik/internal/kb"
)

// Lede is what the opening words of a news story say about where it was filed
// and by whom: "Astana (ANTARA) - ...", "JAKARTA, KOMPAS.com - ...".
type Lede struct {
	Place  string // dateline place, case normalised ("JAKARTA" -> "Jakarta"); "" when none
	Outlet string // outlet as written ("ANTARA", "KOMPAS.com", "Warta Online"); "" when none
	Date   string // YYYY-MM-DD when the lede is dated ("Jakarta, 16 Juni 2025 -"); "" when not
	// MonthDay is "MM-DD" when the lede gives a day without its year
	// ("BEIJING, March 9 (Xinhua) --"); the page's date may supply the year.
	MonthDay string
	Len      int // bytes of p taken by the lede prefix, dash and following space included
}

// dash is the separator between a dateline and the story: a hyphen, en or em
// dash, or a doubled hyphen ("--") as typed on plain keyboards.
const dash = `(?:--|[-–—‐‑]{1,2})`

type ledePatterns struct {
	paren, twoDash, stopPair, comma, single, colon, dotPlace *regexp.Regexp
}

var ledeRes = sync.OnceValue(func() *ledePatterns {
	return &ledePatterns{
		// "Astana (ANTARA) - ", "BEIJING (Reuters) - ", "(AFP) - ",
		// "BEIJING, June 17 (Reuters) - ": an optional place (with an
		// optional date after a comma) and an outlet in parentheses.
		paren: regexp.MustCompile(`^\s*(?:([^()\n]{1,60}?)\s*)?\(([^()\n]{1,40})\)\s*` + dash + `\s*`),
		// "KabarPatroliNews – Astana – ": two parts each closed by a dash
		// followed by a space (a space before it is often forgotten: "KOMPAS.com-
		// "), one an outlet and one a place, in either order.
		twoDash: regexp.MustCompile(`^\s*([^,()\n]{1,40}?)\s*` + dash + `\s+([^,()\n]{1,40}?)\s*` + dash + `\s+`),
		// "ASTANA. KAZINFORM – ", "TASHKENT | Warta Online - ": the same two
		// parts parted by a full stop or a bar instead (agencies that set
		// their credit as a second sentence of the dateline); the first part
		// holds neither, so a domain ("KOMPAS.com") is never cut.
		stopPair: regexp.MustCompile(`^\s*([^,.|()\n]{1,40}?)\s*[.|]\s+([^,()\n]{1,40}?)\s*` + dash + `\s+`),
		// "JAKARTA, KOMPAS.com - ", "VOTENEWS.ID, JAKARTA – ", "Astana,
		// Warta Online - ", "Jakarta, 16 Juni 2025 - ": two parts joined
		// by a comma and closed by a spaced dash.
		comma: regexp.MustCompile(`^\s*([^,()\n]{1,40}?)\s*,\s*([^\n]{1,60}?)\s*` + dash + `\s+`),
		// "WASHINGTON — ", "Jakarta - ", "KOMPAS.com - ": one part closed
		// by a dash.
		single: regexp.MustCompile(`^\s*([^,()\n]{1,40}?)\s*` + dash + `\s+`),
		// "RIYADH: Saudi ...", "Jakarta: Menteri ...": a place closed by a
		// colon, the style of some outlets (Medcom, Arab News). Labels
		// take the same shape ("Editor: ...", "Baca juga: ..."), so the
		// part must be a place the knowledge base knows (knownPlace).
		// "KONTAN.CO.ID - JAKARTA. Indonesia ...": an outlet, a dash and
		// an upper-case place closed by a full stop.
		dotPlace: regexp.MustCompile(`^\s*([^,()\n]{1,40}?)\s*` + dash + `\s+(\p{Lu}[\p{Lu} ]{1,30}?)\.\s+`),
		colon:    regexp.MustCompile(`^\s*([^,:()\n]{2,40}?):\s+(\p{Lu})`),
	}
})

// ParseLede reads the dateline and outlet at the start of paragraph p. It
// returns the zero Lede when p does not open with one.
func ParseLede(p string) Lede { return parseLede(p, "") }

// parseLede is ParseLede with story, the text of the paragraphs after p,
// read only to tell whether a lone word before a dash that the knowledge
// base does not know is a town the story names as a place (isDatelinePlace).
func parseLede(p, story string) Lede {
	if len(p) > 4096 {
		p = p[:4096]
	}
	re := ledeRes()
	// Dated lede without a place: "June 19, 2025 -- ...".
	if d, n, ok := ledeDate(p); ok {
		return Lede{Date: d, Len: n}
	}
	if l, ok := bracketDateline(p, story); ok {
		return l
	}
	if l, ok := parenVariant(p); ok {
		return l
	}
	if m := matchIndex(re.paren, p, mayBeParenLede); m != nil {
		outlet := strings.TrimSpace(p[m[4]:m[5]])
		if m[2] >= 0 {
			// "WartaKita.ID (Bandung) - ": the outlet first, the place in
			// the parentheses, the reverse of the agency style.
			head := strings.TrimSpace(p[m[2]:m[3]])
			if isOutlet(head) && !isOutlet(outlet) {
				if pl, ok := asPlace(outlet); ok {
					return Lede{Place: pl, Outlet: normOutlet(head), Len: m[1]}
				}
			}
		} else if isUpperWord(outlet) && !isOutlet(outlet) && knownPlace(outlet) {
			// "(WASHINGTON) -- ...": the place alone in parentheses, a
			// broadcaster's style; an outlet there would be an agency.
			pl, _ := asPlace(outlet)
			return Lede{Place: pl, Len: m[1]}
		}
		if m[2] >= 0 {
			// "Bandung (16/6) - ", "Bandung (16/6/2025) - ": the date in
			// the parentheses, as some Indonesian papers set it.
			if date, md, ok := dayMonth(outlet); ok {
				if pl, isPl := asPlace(p[m[2]:m[3]]); isPl && !headlineSubject(p[m[2]:m[3]]) {
					return Lede{Place: pl, Date: date, MonthDay: md, Len: m[1]}
				}
			}
		}
		// "(ANTARA/Reuters)", "(ANTARA/Xinhua-OANA)": the first agency is the
		// outlet that published the story, the others its sources.
		if i := strings.IndexAny(outlet, "/"); i > 0 {
			outlet = strings.TrimSpace(outlet[:i])
		}
		if r, _ := utf8.DecodeRuneInString(outlet); looksLikeName(outlet) && unicode.IsUpper(r) {
			if startsLower(p[m[1]:]) && !isOutlet(outlet) {
				// "Anwar Ibrahim (PM Malaysia) - yang ...": a name and
				// its gloss inside a sentence that goes on; a story after
				// a dateline opens with a capital.
				return Lede{}
			}
			l := Lede{Outlet: normOutlet(outlet), Len: m[1]}
			if !isOutlet(outlet) && (isWeekday(outlet) || namesNoCredit(outlet)) {
				// "WASHINGTON, June 17 (Tuesday) -", "KABUL (Kabul
				// Province) -": a day, a place or a person in the
				// parentheses, no outlet.
				if m[2] < 0 {
					return Lede{}
				}
				l.Outlet = ""
			}
			if m[2] >= 0 {
				head := p[m[2]:m[3]]
				place, rest, _ := strings.Cut(head, ",")
				if pl, day, found := strings.Cut(head, ". "); found && !strings.ContainsRune(pl+day, ',') {
					// "MOSCOW. June 17 (Example Wire) -": the day after
					// a full stop, as some agencies set it.
					if _, _, ok := datelineDay(day); ok {
						place, rest = pl, day
					}
				}
				// "BEIJING/WASHINGTON, June 17 (Reuters) -": a story
				// filed from several cities; the first is the dateline.
				place, _, _ = strings.Cut(place, "/")
				if pl, ok := asPlace(place); ok && !creditedSubject(place, outlet) {
					l.Place = pl
				} else {
					return Lede{}
				}
				l.Date, l.MonthDay, _ = datelineDay(rest)
			}
			return l
		}
	}
	dashLede := mayBeDashLede(p)
	if m := match(re.dotPlace, p, dashLede); m != nil && isOutlet(m[1]) && isUpperWord(m[2]) {
		if pl, ok := asPlace(m[2]); ok {
			return Lede{Place: pl, Outlet: normOutlet(strings.TrimSpace(m[1])), Len: len(m[0])}
		}
	}
	if m := match(re.twoDash, p, dashLede); m != nil {
		if l, ok := pair(m[1], m[2], false); ok {
			l.Len = len(m[0])
			return l
		}
	}
	if m := match(re.stopPair, p, dashLede); m != nil {
		// Unlike a comma or a dash, a full stop also ends a sentence ("Biden
		// menang. Fox News - ..."): the place must be one word in
		// capitals or known to the knowledge base (a headline in capitals,
		// "BIDEN WINS. Fox News - ...", is several words).
		if l, ok := pair(m[1], m[2], false); ok {
			place := strings.TrimSpace(m[1])
			if isOutlet(place) {
				place = strings.TrimSpace(m[2])
			}
			if isUpperWord(place) && !strings.Contains(place, " ") || knownPlace(place) {
				l.Len = len(m[0])
				return l
			}
		}
	}
	if m := match(re.comma, p, mayBeCommaLede(p)); m != nil {
		if l, ok := pair(m[1], m[2], true); ok {
			l.Len = len(m[0])
			return l
		}
	}
	if l, ok := colonPair(p); ok {
		return l
	}
	if m := matchIndex(re.colon, p, mayBeColonLede); m != nil {
		part := strings.TrimSpace(p[m[2]:m[3]])
		if pl, ok := asPlace(part); ok && knownPlace(part) && !regionOnly(part) && !headlineSubject(part) {
			return Lede{Place: pl, Len: m[4]} // the story starts at the capital
		}
	}
	if l, ok := tightDashLede(p, story); ok {
		return l
	}
	if m := match(re.single, p, dashLede); m != nil {
		part := strings.TrimSpace(m[1])
		switch {
		case isOutlet(part):
			return Lede{Outlet: normOutlet(part), Len: len(m[0])}
		case isDatelinePlace(part, p[len(m[0]):], story):
			pl, _ := asPlace(part)
			return Lede{Place: pl, Len: len(m[0])}
		}
	}
	return Lede{}
}

// match is re's submatches in p when may (a guard from guard.go) holds, nil
// otherwise.
func match(re *regexp.Regexp, p string, may bool) []string {
	if !may {
		return nil
	}
	return re.FindStringSubmatch(p)
}

// matchIndex is re's submatch indices in p when the guard may holds for p.
func matchIndex(re *regexp.Regexp, p string, may func(string) bool) []int {
	if !may(p) {
		return nil
	}
	return re.FindStringSubmatchIndex(p)
}

// pair classifies the two parts of "X, Y -" or "X - Y -": one is an outlet
// and the other a place or a date. With comma set, "Place, Y -" where Y is
// neither an outlet nor a date still gives the place (the second part may be
// a region: "Kuala Lumpur, Malaysia -"), never a guessed outlet.
func pair(a, b string, comma bool) (Lede, bool) {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	switch {
	case isOutlet(a) && !isOutlet(b):
		if pl, ok := asPlace(b); ok {
			return Lede{Place: pl, Outlet: normOutlet(a)}, true
		}
	case isOutlet(b) && !isOutlet(a):
		if pl, ok := asPlace(a); ok {
			return Lede{Place: pl, Outlet: normOutlet(b)}, true
		}
	case comma:
		pl, ok := asPlace(a)
		if !ok {
			return Lede{}, false
		}
		if d, md, ok := datelineDay(b); ok {
			// "Jakarta, 16 Juni 2025 -", "Doha, June 17 -", "Jakarta,
			// 17/6 -", "JAKARTA, Senin (16/6) -": a dated dateline.
			return Lede{Place: pl, Date: d, MonthDay: md}, true
		}
		if i := strings.LastIndex(b, ", "); i > 0 && agencyName(b[i+2:]) {
			// "Riyadh, June 17, 2025, SPA --": place, date and agency,
			// each after a comma.
			l := Lede{Place: pl, Outlet: normOutlet(b[i+2:])}
			if d, ok := parseStamp(b[:i]); ok {
				l.Date = d
				return l, true
			}
			if md, ok := monthDayOf(b[:i]); ok {
				l.MonthDay = md
				return l, true
			}
		}
		if isWeekday(b) {
			// "Jakarta, Senin -": the day the story was filed.
			return Lede{Place: pl}, true
		}
		if knownRegion(b) && !isUpperWord(a) {
			// "Austin, Texas -", "Kuala Lumpur, Malaysia -": a
			// place and the state or country it is in, the dateline of
			// English-language wires.
			return Lede{Place: pl}, true
		}
		if isUpperWord(a) || knownPlace(a) && !headlineSubject(a) && postName(b) {
			// "JAKARTA, Senin (16/6) -": an upper-case place is a dateline
			// whatever follows it, and so is a city the knowledge base
			// knows before a name ("Jakarta, Kemlu RI -", "Bogor,
			// Istana -"); "PADANG, HALUAN -", "Makassar, Suara Contoh
			// -": and the name is the outlet, the Indonesian dateline's
			// shape, for papers whose names are ordinary words, unless
			// it is a post, a label or a body (bareOutlet). Elsewhere
			// the second part is the town's province or state
			// ("TORONTO, ONTARIO -", "CHENNAI, TAMIL NADU -"), which the
			// knowledge base may not list: a place it puts in another
			// state takes no bare outlet.
			if bareOutlet(b) && !placedAbroad(a) {
				return Lede{Place: pl, Outlet: b}, true
			}
			return Lede{Place: pl}, true
		}
	}
	return Lede{}, false
}

// postName reports whether s, after a dateline's city and a comma, is
// shaped like a name: one to three words, each opening with a capital, no
// digit and no further comma.
func postName(s string) bool {
	s = strings.TrimSpace(s)
	n := len(strings.Fields(s))
	return n >= 1 && n <= 3 && looksLikeName(s) && !strings.Contains(s, ",") && capitalised(s)
}

// capitalised reports whether every word of s opens with a capital letter.
func capitalised(s string) bool {
	for _, w := range strings.Fields(s) {
		if !unicode.IsUpper(firstRune(w)) {
			return false
		}
	}
	return true
}

// placedAbroad reports whether the knowledge base knows s as a place or a
// country and none of its readings is in Indonesia ("Toronto", "London");
// an Indonesian town, or one it does not know, is not.
func placedAbroad(s string) bool {
	k, err := kb.Load()
	if err != nil {
		return false
	}
	known := false
	for _, e := range k.Lookup(strings.TrimSpace(s)) {
		switch {
		case e.ID == "country:IDN" || e.Type == kb.Place && e.Country == "country:IDN":
			return false
		case e.Type == kb.Place || e.Type == kb.Country:
			known = true
		}
	}
	return known
}

// isWeekday reports whether s is a day name alone ("Senin", "Monday").
func isWeekday(s string) bool {
	return slices.Contains(weekdays, strings.ToLower(strings.TrimSpace(s)))
}

// bareOutlet reports whether s, after a dateline place and a comma, is an
// outlet's name set in capitals or capitalised ("HALUAN", "RADAR CONTOH",
// "Suara Contoh"): shaped as a name (postName) of at least four letters in
// all, and not a place or region ("JAKARTA, INDONESIA -"), a person, a day, a month, a word of time
// ("KEMARIN"), a page's label ("TERKINI", "UPDATE"), a newsroom's post
// ("ISTANA", "KEMLU": newsroomPost) or a body the knowledge base knows that
// is not an outlet ("ASEAN").
func bareOutlet(s string) bool {
	s = strings.TrimSpace(s)
	if !postName(s) || utf8.RuneCountInString(s) < 4 {
		return false
	}
	words := strings.Fields(s)
	for _, w := range words {
		if _, month := months[strings.ToLower(strings.TrimSuffix(w, "."))]; month || isWeekday(w) || timeWords[strings.ToLower(w)] {
			return false
		}
	}
	if low := strings.ToLower(s); knownRegion(s) || kickers[low] || newsSections[low] || notPlaceStarts[strings.ToLower(words[0])] {
		return false // "JAKARTA, TERKINI -", "JAKARTA, UPDATE -": a label
	}
	if newsroomPost(s) {
		return false // "JAKARTA, ISTANA -", "JAKARTA, KEMLU -": a venue
	}
	_, _, person, org := kbKinds(s)
	// "JAKARTA, PRABOWO -", "JAKARTA, ANWAR -": a person; "JAKARTA, ASEAN
	// -": a body the story is about, the outlets it knows aside.
	return !person && !surname(s) && (!org || kbOutlet(s))
}

// newsroomPosts are the posts of an Indonesian newsroom that a dateline
// names after its city where an outlet's name stands ("JAKARTA, ISTANA -",
// the reporter posted at the presidential palace; "JAKARTA, KEMLU -", at
// the foreign ministry; "JAKARTA, SENAYAN -", at parliament), and the words
// for the newsroom itself ("REDAKSI", the editorial desk): a venue or a
// desk, not the publisher. A post's first word names it whatever follows
// ("ISTANA MERDEKA", "MABES POLRI"), so a longer name is listed only when
// its first word is not a post alone ("BALAI KOTA").
var newsroomPosts = map[string]bool{
	"istana": true, "senayan": true, "parlemen": true, "kemlu": true, "setneg": true, "setkab": true,
	"mabes": true, "cilangkap": true, "balai kota": true, "balaikota": true, "gedung sate": true,
	"medan merdeka": true, "redaksi": true, "newsroom": true, "desk": true,
}

// newsroomPostPrefixes open the short names of Indonesian government
// offices, the other posts a dateline names: ministries ("KEMENLU",
// "KEMENKEU", "KEMENKO"), provincial, city and regency governments
// ("PEMPROV", "PEMKOT", "PEMKAB"), regional police and military commands
// ("POLDA", "POLRES", "KODAM"), regional assemblies ("DPRD") and the press
// offices that sign a body's releases ("Humas Setkab", "BPMI Setpres"): the
// body, not a news outlet.
var newsroomPostPrefixes = []string{"kemen", "pemprov", "pemkot", "pemkab", "polda", "polres", "kodam", "dprd", "humas", "bpmi"}

// newsroomPost reports whether s, after a dateline's city, names a
// newsroom's post or desk (newsroomPosts, newsroomPostPrefixes) by its
// first word, whatever follows it (its state's abbreviation, "KEMLU RI";
// the office's unit, "Humas Setkab").
func newsroomPost(s string) bool {
	low := strings.ToLower(strings.TrimSpace(s))
	first, _, _ := strings.Cut(low, " ")
	if newsroomPosts[low] || newsroomPosts[first] {
		return true
	}
	for _, pre := range newsroomPostPrefixes {
		if strings.HasPrefix(first, pre) {
			return true
		}
	}
	return false
}

// timeWords say when a story was filed in place of a day's name
// ("JAKARTA, KEMARIN -", "JAKARTA, HARI INI -").
var timeWords = map[string]bool{
	"kemarin": true, "hari": true, "ini": true, "pagi": true, "siang": true, "sore": true, "malam": true,
	"today": true, "yesterday": true, "tonight": true,
}

// knownOutlets are outlets whose bare names open ledes and credits ("ANTARA
// - ...", "AFP, Paris -", "By Reuters") with nothing in the name to show it
// is an outlet: names with a ".com", "News", "TV" or "Harian" are outlets by
// their shape (isOutlet), and the knowledge base's outlets.tsv lists more,
// with their sites. The list keeps to the outlets whose names head stories
// across the news kronik reads, by kind:
//   - the global wire services (AFP, AP, Reuters, Bloomberg) and the
//     largest European agencies (dpa, EFE, ANSA);
//   - the national news agencies of the states kronik follows, members of
//     the Organization of Asia-Pacific News Agencies (OANA): ANTARA,
//     Bernama, VNA, PNA, Xinhua, Kyodo, Yonhap, TASS, RIA Novosti,
//     Anadolu (AA), APP; and India's wires PTI, ANI and IANS;
//   - the international broadcasters whose bare names credit stories (BBC,
//     CNN, CNBC, VOA, CGTN, NHK, CNA, Al Jazeera, Sputnik);
//   - Indonesia's national news brands whose names are not web addresses
//     (Kompas, Tempo, detik, kumparan, Republika, Okezone, Beritasatu,
//     Sindonews, VIVA, RRI, TVRI).
//
// Upper-case keys; see knownOutlet for how they match.
var knownOutlets = map[string]bool{
	// global wires
	"AFP": true, "AP": true, "ASSOCIATED PRESS": true, "REUTERS": true, "BLOOMBERG": true,
	"DPA": true, "EFE": true, "ANSA": true,
	// national agencies
	"ANTARA": true, "BERNAMA": true, "VNA": true, "PNA": true, "XINHUA": true, "KYODO": true,
	"YONHAP": true, "TASS": true, "RIA NOVOSTI": true, "ANADOLU": true, "AA": true, "APP": true,
	"PTI": true, "ANI": true, "IANS": true,
	// international broadcasters
	"BBC": true, "CNN": true, "CNBC": true, "VOA": true, "CGTN": true, "NHK": true, "CNA": true,
	"AL JAZEERA": true, "SPUTNIK": true,
	// Indonesian national brands
	"KOMPAS": true, "TEMPO": true, "DETIK": true, "DETIKCOM": true, "KUMPARAN": true,
	"REPUBLIKA": true, "OKEZONE": true, "BERITASATU": true, "SINDONEWS": true, "VIVA": true,
	"RRI": true, "TVRI": true,
}

// knownOutlet reports whether s is one of knownOutlets. A key of up to four
// letters is an acronym and matches only as written in capitals: "APP",
// "ANI", "AA" and "VIVA" are outlets, "app", "Ani" (a given name) and "aa"
// are not. Longer names match in any case ("Reuters", "REUTERS").
func knownOutlet(s string) bool {
	u := strings.ToUpper(s)
	if !knownOutlets[u] {
		return false
	}
	return len(u) > 4 || s == u
}

// outletSuffixes end the names of outlets ("KabarPatroliNews", "Bharata
// Online", "Metro TV", "Jakarta Post", "Jakarta Globe"); matched on the name
// with spaces removed, case-insensitively.
var outletSuffixes = []string{
	"news", "online", "tv", "post", "times", "daily", "media", "network", "radio", "press",
	"channel", "herald", "tribune", "tribun", "journal", "wire", "pos", "today", "insider",
	"globe", "gazette", "berita", "warta", "kabar", "pers", "television", "televisi",
	// "Saudi Press Agency", "Kuwait News Agency": a bare "agency" would take
	// in "Central Intelligence Agency".
	"newsagency", "pressagency",
}

// domainRe matches web addresses used as outlet names ("KOMPAS.com",
// "Liputan6.com", "TEMPO.CO", "REPUBLIKA.CO.ID", "VOTENEWS.ID").
// A space typed after the dot ("KOMPAS. com") is tolerated; normOutlet
// removes it.
var domainRe = regexp.MustCompile(`(?i)[a-z0-9]\. ?(com|co|id|net|org|tv|info|news|my|sg|asia|web\.id|or\.id)\b`)

// normOutlet writes an outlet name as the lede does, minus typing slips: a
// space after a domain's dot is removed ("KOMPAS. com" -> "KOMPAS.com").
func normOutlet(s string) string {
	s = strings.TrimSpace(s)
	if m := domainRe.FindStringIndex(s); m != nil {
		s = s[:m[0]+2] + strings.TrimLeft(s[m[0]+2:], " ")
	}
	return s
}

// camelRe matches one-word brand names with an inner capital after a small
// letter ("detikNews", "kumparanNEWS", "KabarPatroliNews"), which place
// names do not have.
var camelRe = regexp.MustCompile(`^\p{L}*\p{Ll}\p{Lu}\p{L}*$`)

// isOutlet reports whether s reads as the name of a news outlet.
func isOutlet(s string) bool {
	s = strings.Trim(strings.TrimSpace(s), "()")
	if s == "" || len(s) > 40 || !looksLikeName(s) || strings.ContainsAny(s, ",|") || sentenceStop(s) {
		// a comma parts a name from another ("Kuala Lumpur, Warta
		// Online"), a bar a page's breadcrumbs ("HOME | NEWS"), a full
		// stop a sentence from the next ("BIDEN WINS. Fox News")
		return false
	}
	if low := strings.ToLower(s); kickers[low] || newsSections[low] {
		return false // "BREAKING NEWS", "World News": a label, not a name
	}
	if knownOutlet(s) || domainRe.MatchString(s) || camelRe.MatchString(s) {
		return true
	}
	// A known outlet's national edition or channel: "CNN Indonesia", "CNBC
	// Indonesia", "Kompas TV".
	words := strings.Fields(s)
	if len(words) > 1 && len(words) <= 3 && knownOutlet(words[0]) {
		return true
	}
	compact := strings.ToLower(strings.ReplaceAll(s, " ", ""))
	for _, suf := range outletSuffixes {
		if strings.HasSuffix(compact, suf) && len(compact) > len(suf) {
			return true
		}
	}
	// "Jurnal Diplomasi", "Harian Kompas", "Radio Elshinta": a word for
	// a kind of publication before the name.
	if len(words) > 1 && outletPrefixes[strings.ToLower(words[0])] {
		return true
	}
	return kbOutlet(s)
}

// outletPrefixes are words for kinds of publication that open outlets'
// names in Indonesian and English.
var outletPrefixes = map[string]bool{
	"jurnal": true, "harian": true, "koran": true, "majalah": true, "tabloid": true,
	"radio": true, "televisi": true, "kantor": true, "surat": true,
}

// sentenceStop reports whether a full stop and a space in s end a sentence
// ("BIDEN WINS. Fox News"), not a web address broken by a space ("KOMPAS.
// com").
func sentenceStop(s string) bool {
	for i := strings.Index(s, ". "); i >= 0; {
		next, _, _ := strings.Cut(strings.TrimSpace(s[i+2:]), " ")
		if !topLevel[strings.ToLower(next)] {
			return true
		}
		j := strings.Index(s[i+2:], ". ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return false
}

// topLevel are the domain labels a web address written with a space after
// its dot ends with.
var topLevel = map[string]bool{"com": true, "id": true, "co": true, "net": true, "org": true, "tv": true, "my": true}

// kbOutlet reports whether the knowledge base knows s as a news outlet: an
// organisation that lists its web site ("Kazinform", "Bernama").
func kbOutlet(s string) bool {
	k, err := kb.Load()
	if err != nil {
		return false
	}
	for _, e := range k.Lookup(s) {
		if e.Type == kb.Org && len(e.Aliases["site"]) > 0 {
			return true
		}
	}
	return false
}

// looksLikeName reports whether s could be a proper name: it starts with a
// letter, has at most five words and no digits other than in a web address
// ("Liputan6.com").
func looksLikeName(s string) bool {
	s = strings.TrimSpace(s)
	r, _ := utf8.DecodeRuneInString(s)
	if s == "" || !unicode.IsLetter(r) || len(strings.Fields(s)) > 5 {
		return false
	}
	if !domainRe.MatchString(s) && strings.ContainsAny(s, "0123456789") {
		return false
	}
	return true
}

// asPlace checks that s looks like a place name (one to four capitalised
// words of letters, hyphens, apostrophes or dots; "di"/"de"/"al" allowed
// inside) and returns it case-normalised: an all-capitals word is written in
// title case ("JAKARTA" -> "Jakarta", "GUINEA-BISSAU" -> "Guinea-Bissau").
func asPlace(s string) (string, bool) {
	s = strings.TrimSpace(s)
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 || len(s) > 40 || isOutlet(s) || notPlaceStarts[strings.ToLower(words[0])] {
		return "", false
	}
	upper := isUpperWord(s)
	for i, w := range words {
		if low := strings.ToLower(w); i > 0 && connectors[low] {
			if upper {
				words[i] = low // "RIO DE JANEIRO" -> "Rio de Janeiro"
			}
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return "", false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.' {
				return "", false
			}
		}
		if !placeAbbrev[w] {
			words[i] = titleCase(w)
		}
	}
	return strings.Join(words, " "), true
}

// placeAbbrev are abbreviations inside datelines that stay in capitals
// ("DKI JAKARTA" -> "DKI Jakarta", "WASHINGTON DC"): Indonesian province
// prefixes and common country abbreviations.
var placeAbbrev = map[string]bool{
	"DKI": true, "DIY": true, "NTT": true, "NTB": true, "RI": true, "AS": true, "UEA": true,
	"UAE": true, "US": true, "USA": true, "UK": true, "DC": true, "D.C.": true,
}

// connectors are small words inside multi-word place names ("Bandar Seri
// Begawan" needs none; "Rio de Janeiro", "Ras al Khaimah", "Daerah Istimewa
// ..." do).
var connectors = map[string]bool{"de": true, "da": true, "do": true, "di": true, "al": true, "el": true, "of": true, "upon": true, "la": true}

// titleCase lowers an all-capitals word after its first letter of each
// hyphenated part; other words are left as written ("McAllen").
func titleCase(w string) string {
	if strings.ToUpper(w) != w || utf8.RuneCountInString(w) < 2 {
		return w
	}
	parts := strings.Split(w, "-")
	for i, p := range parts {
		rs := []rune(strings.ToLower(p))
		if len(rs) > 0 {
			rs[0] = unicode.ToUpper(rs[0])
		}
		parts[i] = string(rs)
	}
	return strings.Join(parts, "-")
}

// isUpperWord reports whether s is written in capitals ("JAKARTA", "NEW
// YORK"), the usual way of setting a dateline.
func isUpperWord(s string) bool {
	hasLetter := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			hasLetter = true
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return hasLetter
}

// notPlaceStarts are capitalised words that open ordinary sentences or name
// people and bodies rather than places; a lone "Presiden - ..." or "Menurut
// dia - ..." is not a dateline.
var notPlaceStarts = map[string]bool{
	"presiden": true, "menteri": true, "wakil": true, "ketua": true,
	"para": true, "dalam": true, "pada": true, "ia": true, "dia": true, "kami": true, "saya": true,
	"mereka": true, "ini": true, "itu": true, "namun": true, "tetapi": true, "dan": true, "menurut": true,
	"kata": true, "he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "this": true,
	"president": true, "minister": true, "prime": true, "foto": true, "photo": true, "video": true,
	"update": true, "breaking": true, "live": true, "baca": true, "read": true, "editor": true,
}

// knownPlace reports whether the knowledge base knows s as a country or
// place.
func knownPlace(s string) bool {
	k, err := kb.Load()
	if err != nil {
		return false
	}
	for _, e := range k.Lookup(s) {
		if e.Type == kb.Country || e.Type == kb.Place {
			return true
		}
	}
	return false
}

// kbKinds says what the knowledge base knows s as: a city or region, a
// country, a person or an organisation.
func kbKinds(s string) (place, country, person, org bool) {
	k, err := kb.Load()
	if err != nil {
		return false, false, false, false
	}
	for _, e := range k.Lookup(strings.TrimSpace(s)) {
		switch e.Type {
		case kb.Place:
			place = true
		case kb.Country:
			country = true
		case kb.Person:
			person = true
		case kb.Org:
			org = true
		}
	}
	return place, country, person, org
}

// startsLower reports whether s opens, after spaces, with a small letter.
func startsLower(s string) bool {
	return unicode.IsLower(firstRune(strings.TrimSpace(s)))
}
