package entity

import (
	"sort"
	"strings"
	"testing"

	"kronik/internal/kb"
	"kronik/internal/record"
	"kronik/internal/text"
)

func recognize(t testing.TB, r *Recognizer, s, lang string) []record.Entity {
	t.Helper()
	ents := r.Recognize(s, text.Split(s), lang)
	for _, e := range ents {
		for _, m := range e.Mentions {
			if s[m.Start:m.End] != m.Text {
				t.Fatalf("%s: mention %q does not match text[%d:%d] = %q", e.ID, m.Text, m.Start, m.End, s[m.Start:m.End])
			}
		}
	}
	return ents
}

func newRecognizer(t testing.TB, tagger Tagger) *Recognizer {
	t.Helper()
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	return New(k, tagger)
}

// summary renders entities as "ID TYPE [mention|mention]" lines, sorted.
func summary(ents []record.Entity) map[string]string {
	out := map[string]string{}
	for _, e := range ents {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, m.Text)
		}
		out[e.ID] = e.Type + " " + strings.Join(ms, "|")
	}
	return out
}

func TestRecognize(t *testing.T) {
	r := newRecognizer(t, nil)
	tests := []struct {
		name, lang, text string
		want             map[string]string // id -> "TYPE mention|mention"
		absent           []string          // ids or name fragments that must not appear
	}{
		{
			name: "known names and hyphen compounds",
			lang: "id",
			text: "Hubungan Tiongkok-Kazakhstan menguat menjelang KTT China-Asia Tengah di Astana.",
			want: map[string]string{
				"country:CHN":       "COUNTRY Tiongkok|China",
				"country:KAZ":       "COUNTRY Kazakhstan",
				"place:asia-tengah": "PLACE Asia Tengah",
				"place:astana":      "PLACE Astana",
			},
			absent: []string{"KTT"},
		},
		{
			name: "title before a known person, later short and upper-case forms",
			lang: "id",
			text: "Presiden Kazakhstan Kassym-Jomart Tokayev menyambut Presiden Xi di bandara. XI TIBA DI ASTANA. Xi mengatakan kepada Tokayev bahwa hubungan kedua negara kuat.",
			want: map[string]string{
				"person:kassym-jomart-tokayev": "PERSON Kassym-Jomart Tokayev|Tokayev",
				"person:xi-jinping":            "PERSON Xi|XI|Xi",
				"country:KAZ":                  "COUNTRY Kazakhstan",
			},
		},
		{
			name: "title, ministry and an unknown spokesperson",
			lang: "id",
			text: "Menurut Juru Bicara Kementerian Luar Negeri Jepang Hiroshi Tanaka, pertemuan itu produktif.",
			want: map[string]string{
				"person:hiroshi-tanaka": "PERSON Hiroshi Tanaka",
				// a country inside an organisation's name is no mention of its own
				"org:kementerian-luar-negeri-jepang": "ORG Kementerian Luar Negeri Jepang",
			},
			absent: []string{"country:JPN"},
		},
		{
			name: "profession, department and university before the name",
			lang: "id",
			text: "Kerja sama itu penting, kata asisten profesor di Departemen Hubungan Internasional Universitas Airlangga Dewi Lestari.",
			want: map[string]string{
				"person:dewi-lestari":                   "PERSON Dewi Lestari",
				"org:universitas-airlangga":             "ORG Universitas Airlangga",
				"org:departemen-hubungan-internasional": "ORG Departemen Hubungan Internasional",
			},
		},
		{
			name: "organisation ends at a country, person follows",
			lang: "id",
			text: "Hal itu disampaikan Direktur Pusat Kajian Asia di Kementerian Pendidikan Tinggi Uzbekistan Rustam Karimov pada Selasa.",
			want: map[string]string{
				"person:rustam-karimov":                        "PERSON Rustam Karimov",
				"org:kementerian-pendidikan-tinggi-uzbekistan": "ORG Kementerian Pendidikan Tinggi Uzbekistan",
				"org:pusat-kajian-asia":                        "ORG Pusat Kajian Asia",
			},
		},
		{
			name: "title, then the name between commas",
			lang: "id",
			text: "Direktur Eksekutif Institut Kajian Strategis Kirgizstan, Elvira Mamytova, menilai proyek itu realistis. Menurut Mamytova, biayanya besar.",
			want: map[string]string{
				"person:elvira-mamytova":                   "PERSON Elvira Mamytova|Mamytova",
				"org:institut-kajian-strategis-kirgizstan": "ORG Institut Kajian Strategis Kirgizstan",
			},
		},
		{
			name: "bracketed abbreviations and several states inside a title",
			lang: "id",
			text: "Menteri Luar Negeri (Menlu) RI Sugiono bertemu Duta Besar RI untuk Kazakhstan dan Tajikistan Fadjroel Rachman di Jakarta.",
			want: map[string]string{
				"person:sugiono":          "PERSON Sugiono",
				"person:fadjroel-rachman": "PERSON Fadjroel Rachman",
				"country:TJK":             "COUNTRY Tajikistan",
			},
		},
		{
			name: "apposition and later surname",
			lang: "id",
			text: "Li Wenhua, direktur Pusat Studi Eurasia di Universitas Fudan, menilai kemitraan itu stabil. Li juga menyebut perdagangan naik.",
			want: map[string]string{
				"person:li-wenhua":        "PERSON Li Wenhua|Li",
				"org:universitas-fudan":   "ORG Universitas Fudan",
				"org:pusat-studi-eurasia": "ORG Pusat Studi Eurasia",
			},
		},
		{
			name: "reporting verbs before and after the speaker",
			lang: "id",
			text: "\"Kami optimistis,\" ujar Bakyt Omurov. Ainura Sadykova mengatakan proyek itu selesai tahun depan.",
			want: map[string]string{
				"person:bakyt-omurov":    "PERSON Bakyt Omurov",
				"person:ainura-sadykova": "PERSON Ainura Sadykova",
			},
		},
		{
			name: "credits and photo credit",
			lang: "id",
			text: "Para menteri berfoto bersama. ANTARA/Xinhua/Li Ming\nPewarta: Rina Wati\nEditor: Budi Santoso\nCopyright © ANTARA 2025",
			want: map[string]string{
				"person:li-ming":      "PERSON Li Ming",
				"person:rina-wati":    "PERSON Rina Wati",
				"person:budi-santoso": "PERSON Budi Santoso",
				"org:antara":          "ORG ANTARA|ANTARA",
				"org:xinhua":          "ORG Xinhua",
			},
		},
		{
			name: "bracketed abbreviation links short and long forms",
			lang: "id",
			text: "Lembaga Riset Ekonomi Nusantara (LREN) merilis laporan. Menurut LREN, ekspor naik. Ia diwawancarai China Global Television Network (CGTN).",
			want: map[string]string{
				"org:lembaga-riset-ekonomi-nusantara": "ORG Lembaga Riset Ekonomi Nusantara|LREN|LREN",
				"org:cgtn":                            "ORG China Global Television Network|CGTN",
			},
		},
		{
			name: "events, documents, programmes and currency names are not entities",
			lang: "id",
			text: "Konferensi Tingkat Tinggi (KTT) itu mengesahkan Deklarasi Astana dan Inisiatif Sabuk dan Jalan senilai 5 miliar dolar AS. Teksnya ditulis dalam bahasa Inggris.",
			want: map[string]string{
				"place:astana": "PLACE Astana",
			},
			absent: []string{"KTT", "Konferensi", "Deklarasi", "Inisiatif", "Sabuk", "country:USA", "country:GBR"},
		},
		{
			name: "outlet in a lede",
			lang: "id",
			text: "Jakarta, Warta Nusantara - Pemerintah mengumumkan kebijakan baru pada Senin.",
			want: map[string]string{
				"place:jakarta":       "PLACE Jakarta",
				"org:warta-nusantara": "ORG Warta Nusantara",
			},
		},
		{
			name: "unknown outlet in brackets after the dateline, hyphenated Korean name",
			lang: "id",
			text: "Tashkent (Dunyo) - Duta Besar Korea Selatan Kim Min-seok bertemu pejabat setempat.",
			want: map[string]string{
				"place:tashkent":      "PLACE Tashkent",
				"org:dunyo":           "ORG Dunyo",
				"country:KOR":         "COUNTRY Korea Selatan",
				"person:kim-min-seok": "PERSON Kim Min-seok",
			},
		},
		{
			name: "places from administrative and geographic words, unknown dateline",
			lang: "id",
			text: "Korla (Xinhua) - Pembangkit itu berdiri di Kota Korla dekat Sungai Tarim, Provinsi Gansu.",
			want: map[string]string{
				"place:korla":        "PLACE Korla|Korla",
				"org:xinhua":         "ORG Xinhua",
				"place:sungai-tarim": "PLACE Sungai Tarim",
				"place:gansu":        "PLACE Gansu",
			},
		},
		{
			name: "English dateline with a date, feature names",
			lang: "en",
			text: "KORLA, June 3 (Reuters) - Water from the Tarim River reached Lake Bosten.",
			want: map[string]string{
				"place:korla":       "PLACE KORLA",
				"org:reuters":       "ORG Reuters",
				"place:tarim-river": "PLACE Tarim River",
				"place:lake-bosten": "PLACE Lake Bosten",
			},
		},
		{
			name: "outlet before the dateline",
			lang: "id",
			text: "KabarDunia – Tashkent – Presiden Uzbekistan Shavkat Mirziyoyev menerima tamu negara.",
			want: map[string]string{
				"org:kabardunia":            "ORG KabarDunia",
				"place:tashkent":            "PLACE Tashkent",
				"person:shavkat-mirziyoyev": "PERSON Shavkat Mirziyoyev",
			},
		},
		{
			name: "outlet written as its domain",
			lang: "id",
			text: "TEMPO.CO, Jakarta - Putin dan Trump berbicara lewat telepon. Portal KabarKini.ID juga memberitakannya.",
			want: map[string]string{
				"org:tempo":             "ORG TEMPO.CO",
				"place:jakarta":         "PLACE Jakarta",
				"person:vladimir-putin": "PERSON Putin",
				"person:donald-trump":   "PERSON Trump",
			},
			absent: []string{"org:co"},
		},
		{
			name: "English titles, ministry and reporting verb",
			lang: "en",
			text: "Chinese President Xi Jinping met Foreign Minister Penny Wong in Beijing, according to the Ministry of Foreign Affairs. \"We welcome the visit,\" said Xi. Analyst Mark Thompson said the talks mattered.",
			want: map[string]string{
				"person:xi-jinping":               "PERSON Xi Jinping|Xi",
				"person:penny-wong":               "PERSON Penny Wong",
				"country:CHN":                     "COUNTRY Chinese",
				"place:beijing":                   "PLACE Beijing",
				"org:ministry-of-foreign-affairs": "ORG Ministry of Foreign Affairs",
				"person:mark-thompson":            "PERSON Mark Thompson",
			},
		},
		{
			name: "party name then person, province in a title",
			lang: "id",
			text: "Wakil Ketua Umum Partai Demokrat Siti Rahayu Lestari mengatakan hal itu. Gubernur Jawa Barat Ahmad Santoso hadir.",
			want: map[string]string{
				"org:partai-demokrat":        "ORG Partai Demokrat",
				"person:siti-rahayu-lestari": "PERSON Siti Rahayu Lestari",
				"place:jawa-barat":           "PLACE Jawa Barat",
				"person:ahmad-santoso":       "PERSON Ahmad Santoso",
			},
		},
		{
			name: "abbreviated titles and affiliations are not names",
			lang: "id",
			text: "Hal itu sudah diputuskan, kata Mendagri. Ketua Umum Golkar, Budi Hartono, setuju. Ia maju sebagai calon presiden dari Golkar.",
			want: map[string]string{
				"person:budi-hartono": "PERSON Budi Hartono",
			},
			absent: []string{"person:mendagri", "person:golkar"},
		},
		{
			name: "a known surname inside another person's name, a minister's portfolio",
			lang: "id",
			text: "Menteri Pemuda dan Olahraga Dito Ariotedjo bertemu Wakil Ketua Partai Gerindra Edhy Prabowo. Presiden Prabowo hadir.",
			want: map[string]string{
				"person:dito-ariotedjo":   "PERSON Dito Ariotedjo",
				"person:edhy-prabowo":     "PERSON Edhy Prabowo",
				"person:prabowo-subianto": "PERSON Prabowo",
				"org:partai-gerindra":     "ORG Partai Gerindra",
			},
			absent: []string{"person:pemuda", "person:olahraga"},
		},
		{
			name: "English credits with several names",
			lang: "en",
			text: "Officials met in Tashkent on Monday.\nReporting by Jane Smith in Astana and Liz Lee in Beijing; Editing by Mark Potter",
			want: map[string]string{
				"person:jane-smith":  "PERSON Jane Smith",
				"person:liz-lee":     "PERSON Liz Lee",
				"person:mark-potter": "PERSON Mark Potter",
				"place:astana":       "PLACE Astana",
				"place:beijing":      "PLACE Beijing",
			},
		},
		{
			name: "English possessives and a translated body with its native acronym",
			lang: "en",
			text: "Indonesia's President Prabowo Subianto praised the Ministry of Research and Technology (BRIN). BRIN's scientists agreed.",
			want: map[string]string{
				"country:IDN":                             "COUNTRY Indonesia",
				"person:prabowo-subianto":                 "PERSON Prabowo Subianto",
				"org:ministry-of-research-and-technology": "ORG Ministry of Research and Technology|BRIN|BRIN",
			},
		},
		{
			name: "embassies and ministries named after their country",
			lang: "en",
			text: "The Chinese Embassy in Jakarta said so. The Kazakh Defence Ministry agreed, and Nur Sultan, the capital, was quiet.",
			want: map[string]string{
				"org:chinese-embassy":         "ORG Chinese Embassy",
				"org:kazakh-defence-ministry": "ORG Kazakh Defence Ministry",
				"place:jakarta":               "PLACE Jakarta",
				"place:astana":                "PLACE Nur Sultan",
			},
			absent: []string{"country:CHN", "country:KAZ", "person:"},
		},
		{
			name: "English qualifiers before an organisation head, feature word after a known place",
			lang: "en",
			text: "Evan Lim, a senior fellow at the International Institute for Strategic Studies, spoke about the Natuna Islands.",
			want: map[string]string{
				"person:evan-lim": "PERSON Evan Lim",
				"org:international-institute-for-strategic-studies": "ORG International Institute for Strategic Studies",
				"place:natuna": "PLACE Natuna Islands",
			},
		},
		{
			name: "English organisation with a tail head",
			lang: "en",
			text: "Researchers at Nazarbayev University and the Brookings Institution disagreed.",
			want: map[string]string{
				"org:nazarbayev-university": "ORG Nazarbayev University",
				"org:brookings-institution": "ORG Brookings Institution",
			},
		},
		{
			name: "sentence-initial capitals are not names by themselves",
			lang: "id",
			text: "Dalam pertemuan itu, mereka membahas perdagangan. Kemudian rombongan kembali. Sementara itu, cuaca cerah.",
			want: map[string]string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ents := recognize(t, r, tt.text, tt.lang)
			got := summary(ents)
			for id, want := range tt.want {
				if got[id] != want {
					t.Errorf("%s = %q, want %q", id, got[id], want)
				}
			}
			if len(tt.want) == 0 && len(got) != 0 {
				t.Errorf("want no entities, got %v", got)
			}
			for _, bad := range tt.absent {
				for id, v := range got {
					if strings.Contains(id, bad) || strings.Contains(v, bad) {
						t.Errorf("unexpected %s: %s", id, v)
					}
				}
			}
			if t.Failed() {
				keys := make([]string, 0, len(got))
				for k := range got {
					keys = append(keys, k+" = "+got[k])
				}
				sort.Strings(keys)
				t.Logf("all entities:\n%s", strings.Join(keys, "\n"))
			}
		})
	}
}

