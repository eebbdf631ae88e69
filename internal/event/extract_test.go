package event

import "testing"

func TestExtract(t *testing.T) {
	tests := []struct {
		name      string
		doc       string
		times     []tm
		published string
		want      []want
	}{
		{
			name:  "id active meet with partner",
			doc:   "Presiden Prabowo Subianto bertemu dengan Perdana Menteri Malaysia Anwar Ibrahim di Kuala Lumpur pada Senin (12/5).",
			times: []tm{{"Senin (12/5)", "2025-05-12", ""}},
			want:  []want{{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "person:anwar-ibrahim"}, date: "2025-05-12", place: "Kuala Lumpur", modality: "occurred"}},
		},
		{
			name: "id light verb construction",
			doc:  "Menteri luar negeri Jepang dan Korea Selatan mengadakan pembicaraan di Tokyo.",
			want: []want{{typ: "CONSULT", mode: "meet", actors: []string{"country:JPN", "country:KOR"}, place: "Tokyo"}},
		},
		{
			name:      "id nominal signing with list of parties",
			doc:       "Acara ditutup dengan penandatanganan tiga perjanjian perdagangan antara Vietnam dan Filipina.",
			published: "2025-03-01",
			want:      []want{{typ: "AGREE", mode: "sign", actors: []string{"country:VNM", "country:PHL"}, document: "tiga perjanjian perdagangan", date: "2025-03-01"}},
		},
		{
			name: "id receiving a guest, then a passive signing by 'kedua pemimpin'",
			doc:  "Prabowo Subianto menerima Anwar Ibrahim di Jakarta. Nota kesepahaman energi ditandatangani oleh kedua pemimpin.",
			want: []want{
				{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "person:anwar-ibrahim"}, place: "Jakarta"},
				{typ: "AGREE", mode: "sign", actors: []string{"person:prabowo-subianto", "person:anwar-ibrahim"}, document: "Nota kesepahaman energi"},
			},
		},
		{
			name:  "id arrival is a visit to the host country",
			doc:   "Presiden Prancis Emmanuel Macron tiba di Hanoi pada Minggu (25/5).",
			times: []tm{{"Minggu (25/5)", "2025-05-25", ""}},
			want:  []want{{typ: "CONSULT", mode: "visit", actors: []string{"person:emmanuel-macron", "country:VNM"}, date: "2025-05-25", place: "Hanoi"}},
		},
		{
			name:  "id summit attended",
			doc:   "Para pemimpin ASEAN berkumpul di Kuala Lumpur untuk menghadiri KTT ASEAN ke-46 pada 26 Mei 2025.",
			times: []tm{{"26 Mei 2025", "2025-05-26", ""}},
			want:  []want{{typ: "CONSULT", mode: "multilateral", actors: []string{"country:MYS"}, date: "2025-05-26", place: "Kuala Lumpur"}},
		},
		{
			name:  "id planned visit",
			doc:   "Presiden Brasil dijadwalkan akan mengunjungi Jepang bulan depan bersama Prabowo.",
			times: []tm{{"bulan depan", "2025-07", ""}},
			want:  []want{{typ: "CONSULT", mode: "visit", actors: []string{"country:JPN"}, modality: "planned", date: "2025-07"}},
		},
		{
			name: "id an undated plan is not reported",
			doc:  "Presiden Brasil juga akan mengunjungi Jepang bersama Prabowo.",
		},
		{
			name:      "en an undated plan is not dated by the report",
			doc:       "Indonesia and Japan will also sign a memorandum of understanding on fisheries.",
			published: "2025-06-18",
		},
		{
			name: "id negated meeting",
			doc:  "Prabowo dan Anwar tidak bertemu di Jenewa.",
			want: []want{{typ: "CONSULT", mode: "meet", modality: "denied"}},
		},
		{
			name: "id phone call",
			doc:  "Presiden Ukraina Volodymyr Zelensky berbicara melalui telepon dengan Kanselir Jerman Friedrich Merz.",
			want: []want{{typ: "CONSULT", mode: "phone", actors: []string{"person:volodymyr-zelensky", "person:friedrich-merz"}}},
		},
		{
			name: "id recall of a visit dates what follows",
			doc: "Kunjungan kenegaraan Presiden Prabowo ke Malaysia berlangsung 2 hingga 4 Juni 2025. " +
				"Selama kunjungan tersebut, kedua kepala negara mengadakan pembicaraan dan menandatangani pernyataan bersama.",
			times: []tm{{"2 hingga 4 Juni 2025", "2025-06-02", "2025-06-04"}},
			want: []want{
				{typ: "CONSULT", mode: "visit", actors: []string{"person:prabowo-subianto", "country:MYS"}, date: "2025-06-02"},
				{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "country:MYS"}, date: "2025-06-02"},
				{typ: "AGREE", mode: "sign", actors: []string{"person:prabowo-subianto", "country:MYS"}, date: "2025-06-02", document: "pernyataan bersama"},
			},
		},
		{
			name: "id list of signatories",
			doc:  "Indonesia, Malaysia, Singapura, dan Thailand menandatangani deklarasi bersama tentang keamanan maritim.",
			want: []want{{typ: "AGREE", mode: "sign", actors: []string{"country:IDN", "country:MYS", "country:SGP", "country:THA"}}},
		},
		{
			name:  "en met and signed, two leaders",
			doc:   "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on May 8, 2025. The two leaders signed a joint statement on strategic partnership.",
			times: []tm{{"May 8, 2025", "2025-05-08", ""}},
			want: []want{
				{typ: "CONSULT", mode: "meet", actors: []string{"person:xi-jinping", "person:vladimir-putin"}, date: "2025-05-08", place: "Moscow"},
				{typ: "AGREE", mode: "sign", actors: []string{"person:xi-jinping", "person:vladimir-putin"}, date: "2025-05-08", document: "a joint statement on strategic partnership"},
			},
		},
		{
			name: "en two texts of different kinds in one sentence are two signings",
			doc:  "Japan and Australia signed a defence cooperation agreement and issued a joint statement on maritime security.",
			want: []want{
				{typ: "AGREE", mode: "sign", actors: []string{"country:JPN", "country:AUS"}, document: "a defence cooperation agreement"},
				{typ: "AGREE", mode: "sign", actors: []string{"country:JPN", "country:AUS"}, document: "a joint statement on maritime security"},
			},
		},
		{
			name: "en a summit of two is their meeting",
			doc:  "Xi Jinping hosted Vladimir Putin in Moscow for their annual summit.",
			want: []want{
				{typ: "CONSULT", mode: "visit", actors: []string{"person:xi-jinping", "person:vladimir-putin"}},
				{typ: "CONSULT", mode: "meet", actors: []string{"person:xi-jinping", "person:vladimir-putin"}},
			},
		},
		{
			name: "en inked",
			doc:  "Japan and Australia inked a defence agreement.",
			want: []want{{typ: "AGREE", mode: "sign", actors: []string{"country:JPN", "country:AUS"}}},
		},
		{
			// (the guest came to the host's country: a visit too, by the
			// contract's definition of one actor travelling to another's country)
			name:  "id receiving a visit is a meeting in the host's office and the guest's visit",
			doc:   "Menteri Luar Negeri Retno Marsudi menerima kunjungan Menteri Luar Negeri Australia Penny Wong di Jakarta, Kamis (5/6).",
			times: []tm{{"Kamis (5/6)", "2025-06-05", ""}},
			want: []want{
				{typ: "CONSULT", mode: "meet", actors: []string{"person:retno-marsudi", "person:penny-wong"}, date: "2025-06-05", place: "Jakarta"},
				{typ: "CONSULT", mode: "visit", actors: []string{"person:penny-wong", "country:IDN"}, date: "2025-06-05", place: "Jakarta"},
			},
		},
		{
			name:  "en planned visit",
			doc:   "Indonesian Foreign Minister Sugiono will visit Beijing next week.",
			times: []tm{{"next week", "2025-06", ""}},
			want:  []want{{typ: "CONSULT", mode: "visit", actors: []string{"person:sugiono", "country:CHN"}, modality: "planned", place: "Beijing"}},
		},
		{
			name:  "en summit held, passive",
			doc:   "The G20 summit was held in Rio de Janeiro on November 18, 2024.",
			times: []tm{{"November 18, 2024", "2024-11-18", ""}},
			want:  []want{{typ: "CONSULT", mode: "multilateral", date: "2024-11-18", place: "Rio de Janeiro"}},
		},
		{
			name: "en phone call",
			doc:  "Vladimir Putin and Xi Jinping spoke by phone on Monday.",
			want: []want{{typ: "CONSULT", mode: "phone", actors: []string{"person:vladimir-putin", "person:xi-jinping"}}},
		},
		{
			name: "en cancelled talks",
			doc:  "Talks between Japan and Australia in Tokyo were cancelled.",
			want: []want{{typ: "CONSULT", mode: "meet", modality: "cancelled"}},
		},
		{
			name: "en negated meeting",
			doc:  "Xi Jinping did not meet Vladimir Putin in Moscow.",
			want: []want{{typ: "CONSULT", mode: "meet", modality: "denied"}},
		},
		{
			name: "an opinion about a summit is not an event",
			doc:  "Menurut Budi Santoso, KTT ASEAN memiliki dampak besar bagi Indonesia.",
		},
		{
			name: "a practice agreed for the future is not an event",
			doc:  "Indonesia dan Malaysia sepakat mengadakan pertemuan setiap tahun.",
		},
		{
			name:  "id passive visit",
			doc:   "Jakarta dikunjungi Presiden Prancis Emmanuel Macron pada Minggu (25/5).",
			times: []tm{{"Minggu (25/5)", "2025-05-25", ""}},
			want:  []want{{typ: "CONSULT", mode: "visit", actors: []string{"person:emmanuel-macron", "country:IDN"}, date: "2025-05-25"}},
		},
		{
			name: "en passive signing with its signatories",
			doc:  "A memorandum of understanding on fisheries was signed by Japan and Australia in Tokyo.",
			want: []want{{typ: "AGREE", mode: "sign", actors: []string{"country:JPN", "country:AUS"}, place: "Tokyo"}},
		},
		{
			name:  "en state visit, nominal",
			doc:   "Macron's state visit to Vietnam began on Sunday, May 25, 2025.",
			times: []tm{{"Sunday, May 25, 2025", "2025-05-25", ""}},
			want:  []want{{typ: "CONSULT", mode: "visit", actors: []string{"person:emmanuel-macron", "country:VNM"}, date: "2025-05-25"}},
		},
		{
			name: "quoted words are not events",
			doc:  "“Kami bertemu dan menandatangani perjanjian itu,” ujar Budi Santoso.",
		},
		{
			name: "a summit referred to is not an event",
			doc:  "KTT tersebut akan membuka ruang baru bagi kerja sama Indonesia dan Malaysia.",
		},
		{
			name: "generic mutual visits are not an event",
			doc:  "Kunjungan timbal balik antara Indonesia dan Malaysia terus bertambah.",
		},
		{
			name: "welcoming a decision is not a visit",
			doc:  "Prabowo menyambut baik keputusan Malaysia.",
		},
		{
			name: "a signing needs a signed text",
			doc:  "Indonesia dan Malaysia menandatangani di Jakarta.",
		},
	}
	x := New()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkEvents(t, x, input(tc.doc, tc.times, tc.published), tc.want)
		})
	}
}

