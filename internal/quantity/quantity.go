// Package quantity finds the figures that Indonesian and English news
// reports: sums of money ("$94,8 miliar", "1,5 triliun rupiah", "£3bn"),
// percentages ("92,4 persen", "19%") and counts of a closed list of nouns
// ("26 pasang", "lima negara", "10 agreements"), with the value in units,
// the unit, approximation words, whether the figure is a change, and the
// noun phrase it measures when the sentence says.
//
// Extract is a single-pass scanner over the pipeline's one token stream,
// cut into pieces by internal/text (text.Cut): it only looks closer where a
// digit, a currency sign or code, or a number word starts. A bare number is never reported: a figure needs a currency, a
// percent sign or word, or a counted noun. That is what keeps dates
// ("16 Juni 2025", "pada 2024"), times ("14:29"), ordinals ("ke-2",
// "2nd"), list numbers ("1. Penguatan"), phone numbers, article ids and
// durations ("30 tahun": years are not a counted noun) out.
//
// Conventions worth knowing:
//   - Number format: Indonesian writes "1.500.000" and "94,8", English
//     "1,500,000" and "94.8". A separator followed by other than exactly
//     three digits is a decimal point in either language. A single
//     separator followed by exactly three digits is a thousands separator
//     when it is the language's own; when it is the other language's it is
//     a thousands separator without a scale word ("Rp16.296" in English
//     text) and a decimal point before one ("$1.500 billion" in English is
//     1.5 billion). Rupiah amounts always read three-digit groups as
//     thousands. Without a language, neighbouring words vote.
//   - "M" after a number is miliar (10^9) in Indonesian text or for rupiah
//     ("Rp 5 M"), million elsewhere ("$5M"). One-letter scales (m, b, k, M,
//     T) count only for money.
//   - "¥" is the sign of both yen and yuan: it is read as JPY unless
//     "yuan", "RMB" or "renminbi" follows, or Chinese words are near and
//     Japanese ones are not.
//   - An exchange-rate base ("(1 dolar AS = Rp16.296)") is skipped; the
//     rupiah side is reported.
//   - Ranges ("5-6 persen", "$3-5 billion") give two figures that share the
//     unit and scale written after the second.
//   - Plural number words ("puluhan", "ribuan", "hundreds of") give the
//     lower bound with Approx "more than".
//
// What it owns and may not touch: the figures of a text and what they
// measure, read from the text and its pieces (text.Piece); it does not cut
// text itself, and it knows nothing of sentences' dates, entities, events or
// the store (a figure's sentence and period are the pipeline's).
package quantity

import (
	"strings"

	"kronik/internal/record"
	"kronik/internal/text"
)

// Quantity is one reported figure.
type Quantity struct {
	Kind       string  // "money", "percent", "count"
	Value      float64 // in units (94,8 miliar -> 94800000000); percent as 92.4
	Unit       string  // ISO 4217 code for money, "%" for percent, the counted noun for counts
	Text       string  // the figure as written: Text == text[Start:End]
	Start, End int     // byte offsets into the text given to Extract
	Measures   string  // what the figure measures when the sentence says, else ""
	Approx     string  // "about", "almost", "more than", "less than", "up to", "at least", or ""
	Change     bool    // the figure is a change ("naik 5,4 miliar", "rose by 3%"), not a level
}

// Kinds of quantity.
const (
	Money   = "money"
	Percent = "percent"
	Count   = "count"
)

// Extract returns the figures in s, a bare text, in text order: it cuts the
// text into pieces itself (text.CutText). The pipeline, which has cut them
// already, calls ExtractPieces.
func Extract(s, lang string) []Quantity {
	return ExtractPieces(s, text.CutText(s), lang)
}

// ExtractPieces returns the figures in s, given the pieces text.Cut made of
// it, in text order. lang is "id" or "en"; any other value makes it decide
// the number format from the words around each figure.
func ExtractPieces(s string, ps []text.Piece, lang string) []Quantity {
	x := extractor{s: s, toks: tokensOf(ps)}
	switch strings.ToLower(lang) {
	case "id", "ms", "ind", "indonesian":
		x.lang = "id"
	case "en", "eng", "english":
		x.lang = "en"
	}
	var out []Quantity
	measured, measuredLast := "", -1 // the last figure's Measures that was not empty, and its last token
	for i := 0; i < len(x.toks); {
		if !x.mayStart(i) {
			i++
			continue
		}
		cands, n, next := x.parseAt(i, "", true)
		if n == 0 {
			i = next
			continue
		}
		for ci, c := range cands[:n] {
			q := x.finish(c)
			if ci == 1 {
				// the second end of a range shares what the first
				// says: "tumbuh 5-6 persen" is a change of 6 too.
				first := out[len(out)-1]
				q.Change = q.Change || first.Change
				if q.Measures == "" {
					q.Measures = first.Measures
				}
			}
			if q.Change && q.Measures == "" && measured != "" && x.sameSentence(measuredLast, c.first) {
				// "mencapai 95 miliar dolar AS, naik 5,4 miliar": the
				// change is of the thing an earlier figure of the
				// sentence measured.
				q.Measures = measured
			}
			if q.Measures != "" {
				measured, measuredLast = q.Measures, c.last
			}
			out = append(out, q)
		}
		i = next
	}
	return out
}

