package event

import (
	"strings"
	"testing"
)

// TestVerblessVisit covers the Indonesian visit without a verb of going
// ("Putin terakhir ke India pada ..."), which counts only right after its
// subject.
func TestVerblessVisit(t *testing.T) {
	runConstructions(t, []construction{
		{
			name:  "id person terakhir ke country",
			doc:   "Adapun Putin terakhir ke Jepang pada 8 Juli 2024.",
			times: []tm{{"8 Juli 2024", "2024-07-08", ""}},
			want:  []want{{typ: "CONSULT", mode: "visit", actors: []string{"person:vladimir-putin", "country:JPN"}, date: "2024-07-08"}},
		},
		{
			name:  "id pronoun pernah ke city",
			doc:   "Vladimir Putin memuji Jepang. Ia pernah ke Tokyo pada 2019.",
			times: []tm{{"2019", "2019", ""}},
			want:  []want{{typ: "CONSULT", mode: "visit", actors: []string{"person:vladimir-putin", "country:JPN"}, date: "2019"}},
		},
		{
			name: "id terakhir ke without a person before it is no visit",
			doc:  "Ekspor Indonesia terakhir ke Jepang naik tajam.",
		},
	})
}

// TestDeniedReport covers a report or rumour denied in the next sentence
// ("Beredar kabar bahwa ... bertemu. Kemlu menepis kabar tersebut.", "Reports
// said ... met. The ministry denied the reports."): the event did not happen,
// while a real event of the story stays.
func TestDeniedReport(t *testing.T) {
	x := New()
	tests := []struct {
		name, doc string
		modality  []string // modality of each CONSULT event, in order
	}{
		{
			name:     "id beredar kabar, then menepis kabar tersebut",
			doc:      "Prabowo Subianto berbicara melalui telepon dengan Anwar Ibrahim. Sebelumnya beredar kabar bahwa Prabowo telah bertemu Xi Jinping di Beijing. Kemlu menepis kabar tersebut.",
			modality: []string{"occurred", "denied"},
		},
		{
			name:     "en reports, then denied the reports",
			doc:      "Xi Jinping held talks with Vladimir Putin. Reports said that Putin had met Anwar Ibrahim in secret. The ministry denied the reports.",
			modality: []string{"occurred", "denied"},
		},
		{
			name:     "a denial of something else leaves the report",
			doc:      "Kabar menyebut Prabowo Subianto bertemu Anwar Ibrahim di Jakarta. Kemlu menepis tudingan soal anggaran.",
			modality: []string{"occurred"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := scored(x.Extract(input(tc.doc, nil, "")))
			if len(got) != len(tc.modality) {
				t.Fatalf("got %d events, want %d:\n%s", len(got), len(tc.modality), dump(got))
			}
			for i, m := range tc.modality {
				if got[i].Modality != m {
					t.Errorf("event %d: modality %q, want %q\n%s", i, got[i].Modality, m, dump(got))
				}
			}
		})
	}
}

// TestReferenceAndOpinion covers a demonstrative closing a relative clause on
// the meeting noun ("pertemuan bilateral yang berlangsung dua jam itu": the
// meeting already reported), an opinion of what should happen ("seharusnya",
// "should": not a report), and a speaker named in apposition before a verb of
// saying (not a party).
func TestReferenceAndOpinion(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "id the meeting that lasted two hours is the one reported",
			doc: "Sugiono menerima Penny Wong di Jakarta pada Senin (16/6). " +
				"Dalam pertemuan bilateral yang berlangsung sekitar dua jam itu, kedua menteri membahas kerja sama ekonomi dengan Australia.",
			times: []tm{{"Senin (16/6)", "2025-06-16", ""}},
			want:  []want{{typ: "CONSULT", mode: "meet", actors: []string{"person:sugiono", "person:penny-wong"}, date: "2025-06-16"}},
		},
		{
			name:  "id seharusnya is an opinion, and the analyst is no party",
			doc:   "Pengamat Budi Santoso, menilai Indonesia dan Australia seharusnya menggelar dialog tingkat menteri pada 2026.",
			times: []tm{{"2026", "2026", ""}},
			want:  []want{{typ: "CONSULT", mode: "meet", actors: []string{"country:IDN", "country:AUS"}, absent: []string{"person:budi-santoso"}, modality: "planned"}},
		},
		{
			name:  "en should is an opinion",
			doc:   "Japan and Australia should hold talks in March.",
			times: []tm{{"March", "2026-03", ""}},
			want:  []want{{typ: "CONSULT", mode: "meet", modality: "planned"}},
		},
	})
}

