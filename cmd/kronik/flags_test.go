package main

import (
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestParseFlagsAnywhere: flags are read wherever they stand among the
// arguments, and "--" ends them.
func TestParseFlagsAnywhere(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantLang string
		wantJSON bool
		wantArgs []string
	}{
		{"flags first", []string{"--lang", "id", "--json", "a", "b"}, "id", true, []string{"a", "b"}},
		{"flags last", []string{"a", "b", "--lang", "id", "--json"}, "id", true, []string{"a", "b"}},
		{"flags between", []string{"a", "--lang=en", "b", "-json"}, "en", true, []string{"a", "b"}},
		{"terminator", []string{"a", "--", "--json", "-x"}, "", false, []string{"a", "--json", "-x"}},
		{"terminator after flags", []string{"--json", "--", "b"}, "", true, []string{"b"}},
		{"dash is an argument", []string{"-", "--json"}, "", true, []string{"-"}},
		{"dashes as a flag value", []string{"--lang", "--", "q"}, "--", false, []string{"q"}},
		{"no arguments", []string{"--json"}, "", true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := newFlagSet("t", "t", &strings.Builder{})
			lang := fs.String("lang", "", "")
			asJSON := fs.Bool("json", false, "")
			if err := parseFlags(fs, tt.args); err != nil {
				t.Fatalf("parseFlags(%q): %v", tt.args, err)
			}
			if *lang != tt.wantLang || *asJSON != tt.wantJSON || !slices.Equal(fs.Args(), tt.wantArgs) {
				t.Errorf("parseFlags(%q): lang %q json %v args %q; want %q %v %q",
					tt.args, *lang, *asJSON, fs.Args(), tt.wantLang, tt.wantJSON, tt.wantArgs)
			}
		})
	}
}

// TestCommandsFlagsAfterArguments runs the README's examples with the flags
// typed after the arguments, as a user does.
func TestCommandsFlagsAfterArguments(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "other.db")
	samples := filepath.Join("..", "..", "samples", "news")

	out := mustKronik(t, "ingest", samples, "--db", db)
	if !strings.Contains(out, "new 3") || !strings.Contains(out, "failed 0") {
		t.Fatalf("ingest with --db after the input: %q", out)
	}
	out = mustKronik(t, "search", "perdagangan", "--lang", "id", "--from", "2025-05", "--db", db)
	if !strings.Contains(out, "«perdagangan»") {
		t.Errorf("search with trailing flags found nothing: %q", out)
	}
	out = mustKronik(t, "entity", "Prabowo", "--json", "--db", db)
	if e := decode[map[string]any](t, out); e["id"] != "person:prabowo-subianto" {
		t.Errorf("entity Prabowo --json: id %v", e["id"])
	}
}

// TestHelpAndVersion: every way of asking for help or the version answers
// with exit code 0.
func TestHelpAndVersion(t *testing.T) {
	tests := []struct {
		args     []string
		wantOut  string // on stdout
		wantErrs string // on stderr
	}{
		{[]string{"version"}, "kronik " + version, ""},
		{[]string{"--version"}, "kronik " + version, ""},
		{[]string{"help"}, "", "commands:"},
		{[]string{"--help"}, "", "commands:"},
		{[]string{"help", "search"}, "", "usage: kronik search"},
		{[]string{"search", "--help"}, "", "usage: kronik search"},
		{[]string{"search", "perdagangan", "-h"}, "", "usage: kronik search"},
		{[]string{"help", "ingest"}, "", "-db"},
		{[]string{"help", "train"}, "", "usage: kronik train ner"},
		{[]string{"eval", "--help"}, "", "usage: kronik eval ner"},
		{[]string{"train", "ner", "--help"}, "", "-out"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			out, errs, code := kronik(t, tt.args...)
			if code != exitOK {
				t.Fatalf("exit %d, want 0\n%s", code, errs)
			}
			if !strings.Contains(out, tt.wantOut) || !strings.Contains(errs, tt.wantErrs) {
				t.Errorf("stdout %q stderr %q; want %q and %q", out, errs, tt.wantOut, tt.wantErrs)
			}
		})
	}
	if _, _, code := kronik(t, "help", "nosuchcommand"); code != exitUsage {
		t.Errorf("help of an unknown command: exit %d, want %d", code, exitUsage)
	}
}

// FuzzParseFlags: any arguments parse or fail with a usage error, never
// panic, and the arguments left are the input's non-flag arguments in their
// order.
func FuzzParseFlags(f *testing.F) {
	for _, s := range []string{
		"perdagangan\x00--lang\x00id\x00--from\x002025-05",
		"Prabowo\x00--json", "--\x00-x\x00--json", "-\x00--n=3", "--lang\x00--\x00q",
		"--n\x00abc", "---lang\x00id", "--json=maybe", "", "\x00", "-", "--", "=",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		args := strings.Split(s, "\x00")
		fs := newFlagSet("t", "t", &strings.Builder{})
		fs.String("lang", "", "")
		fs.Bool("json", false, "")
		fs.Int("n", 20, "")
		err := parseFlags(fs, args)
		if err != nil {
			if !errors.Is(err, errUsage) && !errors.Is(err, errHelp) {
				t.Fatalf("parseFlags(%q): error %v is not a usage error", args, err)
			}
			return
		}
		rest := fs.Args()
		i := 0
		for _, a := range args {
			if i < len(rest) && a == rest[i] {
				i++
			}
		}
		if i != len(rest) {
			t.Fatalf("parseFlags(%q) left %q: not the input's arguments in order", args, rest)
		}
	})
}
