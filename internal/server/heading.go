package server

import (
	"strings"

	"kronik/internal/store"
)

// eventHeading says in a line what an event was: who did what, where and
// when ("Prabowo Subianto and Anwar Ibrahim meet in Kuala Lumpur,
// 2025-05-21"), so that
// an event's page and title name it rather than its mode alone.
func eventHeading(c store.Cluster) string {
	// The people who met say it best; their states are listed below the
	// heading. Without people, the states or organisations.
	var people, others []string
	for _, a := range actorList(c) {
		if strings.HasPrefix(a.ID, "person:") {
			people = append(people, a.Name)
		} else {
			others = append(others, a.Name)
		}
	}
	if len(people) == 0 {
		people = others
	}
	who := joinAnd(people)
	var what string
	switch c.Mode {
	case "meet":
		what = "meet"
	case "visit":
		what = "visit"
	case "phone":
		what = "speak by phone"
	case "multilateral":
		what = "meet at a multilateral meeting"
	case "sign":
		what = "sign an agreement"
		if c.Document != "" {
			what = "sign " + c.Document
		}
	default:
		what = strings.ToLower(c.Type)
		if c.Mode != "" {
			what += " (" + c.Mode + ")"
		}
	}
	if c.Name != "" && c.Mode != "sign" {
		what += ": " + c.Name
	}
	var b strings.Builder
	if c.Modality != "" && c.Modality != "occurred" {
		b.WriteString(c.Modality + ": ")
	}
	if who != "" {
		b.WriteString(who + " ")
	}
	b.WriteString(what)
	if c.Place != "" {
		b.WriteString(" in " + c.Place)
	}
	if c.Date != "" {
		b.WriteString(", " + dateRange(c.Date, c.DateEnd))
	}
	return b.String()
}

// joinAnd joins names as a sentence lists them: "A", "A and B", "A, B and C".
func joinAnd(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