// TestSettingAndDelegates covers an event named as the setting of another
// ("Di sela kunjungan, ...", "During the visit, ..."): it dates the other event,
// even late in the story, and adds none of its parties to the visit; and an
// organisation met through the people who stand for it ("dengan perwakilan
// ASEAN", "with representatives of ASEAN").
func TestSettingAndDelegates(t *testing.T) {
	filler := strings.Repeat("Perdagangan kedua negara terus tumbuh. ", 9)
	runConstructions(t, []construction{
		{
			name: "id di sela kunjungan, long after the visit was reported",
			doc: "Prabowo Subianto melakukan kunjungan ke Malaysia pada 15-16 Mei 2026. " + filler +
				"Di sela kunjungan, Prabowo juga bertemu dengan perwakilan ASEAN di Kuala Lumpur.",
			times: []tm{{"15-16 Mei 2026", "2026-05-15", "2026-05-16"}},
			want: []want{
				{typ: "CONSULT", mode: "visit", actors: []string{"person:prabowo-subianto", "country:MYS"}, absent: []string{"org:asean"}, date: "2026-05-15"},
				{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "org:asean"}, date: "2026-05-15"},
			},
		},
		{
			name: "en during the meeting, a bilateral meeting of one participant",
			doc: "Xi Jinping and Vladimir Putin held talks with Anwar Ibrahim in Kuala Lumpur on May 8, 2025. " +
				"During the meeting, Prabowo Subianto met with representatives of ASEAN.",
			times: []tm{{"May 8, 2025", "2025-05-08", ""}},
			want: []want{
				{typ: "CONSULT", mode: "multilateral", absent: []string{"person:prabowo-subianto"}, date: "2025-05-08"},
				{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "org:asean"}, date: "2025-05-08"},
			},
		},
	})
}

// TestVisitAcrossPlaces covers one visit reported at several places of the
// host country (arrival in the capital, welcome at a palace) and dating what
// follows by its latest mention unless that is the arrival; a definite "the
// visit" with nothing to point back to, in a quoted analyst's aside (not an
// event); "talks that officials described" (a relative clause, not a
// demonstrative); and an unfulfilled intention ("had hoped to sign").
func TestVisitAcrossPlaces(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "id arrival in Jakarta and welcome at the palace are one visit; the talks follow the welcome",
			doc: "Anwar Ibrahim tiba di Jakarta pada Senin (9/2) malam untuk kunjungan kenegaraan. " +
				"Prabowo Subianto menyambut Anwar Ibrahim di Istana Merdeka, Selasa (10/2). " +
				"Kedua kepala negara kemudian menggelar pertemuan bilateral.",
			times:     []tm{{"Senin (9/2)", "2026-02-09", ""}, {"Selasa (10/2)", "2026-02-10", ""}},
			published: "2026-02-11",
			want: []want{
				{typ: "CONSULT", mode: "visit", actors: []string{"person:anwar-ibrahim", "country:IDN"}},
				{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "person:anwar-ibrahim"}, date: "2026-02-10"},
			},
		},
		{
			name: "en an analyst's 'the visit' with no visit reported is no event",
			doc:  "Xi Jinping, a researcher at the institute, said the visit reflected worry about Russia.",
		},
		{
			name:  "en talks that officials described: the talks are an event",
			doc:   "Xi Jinping and Vladimir Putin witnessed the signing at the palace after talks that officials described as warm.",
			times: nil,
			want:  []want{{typ: "CONSULT", mode: "meet", actors: []string{"person:xi-jinping", "person:vladimir-putin"}}},
		},
		{
			name:  "en had hoped to sign is no signing",
			doc:   "Japan had hoped to sign a separate agreement on minerals with Australia in 2024.",
			times: []tm{{"2024", "2024", ""}},
			want:  []want{{typ: "AGREE", mode: "sign", modality: "planned"}},
		},
	})
}

