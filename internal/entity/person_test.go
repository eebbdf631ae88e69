package entity

import (
	"strings"
	"testing"

	"kronik/internal/record"
)

// TestPatronymicNames: an Arabic or Malay name runs on across "bin",
// "binti" and "ibn", whether the tagger split it there or no tagger found
// it, and a ruler's style ("His Highness") is a title, not a name.
func TestPatronymicNames(t *testing.T) {
	tests := []struct {
		tagger fakeTagger
		text   string
		lang   string
		want   map[string]string
		absent []string
	}{
		{fakeTagger{"Faris": "B-PERSON", "Khalid": "B-PERSON", "Al": "I-PERSON", "Mansouri": "I-PERSON"},
			"Menteri Faris bin Khalid Al Mansouri tiba di Jakarta pada Senin.", "id",
			map[string]string{"person:faris-bin-khalid-al-mansouri": "PERSON Faris bin Khalid Al Mansouri"},
			[]string{"person:faris", "person:khalid-al-mansouri"}},
		{fakeTagger{},
			"Presiden Nurul binti Hamzah menerima kunjungan itu.", "id",
			map[string]string{"person:nurul-binti-hamzah": "PERSON Nurul binti Hamzah"}, []string{"person:nurul"}},
		{fakeTagger{"Highness": "B-PERSON", "Sheikh": "I-PERSON", "Rashed": "I-PERSON"},
			"His Highness Sheikh Rashed received the delegation in the capital.", "en",
			map[string]string{"person:rashed": "PERSON Rashed"}, []string{"person:highness-sheikh-rashed"}},
	}
	for _, tt := range tests {
		r := newRecognizer(t, tt.tagger)
		expectEntities(t, tt.text, summary(recognize(t, r, tt.text, tt.lang)), tt.want, tt.absent)
	}
}

// TestInauguralNotATitle: "perdana" is an office only in "Perdana Menteri";
// "KTT Perdana Korea" is an inaugural summit, not a person named Korea.
func TestInauguralNotATitle(t *testing.T) {
	r := newRecognizer(t, nil)
	for _, s := range []string{
		"KTT Perdana Korea-Asia Tengah Digelar di Seoul",
		"Para pemimpin menghadiri pertemuan Perdana Korea dan Vietnam di Hanoi.",
	} {
		for _, e := range recognize(t, r, s, "id") {
			if e.Type == "PERSON" {
				t.Errorf("%q: person %s found", s, e.ID)
			}
		}
	}
	got := summary(recognize(t, r, "Perdana Menteri Nguyen Van Hoa tiba di Jakarta.", "id"))
	if got["person:nguyen-van-hoa"] != "PERSON Nguyen Van Hoa" {
		t.Errorf("the prime minister is not found: %v", got)
	}
}

// TestPortfolioInTitle: a minister's portfolio belongs to the title, not to
// the name after it, whether a rule or the tagger found the name.
func TestPortfolioInTitle(t *testing.T) {
	tests := []struct {
		tagger fakeTagger
		text   string
		lang   string
		want   string
		absent []string
	}{
		{fakeTagger{}, "Menteri Kehakiman Rudi Hartono hadir dalam acara itu.", "id", "person:rudi-hartono",
			[]string{"person:kehakiman", "person:kehakiman-rudi-hartono"}},
		{fakeTagger{}, "The agreement was signed by the Minister of Law Rudi Hartono.", "en", "person:rudi-hartono",
			[]string{"person:law", "person:law-rudi-hartono"}},
		{fakeTagger{"Hilirisasi": "B-PERSON", "Rudi": "I-PERSON", "Hartono": "I-PERSON"},
			"Menteri Investasi dan Hilirisasi Rudi Hartono ikut dalam rombongan.", "id", "person:rudi-hartono",
			[]string{"person:hilirisasi-rudi-hartono"}},
	}
	for _, tt := range tests {
		r := newRecognizer(t, tt.tagger)
		got := summary(recognize(t, r, tt.text, tt.lang))
		if _, ok := got[tt.want]; !ok {
			t.Errorf("%q: %s not found (all: %v)", tt.text, tt.want, got)
		}
		for _, id := range tt.absent {
			if _, ok := got[id]; ok {
				t.Errorf("%q: %s should not be found", tt.text, id)
			}
		}
	}
}

