package backend

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		dsn    string
		kind   Kind
		target string
		bad    bool
	}{
		{dsn: "kronik.db", kind: SQLite, target: "kronik.db"},
		{dsn: "/var/lib/kronik/kb.db", kind: SQLite, target: "/var/lib/kronik/kb.db"},
		{dsn: "sqlite://kb.db", kind: SQLite, target: "kb.db"},
		{dsn: "sqlite:///abs/kb.db", kind: SQLite, target: "/abs/kb.db"},
		{dsn: "postgres://u:p@db.example:5432/kronik", kind: Postgres, target: "postgres://u:p@db.example:5432/kronik"},
		{dsn: "postgresql://db.example/kronik?sslmode=disable", kind: Postgres, target: "postgresql://db.example/kronik?sslmode=disable"},
		{dsn: "", bad: true},
		{dsn: "sqlite://", bad: true},
		{dsn: "mysql://db.example/kronik", bad: true},
		// A directory named like a scheme is still a path.
		{dsn: "./data://x.db", kind: SQLite, target: "./data://x.db"},
	}
	for _, tc := range tests {
		kind, target, err := Parse(tc.dsn)
		if tc.bad {
			if err == nil {
				t.Errorf("Parse(%q) = %s %q, want an error", tc.dsn, kind, target)
			}
			continue
		}
		if err != nil || kind != tc.kind || target != tc.target {
			t.Errorf("Parse(%q) = %s %q %v, want %s %q", tc.dsn, kind, target, err, tc.kind, tc.target)
		}
	}
}

func TestRedact(t *testing.T) {
	tests := map[string]string{
		"postgres://kronik:secret@db.example/kb": "postgres://kronik:xxxxx@db.example/kb",
		"postgres://kronik@db.example/kb":        "postgres://kronik@db.example/kb",
		"kronik.db":                              "kronik.db",
	}
	for in, want := range tests {
		if got := Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOpenSQLite(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kb.db")
	s, err := Open(ctx, "sqlite://"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if st, err := s.Stats(ctx); err != nil || st.Documents != 0 {
		t.Fatalf("Stats = %+v, %v", st, err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("sqlite:// did not create the file: %v", err)
	}
}
