package pipeline

import (
	"context"
	"strings"
	"testing"

	"kronik/internal/source"
)

func TestTruncateText(t *testing.T) {
	tests := []struct {
		name string
		s    string
		max  int
		want string
	}{
		{"short enough", "Satu. Dua.", 100, "Satu. Dua."},
		{"at a paragraph", "Satu dua tiga.\n\nEmpat lima enam.", 25, "Satu dua tiga."},
		{"at a sentence", "Satu dua tiga. Empat lima enam tujuh.", 22, "Satu dua tiga."},
		{"at a space", "satu dua tiga empat lima", 16, "satu dua tiga"},
		{"at a rune", "ğğğğğğğğ", 5, "ğğ"},
	}
	for _, tt := range tests {
		if got := truncateText(tt.s, tt.max); got != tt.want {
			t.Errorf("%s: truncateText(%q, %d) = %q, want %q", tt.name, tt.s, tt.max, got, tt.want)
		}
	}
}

// TestProcessBoundsText: a document longer than the limit is annotated up
// to it and says so; what is extracted points into the kept text.
func TestProcessBoundsText(t *testing.T) {
	p, err := New(Options{MaxTextBytes: 4000})
	if err != nil {
		t.Fatal(err)
	}
	// Written for this test.
	para := "Menteri Luar Negeri Indonesia bertemu Menteri Luar Negeri Malaysia di Jakarta pada Senin (2/6/2025). " +
		"Keduanya membahas perdagangan senilai 5 miliar dolar AS.\n\n"
	body := "Jakarta (Kronik) - " + strings.Repeat(para, 100)
	rec, err := p.Process(context.Background(), source.Document{Name: "long.txt", Format: "text", Body: []byte(body)})
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Text) > 4000 || len(rec.Text) < 2000 {
		t.Errorf("text of %d bytes, want at most 4000 and most of them", len(rec.Text))
	}
	warned := false
	for _, w := range rec.Warnings {
		warned = warned || strings.Contains(w, "truncated")
	}
	if !warned {
		t.Errorf("no truncation warning in %q", rec.Warnings)
	}
	if len(rec.Events) == 0 {
		t.Error("no events from the kept text")
	}
	for _, e := range rec.Entities {
		for _, m := range e.Mentions {
			if m.End > len(rec.Text) || rec.Text[m.Start:m.End] != m.Text {
				t.Errorf("mention %+v does not point into the kept text", m)
			}
		}
	}
}
