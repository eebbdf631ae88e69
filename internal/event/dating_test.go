package event

import "testing"

// TestEventAsTime covers an event named as the time of what follows ("Usai
// pembicaraan, ...", "Following the talks, ...") and an undated repeat of talks
// already reported: both take the talks' day, not that of a visit or of other
// talks mentioned in between.
func TestEventAsTime(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "id usai pembicaraan dates a signing by the talks, not the arrival",
			doc: "Presiden Prabowo Subianto mengadakan pembicaraan dengan Presiden Prancis Emmanuel Macron di Jakarta pada Selasa (10/6). " +
				"Macron tiba di Jakarta pada Senin (9/6). " +
				"Usai pembicaraan, kedua pemimpin menandatangani nota kesepahaman energi.",
			times: []tm{{"Selasa (10/6)", "2025-06-10", ""}, {"Senin (9/6)", "2025-06-09", ""}},
			want: []want{
				{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "person:emmanuel-macron"}, date: "2025-06-10"},
				{typ: "CONSULT", mode: "visit", actors: []string{"person:emmanuel-macron", "country:IDN"}, date: "2025-06-09"},
				{typ: "AGREE", mode: "sign", actors: []string{"person:prabowo-subianto", "person:emmanuel-macron"}, date: "2025-06-10"},
			},
		},
		{
			name: "id passive signing after the meeting",
			doc: "Prabowo tiba di Kuala Lumpur pada Senin (9/6). " +
				"Prabowo bertemu Anwar Ibrahim pada Selasa (10/6). " +
				"Seusai pertemuan, tiga nota kesepahaman ditandatangani oleh para menteri, disaksikan kedua pemimpin.",
			times: []tm{{"Selasa (10/6)", "2025-06-10", ""}, {"Senin (9/6)", "2025-06-09", ""}},
			want: []want{
				{typ: "CONSULT", mode: "visit", date: "2025-06-09"},
				{typ: "CONSULT", mode: "meet", date: "2025-06-10"},
				{typ: "AGREE", mode: "sign", actors: []string{"person:prabowo-subianto", "person:anwar-ibrahim"}, date: "2025-06-10"},
			},
		},
		{
			name: "en following the talks, with a pronoun subject",
			doc: "Russian President Vladimir Putin arrived in Beijing on March 3, 2025. " +
				"Putin held talks with Chinese President Xi Jinping on March 4, 2025. " +
				"Following the talks, the two leaders signed a joint statement.",
			times: []tm{{"March 3, 2025", "2025-03-03", ""}, {"March 4, 2025", "2025-03-04", ""}},
			want: []want{
				{typ: "CONSULT", mode: "visit", date: "2025-03-03"},
				{typ: "CONSULT", mode: "meet", date: "2025-03-04"},
				{typ: "AGREE", mode: "sign", actors: []string{"person:vladimir-putin", "person:xi-jinping"}, date: "2025-03-04"},
			},
		},
		{
			name: "en after the talks points at the talks of the signatories, not at talks recalled in between",
			doc: "Sugiono held talks with Penny Wong in Jakarta on June 16, 2025. " +
				"Wong said that since Prabowo and Anwar held talks in Kuala Lumpur in November 2024, ties have grown. " +
				"After the talks, Sugiono and Penny Wong signed a plan of action.",
			times:     []tm{{"June 16, 2025", "2025-06-16", ""}, {"November 2024", "2024-11", ""}},
			published: "2025-06-17",
			want: []want{
				{typ: "CONSULT", mode: "meet", date: "2025-06-16"},
				{typ: "CONSULT", mode: "meet", date: "2024-11"},
				{typ: "AGREE", mode: "sign", actors: []string{"person:sugiono", "person:penny-wong"}, date: "2025-06-16"},
			},
		},
		{
			name: "id an undated repeat of the talks is those talks",
			doc: "Prabowo mengadakan pembicaraan dengan Anwar Ibrahim di Kuala Lumpur pada Selasa (10/6). " +
				"Prabowo tiba di Kuala Lumpur pada Senin (9/6). " +
				"Pembicaraan kedua pemimpin berlangsung sekitar dua jam.",
			times: []tm{{"Selasa (10/6)", "2025-06-10", ""}, {"Senin (9/6)", "2025-06-09", ""}},
			want: []want{
				{typ: "CONSULT", mode: "meet", date: "2025-06-10"},
				{typ: "CONSULT", mode: "visit", date: "2025-06-09"},
			},
		},
		{
			name: "en an undated repeat of the talks is those talks",
			doc: "Vladimir Putin held talks with Xi Jinping in Beijing on March 4, 2025. " +
				"Putin arrived in Beijing on March 3, 2025. " +
				"Talks between the two leaders lasted three hours.",
			times: []tm{{"March 3, 2025", "2025-03-03", ""}, {"March 4, 2025", "2025-03-04", ""}},
			want: []want{
				{typ: "CONSULT", mode: "meet", date: "2025-03-04"},
				{typ: "CONSULT", mode: "visit", date: "2025-03-03"},
			},
		},
	})
}

