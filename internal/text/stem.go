package text

import "strings"

// Stem lower-cases an Indonesian word and stems it with StemID. Words that
// are not purely alphabetic ASCII (numbers, names in other scripts, tokens
// with hyphens) are returned lower-cased but otherwise unchanged, because
// the affix rules only make sense for Indonesian letters.
func Stem(word string) string {
	return StemLang("id", word)
}

// StemLang stems word for lang: "id" and "ms" with the Snowball Indonesian
// algorithm (Malay shares its affixes), "en" with Snowball English
// (Porter2, the algorithm of PostgreSQL's english config, so that both
// stores index alike). Other languages get the lower-cased word back.
func StemLang(lang, word string) string {
	w := lowerASCII(word)
	if !isLowerAlpha(w) {
		return w
	}
	switch lang {
	case "id", "ms":
		return StemID(w)
	case "en":
		return StemPorter2(w)
	}
	return w
}

func isLowerAlpha(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// StemEN is a light English stemmer for lower-case words, for callers that
// want inflections conflated but derivations kept apart (StemLang uses
// Porter2, which also strips -ation, -ment, -ness, ...). It removes
// plural and third-person -s/-es/-ies, past -ed/-ied and progressive -ing,
// then undoes consonant doubling (planned -> plan) and restores the -e that
// -ed/-ing dropped after at/bl/iz (related -> relate). It conflates
// inflections only, never derivations, which keeps it predictable for
// search; words of three letters or fewer are left alone.
func StemEN(w string) string {
	if len(w) <= 3 {
		return w
	}
	switch {
	case strings.HasSuffix(w, "sses"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y" // countries -> country
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		return w[:len(w)-3] + "y" // applied -> apply
	case strings.HasSuffix(w, "eed"):
		return w[:len(w)-1] // agreed -> agree
	case strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
		return w // status, crisis, press
	case strings.HasSuffix(w, "es") && len(w) > 4 && hasAnySuffix(w[:len(w)-2], "sh", "ch", "x", "z", "s"):
		return w[:len(w)-2] // taxes -> tax, matches -> match
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	case strings.HasSuffix(w, "ed") && hasVowel(w[:len(w)-2]) && len(w) > 4:
		return fixEnding(w[:len(w)-2])
	case strings.HasSuffix(w, "ing") && hasVowel(w[:len(w)-3]) && len(w) > 5:
		return fixEnding(w[:len(w)-3])
	}
	return w
}

// fixEnding repairs a stem after -ed/-ing removal.
func fixEnding(w string) string {
	if hasAnySuffix(w, "at", "bl", "iz") {
		return w + "e"
	}
	if n := len(w); n >= 3 && w[n-1] == w[n-2] && !isENVowel(w[n-1]) && !strings.ContainsRune("lsz", rune(w[n-1])) {
		return w[:n-1]
	}
	return w
}

func hasAnySuffix(w string, suffixes ...string) bool {
	for _, s := range suffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

func isENVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'
}

func hasVowel(w string) bool {
	for i := 0; i < len(w); i++ {
		if isENVowel(w[i]) {
			return true
		}
	}
	return false
}