// TestTitledTaggedSpans: a span the tagger took for an organisation that
// opens with a person's title, full or abbreviated, is a title and a name;
// an account's platform is not part of the organisation that owns it.
func TestTitledTaggedSpans(t *testing.T) {
	tests := []struct {
		tagger fakeTagger
		text   string
		want   map[string]string
		absent []string
	}{
		{fakeTagger{"Menhub": "B-ORG", "Budi": "I-ORG", "Karya": "I-ORG", "Sumadi": "I-ORG"},
			"Rombongan itu diikuti Menhub Budi Karya Sumadi dan sejumlah pejabat.",
			map[string]string{"person:budi-karya-sumadi": "PERSON Budi Karya Sumadi"}, []string{"org:menhub-budi-karya-sumadi", "person:budi"}},
		{fakeTagger{"PM": "B-ORG", "Thailand": "I-ORG", "Somchai": "I-ORG"},
			"PM Thailand Somchai Wongsawat tidak hadir dalam pertemuan itu.",
			map[string]string{"person:somchai-wongsawat": "PERSON Somchai Wongsawat", "country:THA": "COUNTRY Thailand"},
			[]string{"org:pm-thailand-somchai"}},
		{fakeTagger{"YouTube": "B-ORG", "Kementerian": "I-ORG", "Pertanian": "I-ORG"},
			"Acara itu disiarkan di akun YouTube Kementerian Pertanian pada Senin.",
			map[string]string{"org:kementerian-pertanian": "ORG Kementerian Pertanian"}, []string{"org:youtube-kementerian-pertanian"}},
	}
	for _, tt := range tests {
		r := newRecognizer(t, tt.tagger)
		expectEntities(t, tt.text, summary(recognize(t, r, tt.text, "id")), tt.want, tt.absent)
	}
}

// TestMalayStyles: a Malay style of rank ("Dato' Sri", "Datuk Seri", "Tan
// Sri") is a title, however the tagger split it, and the name after it is
// the person; "Sri" opening a name with no honorific before it is a name.
func TestMalayStyles(t *testing.T) {
	tests := []struct {
		tagger fakeTagger
		text   string
		want   map[string]string
		absent []string
	}{
		{fakeTagger{"Dato": "B-PERSON", "'": "I-PERSON", "Sri": "I-PERSON", "Hamid": "I-PERSON", "Rahman": "I-PERSON"},
			"Perdana Menteri Dato' Sri Hamid Rahman tiba di Jakarta.",
			map[string]string{"person:hamid-rahman": "PERSON Hamid Rahman"}, []string{"person:dato", "person:sri-hamid-rahman"}},
		{fakeTagger{"Dato": "B-PERSON", "Sri": "B-PERSON", "Hamid": "I-PERSON", "Rahman": "I-PERSON"},
			"Perdana Menteri Dato’ Sri Hamid Rahman tiba di Jakarta.",
			map[string]string{"person:hamid-rahman": "PERSON Hamid Rahman"}, []string{"person:dato", "person:sri-hamid-rahman"}},
		{fakeTagger{}, "Menteri Datuk Seri Hamid Rahman mengatakan kerja sama itu penting.",
			map[string]string{"person:hamid-rahman": "PERSON Hamid Rahman"}, []string{"person:seri-hamid-rahman"}},
		{fakeTagger{"Sri": "B-PERSON", "Wahyuni": "I-PERSON"}, "Menteri Keuangan Sri Wahyuni mengatakan anggaran cukup.",
			map[string]string{"person:sri-wahyuni": "PERSON Sri Wahyuni"}, nil},
	}
	for _, tt := range tests {
		r := newRecognizer(t, tt.tagger)
		expectEntities(t, tt.text, summary(recognize(t, r, tt.text, "id")), tt.want, tt.absent)
	}
}