// TestModalityAndKinds covers denial across a clause, agreeing on a named text,
// a meeting of a group's leaders, and treaty acronyms.
func TestModalityAndKinds(t *testing.T) {
	x := New()
	tests := []struct {
		name, doc string
		typ, mode string
		modality  string
		none      bool
	}{
		{name: "denial of a meeting", doc: "Kementerian membantah kabar bahwa Prabowo bertemu dengan Anwar di Jakarta.", typ: "CONSULT", mode: "meet", modality: "denied"},
		{name: "agreeing on a named text", doc: "Deklarasi Bali tentang Perdamaian disepakati Indonesia dan Malaysia di Jakarta.", typ: "AGREE", mode: "sign", modality: "occurred"},
		{name: "agreeing on an unnamed point is no signing", doc: "Indonesia dan Malaysia menyepakati peningkatan kerja sama.", none: true},
		{name: "a meeting of a group's leaders", doc: "Pertemuan para pemimpin ASEAN digelar di Jakarta.", typ: "CONSULT", mode: "multilateral", modality: "occurred"},
		{name: "a treaty acronym", doc: "Indonesia dan Malaysia meneken CEPA di Jakarta.", typ: "AGREE", mode: "sign", modality: "occurred"},
		{name: "negotiations launched are a process", doc: "Indonesia dan Malaysia memulai perundingan dagang.", none: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := scored(x.Extract(input(tc.doc, nil, "")))
			if tc.none {
				if len(got) != 0 {
					t.Fatalf("want no event, got:\n%s", dump(got))
				}
				return
			}
			if len(got) != 1 || got[0].Type != tc.typ || got[0].Mode != tc.mode || got[0].Modality != tc.modality {
				t.Fatalf("want one %s/%s (%s), got:\n%s", tc.typ, tc.mode, tc.modality, dump(got))
			}
		})
	}
}

