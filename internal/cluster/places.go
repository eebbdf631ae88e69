package cluster

import (
	"strings"

	"kronik/internal/kb"
	"kronik/internal/record"
)

// stateOfPlace returns the state a place name stands in, as the built-in
// knowledge base knows it: the state itself for a country ("Tiongkok",
// "China"), the state of a city or province ("Beijing", "Kairo"), or ""
// for a place it does not know (a palace, a venue, an island) or knows
// under several states. Reports of one event give its place at different
// levels, one the city and another the country; the state is the level at
// which they can be compared.
func stateOfPlace(place string) string {
	s, _ := placeState(place)
	return s
}

// placeState is stateOfPlace, and whether the name is the state's own
// ("China", not "Beijing").
func placeState(place string) (state string, isState bool) {
	if strings.TrimSpace(place) == "" {
		return "", false
	}
	k, err := kb.Load()
	if err != nil {
		// the embedded data failed to parse (kb's own tests catch that): no
		// place is known, so none conflicts and none holds another, which
		// only keeps Same as strict as its other rules
		return "", false
	}
	for _, e := range k.Lookup(place) {
		var s string
		switch e.Type {
		case kb.Country:
			s = e.ID
		case kb.Place:
			s = e.Country
		default:
			continue
		}
		if s == "" || (state != "" && s != state) {
			return "", false // a name of two states' places tells nothing
		}
		state = s
		isState = isState || e.Type == kb.Country
	}
	return state, isState
}

// stateAndCity reports whether, of two places, one is a state and the other
// a place in it ("China" and "Beijing", "Mesir" and "Kairo"): one report
// gives a summit's city, another only its country. Two cities of one state
// are two places.
func stateAndCity(a, b string) bool {
	sa, ca := placeState(a)
	sb, cb := placeState(b)
	return sa != "" && sa == sb && ca != cb
}

// placesConflict reports whether two mentions' places show they happened
// in different places: both are named, and the knowledge base puts them
// in different states. A city and its country ("Beijing", "China"), two
// spellings of one city, or a venue it does not know do not conflict:
// outlets name one event's place at different levels, and two events of
// the same parties on the same day in two cities of one state are rare
// enough that the state is the level that counts.
func placesConflict(a, b *record.Event) bool {
	pa, pb := placeKeyOf(a), placeKeyOf(b)
	if pa == "" || pb == "" || pa == pb {
		return false
	}
	sa, sb := stateOfPlace(deref(a.Place)), stateOfPlace(deref(b.Place))
	return sa != "" && sb != "" && sa != sb
}
