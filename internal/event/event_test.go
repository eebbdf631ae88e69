package event

import (
	"strings"
	"testing"

	"kronik/internal/record"
	"kronik/internal/text"
)

// ent describes a test entity; its mentions are found in the text by name.
type ent struct {
	id, typ, country string
	names            []string
}

// tm is a resolved time expression found in the text by its surface form.
type tm struct{ surface, value, end string }

var testEntities = []ent{
	{"country:IDN", "COUNTRY", "", []string{"Indonesia"}},
	{"country:MYS", "COUNTRY", "", []string{"Malaysia"}},
	{"country:SGP", "COUNTRY", "", []string{"Singapura"}},
	{"country:THA", "COUNTRY", "", []string{"Thailand"}},
	{"country:VNM", "COUNTRY", "", []string{"Vietnam"}},
	{"country:PHL", "COUNTRY", "", []string{"Filipina"}},
	{"country:JPN", "COUNTRY", "", []string{"Jepang", "Japan"}},
	{"country:KOR", "COUNTRY", "", []string{"Korea Selatan"}},
	{"country:AUS", "COUNTRY", "", []string{"Australia"}},
	{"country:CHN", "COUNTRY", "", []string{"China", "Chinese"}},
	{"country:RUS", "COUNTRY", "", []string{"Russia", "Russian"}},
	{"country:FRA", "COUNTRY", "", []string{"Prancis"}},
	{"country:BRA", "COUNTRY", "", []string{"Brasil"}},
	{"country:UKR", "COUNTRY", "", []string{"Ukraina"}},
	{"country:DEU", "COUNTRY", "", []string{"Jerman"}},
	{"person:prabowo-subianto", "PERSON", "country:IDN", []string{"Prabowo Subianto", "Prabowo"}},
	{"person:anwar-ibrahim", "PERSON", "country:MYS", []string{"Anwar Ibrahim", "Anwar"}},
	{"person:emmanuel-macron", "PERSON", "country:FRA", []string{"Emmanuel Macron", "Macron"}},
	{"person:xi-jinping", "PERSON", "country:CHN", []string{"Xi Jinping", "Xi"}},
	{"person:vladimir-putin", "PERSON", "country:RUS", []string{"Vladimir Putin", "Putin"}},
	{"person:volodymyr-zelensky", "PERSON", "country:UKR", []string{"Volodymyr Zelensky"}},
	{"person:friedrich-merz", "PERSON", "country:DEU", []string{"Friedrich Merz", "Merz"}},
	{"person:budi-santoso", "PERSON", "", []string{"Budi Santoso"}},
	{"place:kuala-lumpur", "PLACE", "country:MYS", []string{"Kuala Lumpur"}},
	{"place:hanoi", "PLACE", "country:VNM", []string{"Hanoi"}},
	{"place:tokyo", "PLACE", "country:JPN", []string{"Tokyo"}},
	{"place:moscow", "PLACE", "country:RUS", []string{"Moscow"}},
	{"place:jakarta", "PLACE", "country:IDN", []string{"Jakarta"}},
	{"place:istana-merdeka", "PLACE", "country:IDN", []string{"Istana Merdeka"}},
	{"place:jenewa", "PLACE", "", []string{"Jenewa"}},
	{"org:asean", "ORG", "", []string{"ASEAN"}},
	{"org:g20", "ORG", "", []string{"G20"}},
	{"country:USA", "COUNTRY", "", []string{"United States"}},
	{"person:sugiono", "PERSON", "country:IDN", []string{"Sugiono"}},
	{"person:penny-wong", "PERSON", "country:AUS", []string{"Penny Wong"}},
	{"person:retno-marsudi", "PERSON", "country:IDN", []string{"Retno Marsudi"}},
	{"place:beijing", "PLACE", "country:CHN", []string{"Beijing"}},
	{"place:rio", "PLACE", "country:BRA", []string{"Rio de Janeiro"}},
	{"person:li-qiang", "PERSON", "country:CHN", []string{"Li Qiang"}},
	{"person:to-lam", "PERSON", "country:VNM", []string{"To Lam", "Lam"}},
	{"person:pham-minh-chinh", "PERSON", "country:VNM", []string{"Pham Minh Chinh", "Chinh"}},
}