// TestFullNamesJoin: full names of one person written with and without a
// patronymic particle, or shortened to two of their words, are one entity;
// a short name two different full names hold stays apart.
func TestFullNamesJoin(t *testing.T) {
	r := newRecognizer(t, fakeTagger{"Hamid": "B-PERSON", "Rahman": "I-PERSON", "bin": "I-PERSON", "Yusof": "I-PERSON"})
	txt := "Menteri Hamid Rahman bin Yusof tiba di Jakarta. Menteri Hamid Rahman Yusof mengatakan kerja sama itu penting. Menurut Hamid Rahman, hubungan baik."
	got := summary(recognize(t, r, txt, "id"))
	persons := 0
	for id, v := range got {
		if strings.HasPrefix(id, "person:") {
			persons++
			if v != "PERSON Hamid Rahman bin Yusof|Hamid Rahman Yusof|Hamid Rahman" {
				t.Errorf("%s = %q, want the three forms", id, v)
			}
		}
	}
	if persons != 1 {
		t.Errorf("want one person, got %v", got)
	}
	txt = "Menteri Rudi Hartono Wijaya dan Menteri Rudi Hartono Saputra hadir. Menurut Rudi Hartono, rapat itu penting."
	got = summary(recognize(t, newRecognizer(t, nil), txt, "id"))
	if _, ok := got["person:rudi-hartono"]; !ok {
		t.Errorf("a name two full names hold was joined to one of them: %v", got)
	}
}

// TestNotPersons: words of titles and page furniture taken for names.
func TestNotPersons(t *testing.T) {
	tests := []entityCase{
		{"the crown prince's title", "Putra Mahkota Faisal bin Nasser menerima telepon itu.", "id",
			fakeTagger{"Putra": "B-PERSON", "Mahkota": "I-PERSON"}, nil, []string{"person:mahkota"}},
		{"the crown prince's title before a reporting verb", "Putra Mahkota mengatakan hubungan kedua negara kuat.", "id",
			nil, nil, []string{"person:mahkota"}},
		{"an English adjective opening a sentence", "Former Soviet states trade more with China.", "en",
			fakeTagger{"Former": "B-PERSON", "Soviet": "I-PERSON"}, nil, []string{"person:former-soviet"}},
		{"a headline below page chrome", "Baca berita tanpa iklan.\n\nPemimpin Asia Berkumpul di Hanoi, Bahas Pangan\n\nPara pemimpin Asia bertemu di Hanoi pada Senin untuk membahas ketahanan pangan kawasan.", "id",
			nil, nil, []string{"person:berkumpul"}},
		{"an imperative in page chrome", "Baca berita tanpa iklan. Gabung Warta+\n\nPara pemimpin Asia bertemu di Hanoi pada Senin untuk membahas ketahanan pangan kawasan.", "id",
			fakeTagger{"Gabung": "B-PERSON"}, nil, []string{"person:gabung"}},
	}
	runEntityCases(t, tests)
}

// TestNicknameJoinsKnownPerson: a full name with a nickname in quotes, and a
// shortened form of it, are the person the knowledge base knows.
func TestNicknameJoinsKnownPerson(t *testing.T) {
	r := newRecognizer(t, fakeTagger{"Ferdinand": "B-PERSON", `"`: "I-PERSON", "Bongbong": "I-PERSON", "Marcos": "I-PERSON", "Jr": "I-PERSON"})
	txt := `President Ferdinand "Bongbong" Marcos Jr arrived in Jakarta. Ferdinand Marcos Jr said the visit mattered. Later, Marcos Jr met the hosts.`
	got := summary(recognize(t, r, txt, "en"))
	for id := range got {
		if strings.HasPrefix(id, "person:") && id != "person:ferdinand-marcos-jr" {
			t.Errorf("a second person %s: %v", id, got)
		}
	}
}

// TestPhotoCreditInitials: one name after a slash in a photo credit is the
// photographer when the editor's initials close the credit.
func TestPhotoCreditInitials(t *testing.T) {
	r := newRecognizer(t, nil)
	txt := "Kedua pemimpin berjabat tangan di Jakarta, Senin. ANTARA/HO-Humas/Gilang/rwa."
	expectEntities(t, txt, summary(recognize(t, r, txt, "id")), map[string]string{"person:gilang": "PERSON Gilang"}, nil)
}

