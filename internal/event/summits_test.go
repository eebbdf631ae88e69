package event

import "testing"

// TestSigningsAndSummits covers the English reduced passive of signing ("a
// treaty signed at ... in 2018"), a definite mention of a signed text with a
// date of its own (a recalled signing, not the story's), and an unnamed summit
// held by two sides (their meeting) beside a named or passive one (a gathering).
func TestSigningsAndSummits(t *testing.T) {
	runConstructions(t, []construction{
		{
			name:  "en reduced passive with place and date",
			doc:   "Japan and Australia settled their dispute in a treaty signed at the United Nations in New York on March 6, 2018.",
			times: []tm{{"March 6, 2018", "2018-03-06", ""}},
			want:  []want{{typ: "AGREE", mode: "sign", actors: []string{"country:JPN", "country:AUS"}, date: "2018-03-06", document: "treaty"}},
		},
		{
			name:      "en reduced passive by the members",
			doc:       "A preferential trade agreement signed by members in 2006 is still not in force in three countries.",
			times:     []tm{{"2006", "2006", ""}},
			published: "2026-04-15",
			want:      []want{{typ: "AGREE", mode: "sign", date: "2006"}},
		},
		{
			name: "en reduced passive without a date refers back",
			doc: "Japan and Australia signed a defence agreement on Monday. " +
				"The agreement signed by the two sides covers joint exercises.",
			times: []tm{{"Monday", "2025-06-09", ""}},
			want:  []want{{typ: "AGREE", mode: "sign", date: "2025-06-09"}},
		},
		{
			name: "en the agreement with a date of its own is a recalled signing",
			doc: "Japan and Australia signed a trade deal on Monday. " +
				"The defence agreement was signed by the two countries in Tokyo on March 6, 2018.",
			times: []tm{{"Monday", "2025-06-09", ""}, {"March 6, 2018", "2018-03-06", ""}},
			want: []want{
				{typ: "AGREE", mode: "sign", date: "2025-06-09"},
				{typ: "AGREE", mode: "sign", actors: []string{"country:JPN", "country:AUS"}, date: "2018-03-06"},
			},
		},
		{
			name:  "en two leaders held a summit: their meeting",
			doc:   "Prabowo Subianto and Anwar Ibrahim held a summit in Jakarta on Thursday.",
			times: []tm{{"Thursday", "2025-05-08", ""}},
			want:  []want{{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "person:anwar-ibrahim"}, date: "2025-05-08"}},
		},
		{
			name:  "id two leaders menggelar KTT: their meeting",
			doc:   "Prabowo Subianto dan Anwar Ibrahim menggelar KTT di Jakarta pada Kamis (8/5).",
			times: []tm{{"Kamis (8/5)", "2025-05-08", ""}},
			want:  []want{{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "person:anwar-ibrahim"}, date: "2025-05-08"}},
		},
		{
			name: "en two leaders attending a named summit: a gathering",
			doc:  "Prabowo Subianto and Anwar Ibrahim attended the ASEAN summit in Kuala Lumpur.",
			want: []want{{typ: "CONSULT", mode: "multilateral"}},
		},
		{
			name:  "en a summit that was held: a gathering",
			doc:   "The previous summit was held in Kuala Lumpur in May 2025.",
			times: []tm{{"May 2025", "2025-05", ""}},
			want:  []want{{typ: "CONSULT", mode: "multilateral", date: "2025-05"}},
		},
	})
}

