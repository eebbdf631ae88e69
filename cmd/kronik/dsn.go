package main

import "os"

// dbEnv names the environment variable that chooses the knowledge base when
// --db is not given: a machine running workers and the server against one
// PostgreSQL database sets it once rather than on every command.
const dbEnv = "KRONIK_DB"

// dbUsage is the help text of every command's --db flag.
const dbUsage = "knowledge base: a SQLite file, sqlite://FILE or postgres://USER@HOST/DB (default $" + dbEnv + ", else " + defaultDB + ")"

// defaultDBFlag is the --db default: $KRONIK_DB when set, else kronik.db.
func defaultDBFlag() string {
	if v := os.Getenv(dbEnv); v != "" {
		return v
	}
	return defaultDB
}
