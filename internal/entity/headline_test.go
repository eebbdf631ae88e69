package entity

import (
	"strings"
	"testing"

	"kronik/internal/text"
)

// TestCapsCredits: credit lines in capitals name persons.
func TestCapsCredits(t *testing.T) {
	r := newRecognizer(t, nil)
	for _, tc := range []struct{ text, want string }{
		{"Kedua menteri bertemu di Jakarta.\n\nRINA WULANDARI | BAGUS PRATAMA", "RINA WULANDARI"},
		{"JOHN DOE, Asia Ledger staff writer\n\nThe ministers met in Manila on Monday.", "JOHN DOE"},
	} {
		ents := r.Recognize(tc.text, text.Split(tc.text), "id")
		found := false
		for _, e := range ents {
			for _, m := range e.Mentions {
				if m.Text == tc.want && e.Type == "PERSON" {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("%q: no PERSON %q in %+v", tc.text, tc.want, ents)
		}
	}
}

// TestHeadlineVerb: a title-case headline's verb after a name is not part of it.
func TestHeadlineVerb(t *testing.T) {
	r := newRecognizer(t, nil)
	txt := "Prabowo dan Anwar Sepakati Percepatan Perundingan\n\nPresiden Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar Ibrahim di Jakarta."
	for _, e := range r.Recognize(txt, text.Split(txt), "id") {
		for _, m := range e.Mentions {
			if strings.Contains(m.Text, "Sepakati") {
				t.Errorf("%s %q takes in the headline's verb", e.Type, m.Text)
			}
		}
	}
}

// TestHeadlineTaggerNames: a tagged name in a title-case headline counts only
// when the body names it again.
func TestHeadlineTaggerNames(t *testing.T) {
	tagger := fakeTagger{"Rupee-Rubel": "B-PERSON", "Pembayaran": "B-PERSON"}
	r := newRecognizer(t, tagger)
	txt := "Menteri Bahas Pembayaran Rupee-Rubel\n\nKedua menteri membahas pembayaran dengan mata uang nasional di Jakarta."
	for _, e := range r.Recognize(txt, text.Split(txt), "id") {
		if e.Type == "PERSON" {
			t.Errorf("headline words taken for a person: %+v", e)
		}
	}
}

// TestHeadlineVerbBelowMasthead: a title-case headline under a masthead line
// capitalises its verb too ("Kim Oversee"); the verb is no part of the name,
// so the short form joins the full name met in the body; a name closing a
// credit line stays whole.
func TestHeadlineVerbBelowMasthead(t *testing.T) {
	r := newRecognizer(t, fakeTagger{"Kim": "B-PERSON", "Oversee": "I-PERSON", "Dongwoo": "I-PERSON"})
	doc := "Warta Dunia\n\nSato, Kim Oversee New Port Deal\n\nEditor: Rina Wulandari\n\n" +
		"TOKYO - South Korean President Kim Dongwoo arrived on Monday. Kim said the port deal was ready. Kim met the press."
	got := summary(recognize(t, r, doc, "en"))
	if _, ok := got["person:kim-oversee"]; ok {
		t.Errorf("the headline's verb was taken into a name: %v", got)
	}
	if !strings.Contains(got["person:kim-dongwoo"], "Kim|") {
		t.Errorf("the short form did not join the full name: %v", got)
	}
}

// TestHeadlineTitleNotAName: in a title-case headline under a masthead, the
// capitalised words after a title are a name only if the body writes the
// first of them again; a byline's name stays.
func TestHeadlineTitleNotAName(t *testing.T) {
	r := newRecognizer(t, nil)
	doc := "Warta Dunia\n\nOleh: Sari Lestari\n\nMenlu ASEAN Sahkan Deklarasi Bersama di Manila\n\n" +
		"MANILA - Para menteri luar negeri ASEAN mengesahkan Deklarasi Bersama pada Kamis. " +
		"Menteri Luar Negeri Budi Santoso hadir dalam pertemuan itu."
	got := summary(recognize(t, r, doc, "id"))
	for id := range got {
		if strings.HasPrefix(id, "person:sahkan") {
			t.Errorf("a headline's verb and object taken for a person: %s (all: %v)", id, got)
		}
	}
	for _, id := range []string{"person:sari-lestari", "person:budi-santoso"} {
		if _, ok := got[id]; !ok {
			t.Errorf("%s not found (all: %v)", id, got)
		}
	}
}

// TestBylines: a line of a name alone between the headline and the story is
// the reporter (alone, one of several ending in a comma, or followed by a
// dash and the outlet); a short title-case line naming the story's people is
// not; "By Jane Doe" opening the page is a byline too.
func TestBylines(t *testing.T) {
	const story = "Menteri Luar Negeri Budi Santoso bertemu Menteri Luar Negeri Malaysia di Jakarta pada Senin untuk membahas perbatasan."
	tests := []struct {
		name, doc string
		want      map[string]string
		absent    []string
	}{
		{"name and outlet", "Perundingan Perbatasan Dilanjutkan\n\nRina Wulandari - wartaKita\n\n" + story,
			map[string]string{"person:rina-wulandari": "PERSON Rina Wulandari", "org:wartakita": "ORG wartaKita"}, nil},
		{"several authors", "Perundingan Perbatasan Dilanjutkan\n\nHendra Gunawan,\nSari Lestari\n\nTim Redaksi\n\n" + story,
			map[string]string{"person:hendra-gunawan": "PERSON Hendra Gunawan", "person:sari-lestari": "PERSON Sari Lestari"},
			[]string{"person:tim-redaksi"}},
		{"a name alone", "Perundingan Perbatasan Dilanjutkan\n\nYoga Pratama\n\n" + story,
			map[string]string{"person:yoga-pratama": "PERSON Yoga Pratama"}, nil},
		{"a short headline naming the story's people", "Warta Kita\n\nBudi Santoso Bertemu\n\n" + story,
			nil, []string{"person:budi-santoso-bertemu"}},
		{"By opening the page", "By Dewi Anggraini\n\n" + story,
			map[string]string{"person:dewi-anggraini": "PERSON Dewi Anggraini"}, nil},
		{"below the story's first sentence", "Perundingan Perbatasan Dilanjutkan\n\n" + story + "\n\nYoga Pratama\n\nKedua menteri sepakat.",
			nil, []string{"person:yoga-pratama"}},
	}
	r := newRecognizer(t, nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summary(recognize(t, r, tt.doc, "id"))
			expectEntities(t, tt.doc, got, tt.want, tt.absent)
		})
	}
}

