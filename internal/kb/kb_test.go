package kb

import (
	"strings"
	"testing"
)

func mustLoad(t testing.TB) *KB {
	t.Helper()
	k, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return k
}

func TestLookupPressVariants(t *testing.T) {
	k := mustLoad(t)
	tests := []struct {
		name, want string
	}{
		{"Tiongkok", "country:CHN"}, {"China", "country:CHN"}, {"Cina", "country:CHN"}, {"RRT", "country:CHN"},
		{"Republik Rakyat Tiongkok", "country:CHN"}, {"Chinese", "country:CHN"},
		{"Kazakhstan", "country:KAZ"}, {"Kazakstan", "country:KAZ"}, {"Kazakh", "country:KAZ"},
		{"Kirgistan", "country:KGZ"}, {"Kirgizstan", "country:KGZ"}, {"Kyrgyzstan", "country:KGZ"}, {"Kirgizia", "country:KGZ"},
		{"Amerika Serikat", "country:USA"}, {"AS", "country:USA"}, {"USA", "country:USA"}, {"United States", "country:USA"}, {"U.S.", "country:USA"},
		{"Korea Selatan", "country:KOR"}, {"Korsel", "country:KOR"},
		{"Rusia", "country:RUS"}, {"Russia", "country:RUS"},
		{"Inggris", "country:GBR"}, {"UK", "country:GBR"}, {"Britania Raya", "country:GBR"},
		{"Thai", "country:THA"}, {"Filipina", "country:PHL"}, {"Timor Leste", "country:TLS"},
		{"Astana", "place:astana"}, {"Nur-Sultan", "place:astana"}, {"Xi'an", "place:xian"}, {"Xian", "place:xian"},
		{"Tianjin", "place:tianjin"}, {"Moskow", "place:moscow"},
		{"Asia Tengah", "place:asia-tengah"}, {"Central Asia", "place:asia-tengah"}, {"Global South", "place:global-south"},
		{"Laut Natuna Utara", "place:laut-china-selatan"}, {"South China Sea", "place:laut-china-selatan"},
		{"PBB", "org:un"}, {"United Nations", "org:un"}, {"Perserikatan Bangsa-Bangsa", "org:un"},
		{"Organisasi Kerja Sama Shanghai", "org:sco"}, {"SCO", "org:sco"}, {"Uni Eropa", "org:eu"}, {"UE", "org:eu"},
		{"Bank Dunia", "org:world-bank"}, {"OKI", "org:oic"},
		{"ANTARA", "org:antara"}, {"Kantor Berita Antara", "org:antara"}, {"Xinhua", "org:xinhua"},
		{"China Global Television Network", "org:cgtn"}, {"Al Jazeera", "org:al-jazeera"},
		{"Xi Jinping", "person:xi-jinping"}, {"Kassym-Jomart Tokayev", "person:kassym-jomart-tokayev"},
		{"Kassym Jomart Tokayev", "person:kassym-jomart-tokayev"}, {"Jokowi", "person:joko-widodo"},
	}
	for _, tt := range tests {
		got := k.Lookup(tt.name)
		found := false
		for _, e := range got {
			found = found || e.ID == tt.want
		}
		if !found {
			t.Errorf("Lookup(%q) = %v, want %s", tt.name, ids(got), tt.want)
		}
	}
}

func ids(es []*Entity) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.ID)
	}
	return out
}

func TestCountriesComplete(t *testing.T) {
	k := mustLoad(t)
	n := 0
	for _, e := range k.Entities() {
		if e.Type != Country {
			continue
		}
		n++
		if len(e.Code) != 3 || e.ID != "country:"+e.Code {
			t.Errorf("country %s has code %q", e.ID, e.Code)
		}
	}
	// 193 UN members, 2 observers, Taiwan and Kosovo at most a few more.
	if n < 193 || n > 205 {
		t.Errorf("%d countries, want about 195", n)
	}
	for _, id := range []string{"place:hong-kong", "place:puerto-rico"} {
		if e := k.Entity(id); e == nil || e.Type != Place {
			t.Errorf("%s should be a PLACE, got %+v", id, e)
		}
	}
}

