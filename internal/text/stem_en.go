package text

import "strings"

// This file is a port of the Snowball English ("Porter2") stemmer
// (https://snowballstem.org/algorithms/english/stemmer.html), written from
// the published algorithm description. PostgreSQL's english_stem runs the
// same algorithm and serves as a test oracle (stem_oracle_test.go).

// StemPorter2 stems one lower-case English word with the Porter2 algorithm.
func StemPorter2(word string) string {
	if len(word) <= 2 || !isLowerAlphaApos(word) {
		return word
	}
	if s, ok := porter2Exceptions[word]; ok {
		return s
	}
	b := []byte(strings.TrimPrefix(word, "'"))
	if len(b) <= 2 {
		return string(b)
	}
	// y at the start or after a vowel is a consonant: mark it Y.
	for i := range b {
		if b[i] == 'y' && (i == 0 || isENVowel(b[i-1])) {
			b[i] = 'Y'
		}
	}
	p := &porter2{b: b}
	p.regions()
	p.step0()
	if !p.step1a() {
		return p.result()
	}
	if _, ok := porter2Invariant1a[string(p.b)]; ok {
		return p.result()
	}
	p.step1b()
	p.step1c()
	p.step2()
	p.step3()
	p.step4()
	p.step5()
	return p.result()
}

func isLowerAlphaApos(w string) bool {
	for i := 0; i < len(w); i++ {
		if (w[i] < 'a' || w[i] > 'z') && w[i] != '\'' {
			return false
		}
	}
	return true
}

// porter2Exceptions: irregular forms the algorithm lists as exceptions.
var porter2Exceptions = map[string]string{
	"skis": "ski", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie",
	"idly": "idl", "gently": "gentl", "ugly": "ugli", "early": "earli", "only": "onli",
	"singly": "singl", "sky": "sky", "news": "news", "howe": "howe", "atlas": "atlas",
	"cosmos": "cosmos", "bias": "bias", "andes": "andes",
}

// porter2Invariant1a: words left alone after step 1a.
var porter2Invariant1a = map[string]struct{}{
	"inning": {}, "outing": {}, "canning": {}, "herring": {}, "earring": {},
	"proceed": {}, "exceed": {}, "succeed": {},
}

type porter2 struct {
	b      []byte
	r1, r2 int
}

func (p *porter2) result() string {
	for i := range p.b {
		if p.b[i] == 'Y' {
			p.b[i] = 'y'
		}
	}
	return string(p.b)
}

func (p *porter2) vowel(i int) bool { return isENVowel(p.b[i]) }

// regionAfter returns the position after the first non-vowel that follows a
// vowel, at or after from.
func (p *porter2) regionAfter(from int) int {
	for i := from + 1; i < len(p.b); i++ {
		if !p.vowel(i) && p.vowel(i-1) {
			return i + 1
		}
	}
	return len(p.b)
}

func (p *porter2) regions() {
	p.r1 = -1
	for _, pre := range [...]string{"gener", "commun", "arsen"} {
		if strings.HasPrefix(string(p.b), pre) {
			p.r1 = len(pre)
			break
		}
	}
	if p.r1 < 0 {
		p.r1 = p.regionAfter(0)
	}
	p.r2 = p.regionAfter(p.r1)
	if p.r1 >= len(p.b) {
		p.r2 = len(p.b)
	}
}

func (p *porter2) has(suf string) bool { return strings.HasSuffix(string(p.b), suf) }

// trim removes n bytes; regions keep their positions (they only matter as
// "does the suffix start at or after Rn").
func (p *porter2) trim(n int) { p.b = p.b[:len(p.b)-n] }

func (p *porter2) replace(suf, with string) {
	p.trim(len(suf))
	p.b = append(p.b, with...)
}

func (p *porter2) inR1(suf string) bool { return len(p.b)-len(suf) >= p.r1 }
func (p *porter2) inR2(suf string) bool { return len(p.b)-len(suf) >= p.r2 }

func (p *porter2) step0() {
	for _, s := range [...]string{"'s'", "'s", "'"} {
		if p.has(s) {
			p.trim(len(s))
			return
		}
	}
}

// step1a reports false when the word must not be processed further.
func (p *porter2) step1a() bool {
	switch {
	case p.has("sses"):
		p.trim(2)
	case p.has("ied") || p.has("ies"):
		if len(p.b) > 4 {
			p.replace("ies", "i")
		} else {
			p.replace("ies", "ie")
		}
	case p.has("us") || p.has("ss"):
	case p.has("s"):
		// delete if a vowel occurs before the letter preceding the s
		for i := 0; i < len(p.b)-2; i++ {
			if p.vowel(i) {
				p.trim(1)
				break
			}
		}
	}
	return true
}

