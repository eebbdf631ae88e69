package entity

import (
	"slices"
	"testing"

	"kronik/internal/record"
)

// TestImplied: every id a record uses (an event's actor, a person's or a
// place's state, a role's body) is one of its entities; the ones the text
// never names are added once, named from the knowledge base, with no
// mentions and source "implied".
func TestImplied(t *testing.T) {
	r := newRecognizer(t, nil)
	macron := record.Entity{ID: "person:emmanuel-macron", Type: "PERSON", Country: "country:FRA",
		Mentions: []record.Mention{{Text: "Macron"}}}
	paris := record.Entity{ID: "place:paris", Type: "PLACE", Country: "country:FRA", Mentions: []record.Mention{{Text: "Paris"}}}
	france := record.Entity{ID: "country:FRA", Type: "COUNTRY", Name: "France", Mentions: []record.Mention{{Text: "Prancis"}}}
	afp := record.Entity{ID: "org:afp", Type: "ORG", Country: "country:FRA", Mentions: []record.Mention{{Text: "AFP"}}}
	envoy := record.Entity{ID: "person:rina", Type: "PERSON", Roles: []record.Role{{Title: "Duta Besar", Of: "country:JPN"}},
		Mentions: []record.Mention{{Text: "Rina"}}}
	meet := []record.Event{{Type: "CONSULT", Actors: []string{"person:emmanuel-macron", "country:FRA", "country:IDN"}}}
	tests := []struct {
		name   string
		ents   []record.Entity
		events []record.Event
		want   []string // ids added, in order
	}{
		{"actors and a person's state", []record.Entity{macron}, meet, []string{"country:FRA", "country:IDN"}},
		{"a place's state, once", []record.Entity{paris, macron}, nil, []string{"country:FRA"}},
		{"named already", []record.Entity{macron, france}, meet, []string{"country:IDN"}},
		{"an organisation's own state is not followed", []record.Entity{afp}, nil, nil},
		{"a role's state", []record.Entity{envoy}, nil, []string{"country:JPN"}},
		{"an id the knowledge base does not know", nil, []record.Event{{Actors: []string{"org:no-such-body"}}}, nil},
		{"nothing used", nil, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := r.Implied(slices.Clone(tt.ents), tt.events)
			var added []string
			for _, e := range got[len(tt.ents):] {
				added = append(added, e.ID)
				if e.Source != ImpliedSource || e.Mentions == nil || len(e.Mentions) != 0 || e.Name == "" || e.Type != "COUNTRY" || e.Code == "" {
					t.Errorf("implied entity %+v: want a named COUNTRY with a code, source %q and an empty mention list", e, ImpliedSource)
				}
			}
			if !slices.Equal(added, tt.want) {
				t.Errorf("added %v, want %v", added, tt.want)
			}
		})
	}
}

// TestResolveRoleBodies: a role whose body the rules named by its words
// points at the entity those words became, whatever id it carries; a body
// that is no entity, or already an entity id, stays as it is.
func TestResolveRoleBodies(t *testing.T) {
	tests := []struct{ of, want string }{
		{"org:national-people-s-congress", "org:npc"},          // the possessive split by the rules
		{"org:majelis-rakyat-baru", "org:majelis-rakyat-baru"}, // named by no entity
		{"org:npc", "org:npc"},
		{"country:CHN", "country:CHN"},
	}
	for _, tt := range tests {
		ents := []record.Entity{
			{ID: "person:li-wen", Type: "PERSON", Roles: []record.Role{{Title: "Chairman", Of: tt.of}}},
			{ID: "org:npc", Type: "ORG", Mentions: []record.Mention{{Text: "National People's Congress"}}},
		}
		resolveRoleBodies(ents)
		if got := ents[0].Roles[0].Of; got != tt.want {
			t.Errorf("role of %q resolved to %q, want %q", tt.of, got, tt.want)
		}
	}
}