// extractor holds the state of one Extract call.
type extractor struct {
	s    string
	toks []token
	lang string // "id", "en" or "" when unknown
}

// cand is a figure found by parseAt, in token indices.
type cand struct {
	first, num, last int // first token (currency prefix or number), number token, last token
	kind, unit       string
	value, scale     float64
	approx           string // set by plural number words
}

// text returns the text of token i.
func (x *extractor) text(i int) string {
	t := x.toks[i]
	return x.s[t.start:t.end]
}

// word returns the text of token i when it is a word, else "".
func (x *extractor) word(i int) string {
	if i < 0 || i >= len(x.toks) || x.toks[i].kind != tWord {
		return ""
	}
	return x.text(i)
}

// isSym reports whether token i is the symbol sym.
func (x *extractor) isSym(i int, sym string) bool {
	return i >= 0 && i < len(x.toks) && x.toks[i].kind == tSym && x.text(i) == sym
}

// glued reports whether token i exists and touches the token before it.
func (x *extractor) glued(i int) bool {
	return i >= 0 && i < len(x.toks) && x.toks[i].glued
}

// startWords are the lower-case words that can open a figure: number words,
// "se-" scales and plural number words. Built once from the tables above.
var startWords = func() map[string]bool {
	m := map[string]bool{}
	for k := range numberWords {
		m[k] = true
	}
	for k := range seScales {
		m[k] = true
	}
	for k := range vagueNumbers {
		m[k] = true
	}
	delete(m, "belas")
	delete(m, "puluh")
	delete(m, "ratus")
	delete(m, "hundred")
	return m
}()

// startPrefix marks the lower-case two-letter beginnings of startWords, so
// that most words are turned away without a map lookup.
var startPrefix = func() *[26 * 26]bool {
	var p [26 * 26]bool
	for k := range startWords {
		p[int(k[0]-'a')*26+int(k[1]-'a')] = true
	}
	return &p
}()

// hasStartPrefix reports whether w begins like one of startWords.
func hasStartPrefix(w string) bool {
	if len(w) < 3 {
		return false
	}
	a, b := w[0]|0x20, w[1]|0x20
	if a < 'a' || a > 'z' || b < 'a' || b > 'z' {
		return false
	}
	return startPrefix[int(a-'a')*26+int(b-'a')]
}

// mayStart is the cheap test that token i can open a figure.
func (x *extractor) mayStart(i int) bool {
	t := x.toks[i]
	switch t.kind {
	case tNum:
		return true
	case tSym:
		_, ok := symbols[x.text(i)]
		return ok
	}
	w := x.text(i)
	if c := w[0]; c >= 'A' && c <= 'Z' {
		if _, ok := prefixCodes[w]; ok {
			return true
		}
		if _, ok := dollarPrefixes[w]; ok && x.isSym(i+1, "$") && x.glued(i+1) {
			return true
		}
	}
	if !hasStartPrefix(w) {
		return false
	}
	_, ok := lookupLower(startWords, w)
	return ok
}