// TestDatelineHost covers a visit that names no destination ("arrived in the
// Kingdom"): it is to the country of the story's dateline, unless the visitor
// is from there.
func TestDatelineHost(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "en dateline city: the host of an unnamed destination",
			doc:  "Tokyo: Anwar Ibrahim arrived in the capital on Sunday for a three-day official visit.",
			lede: "Tokyo: ", dateline: "Tokyo",
			times: []tm{{"Sunday", "2025-06-08", ""}},
			want:  []want{{typ: "CONSULT", mode: "visit", actors: []string{"person:anwar-ibrahim", "country:JPN"}, date: "2025-06-08"}},
		},
		{
			name: "id dateline with outlet, visitor from elsewhere",
			doc:  "Jakarta (ANTARA) - Anwar Ibrahim tiba di ibu kota pada Minggu (8/6) untuk kunjungan resmi.",
			lede: "Jakarta (ANTARA) - ", dateline: "Jakarta",
			times: []tm{{"Minggu (8/6)", "2025-06-08", ""}},
			want:  []want{{typ: "CONSULT", mode: "visit", actors: []string{"person:anwar-ibrahim", "country:IDN"}, date: "2025-06-08"}},
		},
		{
			name: "id a visitor from the dateline's country has no host from it",
			doc:  "Jakarta - Prabowo Subianto melakukan kunjungan kerja ke daerah.",
			lede: "Jakarta - ", dateline: "Jakarta",
		},
	})
}

// TestHomeDateline covers a dateline in the outlet's own state: it names the
// newsroom, which reports visits abroad too, so it gives a visit with no
// destination its host only when the visitor arrives there.
func TestHomeDateline(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "id uncredited home dateline over a visit abroad: no host from it",
			doc:  "Jakarta - Kunjungan kenegaraan Xi Jinping pekan ini memperkuat hubungan dengan Vladimir Putin.",
			lede: "Jakarta - ", dateline: "Jakarta",
			want: []want{{typ: "CONSULT", mode: "visit", actors: []string{"person:xi-jinping", "country:RUS"}, absent: []string{"country:IDN"}}},
		},
		{
			name: "en credited home dateline over a visit abroad: no host from it",
			doc:  "PUTRAJAYA (Bernama) -- The state visit by Xi Jinping this week strengthened ties with Vladimir Putin.",
			lede: "PUTRAJAYA (Bernama) -- ", dateline: "PUTRAJAYA", lang: "en",
			want: []want{{typ: "CONSULT", mode: "visit", actors: []string{"person:xi-jinping", "country:RUS"}, absent: []string{"country:MYS", "org:bernama"}}},
		},
		{
			name: "id home dateline, the visitor arrives: the host",
			doc:  "Jakarta - Anwar Ibrahim tiba di ibu kota pada Minggu (8/6) untuk kunjungan resmi.",
			lede: "Jakarta - ", dateline: "Jakarta",
			times: []tm{{"Minggu (8/6)", "2025-06-08", ""}},
			want:  []want{{typ: "CONSULT", mode: "visit", actors: []string{"person:anwar-ibrahim", "country:IDN"}, date: "2025-06-08"}},
		},
		{
			name: "id an Indonesian outlet's dateline abroad: the host",
			doc:  "Tokyo (ANTARA) - Anwar Ibrahim memulai kunjungan resmi pada Minggu (8/6).",
			lede: "Tokyo (ANTARA) - ", dateline: "Tokyo",
			times: []tm{{"Minggu (8/6)", "2025-06-08", ""}},
			want:  []want{{typ: "CONSULT", mode: "visit", actors: []string{"person:anwar-ibrahim", "country:JPN"}, date: "2025-06-08"}},
		},
		{
			name: "en a wire's dateline: the host",
			doc:  "PUTRAJAYA, June 8 (Reuters) - Prabowo Subianto began a two-day official visit on Sunday.",
			lede: "PUTRAJAYA, June 8 (Reuters) - ", dateline: "PUTRAJAYA", lang: "en",
			times: []tm{{"Sunday", "2025-06-08", ""}},
			want:  []want{{typ: "CONSULT", mode: "visit", actors: []string{"person:prabowo-subianto", "country:MYS"}, date: "2025-06-08"}},
		},
	})
}

