package event

import "testing"

// TestVerbForm: a word is a verb by its form when an Indonesian verbal
// prefix stands in a shape the language allows, or an English -ing form;
// loanwords and adjectives whose first letters only look like a prefix, and
// an English text's words, are not.
func TestVerbForm(t *testing.T) {
	id, en := &sentenceView{}, &sentenceView{english: true}
	tests := []struct {
		v    *sentenceView
		w    string
		want bool
	}{
		// Indonesian verbs of every prefix and nasal
		{id, "dilantik", true}, {id, "menghadiri", true}, {id, "membahas", true}, {id, "menyampaikan", true},
		{id, "meminta", true}, {id, "melawat", true}, {id, "mendukung", true}, {id, "bertemu", true},
		{id, "berpartisipasi", true}, {id, "terjadi", true}, {id, "ditandatangani", true},
		{id, "diproklamasikan", true}, {id, "dibahasnya", true},
		// "me" before a sound that takes a nasal: a loanword
		{id, "meteorologi", false}, {id, "media", false}, {id, "mekanisme", false}, {id, "metode", false},
		{id, "megaproyek", false},
		// a root of one syllable
		{id, "dingin", false}, {id, "dirinya", false},
		// a root opening with two consonants: a loanword
		{id, "diplomasi", false}, {id, "diplomatik", false}, {id, "distrik", false}, {id, "diskusi", false},
		{id, "dirgantara", false},
		// adjectives and loanwords the shape cannot tell
		{id, "bersama", false}, {id, "terbuka", false}, {id, "digital", false}, {id, "teritorial", false},
		// English: -ing forms only
		{en, "attending", true}, {en, "being", true}, {en, "memorandum", false}, {en, "director", false},
		{en, "diplomatic", false}, {en, "territory", false}, {en, "members", false},
		{en, "training", false}, {en, "understanding", false},
	}
	for _, tt := range tests {
		if got := verbForm(tt.v, tt.w); got != tt.want {
			t.Errorf("verbForm(english=%v, %q) = %v, want %v", tt.v.english, tt.w, got, tt.want)
		}
	}
}

// TestVisitDays: the length a sentence gives a visit, in English and
// Indonesian; a length of something else is none.
func TestVisitDays(t *testing.T) {
	tests := []struct {
		words []string
		want  int
	}{
		{[]string{"arrived", "on", "monday", "for", "a", "four-day", "official", "visit", "."}, 4},
		{[]string{"a", "3-day", "trip"}, 3},
		{[]string{"untuk", "kunjungan", "kenegaraan", "selama", "tiga", "hari", "."}, 3},
		{[]string{"lawatan", "dua", "hari"}, 2},
		{[]string{"a", "two-day", "summit", "opened"}, 0},
		{[]string{"kunjungan", "itu", "berlangsung", "pada", "hari", "senin"}, 0},
	}
	for _, tt := range tests {
		if got := visitDays(&sentenceView{low: tt.words}); got != tt.want {
			t.Errorf("visitDays(%q) = %d, want %d", tt.words, got, tt.want)
		}
	}
}
