package article

import (
	"strings"
	"testing"

	"kronik/internal/kb"
	"kronik/internal/source"
)

// TestPageTop: stamps, bylines, captions and ledes in the first lines of a
// page, in the shapes news sites set them. Every text is written for the
// test.
func TestPageTop(t *testing.T) {
	tests := []struct {
		name, doc                   string
		published, outlet, dateline string
	}{
		{"agency lede below a stamp and a photo caption",
			"Menteri luar negeri kedua negara bahas kerja sama pangan\n10 Maret 2026 14:05 WIB\nMenteri Luar Negeri berjabat tangan dengan mitranya di Gedung Pancasila, Selasa (10/3/2026). ANTARA/HO-Humas/rw.\nJakarta (ANTARA) - Menteri Luar Negeri bertemu mitranya dari Brasil di Jakarta, Selasa.\nKedua menteri membahas kerja sama pangan.\n",
			"2026-03-10", "ANTARA", "Jakarta"},
		{"byline naming the outlet, then a lone dateline line",
			"Menteri bertemu di Bandung\n\nRina Wati Contoh - detikNews\nSelasa, 10 Mar 2026 08:41 WIB\nMenteri bertemu di Bandung\nKedua menteri berjabat tangan seusai jumpa pers di Bandung (Foto: Dok. Kemlu)Menteri\nBandung -\n\nPara menteri bertemu di Bandung untuk membahas perdagangan, perlindungan pekerja migran dan kerja sama pangan kedua negara.\n",
			"2026-03-10", "detikNews", "Bandung"},
		{"stamp followed by a credit, lede after a subheadline",
			"Dua negara sepakati kerja sama perikanan\n\nMenteri: kerja sama ini mulai berlaku setelah kedua parlemen meratifikasinya.\nKamis, 12 Maret 2026 09:10 WIB Jurnalis - Rina Contoh\n\nSurabaya, Warta.id - Kedua menteri menandatangani nota kesepahaman perikanan.\n",
			"2026-03-12", "Warta.id", "Surabaya"},
		{"byline with an update label and no separator",
			"Lima fakta kunjungan menteri\n\nMenteri Luar Negeri menerima kunjungan mitranya di Jakarta pekan ini untuk pertama kalinya.\n\noleh Rina Contoh diperbarui 21 Feb 2026, 07:05 WIB\nMenteri berbincang dengan mitranya di beranda. (AP Photo/Budi Contoh)\n\nKabarNews.com, Jakarta - Menteri Luar Negeri menerima kunjungan resmi mitranya.\n",
			"2026-02-21", "KabarNews.com", "Jakarta"},
		{"stamp run into the lede after its time zone",
			"Menteri bertemu mitranya\nWarta internasional | 3 April 2026, 21:10 WIBSURABAYA, WARTA TV - Kedua menteri bertemu di Surabaya pada Kamis (2/4/2026).\n",
			"2026-04-03", "WARTA TV", "Surabaya"},
		{"year run into an update label",
			"Two countries sign a pact\n\nBy Jane Example\nFebruary 3, 2026Updated: February 4, 2026\n\nThe two countries signed a pact on Monday in Geneva.\n",
			"2026-02-03", "", ""},
		{"update label run into a stamp's time zone",
			"Two countries sign a pact\n\nBy Jane Example\n\nJune 17, 2026 3:04 PM GMT+7Updated 2 hours ago\n\nGENEVA, June 17 (Example Wire) - The two countries signed a pact on Monday.\n",
			"2026-06-17", "Example Wire", "Geneva"},
		{"outlet first, place in parentheses",
			"Menteri menyambut tamu negara\n\nWartaKita.ID (Bandung) - Menteri menyambut para tamu negara di Bandung.\n",
			"", "WartaKita.ID", "Bandung"},
		{"wire dateline on a line of its own",
			"Leaders meet in the capital\n\nBy AFP Staff\n\nHanoi, Vietnam (AFP) March 16, 2026\n\nThe leaders met in the capital on Monday.\n",
			"2026-03-16", "AFP", "Hanoi"},
		{"place and month-day before a colon",
			"Ministers meet\n\nKUALA LUMPUR (Mar 10): The two ministers met on Tuesday to discuss trade.\n",
			"", "", "Kuala Lumpur"},
		{"place closed by a full stop",
			"Port traffic grows\n\nSurabaya. The port handled more containers last month than in any month before, its operator said.\n",
			"", "", "Surabaya"},
		{"dateline with the stamp",
			"Masthead Daily\n\nTwo states sign a pact\n\nJane Example (Masthead Daily)\nBrussels ● Tue, March 10, 2026\n\nThe two states signed a pact on Monday.\n",
			"2026-03-10", "Masthead Daily", "Brussels"},
		{"stamp at the foot of the story",
			"Perdagangan naik\n\nKuala Lumpur (ANTARA) - Nilai perdagangan naik pada tahun lalu.\n\nKenaikan itu didorong oleh ekspor.\n\nEkspor naik sepuluh persen.\n\nImpor naik lima persen.\n\nSurplus naik.\n\nPewarta: Rina\n\n14 Agustus 2026 06:52 WIB\n",
			"2026-08-14", "ANTARA", "Kuala Lumpur"},
		{"a date in a related-news list is another story's",
			"Perdagangan naik\n\nKuala Lumpur (ANTARA) - Nilai perdagangan naik pada tahun lalu.\n\nKenaikan itu didorong oleh ekspor.\n\nEkspor naik sepuluh persen.\n\nImpor naik lima persen.\n\nSurplus naik.\n\nBerita Terkait\n\nMenteri bertemu mitranya di Jakarta\n\n13 Agustus 2026 07:15 WIB\n",
			"", "ANTARA", "Kuala Lumpur"},
		{"a section label is not a dateline",
			"Warta Online\nNews - Redaksi, Warta Online\n10 March 2026 15:20\n\nMenteri bertemu mitranya\n\nJakarta, Warta Online - Menteri bertemu mitranya di Jakarta.\n",
			"2026-03-10", "Warta Online", "Jakarta"},
		{"a byline closed by its role and the stamp",
			"Menteri bertemu mitranya di Jakarta\n\nRina Wati, Jurnalis · Senin 16 Juni 2026 10:15 WIB\n\nJAKARTA - Menteri Luar Negeri bertemu mitranya dari Brasil di Jakarta pada Senin.\n",
			"2026-06-16", "", "Jakarta"},
		{"an agency named in the byline",
			"Leaders meet in the capital\n\nBy Reuters\n\nThe leaders met in the capital on Monday to discuss trade and security.\n",
			"", "Reuters", ""},
		{"a byline naming the reporter and the outlet after a comma",
			"Leaders meet in the capital\n\nBy Jane Example, Example Wire\n\nThe leaders met in the capital on Monday to discuss trade and security.\n",
			"", "Example Wire", ""},
		{"a byline naming the reporter and an outlet's edition after a comma",
			"Menteri bertemu mitranya\n\nRina Contoh, CNN Indonesia\n\nMenteri Luar Negeri bertemu mitranya pada Senin untuk membahas perdagangan.\n",
			"", "CNN Indonesia", ""},
		{"a byline naming the reporter's role after the outlet",
			"Leaders meet in the capital\n\nJane Example, KBC Pacific Correspondent\n\nThe leaders met in the capital on Monday to discuss trade and security.\n",
			"", "KBC Pacific", ""},
		{"a byline naming the reporter's role before the outlet",
			"Menteri bertemu mitranya\n\nRina Contoh, wartawan Warta Online\n\nMenteri Luar Negeri bertemu mitranya pada Senin untuk membahas perdagangan.\n",
			"", "Warta Online", ""},
		{"a beat the knowledge base knows is no outlet",
			"Leaders meet in the capital\n\nJane Example, ASEAN Correspondent\n\nThe leaders met in the capital on Monday to discuss trade and security.\n",
			"", "", ""},
		{"a reporter's rank is no outlet",
			"Leaders meet in the capital\n\nJane Example, Senior Correspondent\n\nThe leaders met in the capital on Monday to discuss trade and security.\n",
			"", "", ""},
		{"a place and an outlet after a comma is not a byline, nor one outlet",
			"Menteri bertemu mitranya\n\nKuala Lumpur, Warta Online\n\nMenteri Luar Negeri bertemu mitranya pada Senin untuk membahas perdagangan.\n",
			"", "", ""},
		{"a person named in the byline is no outlet",
			"Leaders meet in the capital\n\nBy Jane Example\n\nThe leaders met in the capital on Monday to discuss trade and security.\n",
			"", "", ""},
		{"a wire masthead is not a dateline",
			"UAE and India sign pact\n\nEmirates News Agency - WAM\n\nABU DHABI, 10th March, 2026 (WAM) -- The UAE and India signed a pact on Tuesday.\n",
			"2026-03-10", "WAM", "Abu Dhabi"},
		{"an agency's masthead by its shape",
			"Two kingdoms sign a pact\n\nSaudi Press Agency - SPA\n\nRIYADH, March 10, 2026 (SPA) -- The two kingdoms signed a pact on Tuesday.\n",
			"2026-03-10", "SPA", "Riyadh"},
		{"an agency's masthead, Indonesian",
			"Dua negara teken kesepakatan\n\nKantor Berita Contoh – KBC\n\nMakassar (KBC) - Kedua menteri menandatangani kesepakatan pada Selasa.\n",
			"", "KBC", "Makassar"},
		{"an outlet's lede that opens with an acronym is a lede",
			"Sidang dibuka\n\nWarta Online - PBB membuka sidang umum di New York pada Selasa.\n\nPara pemimpin hadir.\n",
			"", "Warta Online", ""},
		{"a reporter's name is not a dateline",
			"Menteri bertemu mitranya\n\nRina Wati Contoh - \n\nMenteri bertemu mitranya di Jakarta pada hari Senin.\n",
			"", "", ""},
		{"a story sentence with \"credit:\" in it is no caption",
			"Small firms lack loans\n\nSmall firms still lack access to credit: banks lent them less last year than in any year since 2015, the central bank said on Monday.\n\nSurabaya - the port city's firms were hit hardest, the bank said.\n",
			"", "", ""},
		// A photo caption that names no credit reads as a paragraph of
		// story text; a dateline in capitals, or on a line of its own,
		// right after it is still the lede.
		{"an uncredited caption above a lone dateline line",
			"Menteri bertemu mitranya\n\nSelasa, 10 Mar 2026 08:41 WIB\n\nMenteri Luar Negeri menerima mitranya dari Brasil di Gedung Pancasila, Senin (9/3/2026).\n\nJakarta -\n\nMenteri Luar Negeri menerima kunjungan mitranya dari Brasil di Jakarta pada Senin.\n",
			"2026-03-10", "", "Jakarta"},
		{"an uncredited caption above an upper-case dateline",
			"Menteri bertemu mitranya\n\nMenteri Luar Negeri menerima mitranya dari Brasil di Gedung Pancasila, Senin (9/3/2026).\n\nJAKARTA - Menteri Luar Negeri menerima kunjungan mitranya dari Brasil pada Senin.\n",
			"", "", "Jakarta"},
		{"an English standfirst above an upper-case dateline",
			"Ministers meet in Brasilia\n\nThe two ministers discussed food security and trade at their first meeting this year.\n\nBRASILIA — The foreign ministers of Brazil and Indonesia met on Monday.\n",
			"", "", "Brasilia"},
		{"an uncredited caption above a known city's dateline, the story after it",
			"Menteri bertemu mitranya\n\nMenteri Luar Negeri menerima mitranya dari Brasil di Gedung Pancasila, Senin (9/3/2026).\n\nJakarta - Menteri Luar Negeri menerima kunjungan mitranya dari Brasil pada Senin.\n",
			"", "", "Jakarta"},
		// A town the knowledge base does not know, in mixed case, is the
		// dateline when the story names it as a place below the lede;
		// an outlet's name is not named so.
		{"an unknown town named in the story below",
			"Menteri bertemu mitranya\n\nKotacontoh - Para menteri luar negeri ASEAN bertemu pada Senin.\n\nPertemuan di Kotacontoh itu membahas krisis Myanmar.\n",
			"", "", "Kotacontoh"},
		{"an unknown town on its own line, named in the story below",
			"Menteri bertemu mitranya\n\nKotacontoh -\n\nPara menteri luar negeri ASEAN bertemu di Kotacontoh pada Senin.\n",
			"", "", "Kotacontoh"},
		{"an outlet's name in mixed case is no dateline",
			"Senators meet\n\nWartacontoh - The senator said on Monday that the talks would resume.\n\nThe senator told Wartacontoh the talks would resume next week.\n",
			"", "", ""},
		{"an upper-case dateline after two paragraphs of story is not a lede",
			"Menteri bertemu mitranya\n\nMenteri bertemu mitranya di Jakarta pada hari Senin untuk membahas perdagangan.\n\nKedua menteri juga membahas perlindungan pekerja migran dan pangan.\n\nBANDUNG - Kota itu menjadi tuan rumah pertemuan berikutnya.\n",
			"", "", ""},
		{"a story sentence after the first paragraph is not a lede",
			"Menteri bertemu mitranya\n\nMenteri bertemu mitranya di Jakarta pada hari Senin untuk membahas perdagangan.\n\nBandung - kota itu menjadi tuan rumah pertemuan berikutnya.\n",
			"", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := extractText(t, tc.doc)
			if a.Published != tc.published || a.Outlet != tc.outlet || a.Dateline != tc.dateline {
				t.Errorf("published %q outlet %q dateline %q, want %q %q %q\n%s", a.Published, a.Outlet, a.Dateline, tc.published, tc.outlet, tc.dateline, a.Text)
			}
		})
	}
}