func TestRolesAndCountries(t *testing.T) {
	r := newRecognizer(t, nil)
	s := "Presiden Tiongkok Xi Jinping bertemu Menteri Luar Negeri Kirgistan Aibek Dzhumabaev di Tianjin."
	byID := map[string]record.Entity{}
	for _, e := range recognize(t, r, s, "id") {
		byID[e.ID] = e
	}
	xi := byID["person:xi-jinping"]
	if len(xi.Roles) != 1 || xi.Roles[0].Title != "Presiden Tiongkok" || xi.Roles[0].Of != "country:CHN" || xi.Country != "country:CHN" {
		t.Errorf("Xi: roles %+v country %q", xi.Roles, xi.Country)
	}
	if s[xi.Roles[0].Start:xi.Roles[0].End] != "Presiden Tiongkok" {
		t.Errorf("role offsets point at %q", s[xi.Roles[0].Start:xi.Roles[0].End])
	}
	fm := byID["person:aibek-dzhumabaev"]
	if len(fm.Roles) != 1 || fm.Roles[0].Of != "country:KGZ" || fm.Country != "country:KGZ" {
		t.Errorf("FM: %+v", fm)
	}
	if tj := byID["place:tianjin"]; tj.Country != "country:CHN" {
		t.Errorf("Tianjin country %q", tj.Country)
	}
	if c := byID["country:CHN"]; c.Code != "CHN" || c.Type != "COUNTRY" {
		t.Errorf("China: %+v", c)
	}
}

