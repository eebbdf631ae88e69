// Package quantity finds the figures that Indonesian and English news
// reports: sums of money ("$94,8 miliar", "1,5 triliun rupiah", "£3bn"),
// percentages ("92,4 persen", "19%") and counts of a closed list of nouns
// ("26 pasang", "lima negara", "10 agreements"), with the value in units,
// the unit, approximation words, whether the figure is a change, and the
// noun phrase it measures when the sentence says.
//
// Extract is a single-pass scanner: it tokenizes the text once and only
// looks closer where a digit, a currency sign or code, or a number word
// starts. A bare number is never reported: a figure needs a currency, a
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
package quantity

import (
	"math"
	"strconv"
	"strings"

	"kronik/internal/record"
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

// Extract returns the figures in text, in text order. lang is "id" or "en";
// any other value makes Extract decide the number format from the words
// around each figure.
func Extract(text, lang string) []Quantity {
	x := extractor{s: text, toks: tokenize(text)}
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

// prefixCurrency reads a currency written before the amount at token i:
// a sign ("$", "€"), a dollar with its country mark ("US$", "S$") or a
// code ("USD", "Rp", "Rp."). It returns the code and the index of the token
// after it, or "" and i.
func (x *extractor) prefixCurrency(i int) (string, int) {
	txt := x.text(i)
	switch x.toks[i].kind {
	case tSym:
		if c, ok := symbols[txt]; ok {
			return c, i + 1
		}
	case tWord:
		if x.isSym(i+1, "$") && x.glued(i+1) {
			if c, ok := dollarPrefixes[txt]; ok {
				return c, i + 2
			}
		}
		if c, ok := prefixCodes[txt]; ok {
			j := i + 1
			if (txt == "Rp" || txt == "RP" || txt == "Rs") && x.isSym(j, ".") && x.glued(j) {
				j++ // "Rp. 500" and "Rs. 500"
			}
			return c, j
		}
	}
	return "", i
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

// isCurrencyMark reports whether token b is a currency sign, code or
// dollar country mark.
func (x *extractor) isCurrencyMark(b int) bool {
	t := x.text(b)
	if _, ok := symbols[t]; ok {
		return true
	}
	if _, ok := prefixCodes[t]; ok {
		return true
	}
	_, ok := dollarPrefixes[t]
	return ok
}

// isYear reports whether a digit token is a plain year (1800-2100).
func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	n := 0
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n >= 1800 && n <= 2100
}

// isPer reports whether w introduces the base of a rate ("per 1 dolar").
func isPer(w string) bool {
	return strings.EqualFold(w, "per") || strings.EqualFold(w, "setiap") || strings.EqualFold(w, "each")
}

// rangeSecond returns the index of the second number of a range whose
// first number is token j and whose connector starts at token k. A year
// never opens a range ("2023 dan 5 persen"), and "dan"/"and" join a range
// only after "antara"/"between".
func (x *extractor) rangeSecond(j, k int) (int, bool) {
	if k >= len(x.toks) || isYear(x.text(j)) {
		return 0, false
	}
	switch {
	case x.isSym(k, "-") || x.isSym(k, "–") || x.isSym(k, "—"):
	default:
		w := x.word(k)
		if ok, _ := lookupLower(rangeWords, w); !ok {
			return 0, false
		}
		if strings.EqualFold(w, "dan") || strings.EqualFold(w, "and") {
			b := j - 1
			for b >= 0 && x.isCurrencyMark(b) {
				b-- // "antara US$3 dan US$5"
			}
			if w := x.word(b); !strings.EqualFold(w, "antara") && !strings.EqualFold(w, "between") {
				return 0, false
			}
		}
	}
	r := k + 1
	if r < len(x.toks) {
		if _, j := x.prefixCurrency(r); j > r {
			r = j
		}
	}
	if r >= len(x.toks) || x.toks[r].kind != tNum {
		return 0, false
	}
	return k + 1, true
}

// rangeWords join the two ends of a range of figures.
var rangeWords = map[string]bool{
	"hingga": true, "sampai": true, "to": true, "and": true, "dan": true,
	"atau": true, "or": true,
}

// number reads the number at token j: digits, or number words. It returns
// the raw value for words (for digits the value is parsed later, when the
// number format is known), the last token, the vague lower bound of a
// plural number word, and whether there is a number.
func (x *extractor) number(j int) (float64, int, float64, bool) {
	if j >= len(x.toks) {
		return 0, j, 0, false
	}
	switch x.toks[j].kind {
	case tNum:
		return 0, j, 0, true
	case tWord:
		return x.wordNumber(j)
	}
	return 0, j, 0, false
}

// wordNumber reads a number written in words from token j: "lima", "dua
// puluh lima", "seratus", "seribu", "twenty-five", "three hundred",
// "puluhan", "hundreds".
func (x *extractor) wordNumber(j int) (float64, int, float64, bool) {
	w := x.word(j)
	if v, ok := lookupLower(vagueNumbers, w); ok {
		return v, j, v, true
	}
	if v, ok := lookupLower(seScales, w); ok {
		return v, j, 0, true
	}
	group, last := 0.0, 0.0
	end := -1
	for k := j; k < len(x.toks); k++ {
		nw, ok := lookupLower(numberWords, x.word(k))
		if !ok {
			// English "twenty-five": a hyphen glued on both sides.
			if end >= 0 && x.isSym(k, "-") && x.glued(k) && x.glued(k+1) && last >= 20 && last < 100 {
				if nx, ok := lookupLower(numberWords, x.word(k+1)); ok && nx.kind == 'd' && nx.v < 10 {
					group += last
					last = nx.v
					end = k + 1
					k++
					continue
				}
			}
			if end >= 0 && strings.EqualFold(x.word(k), "and") && last >= 100 {
				// "one hundred and fifty"
				if nx, ok := lookupLower(numberWords, x.word(k+1)); ok && nx.kind == 'd' {
					continue
				}
			}
			break
		}
		switch nw.kind {
		case 'd':
			if end >= 0 && last != 0 && last < 10 && nw.v < 100 {
				// two digit words in a row ("dua tiga") are no number
				return 0, k, 0, false
			}
			group += last
			last = nw.v
		case 't': // "dua belas" = 12
			if end < 0 || last >= 10 {
				return 0, k, 0, false
			}
			last += 10
		case 'p': // "dua puluh" = 20
			if end < 0 || last >= 10 {
				return 0, k, 0, false
			}
			last *= 10
		case 'r': // "dua ratus", "three hundred"
			if end < 0 || last >= 10 {
				return 0, k, 0, false
			}
			last *= 100
		}
		end = k
	}
	if end < 0 {
		return 0, j, 0, false
	}
	return group + last, end, 0, true
}

// numberContextOK rejects digit tokens that are parts of something else:
// codes glued to letters ("G20", "COVID-19", "ke-2"), dates and fractions
// ("16/6"), times ("14:29"), phone and id marks ("+62", "#12"), list
// numbers at a line start ("1. Penguatan") and day numbers next to a month.
func (x *extractor) numberContextOK(j int, prefixed bool) bool {
	t := x.toks[j]
	if t.end-t.start > 40 {
		return false
	}
	if !prefixed && t.glued && j > 0 {
		p := x.toks[j-1]
		switch {
		case p.kind == tWord:
			return false
		case p.kind == tSym:
			switch x.text(j - 1) {
			case "/", ":", "+", "#", "@", "_", ".", ",":
				return false
			case "-", "‐", "‑":
				if x.glued(j-1) && j >= 2 && x.toks[j-2].kind == tWord {
					return false // ke-2, COVID-19
				}
			}
		}
	}
	if j+1 < len(x.toks) && x.glued(j+1) {
		switch x.text(j + 1) {
		case "/", ":":
			if j+2 < len(x.toks) && x.toks[j+2].kind == tNum && x.glued(j+2) {
				return false
			}
		case ".", ")":
			if t.lineStart && !prefixed {
				return false // "1. Penguatan", "2) ..."
			}
		}
	}
	if monthWords[strings.ToLower(x.word(j+1))] || monthWords[strings.ToLower(x.word(j-1))] {
		return false
	}
	return true
}

// wordNumberContextOK rejects number words that are no figure: "salah
// satu" (one of), "satu-satunya" (the only), "satu sama lain" (each
// other).
func (x *extractor) wordNumberContextOK(j, last int) bool {
	if strings.EqualFold(x.word(j-1), "salah") {
		return false
	}
	if x.isSym(last+1, "-") && x.glued(last+1) {
		return false
	}
	if x.isSym(j-1, "-") && x.glued(j) {
		return false // "ke-lima", "dua-dua"
	}
	return true
}

// scaleAt reads a scale word at token k for a figure in currency cur.
func (x *extractor) scaleAt(k int, cur string) (float64, bool, bool) {
	w := x.word(k)
	if w == "" {
		return 0, false, false
	}
	if cs, ok := caseScales[w]; ok {
		if !x.moneyContext(k, cur) {
			return 0, false, false
		}
		if cur == "IDR" || (x.lang == "id" && cur != "USD") || (x.lang == "" && cur == "") {
			return cs.id, true, true
		}
		return cs.en, false, true
	}
	sw, ok := lookupLower(scales, w)
	if !ok {
		return 0, false, false
	}
	if sw.abbrev && !x.moneyContext(k, cur) {
		return 0, false, false
	}
	if sw.abbrev && !x.glued(k) && x.isSym(k+1, ".") && x.glued(k+1) {
		// "5 m." is more often metres at a sentence end; only glued
		// abbreviations ("$5m.") stay scales there.
		return 0, false, false
	}
	return sw.mult, sw.id, true
}

// moneyContext reports whether a one-letter scale at k belongs to money: a
// currency before the number or a currency word after the scale.
func (x *extractor) moneyContext(k int, cur string) bool {
	if cur != "" {
		return true
	}
	u, ok := x.unitAt(k+1, "", true, false)
	return ok && u.kind == Money
}

// unit is a unit found after a number.
type unit struct {
	kind, unit string
	last       int
}

// unitAt reads the unit at token k: a percent sign or word, a currency word
// or code, or a counted noun. scaled tells whether a scale word came before
// (some currency names are common words and need one); vague allows "of"
// ("hundreds of people").
func (x *extractor) unitAt(k int, cur string, scaled, vague bool) (unit, bool) {
	if k >= len(x.toks) {
		return unit{}, false
	}
	if x.isSym(k, "%") || x.isSym(k, "٪") {
		return x.percentTail(k), true
	}
	w := x.word(k)
	if w == "" {
		return unit{}, false
	}
	if vague && strings.EqualFold(w, "of") {
		if u, ok := x.unitAt(k+1, cur, scaled, false); ok {
			return u, true
		}
		return unit{}, false
	}
	if ok, _ := lookupLower(percentWords, w); ok {
		if strings.EqualFold(w, "percentage") {
			if pw, _ := lookupLower(pointWords, x.word(k+1)); pw {
				return unit{Percent, "%", k + 1}, true
			}
			return unit{}, false
		}
		return x.percentTail(k), true
	}
	if w == "pc" && x.glued(k) && k > 0 && x.toks[k-1].kind == tNum {
		return unit{Percent, "%", k}, true // British "25pc"
	}
	if strings.EqualFold(w, "per") && strings.EqualFold(x.word(k+1), "cent") {
		return x.percentTail(k + 1), true
	}
	if c, ok := prefixCodes[w]; ok && len(w) == 3 {
		return unit{Money, c, k}, true // "5 miliar USD"
	}
	if c, ok := scaledCodes[w]; ok && scaled {
		return unit{Money, c, k}, true // "5 miliar PHP"
	}
	if code, last, ok := x.currencyWordAt(k, scaled); ok {
		return unit{Money, code, last}, true
	}
	if cur != "" {
		return unit{}, false
	}
	if n2, ok := lookupLower2(countNouns2, w, x.word(k+1)); ok && n2 && x.word(k+1) != "" {
		return unit{Count, strings.ToLower(x.s[x.toks[k].start:x.toks[k+1].end]), k + 1}, true
	}
	if ok, _ := lookupLower(countNouns, w); ok {
		if x.isSym(k+1, "-") && x.glued(k+1) {
			return unit{}, false // "negara-negara" reduplication is no count noun after a number
		}
		return unit{Count, strings.ToLower(w), k}, true
	}
	return unit{}, false
}

// percentTail extends a percent unit at k over "poin"/"points" ("5 persen
// poin").
func (x *extractor) percentTail(k int) unit {
	if pw, _ := lookupLower(pointWords, x.word(k+1)); pw {
		return unit{Percent, "%", k + 1}
	}
	return unit{Percent, "%", k}
}

// currencyWordAt reads a currency named at token k, with its qualifiers:
// "dolar AS", "dolar Amerika Serikat", "dolar Singapura", "US dollars",
// "Hong Kong dollars", "yuan", "won Korea".
func (x *extractor) currencyWordAt(k int, scaled bool) (string, int, bool) {
	w := x.word(k)
	// English qualifier first: "US dollars", "Hong Kong dollars".
	if q, ok := lookupLower(dollarBefore, w); ok {
		next := k + 1
		if strings.EqualFold(w, "hong") || strings.EqualFold(w, "new") {
			next++
		}
		if cw, ok := lookupLower(currencyWords, x.word(next)); ok && cw.dollar {
			return q, next, true
		}
	}
	if strings.EqualFold(w, "hong") && strings.EqualFold(x.word(k+1), "kong") {
		if cw, ok := lookupLower(currencyWords, x.word(k+2)); ok && cw.dollar {
			return "HKD", k + 2, true
		}
	}
	if strings.EqualFold(w, "new") && strings.EqualFold(x.word(k+1), "zealand") {
		if cw, ok := lookupLower(currencyWords, x.word(k+2)); ok && cw.dollar {
			return "NZD", k + 2, true
		}
	}
	if w == "U" && x.isSym(k+1, ".") && x.word(k+2) == "S" && x.isSym(k+3, ".") {
		if cw, ok := lookupLower(currencyWords, x.word(k+4)); ok && cw.dollar {
			return "USD", k + 4, true
		}
	}
	cw, ok := lookupLower(currencyWords, w)
	if !ok {
		return "", 0, false
	}
	code, last := cw.code, k
	// Qualifier after the name: "dolar AS", "dolar Amerika Serikat",
	// "won Korea Selatan", "yuan China".
	qw := x.word(k + 1)
	if q, ok := lookupLower(currencyAfter, qw); ok && (qw[0] >= 'A' && qw[0] <= 'Z') {
		switch {
		case cw.dollar:
			code, last = q, k+1
		case q == cw.code:
			last = k + 1
		}
		if last == k+1 {
			switch strings.ToLower(qw) {
			case "amerika":
				if strings.EqualFold(x.word(k+2), "serikat") {
					last = k + 2
				}
			case "hong":
				if strings.EqualFold(x.word(k+2), "kong") {
					last = k + 2
				}
			case "selandia":
				if strings.EqualFold(x.word(k+2), "baru") {
					last = k + 2
				}
			case "korea":
				if strings.EqualFold(x.word(k+2), "selatan") {
					last = k + 2
				}
			}
		}
	}
	if cw.needsScale && !scaled && last == k {
		if cw.code == "GBP" && strings.EqualFold(x.word(k+1), "sterling") {
			return "GBP", k + 1, true
		}
		return "", 0, false
	}
	if cw.code == "GBP" && strings.EqualFold(x.word(last+1), "sterling") {
		last++
	}
	return code, last, true
}

// value computes the figure's value in units: the parsed number times the
// scale. It fails on numbers that are not well formed ("1.2.3") and on
// values that are not finite.
func (x *extractor) value(c cand, idScale, enScale bool) (float64, bool) {
	var v float64
	if x.toks[c.num].kind == tNum {
		var ok bool
		v, ok = parseDigits(x.text(c.num), x.thousands(c, idScale, enScale), c.scale > 1)
		if !ok {
			return 0, false
		}
	} else {
		nv, _, _, ok := x.number(c.num)
		if !ok {
			return 0, false
		}
		v = nv
	}
	v *= c.scale
	if math.IsInf(v, 0) || math.IsNaN(v) || v < 0 {
		return 0, false
	}
	return v, true
}

// thousands returns the thousands separator of the figure's number format:
// '.' Indonesian, ',' English, 0 when unknown (then a three-digit group
// reads as thousands with either separator).
func (x *extractor) thousands(c cand, idScale, enScale bool) byte {
	if c.unit == "IDR" {
		return 0 // rupiah amounts: three-digit groups are thousands
	}
	switch x.lang {
	case "id":
		return '.'
	case "en":
		return ','
	}
	switch {
	case idScale && !enScale:
		return '.'
	case enScale && !idScale:
		return ','
	}
	id, en := 0, 0
	for _, k := range [...]int{c.first - 1, c.first - 2, c.last, c.last + 1} {
		w := x.word(k)
		if w == "" {
			continue
		}
		if ok, _ := lookupLower(idVotes, w); ok {
			id++
		}
		if ok, _ := lookupLower(enVotes, w); ok {
			en++
		}
	}
	switch {
	case id > en:
		return '.'
	case en > id:
		return ','
	}
	return 0
}

// parseDigits parses a number written with "." and "," separators. thou is
// the language's thousands separator ('.', ',' or 0 for unknown); scaled
// tells whether a scale word follows. See the package documentation for the
// rules.
func parseDigits(raw string, thou byte, scaled bool) (float64, bool) {
	var nDot, nComma, digits int
	var lastSep byte
	for i := 0; i < len(raw); i++ {
		switch raw[i] {
		case '.':
			nDot++
			lastSep = '.'
		case ',':
			nComma++
			lastSep = ','
		default:
			digits++
		}
	}
	if digits > 30 {
		return 0, false
	}
	var dec byte
	switch {
	case nDot == 0 && nComma == 0:
	case nDot > 0 && nComma > 0:
		dec = lastSep
		if (dec == '.' && nDot != 1) || (dec == ',' && nComma != 1) {
			return 0, false // "1.2,3.4"
		}
	default:
		sep := byte('.')
		if nComma > 0 {
			sep = ','
		}
		if nDot+nComma == 1 {
			p := strings.IndexByte(raw, sep)
			g, k := p, len(raw)-p-1
			switch {
			case k != 3 || g > 3 || raw[0] == '0':
				dec = sep
			case thou == 0 || thou == sep:
				dec = 0
			case scaled:
				dec = sep // "$1.500 billion" in English
			}
		}
	}
	// Build the plain number, checking that thousands groups have three
	// digits and the first one to three.
	var buf [48]byte
	n := 0
	group := 0
	seenSep := false
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c == '.' || c == ',' {
			if c == dec {
				if seenSep && group != 3 {
					return 0, false
				}
				buf[n] = '.'
				n++
				// the rest is the fraction
				for i++; i < len(raw); i++ {
					if raw[i] == '.' || raw[i] == ',' {
						return 0, false
					}
					buf[n] = raw[i]
					n++
				}
				break
			}
			if (!seenSep && (group == 0 || group > 3)) || (seenSep && group != 3) {
				return 0, false
			}
			seenSep = true
			group = 0
			continue
		}
		buf[n] = c
		n++
		group++
	}
	if dec == 0 && seenSep && group != 3 {
		return 0, false
	}
	v, err := strconv.ParseFloat(string(buf[:n]), 64)
	if err != nil || math.IsInf(v, 0) {
		return 0, false
	}
	return v, true
}

// chineseNear reports whether the text around a "¥" figure speaks of China
// and not of Japan, so that "¥" is yuan.
func (x *extractor) chineseNear(c cand) bool {
	lo := max(x.toks[c.first].start-200, 0)
	hi := min(x.toks[c.last].end+200, len(x.s))
	win := strings.ToLower(x.s[lo:hi])
	cn := strings.Contains(win, "yuan") || strings.Contains(win, "rmb") ||
		strings.Contains(win, "renminbi") || strings.Contains(win, "china") ||
		strings.Contains(win, "chinese") || strings.Contains(win, "tiongkok") ||
		strings.Contains(win, "beijing")
	jp := strings.Contains(win, "yen") || strings.Contains(win, "japan") ||
		strings.Contains(win, "jepang") || strings.Contains(win, "tokyo")
	return cn && !jp
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