// TestLedeSpans: the lede and its dateline are placed in the text, so that
// later stages need not find them again.
func TestLedeSpans(t *testing.T) {
	tests := []struct {
		doc, lede, place string
	}{
		{"Judul berita\n\nJAKARTA, KOMPAS.com - Menteri bertemu mitranya.\n", "JAKARTA, KOMPAS.com - ", "JAKARTA"},
		{"Judul berita\n\nKOMPAS.com - Menteri bertemu mitranya.\n", "KOMPAS.com - ", ""},
		{"Judul berita\n\nMenteri bertemu mitranya di Jakarta hari ini.\n", "", ""},
	}
	for _, tc := range tests {
		a := extractText(t, tc.doc)
		if got := a.Text[a.Lede[0]:a.Lede[1]]; got != tc.lede {
			t.Errorf("%q: lede span holds %q, want %q", tc.doc, got, tc.lede)
		}
		if got := a.Text[a.DatelineSpan[0]:a.DatelineSpan[1]]; got != tc.place {
			t.Errorf("%q: dateline span holds %q, want %q", tc.doc, got, tc.place)
		}
	}
}

// TestPageAddress: the date in a page's address is the article's PageDate,
// never its Published, and the site confirms which outlet the text names.
func TestPageAddress(t *testing.T) {
	tests := []struct {
		name, url, doc            string
		pageDate, published, outl string
	}{
		{"dated path, text names no outlet", "https://example-news.net/2026/03/10/ministers-meet/",
			"Ministers meet\n\nThe ministers met on Tuesday.\n", "2026-03-10", "", ""},
		{"unknown site named in capitals", "https://wartakita.co.id/2026/03/10/menteri/",
			"Menteri bertemu\n\nMenteri bertemu mitranya di Bandung. Kepada WARTAKITA, juru bicara kementerian membenarkan pertemuan itu.\n", "2026-03-10", "", "WARTAKITA"},
		{"unknown site named in words", "https://www.thedailyexample.com/story_123.html",
			"Ministers meet\n\nJane Example is a writer for The Daily Example.\n\nThe ministers met on Tuesday.\n", "", "", "The Daily Example"},
		{"a common word the site is named after", "https://inilah-contoh.com/menteri",
			"Menteri bertemu\n\nMenteri bertemu mitranya. Inilah hasil pertemuan itu.\n", "", "", ""},
		{"known site, text names it", "https://sputniknews.com/20260310/leaders-meet-123.html",
			"Leaders meet\n\nThe leaders met in the capital on Tuesday.\n\n© Sputnik 2026\n", "2026-03-10", "", "Sputnik"},
		{"known site, text does not name it", "https://www.antaranews.com/berita/1/judul",
			"Judul\n\nMenteri bertemu mitranya di Jakarta pada hari Senin.\n", "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(source.Document{Name: tc.url, Path: "in.jsonl:1", URL: tc.url, Body: []byte(tc.doc), Format: "text"})
			if err != nil {
				t.Fatal(err)
			}
			if a.PageDate != tc.pageDate || a.Published != tc.published || a.Outlet != tc.outl {
				t.Errorf("page date %q published %q outlet %q, want %q %q %q", a.PageDate, a.Published, a.Outlet, tc.pageDate, tc.published, tc.outl)
			}
		})
	}
}

