package entity

import (
	"strings"
	"testing"
)

// TestKnownNameAfterDemonym covers a known organisation named after its
// state's demonym or name ("US Central Intelligence Agency", "Badan Intelijen
// Pusat AS") where the tagger takes the whole phrase as one organisation: the
// state and the known organisation are the mentions, and no rule name begins
// inside the known one ("Intelligence Agency", "Pusat AS").
func TestKnownNameAfterDemonym(t *testing.T) {
	tagged := fakeTagger{
		"US": "B-ORG", "Central": "I-ORG", "Intelligence": "I-ORG", "Agency": "I-ORG",
		"Badan": "B-ORG", "Intelijen": "I-ORG", "Pusat": "I-ORG", "AS": "I-ORG",
	}
	tests := []struct {
		name, lang, text string
		want             map[string]string
	}{
		{"en demonym first", "en",
			"Analysts said the US Central Intelligence Agency had warned lawmakers about the plan.",
			map[string]string{"country:USA": "COUNTRY US", "org:cia": "ORG Central Intelligence Agency"}},
		{"en after a title", "en",
			"Director of the US Central Intelligence Agency Amelia Hart flew to Cairo on Sunday.",
			map[string]string{"country:USA": "COUNTRY US", "org:cia": "ORG Central Intelligence Agency"}},
		{"id state after the name", "id",
			"Menurut para analis, Badan Intelijen Pusat AS telah memperingatkan para anggota parlemen tentang rencana itu.",
			map[string]string{"country:USA": "COUNTRY AS", "org:cia": "ORG Badan Intelijen Pusat"}},
		{"id after a title", "id",
			"Direktur Badan Intelijen Pusat AS tiba di Kairo pada Minggu untuk perundingan.",
			map[string]string{"country:USA": "COUNTRY AS", "org:cia": "ORG Badan Intelijen Pusat"}},
	}
	for _, tc := range tests {
		for _, tg := range []Tagger{nil, tagged} {
			r := newRecognizer(t, tg)
			got := summary(recognize(t, r, tc.text, tc.lang))
			for id, w := range tc.want {
				if got[id] != w {
					t.Errorf("%s (tagger %v): %s = %q, want %q (all: %v)", tc.name, tg != nil, id, got[id], w, got)
				}
			}
			for id, g := range got {
				if strings.HasPrefix(g, "ORG ") && tc.want[id] == "" {
					t.Errorf("%s (tagger %v): spurious organisation %s %q", tc.name, tg != nil, id, g)
				}
			}
		}
	}
}