// TestEarlierTimes covers "saat itu"/"at the time" dated by the sentence
// before when no event was found there, and an earlier session of a
// gathering just reported ("sidang terakhir komisi tersebut", "the previous
// meeting"), which has the same parties and a date of its own.
func TestEarlierTimes(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "id saat itu takes the time of the sentence before",
			doc: "Dewan itu bersidang di Jakarta pada 21-22 Juni 2025. " +
				"Saat itu para menteri mengesahkan Deklarasi Jakarta tentang Perdamaian.",
			times:     []tm{{"21-22 Juni 2025", "2025-06-21", "2025-06-22"}},
			published: "2026-11-16",
			want:      []want{{typ: "AGREE", mode: "sign", date: "2025-06-21", document: "Deklarasi Jakarta tentang Perdamaian"}},
		},
		{
			name: "en at the time takes the time of the sentence before",
			doc: "The council convened in Jakarta on June 21, 2025. " +
				"At the time, the ministers adopted the Jakarta Declaration on Peace.",
			times:     []tm{{"June 21, 2025", "2025-06-21", ""}},
			published: "2026-11-16",
			want:      []want{{typ: "AGREE", mode: "sign", date: "2025-06-21"}},
		},
		{
			name: "id sidang terakhir komisi tersebut: an earlier session between the same parties",
			doc: "Menteri luar negeri Indonesia dan Malaysia menggelar sidang Komisi Bersama di Jakarta pada Senin (9/6). " +
				"Sidang terakhir komisi tersebut berlangsung di Kuala Lumpur pada 2023.",
			times: []tm{{"Senin (9/6)", "2025-06-09", ""}, {"2023", "2023", ""}},
			want: []want{
				{typ: "CONSULT", mode: "meet", actors: []string{"country:IDN", "country:MYS"}, date: "2025-06-09"},
				{typ: "CONSULT", mode: "meet", actors: []string{"country:IDN", "country:MYS"}, date: "2023"},
			},
		},
		{
			name: "en the previous meeting: an earlier session between the same parties",
			doc: "Indonesia and Malaysia held talks in Jakarta on Monday. " +
				"The previous meeting was held in Kuala Lumpur in 2023.",
			times: []tm{{"Monday", "2025-06-09", ""}, {"2023", "2023", ""}},
			want: []want{
				{typ: "CONSULT", mode: "meet", actors: []string{"country:IDN", "country:MYS"}, date: "2025-06-09"},
				{typ: "CONSULT", mode: "meet", actors: []string{"country:IDN", "country:MYS"}, date: "2023"},
			},
		},
	})
}