// TestLexiconAndClauses covers meeting and travel verbs, schedules ("is due
// to"), a treaty acronym with its parties, and a trigger in a clause of
// "before"/"sebelum" that does not take the main clause's time.
func TestLexiconAndClauses(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "id beraudiensi dengan is a meeting",
			doc:  "Kanselir Jerman Friedrich Merz beraudiensi dengan Presiden Prabowo Subianto di Jakarta.",
			want: []want{{typ: "CONSULT", mode: "meet", actors: []string{"person:friedrich-merz", "person:prabowo-subianto"}}},
		},
		{
			name: "id melakukan audiensi dengan is a meeting",
			doc:  "Friedrich Merz melakukan audiensi dengan Prabowo Subianto di Jakarta.",
			want: []want{{typ: "CONSULT", mode: "meet", actors: []string{"person:friedrich-merz", "person:prabowo-subianto"}}},
		},
		{
			name:  "en travelled to a country is a visit",
			doc:   "Prabowo Subianto travelled to Moscow in May 2025.",
			times: []tm{{"May 2025", "2025-05", ""}},
			want:  []want{{typ: "CONSULT", mode: "visit", actors: []string{"person:prabowo-subianto", "country:RUS"}, date: "2025-05"}},
		},
		{
			name:  "en is due to: a schedule",
			doc:   "Friedrich Merz is due to hold talks with Prabowo Subianto in Jakarta on Friday.",
			times: []tm{{"Friday", "2025-06-13", ""}},
			want:  []want{{typ: "CONSULT", mode: "meet", modality: "planned"}},
		},
		{
			name: "en due to a cause is no schedule",
			doc:  "Due to the storm, Prabowo Subianto met Anwar Ibrahim in Jakarta.",
			want: []want{{typ: "CONSULT", mode: "meet", modality: "occurred"}},
		},
		{
			name: "en sitting down with, in a clause of before, keeps the talks' day",
			doc: "Xi Jinping held talks with Vladimir Putin in Moscow on Thursday. " +
				"Xi landed in Moscow on Wednesday evening before sitting down with Putin.",
			times: []tm{{"Thursday", "2025-05-08", ""}, {"Wednesday evening", "2025-05-07", ""}},
			want: []want{
				{typ: "CONSULT", mode: "meet", date: "2025-05-08"},
				{typ: "CONSULT", mode: "visit", date: "2025-05-07"},
			},
		},
		{
			name: "id sebelum bertemu keeps the talks' day",
			doc: "Prabowo mengadakan pembicaraan dengan Anwar Ibrahim pada Selasa (10/6). " +
				"Prabowo tiba di Kuala Lumpur pada Senin (9/6) malam sebelum bertemu Anwar.",
			times: []tm{{"Selasa (10/6)", "2025-06-10", ""}, {"Senin (9/6)", "2025-06-09", ""}},
			want: []want{
				{typ: "CONSULT", mode: "meet", date: "2025-06-10"},
				{typ: "CONSULT", mode: "visit", date: "2025-06-09"},
			},
		},
		{
			name: "id a treaty acronym with its parties is a signing of its own",
			doc: "Indonesia dan Australia menandatangani nota kesepahaman energi pada Senin (9/6). " +
				"IA-CEPA ditandatangani Prabowo dan Penny Wong di Jakarta pada 4 Maret 2019.",
			times: []tm{{"Senin (9/6)", "2025-06-09", ""}, {"4 Maret 2019", "2019-03-04", ""}},
			want: []want{
				{typ: "AGREE", mode: "sign", date: "2025-06-09"},
				{typ: "AGREE", mode: "sign", actors: []string{"person:prabowo-subianto", "person:penny-wong"}, date: "2019-03-04", document: "IA-CEPA"},
			},
		},
	})
}