// input builds an event Input from a text written for the test: entities and
// times are located by their surface forms, as the earlier stages would.
func input(doc string, times []tm, published string) Input {
	in := Input{Text: doc, Lang: "id", Sentences: text.Split(doc), Published: published}
	taken := make([]bool, len(doc))
	for _, e := range testEntities {
		re := record.Entity{ID: e.id, Type: e.typ, Name: e.names[0], Country: e.country}
		for _, n := range e.names {
			for off := 0; ; {
				i := strings.Index(doc[off:], n)
				if i < 0 {
					break
				}
				s, t := off+i, off+i+len(n)
				off = t
				if taken[s] || (t < len(doc) && isWordByte(doc[t])) || (s > 0 && isWordByte(doc[s-1])) {
					continue
				}
				for k := s; k < t; k++ {
					taken[k] = true
				}
				re.Mentions = append(re.Mentions, record.Mention{Text: n, Start: s, End: t})
			}
		}
		if len(re.Mentions) > 0 {
			in.Entities = append(in.Entities, re)
		}
	}
	for _, x := range times {
		i := strings.Index(doc, x.surface)
		if i < 0 {
			panic("time not in text: " + x.surface)
		}
		in.Times = append(in.Times, record.Time{Text: x.surface, Start: i, End: i + len(x.surface), Value: x.value, EndValue: x.end, Kind: "date"})
	}
	return in
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// want is one expected event: type/mode, the actors that must be among its
// actors, its date and modality ("" = do not check).
type want struct {
	typ, mode string
	actors    []string
	date      string
	modality  string
	place     string
	document  string
	absent    []string // actors it must not have
}

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
			name: "id planned visit",
			doc:  "Presiden Brasil dijadwalkan akan mengunjungi Jepang bulan depan bersama Prabowo.",
			want: []want{{typ: "CONSULT", mode: "visit", actors: []string{"country:JPN"}, modality: "planned"}},
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
			name: "en planned visit",
			doc:  "Indonesian Foreign Minister Sugiono will visit Beijing next week.",
			want: []want{{typ: "CONSULT", mode: "visit", actors: []string{"person:sugiono", "country:CHN"}, modality: "planned", place: "Beijing"}},
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

// construction is one table row of the construction tests: a text written for
// the test and the CONSULT/AGREE events it must yield, in order.
type construction struct {
	name      string
	doc       string
	times     []tm
	published string
	want      []want
}

func runConstructions(t *testing.T, tests []construction) {
	t.Helper()
	x := New()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkEvents(t, x, input(tc.doc, tc.times, tc.published), tc.want)
		})
	}
}

// checkEvents extracts the events of in and compares the scored ones with want.
func checkEvents(t *testing.T, x *Extractor, in Input, wants []want) {
	t.Helper()
	got := scored(x.Extract(in))
	if len(got) != len(wants) {
		t.Fatalf("got %d CONSULT/AGREE events, want %d:\n%s", len(got), len(wants), dump(got))
	}
	for i, w := range wants {
		g := got[i]
		if g.Type != w.typ || g.Mode != w.mode {
			t.Errorf("event %d: %s/%s, want %s/%s", i, g.Type, g.Mode, w.typ, w.mode)
		}
		for _, a := range w.actors {
			if !contains(g.Actors, a) {
				t.Errorf("event %d: actors %v lack %s", i, g.Actors, a)
			}
		}
		for _, a := range w.absent {
			if contains(g.Actors, a) {
				t.Errorf("event %d: actors %v have %s", i, g.Actors, a)
			}
		}
		if w.date != "" && deref(g.Date) != w.date {
			t.Errorf("event %d: date %q, want %q", i, deref(g.Date), w.date)
		}
		if w.modality != "" && g.Modality != w.modality {
			t.Errorf("event %d: modality %q, want %q", i, g.Modality, w.modality)
		}
		if w.place != "" && deref(g.Place) != w.place {
			t.Errorf("event %d: place %q, want %q", i, deref(g.Place), w.place)
		}
		if w.document != "" && deref(g.Document) != w.document {
			t.Errorf("event %d: document %q, want %q", i, deref(g.Document), w.document)
		}
		if g.Evidence.Text != in.Text[g.Evidence.Start:g.Evidence.End] {
			t.Errorf("event %d: evidence does not match its offsets", i)
		}
	}
}

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
			doc: "Chinese President Xi Jinping arrived in Moscow on May 7, 2025. " +
				"Xi held talks with Russian President Vladimir Putin on May 8, 2025. " +
				"Following the talks, the two leaders signed a joint statement.",
			times: []tm{{"May 7, 2025", "2025-05-07", ""}, {"May 8, 2025", "2025-05-08", ""}},
			want: []want{
				{typ: "CONSULT", mode: "visit", date: "2025-05-07"},
				{typ: "CONSULT", mode: "meet", date: "2025-05-08"},
				{typ: "AGREE", mode: "sign", actors: []string{"person:xi-jinping", "person:vladimir-putin"}, date: "2025-05-08"},
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
			doc: "Xi Jinping held talks with Vladimir Putin in Moscow on May 8, 2025. " +
				"Xi arrived in Moscow on May 7, 2025. " +
				"Talks between the two leaders lasted three hours.",
			times: []tm{{"May 7, 2025", "2025-05-07", ""}, {"May 8, 2025", "2025-05-08", ""}},
			want: []want{
				{typ: "CONSULT", mode: "meet", date: "2025-05-08"},
				{typ: "CONSULT", mode: "visit", date: "2025-05-07"},
			},
		},
	})
}

