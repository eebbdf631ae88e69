package quantity

import "strings"

// finish turns a candidate into a Quantity and reads the words before it:
// approximators, change verbs and the measured noun phrase.
func (x *extractor) finish(c cand) Quantity {
	start, end := int(x.toks[c.first].start), int(x.toks[c.last].end)
	q := Quantity{
		Kind:  c.kind,
		Value: c.value,
		Unit:  c.unit,
		Text:  x.s[start:end],
		Start: start,
		End:   end,
	}
	q.Approx = x.approx(c.first)
	if q.Approx == "" {
		q.Approx = c.approx
	}
	q.Change = x.change(c.first)
	q.Measures = x.measures(c.first)
	return q
}

// approx reads an approximator right before token f: "hampir", "lebih
// dari", "tidak kurang dari", "more than", "up to", "~".
func (x *extractor) approx(f int) string {
	if x.isSym(f-1, "~") || x.isSym(f-1, "±") || x.isSym(f-1, "≈") {
		return "about"
	}
	w1, w2, w3 := x.word(f-1), x.word(f-2), x.word(f-3)
	if w1 == "" {
		return ""
	}
	if w2 != "" && w3 != "" {
		if a, ok := lookupLower3(approx3, w3, w2, w1); ok {
			return a
		}
	}
	if w2 != "" {
		if a, ok := lookupLower2(approx2, w2, w1); ok {
			return a
		}
	}
	// "kira-kira" is three tokens: kira, -, kira
	if strings.EqualFold(w1, "kira") && x.isSym(f-2, "-") && strings.EqualFold(x.word(f-3), "kira") {
		return "about"
	}
	a, ok := lookupLower(approx1, w1)
	if !ok {
		return ""
	}
	if a == "up to" {
		// "hingga"/"sampai" after a change verb or "dari" is "to" ("naik
		// hingga 26 pasang", "dari 5 hingga 7"), not "up to".
		p := x.word(f - 2)
		if p == "" {
			return ""
		}
		if ch, _ := lookupLower(changeWords, p); ch {
			return ""
		}
		if strings.EqualFold(p, "dari") || strings.EqualFold(p, "from") {
			return ""
		}
		if x.endsFigure(f - 2) {
			return "" // "Rp1,5 miliar hingga Rp2 miliar": a range
		}
	}
	return a
}

// endsFigure reports whether token k can be the last token of a figure:
// a number, "%", or a scale, percent, currency or counted word. Used to
// tell the "hingga" of a range from "hingga" = "up to".
func (x *extractor) endsFigure(k int) bool {
	if k < 0 || k >= len(x.toks) {
		return false
	}
	switch x.toks[k].kind {
	case tNum:
		return true
	case tSym:
		return x.text(k) == "%"
	}
	w := x.text(k)
	if _, ok := lookupLower(scales, w); ok {
		return true
	}
	if _, ok := caseScales[w]; ok {
		return true
	}
	if _, ok := lookupLower(currencyWords, w); ok {
		return true
	}
	if _, ok := lookupLower(currencyAfter, w); ok {
		return true
	}
	if ok, _ := lookupLower(percentWords, w); ok {
		return true
	}
	ok, _ := lookupLower(countNouns, w)
	return ok
}

// change reports whether the figure at token f is the size of a change:
// a change verb or noun before it, possibly through "sebesar", "by", "of"
// or an approximator, and not through "menjadi", "to" (new level).
func (x *extractor) change(f int) bool {
	for b, n := f-1, 0; b >= 0 && n < 4; b, n = b-1, n+1 {
		w := x.word(b)
		if w == "" {
			return false
		}
		if lb, _ := lookupLower(levelBridges, w); lb {
			return false
		}
		if strings.EqualFold(w, "dari") || strings.EqualFold(w, "from") {
			// "turun dari 1,95 persen": the old level, unless it is
			// "lebih dari" / "kurang dari".
			p := x.word(b - 1)
			if !strings.EqualFold(p, "lebih") && !strings.EqualFold(p, "kurang") {
				return false
			}
		}
		if ch, _ := lookupLower(changeWords, w); ch {
			return true
		}
		if br, _ := lookupLower(changeBridges, w); br {
			continue
		}
		if _, ok := lookupLower(approx1, w); ok {
			continue
		}
		return false
	}
	return false
}

// approxParts are the words of multi-word approximators, skipped when
// walking back from a figure to its predicate.
var approxParts = map[string]bool{
	"lebih": true, "dari": true, "kurang": true, "tidak": true, "paling": true,
	"sedikit": true, "more": true, "than": true, "less": true, "fewer": true,
	"up": true, "least": true, "most": true, "as": true, "many": true,
	"much": true, "close": true, "estimated": true, "di": true, "atas": true,
	"bawah": true, "kira": true,
}

// elidedSubject are conjunctions that, right before a predicate, show that
// its subject was left out ("... dan bernilai Rp 15 triliun").
var elidedSubject = map[string]bool{
	"dan": true, "serta": true, "atau": true, "tetapi": true, "namun": true,
	"and": true, "or": true, "but": true, "yet": true,
}

// pronounSubjects are subjects that say nothing about what is measured.
var pronounSubjects = map[string]bool{
	"it": true, "this": true, "that": true, "they": true, "ini": true,
	"itu": true, "ia": true, "dia": true, "mereka": true, "which": true,
	"jumlah": true, "angka": true, "nilainya": true, "jumlahnya": true,
	"total": true, "figure": true, "number": true,
}