// TestMonthDayWithPageYear: a dateline's month and day take the year of the
// page's date when the months agree.
func TestMonthDayWithPageYear(t *testing.T) {
	doc := "Leaders meet\n\nBEIJING, March 9 (Xinhua) -- The leaders met on Monday.\n"
	for _, tc := range []struct{ url, want string }{
		{"http://example.cn/n3/2026/0309/c9-1.html", "2026-03-09"},
		{"http://example.cn/n3/2026/0310/c9-1.html", "2026-03-09"}, // filed the next day
		{"http://example.cn/n3/2026/0409/c9-1.html", ""},           // another month: no year
		{"http://example.cn/n3/c9-1.html", ""},
	} {
		a, err := Extract(source.Document{Name: tc.url, Path: "in.jsonl:1", URL: tc.url, Body: []byte(doc), Format: "text"})
		if err != nil {
			t.Fatal(err)
		}
		if a.Published != tc.want || a.Dateline != "Beijing" || a.Outlet != "Xinhua" {
			t.Errorf("%s: published %q dateline %q outlet %q, want %q Beijing Xinhua", tc.url, a.Published, a.Dateline, a.Outlet, tc.want)
		}
	}
}

func TestURLDate(t *testing.T) {
	tests := []struct{ url, want string }{
		{"http://example.cn/n3/2025/0317/c1000-123456.html", "2025-03-17"},
		{"https://example.com/2024/11/12/story/", "2024-11-12"},
		{"https://example.com/news/2024/11/12", "2024-11-12"},
		{"https://example.com/2024/11/story-title/", "2024-11"},
		{"https://example.com/20220915/story-1100801269.html", "2022-09-15"},
		{"https://example.com/read/story-20221115-slug", "2022-11-15"},
		{"https://example.com/a/2024-01-02/slug", "2024-01-02"},
		{"https://example.com/berita/3660231/judul", ""},       // an id, not a date
		{"https://example.com/berita/1202409151234/judul", ""}, // digits run on
		{"https://example.com/2024/13/40/story", ""},           // no such day
		{"https://example.com/story?date=2024-01-02", ""},      // the query is not read
		{"https://example.com/read/123456/20241301-slug", ""},  // month 13
		{"", ""}, {"::not a url", ""},
	}
	for _, tc := range tests {
		if got := urlDate(tc.url); got != tc.want {
			t.Errorf("urlDate(%q) = %q, want %q", tc.url, got, tc.want)
		}
	}
}