// TestGroupMeeting covers a meeting whose subject is a group of leaders
// ("disepakati para pemimpin ASEAN dalam pertemuan", "ASEAN leaders ... at a
// meeting"): a gathering, unless the leaders are a pair or it is bilateral.
func TestGroupMeeting(t *testing.T) {
	runConstructions(t, []construction{
		{
			name:  "id para pemimpin ASEAN dalam pertemuan",
			doc:   "Deklarasi Jakarta tentang Perdamaian disepakati para pemimpin ASEAN dalam pertemuan di Jakarta pada 24 April 2021.",
			times: []tm{{"24 April 2021", "2021-04-24", ""}},
			want: []want{
				{typ: "AGREE", mode: "sign", date: "2021-04-24"},
				{typ: "CONSULT", mode: "multilateral", date: "2021-04-24", place: "Jakarta"},
			},
		},
		{
			name: "en ASEAN leaders at a meeting",
			doc:  "ASEAN leaders adopted a declaration at a meeting in Jakarta.",
			want: []want{
				{typ: "AGREE", mode: "sign"},
				{typ: "CONSULT", mode: "multilateral", place: "Jakarta"},
			},
		},
		{
			name: "id the leaders of two states in a meeting are a pair",
			doc:  "Para pemimpin kedua negara, Prabowo Subianto dan Anwar Ibrahim, bersepakat dalam pertemuan di Jakarta.",
			want: []want{{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "person:anwar-ibrahim"}}},
		},
	})
}

// TestSessionOfABody covers a later mention of a bilateral body's session
// ("sidang JSC ... kedua negara", then "sidang JSC pertama digelar di ..."):
// a meeting of the two states, not a gathering, with the body's acronym in
// brackets recognised as its name.
func TestSessionOfABody(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "id a session of a bilateral council named again",
			doc: "Prabowo Subianto dan Anwar Ibrahim memimpin sidang Dewan Kerja Sama Strategis (JSC) kedua negara di Jakarta pada Selasa (10/6). " +
				"Sidang JSC pertama digelar di Kuala Lumpur pada Februari 2024.",
			times: []tm{{"Selasa (10/6)", "2025-06-10", ""}, {"Februari 2024", "2024-02", ""}},
			want: []want{
				{typ: "CONSULT", mode: "meet", actors: []string{"country:IDN", "country:MYS"}, date: "2025-06-10"},
				{typ: "CONSULT", mode: "meet", actors: []string{"country:IDN", "country:MYS"}, date: "2024-02"},
			},
		},
		{
			name: "en a named summit of many is still a gathering",
			doc: "Prabowo Subianto and Anwar Ibrahim held bilateral talks in Jakarta on Tuesday. " +
				"The ASEAN summit was held in Kuala Lumpur in May 2025.",
			times: []tm{{"Tuesday", "2025-06-10", ""}, {"May 2025", "2025-05", ""}},
			want: []want{
				{typ: "CONSULT", mode: "meet", date: "2025-06-10"},
				{typ: "CONSULT", mode: "multilateral", date: "2025-05"},
			},
		},
	})
}

// TestOneSigningAcrossMentions covers a headline's signing and the body's
// signing by named ministers whose states the gazetteer does not know: the
// same two states sign one text of one kind.
func TestOneSigningAcrossMentions(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "en headline pact and body arrangement, signed by the same two states",
			doc: "Indonesia and Filipina sign defence pact\n\n" +
				"Budi Santoso of Indonesia and a minister of Filipina inked the implementing arrangement on Wednesday.",
			times:     []tm{{"Wednesday", "2026-03-04", ""}},
			published: "2026-03-04",
			want:      []want{{typ: "AGREE", mode: "sign", actors: []string{"country:IDN", "country:PHL", "person:budi-santoso"}, date: "2026-03-04"}},
		},
		{
			name: "id a pact of two states in the headline, a treaty of two others in the body: two signings",
			doc: "Indonesia dan Filipina menandatangani pakta pertahanan\n\n" +
				"Jepang dan Australia menandatangani perjanjian pertahanan pada Rabu (4/3).",
			times:     []tm{{"Rabu (4/3)", "2026-03-04", ""}},
			published: "2026-03-04",
			want: []want{
				{typ: "AGREE", mode: "sign", actors: []string{"country:IDN", "country:PHL"}},
				{typ: "AGREE", mode: "sign", actors: []string{"country:JPN", "country:AUS"}},
			},
		},
	})
}

