// unit.go reads what a number counts: currencies (symbols, codes and words),
// scale words, percentages and units.

package quantity

import "strings"

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

// chineseNear reports whether the text around a "¥" figure speaks of China
// and not of Japan, so that "¥" is yuan.
func (x *extractor) chineseNear(c cand) bool {
	lo := max(int(x.toks[c.first].start)-200, 0)
	hi := min(int(x.toks[c.last].end)+200, len(x.s))
	win := strings.ToLower(x.s[lo:hi])
	cn := strings.Contains(win, "yuan") || strings.Contains(win, "rmb") ||
		strings.Contains(win, "renminbi") || strings.Contains(win, "china") ||
		strings.Contains(win, "chinese") || strings.Contains(win, "tiongkok") ||
		strings.Contains(win, "beijing")
	jp := strings.Contains(win, "yen") || strings.Contains(win, "japan") ||
		strings.Contains(win, "jepang") || strings.Contains(win, "tokyo")
	return cn && !jp
}
