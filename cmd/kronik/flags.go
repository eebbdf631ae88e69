package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// errHelp is returned when the user asked for --help; it exits 0.
var errHelp = errors.New("help requested")

// newFlagSet makes a flag set that prints its usage to stderr and reports
// parse errors as usage errors.
func newFlagSet(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: kronik %s\n\nflags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args and maps the flag package's errors onto ours.
//
// Flags may come anywhere among the arguments (`kronik search perdagangan
// --lang id`), as users of every major CLI expect: the standard flag package
// stops at the first argument that is not a flag, so parsing resumes after
// each one. A lone "--" ends the flags; everything after it is an argument
// even if it starts with a dash. Afterwards fs.Args() holds the arguments
// in their order, without the flags.
func parseFlags(fs *flag.FlagSet, args []string) error {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return errHelp
			}
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		// Parse consumed len(args)-len(rest) arguments; if the last of them
		// was the terminator, the rest are all arguments.
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" && !isFlagValue(fs, args[:n-1]) {
			positional = append(positional, rest...)
			break
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
	// Leave the collected arguments in fs.Args(): a parse of "--" followed by
	// them sets no flag and keeps every value already parsed.
	return fs.Parse(append([]string{"--"}, positional...))
}

// isFlagValue reports whether the argument after consumed would be the value
// of a preceding non-boolean flag written without "=" (as in `--lang --`),
// not the terminator.
func isFlagValue(fs *flag.FlagSet, consumed []string) bool {
	if len(consumed) == 0 {
		return false
	}
	prev := consumed[len(consumed)-1]
	if len(prev) < 2 || prev[0] != '-' || prev == "--" {
		return false
	}
	name := prev[1:]
	if name[0] == '-' {
		name = name[1:]
	}
	for i := 0; i < len(name); i++ {
		if name[i] == '=' {
			return false
		}
	}
	f := fs.Lookup(name)
	if f == nil {
		return false
	}
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
		return false
	}
	return true
}

// isHelp reports whether args ask for help before anything else, for
// commands that read a sub-command name before their flags.
func isHelp(args []string) bool {
	if len(args) == 0 {
		return false
	}
	switch args[0] {
	case "-h", "-help", "--help":
		return true
	}
	return false
}
