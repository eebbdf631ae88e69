package storetest

import (
	"fmt"
	"testing"

	"kronik/internal/store"
)

// BoundedStrayDay: a limited events query of a party is the tail of the
// unlimited one when a report dates the party's event a day later than
// the cluster's date: the walk of party rows, which meets that cluster
// first (at the later day), ranks it by its date, as Events does, and reads
// on through the rows of that date.
func BoundedStrayDay(t *testing.T, s store.Store) {
	for i, day := range []string{"2025-08-20", "2025-08-20", "2025-08-20", "2025-08-21"} {
		ev := fmt.Sprintf("Menteri Luar Negeri Indonesia bertemu mitranya dari Malaysia di Jakarta pada %s.", day)
		body := ev + fmt.Sprintf(" Laporan %d menyebut pertemuan itu membahas perbatasan.", i)
		put(t, s, newDoc(fmt.Sprintf("stray-%d.txt", i), "", "id", "2025-08-22", fmt.Sprintf("Outlet %d", i),
			"Indonesia dan Malaysia bertemu", body).
			entity("country:IDN", "COUNTRY", "Indonesia", "", "Indonesia").
			entity("country:MYS", "COUNTRY", "Malaysia", "", "Malaysia").
			event("CONSULT", "meet", day, "Jakarta", "", ev, "country:IDN", "country:MYS").
			doc())
	}
	for i, p := range boundedPartners[1:] {
		ev := fmt.Sprintf("Menteri Luar Negeri Indonesia bertemu mitranya dari %s di Jakarta pada 2025-08-20.", p.name)
		body := ev + fmt.Sprintf(" Pertemuan itu membahas %s.", p.topic)
		put(t, s, newDoc(fmt.Sprintf("other-%d.txt", i), "", "id", "2025-08-21", "Warta",
			fmt.Sprintf("Indonesia dan %s bertemu", p.name), body).
			entity("country:IDN", "COUNTRY", "Indonesia", "", "Indonesia").
			entity(p.id, "COUNTRY", p.name, "", p.name).
			event("CONSULT", "meet", "2025-08-20", "Jakarta", "", ev, "country:IDN", p.id).
			doc())
	}
	newestTail(t, s, "actor", store.EventFilter{Actor: []string{"country:IDN"}})
}