// TestParties covers names that are not parties ("Selain dengan X", "Besides
// X") and a subject pronoun that continues the previous sentence's subject; an
// undated meeting after an arrival is dated by the story's day.
func TestParties(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "id selain dengan X: another meeting, without X",
			doc: "Prabowo Subianto mengadakan pembicaraan dengan Presiden Xi Jinping di Beijing pada Kamis (22/10). " +
				"Selain dengan Xi, ia juga mengadakan pembicaraan dengan Perdana Menteri Li Qiang pada hari yang sama.",
			times: []tm{{"Kamis (22/10)", "2026-10-22", ""}},
			want: []want{
				{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "person:xi-jinping"}, date: "2026-10-22"},
				{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "person:li-qiang"}, absent: []string{"person:xi-jinping"}, date: "2026-10-22"},
			},
		},
		{
			name: "en besides X: not a party",
			doc:  "Besides Xi Jinping, Prabowo Subianto also met Li Qiang in Beijing.",
			want: []want{{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "person:li-qiang"}, absent: []string{"person:xi-jinping"}}},
		},
		{
			name: "en he continues the subject; a meeting after the arrival is on the story's day",
			doc: "Friedrich Merz held talks with To Lam in Hanoi on Thursday. " +
				"Merz landed in Hanoi on Wednesday evening before sitting down with Lam. " +
				"He later met Prime Minister Pham Minh Chinh.",
			times:     []tm{{"Thursday", "2025-05-08", ""}, {"Wednesday evening", "2025-05-07", ""}},
			published: "2025-05-08",
			want: []want{
				{typ: "CONSULT", mode: "meet", actors: []string{"person:friedrich-merz", "person:to-lam"}, date: "2025-05-08"},
				{typ: "CONSULT", mode: "visit", actors: []string{"person:friedrich-merz", "country:VNM"}, date: "2025-05-07"},
				{typ: "CONSULT", mode: "meet", actors: []string{"person:friedrich-merz", "person:pham-minh-chinh"}, absent: []string{"person:to-lam"}, date: "2025-05-08"},
			},
		},
		{
			name: "id ia continues the subject",
			doc: "Prabowo Subianto mengadakan pembicaraan dengan To Lam di Hanoi pada Kamis (8/5). " +
				"Prabowo tiba di Hanoi pada Rabu (7/5) malam sebelum bertemu Lam. " +
				"Ia kemudian bertemu Perdana Menteri Pham Minh Chinh.",
			times:     []tm{{"Kamis (8/5)", "2025-05-08", ""}, {"Rabu (7/5)", "2025-05-07", ""}},
			published: "2025-05-08",
			want: []want{
				{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "person:to-lam"}, date: "2025-05-08"},
				{typ: "CONSULT", mode: "visit", actors: []string{"person:prabowo-subianto", "country:VNM"}, date: "2025-05-07"},
				{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "person:pham-minh-chinh"}, absent: []string{"person:to-lam"}, date: "2025-05-08"},
			},
		},
	})
}