// TestOutletsByAddress: news sites named by their web address, in a lede
// after the dateline, before a bracketed dateline below a photo caption, or
// in running text, are organisations.
func TestOutletsByAddress(t *testing.T) {
	const caption = "Presiden menerima kedatangan para pemimpin negara di Labuan Bajo pada Selasa pagi."
	tests := []struct {
		name, text, lang, want string
	}{
		{"in running text", "Trade grew by a tenth last year, Kabarkota.kz reports.", "en", "org:kabarkotakz"},
		{"after the dateline of a lede below the headline",
			"Pemimpin Bertemu di Jakarta\n\nFoto: dokumentasi\n\nBaca juga: berita lain\n\nJakarta, Wartaku.id - Presiden menerima tamunya di Jakarta pada Senin.", "id", "org:wartakuid"},
		{"before a bracketed dateline below a caption",
			"Pemimpin Bertemu di Labuan Bajo\n\n" + caption + "\n\nWartaku.ID (Jakarta) - Presiden menerima tamunya pada Senin.", "id", "org:wartakuid"},
	}
	r := newRecognizer(t, nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summary(recognize(t, r, tt.text, tt.lang))
			if !strings.HasPrefix(got[tt.want], "ORG ") {
				t.Errorf("%s not found as an organisation: %v", tt.want, got)
			}
		})
	}
}

// TestNameAloneOnALine: a name the tagger finds alone on its line (a
// reporter's name under the share buttons) is a person; a heading the
// tagger finds alone on its line is not.
func TestNameAloneOnALine(t *testing.T) {
	r := newRecognizer(t, fakeTagger{"Yoga": "B-PERSON", "Pratama": "I-PERSON", "Pertukaran": "B-PERSON", "Antarwarga": "I-PERSON"})
	txt := "Kedua menteri bertemu di Jakarta pada Senin untuk membahas kerja sama.\n\nBagikan\n\nYoga Pratama\n\nBerita Terkait\n\n4. Pertukaran Antarwarga"
	expectEntities(t, txt, summary(recognize(t, r, txt, "id")), map[string]string{"person:yoga-pratama": "PERSON Yoga Pratama"}, []string{"person:pertukaran-antarwarga"})
}