func TestShortOrganisationName(t *testing.T) {
	r := newRecognizer(t, nil)
	s := "Juru bicara Kementerian Pertahanan Kirgistan menyampaikan hal itu. Kementerian Pertahanan juga mengirim tim."
	got := summary(recognize(t, r, s, "id"))
	if got["org:kementerian-pertahanan-kirgistan"] != "ORG Kementerian Pertahanan Kirgistan|Kementerian Pertahanan" {
		t.Errorf("got %v", got)
	}
}

func TestOneEntityPerThing(t *testing.T) {
	r := newRecognizer(t, nil)
	s := "Tiongkok dan RRT disebut bergantian. China tetap satu negara. Republik Rakyat Tiongkok juga."
	ents := recognize(t, r, s, "id")
	if len(ents) != 1 || ents[0].ID != "country:CHN" || len(ents[0].Mentions) != 4 {
		t.Fatalf("got %v", summary(ents))
	}
}

// fakeTagger labels fixed words, standing in for internal/ner.
type fakeTagger map[string]string

func (f fakeTagger) Tag(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = "O"
		if l, ok := f[w]; ok {
			out[i] = l
		}
	}
	return out
}

func TestTaggerMerge(t *testing.T) {
	tagger := fakeTagger{
		"Zhanar": "B-PERSON", "Tulegenova": "I-PERSON", // a name no rule finds
		"Kazakhstan": "B-PLACE",                   // the list knows it is a country
		"Forum":      "B-ORG", "Astana2": "I-ORG", // an event: dropped
		"Samruk": "B-ORG", "Kazyna": "I-ORG",
	}
	r := newRecognizer(t, tagger)
	s := "Zhanar Tulegenova dari Kazakhstan hadir di Forum Astana2 bersama Samruk Kazyna."
	got := summary(recognize(t, r, s, "id"))
	want := map[string]string{
		"person:zhanar-tulegenova": "PERSON Zhanar Tulegenova",
		"country:KAZ":              "COUNTRY Kazakhstan",
		"org:samruk-kazyna":        "ORG Samruk Kazyna",
	}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("%s = %q, want %q (all: %v)", id, got[id], w, got)
		}
	}
	for id := range got {
		if strings.Contains(id, "forum") {
			t.Errorf("event name from the tagger kept: %s", id)
		}
	}
}