// TestEnglishVisitNoun covers English "visit" as a noun after a definite
// determiner: a reference to the visit already reported, which adds no new
// visit (and none at all when nothing was reported and it has no date).
func TestEnglishVisitNoun(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "en the visit refers to the visit reported",
			doc: "Xi Jinping arrived in Tokyo on May 7, 2025. " +
				"Vladimir Putin said the visit reflected worry about Russia in Japan.",
			times: []tm{{"May 7, 2025", "2025-05-07", ""}},
			want:  []want{{typ: "CONSULT", mode: "visit", actors: []string{"person:xi-jinping", "country:JPN"}, absent: []string{"country:RUS"}, date: "2025-05-07"}},
		},
		{
			name: "en an analyst on the visit, with no visit reported",
			doc:  "Japan said the visit reflected worry about Russia.",
		},
		{
			name:  "en the verb visit still reports a visit",
			doc:   "Xi Jinping will visit Japan on May 7, 2025.",
			times: []tm{{"May 7, 2025", "2025-05-07", ""}},
			want:  []want{{typ: "CONSULT", mode: "visit", actors: []string{"person:xi-jinping", "country:JPN"}, modality: "planned"}},
		},
	})
}

// TestPairOfTheReferencedEvent covers "Following the talks, officials from
// both countries inked ..." and "Usai pembicaraan, kedua negara ...": the pair
// is the parties of the event pointed back to, not the people named last, and
// the texts' contents after ", covering"/", mencakup" name no parties.
func TestPairOfTheReferencedEvent(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "en following the talks, officials from both countries",
			doc: "Xi Jinping received Vladimir Putin in Beijing on Monday. " +
				"Putin was welcomed at the airport by Anwar Ibrahim on Sunday. " +
				"Following the talks, officials from both countries inked seven memorandums, covering a refinery in Japan and workers from Malaysia.",
			times: []tm{{"Monday", "2025-06-09", ""}, {"Sunday", "2025-06-08", ""}},
			want: []want{
				{typ: "CONSULT", mode: "meet", date: "2025-06-09"},
				{typ: "AGREE", mode: "sign", actors: []string{"person:xi-jinping", "person:vladimir-putin"}, absent: []string{"person:anwar-ibrahim", "country:JPN", "country:MYS"}, date: "2025-06-09"},
			},
		},
		{
			name: "id usai pembicaraan, kedua negara, mencakup",
			doc: "Prabowo Subianto mengadakan pembicaraan dengan Anwar Ibrahim pada Selasa (10/6). " +
				"Xi Jinping disambut oleh Penny Wong pada Senin (9/6). " +
				"Usai pembicaraan, kedua negara meneken tujuh nota kesepahaman, mencakup kilang di Jepang.",
			times: []tm{{"Selasa (10/6)", "2025-06-10", ""}, {"Senin (9/6)", "2025-06-09", ""}},
			want: []want{
				{typ: "CONSULT", mode: "meet", date: "2025-06-10"},
				{typ: "CONSULT", mode: "visit", date: "2025-06-09"},
				{typ: "AGREE", mode: "sign", actors: []string{"person:prabowo-subianto", "person:anwar-ibrahim"}, absent: []string{"person:xi-jinping", "country:JPN"}, date: "2025-06-10"},
			},
		},
	})
}

// TestPronounJoinedToAName: a pronoun that "and" joins to a name is a party
// of its own, standing for the last person named before.
func TestPronounJoinedToAName(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "en he and a name held talks",
			doc:  "Anwar Ibrahim arrived in Jakarta on Monday. He and Prabowo Subianto held bilateral talks at the palace.",
			want: []want{{typ: "CONSULT", mode: "visit"}, {typ: "CONSULT", mode: "meet", actors: []string{"person:anwar-ibrahim", "person:prabowo-subianto"}}},
		},
		{
			name: "id ia dan a name bertemu",
			doc:  "Anwar Ibrahim tiba di Jakarta pada Senin. Ia dan Prabowo Subianto bertemu di Istana Merdeka.",
			want: []want{{typ: "CONSULT", mode: "visit"}, {typ: "CONSULT", mode: "meet", actors: []string{"person:anwar-ibrahim", "person:prabowo-subianto"}}},
		},
	})
}

// TestCopulaIntroducingParties: a meeting named after a copula is a new event,
// dated by its own sentence, when "antara"/"between" names its parties.
func TestCopulaIntroducingParties(t *testing.T) {
	runConstructions(t, []construction{
		{
			name:  "id adalah pertemuan antara",
			doc:   "Kontak resmi satu-satunya adalah pertemuan antara Prabowo Subianto dan Anwar Ibrahim di Jakarta, Senin (2/11/2026).",
			times: []tm{{"Senin (2/11/2026)", "2026-11-02", ""}},
			want:  []want{{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "person:anwar-ibrahim"}, date: "2026-11-02"}},
		},
	})
}