// TestCoordinatedPartners covers partners coordinated with their own times
// ("dengan Jepang pada 2017 dan dengan Australia pada 2025", "with X on
// Monday and with Y on Tuesday"): one event per partner, and a plain list of
// partners with one time stays one event.
func TestCoordinatedPartners(t *testing.T) {
	runConstructions(t, []construction{
		{
			name:  "id meneken CEPA dengan A pada ... dan dengan B pada ...",
			doc:   "Indonesia sebelumnya telah meneken CEPA dengan Jepang pada Desember 2017 dan dengan Australia pada Agustus 2025.",
			times: []tm{{"Desember 2017", "2017-12", ""}, {"Agustus 2025", "2025-08", ""}},
			want: []want{
				{typ: "AGREE", mode: "sign", actors: []string{"country:IDN", "country:JPN"}, absent: []string{"country:AUS"}, date: "2017-12"},
				{typ: "AGREE", mode: "sign", actors: []string{"country:IDN", "country:AUS"}, absent: []string{"country:JPN"}, date: "2025-08"},
			},
		},
		{
			name:  "en met with A on Monday and with B on Tuesday",
			doc:   "Prabowo Subianto met with Anwar Ibrahim on Monday and with Xi Jinping on Tuesday.",
			times: []tm{{"Monday", "2025-06-09", ""}, {"Tuesday", "2025-06-10", ""}},
			want: []want{
				{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "person:anwar-ibrahim"}, absent: []string{"person:xi-jinping"}, date: "2025-06-09"},
				{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "person:xi-jinping"}, absent: []string{"person:anwar-ibrahim"}, date: "2025-06-10"},
			},
		},
		{
			name:  "id one time for two partners: one event",
			doc:   "Indonesia menandatangani perjanjian dagang dengan Jepang dan dengan Australia pada Agustus 2025.",
			times: []tm{{"Agustus 2025", "2025-08", ""}},
			want:  []want{{typ: "AGREE", mode: "sign", actors: []string{"country:IDN", "country:JPN", "country:AUS"}, date: "2025-08"}},
		},
	})
}

// TestPairNotGathering covers a meeting the text says was of two ("pertemuan
// 2+2 kedua negara") even when a third state is among its actors (a
// participant's state wrongly known): it stays a meeting.
func TestPairNotGathering(t *testing.T) {
	runConstructions(t, []construction{
		{
			name:  "id pertemuan kedua negara with three states named",
			doc:   "Pertemuan 2+2 terakhir kedua negara antara Jepang dan Malaysia, dihadiri Penny Wong, berlangsung di Jakarta pada 30 Juli 2024.",
			times: []tm{{"30 Juli 2024", "2024-07-30", ""}},
			want:  []want{{typ: "CONSULT", mode: "meet", date: "2024-07-30"}},
		},
		{
			name:  "id a meeting attended by three states is a gathering",
			doc:   "Pertemuan di Jakarta dihadiri Jepang, Australia, dan Malaysia pada 30 Juli 2024.",
			times: []tm{{"30 Juli 2024", "2024-07-30", ""}},
			want:  []want{{typ: "CONSULT", mode: "multilateral", date: "2024-07-30"}},
		},
	})
}

// TestAcronymSessions covers a gathering named later by the acronym its
// first mention gave in brackets ("Dewan Menteri Luar Negeri (DML)", then
// "DML sebelumnya ... berlangsung ... 2025"): another session of the same body,
// with the body but not the first session's host; a mention of the same session
// by acronym adds no event.
func TestAcronymSessions(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "id an earlier session named by the acronym",
			doc: "Para menteri ASEAN menggelar Sidang ke-52 Dewan Menteri Luar Negeri (DML) di Kuala Lumpur, Minggu (15/11). " +
				"Prabowo Subianto bertemu Anwar Ibrahim di sela sidang. " +
				"DML sebelumnya, yang ke-51, berlangsung di Jakarta pada 21-22 Juni 2025.",
			times:     []tm{{"Minggu (15/11)", "2026-11-15", ""}, {"21-22 Juni 2025", "2025-06-21", "2025-06-22"}},
			published: "2026-11-16",
			want: []want{
				{typ: "CONSULT", mode: "multilateral", date: "2026-11-15"},
				{typ: "CONSULT", mode: "meet", date: "2026-11-15"},
				{typ: "CONSULT", mode: "multilateral", absent: []string{"country:MYS", "person:prabowo-subianto"}, date: "2025-06-21", place: "Jakarta"},
			},
		},
		{
			name: "en the same session named by the acronym adds nothing",
			doc: "Ministers held the 52nd Conference of Foreign Ministers (CFM) in Kuala Lumpur on November 15, 2026. " +
				"The CFM was attended by Anwar Ibrahim.",
			times: []tm{{"November 15, 2026", "2026-11-15", ""}},
			want:  []want{{typ: "CONSULT", mode: "multilateral", date: "2026-11-15"}},
		},
	})
}