func TestTaggerTitleInName(t *testing.T) {
	r := newRecognizer(t, fakeTagger{"Wamenlu": "B-PERSON", "Arif": "I-PERSON", "Havas": "I-PERSON"})
	for _, e := range recognize(t, r, "Wamenlu Arif Havas hadir.", "id") {
		if e.ID != "person:arif-havas" || len(e.Roles) != 1 || e.Roles[0].Title != "Wamenlu" {
			t.Errorf("got %+v", e)
		}
	}
}

func TestTaggerConventions(t *testing.T) {
	tagger := fakeTagger{
		"Pertukaran": "B-ORG", "Budaya": "I-ORG", // a heading line
		"Jalan": "B-PERSON",                // a common word of a programme's name
		"BRI":   "B-ORG",                   // the programme's abbreviation
		"GCTN":  "B-ORG",                   // a typo of a known acronym
		"pusat": "B-ORG", "Luban": "I-ORG", // lower-case start
	}
	r := newRecognizer(t, tagger)
	s := "Pertukaran Budaya\nInisiatif Sabuk dan Jalan (Belt and Road Initiative/BRI) dibahas di pusat Luban. BRI penting, menurut CGTN. Survei GCTN menunjukkan hal itu."
	got := summary(recognize(t, r, s, "id"))
	if got["org:cgtn"] != "ORG CGTN|GCTN" {
		t.Errorf("org:cgtn = %q, want the typo joined", got["org:cgtn"])
	}
	for id, v := range got {
		if id != "org:cgtn" {
			t.Errorf("unexpected %s: %s", id, v)
		}
	}
}

