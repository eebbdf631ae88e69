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
