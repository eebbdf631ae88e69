package sqlite

import (
	"testing"

	"kronik/internal/store/storetest"
)

func TestSources(t *testing.T) {
	db := open(t)
	defer db.Close()
	storetest.Sources(t, db)
}