// TestClausesAndTimeAnaphora covers a list of examples after the signed texts
// ("including one between X and Y"), a relative clause on the subject before
// the trigger ("Albanese, who arrived on March 25, held talks"), and times
// that point back ("that same month", "in March that year", "bulan yang sama").
func TestClausesAndTimeAnaphora(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "en including one between two others: the leaders signed",
			doc: "Xi Jinping held talks with Vladimir Putin in Moscow on May 8, 2025. " +
				"Following the talks, the two sides signed 11 memorandums, including one between Japan and Australia on shipping.",
			times: []tm{{"May 8, 2025", "2025-05-08", ""}},
			want: []want{
				{typ: "CONSULT", mode: "meet", date: "2025-05-08"},
				{typ: "AGREE", mode: "sign", actors: []string{"person:xi-jinping", "person:vladimir-putin"}, absent: []string{"country:JPN", "country:AUS"}, date: "2025-05-08"},
			},
		},
		{
			name: "id termasuk: the examples are not the signatories",
			doc: "Prabowo Subianto mengadakan pembicaraan dengan Anwar Ibrahim pada Selasa (10/6). " +
				"Usai pembicaraan, kedua pemimpin menyaksikan penandatanganan 18 dokumen, termasuk perjanjian antara Jepang dan Australia.",
			times: []tm{{"Selasa (10/6)", "2025-06-10", ""}},
			want: []want{
				{typ: "CONSULT", mode: "meet", date: "2025-06-10"},
				{typ: "AGREE", mode: "sign", actors: []string{"person:prabowo-subianto", "person:anwar-ibrahim"}, absent: []string{"country:JPN", "country:AUS"}, date: "2025-06-10"},
			},
		},
		{
			name: "en a relative clause on the subject keeps its date",
			doc: "Japan and Australia signed a defence agreement on March 26, 2026. " +
				"Prabowo Subianto, who arrived in Tokyo on March 25, 2026, held talks with Anwar Ibrahim.",
			times: []tm{{"March 26, 2026", "2026-03-26", ""}, {"March 25, 2026", "2026-03-25", ""}},
			want: []want{
				{typ: "AGREE", mode: "sign", date: "2026-03-26"},
				{typ: "CONSULT", mode: "visit", date: "2026-03-25"},
				{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "person:anwar-ibrahim"}, date: "2026-03-26"},
			},
		},
		{
			name:      "en that same month",
			doc:       "Prabowo Subianto, who took office in October, spoke with Anwar Ibrahim by phone that same month.",
			times:     []tm{{"October", "2024-10", ""}},
			published: "2025-11-01",
			want:      []want{{typ: "CONSULT", mode: "phone", date: "2024-10"}},
		},
		{
			name: "en a month that year takes the year named before",
			doc: "Xi Jinping travelled to Moscow in January 2025. " +
				"Xi and Vladimir Putin also spoke by phone in March that year.",
			times:     []tm{{"January 2025", "2025-01", ""}, {"March", "2026-03", ""}},
			published: "2026-10-29",
			want: []want{
				{typ: "CONSULT", mode: "visit", date: "2025-01"},
				{typ: "CONSULT", mode: "phone", date: "2025-03"},
			},
		},
		{
			name: "id bulan yang sama",
			doc: "Prabowo Subianto dilantik pada Oktober 2024. " +
				"Ia berbicara melalui telepon dengan Anwar Ibrahim pada bulan yang sama.",
			times: []tm{{"Oktober 2024", "2024-10", ""}},
			want:  []want{{typ: "CONSULT", mode: "phone", date: "2024-10"}},
		},
	})
}