func FuzzURLDate(f *testing.F) {
	for _, s := range []string{"https://example.com/2024/11/12/x/", "https://x.id/20220915/a", "/a-20221115-b", "https://x/2024-01-02", "%zz", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, u string) {
		d := urlDate(u)
		if d == "" {
			return
		}
		if _, ok := parseDate(d); !ok {
			t.Fatalf("urlDate(%q) = %q, not a date", u, d)
		}
	})
}

func FuzzSiteOutlet(f *testing.F) {
	for _, s := range []string{"https://wartakita.co.id/x", "https://sputniknews.com/a", "http://[::1]:80/", "https://a.b.c.d.e/"} {
		f.Add(s, "Kepada WARTAKITA, ia berkata. The Daily Example. Inilah")
	}
	f.Fuzz(func(t *testing.T, u, text string) {
		o := siteOutlet(u, text)
		if o != "" && !containsFold(strings.Join(strings.Fields(text), " "), o) && !isKnownOutletName(o) {
			t.Fatalf("siteOutlet(%q) = %q, which the text does not hold", u, o)
		}
	})
}

func containsFold(text, s string) bool {
	return strings.Contains(strings.ToLower(text), strings.ToLower(s))
}

// isKnownOutletName reports whether s is the canonical name of an outlet of
// the knowledge base (siteOutlet answers with it for a known site).
func isKnownOutletName(s string) bool {
	k, err := kb.Load()
	if err != nil {
		return false
	}
	for _, e := range k.Lookup(s) {
		if e.Type == kb.Org && e.Name == s {
			return true
		}
	}
	return false
}