// TestVenueTown covers a venue the gazetteer does not know followed by its
// town ("di Wisma Putra, Putrajaya"): the event took place in the town, while
// a country after a fronted venue and a comma is still a party.
func TestVenueTown(t *testing.T) {
	runConstructions(t, []construction{
		{
			name:  "id di venue, town",
			doc:   "Nota kesepahaman itu ditandatangani oleh Sugiono dan Mohamad Hasan di Wisma Putra, Putrajaya, pada Kamis (10/7/2025).",
			times: []tm{{"Kamis (10/7/2025)", "2025-07-10", ""}},
			want:  []want{{typ: "AGREE", mode: "sign", actors: []string{"person:sugiono", "person:mohamad-hasan"}, date: "2025-07-10", place: "Putrajaya"}},
		},
		{
			name:  "en at the venue, town.",
			doc:   "Sugiono and Penny Wong signed the agreement on Thursday at the Grand Hyatt, Jakarta.",
			times: []tm{{"Thursday", "2025-07-10", ""}},
			want:  []want{{typ: "AGREE", mode: "sign", actors: []string{"person:sugiono", "person:penny-wong"}, date: "2025-07-10", place: "Jakarta"}},
		},
		{
			name:  "id a country after a fronted venue is a party",
			doc:   "Di Wisma Putra, Indonesia dan Malaysia menandatangani nota kesepahaman pada Kamis (10/7/2025).",
			times: []tm{{"Kamis (10/7/2025)", "2025-07-10", ""}},
			want:  []want{{typ: "AGREE", mode: "sign", actors: []string{"country:IDN", "country:MYS"}, date: "2025-07-10"}},
		},
	})
}

