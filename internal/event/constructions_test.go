package event_test

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"kronik/internal/pipeline"
	"kronik/internal/record"
)

// constructionsFile holds sentences written for the event rules, each with
// the events it must yield inline; testdata/README.md describes the format.
const constructionsFile = "testdata/constructions.txt"

// TestConstructionTable runs the event stage, with the stages before it as the
// pipeline runs them (sentences, times, entities from the knowledge base and
// the tagger), on every line of testdata/constructions.txt and reports each
// line whose events differ from those written on it.
func TestConstructionTable(t *testing.T) {
	cases, err := readConstructions(constructionsFile)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatalf("%s: no constructions", constructionsFile)
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%d_%s", c.line, c.family), func(t *testing.T) {
			rec := p.AnnotateText(c.text, c.lang, c.published)
			got := append(slices.Clone(rec.Events), rec.NotOccurred...)
			if problems := matchEvents(got, c.want); len(problems) > 0 {
				t.Errorf("%s:%d: %s\n  %s\n  got:\n%s", constructionsFile, c.line, c.text,
					strings.Join(problems, "\n  "), describe(got))
			}
		})
	}
}

// TestConstructionFormat checks the parser on lines written for it: a line
// the parser misreads would make the table test pass or fail for the wrong
// reason.
func TestConstructionFormat(t *testing.T) {
	tests := []struct {
		line string
		want []expected
		err  bool
	}{
		{
			line: `id 2025-06-18 | A bertemu B. => CONSULT/meet actors=country:IDN,country:MYS date=2025-06-16 place="Kuala Lumpur"`,
			want: []expected{{typ: "CONSULT", mode: "meet", actors: []string{"country:IDN", "country:MYS"}, date: "2025-06-16", place: "Kuala Lumpur"}},
		},
		{
			line: `en - | A met B; C signed D. => CONSULT/meet not=country:RUS ; AGREE/sign doc="the accord" modality=planned`,
			want: []expected{
				{typ: "CONSULT", mode: "meet", absent: []string{"country:RUS"}},
				{typ: "AGREE", mode: "sign", document: "the accord", modality: "planned"},
			},
		},
		{line: `en - | Nothing happened. => none`, want: nil},
		{line: `en - | No arrow here.`, err: true},
		{line: `en - | A met B. => CONSULT/meet colour=red`, err: true},
		{line: `fr - | A rencontré B. => none`, err: true},
	}
	for _, tt := range tests {
		c, err := parseConstruction(tt.line)
		if (err != nil) != tt.err {
			t.Errorf("%q: error %v, want error %v", tt.line, err, tt.err)
			continue
		}
		if err == nil && fmt.Sprint(c.want) != fmt.Sprint(tt.want) {
			t.Errorf("%q:\n got %+v\nwant %+v", tt.line, c.want, tt.want)
		}
	}
}

// construction is one line of the table.
type construction struct {
	line      int
	family    string // the "## family" heading above the line
	lang      string
	published string // "" for "-"
	text      string
	want      []expected
}

// expected is one event a line must yield; empty fields are not checked.
type expected struct {
	typ, mode string
	actors    []string // must be among the event's actors
	absent    []string // must not be
	date      string
	place     string
	modality  string
	document  string
}

func readConstructions(path string) ([]construction, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open constructions: %w", err)
	}
	defer f.Close()
	var out []construction
	family := ""
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(line, "## "):
			family = strings.ReplaceAll(strings.TrimSpace(line[3:]), " ", "_")
			continue
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		}
		c, err := parseConstruction(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		c.line, c.family = n, family
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read constructions: %w", err)
	}
	return out, nil
}

// parseConstruction reads "LANG PUBLISHED | TEXT => EVENT ; EVENT" (or "=>
// none").
func parseConstruction(line string) (construction, error) {
	var c construction
	head, rest, ok := strings.Cut(line, "|")
	if !ok {
		return c, fmt.Errorf("no '|' after the language and date")
	}
	f := strings.Fields(head)
	if len(f) != 2 {
		return c, fmt.Errorf("want LANG PUBLISHED before '|', got %q", head)
	}
	switch f[0] {
	case "id", "en", "ms":
	default:
		return c, fmt.Errorf("language %q: want id, en or ms", f[0])
	}
	c.lang = f[0]
	if f[1] != "-" {
		c.published = f[1]
	}
	txt, evs, ok := strings.Cut(rest, "=>")
	if !ok {
		return c, fmt.Errorf("no '=>' before the expected events")
	}
	// "\n" stands for a line break: a headline on a line of its own
	c.text = strings.ReplaceAll(strings.TrimSpace(txt), `\n`, "\n")
	if strings.TrimSpace(evs) == "none" {
		return c, nil
	}
	for _, e := range strings.Split(evs, " ; ") {
		x, err := parseExpected(e)
		if err != nil {
			return c, err
		}
		c.want = append(c.want, x)
	}
	return c, nil
}