func TestPlacesHaveCountries(t *testing.T) {
	k := mustLoad(t)
	for id, want := range map[string]string{"place:astana": "country:KAZ", "place:tianjin": "country:CHN", "place:jakarta": "country:IDN", "place:hong-kong": "country:CHN"} {
		if e := k.Entity(id); e == nil || e.Country != want {
			t.Errorf("%s: country %v, want %s", id, e, want)
		}
	}
}

func TestRoles(t *testing.T) {
	k := mustLoad(t)
	jokowi := k.Entity("person:joko-widodo")
	if jokowi == nil {
		t.Fatal("no person:joko-widodo")
	}
	if r := jokowi.RoleAt("2020-01-01"); len(r) != 1 || r[0].Of != "country:IDN" || r[0].Title != "Presiden" {
		t.Errorf("Jokowi in 2020: %+v", r)
	}
	if r := jokowi.RoleAt("2025-06-01"); len(r) != 0 {
		t.Errorf("Jokowi in 2025 should hold no office, got %+v", r)
	}
	if got := k.PersonsNamed("Tokayev"); len(got) != 1 || got[0].ID != "person:kassym-jomart-tokayev" {
		t.Errorf("PersonsNamed(Tokayev) = %v", ids(got))
	}
	// every role points at a known entity
	for _, e := range k.Entities() {
		for _, r := range e.Roles {
			if k.Entity(r.Of) == nil {
				t.Errorf("%s: role %q of unknown %q", e.ID, r.Title, r.Of)
			}
		}
	}
}