// measures returns the noun phrase the figure at token f is predicated of:
// the subject before a predicate such as "mencapai", "senilai", "reached",
// "worth" ("nilai dagang kedua negara mencapai hampir 41 miliar dolar
// AS" -> "nilai dagang kedua negara"). It returns "" when no predicate
// is found or the phrase is long or empty: a wrong phrase is worse than
// none.
func (x *extractor) measures(f int) string {
	pred := -1
	b := f - 1
	for n := 0; b >= 0 && n < 6; n++ {
		w := x.word(b)
		if w == "" {
			if x.isSym(b, "-") && x.glued(b) && strings.EqualFold(x.word(b-1), "kira") {
				b-- // "kira-kira"
				continue
			}
			break
		}
		if p, _ := lookupLower(predicates, w); p {
			pred = b
			b--
			continue
		}
		if pb, _ := lookupLower(predicateBridges, w); pb {
			b--
			continue
		}
		if _, ok := lookupLower(approx1, w); ok {
			b--
			continue
		}
		if ap, _ := lookupLower(approxParts, w); ap {
			b--
			continue
		}
		break
	}
	if pred < 0 {
		return ""
	}
	// Walk back over adverbs, then over the subject.
	b = pred - 1
	if x.isSym(b, ",") && strings.EqualFold(x.word(pred), "worth") {
		b-- // appositive "The loan, worth about $2 billion,"
	}
	for b >= 0 {
		if adv, _ := lookupLower(subjectAdverbs, x.word(b)); !adv {
			break
		}
		b--
	}
	end := b
	if end < 0 || x.toks[end].kind == tSym {
		return ""
	}
	if el, _ := lookupLower(elidedSubject, x.word(end)); el {
		// "Proyek ini menyerap ... dan bernilai Rp 15 triliun": the
		// subject is left out after a conjunction and lies too far back.
		return ""
	}
	first := end
	for k := end; k >= 0 && end-k < 12; k-- {
		t := x.toks[k]
		if t.kind == tSym {
			// keep joiners inside words: "Tiongkok-Asia", "China's"
			switch x.text(k) {
			case "-", "'", "’", "&":
				if t.glued && x.glued(k+1) {
					continue
				}
			}
			break
		}
		if t.kind == tNum && k != end {
			break // a number before the subject belongs to another phrase
		}
		w := x.text(k)
		if t.kind == tWord {
			if st, _ := lookupLower(subjectStops, w); st {
				break
			}
			if looksLikeVerb(w) {
				break
			}
		}
		first = k
		if t.lineStart {
			break
		}
	}
	if x.toks[first].kind == tSym {
		first++
	}
	// Drop a leading time phrase ("Pada 2024", "In June 2024") and
	// leading articles and conjunctions.
	if tl, _ := lookupLower(temporalLead, x.word(first)); tl {
		lastNum := -1
		for k := first; k <= end; k++ {
			if x.toks[k].kind == tNum {
				lastNum = k
			}
		}
		if lastNum >= 0 {
			first = lastNum + 1
		}
	}
	for first <= end {
		if l, _ := lookupLower(subjectLead, x.word(first)); !l {
			break
		}
		first++
	}
	if first > end {
		return ""
	}
	// Cut at the first preposition after the head: "investasi kumulatif
	// Tiongkok di kawasan ini" -> "investasi kumulatif Tiongkok"; and at a
	// date inside the phrase: "ekspor nonmigas Januari-Mei 2025" ->
	// "ekspor nonmigas".
	for k := first + 1; k <= end; k++ {
		c, _ := lookupLower(subjectCut, x.word(k))
		if c || x.toks[k].kind == tNum || monthWords[strings.ToLower(x.word(k))] {
			end = k - 1
			break
		}
	}
	words := 0
	for k := first; k <= end; k++ {
		if x.toks[k].kind != tSym {
			words++
		}
	}
	if words == 0 || words > 6 || x.toks[end].kind == tSym || x.toks[first].kind != tWord {
		return ""
	}
	if words == 1 {
		if p, _ := lookupLower(pronounSubjects, x.word(first)); p {
			return ""
		}
	}
	return x.s[x.toks[first].start:x.toks[end].end]
}

// looksLikeVerb flags lower-case words that are most likely verbs and so
// cannot be inside a subject noun phrase: Indonesian active meN- forms
// ("menandatangani", "mengumumkan") and English past forms ("signed",
// "announced"). Capitalised words are names and never flagged; nouns with
// these shapes ("menteri", "need") are listed as exceptions.
func looksLikeVerb(w string) bool {
	if len(w) < 5 || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	if verbShapeExceptions[w] {
		return false
	}
	if strings.HasPrefix(w, "meng") || strings.HasPrefix(w, "meny") ||
		strings.HasPrefix(w, "mem") || strings.HasPrefix(w, "men") {
		return true
	}
	if strings.HasPrefix(w, "di") && strings.HasSuffix(w, "kan") {
		return true // "disepakatkan", "diumumkan"-type passives in -kan
	}
	return strings.HasSuffix(w, "ed") && len(w) > 5
}

// verbShapeExceptions are nouns and adjectives shaped like verbs.
var verbShapeExceptions = map[string]bool{
	"menteri": true, "menara": true, "mental": true, "member": true,
	"members": true, "memori": true, "memorandum": true, "mentor": true,
	"menu": true, "combined": true, "limited": true, "united": true,
	"estimated": true, "expected": true, "projected": true,
	"diperkirakan": true, "annualised": true, "annualized": true,
	"combined trade": true, "seed": true, "speed": true, "need": true,
	"proceed": true, "hundred": true,
}