// TestCreditsAndTitles: names in capitals after a credit label ("Laporan:",
// "Photo by"), a negotiator's title, a variant spelling of a title's word and
// a minister's portfolio; a broadcaster named with its tail word, but not
// a person's initials that read like one.
func TestCreditsAndTitles(t *testing.T) {
	tests := []entityCase{
		{"a report credit in capitals", "KAMIS, 14 AGUSTUS 2025 | 09:05 WIB | LAPORAN: RINA DEWI LESTARI\n\nKedua delegasi bertemu di Istanbul.", "id", nil,
			map[string]string{"person:rina-dewi-lestari": "PERSON RINA DEWI LESTARI"}, nil},
		{"a photo credit in capitals", "Delegates sign the deal in Istanbul. (Photo by JOHN MILLER / AFP)", "en", nil,
			map[string]string{"person:john-miller": "PERSON JOHN MILLER"}, nil},
		{"a description before a name", "Israeli hostage Ada Levi was released on Friday.", "en", nil,
			map[string]string{"person:ada-levi": "PERSON Ada Levi"}, nil},
		// a description, unlike an office, is also said of a group or
		// before an outlet: no person is read after it
		{"a description before a group", "The activist group Amnesty International said the trial was unfair.", "en", nil,
			nil, []string{"person:amnesty-international", "person:group-amnesty-international"}},
		{"a description before an outlet", "The journalist Reuters quoted said the talks failed.", "en", nil,
			map[string]string{"org:reuters": "ORG Reuters"}, []string{"person:reuters"}},
		{"a negotiator's title", "Russian negotiator Pavel Orlov said the talks would go on.", "en", nil,
			map[string]string{"person:pavel-orlov": "PERSON Pavel Orlov"}, []string{"person:negotiator-pavel-orlov"}},
		{"a variant spelling inside a title", "Sekretaris Jendral Rudi Hartono hadir dalam rapat itu.", "id", nil,
			map[string]string{"person:rudi-hartono": "PERSON Rudi Hartono"}, []string{"person:jendral"}},
		{"a minister's portfolio", "Menteri Pekerjaan Umum dan Infrastruktur Budi Santoso hadir.", "id", nil,
			map[string]string{"person:budi-santoso": "PERSON Budi Santoso"}, []string{"person:infrastruktur"}},
		{"a broadcaster", "Arise Television reported the deal on Friday.", "en", nil,
			map[string]string{"org:arise-television": "ORG Arise Television"}, nil},
		{"initials like a broadcaster's", "Editor: Dewi Anggraini T.V.\n\nThe ministers met in Jakarta.", "en", nil,
			nil, []string{"org:dewi-anggraini-tv"}},
	}
	runEntityCases(t, tests)
}

// TestDescriptionsLowerCaseOnly: a description ("activist", "lawyer") is a
// title in lower case only; capitalised, it opens a group's name.
func TestDescriptionsLowerCaseOnly(t *testing.T) {
	tests := []entityCase{
		{"a capitalised description opening a group's name", "Activist Mothers Network said on Monday that the talks had stalled.", "en",
			nil, nil, []string{"person:mothers-network", "person:mothers"}},
		{"a capitalised description before a tagged group", "Hostage Relatives Forum urged the cabinet to act.", "en",
			fakeTagger{"Hostage": "B-ORG", "Relatives": "I-ORG", "Forum": "I-ORG"},
			map[string]string{"org:hostage-relatives-forum": "ORG Hostage Relatives Forum"}, []string{"person:relatives"}},
		{"a lower-case description before a name", "The talks were led by the activist Maya Kurniawati and two envoys.", "en",
			nil, map[string]string{"person:maya-kurniawati": "PERSON Maya Kurniawati"}, nil},
		{"a description in apposition", "Maya Kurniawati, a lawyer at the ministry, said the ruling was final.", "en",
			nil, map[string]string{"person:maya-kurniawati": "PERSON Maya Kurniawati"}, nil},
		{"a description closing a byline's outlet", "Two states sign a deal\n\n6:12 pm on 3 March 2026\n\nMaya Kurniawati, Kestrel News Journalist\n\nThe two states signed the deal.", "en",
			fakeTagger{"Maya": "B-PERSON", "Kurniawati": "I-PERSON", "Kestrel": "B-ORG", "News": "I-ORG", "Journalist": "I-ORG"},
			map[string]string{"org:kestrel-news": "ORG Kestrel News"}, []string{"org:kestrel-news-journalist"}},
	}
	runEntityCases(t, tests)
}