// TestTaggedMonthNextToDay: a month the tagger takes for a name is a date
// when a day number stands next to it; elsewhere the name stays ("May" is a
// surname too).
func TestTaggedMonthNextToDay(t *testing.T) {
	r := newRecognizer(t, fakeTagger{"May": "B-PERSON"})
	got := summary(recognize(t, r, "The leaders met on Wednesday, May 21, 2025, and again on 3 May. Later May said the talks went well.", "en"))
	if got["person:may"] != "PERSON May" {
		t.Errorf("person:may = %q, want the one mention away from a day", got["person:may"])
	}
}

// TestTaggedSpanEdges: a tagged name is cut where the tagger ran on into a
// lower-case word that is neither a connector nor a name particle, and a
// person's name before a facility's head word is the facility's.
func TestTaggedSpanEdges(t *testing.T) {
	tests := []struct {
		tagger fakeTagger
		text   string
		want   map[string]string
		absent []string
	}{
		{fakeTagger{"Ministry": "B-ORG", "Treasury": "I-ORG", "said": "I-ORG"},
			"The Ministry Treasury said on Monday that talks would resume.",
			map[string]string{"org:ministry-treasury": "ORG Ministry Treasury"}, []string{"org:ministry-treasury-said"}},
		{fakeTagger{"Zafar": "B-PERSON", "bin": "I-PERSON", "Qasim": "I-PERSON"},
			"Prince Zafar bin Qasim arrived in Doha.",
			map[string]string{"person:zafar-bin-qasim": "PERSON Zafar bin Qasim"}, nil},
		{fakeTagger{"Rahmat": "B-PERSON", "also": "I-PERSON"},
			"Minister Rahmat also met the delegation.",
			map[string]string{"person:rahmat": "PERSON Rahmat"}, []string{"person:rahmat-also"}},
		{fakeTagger{"Omar": "B-PERSON"},
			"The delegation landed at King Omar International Airport late on Sunday.",
			nil, []string{"person:omar"}},
	}
	for _, tt := range tests {
		r := newRecognizer(t, tt.tagger)
		expectEntities(t, tt.text, summary(recognize(t, r, tt.text, "en")), tt.want, tt.absent)
	}
}

