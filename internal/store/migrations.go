package store

import (
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
)

// Migration is one schema migration file of a backend, migrations/NNN_name.sql.
type Migration struct {
	N    int
	Name string // the file's base name
}

// Migrations lists the migrations/*.sql files of fsys in number order, and
// the highest number among them. A file not named NNN_name.sql is an error.
func Migrations(fsys fs.FS) ([]Migration, int, error) {
	files, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		return nil, 0, err
	}
	var ms []Migration
	known := 0
	for _, f := range files {
		base := strings.TrimPrefix(f, "migrations/")
		num, _, ok := strings.Cut(base, "_")
		n, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, 0, fmt.Errorf("migration %s: name must be NNN_name.sql", base)
		}
		known = max(known, n)
		ms = append(ms, Migration{n, base})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].N < ms[j].N })
	return ms, known, nil
}

// NewerSchema is the error for a database whose schema (migration have) is
// newer than the known migrations.
func NewerSchema(have, known int) error {
	return fmt.Errorf("the database's schema (migration %d) is newer than this kronik knows (%d): use a newer kronik", have, known)
}
