package entity

// Entities a record uses without the text naming them.

import (
	"kronik/internal/kb"
	"kronik/internal/record"
)

// ImpliedSource is the Source of an entity the record uses (an event's actor,
// the state of a person or a place, the body of a role) that the text never
// names: "Macron ... di Paris" makes France an actor of the meeting without
// writing "Prancis". Such an entity has no mentions.
const ImpliedSource = "implied"

// Implied returns ents with an implied entity added for every id that the
// events (their actors), a role (the state or body it is held in) or a
// person's or place's state use and ents lack, so every id a record uses
// resolves to one of its entities. Ids the knowledge base does not know are
// left alone: there is no name to give them. An organisation's own state
// ("AFP" is French) is not followed: it describes the organisation, it is no
// party to the story, and a wire credit would otherwise add its state to
// every story it is under.
func (r *Recognizer) Implied(ents []record.Entity, events ...[]record.Event) []record.Entity {
	have := make(map[string]bool, len(ents))
	for _, e := range ents {
		have[e.ID] = true
	}
	var add []string
	use := func(id string) {
		if id == "" || have[id] || r.kb.Entity(id) == nil {
			return
		}
		have[id] = true
		add = append(add, id)
	}
	for _, evs := range events {
		for _, ev := range evs {
			for _, a := range ev.Actors {
				use(a)
			}
		}
	}
	follow := func(e record.Entity) {
		if e.Type == kb.Person || e.Type == kb.Place {
			use(e.Country)
		}
		for _, ro := range e.Roles {
			use(ro.Of)
		}
	}
	for _, e := range ents {
		follow(e)
	}
	// an implied person or place may bring its own state
	for len(add) > 0 {
		ids := add
		add = nil
		for _, id := range ids {
			ke := r.kb.Entity(id)
			e := record.Entity{
				ID: ke.ID, Type: ke.Type, Name: ke.Name, Code: ke.Code, Wikidata: ke.Wikidata, Country: ke.Country,
				Source: ImpliedSource, Mentions: []record.Mention{},
			}
			ents = append(ents, e)
			follow(e)
		}
	}
	return ents
}