// TestPageDateFromCanonical: a saved HTML page without an address of its own
// is dated by its canonical link.
func TestPageDateFromCanonical(t *testing.T) {
	page := `<html><head><link rel="canonical" href="https://example.com/2026/03/10/ministers-meet/"><title>Ministers meet</title></head>` +
		`<body><article><p>The ministers met on Tuesday in Geneva to discuss trade and the grain corridor.</p></article></body></html>`
	a, err := Extract(source.Document{Name: "saved.html", Path: "saved.html", Body: []byte(page), Format: "html"})
	if err != nil {
		t.Fatal(err)
	}
	if a.PageDate != "2026-03-10" || a.Published != "" {
		t.Errorf("page date %q published %q, want 2026-03-10 and none", a.PageDate, a.Published)
	}
}

// TestIsCaption: a photo caption is known by its credit, so that the search
// for the lede passes over it; story sentences name none.
func TestIsCaption(t *testing.T) {
	tests := []struct {
		p    string
		want bool
	}{
		// A credit label, an agency's photo desk.
		{"Menteri menyambut tamunya di beranda istana. (Foto: Dok. Kemlu)", true},
		{"Gubernur meninjau pelabuhan Makassar, Selasa (4/3/2025). (Humas Pemprov Sulsel)", true},
		{"Bupati menyerahkan bantuan kepada warga. (Biro Pers Pemkab Sleman)", true},
		{"The ministers tour the port of Mombasa on Monday. (Courtesy of the Kenya Ports Authority)", true},
		{"The leaders shake hands before their talks. (AP Photo/Jane Example)", true},
		{"The ministers at the signing in Lusaka on Monday. Credit: Jane Example/Example Wire", true},
		{"Presiden berpidato dalam sidang virtual (Tangkapan layar YouTube Sekretariat Presiden)", true},
		{"The bank cut its credit rating outlook for the country on Monday, citing debt.", false},
		// A short credit in parentheses closing the caption, whoever it
		// names: a press bureau, a pool, an agency, a photographer.
		{"Kedua pemimpin berjalan menuju ruang pertemuan. (Setpres)", true},
		{"Presiden menerima tamu negara di halaman istana. (BPMI Setpres/Rina)", true},
		{"Perdana Menteri tiba di Bandara Wattay, Vientiane. (Sekretariat Kabinet)", true},
		{"The two presidents meet in Tashkent on Tuesday. (Kremlin pool)", true},
		{"Warga mengantre di depan kantor pos Medan. (Warta Sumut/Rina Contoh)", true},
		{"Delegates arrive at the summit venue in Nairobi.” (Reuters)", true},
		{"Presiden menerima tamu negara di Istana Bogor, Senin (16/6/2025) (Sekretariat Kabinet)", true},
		// Story sentences: the full stop after the parenthesis, an
		// abbreviation or a date inside it, or no parenthesis at the end.
		{"Menteri menyambut tamunya di beranda istana pada Senin pagi.", false},
		{"The Setneg building was closed on Monday.", false},
		{"Indonesia dan Laos adalah anggota Perhimpunan Bangsa-Bangsa Asia Tenggara (ASEAN).", false},
		{"Kedua menteri bertemu di Pontianak pada Selasa (4/3/2025).", false},
		{"The talks in Accra ended late on Monday. (The meeting resumes on 12 March at 10:00.)", false},
		{"Menurut Badan Pusat Statistik (BPS), ekspor ke Vietnam naik 5 persen.", false},
		// "credit" and "picture" with a colon inside a story sentence.
		{"Small firms still lack access to credit: banks lent them less last year, the central bank said.", false},
		{"The bigger picture: the country wants to sell more nickel to Japan than to China by 2030.", false},
		{"The leaders at the signing in Kuala Lumpur. – Pic credit: Example Wire", true},
		// Without a full stop before it, a closing parenthesis is a credit
		// only when it names one: not a word of time or place in small
		// letters, not an abbreviation spelt from the words before it, not a
		// person, a state or a place glossed.
		{"The two leaders met in Washington on Monday (local time)", false},
		{"Kedua pemimpin bertemu di Washington pada Senin (waktu setempat)", false},
		{"The ministers met on the sidelines of the Association of Southeast Asian Nations (ASEAN)", false},
		{"Para menteri bertemu di sela Konferensi Tingkat Tinggi (KTT)", false},
		{"Presiden menyambut Perdana Menteri Singapura Lawrence Wong (Wong)", false},
		{"Kedua menteri menandatangani nota kesepahaman di Canberra (Australia)", false},
		{"The two leaders shake hands before their talks in Astana (Kremlin pool)", true},
		{"Kedua menteri berjabat tangan sebelum pertemuan di Hanoi (Kemlu RI)", true},
		{"The summit opened in Japan on Monday (AP)", true},
		{"Kedua pemimpin berjalan menuju ruang pertemuan.(Setpres)", true},
		{"Kedua pemimpin berjalan menuju ruang pertemuan(Setpres)", false},
		// A government's press office, in either language, or a pool.
		{"Presiden Tokayev menyambut Presiden Xi di Astana (Press service of the President of Kazakhstan) pada Selasa", true},
		{"The two leaders meet in Geneva on Wednesday (Pool photo via Example Wire)", true},
		{"The swimmers trained in the pool for the games on Monday.", false},
		// An agency and its photographer or desk, whichever the agency.
		{"Para menteri berfoto bersama usai pertemuan. ANTARA FOTO/Rina Contoh", true},
		{"Kedua pemimpin berjabat tangan di Putrajaya. Bernama/Rina Contoh", true},
		{"Warga mengantre di pelabuhan Ambon, Senin. KOMPAS.com/RINA CONTOH", true},
		{"The leaders before their talks in Seoul (Yonhap/Kim Example) on Monday", true},
		{"Delegates at the summit venue in Lima. Getty Images/Jane Example", true},
		{"The ministers walk to the hall. EPA/JANE EXAMPLE", true},
		// A slash in a sentence: a poll's sponsors, units, a pair of names.
		{"A Reuters/Ipsos poll published on Monday showed support for the deal falling.", false},
		{"Survei Kompas/Litbang Kompas menunjukkan dukungan naik 5 persen.", false},
		{"Harga minyak naik menjadi 80 dolar AS/barel pada Senin.", false},
		{"The Xi/Biden meeting lasted four hours on Wednesday.", false},
	}
	for _, tc := range tests {
		if got := isCaption(tc.p); got != tc.want {
			t.Errorf("isCaption(%q) = %v, want %v", tc.p, got, tc.want)
		}
	}
}

