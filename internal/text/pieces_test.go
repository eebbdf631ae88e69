package text

import (
	"reflect"
	"strings"
	"testing"
)

// pieceTexts renders pieces as their texts, a joined form as "text=>joined".
func pieceTexts(s string, ps []Piece) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = s[p.Start:p.End]
		if p.Joined != p.End {
			out[i] += "=>" + s[p.Start:p.Joined]
		}
	}
	return out
}

// TestCut: the pieces a date or a figure reader needs, and the joined forms
// where one of them reads a longer unit than the other.
func TestCut(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		// a currency glued to its figure; the figure one number for the
		// figure reader, digits and separators for the date reader
		{"Rp16.296 naik 5,4 miliar", []string{"Rp", "16=>16.296", ".", "296", "naik", "5=>5,4", ",", "4", "miliar"}},
		{"1.500.000 orang", []string{"1=>1.500.000", ".", "500=>500.000", ".", "000", "orang"}},
		{"US$2 dan €600m", []string{"US", "$", "2", "dan", "€", "600", "m"}},
		// a date is day, month and year; a clock's "." joins as a number
		{"16/6/2025 pukul 10.00", []string{"16", "/", "6", "/", "2025", "pukul", "10=>10.00", ".", "00"}},
		// an ordinal, a decade, a range, a code: hyphens are pieces
		{"ke-2 tahun 1990-an, 2020-2025, COVID-19", []string{"ke", "-", "2", "tahun", "1990", "-", "an", ",", "2020", "-", "2025", ",", "COVID", "-", "19"}},
		// an apostrophe inside a word joins it, an English possessive does not
		{"Jum'at dan Jum’at, Tuesday's talks", []string{"Jum=>Jum'at", "'", "at", "dan", "Jum=>Jum’at", "’", "at", ",", "Tuesday", "'", "s", "talks"}},
		// a separator not between digits joins nothing
		{"tahun 2025. Lalu 1..2", []string{"tahun", "2025", ".", "Lalu", "1", ".", ".", "2"}},
		// a combining mark stays in its word (Meïssa written decomposed)
		{"Mei\u0308ssa", []string{"Mei\u0308ssa"}},
		{"\xffab", []string{"\xff", "ab"}},
	}
	for _, tt := range tests {
		if got := pieceTexts(tt.in, CutText(tt.in)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("CutText(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// TestCutSpaceAndLine: Space and Line say what separates a piece from the one
// before; white space and line breaks are those of the tokenizer and the
// sentence splitter (zero-width spaces separate, "\r" breaks a line).
func TestCutSpaceAndLine(t *testing.T) {
	tests := []struct {
		in          string
		space, line []bool
	}{
		{"Senin (16/6)", []bool{true, true, false, false, false, false}, []bool{true, false, false, false, false, false}},
		{"naik\n5%", []bool{true, true, false}, []bool{true, true, false}},
		{"naik\r5", []bool{true, true}, []bool{true, true}},
		{"naik\u20285", []bool{true, true}, []bool{true, true}},
		{"Juni\u200b2025", []bool{true, true}, []bool{true, false}},
		{"  awal", []bool{true}, []bool{true}},
	}
	for _, tt := range tests {
		ps := CutText(tt.in)
		var space, line []bool
		for _, p := range ps {
			space = append(space, p.Space)
			line = append(line, p.Line)
		}
		if !reflect.DeepEqual(space, tt.space) || !reflect.DeepEqual(line, tt.line) {
			t.Errorf("CutText(%q): Space %v Line %v, want %v %v", tt.in, space, line, tt.space, tt.line)
		}
	}
}

// TestCutFollowsSplit: the pipeline cuts the sentences Split made; that is
// the same as cutting the text's tokens.
func TestCutFollowsSplit(t *testing.T) {
	s := "JAKARTA - Menlu bertemu di Astana, Selasa (17/6).\n\nNilai dagang naik 5,4 miliar dolar AS. Xi's visit."
	if got, want := Cut(s, Split(s)), CutText(s); !reflect.DeepEqual(got, want) {
		t.Errorf("Cut(Split) = %v\nCutText = %v", pieceTexts(s, got), pieceTexts(s, want))
	}
}

// checkPieces asserts what a reader of pieces relies on: the pieces tile the
// tokens exactly (none crosses a token's edge, every token byte is in one
// piece), each is non-empty, and a joined form ends at a piece end inside
// its token.
func checkPieces(t *testing.T, s string) {
	t.Helper()
	toks := Tokenize(s, 0)
	ps := CutText(s)
	k := 0
	for _, tok := range toks {
		at := tok.Start
		for at < tok.End {
			if k >= len(ps) {
				t.Fatalf("%q: token %q has no piece at %d", s, tok.Text, at)
			}
			p := ps[k]
			start, end, joined := int(p.Start), int(p.End), int(p.Joined)
			if start != at || end <= start || end > tok.End {
				t.Fatalf("%q: piece [%d,%d) does not tile token %q [%d,%d) at %d", s, p.Start, p.End, tok.Text, tok.Start, tok.End, at)
			}
			if joined < end || joined > tok.End {
				t.Fatalf("%q: piece [%d,%d) joins to %d outside its token %q", s, p.Start, p.End, p.Joined, tok.Text)
			}
			if p.Space != (at == tok.Start && (k == 0 || ps[k-1].End < p.Start)) {
				t.Fatalf("%q: piece [%d,%d) Space = %v", s, p.Start, p.End, p.Space)
			}
			at = end
			k++
		}
	}
	if k != len(ps) {
		t.Fatalf("%q: %d pieces beyond the tokens", s, len(ps)-k)
	}
	// the pipeline cuts Split's sentences: the same pieces
	if got := Cut(s, Split(s)); !reflect.DeepEqual(got, ps) && len(got)+len(ps) > 0 {
		t.Fatalf("%q: Cut(Split) = %v, CutText = %v", s, pieceTexts(s, got), pieceTexts(s, ps))
	}
}

func FuzzCut(f *testing.F) {
	for _, s := range []string{"Rp16.296 naik 5,4 miliar", "Jum'at s'S'sRp", "1.2.3.4.", "\xff\xfe 5 \xc3 persen", "Mei\u0308ssa\u200b2025\r\n",
		strings.Repeat("ab'", 10)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkPieces(t, s) })
}

// TestHasNewline: the line breaks that end a sentence and start a line for
// the readers of pieces, among other white space (no-break and thin spaces).
func TestHasNewline(t *testing.T) {
	for _, tt := range []struct {
		gap  string
		want bool
	}{
		{" ", false}, {"  \t", false}, {"\u00a0", false}, {"\u2009 ", false}, {"\u202f", false},
		{"\n", true}, {" \n\n ", true}, {"\r", true}, {"\u2028", true}, {" \u2029", true}, {"\u2009\u2028", true},
		{"\xe2\x80", false},
	} {
		if got := hasNewline(tt.gap); got != tt.want {
			t.Errorf("hasNewline(%q) = %v, want %v", tt.gap, got, tt.want)
		}
	}
}