// TestDayShift covers an event dated a day before or after the one just
// reported by an opening adverbial, and the same words inside a clause, which
// date something else.
func TestDayShift(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "en a day earlier",
			doc: "Xi Jinping held talks with Vladimir Putin in Moscow on May 8, 2025. " +
				"A day earlier, Xi held a phone call with Anwar Ibrahim.",
			times: []tm{{"May 8, 2025", "2025-05-08", ""}},
			want: []want{
				{typ: "CONSULT", mode: "meet", date: "2025-05-08"},
				{typ: "CONSULT", mode: "phone", actors: []string{"person:xi-jinping", "person:anwar-ibrahim"}, date: "2025-05-07"},
			},
		},
		{
			name: "id keesokan harinya",
			doc: "Prabowo Subianto bertemu Anwar Ibrahim di Kuala Lumpur pada Selasa (10/6). " +
				"Keesokan harinya, Prabowo bertemu Xi Jinping di Beijing.",
			times: []tm{{"Selasa (10/6)", "2025-06-10", ""}},
			want: []want{
				{typ: "CONSULT", mode: "meet", date: "2025-06-10"},
				{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "person:xi-jinping"}, date: "2025-06-11"},
			},
		},
		{
			name: "en a day earlier inside a relative clause does not shift the meeting",
			doc: "Japan and Australia signed a defence agreement on March 4, 2026. " +
				"Prabowo Subianto, who arrived in Tokyo a day earlier for a visit, sat down with Anwar Ibrahim.",
			times: []tm{{"March 4, 2026", "2026-03-04", ""}},
			want: []want{
				{typ: "AGREE", mode: "sign", date: "2026-03-04"},
				{typ: "CONSULT", mode: "visit", date: "2026-03-04"},
				{typ: "CONSULT", mode: "meet", date: "2026-03-04"},
			},
		},
	})
}

// TestDayAfterClauseAndSubject covers a clause "sehari setelah ... " / "a day
// after ..." (its event was the day before the main clause's time), the first
// of two pair anaphors as the subject ("kedua pemimpin menyaksikan ... yang
// diteken kedua menteri": the leaders), and one meeting of the same two
// people on one day reported with two places.
func TestDayAfterClauseAndSubject(t *testing.T) {
	runConstructions(t, []construction{
		{
			name:  "id sehari setelah keduanya menggelar pertemuan",
			doc:   "Pernyataan bersama diadopsi Prabowo Subianto dan Anwar Ibrahim di Jakarta, Rabu (21/10), sehari setelah keduanya menggelar pertemuan bilateral.",
			times: []tm{{"Rabu (21/10)", "2026-10-21", ""}},
			want: []want{
				{typ: "AGREE", mode: "sign", date: "2026-10-21"},
				{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "person:anwar-ibrahim"}, date: "2026-10-20"},
			},
		},
		{
			name:  "en a day before the talks",
			doc:   "Vladimir Putin arrived in Beijing on March 3, 2025, a day before he held talks with Xi Jinping.",
			times: []tm{{"March 3, 2025", "2025-03-03", ""}},
			want: []want{
				{typ: "CONSULT", mode: "visit", date: "2025-03-03"},
				{typ: "CONSULT", mode: "meet", actors: []string{"person:vladimir-putin", "person:xi-jinping"}, date: "2025-03-04"},
			},
		},
		{
			name: "id kedua pemimpin witness what kedua menteri sign: the leaders",
			doc: "Menteri Sugiono bertemu Menteri Penny Wong di Jakarta. " +
				"Prabowo Subianto bertemu Anwar Ibrahim di Kuala Lumpur pada Juni lalu. " +
				"Saat itu kedua pemimpin menyaksikan penandatanganan perjanjian pertahanan yang diteken kedua menteri pertahanan.",
			times: []tm{{"Juni lalu", "2025-06", ""}},
			want: []want{
				{typ: "CONSULT", mode: "meet", actors: []string{"person:sugiono", "person:penny-wong"}},
				{typ: "CONSULT", mode: "meet", date: "2025-06"},
				{typ: "AGREE", mode: "sign", actors: []string{"person:prabowo-subianto", "person:anwar-ibrahim"}, absent: []string{"person:penny-wong"}, date: "2025-06"},
			},
		},
		{
			name: "id one meeting of two people on one day, with two places",
			doc: "Prabowo Subianto menggelar pertemuan bilateral dengan Anwar Ibrahim di Kuala Lumpur, Selasa (20/10). " +
				"Pada Selasa, 20 Oktober, Prabowo dan Anwar bertemu empat mata di Jakarta.",
			times: []tm{{"Selasa (20/10)", "2026-10-20", ""}, {"Selasa, 20 Oktober", "2026-10-20", ""}},
			want:  []want{{typ: "CONSULT", mode: "meet", date: "2026-10-20"}},
		},
	})
}