// TestTitleBodyAfterPreposition: the capitalised words after a title's
// preposition ("a spokesman for ...") name the body its holder serves,
// not the holder; a formal title may still name its holder after the body.
func TestTitleBodyAfterPreposition(t *testing.T) {
	tests := []entityCase{
		{"a spokesman for a tagged group", "A spokesman for Ocean Rescue Watch said the ship had been seized.", "en",
			fakeTagger{"Ocean": "B-ORG", "Rescue": "I-ORG", "Watch": "I-ORG"},
			map[string]string{"org:ocean-rescue-watch": "ORG Ocean Rescue Watch"}, []string{"person:ocean-rescue-watch"}},
		{"a spokesman for a group", "A spokesman for Ocean Rescue Watch said the ship had been seized.", "en",
			nil, nil, []string{"person:ocean-rescue-watch"}},
		{"a lawyer for a body, with an article", "A lawyer for the Green Crescent declined to comment.", "en",
			nil, nil, []string{"person:green-crescent"}},
		{"a body then the holder after a comma", "A spokesman for Ocean Rescue Watch, Tomas Herrera, said the ship had been seized.", "en",
			nil, map[string]string{"person:tomas-herrera": "PERSON Tomas Herrera"}, []string{"person:ocean-rescue-watch"}},
		{"a portfolio the fillers do not know", "Minister of Home Affairs Rudi Hartono opened the meeting.", "en",
			nil, nil, []string{"person:home"}},
		{"an Indonesian spokesman for a group", "Juru bicara dari Lembah Hijau Lestari mengatakan kapal itu disita.", "id",
			nil, nil, []string{"person:lembah-hijau-lestari"}},
		{"an ambassador to a known state, then the name", "Duta Besar Indonesia untuk Rusia Jose Tavares tiba di Moskow.", "id",
			nil, map[string]string{"person:jose-tavares": "PERSON Jose Tavares"}, nil},
		{"a formal title, its body, then its holder", "Special Envoy for Climate Maya Kurniawati arrived in Dubai.", "en",
			nil, map[string]string{"person:maya-kurniawati": "PERSON Maya Kurniawati"}, []string{"person:climate-maya-kurniawati"}},
	}
	runEntityCases(t, tests)
}

// TestTitleServingATitle: a lower-case title whose preposition reaches a
// capitalised one ("a spokesman for President ...") serves that title's
// holder, who takes the capitalised title as the role, not the lower-case
// one; a formal title with its body keeps the whole ("Special Envoy of the
// President Jane Doe").
func TestTitleServingATitle(t *testing.T) {
	r := newRecognizer(t, nil)
	for _, c := range []struct{ text, lang, id, role string }{
		{"A spokesman for President Rudi Hartono said the talks were warm.", "en", "person:rudi-hartono", "President"},
		{"Seorang juru bicara untuk Presiden Rudi Hartono mengatakan pembicaraan itu hangat.", "id", "person:rudi-hartono", "Presiden"},
		{"A spokesman for President Prabowo Subianto said the talks were warm.", "en", "person:prabowo-subianto", "President"},
	} {
		var got *record.Entity
		ents := recognize(t, r, c.text, c.lang)
		for i := range ents {
			if ents[i].ID == c.id {
				got = &ents[i]
			}
		}
		if got == nil {
			t.Errorf("%q: no %s in %v", c.text, c.id, summary(ents))
			continue
		}
		role := ""
		if len(got.Roles) > 0 {
			role = got.Roles[0].Title
		}
		if role != c.role {
			t.Errorf("%q: %s has role %q, want %q", c.text, c.id, role, c.role)
		}
	}
}

// TestSpeakerAndHyphenatedNames: a parliament's speaker is an office before
// a name, and a Korean given name joined by a hyphen is read whole, also
// where the tagger found only the family name.
func TestSpeakerAndHyphenatedNames(t *testing.T) {
	for _, tg := range []fakeTagger{nil, {"Woo": "B-PERSON"}} {
		var tagger Tagger
		if tg != nil {
			tagger = tg
		}
		r := newRecognizer(t, tagger)
		txt := "The president later met National Assembly Speaker Woo Hyun-seok in Seoul."
		expectEntities(t, txt, summary(recognize(t, r, txt, "en")),
			map[string]string{"person:woo-hyun-seok": "PERSON Woo Hyun-seok"}, []string{"person:woo"})
	}
}