// TestPassiveWithAdverb covers an adverb between the auxiliary and the
// participle of an English passive signing: still a signing by the states the
// document is between.
func TestPassiveWithAdverb(t *testing.T) {
	runConstructions(t, []construction{
		{
			name:  "en was also signed",
			doc:   "A memorandum on fisheries between Indonesia and Japan was also signed in Tokyo on Monday.",
			times: []tm{{"Monday", "2025-07-07", ""}},
			want:  []want{{typ: "AGREE", mode: "sign", actors: []string{"country:IDN", "country:JPN"}, date: "2025-07-07", place: "Tokyo"}},
		},
		{
			name:  "en were later inked",
			doc:   "Two agreements between Australia and Indonesia were later inked by Sugiono and Penny Wong on Monday.",
			times: []tm{{"Monday", "2025-07-07", ""}},
			want:  []want{{typ: "AGREE", mode: "sign", actors: []string{"person:sugiono", "person:penny-wong"}, date: "2025-07-07"}},
		},
	})
}

// TestLongPassiveSubject covers a passive signing whose subject names a
// document and a long list of the states it is between: commas and hyphens do
// not count towards how far back the document's name is looked for.
func TestLongPassiveSubject(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "en the treaty between six states was signed",
			doc: "The Treaty on long-term friendship and cooperation between Indonesia, Malaysia, Thailand, Vietnam, " +
				"Singapura and Filipina was signed in Hanoi on Monday.",
			times: []tm{{"Monday", "2025-07-07", ""}},
			want: []want{{typ: "AGREE", mode: "sign", actors: []string{"country:IDN", "country:MYS", "country:THA", "country:VNM", "country:SGP", "country:PHL"},
				date: "2025-07-07", place: "Hanoi"}},
		},
	})
}

// TestHeadlineDocumentName covers a headline that names a signed text without
// a determiner ("adopts Jakarta Declaration"): the proper word is part of the
// name, and the headline and the body's "the Jakarta Declaration" are one
// adoption though each names only one side.
func TestHeadlineDocumentName(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "en headline and lede name one declaration",
			doc: "Indonesia adopts Jakarta Declaration\n\n" +
				"Indonesia on Monday adopted the Jakarta Declaration on climate finance, officials said.",
			times: []tm{{"Monday", "2025-07-07", ""}},
			want:  []want{{typ: "AGREE", mode: "sign", actors: []string{"country:IDN"}, date: "2025-07-07", document: "Jakarta Declaration"}},
		},
		{
			name: "en two declarations with different proper words stay two",
			doc: "Indonesia adopts Jakarta Declaration\n\n" +
				"Indonesia on Monday adopted the Bogor Declaration on climate finance, officials said.",
			times: []tm{{"Monday", "2025-07-07", ""}},
			want: []want{
				{typ: "AGREE", mode: "sign", actors: []string{"country:IDN"}, document: "Jakarta Declaration"},
				{typ: "AGREE", mode: "sign", actors: []string{"country:IDN"}, date: "2025-07-07", document: "the Bogor Declaration on climate finance"},
			},
		},
	})
}
