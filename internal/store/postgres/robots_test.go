package postgres

import (
	"testing"

	"kronik/internal/store/storetest"
)

func TestRobots(t *testing.T) {
	s := openTest(t)
	defer s.Close()
	storetest.Robots(t, s)
}