// TestOwnOutletLede: a lede's lone part whose letters spell the page's
// address is the page's own outlet, a regional paper named with ordinary
// words, not a dateline; a place that happens to be the name of the site's
// subdomain, or a lede that names an agency, keeps its dateline.
func TestOwnOutletLede(t *testing.T) {
	tests := []struct {
		name, url, doc   string
		outlet, dateline string
	}{
		{"regional paper named in capitals", "https://www.suara-contoh.com/2026/03/10/gubernur/",
			"Gubernur meresmikan pelabuhan\n\nSUARA CONTOH - Gubernur meresmikan pelabuhan baru di Ambon pada Selasa.\n", "SUARA CONTOH", ""},
		{"English paper on a country domain", "https://harbourtimes.co.nz/news/port",
			"Port opens\n\nHarbour Times - The minister opened the new port in Napier on Tuesday.\n", "Harbour Times", ""},
		{"a city on the site's regional subdomain", "https://batam.wartacontoh.com/berita/1",
			"Pelabuhan dibuka\n\nBATAM - Menteri membuka pelabuhan baru di Batam pada Selasa.\n", "", "Batam"},
		{"a lede that names an agency", "https://makassar.example.co.id/berita/1",
			"Pelabuhan dibuka\n\nMakassar (ANTARA) - Menteri membuka pelabuhan baru pada Selasa.\n", "ANTARA", "Makassar"},
		{"a city's own site", "https://bandung.go.id/berita/1",
			"Wali kota menerima tamu\n\nBANDUNG - Wali kota menerima rombongan investor pada Senin.\n", "", "Bandung"},
		{"a site named after the city it files from", "https://singapore.example/news/1",
			"Leaders meet\n\nSINGAPORE - The two prime ministers met on Monday.\n", "", "Singapore"},
		{"an unknown town's government site", "https://kotacontoh.go.id/berita/1",
			"Wali kota menerima tamu\n\nKOTACONTOH - Wali kota menerima rombongan investor pada Senin.\n", "", "Kotacontoh"},
		{"a ministry's site is its outlet", "https://www.kemlucontoh.go.id/berita/1",
			"Menteri bertemu mitranya\n\nJAKARTA - Menteri bertemu mitranya, kata juru bicara Kemlucontoh pada Senin.\n", "Kemlucontoh", "Jakarta"},
		{"a place that is not the site", "https://www.suara-contoh.com/2026/03/10/gubernur/",
			"Gubernur meresmikan pelabuhan\n\nAMBON - Gubernur meresmikan pelabuhan baru di Ambon pada Selasa.\n", "", "Ambon"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(source.Document{Name: tc.url, Path: "in.jsonl:1", URL: tc.url, Body: []byte(tc.doc), Format: "text"})
			if err != nil {
				t.Fatal(err)
			}
			checkSpans(t, a)
			if a.Outlet != tc.outlet || a.Dateline != tc.dateline {
				t.Errorf("outlet %q dateline %q, want %q %q", a.Outlet, a.Dateline, tc.outlet, tc.dateline)
			}
		})
	}
}
