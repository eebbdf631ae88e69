// Package backend opens a knowledge base from a data source name: a file
// path or sqlite:// URL opens the embedded SQLite store, a postgres:// (or
// postgresql://) URL the PostgreSQL store shared by workers on many
// machines. It is the one place that knows every backend, so that commands
// and the server hold a store.Store and nothing else. (It is not
// store.Open: the backends import package store, which cannot import them
// back.)
package backend

import (
	"context"
	"fmt"
	"strings"

	"kronik/internal/store"
	"kronik/internal/store/postgres"
	"kronik/internal/store/sqlite"
)

// Kind names the backend a DSN selects.
type Kind string

// The backends.
const (
	SQLite   Kind = "sqlite"
	Postgres Kind = "postgres"
)

// Parse returns the backend a DSN selects and what that backend opens: the
// file path for SQLite, the URL for PostgreSQL. A DSN with another scheme
// (mysql://...) is an error naming it rather than a file of that name.
func Parse(dsn string) (Kind, string, error) {
	switch {
	case dsn == "":
		return "", "", fmt.Errorf("no knowledge base given: a file path, sqlite://PATH or postgres://URL")
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		return Postgres, dsn, nil
	case strings.HasPrefix(dsn, "sqlite://"):
		path := strings.TrimPrefix(dsn, "sqlite://")
		if path == "" {
			return "", "", fmt.Errorf("knowledge base %q: sqlite:// needs a file path", dsn)
		}
		return SQLite, path, nil
	}
	if scheme, _, ok := strings.Cut(dsn, "://"); ok && !strings.ContainsAny(scheme, `/\.`) {
		return "", "", fmt.Errorf("knowledge base %q: unknown scheme %s:// (want a file path, sqlite:// or postgres://)", dsn, scheme)
	}
	return SQLite, dsn, nil
}

// Open opens (creating and migrating as needed) the knowledge base dsn names.
func Open(ctx context.Context, dsn string) (store.Store, error) {
	kind, target, err := Parse(dsn)
	if err != nil {
		return nil, err
	}
	switch kind {
	case Postgres:
		return postgres.Open(ctx, target)
	default:
		return sqlite.Open(ctx, target)
	}
}

// Redact returns dsn with any password in it replaced, for messages.
func Redact(dsn string) string {
	kind, _, err := Parse(dsn)
	if err != nil || kind != Postgres {
		return dsn
	}
	scheme, rest, _ := strings.Cut(dsn, "://")
	at := strings.LastIndex(rest, "@")
	if at < 0 {
		return dsn
	}
	user, _, hasPass := strings.Cut(rest[:at], ":")
	if !hasPass {
		return dsn
	}
	return scheme + "://" + user + ":xxxxx" + rest[at:]
}