// TestLeadersOfTwo covers "Indonesia, Malaysia leaders hold talks": the
// leaders of two named states hold their talks, not a gathering.
func TestLeadersOfTwo(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "en headline: two states' leaders hold talks",
			doc:  "Indonesia, Malaysia leaders hold talks on maritime border",
			want: []want{{typ: "CONSULT", mode: "meet", actors: []string{"country:IDN", "country:MYS"}}},
		},
	})
}

// TestVideoConferenceOfTwo: a conference of two sides held over a video link,
// and talks held "secara virtual" or "daring", are their call; a video summit
// of many stays a gathering.
func TestVideoConferenceOfTwo(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "id konferensi video dengan",
			doc:  "Menteri Luar Negeri Retno Marsudi menggelar konferensi video dengan Menteri Luar Negeri Jepang Yoko Kamikawa.",
			want: []want{{typ: "CONSULT", mode: "phone"}},
		},
		{
			name: "id bertemu secara virtual",
			doc:  "Menteri Luar Negeri Retno Marsudi bertemu secara virtual dengan Menteri Luar Negeri Jepang Yoko Kamikawa.",
			want: []want{{typ: "CONSULT", mode: "phone"}},
		},
		{
			name: "id video summit of many",
			doc:  "Para pemimpin Indonesia, Malaysia, Thailand, dan Vietnam mengikuti konferensi video tentang perubahan iklim.",
			want: []want{{typ: "CONSULT", mode: "multilateral"}},
		},
	})
}

// TestReceivingAThing: receiving an invitation, a letter or aid from a person
// is no meeting with them; receiving the person, or their call, is.
func TestReceivingAThing(t *testing.T) {
	runConstructions(t, []construction{
		{
			name:  "id menerima undangan",
			doc:   "Presiden Prabowo Subianto menerima undangan Perdana Menteri Anwar Ibrahim untuk berkunjung tahun depan.",
			times: []tm{{"tahun depan", "2026", ""}},
			want:  []want{{typ: "CONSULT", mode: "visit", modality: "planned"}},
		},
		{
			name: "en received a letter from",
			doc:  "President Prabowo Subianto received a letter from Prime Minister Anwar Ibrahim.",
			want: nil,
		},
		{
			name: "id menerima a person",
			doc:  "Presiden Prabowo Subianto menerima Perdana Menteri Anwar Ibrahim di Istana Bogor.",
			want: []want{{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "person:anwar-ibrahim"}}},
		},
		{
			name: "id menerima telepon dari",
			doc:  "Presiden Prabowo Subianto menerima telepon dari Perdana Menteri Anwar Ibrahim.",
			want: []want{{typ: "CONSULT", mode: "phone"}},
		},
	})
}

// TestAcronymFromATopic: a gathering named with its acronym only as a topic
// ("membahas persiapan Forum ... (FIP) ketiga") still teaches the acronym, so
// a later dated session named by it is an event.
func TestAcronymFromATopic(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "id acronym of a forum in preparation, then its earlier session",
			doc: "Sugiono membahas persiapan Forum Indonesia-Pasifik (FIP) ketiga yang direncanakan berlangsung tahun depan. " +
				"FIP kedua digelar di Bali pada 1-3 September 2024.",
			times: []tm{{"1-3 September 2024", "2024-09-01", "2024-09-03"}},
			want:  []want{{typ: "CONSULT", mode: "multilateral", date: "2024-09-01"}},
		},
	})
}