// TestHyphenatedShortForm: a later hyphenated short form of a full name
// ("El-Haddad" after "Karim el-Haddad") is the same person.
func TestHyphenatedShortForm(t *testing.T) {
	r := newRecognizer(t, fakeTagger{"Karim": "B-PERSON", "el-Haddad": "I-PERSON", "El-Haddad": "B-PERSON"})
	got := summary(recognize(t, r, "Menteri Luar Negeri Karim el-Haddad tiba di Kairo. El-Haddad mengatakan pertemuan itu penting.", "id"))
	if got["person:karim-el-haddad"] != "PERSON Karim el-Haddad|El-Haddad" {
		t.Errorf("got %v, want one person with both forms", got)
	}
}

func TestEmptyAndOdd(t *testing.T) {
	r := newRecognizer(t, nil)
	for _, s := range []string{"", "   ", "-", "( )", "—— ——", "Presiden", "ujar", "(ABC)", "Pewarta:"} {
		recognize(t, r, s, "id") // must not panic; offsets checked inside
	}
	// an empty knowledge base knows no state: a state's name alone is
	// nothing it can link
	for _, e := range New(nil, nil).Recognize("Tiongkok", text.Split("Tiongkok"), "id") {
		if e.Type == kb.Country {
			t.Errorf("empty knowledge base: %s %s linked", e.Type, e.ID)
		}
	}
}

