package entity

import "testing"

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
