package text

import (
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// PieceKind is the class of a Piece.
type PieceKind uint8

// Kinds of piece.
const (
	Letters PieceKind = iota + 1 // a run of letters, combining marks included
	Digits                       // a run of ASCII digits, separators excluded
	Symbol                       // any other single rune, or one invalid byte
)

// Piece is the finest cut of the token stream, for the stages that read
// figures and dates inside words ("Rp16.296" is "Rp", "16", ".", "296";
// "16/6/2025" five pieces; "ke-2" three): every Token is cut into one or more
// pieces and no piece crosses a Token's edge, so the stream is the one
// tokenization of the text made finer, never a second opinion on where
// words end.
//
// Where the stages read a longer unit, Joined says where it ends instead of
// the cut changing per stage:
//   - Digits: the number with "." or "," between digits ("5,4", "1.500.000",
//     "10.00"), which figures read as one number and dates as day, separator
//     and month;
//   - Letters: the word with apostrophes between letters, an English
//     possessive aside ("Jum'at", "Jum’at"; not "Tuesday's"), which dates
//     read as one word and figures as three pieces.
//
// For a Symbol, Joined is End.
type Piece struct {
	// Byte offsets into the text, as the Token's, and the end of the joined
	// form that starts here (see above). int32 keeps a piece in 16 bytes (a
	// document has one per word; a quarter less time to cut): a document is
	// at most source.MaxSize (20 MB), and Cut refuses a text of 2 GiB.
	Start, End, Joined int32
	Kind               PieceKind
	Space              bool // white space, or the start of the text, right before it
	Line               bool // a line break, or the start of the text, since the previous piece
}

// Cut cuts the tokens of sents, the sentences Split made of s, into pieces.
func Cut(s string, sents []Sentence) []Piece {
	n := 0
	for _, st := range sents {
		n += len(st.Tokens)
	}
	c := newCutter(s, n)
	for _, st := range sents {
		for _, t := range st.Tokens {
			c.token(t)
		}
	}
	return c.out
}

// CutText tokenizes s and cuts its tokens into pieces, for callers that hold
// a bare text rather than the pipeline's sentences.
func CutText(s string) []Piece {
	toks := Tokenize(s, 0)
	c := newCutter(s, len(toks))
	for _, t := range toks {
		c.token(t)
	}
	return c.out
}

// newCutter returns a cutter for s sized for n tokens (a quarter more pieces
// than tokens covers the words cut finer), after checkCutLen.
func newCutter(s string, n int) *cutter {
	checkCutLen(s)
	return &cutter{s: s, out: make([]Piece, 0, n+n/4+1), prevEnd: -1}
}

// checkCutLen panics on a text whose offsets a Piece cannot hold: no input
// reaches that size (source.MaxSize), so it is a caller's mistake.
func checkCutLen(s string) {
	if len(s) > math.MaxInt32 {
		panic(fmt.Sprintf("text.Cut: text of %d bytes, pieces hold offsets below 2 GiB", len(s)))
	}
}

type cutter struct {
	s       string
	out     []Piece
	prevEnd int // end of the previous token, -1 before the first
}

// token appends the pieces of t.
func (c *cutter) token(t Token) {
	space, line := true, true
	if c.prevEnd >= 0 {
		switch gap := c.s[c.prevEnd:t.Start]; {
		case gap == "":
			space, line = false, false
		case gap == " ":
			line = false // the common case, without the search below
		default:
			line = hasNewline(gap)
		}
	}
	c.prevEnd = t.End
	w := t.Text
	first := len(c.out)
	for i := 0; i < len(w); {
		start := i
		kind := Symbol
		if ch := w[i]; ch < utf8.RuneSelf {
			switch asciiClass[ch] {
			case cDigit:
				kind = Digits
				for i++; i < len(w) && isDigitByte(w[i]); i++ {
				}
			case cLower, cUpper:
				kind = Letters
				i = letterRunEnd(w, i+1)
			default:
				i++
			}
		} else if r, size := utf8.DecodeRuneInString(w[i:]); r != utf8.RuneError && unicode.IsLetter(r) {
			kind = Letters
			i = letterRunEnd(w, i+size)
		} else {
			i += size
		}
		c.out = append(c.out, Piece{Start: int32(t.Start + start), End: int32(t.Start + i), Joined: int32(t.Start + i), Kind: kind})
	}
	c.out[first].Space, c.out[first].Line = space, line
	if len(c.out)-first > 2 {
		joinPieces(w, t.Start, c.out[first:])
	}
}

// letterRunEnd returns the end of the letters and combining marks from w[i].
func letterRunEnd(w string, i int) int {
	for i < len(w) {
		if ch := w[i]; ch < utf8.RuneSelf {
			if cl := asciiClass[ch]; cl != cLower && cl != cUpper {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if r == utf8.RuneError || !(unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)) {
			return i
		}
		i += size
	}
	return i
}

// joinPieces sets Joined on the pieces of one token (w, starting at byte
// off): numbers with inner separators and words with inner apostrophes.
func joinPieces(w string, off int, ps []Piece) {
	// right to left, so that a piece takes over the end its partner two
	// pieces on already has: "1.500.000" in one pass
	for i := len(ps) - 3; i >= 0; i-- {
		if ps[i+2].Kind == ps[i].Kind && joins(w, off, ps, i) {
			ps[i].Joined = ps[i+2].Joined
		}
	}
}

// joins reports whether piece k+1 joins pieces k and k+2 of one token: a
// "." or "," between digit runs, an apostrophe between letter runs unless
// the run after it is a lone s (the possessive, split off).
func joins(w string, off int, ps []Piece, k int) bool {
	sep := w[int(ps[k+1].Start)-off : int(ps[k+1].End)-off]
	switch ps[k].Kind {
	case Digits:
		return sep == "." || sep == ","
	case Letters:
		if sep != "'" && sep != "\u2019" {
			return false
		}
		after := w[int(ps[k+2].Start)-off : int(ps[k+2].End)-off]
		return !strings.EqualFold(after, "s")
	}
	return false
}