// parseExpected reads "TYPE/mode key=value ..." where a value may be quoted.
func parseExpected(s string) (expected, error) {
	var x expected
	fields, err := splitQuoted(strings.TrimSpace(s))
	if err != nil || len(fields) == 0 {
		return x, fmt.Errorf("event %q: %v", s, err)
	}
	x.typ, x.mode, _ = strings.Cut(fields[0], "/")
	for _, kv := range fields[1:] {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return x, fmt.Errorf("event %q: %q is not key=value", s, kv)
		}
		switch k {
		case "actors":
			x.actors = strings.Split(v, ",")
		case "not":
			x.absent = strings.Split(v, ",")
		case "date":
			x.date = v
		case "place":
			x.place = v
		case "modality":
			x.modality = v
		case "doc":
			x.document = v
		default:
			return x, fmt.Errorf("event %q: unknown key %q", s, k)
		}
	}
	return x, nil
}

// splitQuoted splits s at spaces outside double quotes and drops the quotes.
func splitQuoted(s string) ([]string, error) {
	var out []string
	var b strings.Builder
	quoted, any := false, false
	for _, r := range s {
		switch {
		case r == '"':
			quoted, any = !quoted, true
		case r == ' ' && !quoted:
			if any {
				out = append(out, b.String())
			}
			b.Reset()
			any = false
		default:
			b.WriteRune(r)
			any = true
		}
	}
	if quoted {
		return nil, fmt.Errorf("unclosed quote")
	}
	if any {
		out = append(out, b.String())
	}
	return out, nil
}

// matchEvents pairs each expected event with a distinct event got (in any
// order) and lists what does not fit: an expected event with no match, or
// events got beyond those expected.
func matchEvents(got []record.Event, want []expected) []string {
	var problems []string
	used := make([]bool, len(got))
	for _, w := range want {
		best, bestMiss := -1, []string{"no " + w.typ + "/" + w.mode + " event"}
		for i, g := range got {
			if used[i] || g.Type != w.typ || g.Mode != w.mode {
				continue
			}
			if miss := mismatches(g, w); best < 0 || len(miss) < len(bestMiss) {
				best, bestMiss = i, miss
			}
		}
		if best >= 0 && len(bestMiss) == 0 {
			used[best] = true
			continue
		}
		problems = append(problems, fmt.Sprintf("want %s/%s: %s", w.typ, w.mode, strings.Join(bestMiss, "; ")))
	}
	if extra := len(got) - len(want); extra > 0 && len(problems) == 0 {
		problems = append(problems, fmt.Sprintf("%d event(s) more than the %d written", extra, len(want)))
	}
	return problems
}

// mismatches lists how event g differs from w.
func mismatches(g record.Event, w expected) []string {
	var miss []string
	for _, a := range w.actors {
		if !slices.Contains(g.Actors, a) {
			miss = append(miss, "lacks actor "+a)
		}
	}
	for _, a := range w.absent {
		if slices.Contains(g.Actors, a) {
			miss = append(miss, "has actor "+a)
		}
	}
	check := func(name, want string, got *string) {
		if want != "" && deref(got) != want {
			miss = append(miss, fmt.Sprintf("%s %q, want %q", name, deref(got), want))
		}
	}
	check("date", w.date, g.Date)
	check("place", w.place, g.Place)
	check("document", w.document, g.Document)
	if w.modality != "" && g.Modality != w.modality {
		miss = append(miss, fmt.Sprintf("modality %q, want %q", g.Modality, w.modality))
	}
	return miss
}

func describe(evs []record.Event) string {
	if len(evs) == 0 {
		return "    (no events)"
	}
	var b strings.Builder
	for _, e := range evs {
		fmt.Fprintf(&b, "    %s/%s actors=%s date=%s place=%q doc=%q modality=%s [%s]\n",
			e.Type, e.Mode, strings.Join(e.Actors, ","), deref(e.Date), deref(e.Place), deref(e.Document), e.Modality, e.Trigger)
	}
	return strings.TrimRight(b.String(), "\n")
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