// parseAt reads the figure that starts at token i. It returns up to two
// candidates (two for a range) and the index to continue from. inherit is
// the currency of the first half of a range ("$3-5 billion").
func (x *extractor) parseAt(i int, inherit string, allowRange bool) ([2]cand, int, int) {
	var out [2]cand
	cur, j := x.prefixCurrency(i)
	if cur != "" && (j >= len(x.toks) || x.toks[j].kind != tNum) {
		return out, 0, j
	}
	if cur == "" {
		cur = inherit
	}
	prefixed := j > i
	_, last, vague, ok := x.number(j)
	if !ok {
		return out, 0, max(last+1, i+1)
	}
	if x.toks[j].kind == tNum && !x.numberContextOK(j, prefixed) {
		return out, 0, last + 1
	}
	if x.toks[j].kind == tWord && !x.wordNumberContextOK(j, last) {
		return out, 0, last + 1
	}

	c := cand{first: i, num: j, last: last, scale: 1}
	if vague > 0 {
		c.approx = "more than"
	}
	k := last + 1

	// Scale words: "1,5 triliun", "600m", "ribu triliun", "hundreds of
	// millions". At most three, so the value stays finite.
	idScale, enScale := false, false
	for n := 0; n < 3 && k < len(x.toks); n++ {
		kk := k
		if vague > 0 && strings.EqualFold(x.word(kk), "of") {
			kk++
		}
		if x.isSym(kk, "-") && x.glued(kk) && x.glued(kk+1) {
			kk++ // "$1.2-trillion"
		}
		m, isID, ok := x.scaleAt(kk, cur)
		if !ok {
			break
		}
		c.scale *= m
		idScale = idScale || isID
		enScale = enScale || !isID
		c.last = kk
		k = kk + 1
	}
	// A word glued to the number that is not a scale ("2nd", "5G", "10x")
	// makes it no figure; units glued to it ("5%", "3bn") are fine.
	if x.toks[j].kind == tNum && k == last+1 && k < len(x.toks) && x.glued(k) && x.toks[k].kind == tWord {
		if _, ok := x.unitAt(k, cur, false, vague > 0); !ok {
			return out, 0, k + 1
		}
	}

	uk := k
	if x.isSym(uk, "-") && x.glued(uk) && x.glued(uk+1) && x.toks[uk+1].kind == tWord {
		uk++ // "a 10-percent stake", "$5-billion deal"
	}
	u, ok := x.unitAt(uk, cur, c.scale > 1, vague > 0)
	if !ok && c.scale == 1 && cur != "" && allowRange {
		// "$3-5 billion": the scale after the second number is shared.
		if r, ok := x.rangeSecond(j, k); ok {
			if seconds, n, next := x.parseAt(r, cur, false); n == 1 && seconds[0].kind == Money {
				c.kind, c.unit, c.scale, c.last = Money, seconds[0].unit, seconds[0].scale, k-1
				if v, ok := x.value(c, idScale, enScale); ok {
					c.value = v
					return [2]cand{c, seconds[0]}, 2, next
				}
			}
		}
	}
	if ok {
		c.kind, c.unit, c.last = u.kind, u.unit, u.last
		if u.kind == Money && cur != "" && u.unit != cur && !(cur == "JPY" && u.unit == "CNY" && x.text(i) != "JPY") {
			// "US$5 billion euros" cannot be both: keep the prefix,
			// leave the suffix word out of the span.
			c.kind, c.unit, c.last = Money, cur, k-1
		}
	} else if cur != "" {
		c.kind, c.unit = Money, cur
	}

	if c.kind == "" && allowRange {
		// A range: "5-6 persen", "3 hingga 5 miliar dolar", "$3-5 billion".
		if r, ok := x.rangeSecond(j, k); ok {
			seconds, n, next := x.parseAt(r, cur, false)
			if n == 1 {
				sec := seconds[0]
				c.kind, c.unit = sec.kind, sec.unit
				if c.scale == 1 {
					c.scale = sec.scale
				}
				c.last = k - 1
				if vf, ok := x.value(c, idScale, enScale); ok {
					c.value = vf
					out[0] = c
					out[1] = sec
					return out, 2, next
				}
			}
		}
	}
	if c.kind == "" {
		return out, 0, last + 1
	}
	if c.kind == Money && (x.isSym(c.last+1, "=") || isPer(x.word(i-1))) {
		// "(1 dolar AS = Rp16.296)", "Rp16.296 per 1 dolar AS": the base
		// of an exchange rate is no reported figure.
		return out, 0, c.last + 1
	}
	if c.kind == Money && c.unit == "JPY" && x.text(i) != "JPY" && x.chineseNear(c) {
		c.unit = "CNY"
	}
	v, ok := x.value(c, idScale, enScale)
	if !ok {
		return out, 0, c.last + 1
	}
	c.value = v
	out[0] = c
	return out, 1, c.last + 1
}

// sameSentence reports whether no sentence end lies between token a and
// token b.
func (x *extractor) sameSentence(a, b int) bool {
	if a < 0 {
		return false
	}
	for k := a + 1; k <= b && k < len(x.toks); k++ {
		if x.toks[k].lineStart {
			return false
		}
		if x.toks[k].kind == tSym {
			switch x.text(k) {
			case ".", "!", "?":
				return false
			}
		}
	}
	return true
}

// Record returns the figure as the record type of the extraction contract,
// Change included: the knowledge base keeps it so that a dossier never groups
// a rise with a level.
func (q Quantity) Record() record.Quantity {
	return record.Quantity{
		Kind:     q.Kind,
		Value:    q.Value,
		Unit:     q.Unit,
		Text:     q.Text,
		Start:    q.Start,
		End:      q.End,
		Measures: q.Measures,
		Approx:   q.Approx,
		Change:   q.Change,
	}
}
