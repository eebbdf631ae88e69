package sqlite

import (
	"testing"

	"kronik/internal/store/storetest"
)

// TestBounded runs the conformance checks of the bounded queries (limits,
// mention caps, counts kept by triggers) on SQLite.
func TestBounded(t *testing.T) {
	s := open(t)
	defer s.Close()
	storetest.Bounded(t, s)
}
