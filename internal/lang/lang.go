// Package lang identifies the language of a text. It is tuned for a news
// pipeline that reads Indonesian first and English second: it separates
// Indonesian ("id") from Malay ("ms") and English ("en"), recognises a few
// common Latin-script languages (fr, de, es, nl, pt, it) by their function
// words, names a few other languages by script where the script says enough,
// and answers "und" (undetermined) rather than guess.
//
// The model is small and written by hand: per-language lists of function
// words and frequent news words, Indonesian/Malay affix patterns, and
// letters that belong to one orthography. It never needs to be trained or
// downloaded.
package lang

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Und is the code returned when the language cannot be determined.
const Und = "und"

// maxBytes bounds the text Detect reads.
const maxBytes = 16 << 10

// Detect returns an ISO 639-1 code for the language of s, or "und", and a
// confidence in [0, 1]. Text of fewer than three letters, text in a
// Latin-script language outside the model, and close calls between
// languages of the model are "und". Indonesian text that quotes English
// phrases is still "id" as long as Indonesian carries the sentence.
func Detect(s string) (string, float64) {
	if len(s) > maxBytes {
		// The first pages of an article say what language it is in; the
		// cut keeps detection cheap on very long documents.
		cut := maxBytes
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	var sc scripts
	sc.count(s)
	if sc.total < 3 {
		return Und, 0
	}
	switch sc.dominant() {
	case scriptLatin:
		return detectLatin(s)
	case scriptCyrillic:
		return detectCyrillic(s)
	case scriptArabic:
		return detectArabic(s)
	case scriptHan:
		if sc.n[scriptKana] > 0 {
			return "ja", 0.9 // kana only occur in Japanese
		}
		return "zh", 0.8 // Han alone: Chinese (Japanese text nearly always has kana)
	case scriptKana:
		return "ja", 0.95
	case scriptHangul:
		return "ko", 0.95
	case scriptThai:
		return "th", 0.95
	case scriptGreek:
		return "el", 0.95
	case scriptHebrew:
		return "he", 0.8 // Yiddish shares the script, but rarely in news
	case scriptDevanagari:
		return "hi", 0.6 // Marathi and Nepali share the script
	}
	return Und, 0
}

const (
	scriptOther = iota
	scriptLatin
	scriptCyrillic
	scriptArabic
	scriptHan
	scriptKana
	scriptHangul
	scriptThai
	scriptGreek
	scriptHebrew
	scriptDevanagari
	nScripts
)

type scripts struct {
	n     [nScripts]int
	total int
}

func (sc *scripts) count(s string) {
	for _, r := range s {
		if r < utf8.RuneSelf {
			// ASCII, most of a news text: only the letters count, as Latin
			if isASCIILetter(r) {
				sc.total++
				sc.n[scriptLatin]++
			}
			continue
		}
		if !unicode.IsLetter(r) {
			continue
		}
		sc.total++
		switch {
		case r < 0x250 || unicode.Is(unicode.Latin, r):
			sc.n[scriptLatin]++
		case unicode.Is(unicode.Cyrillic, r):
			sc.n[scriptCyrillic]++
		case unicode.Is(unicode.Arabic, r):
			sc.n[scriptArabic]++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			sc.n[scriptKana]++
		case unicode.Is(unicode.Han, r):
			sc.n[scriptHan]++
		case unicode.Is(unicode.Hangul, r):
			sc.n[scriptHangul]++
		case unicode.Is(unicode.Thai, r):
			sc.n[scriptThai]++
		case unicode.Is(unicode.Greek, r):
			sc.n[scriptGreek]++
		case unicode.Is(unicode.Hebrew, r):
			sc.n[scriptHebrew]++
		case unicode.Is(unicode.Devanagari, r):
			sc.n[scriptDevanagari]++
		default:
			sc.n[scriptOther]++
		}
	}
}

func (sc *scripts) dominant() int {
	best := scriptOther
	for i := range sc.n {
		if sc.n[i] > sc.n[best] {
			best = i
		}
	}
	// Japanese mixes Han and kana; kana at all means Japanese text.
	if best == scriptHan && sc.n[scriptKana] > 0 {
		return scriptHan
	}
	return best
}

// detectCyrillic names a Cyrillic-script language only by letters that
// belong to one alphabet; otherwise it says "und" (Bulgarian, Macedonian and
// Russian text without ы/э are not told apart by letters alone).
func detectCyrillic(s string) (string, float64) {
	var kk, uk, be, sr, ru int
	for _, r := range strings.ToLower(s) {
		switch r {
		case 'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ':
			kk++ // Kazakh-only letters
		case 'ї', 'є', 'ґ':
			uk++ // Ukrainian-only letters
		case 'ў':
			be++ // Belarusian
		case 'ђ', 'ј', 'љ', 'њ', 'ћ', 'џ', 'ѓ', 'ќ', 'ѕ':
			sr++ // Serbian/Macedonian
		case 'ы', 'э', 'ё':
			ru++ // Russian (also Belarusian/Kazakh, ruled out above; not Bulgarian)
		}
	}
	switch {
	case kk > 0:
		return "kk", 0.8
	case uk > 0:
		return "uk", 0.8
	case be > 0:
		return "be", 0.7
	case sr > 0:
		return Und, 0
	case ru > 0:
		return "ru", 0.7
	}
	return Und, 0
}

// detectArabic separates Persian and Urdu, which add letters to the Arabic
// alphabet, from Arabic.
func detectArabic(s string) (string, float64) {
	var fa, ur int
	for _, r := range s {
		switch r {
		case 'ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ھ':
			ur++
		case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی':
			fa++ // also used in Urdu; Urdu is checked first
		}
	}
	switch {
	case ur > 0:
		return "ur", 0.7
	case fa > 0:
		return "fa", 0.7
	}
	return "ar", 0.8
}

// detectLatin scores the words of s against the language profiles.
// Words inside quotation marks count less when there are enough words
// outside them: news quotes foreign speakers verbatim, and the language of
// a report is the language of its own sentences.
func detectLatin(s string) (string, float64) {
	m := model()
	var in, out [nLangs]float64
	nIn, nOut := 0, 0
	forEachWord(s, func(w string, quoted bool) {
		sc := &out
		if quoted {
			sc = &in
			nIn++
		} else {
			nOut++
		}
		for _, lw := range m.words[w] {
			sc[lw.lang] += lw.weight
		}
		if !isASCII(w) {
			for l := range nLangs {
				if !m.allowed(l, w) {
					sc[l] -= 0.5 // a letter this orthography does not use
				}
			}
			return
		}
		if a := malayAffix(w); a > 0 {
			sc[langID] += a
			sc[langMS] += a
		}
		if len(w) > 5 && (strings.HasSuffix(w, "keun") || strings.HasSuffix(w, "aken") || strings.HasSuffix(w, "ake")) {
			// Sundanese -keun and Javanese -ake(n), where Indonesian has -kan
			sc[langOther] += 0.75
		}
	})
	quoteWeight := 1.0
	if nOut >= 4 {
		quoteWeight = 0.3
	}
	var score [nLangs]float64
	for l := range nLangs {
		score[l] = out[l] + quoteWeight*in[l]
	}
	n := float64(nOut) + quoteWeight*float64(nIn)

	// Ties go to the lower index: Indonesian before Malay.
	top, second := 0, -1
	for l := 1; l < nLangs; l++ {
		if score[l] > score[top] {
			top = l
		}
	}
	// The runner-up in another family: Indonesian and Malay compete only
	// through their exclusive words, so their closeness is not doubt about
	// the family.
	for l := range nLangs {
		if l == top || family(l) == family(top) {
			continue
		}
		if second < 0 || score[l] > score[second] {
			second = l
		}
	}
	best := score[top]
	other := 0.0
	if second >= 0 && score[second] > 0 {
		other = score[second]
	}
	switch {
	case top == langOther, best < 1:
		return Und, 0
	case n >= 6 && best/n < 0.12:
		return Und, 0 // too few known words: a language outside the model
	case other >= 0.75*best:
		return Und, 0
	}
	conf := (best - other) / best * (1 - math.Exp(-best/2))
	if top == langID && score[langMS] == score[langID] {
		conf *= 0.7 // nothing told Indonesian from Malay: Indonesian by default
	}
	if top == langMS && score[langMS]-score[langID] < 1 {
		conf *= 0.7
	}
	return m.codes[top], math.Round(conf*100) / 100
}

// malayAffix scores Indonesian/Malay morphology, which makes short
// headlines recognisable without function words: -nya and -kan suffixes
// the meN- prefixes with their nasal assimilation (meng-, meny-, mem-) and
// the pe(N)-/per-/ke- ... -an noun circumfixes.
// English words rarely have these shapes ("mention" and "member" do, hence
// the low weight of the prefixes).
func malayAffix(w string) float64 {
	a := 0.0
	if len(w) > 5 && (strings.HasSuffix(w, "nya") || strings.HasSuffix(w, "kan")) {
		a += 0.5
	}
	if len(w) > 7 && strings.HasSuffix(w, "an") && (strings.HasPrefix(w, "per") || strings.HasPrefix(w, "pen") ||
		strings.HasPrefix(w, "pem") || strings.HasPrefix(w, "ke")) {
		a += 0.25 // pe(r)-...-an and ke-...-an nouns: perampasan, kesepakatan
	}
	if len(w) > 6 && (strings.HasPrefix(w, "meng") || strings.HasPrefix(w, "meny") || strings.HasPrefix(w, "memb") ||
		strings.HasPrefix(w, "memp") || strings.HasPrefix(w, "ditand") || strings.HasPrefix(w, "diper")) {
		a += 0.25
	}
	return a
}

// forEachWord calls fn with each lower-case run of letters of s and
// whether it stands inside quotation marks.
func forEachWord(s string, fn func(w string, quoted bool)) {
	start := -1
	quoted := false
	for i := 0; i <= len(s); {
		var r rune
		w := 1
		letter := false
		if i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				r, letter = rune(c), isASCIILetter(rune(c))
			} else {
				r, w = utf8.DecodeRuneInString(s[i:])
				letter = unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
			}
		}
		if letter {
			if start < 0 {
				start = i
			}
		} else {
			if start >= 0 {
				fn(strings.ToLower(s[start:i]), quoted)
				start = -1
			}
			switch r {
			case '"':
				quoted = !quoted
			case '“', '«':
				quoted = true
			case '”', '»':
				quoted = false
			}
		}
		i += w
	}
}

// isASCIILetter reports whether the ASCII rune r is a letter, as
// unicode.IsLetter does for ASCII.
func isASCIILetter(r rune) bool { return r|0x20 >= 'a' && r|0x20 <= 'z' }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