// shortSyllableAt reports whether the word part b[:end] ends in a short
// syllable.
func (p *porter2) endsShortSyllable(end int) bool {
	b := p.b[:end]
	n := len(b)
	if n == 2 {
		return isENVowel(b[0]) && !isENVowel(b[1])
	}
	if n >= 3 {
		c := b[n-1]
		return !isENVowel(b[n-3]) && isENVowel(b[n-2]) && !isENVowel(c) && c != 'w' && c != 'x' && c != 'Y'
	}
	return false
}

func (p *porter2) isShort() bool {
	return p.r1 >= len(p.b) && p.endsShortSyllable(len(p.b))
}

func (p *porter2) step1b() {
	for _, s := range [...]string{"eedly", "eed"} {
		if p.has(s) {
			if p.inR1(s) {
				p.replace(s, "ee")
			}
			return
		}
	}
	for _, s := range [...]string{"ingly", "edly", "ing", "ed"} {
		if !p.has(s) {
			continue
		}
		stem := p.b[:len(p.b)-len(s)]
		hasV := false
		for i := range stem {
			if isENVowel(stem[i]) {
				hasV = true
				break
			}
		}
		if !hasV {
			return
		}
		p.trim(len(s))
		switch {
		case p.has("at") || p.has("bl") || p.has("iz"):
			p.b = append(p.b, 'e')
		case p.endsDouble():
			p.trim(1)
		case p.isShort():
			p.b = append(p.b, 'e')
		}
		return
	}
}

func (p *porter2) endsDouble() bool {
	for _, d := range [...]string{"bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"} {
		if p.has(d) {
			return true
		}
	}
	return false
}

func (p *porter2) step1c() {
	n := len(p.b)
	if n > 2 && (p.b[n-1] == 'y' || p.b[n-1] == 'Y') && !isENVowel(p.b[n-2]) {
		p.b[n-1] = 'i'
	}
}

type rule struct{ suf, rep string }

// step2Rules are ordered so that the longest suffix is tried first.
var step2Rules = []rule{
	{"ization", "ize"}, {"ational", "ate"}, {"fulness", "ful"}, {"ousness", "ous"},
	{"iveness", "ive"}, {"tional", "tion"}, {"biliti", "ble"}, {"lessli", "less"},
	{"entli", "ent"}, {"ation", "ate"}, {"alism", "al"}, {"aliti", "al"}, {"ousli", "ous"},
	{"iviti", "ive"}, {"fulli", "ful"}, {"enci", "ence"}, {"anci", "ance"}, {"abli", "able"},
	{"izer", "ize"}, {"ator", "ate"}, {"alli", "al"}, {"bli", "ble"}, {"ogi", "og"}, {"li", ""},
}

func (p *porter2) step2() {
	for _, r := range step2Rules {
		if !p.has(r.suf) {
			continue
		}
		if !p.inR1(r.suf) {
			return
		}
		switch r.suf {
		case "ogi":
			if n := len(p.b) - 3; n < 1 || p.b[n-1] != 'l' {
				return
			}
		case "li":
			if n := len(p.b) - 2; n < 1 || !strings.ContainsRune("cdeghkmnrt", rune(p.b[n-1])) {
				return
			}
		}
		p.replace(r.suf, r.rep)
		return
	}
}

var step3Rules = []rule{
	{"ational", "ate"}, {"tional", "tion"}, {"alize", "al"}, {"icate", "ic"}, {"iciti", "ic"},
	{"ative", ""}, {"ical", "ic"}, {"ness", ""}, {"ful", ""},
}

func (p *porter2) step3() {
	for _, r := range step3Rules {
		if !p.has(r.suf) {
			continue
		}
		if !p.inR1(r.suf) || (r.suf == "ative" && !p.inR2(r.suf)) {
			return
		}
		p.replace(r.suf, r.rep)
		return
	}
}

var step4Suffixes = []string{
	"ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti",
	"ous", "ive", "ize", "ion", "al", "er", "ic",
}

func (p *porter2) step4() {
	for _, s := range step4Suffixes {
		if !p.has(s) {
			continue
		}
		if !p.inR2(s) {
			return
		}
		if s == "ion" {
			if n := len(p.b) - 3; n < 1 || (p.b[n-1] != 's' && p.b[n-1] != 't') {
				return
			}
		}
		p.trim(len(s))
		return
	}
}

func (p *porter2) step5() {
	n := len(p.b)
	if n == 0 {
		return
	}
	switch p.b[n-1] {
	case 'e':
		if p.inR2("e") || (p.inR1("e") && !p.endsShortSyllable(n-1)) {
			p.trim(1)
		}
	case 'l':
		if p.inR2("l") && n >= 2 && p.b[n-2] == 'l' {
			p.trim(1)
		}
	}
}