// TestExchangeOfTexts: exchanging memoranda at a ceremony is their signing;
// exchanging views, even about an agreement, is none.
func TestExchangeOfTexts(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "en exchanged four memoranda",
			doc:  "Prabowo Subianto and Anwar Ibrahim witnessed as officials exchanged four memoranda of understanding on energy.",
			want: []want{{typ: "AGREE", mode: "sign"}},
		},
		{
			name: "id pertukaran nota kesepahaman",
			doc:  "Prabowo Subianto dan Anwar Ibrahim menyaksikan pertukaran nota kesepahaman di bidang energi.",
			want: []want{{typ: "AGREE", mode: "sign"}},
		},
		{
			name: "id bertukar pandangan soal perjanjian",
			doc:  "Prabowo Subianto dan Anwar Ibrahim bertukar pandangan soal perjanjian perdagangan.",
			want: nil,
		},
	})
}

// TestRealPageConstructions covers constructions that news pages use and the
// development set showed missing or misread: a summit's opening ("kicked
// off"), press conferences, approval ("menyambut baik"), a leaders' retreat,
// "speaking with", proposals, a day before another event's date, and talks
// dated by the signing they preceded.
func TestRealPageConstructions(t *testing.T) {
	runConstructions(t, []construction{
		{
			name:  "en a summit that kicked off was held",
			doc:   "The 30th ASEAN Summit officially kicked off in Kuala Lumpur on Monday.",
			times: []tm{{"Monday", "2025-05-26", ""}},
			want:  []want{{typ: "CONSULT", mode: "multilateral", date: "2025-05-26"}},
		},
		{
			name:  "en a summit kicks only off",
			doc:   "The ASEAN Summit kicks a long debate into the open in Kuala Lumpur on Monday.",
			times: []tm{{"Monday", "2025-05-26", ""}},
		},
		{
			name:  "en a press conference is no gathering",
			doc:   "Prabowo held a press conference in Jakarta on Monday.",
			times: []tm{{"Monday", "2025-05-26", ""}},
		},
		{
			name:  "id konferensi pers is no gathering",
			doc:   "Dalam konferensi pers di Jakarta, Senin, Menlu Sugiono mengatakan Indonesia dan Malaysia siap bekerja sama.",
			times: []tm{{"Senin", "2025-05-26", ""}},
		},
		{
			name: "id menyambut baik is approval, not a welcome",
			doc: "Perdana Menteri Anwar Ibrahim tiba di Jakarta pada Senin. " +
				"Presiden Prabowo menyambut baik komitmen Perdana Menteri Anwar Ibrahim untuk melindungi pekerja migran.",
			times: []tm{{"Senin", "2025-05-26", ""}},
			want:  []want{{typ: "CONSULT", mode: "visit", date: "2025-05-26", actors: []string{"person:anwar-ibrahim", "country:IDN"}}},
		},
		{
			name:  "en the leaders' retreat is their meeting",
			doc:   "The memoranda were signed by Anwar Ibrahim and Prabowo Subianto during the leaders' retreat in Kuala Lumpur on Monday.",
			times: []tm{{"Monday", "2025-05-26", ""}},
			want: []want{
				{typ: "AGREE", mode: "sign", date: "2025-05-26"},
				{typ: "CONSULT", mode: "meet", actors: []string{"person:anwar-ibrahim", "person:prabowo-subianto"}, date: "2025-05-26"},
			},
		},
		{
			name:  "en speaking with a leader is talks",
			doc:   "Vladimir Putin spent Monday speaking with Xi Jinping in Moscow.",
			times: []tm{{"Monday", "2025-05-26", ""}},
			want:  []want{{typ: "CONSULT", mode: "meet", actors: []string{"person:vladimir-putin", "person:xi-jinping"}, date: "2025-05-26"}},
		},
		{
			name: "en speaking with reporters is no meeting",
			doc:  "Speaking with reporters in Moscow, Vladimir Putin praised China.",
		},
		{
			name:      "id a proposal to hold talks is no report",
			doc:       "Prabowo menyampaikan usulan Indonesia untuk menggelar perundingan dengan Malaysia.",
			published: "2025-05-26",
		},
		{
			name:      "id a meeting a day before a dated summit",
			doc:       "Anwar Ibrahim dan Prabowo sempat bertemu empat mata di Jakarta sehari sebelum KTT ASEAN digelar pada Selasa (27/5/2025).",
			times:     []tm{{"Selasa (27/5/2025)", "2025-05-27", ""}},
			published: "2025-05-26",
			want:      []want{{typ: "CONSULT", mode: "meet", date: "2025-05-26", modality: "occurred"}},
		},
		{
			name: "en talks before the signing take the signing's day",
			doc: "Indonesia and Malaysia signed a border memorandum in Jakarta on Tuesday. Anwar Ibrahim arrived in Jakarta on Monday. " +
				"Anwar Ibrahim and Prabowo held talks before the signing.",
			times: []tm{{"Tuesday", "2025-05-27", ""}, {"Monday", "2025-05-26", ""}},
			want: []want{
				{typ: "AGREE", mode: "sign", date: "2025-05-27"},
				{typ: "CONSULT", mode: "visit", date: "2025-05-26"},
				{typ: "CONSULT", mode: "meet", date: "2025-05-27"},
			},
		},
	})
}

