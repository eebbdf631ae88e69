package export

import (
	"strings"
	"testing"

	"kronik/internal/record"
)

// TestGDELTSides: one GDELT actor per state; a leader is folded into their
// state's side with the GOV role, and the other state is Actor2.
func TestGDELTSides(t *testing.T) {
	office := []record.Role{{Title: "Presiden"}}
	ents := []record.Entity{
		{ID: "country:IDN", Type: "COUNTRY", Name: "Indonesia", Code: "IDN"},
		{ID: "country:MYS", Type: "COUNTRY", Name: "Malaysia", Code: "MYS"},
		{ID: "country:PHL", Type: "COUNTRY", Name: "Philippines", Code: "PHL"},
		{ID: "person:marcos", Type: "PERSON", Name: "Ferdinand Marcos Jr.", Country: "country:PHL", Roles: office},
		{ID: "person:prabowo", Type: "PERSON", Name: "Prabowo Subianto", Country: "country:IDN", Roles: office},
		{ID: "person:anwar", Type: "PERSON", Name: "Anwar Ibrahim", Country: "country:MYS", Roles: office},
		// Named without their state anywhere in the text.
		{ID: "person:macron", Type: "PERSON", Name: "Emmanuel Macron", Country: "country:FRA", Roles: office},
	}
	tests := []struct {
		name   string
		actors []string
		want   []string // "CODE NAME" per side
	}{
		{"state and its leader, then the counterpart", []string{"country:PHL", "person:marcos", "country:IDN"},
			[]string{"PHLGOV FERDINAND MARCOS JR.", "IDN INDONESIA"}},
		{"two leaders with their states", []string{"country:IDN", "person:prabowo", "person:anwar", "country:MYS"},
			[]string{"IDNGOV PRABOWO SUBIANTO", "MYSGOV ANWAR IBRAHIM"}},
		{"leader first", []string{"person:prabowo", "country:IDN", "country:MYS"},
			[]string{"IDNGOV PRABOWO SUBIANTO", "MYS MALAYSIA"}},
		{"a state with no entity in the record", []string{"person:macron", "country:IDN"},
			[]string{"FRAGOV EMMANUEL MACRON", "IDN INDONESIA"}},
		{"an implied state alone", []string{"country:FRA", "country:IDN"},
			[]string{"FRA FRA", "IDN INDONESIA"}},
		{"more than two states keep the first two", []string{"country:IDN", "country:MYS", "country:PHL"},
			[]string{"IDN INDONESIA", "MYS MALAYSIA"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := record.Record{Entities: ents}
			var got []string
			for _, s := range gdeltSides(&rec, tt.actors) {
				got = append(got, s.country+s.typ+" "+s.name)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("sides of %v = %q, want %q", tt.actors, got, tt.want)
			}
		})
	}
}
