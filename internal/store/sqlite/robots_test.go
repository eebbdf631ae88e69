package sqlite

import (
	"testing"

	"kronik/internal/store/storetest"
)

func TestRobots(t *testing.T) {
	db := open(t)
	defer db.Close()
	storetest.Robots(t, db)
}