func FuzzRecognize(f *testing.F) {
	for _, s := range []string{
		"Presiden Kazakhstan Kassym-Jomart Tokayev menyambut Presiden Xi.",
		"ANTARA/Xinhua/Li Ming\nPewarta: Rina",
		"Lembaga Riset (LR) dan (X) ( ) (",
		"Kementerian , , dan",
		"said Xi. Foreign Minister -",
	} {
		f.Add(s)
	}
	k, err := kb.Load()
	if err != nil {
		f.Fatal(err)
	}
	plain, tagged := New(k, nil), New(k, capTagger{})
	f.Fuzz(func(t *testing.T, s string) {
		ents := plain.Recognize(s, text.Split(s), "id")
		ents = append(ents, tagged.Recognize(s, text.Split(s), "en")...)
		for _, e := range ents {
			if len(e.Mentions) == 0 || e.ID == "" {
				t.Fatalf("entity without id or mentions: %+v", e)
			}
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(s) || m.Start >= m.End || s[m.Start:m.End] != m.Text {
					t.Fatalf("bad mention %+v", m)
				}
			}
		}
	})
}

// benchDoc is a news-like document written for the benchmark.
const benchDoc = `Astana (ANTARA) - Presiden Kazakhstan Kassym-Jomart Tokayev menyambut Presiden Tiongkok Xi Jinping di Istana Presiden di Astana pada Senin (16/6), menjelang Konferensi Tingkat Tinggi (KTT) China-Asia Tengah kedua.
Kedua pemimpin membahas perdagangan, energi dan konektivitas, kata Juru Bicara Kementerian Luar Negeri China Guo Jiakun kepada wartawan di Beijing.
"Hubungan kita berada pada titik tertinggi," ujar Tokayev. Xi menambahkan bahwa Inisiatif Sabuk dan Jalan membuka peluang baru bagi Kazakstan, Kirgistan, Tajikistan, Turkmenistan dan Uzbekistan.
Menurut Direktur Pusat Studi Eurasia di Universitas Nasional Kazakhstan Aigerim Bekova, perdagangan bilateral mencapai 43 miliar dolar AS pada 2024.
Badan Pusat Statistik (BPS) dan Bank Dunia mencatat pertumbuhan yang stabil di kawasan Asia Tenggara dan Eurasia, sementara PBB dan SCO mendorong kerja sama di Laut Kaspia.
Chinese President Xi Jinping met Foreign Minister Wang Yi and said the Ministry of Foreign Affairs would follow up, Reuters reported.
Pewarta: Rina Wati
Editor: Budi Santoso
`