// TestFrontedAfterClause covers a trigger in a sentence-initial clause of
// after: the time of the main clause is not its time, so it takes the day of
// the visit it belongs to.
func TestFrontedAfterClause(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "en after speaking with, the main clause's day is another's",
			doc: "Anwar Ibrahim arrived in Jakarta on Monday. " +
				"After speaking with Prabowo in Jakarta, Anwar Ibrahim flies home on Thursday.",
			times:     []tm{{"Monday", "2025-05-26", ""}, {"Thursday", "2025-05-29", ""}},
			published: "2025-05-26",
			want: []want{
				{typ: "CONSULT", mode: "visit", date: "2025-05-26"},
				{typ: "CONSULT", mode: "meet", actors: []string{"person:prabowo-subianto", "person:anwar-ibrahim"}, date: "2025-05-26"},
			},
		},
		{
			name:  "id a time inside the fronted clause is its own",
			doc:   "Setelah bertemu Prabowo di Jakarta pada Senin, Anwar Ibrahim terbang pulang pada Kamis.",
			times: []tm{{"Senin", "2025-05-26", ""}, {"Kamis", "2025-05-29", ""}},
			want:  []want{{typ: "CONSULT", mode: "meet", date: "2025-05-26"}},
		},
	})
}

// TestLaterClauseTime covers a time in a later clause joined by a comma and a
// conjunction: it is that clause's, so the summit takes the story's earlier
// summit date rather than the election's.
func TestLaterClauseTime(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "en as-clause time is another event's",
			doc: "The ASEAN Summit opened in Kuala Lumpur on Monday. " +
				"Prabowo Subianto is expected at the ASEAN Summit as a guest, as Anwar Ibrahim faces a vote in Malaysia on May 30.",
			times:     []tm{{"Monday", "2025-05-26", ""}, {"May 30", "2025-05-30", ""}},
			published: "2025-05-26",
			want:      []want{{typ: "CONSULT", mode: "multilateral", date: "2025-05-26"}},
		},
		{
			name:  "id a list joined by dan keeps its time",
			doc:   "Perjanjian itu diteken oleh Prabowo, yang saat itu menjabat Menteri Pertahanan, dan Anwar Ibrahim di Kuala Lumpur pada 29 Agustus 2024.",
			times: []tm{{"29 Agustus 2024", "2024-08-29", ""}},
			want:  []want{{typ: "AGREE", mode: "sign", date: "2024-08-29"}},
		},
	})
}

// TestUntilAndPlaceClause covers a lasting event held until a day (that day is
// one of its days, while a meeting "by Friday" is only bounded), and a relative
// clause on a place whose time is another event's.
func TestUntilAndPlaceClause(t *testing.T) {
	runConstructions(t, []construction{
		{
			name:      "id a summit held until Monday took place that day",
			doc:       "KTT ASEAN diadakan di Kuala Lumpur hingga Senin (26/5).",
			times:     []tm{{"Senin (26/5)", "2025-05-26", ""}},
			published: "2025-06-10",
			want:      []want{{typ: "CONSULT", mode: "multilateral", date: "2025-05-26"}},
		},
		{
			name: "id talks in a city, where the guest arrived the day before",
			doc: "Anwar Ibrahim tiba di Jakarta pada Minggu (25/5). " +
				"Pembicaraan antara Prabowo dan Anwar Ibrahim berlangsung pada Senin (26/5). " +
				"Pembicaraan antara Prabowo dan Anwar Ibrahim berlangsung di Jakarta, tempat Anwar Ibrahim tiba pada Minggu (25/5/2025).",
			times: []tm{{"Minggu (25/5)", "2025-05-25", ""}, {"Senin (26/5)", "2025-05-26", ""}, {"Minggu (25/5/2025)", "2025-05-25", ""}},
			want: []want{
				{typ: "CONSULT", mode: "visit", date: "2025-05-25"},
				{typ: "CONSULT", mode: "meet", date: "2025-05-26"},
			},
		},
	})
}