// TestQuotedDocumentName covers a treaty named once in quotation marks and
// again without them: two mentions of one signing merge.
func TestQuotedDocumentName(t *testing.T) {
	mk := func(doc, date, from string, sent int) *candidate {
		c := &candidate{sent: sent, last: sent, dateFrom: from, actorSet: map[string]bool{}}
		c.ev.Type, c.ev.Mode, c.ev.Document = "AGREE", "sign", strPtr(doc)
		if date != "" {
			c.ev.Date = strPtr(date)
		}
		return c
	}
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"quoted and bare names of one treaty", "sebuah “Perjanjian Selat Malaka", "Perjanjian Kerja Sama Selat Malaka", true},
		{"two different treaties", "sebuah “Perjanjian Selat Malaka", "Perjanjian Kerja Sama Laut Sulawesi", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := sameEvent(mk(tc.a, "2025-11-19", "doc", 0), mk(tc.b, "2025-06", "text", 3)); got != tc.want {
				t.Errorf("sameEvent(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

// TestPavingTheWay covers "membuka jalan bagi KTT" (paving the way for a
// summit): the summit is still to come, while "membuka KTT" opens it.
func TestPavingTheWay(t *testing.T) {
	runConstructions(t, []construction{
		{
			name:      "id membuka jalan bagi pertemuan puncak",
			doc:       "Kesepakatan itu membuka jalan bagi pertemuan puncak ASEAN.",
			published: "2025-05-26",
		},
		{
			name:      "en opened the way for a summit",
			doc:       "The deal opened the way for an ASEAN summit.",
			published: "2025-05-26",
		},
		{
			name:      "id membuka KTT opens it",
			doc:       "Presiden Prabowo membuka KTT ASEAN di Jakarta.",
			published: "2025-05-26",
			want:      []want{{typ: "CONSULT", mode: "multilateral", date: "2025-05-26"}},
		},
	})
}

// TestHostingAndSkipping covers a leader hosting another at a meal (a meeting,
// dated apart from the talks a later clause of sequence dates), and a summit a
// leader did not attend (it took place; he is no party).
func TestHostingAndSkipping(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "id dijamu makan malam, sebelum pembicaraan on another day",
			doc: "Anwar Ibrahim tiba di Jakarta pada Senin (26/5). " +
				"Anwar Ibrahim dijamu makan malam oleh Prabowo, sebelum mengadakan pembicaraan di Istana Merdeka hari Selasa (27/5).",
			times:     []tm{{"Senin (26/5)", "2025-05-26", ""}, {"Selasa (27/5)", "2025-05-27", ""}},
			published: "2025-06-10",
			want: []want{
				{typ: "CONSULT", mode: "visit", date: "2025-05-26"},
				{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "person:anwar-ibrahim"}, date: "2025-05-26"},
				{typ: "CONSULT", mode: "meet", date: "2025-05-27"},
			},
		},
		{
			name:  "id tidak menghadiri KTT: the summit took place",
			doc:   "Prabowo sengaja tidak menghadiri KTT ASEAN pekan lalu di Kuala Lumpur.",
			times: []tm{{"pekan lalu", "2025-05", ""}},
			want:  []want{{typ: "CONSULT", mode: "multilateral", date: "2025-05", modality: "occurred", absent: []string{"person:prabowo-subianto"}}},
		},
	})
}

