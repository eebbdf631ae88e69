package storetest

import (
	"context"
	"errors"
	"testing"

	"kronik/internal/store"
)

// EntityHead: an entity's own fields, as its profile gives them, without
// reading its documents; ErrNotFound for an id never stored.
func EntityHead(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, docA())
	put(t, s, docB())
	for _, tc := range []store.EntityHead{
		{ID: "place:astana", Type: "PLACE", Name: "Astana", Country: "country:KAZ"},
		{ID: "person:xi-jinping", Type: "PERSON", Name: "Xi Jinping", Country: "country:CHN"},
		{ID: "country:CHN", Type: "COUNTRY", Name: "China"},
	} {
		got, err := s.EntityHead(ctx, tc.ID)
		if err != nil || got != tc {
			t.Errorf("EntityHead(%s) = %+v, %v; want %+v", tc.ID, got, err, tc)
		}
		p, err := s.Entity(ctx, tc.ID)
		if err != nil || p.ID != got.ID || p.Type != got.Type || p.Name != got.Name || p.Country != got.Country {
			t.Errorf("Entity(%s) = %+v, %v; its head differs from EntityHead's %+v", tc.ID, p.EntityRef, err, got)
		}
	}
	if _, err := s.EntityHead(ctx, "place:nowhere"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("EntityHead(unknown) error = %v, want ErrNotFound", err)
	}
}