// entityCase is a sentence written for an entity rule, the tagger's labels
// for it (nil: no tagger), the entities it must yield (id: rendering, see
// summary) and the ids it must not.
type entityCase struct {
	name, text, lang string
	tagger           fakeTagger
	want             map[string]string
	absent           []string
}

// runEntityCases recognises each case's text and checks its entities.
func runEntityCases(t *testing.T, cases []entityCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			var tg Tagger
			if tt.tagger != nil {
				tg = tt.tagger
			}
			r := newRecognizer(t, tg)
			expectEntities(t, tt.text, summary(recognize(t, r, tt.text, tt.lang)), tt.want, tt.absent)
		})
	}
}

// TestArabicArticleInName: the lower-case article of a hyphenated Arabic
// name ("al-", "el-", "ash-") is part of the name, wherever the rule that
// finds the name starts.
func TestArabicArticleInName(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"before a reporting verb", "Dokter Rami al-Khatib mengatakan rumah sakit itu penuh.", "id", nil,
			map[string]string{"person:rami-al-khatib": "PERSON Rami al-Khatib"}, []string{"person:khatib", "person:dokter-rami-al-khatib"}},
		{"after a title", "Menteri Luar Negeri Faisal el-Masri menerima delegasi itu.", "id", nil,
			map[string]string{"person:faisal-el-masri": "PERSON Faisal el-Masri"}, []string{"person:masri"}},
		{"in apposition", "Omar ash-Shami, a spokesman for the ministry, said the talks went on.", "en", nil,
			map[string]string{"person:omar-ash-shami": "PERSON Omar ash-Shami"}, []string{"person:shami"}},
	})
}

// TestServantName: the word after "Abdul"/"Abdel" is part of a person's
// name even where the knowledge base lists it as a faction or a state; the
// faction alone is still one.
func TestServantName(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"after a title", "Ketua RT Abdul Fatah mengatakan warga sudah siap.", "id", nil,
			map[string]string{"person:abdul-fatah": "PERSON Abdul Fatah"}, []string{"org:fatah", "person:abdul"}},
		{"a state's name", "Ketua RT Abdul Jordan mengatakan warga sudah siap.", "id", nil,
			map[string]string{"person:abdul-jordan": "PERSON Abdul Jordan"}, []string{"country:JOR"}},
		{"the faction alone", "Delegasi Hamas dan Fatah bertemu di Kairo.", "id", nil,
			map[string]string{"org:fatah": "ORG Fatah"}, nil},
	})
}

// TestOfficeBodyRankName: between an office and its holder's name stand the
// body (one word before a military rank), a portfolio, or a body's
// qualifier; none of them is a name.
func TestOfficeBodyRankName(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a body before a military rank", "Kepala Basarnas Marsekal Madya Budi Hartono meninjau lokasi.", "id", nil,
			map[string]string{"person:budi-hartono": "PERSON Budi Hartono"}, []string{"person:basarnas-marsekal-madya-budi-hartono"}},
		{"an alliance of groups", "Ketua Aliansi Petani Lombok Rudi Hartono menolak rencana itu.", "id", nil,
			map[string]string{"org:aliansi-petani-lombok": "ORG Aliansi Petani Lombok", "person:rudi-hartono": "PERSON Rudi Hartono"}, []string{"person:aliansi-petani"}},
		{"an envoy's portfolio", "Utusan Khusus bidang Perubahan Iklim Maya Kurniawati tiba di Nairobi.", "id", nil,
			map[string]string{"person:maya-kurniawati": "PERSON Maya Kurniawati"}, []string{"person:perubahan-iklim"}},
		{"a joint body", "Sidang Komisi Bersama kedua negara digelar di Jakarta.", "id", nil,
			map[string]string{"org:komisi-bersama": "ORG Komisi Bersama"}, nil},
	})
}