func BenchmarkRecognize(b *testing.B) {
	r := newRecognizer(b, nil)
	doc := strings.Repeat(benchDoc, 10)
	sents := text.Split(doc)
	tokens := 0
	for _, s := range sents {
		tokens += len(s.Tokens)
	}
	b.SetBytes(int64(len(doc)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Recognize(doc, sents, "id")
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func TestAppositiveRole(t *testing.T) {
	r := newRecognizer(t, nil)
	s := "Li Wenhua, direktur Pusat Riset untuk Rusia, Negara-Negara Eropa Timur dan Asia Tengah di Universitas Fudan, mengakui hal itu."
	for _, e := range recognize(t, r, s, "id") {
		if e.ID != "person:li-wenhua" {
			continue
		}
		want := "direktur Pusat Riset untuk Rusia, Negara-Negara Eropa Timur dan Asia Tengah di Universitas Fudan"
		if len(e.Roles) != 1 || e.Roles[0].Title != want || e.Roles[0].Of != "org:universitas-fudan" {
			t.Errorf("roles %+v", e.Roles)
		}
		if e.Country != "" {
			t.Errorf("an appositive role must not set the person's state, got %q", e.Country)
		}
		return
	}
	t.Fatal("person not found")
}

// capTagger labels runs of capitalised words with types that cycle, to
// exercise the merging of tagged spans with rules in the fuzz test.
type capTagger struct{}

func (capTagger) Tag(words []string) []string {
	types := []string{"PERSON", "ORG", "PLACE", "LOC", "PER", "MISC"}
	out := make([]string, len(words))
	n := 0
	for i, w := range words {
		switch {
		case !isCap(w):
			out[i] = "O"
		case i > 0 && out[i-1] != "O" && len(w)%3 != 0:
			out[i] = "I-" + out[i-1][2:]
		default:
			out[i] = "B-" + types[n%len(types)]
			n++
		}
	}
	return out
}

func TestRoleOfFromKBAndLongTitles(t *testing.T) {
	r := newRecognizer(t, nil)
	s := "Presiden Tokayev menyambut tamu. Presiden Kazakhstan Kassym-Jomart Tokayev lalu berpidato. " +
		"Hal itu penting, kata Direktur di Pusat Kajian Asia di bawah naungan Kementerian Luar Negeri Uzbekistan Rustam Karimov."
	byID := map[string]record.Entity{}
	for _, e := range recognize(t, r, s, "id") {
		byID[e.ID] = e
	}
	tok := byID["person:kassym-jomart-tokayev"]
	// one role: the fuller title replaces the bare one
	if len(tok.Roles) != 1 || tok.Roles[0].Title != "Presiden Kazakhstan" || tok.Roles[0].Of != "country:KAZ" {
		t.Errorf("Tokayev roles %+v", tok.Roles)
	}
	rk := byID["person:rustam-karimov"]
	if len(rk.Roles) != 1 || rk.Roles[0].Of != "org:pusat-kajian-asia" || !strings.HasPrefix(rk.Roles[0].Title, "Direktur di Pusat Kajian Asia") {
		t.Errorf("Karimov: %+v (all %v)", rk, summary(recognize(t, r, s, "id")))
	}
}

func TestEnglishAppositionAfterAState(t *testing.T) {
	r := newRecognizer(t, nil)
	s := "Earlier, the deal was praised by Zhang Hanhui, China's ambassador to Russia, in an interview."
	got := summary(recognize(t, r, s, "en"))
	if got["person:zhang-hanhui"] != "PERSON Zhang Hanhui" || got["person:earlier"] != "" {
		t.Fatalf("got %v", got)
	}
	for _, e := range recognize(t, r, s, "en") {
		if e.ID == "person:zhang-hanhui" && (len(e.Roles) != 1 || e.Roles[0].Title != "ambassador to Russia" || e.Roles[0].Of != "country:CHN") {
			t.Errorf("roles %+v", e.Roles)
		}
	}
}

// TestDomesticOffices: in Indonesian text a government title without a state
// is Indonesia's; a title with a state keeps it; English text is left alone.
func TestDomesticOffices(t *testing.T) {
	ents := []record.Entity{
		{ID: "person:a", Type: "PERSON", Roles: []record.Role{{Title: "Menteri Pertahanan"}}},
		{ID: "person:b", Type: "PERSON", Roles: []record.Role{{Title: "Menteri Luar Negeri Cina", Of: "country:CHN"}}},
		{ID: "person:c", Type: "PERSON", Roles: []record.Role{{Title: "peneliti"}}},
	}
	domesticOffices(ents)
	if ents[0].Country != "country:IDN" || ents[1].Country != "" || ents[2].Country != "" {
		t.Errorf("countries = %q, %q, %q; want IDN for the domestic minister only", ents[0].Country, ents[1].Country, ents[2].Country)
	}
}

// TestCountingPlace: in Indonesian "Lima" counts ("Lima Negara", five
// states) unless it is where something happens ("di Lima") or stands alone
// ("Lima, Peru").
func TestCountingPlace(t *testing.T) {
	r := newRecognizer(t, nil)
	for _, tc := range []struct {
		text  string
		place bool
	}{
		{"Lima Negara Sepakat Memperkuat Kerja Sama", false},
		{"Para menteri menegaskan Konsensus Lima Poin sebagai acuan.", false},
		{"KTT APEC digelar di Lima pada 2024.", true},
		{"Lima, Peru menjadi tuan rumah pertemuan itu.", true},
	} {
		got := summary(recognize(t, r, tc.text, "id"))
		if _, ok := got["place:lima"]; ok != tc.place {
			t.Errorf("%q: place Lima found = %v, want %v (all: %v)", tc.text, ok, tc.place, got)
		}
	}
}

// expectEntities checks a summary of the entities found in text: each id of
// want with its rendering, and none of absent.
func expectEntities(t *testing.T, text string, got, want map[string]string, absent []string) {
	t.Helper()
	for id, v := range want {
		if got[id] != v {
			t.Errorf("%q: %s = %q, want %q (all: %v)", text, id, got[id], v, got)
		}
	}
	for _, id := range absent {
		if _, ok := got[id]; ok {
			t.Errorf("%q: %s should not be found (all: %v)", text, id, got)
		}
	}
}