// TestDefiniteTalksWithTheirTime covers "the talks" with a time of their own
// ("during the talks in Canberra from June 2 to 4"): a report of the talks,
// while a bare "the talks" stays a topic or reference.
func TestDefiniteTalksWithTheirTime(t *testing.T) {
	runConstructions(t, []construction{
		{
			name: "en the talks in a city from a day to a day",
			doc: "Sugiono headed Indonesia's team and Penny Wong headed Australia's " +
				"during the talks in Canberra from June 2 to 4.",
			times:     []tm{{"June 2 to 4", "2025-06-02", "2025-06-04"}},
			published: "2025-06-05",
			want:      []want{{typ: "CONSULT", mode: "meet", actors: []string{"person:sugiono", "person:penny-wong"}, date: "2025-06-02"}},
		},
		{
			name:      "en the talks without a time are none",
			doc:       "Sugiono and Penny Wong praised the talks.",
			published: "2025-03-11",
		},
	})
}

// TestAheadOfAnEvent covers a meeting "ahead of a summit on Tuesday": the
// Tuesday is the summit's, so the meeting is not dated by it (here it falls
// back to the publication date).
func TestAheadOfAnEvent(t *testing.T) {
	runConstructions(t, []construction{
		{
			name:      "en met ahead of a summit on Tuesday",
			doc:       "Prabowo and Anwar Ibrahim met in Jakarta ahead of an ASEAN summit on Tuesday.",
			times:     []tm{{"Tuesday", "2025-05-27", ""}},
			published: "2025-06-10",
			want: []want{
				{typ: "CONSULT", mode: "meet", date: "2025-06-10"},
				{typ: "CONSULT", mode: "multilateral", date: "2025-05-27"},
			},
		},
	})
}

// TestTravelInAPlaceClause covers travel verbs in a relative clause on a place
// ("Hanoi, where Anwar travelled on Sunday"): a visit to that place, while the
// same verb without a destination or a place clause reports nothing.
func TestTravelInAPlaceClause(t *testing.T) {
	runConstructions(t, []construction{
		{
			name:  "en X, where the leader travelled on a day",
			doc:   "The talks took place in Hanoi, where Anwar Ibrahim travelled on Sunday on his second trip abroad this year.",
			times: []tm{{"Sunday", "2025-07-06", ""}},
			want:  []want{{typ: "CONSULT", mode: "visit", actors: []string{"person:anwar-ibrahim", "country:VNM"}, date: "2025-07-06", place: "Hanoi"}},
		},
		{
			name:  "id X, tempat Y terbang",
			doc:   "Pembicaraan berlangsung di Tokyo, tempat Prabowo terbang pada Minggu (6/7/2025).",
			times: []tm{{"Minggu (6/7/2025)", "2025-07-06", ""}},
			want:  []want{{typ: "CONSULT", mode: "visit", actors: []string{"person:prabowo-subianto", "country:JPN"}, date: "2025-07-06", place: "Tokyo"}},
		},
		{
			name:  "en travelled with no place clause is none",
			doc:   "Anwar Ibrahim travelled on Sunday.",
			times: []tm{{"Sunday", "2025-07-06", ""}},
		},
	})
}