func TestMatch(t *testing.T) {
	k := mustLoad(t)
	tests := []struct {
		text string
		want []string // "word span=id"
	}{
		{"Presiden Tiongkok Xi Jinping tiba di Astana", []string{"Tiongkok=country:CHN", "Xi Jinping=person:xi-jinping", "Astana=place:astana"}},
		// longest match: the sea, not China
		{"kapal di Laut China Selatan", []string{"Laut China Selatan=place:laut-china-selatan"}},
		// hyphenated names arrive as parts
		{"Perserikatan Bangsa Bangsa dan Bank Dunia", []string{"Perserikatan Bangsa Bangsa=org:un", "Bank Dunia=org:world-bank"}},
		// short acronyms only in their exact spelling; lower-case words are no names
		{"as the UN said to us", []string{"UN=org:un"}},
		{"the china shop", nil},
		{"KAZAKHSTAN dan AS", []string{"KAZAKHSTAN=country:KAZ", "AS=country:USA"}},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.text)
		var got []string
		for _, m := range k.Match(words) {
			got = append(got, strings.Join(words[m.Start:m.End], " ")+"="+m.Entities[0].ID)
		}
		if strings.Join(got, ";") != strings.Join(tt.want, ";") {
			t.Errorf("Match(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestMatchLang(t *testing.T) {
	k := mustLoad(t)
	words := []string{"AS", "AND", "US", "TALKS"}
	var got []string
	for _, m := range k.MatchLang(words, "en") {
		got = append(got, words[m.Start])
	}
	if strings.Join(got, " ") != "US" {
		t.Errorf("English: %v, want only US", got)
	}
	got = nil
	for _, m := range k.MatchLang([]string{"dolar", "AS", "di", "PBB", "dan", "SCO"}, "id") {
		got = append(got, m.Entities[0].ID)
	}
	if strings.Join(got, " ") != "country:USA org:un org:sco" {
		t.Errorf("Indonesian acronyms: %v", got)
	}
	// a name the Indonesian press gives a town is an English word in
	// English text; names for any language match in both
	for _, c := range []struct {
		words []string
		lang  string
		want  string
	}{
		{[]string{"Solo", "travellers", "are", "back"}, "en", ""},
		{[]string{"kunjungan", "ke", "Solo"}, "id", "place:surakarta"},
		{[]string{"a", "visit", "to", "Surakarta"}, "en", "place:surakarta"},
		{[]string{"talks", "in", "Jogja"}, "en", "place:yogyakarta"},
	} {
		got = nil
		for _, m := range k.MatchLang(c.words, c.lang) {
			got = append(got, m.Entities[0].ID)
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%s %v: %v, want %q", c.lang, c.words, got, c.want)
		}
	}
}

func TestMatchPrefersCountry(t *testing.T) {
	k := New([]*Entity{
		{ID: "place:georgia-x", Type: Place, Name: "Georgia"},
		{ID: "country:GEO", Type: Country, Name: "Georgia", Code: "GEO"},
	})
	m := k.Match([]string{"Georgia"})
	if len(m) != 1 || m[0].Entities[0].ID != "country:GEO" {
		t.Fatalf("got %+v", m)
	}
}

func TestNormalizeAndSlug(t *testing.T) {
	tests := []struct{ in, norm, slug string }{
		{"Kassym-Jomart Tokayev", "kassym jomart tokayev", "kassym-jomart-tokayev"},
		{"Xi'an", "xian", "xian"},
		{"Xi’an", "xian", "xian"},
		{"Erdoğan", "erdogan", "erdogan"},
		{"  U.S.  ", "us", "us"},
		{"Perserikatan Bangsa-Bangsa (PBB)", "perserikatan bangsa bangsa pbb", "perserikatan-bangsa-bangsa-pbb"},
		{"", "", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.norm {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.norm)
		}
		if got := Slug(tt.in); got != tt.slug {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.slug)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, data := range []string{
		"country:XXX\t\t\t\t\t\ten=Foo\n",  // alias line for an unknown id
		"@role\tperson:nobody\tPresiden\n", // role for an unknown person
		"org:x\tORG\tX\t\t\t\tFoo|Bar\n",   // alias group without lang=
	} {
		if err := newBuilder().parse("test.tsv", data); err == nil {
			t.Errorf("parse(%q) succeeded, want an error", data)
		}
	}
}

func BenchmarkMatch(b *testing.B) {
	k := mustLoad(b)
	words := strings.Fields("Presiden Kazakhstan Kassym-Jomart Tokayev menyambut Presiden Tiongkok Xi Jinping di Istana Presiden di Astana pada Senin untuk membahas kerja sama dengan Uni Eropa dan PBB")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k.Match(words)
	}
	b.SetBytes(int64(len(words))) // "bytes" here are words: MB/s reads as million words/s
}

// BenchmarkParse measures the one-time cost of Load: parsing the embedded data.
func BenchmarkParse(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := parseAll(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestCuratedNameFirst: where a curated entity shares a name with one the
// generated lists define ("Gaza": the Gaza Strip and the city), matching and
// lookup give the curated one first.
func TestCuratedNameFirst(t *testing.T) {
	k, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if got := k.Lookup("Gaza"); len(got) < 2 || got[0].ID != "place:jalur-gaza" {
		t.Errorf("Lookup(Gaza) = %v, want the curated Gaza Strip first", ids(got))
	}
	m := k.Match([]string{"di", "Gaza", "utara"})
	if len(m) != 1 || m[0].Entities[0].ID != "place:jalur-gaza" {
		t.Errorf("Match(di Gaza utara) = %+v, want the Gaza Strip", m)
	}
}

// TestSeatsOfGovernment: the seat-of column marks the seats of government the
// news names for the government; each is an organisation of the state it
// governs, and the column is read, and overridden, like the others.
func TestSeatsOfGovernment(t *testing.T) {
	k, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	seats := map[string]string{}
	for _, e := range k.Entities() {
		if e.SeatOf == "" {
			continue
		}
		seats[e.ID] = e.SeatOf
		if s := k.Entity(e.SeatOf); s == nil || s.Type != Country {
			t.Errorf("%s: seat of %q, which is no country", e.ID, e.SeatOf)
		}
		if e.Type != Org || e.Country != e.SeatOf {
			t.Errorf("%s: a seat is an organisation of the state it governs, got %s of %q", e.ID, e.Type, e.Country)
		}
	}
	for name, state := range map[string]string{
		"Kremlin": "country:RUS", "White House": "country:USA", "Gedung Putih": "country:USA",
		"Blue House": "country:KOR", "Cheong Wa Dae": "country:KOR", "Zhongnanhai": "country:CHN",
		"Kantei": "country:JPN", "Number 10": "country:GBR", "Élysée": "country:FRA",
	} {
		got := k.Lookup(name)
		if len(got) != 1 || got[0].SeatOf != state {
			t.Errorf("Lookup(%q) = %v, want one seat of %s", name, got, state)
		}
	}
	for _, ministry := range []string{"Quai d'Orsay", "Pentagon", "Istana Merdeka"} {
		for _, e := range k.Lookup(ministry) {
			if e.SeatOf != "" {
				t.Errorf("%s (%s) is marked a seat of government", ministry, e.ID)
			}
		}
	}

	b := newBuilder()
	data := "org:x\tORG\tX House\t\tcountry:AAA\t\t\tcountry:AAA\norg:x\t\t\t\t\t\ten=The X\n"
	if err := b.parse("test.tsv", data); err != nil {
		t.Fatal(err)
	}
	if got := b.byID["org:x"].SeatOf; got != "country:AAA" {
		t.Errorf("seat-of = %q after a later line without it, want country:AAA", got)
	}
}

// TestTownsOfDiplomacy: every capital of an Indonesian province is a place
// in Indonesia, as are the towns and resorts that host summits and visits,
// whatever the city threshold of the generated list; capitals the list
// lacks are there under their press spellings; and the towns whose names
// are common Indonesian words are left out, so that a title-case headline
// ("Israel Serang Gaza") does not name a town.
func TestTownsOfDiplomacy(t *testing.T) {
	k := mustLoad(t)
	capitals := []string{
		"Banda Aceh", "Medan", "Padang", "Pekanbaru", "Tanjung Pinang", "Tanjungpinang", "Palembang",
		"Pangkal Pinang", "Bengkulu", "Bandar Lampung", "Jakarta", "Bandung", "Semarang", "Yogyakarta",
		"Surabaya", "Denpasar", "Mataram", "Kupang", "Pontianak", "Palangka Raya", "Banjarbaru",
		"Samarinda", "Tanjung Selor", "Manado", "Gorontalo", "Mamuju", "Makassar", "Kendari", "Ambon",
		"Sofifi", "Jayapura", "Manokwari", "Sorong", "Nabire", "Wamena", "Merauke",
	}
	venues := []string{"Jimbaran", "Lombok", "Mandalika", "Likupang", "Danau Toba", "Lake Toba", "Borobudur", "Solo", "Jogja", "Labuan Bajo"}
	for _, name := range append(capitals, venues...) {
		var found bool
		for _, e := range k.Lookup(name) {
			found = found || e.Type == Place && e.Country == "country:IDN"
		}
		if !found {
			t.Errorf("%q is not a place in Indonesia: %v", name, k.Lookup(name))
		}
	}
	abroad := map[string]string{
		"Naypyidaw": "country:MMR", "Ulaanbaatar": "country:MNG", "Palikir": "country:FSM", "Ramallah": "country:PSE",
		"Siem Reap": "country:KHM", "Langkawi": "country:MYS", "Boao": "country:CHN", "Sharm el-Sheikh": "country:EGY",
	}
	for name, country := range abroad {
		es := k.Lookup(name)
		if len(es) == 0 || es[0].Type != Place || es[0].Country != country {
			t.Errorf("%q: %v, want a place in %s", name, es, country)
		}
	}
	for _, word := range []string{"Serang", "Palu"} {
		if es := k.Lookup(word); len(es) > 0 {
			t.Errorf("%q, a common word, is %v", word, es)
		}
	}
}

// TestNewsAgencies: the state agencies and photo agencies that
// international news quotes and credits are outlets under their own names
// and acronyms; a common word or a region is none.
func TestNewsAgencies(t *testing.T) {
	k := mustLoad(t)
	for name, want := range map[string]string{
		"SPA": "org:spa", "Saudi Press Agency": "org:spa", "Kuwait News Agency": "org:kuna", "Press Trust of India": "org:pti",
		"EPA-EFE": "org:epa", "EFE": "org:efe", "Getty Images": "org:getty", "Interfax": "org:interfax",
		"People's Daily Online": "org:peoples-daily", "Channel NewsAsia": "org:channel-news-asia",
	} {
		es := k.Lookup(name)
		if len(es) == 0 || es[0].ID != want || es[0].Type != Org {
			t.Errorf("%q: %v, want %s", name, es, want)
		}
	}
	for _, name := range []string{"MENA", "Petra", "Fars"} {
		for _, e := range k.Lookup(name) {
			if e.Type == Org {
				t.Errorf("%q is an outlet: %v", name, e.ID)
			}
		}
	}
}

// TestRightsGroupsAndThinkTanks: the humanitarian and rights organisations
// and think tanks news quotes are organisations under their names and
// acronyms, in both languages.
func TestRightsGroupsAndThinkTanks(t *testing.T) {
	k := mustLoad(t)
	for name, want := range map[string]string{
		"Human Rights Watch": "org:hrw", "Amnesty Internasional": "org:amnesty", "Doctors Without Borders": "org:msf",
		"Red Cross": "org:icrc", "Palang Merah Internasional": "org:icrc", "Bulan Sabit Merah": "org:ifrc",
		"CSIS": "org:csis", "Lowy Institute": "org:lowy", "ISEAS": "org:iseas",
	} {
		es := k.Lookup(name)
		if len(es) == 0 || es[0].ID != want || es[0].Type != Org {
			t.Errorf("%q: %v, want %s", name, es, want)
		}
	}
}

// TestMatchPossessiveInName: a name holding a possessive matches the words
// the text gives it, the "'s" split off the noun before it.
func TestMatchPossessiveInName(t *testing.T) {
	k := mustLoad(t)
	for _, words := range [][]string{
		{"the", "National", "People", "'s", "Congress", "met"},
		{"the", "National", "People", "’s", "Congress", "met"},
		{"the", "National", "People's", "Congress", "met"},
	} {
		ms := k.Match(words)
		if len(ms) != 1 || ms[0].Entities[0].ID != "org:npc" || ms[0].Start != 1 || ms[0].End != len(words)-1 {
			t.Errorf("%q: %+v, want org:npc over the name", words, ms)
		}
	}
}

// TestMiddleEastPartiesAndTowns: the movements and forces news of the
// Middle East names as parties, the towns of its wars and the seas and
// straits of shipping news are known in both languages.
func TestMiddleEastPartiesAndTowns(t *testing.T) {
	k := mustLoad(t)
	for name, want := range map[string]string{
		"Hamas": "org:hamas", "Hezbollah": "org:hezbollah", "Hizbullah": "org:hezbollah", "Ansar Allah": "org:houthis",
		"Garda Revolusi Iran": "org:irgc", "Israel Defense Forces": "org:idf", "Otoritas Palestina": "org:palestinian-authority",
		"Khan Yunis": "place:khan-younis", "Jabaliya": "place:jabalia", "Semenanjung Sinai": "place:sinai", "Golan Heights": "place:golan",
		"Cox's Bazar": "place:coxs-bazar", "Andaman Sea": "place:laut-andaman", "Bab al-Mandab": "place:bab-el-mandeb", "Bosphorus": "place:selat-bosporus",
	} {
		es := k.Lookup(name)
		if len(es) == 0 || es[0].ID != want {
			t.Errorf("%q: %v, want %s", name, es, want)
		}
	}
}

// TestIndonesianAgencies: the agencies the Indonesian press names by their
// short names are Indonesian organisations; a ministry's plain name is
// every state's and names none of them.
func TestIndonesianAgencies(t *testing.T) {
	k := mustLoad(t)
	for name, want := range map[string]string{"Bakamla": "org:bakamla", "Kemenhan": "org:kemhan", "Kemendag": "org:kemendag", "BNPB": "org:bnpb"} {
		es := k.Lookup(name)
		if len(es) == 0 || es[0].ID != want || es[0].Country != "country:IDN" {
			t.Errorf("%q: %v, want %s", name, es, want)
		}
	}
	for _, name := range []string{"Kementerian Pertahanan", "Kementerian Perdagangan", "Kementerian Keuangan"} {
		if es := k.Lookup(name); len(es) > 0 {
			t.Errorf("%q names %v", name, es)
		}
	}
}