// TestFutureSummitAndBracketedAcronym covers a meeting in a story published
// before the summit it mentions (the meeting is not dated by the summit), and
// an acronym in brackets after a summit's name (no second summit).
func TestFutureSummitAndBracketedAcronym(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "en a meeting before the summit the story names",
			doc: "Prabowo holds talks with leaders attending ASEAN summit in Jakarta\n" +
				"Leaders arrive for the ASEAN summit, scheduled for May 28 to 30 in Jakarta. " +
				"At 10 a.m., Prabowo met with Anwar Ibrahim.",
			times:     []tm{{"May 28 to 30", "2025-05-28", "2025-05-30"}},
			published: "2025-05-26",
			want: []want{
				{typ: "CONSULT", mode: "multilateral", date: "2025-05-28"},
				{typ: "CONSULT", mode: "meet", date: "2025-05-26"},
			},
		},
		{
			name: "id an acronym in brackets is no second summit",
			doc: "Para pemimpin membahas persiapan Konferensi Tingkat Tinggi Kerja Sama Ekonomi (KKE). " +
				"KTT Kerja Sama Ekonomi (KKE) diadakan di Jakarta hingga Senin (26/5).",
			times:     []tm{{"Senin (26/5)", "2025-05-26", ""}},
			published: "2025-05-27",
			want:      []want{{typ: "CONSULT", mode: "multilateral", date: "2025-05-26"}},
		},
	})
}

// TestSpeechAtASummit covers a leader's speech at a summit: the speaker
// attended it, even when the summit's name stands between the preposition and
// the noun; a speech about a summit is no attendance. A state's adjective
// before a place noun keeps the place in the phrase ("in the Vietnamese
// capital Hanoi").
func TestSpeechAtASummit(t *testing.T) {
	runConstructions(t, []construction{
		{
			name:  "en in his speech at the named summit in the capital",
			doc:   "Anwar Ibrahim set out three priorities in his speech at the third ASEAN-Japan Summit in the Vietnamese capital Hanoi on Monday.",
			times: []tm{{"Monday", "2025-07-07", ""}},
			want:  []want{{typ: "CONSULT", mode: "multilateral", actors: []string{"person:anwar-ibrahim"}, date: "2025-07-07", place: "Hanoi"}},
		},
		{
			name:      "id berpidato pada KTT ke-N",
			doc:       "Presiden Prabowo berpidato pada KTT ke-46 ASEAN di Kuala Lumpur.",
			published: "2025-05-26",
			want:      []want{{typ: "CONSULT", mode: "multilateral", actors: []string{"person:prabowo-subianto"}, date: "2025-05-26", place: "Kuala Lumpur"}},
		},
		{
			name: "en a speech about a summit is none",
			doc:  "Anwar Ibrahim gave a speech about the ASEAN-Japan Summit.",
		},
	})
}

