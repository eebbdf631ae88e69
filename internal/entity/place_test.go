package entity

import "testing"

// TestVenues: buildings and venues are places, named from their head word
// (Indonesian, before the name) or tail word (English, after it); the known
// place inside names where they stand and is no mention of its own; a
// building described only by whose it is is no name.
func TestVenues(t *testing.T) {
	tests := []struct {
		text, lang string
		want       map[string]string
		absent     []string
	}{
		{"Kedua menteri bertemu di Hotel Mulia Senayan, Jakarta, pada Senin.", "id",
			map[string]string{"place:hotel-mulia-senayan": "PLACE Hotel Mulia Senayan", "place:jakarta": "PLACE Jakarta"}, nil},
		{"Presiden menerima tamunya di Istana Kepresidenan Yogyakarta pada Senin.", "id",
			map[string]string{"place:istana-kepresidenan-yogyakarta": "PLACE Istana Kepresidenan Yogyakarta"}, []string{"place:yogyakarta"}},
		{"Presiden menerima tamunya di Istana Kepresidenan Bogor. Tamu itu tiba di Istana Bogor pukul 10.00.", "id",
			map[string]string{"place:istana-bogor": "PLACE Istana Kepresidenan Bogor|Istana Bogor"}, []string{"place:istana-kepresidenan-bogor"}},
		{"Para pemimpin berjalan di Kebun Raya Purwodadi setelah makan siang.", "id",
			map[string]string{"place:kebun-raya-purwodadi": "PLACE Kebun Raya Purwodadi"}, nil},
		{"The leaders met at the Surabaya Convention Center on Monday.", "en",
			map[string]string{"place:surabaya-convention-center": "PLACE Surabaya Convention Center"}, []string{"place:surabaya"}},
		{"Xi hosted a banquet at the Great Hall of the People in Beijing.", "en",
			map[string]string{"place:great-hall-of-the-people": "PLACE Great Hall of the People", "place:beijing": "PLACE Beijing"}, nil},
		{"The two leaders held talks at the Presidential Palace on Tuesday.", "en",
			nil, []string{"place:presidential-palace"}},
		{"Kedua pemimpin berbincang di Istana Presiden usai upacara.", "id",
			nil, []string{"place:istana-presiden"}},
		{"Kedua presiden bertemu di Istana Kepresidenan Vietnam di Hanoi.", "id",
			map[string]string{"country:VNM": "COUNTRY Vietnam", "place:hanoi": "PLACE Hanoi"}, []string{"place:istana-kepresidenan-vietnam"}},
	}
	r := newRecognizer(t, nil)
	for _, tt := range tests {
		expectEntities(t, tt.text, summary(recognize(t, r, tt.text, tt.lang)), tt.want, tt.absent)
	}
}

// TestSeatsOfGovernment: a seat of government the news names for the
// government ("the Kremlin said") is an organisation.
func TestSeatsOfGovernment(t *testing.T) {
	r := newRecognizer(t, nil)
	txt := "Juru bicara Kremlin mengatakan pertemuan itu penting. The Kremlin said the talks went well."
	expectEntities(t, txt, summary(recognize(t, r, txt, "id")), map[string]string{"org:kremlin": "ORG Kremlin|Kremlin"}, []string{"place:kremlin"})
}

// TestLowerCaseSeas: Indonesian writes seas with a lower-case head ("laut
// China Selatan"); the sea is the knowledge base's, and the state or island
// inside its name is no mention of its own.
func TestLowerCaseSeas(t *testing.T) {
	r := newRecognizer(t, nil)
	for _, tc := range []struct {
		text, want, absent string
	}{
		{"Kedua pemimpin membahas situasi di laut China Selatan.", "place:laut-china-selatan", "country:CHN"},
		{"Patroli bersama digelar di laut Sulawesi sejak Senin.", "place:laut-sulawesi", "place:sulawesi"},
	} {
		expectEntities(t, tc.text, summary(recognize(t, r, tc.text, "id")), nil, []string{tc.absent})
		if _, ok := summary(recognize(t, r, tc.text, "id"))[tc.want]; !ok {
			t.Errorf("%q: %s not found", tc.text, tc.want)
		}
	}
}

// TestSeatAsBuilding: after a place's preposition a seat of government (the
// knowledge base's seat-of) is the building, elsewhere the government.
func TestSeatAsBuilding(t *testing.T) {
	r := newRecognizer(t, nil)
	for _, tc := range []struct {
		lang, text string
		want       map[string]string
		absent     []string
	}{
		{"id", "Kedua pemimpin mengadakan pembicaraan di Kremlin pada Selasa.",
			map[string]string{"place:kremlin": "PLACE Kremlin"}, []string{"org:kremlin"}},
		{"en", "The two leaders held talks at the Elysee on Tuesday.",
			map[string]string{"place:elysee": "PLACE Elysee"}, []string{"org:elysee"}},
		{"en", "The White House said on Monday that the visit would go ahead.",
			map[string]string{"org:white-house": "ORG White House"}, []string{"place:white-house"}},
		{"en", "The two presidents met at the White House on Monday.",
			map[string]string{"place:white-house": "PLACE White House"}, []string{"org:white-house"}},
		{"id", "Juru bicara Gedung Putih menyatakan kunjungan itu tetap berlangsung.",
			map[string]string{"org:white-house": "ORG Gedung Putih"}, nil},
		{"id", "Hingga Senin malam, pihak Cheong Wa Dae belum memberikan tanggapan.",
			map[string]string{"org:cheong-wa-dae": "ORG Cheong Wa Dae"}, []string{"person:cheong-wa-dae"}},
		{"id", "Kedua pemimpin makan malam bersama di Cheong Wa Dae pada Kamis.",
			map[string]string{"place:cheong-wa-dae": "PLACE Cheong Wa Dae"}, []string{"org:cheong-wa-dae", "person:cheong-wa-dae"}},
		{"en", "Number 10 said the prime minister would call the chancellor later.",
			map[string]string{"org:downing-street": "ORG Number 10"}, nil},
		{"id", "Kedua menteri bertemu di kantor perdana menteri (Kantei) pada Senin sore.",
			map[string]string{"place:kantei": "PLACE Kantei"}, []string{"org:kantei"}},
		{"en", "The leaders met at the presidential office (Cheong Wa Dae) on Thursday.",
			map[string]string{"place:cheong-wa-dae": "PLACE Cheong Wa Dae"}, []string{"org:cheong-wa-dae"}},
		{"en", "Officials of the prime minister's office (Kantei) said the visit would go ahead.",
			map[string]string{"org:kantei": "ORG Kantei"}, []string{"place:kantei"}},
		{"en", "Officials at the Kantei declined to comment on the report.",
			map[string]string{"place:kantei": "PLACE Kantei"}, []string{"org:kantei"}},
	} {
		ents := recognize(t, r, tc.text, tc.lang)
		expectEntities(t, tc.text, summary(ents), tc.want, tc.absent)
		for _, e := range ents {
			if _, ok := tc.want[e.ID]; ok && e.Country == "" {
				t.Errorf("%q: %s has no state", tc.text, e.ID)
			}
		}
	}
}