// TestTwoMeetingsInOneSentence covers a sentence that reports two meetings,
// each with the partner its own "dengan" introduces, under a time fronted
// before both clauses; and a banquet one leader hosts for another.
func TestTwoMeetingsInOneSentence(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "id usai bertemu A, X juga bertemu B: two meetings on the fronted day",
			doc: "Pada Kamis (3/7/2025), usai mengadakan pertemuan bilateral dengan Perdana Menteri Anwar Ibrahim di Putrajaya, " +
				"Presiden Prabowo juga mengadakan pertemuan dengan Presiden Vietnam To Lam di Kuala Lumpur.",
			times: []tm{{"Kamis (3/7/2025)", "2025-07-03", ""}},
			want: []want{
				{typ: "CONSULT", mode: "meet", actors: []string{"person:anwar-ibrahim", "person:prabowo-subianto"}, absent: []string{"person:to-lam"}, date: "2025-07-03"},
				{typ: "CONSULT", mode: "meet", actors: []string{"person:to-lam", "person:prabowo-subianto"}, absent: []string{"person:anwar-ibrahim"}, date: "2025-07-03"},
			},
		},
		{
			name:  "id a banquet hosted by a leader is a meeting",
			doc:   "Perdana Menteri Anwar Ibrahim hadir pada jamuan makan siang yang diadakan Presiden Prabowo di Istana Bogor pada Rabu (9/7/2025).",
			times: []tm{{"Rabu (9/7/2025)", "2025-07-09", ""}},
			want:  []want{{typ: "CONSULT", mode: "meet", actors: []string{"person:anwar-ibrahim", "person:prabowo-subianto"}, date: "2025-07-09"}},
		},
	})
}

// TestTopicStates covers states named in what talks were about: they are not
// parties; and a meeting of a group behind a modifier is a gathering.
func TestTopicStates(t *testing.T) {
	runConstructions(t, []construction{
		{
			name:  "id bertukar pikiran berkaitan dengan X: X is a topic",
			doc:   "Prabowo bertemu Anwar Ibrahim pada Senin (26/5) dan bertukar pikiran mengenai isu kawasan berkaitan dengan Thailand dan Filipina.",
			times: []tm{{"Senin (26/5)", "2025-05-26", ""}},
			want:  []want{{typ: "CONSULT", mode: "meet", actors: []string{"country:IDN", "country:MYS"}, absent: []string{"country:THA", "country:PHL"}}},
		},
		{
			name:  "en discussed the situation in X: X is a topic",
			doc:   "Prabowo met Anwar Ibrahim on Monday and discussed the situation in Thailand and the Philippines with him.",
			times: []tm{{"Monday", "2025-05-26", ""}},
			want:  []want{{typ: "CONSULT", mode: "meet", actors: []string{"country:IDN", "country:MYS"}, absent: []string{"country:THA"}}},
		},
		{
			name:  "id pertemuan khusus para menteri is a gathering",
			doc:   "Indonesia dan Thailand hadir dalam pertemuan khusus para menteri luar negeri ASEAN di Jakarta pada Senin (26/5).",
			times: []tm{{"Senin (26/5)", "2025-05-26", ""}},
			want:  []want{{typ: "CONSULT", mode: "multilateral", date: "2025-05-26"}},
		},
	})
}

// TestArrivalAtAVenue covers a leader arriving at a summit's venue and
// welcomed there: no visit, while an arrival in a city is one.
func TestArrivalAtAVenue(t *testing.T) {
	runConstructions(t, []construction{
		{
			name:      "id tiba di venue, disambut tuan rumah",
			doc:       "Pagi itu Perdana Menteri Anwar Ibrahim tiba di venue lebih awal, lalu disambut langsung oleh Presiden Prabowo.",
			published: "2025-05-26",
		},
		{
			name:      "en arrived at the venue",
			doc:       "Anwar Ibrahim arrived at the venue and was greeted by Prabowo.",
			published: "2025-05-26",
		},
		{
			name:      "id tiba di a city is a visit",
			doc:       "Perdana Menteri Anwar Ibrahim tiba di Jakarta dan disambut oleh Presiden Prabowo.",
			published: "2025-05-26",
			want:      []want{{typ: "CONSULT", mode: "visit", actors: []string{"person:anwar-ibrahim", "country:IDN"}}},
		},
	})
}

