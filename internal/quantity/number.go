// number.go reads numbers: digits with their separators, number words,
// ranges, and whether the words around a number make it a figure.

package quantity

import (
	"math"
	"strconv"
	"strings"
)

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