func scored(evs []record.Event) []record.Event {
	var out []record.Event
	for _, e := range evs {
		if e.Type == "CONSULT" || e.Type == "AGREE" {
			out = append(out, e)
		}
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func dump(evs []record.Event) string {
	var b strings.Builder
	for _, e := range evs {
		b.WriteString(e.Type + "/" + e.Mode + " " + strings.Join(e.Actors, ",") + " " + deref(e.Date) + " [" + e.Trigger + "] " + e.Modality + "\n")
	}
	return b.String()
}

func TestDatesCompatible(t *testing.T) {
	tests := []struct {
		a, ae, b, be string
		slack        int
		want         bool
	}{
		{"2025-06-16", "", "2025-06-16", "", 0, true},
		{"2025-06-16", "", "2025-06-17", "", 0, false},
		{"2025-06-16", "", "2025-06-17", "", 1, true},
		{"2025-06", "", "2025-06-17", "", 0, true},
		{"2023", "", "2023-05", "", 0, true},
		{"2024-07-02", "2024-07-04", "2024-07-03", "", 0, true},
		{"2024-07-02", "2024-07-04", "2024-07-05", "", 0, false},
		{"", "", "2024-07-05", "", 0, true},
	}
	for _, tc := range tests {
		if got := DatesCompatible(tc.a, tc.ae, tc.b, tc.be, tc.slack); got != tc.want {
			t.Errorf("DatesCompatible(%q,%q,%q,%q,%d) = %v, want %v", tc.a, tc.ae, tc.b, tc.be, tc.slack, got, tc.want)
		}
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
			name: "id seharusnya is an opinion, and the analyst is no party",
			doc:  "Pengamat Budi Santoso, menilai Indonesia dan Australia seharusnya lebih sering menggelar dialog tingkat menteri.",
			want: []want{{typ: "CONSULT", mode: "meet", actors: []string{"country:IDN", "country:AUS"}, absent: []string{"person:budi-santoso"}, modality: "planned"}},
		},
		{
			name: "en should is an opinion",
			doc:  "Japan and Australia should hold talks more often.",
			want: []want{{typ: "CONSULT", mode: "meet", modality: "planned"}},
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
			doc:   "Xi Jinping arrived in Moscow on May 7, 2025, a day before he held talks with Vladimir Putin.",
			times: []tm{{"May 7, 2025", "2025-05-07", ""}},
			want: []want{
				{typ: "CONSULT", mode: "visit", date: "2025-05-07"},
				{typ: "CONSULT", mode: "meet", actors: []string{"person:xi-jinping", "person:vladimir-putin"}, date: "2025-05-08"},
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
			name: "en had hoped to sign is no signing",
			doc:  "Japan had hoped to sign a separate agreement on minerals with Australia.",
			want: []want{{typ: "AGREE", mode: "sign", modality: "planned"}},
		},
	})
}

// TestDatelineHost covers a visit that names no destination ("arrived in the
// Kingdom"): it is to the country of the story's dateline, unless the visitor
// is from there.
func TestDatelineHost(t *testing.T) {
	runConstructions(t, []construction{
		{
			name:  "en dateline city: the host of an unnamed destination",
			doc:   "Tokyo: Anwar Ibrahim arrived in the capital on Sunday for a three-day official visit.",
			times: []tm{{"Sunday", "2025-06-08", ""}},
			want:  []want{{typ: "CONSULT", mode: "visit", actors: []string{"person:anwar-ibrahim", "country:JPN"}, date: "2025-06-08"}},
		},
		{
			name:  "id dateline with outlet, visitor from elsewhere",
			doc:   "Jakarta (ANTARA) - Anwar Ibrahim tiba di ibu kota pada Minggu (8/6) untuk kunjungan resmi.",
			times: []tm{{"Minggu (8/6)", "2025-06-08", ""}},
			want:  []want{{typ: "CONSULT", mode: "visit", actors: []string{"person:anwar-ibrahim", "country:IDN"}, date: "2025-06-08"}},
		},
		{
			name: "id a visitor from the dateline's country has no host from it",
			doc:  "Jakarta - Prabowo Subianto melakukan kunjungan kerja ke daerah.",
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
			name: "id menerima undangan",
			doc:  "Presiden Prabowo Subianto menerima undangan Perdana Menteri Anwar Ibrahim untuk berkunjung.",
			want: []want{{typ: "CONSULT", mode: "visit", modality: "planned"}},
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