// TestDatedSetting covers a summit named as the setting of another act right
// after a time ("announced the deal on Friday at a summit in X"): the time is
// the summit's, so the summit took place that day; a summit after a clause of
// intention keeps no such time.
func TestDatedSetting(t *testing.T) {
	runConstructions(t, []construction{
		{
			name:  "en on a day at a summit in a city",
			doc:   "Anwar Ibrahim announced the deal on Friday at a summit in Tokyo.",
			times: []tm{{"Friday", "2025-07-04", ""}},
			want:  []want{{typ: "CONSULT", mode: "multilateral", actors: []string{"person:anwar-ibrahim"}, date: "2025-07-04", place: "Tokyo"}},
		},
		{
			name:  "id pada hari dalam KTT di kota",
			doc:   "Prabowo mengumumkan kesepakatan itu pada Jumat (4/7/2025) dalam KTT di Kuala Lumpur.",
			times: []tm{{"Jumat (4/7/2025)", "2025-07-04", ""}},
			want:  []want{{typ: "CONSULT", mode: "multilateral", actors: []string{"person:prabowo-subianto"}, date: "2025-07-04", place: "Kuala Lumpur"}},
		},
		{
			name:  "en a summit far from the time is none",
			doc:   "Anwar Ibrahim said on Friday that he would push for the deal at a summit in Tokyo.",
			times: []tm{{"Friday", "2025-07-04", ""}},
		},
	})
}

// TestOutcomeOfASummit covers a text adopted "as an outcome of the summit"
// ("hasil KTT"): the summit took place, with the adoption; the passive
// adoption keeps the proper words before its head ("the Tokyo Declaration").
func TestOutcomeOfASummit(t *testing.T) {
	runConstructions(t, []construction{
		{
			name:  "en the X Declaration was adopted as an outcome of the summit",
			doc:   "The Tokyo Declaration was adopted on Friday as an outcome of the summit that ASEAN and Japan held in Tokyo.",
			times: []tm{{"Friday", "2025-07-04", ""}},
			want: []want{
				{typ: "AGREE", mode: "sign", date: "2025-07-04", document: "Tokyo Declaration"},
				{typ: "CONSULT", mode: "multilateral", actors: []string{"country:JPN"}, date: "2025-07-04", place: "Tokyo"},
			},
		},
		{
			name:      "id sebagai hasil dari KTT",
			doc:       "Sebagai hasil dari KTT ASEAN-Jepang di Tokyo, Deklarasi Tokyo diadopsi.",
			published: "2025-07-04",
			want: []want{
				{typ: "CONSULT", mode: "multilateral", actors: []string{"country:JPN"}, place: "Tokyo"},
				{typ: "AGREE", mode: "sign", document: "Deklarasi Tokyo"},
			},
		},
		{
			name: "en discussing the results of a summit is none",
			doc:  "Officials discussed the results of the summit.",
		},
	})
}

// TestOrganisationAsItsMeeting covers an organisation's name after "di sela",
// "on the sidelines of": it stands for the organisation's gathering, which took
// place where and when the sentence says; the name elsewhere is no gathering.
func TestOrganisationAsItsMeeting(t *testing.T) {
	runConstructions(t, []construction{
		{
			name:  "id di sela ORG yang digelar di kota",
			doc:   "Prabowo bertemu Anwar Ibrahim di sela ASEAN yang digelar di Kuala Lumpur pada Senin (26/5/2025).",
			times: []tm{{"Senin (26/5/2025)", "2025-05-26", ""}},
			want: []want{
				{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "person:anwar-ibrahim"}, date: "2025-05-26"},
				{typ: "CONSULT", mode: "multilateral", date: "2025-05-26", place: "Kuala Lumpur"},
			},
		},
		{
			name:  "en on the sidelines of the ORG in a city",
			doc:   "Prabowo met Anwar Ibrahim on the sidelines of the G20 in Rio de Janeiro on Monday.",
			times: []tm{{"Monday", "2025-11-17", ""}},
			want: []want{
				{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "person:anwar-ibrahim"}, date: "2025-11-17"},
				{typ: "CONSULT", mode: "multilateral", date: "2025-11-17", place: "Rio de Janeiro"},
			},
		},
		{
			name:  "en the organisation as a body is no gathering",
			doc:   "Prabowo met Anwar Ibrahim on Monday and praised the role of the G20 in Rio de Janeiro.",
			times: []tm{{"Monday", "2025-11-17", ""}},
			want:  []want{{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "person:anwar-ibrahim"}, date: "2025-11-17"}},
		},
	})
}