// TestBareArrivalAndTalksBesideMet covers an arrival with no destination named
// (the dateline's country) and a noun of talks beside "met" whose relative
// clause names other states: the meeting of the two, not a gathering.
func TestBareArrivalAndTalksBesideMet(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "en X arrived late on Sunday, datelined in the host",
			doc:  "Jakarta, May 26 (Reuters) - Anwar Ibrahim arrived late on Sunday.",
			lede: "Jakarta, May 26 (Reuters) - ", dateline: "Jakarta",
			times: []tm{{"Sunday", "2025-05-25", ""}},
			want:  []want{{typ: "CONSULT", mode: "visit", actors: []string{"person:anwar-ibrahim", "country:IDN"}, date: "2025-05-25"}},
		},
		{
			name: "en the time has arrived is no visit",
			doc:  "Jakarta, May 26 (Reuters) - The time has arrived for Indonesia and Malaysia.",
			lede: "Jakarta, May 26 (Reuters) - ", dateline: "Jakarta",
		},
		{
			name:  "en met for talks that name other states",
			doc:   "Prabowo and Anwar Ibrahim met on Monday for talks that come as Thailand and Vietnam watch closely.",
			times: []tm{{"Monday", "2025-05-26", ""}},
			want:  []want{{typ: "CONSULT", mode: "meet", date: "2025-05-26"}},
		},
	})
}

// TestSpeakerAtTheMeeting covers a quoted speaker whose speech tag places him
// at the meeting ("kata X dalam pertemuan dengan Y"): a party, while a speaker
// quoted about a meeting of others is not.
func TestSpeakerAtTheMeeting(t *testing.T) {
	runConstructions(t, []construction{
		{
			name:  "id kata X dalam pertemuan dengan Y",
			doc:   "\"Kerja sama kita kuat,\" kata Prabowo dalam pertemuan dengan Perdana Menteri Anwar Ibrahim pada Senin (26/5).",
			times: []tm{{"Senin (26/5)", "2025-05-26", ""}},
			want:  []want{{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "person:anwar-ibrahim"}, date: "2025-05-26"}},
		},
		{
			name:  "en a speaker about others' talks is no party",
			doc:   "Anwar Ibrahim and Xi Jinping held talks on Monday, said Prabowo.",
			times: []tm{{"Monday", "2025-05-26", ""}},
			want:  []want{{typ: "CONSULT", mode: "meet", actors: []string{"person:anwar-ibrahim", "person:xi-jinping"}, absent: []string{"person:prabowo-subianto"}}},
		},
	})
}

// TestVisitorsOfTwoStates covers leaders of two states arriving together: one
// visit each, while a visitor and the host he meets stay one visit.
func TestVisitorsOfTwoStates(t *testing.T) {
	runConstructions(t, []construction{
		{
			name:  "id Xi dan Anwar tiba di Jakarta: two visits",
			doc:   "Presiden Xi Jinping dan Perdana Menteri Anwar Ibrahim tiba di Jakarta pada Selasa (27/5).",
			times: []tm{{"Selasa (27/5)", "2025-05-27", ""}},
			want: []want{
				{typ: "CONSULT", mode: "visit", actors: []string{"person:anwar-ibrahim", "country:IDN"}, absent: []string{"person:xi-jinping"}, date: "2025-05-27"},
				{typ: "CONSULT", mode: "visit", actors: []string{"person:xi-jinping", "country:IDN"}, absent: []string{"person:anwar-ibrahim"}, date: "2025-05-27"},
			},
		},
		{
			name:  "id a visitor welcomed by the host: one visit",
			doc:   "Perdana Menteri Anwar Ibrahim tiba di Jakarta pada Selasa (27/5) dan disambut Presiden Prabowo.",
			times: []tm{{"Selasa (27/5)", "2025-05-27", ""}},
			want:  []want{{typ: "CONSULT", mode: "visit", actors: []string{"person:anwar-ibrahim", "country:IDN"}, date: "2025-05-27"}},
		},
	})
}
