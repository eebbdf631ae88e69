package article

import (
	"strings"
	"unicode/utf8"
)

// This file holds cheap byte tests run before the stamp, lede and summary
// regular expressions. Each one is a necessary condition of its expression's
// match, derived from the expression (the comment of each says how), so a
// line it rejects is one the expression would not have matched: the results
// are the same, and most lines of a story (prose) never reach the regexp
// engine. guard_test.go checks each test against its expression.

// isSpaceRE reports whether b is in the regexp class \s ([\t\n\f\r ]).
func isSpaceRE(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

// foldsToASCII reports whether s holds one of the two non-ASCII runes that
// case-insensitive matching equates with an ASCII letter: ſ (U+017F, an s)
// and the Kelvin sign (U+212A, a k). Tests that compare ASCII letters only
// do not hold for such strings and let them through.
func foldsToASCII(s string) bool {
	return strings.Contains(s, "\u017f") || strings.Contains(s, "\u212a")
}

// firstByteIn reports whether s starts with one of the bytes of set.
func firstByteIn(s, set string) bool {
	return s != "" && strings.IndexByte(set, s[0]) >= 0
}

// mayBeLabelledStamp is the test before stampLabelRe: the line holds a bar,
// or starts with the first letter of one of the labels (updated, published,
// posted, last updated, diperbarui, diterbitkan, dipublikasikan, terbit,
// dirilis; none of u, p, l, d, t has a non-ASCII case fold).
func mayBeLabelledStamp(p string) bool {
	return strings.IndexByte(p, '|') >= 0 || firstByteIn(p, "uUpPlLdDtT")
}

// mayBeByline is the test before bylineStampRe, which opens with oleh, by,
// penulis, reporter or laporan (o, b, p, r, l fold to ASCII only).
func mayBeByline(p string) bool { return firstByteIn(p, "oObBpPrRlL") }

// mayBeMachineStamp is the test before machineStampRe, which opens, after
// white space, with date, published, pubdate or tanggal.
func mayBeMachineStamp(p string) bool {
	return firstByteIn(strings.TrimLeft(p, " \t\n\f\r"), "dDpPtT")
}

// stampSeps are the separators of outletStampRe.
const stampSeps = "-–—|•"

// mayBeOutletStamp is the test before outletStampRe
// (^(.{2,40}?)\s+(?:[-–—|•])\s+(.{6,80})$): a separator with white space on
// both sides, at most 40 runes before the white space that precedes it and at
// most 80 after the white space that follows it.
func mayBeOutletStamp(p string) bool {
	for i := 0; i < len(p); {
		j := strings.IndexAny(p[i:], stampSeps)
		if j < 0 {
			return false
		}
		s := i + j
		_, n := utf8.DecodeRuneInString(p[s:])
		e := s + n
		if s > 0 && isSpaceRE(p[s-1]) && e < len(p) && isSpaceRE(p[e]) &&
			utf8.RuneCountInString(strings.TrimRight(p[:s], " \t\n\f\r")) <= 40 &&
			utf8.RuneCountInString(strings.TrimLeft(p[e:], " \t\n\f\r")) <= 80 {
			return true
		}
		i = e
	}
	return false
}

// mayEndStamp is the test before the stamp expression of parseStamp, for a
// line with no white space at its end: a stamp ends with its date (a digit, or
// the Z of an ISO time) or with its time of day, which ends with a digit, a
// zone (WIB, WITA, UTC, GMT, EST, ...: B, A, C or T), AM or PM (M, or a dot
// after it), or the parenthesis closing an offset. None of these letters has
// a non-ASCII case fold.
func mayEndStamp(s string) bool {
	if s == "" {
		return false
	}
	switch c := s[len(s)-1]; {
	case c >= '0' && c <= '9', c == ')':
		return true
	case c == '.':
		return len(s) > 1 && (s[len(s)-2] == 'm' || s[len(s)-2] == 'M')
	default:
		return strings.IndexByte("zZbBaAcCtTmM", c) >= 0
	}
}

// mayOpenWithDate is the test before the ledeDate expression: a dated lede
// opens with white space, at most a weekday and a month name (letters,
// apostrophes, a comma or a dot) and then the first digit of its date. Bytes
// of non-ASCII runes count as letters (a curly apostrophe, or a rune that
// folds to an ASCII letter).
func mayOpenWithDate(p string) bool {
	words, inWord := 0, false
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c >= '0' && c <= '9':
			return true
		case isSpaceRE(c) || c == ',' || c == '.':
			inWord = false
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'' || c >= 0x80:
			if !inWord {
				if words++; words > 2 {
					return false
				}
				inWord = true
			}
		default:
			return false
		}
	}
	return false
}

// ledeDashes are the characters of the lede expressions' dash.
const ledeDashes = "-–—‐‑"

// firstOf returns the first rune of p that is in set, or -1.
func firstOf(p, set string) rune {
	i := strings.IndexAny(p, set)
	if i < 0 {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(p[i:])
	return r
}

// mayBeParenLede is the test before the paren lede expression, whose
// opening part holds no parenthesis before the one around the outlet.
func mayBeParenLede(p string) bool { return firstOf(p, "()") == '(' }

// mayBeDashLede is the test before the single, twoDash and dotPlace lede
// expressions: their first part ([^,()\n]) runs to a dash, so a dash comes
// before any comma or parenthesis.
func mayBeDashLede(p string) bool {
	r := firstOf(p, ",()"+ledeDashes)
	return r != -1 && r != ',' && r != '(' && r != ')'
}

// mayBeCommaLede is the test before the comma lede expression: its first
// part runs to a comma, with no parenthesis before it, and a dash follows.
func mayBeCommaLede(p string) bool {
	i := strings.IndexAny(p, ",()")
	return i >= 0 && p[i] == ',' && strings.ContainsAny(p[i:], ledeDashes)
}

// mayBeColonLede is the test before the colon lede expression, whose place
// ([^,:()\n]) runs to a colon.
func mayBeColonLede(p string) bool { return firstOf(p, ",:()") == ':' }

// summaryVerbs are the verbs of summaryRe.
var summaryVerbs = []string{"menerbitkan", "merilis", "memuat", "mempublikasikan", "menayangkan", "published", "publishes", "ran", "released", "posted"}

// mayBeSummary is the test before summaryRe: one of its verbs, in any case,
// with white space on both sides (lines with runes that fold to ASCII
// letters are let through).
func mayBeSummary(p string) bool {
	if foldsToASCII(p) {
		return true
	}
	for i := 1; i < len(p); i++ {
		if !isSpaceRE(p[i-1]) || isSpaceRE(p[i]) {
			continue
		}
		for _, v := range summaryVerbs {
			if e := i + len(v); e < len(p) && isSpaceRE(p[e]) && strings.EqualFold(p[i:e], v) {
				return true
			}
		}
	}
	return false
}

// hasDigit reports whether s holds an ASCII digit, as iconCounterRe
// ("visibility 1.234") and counterRe ("12 Comments") need.
func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// mayBeWidget is the test before widgetRe, readAlsoHeadRe and
// relatedHeadRe: their labels and headings are words of letters with spaces,
// dots ("Loading...") and a final colon; no other ASCII byte (digits, commas,
// quotes) can be in a line they match. Bytes of non-ASCII
// runes are let through (ſ and the Kelvin sign match s and k).
func mayBeWidget(p string) bool {
	for i := 0; i < len(p); i++ {
		c := p[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isSpaceRE(c) || c == '.' || c == ':' || c >= 0x80) {
			return false
		}
	}
	return true
}

// mayBeTags is the test before tagsRe, whose labels (tags, topik, topics,
// kata kunci, keywords, label) start with t, k or l; 0xE2 opens the Kelvin
// sign, which matches k.
func mayBeTags(p string) bool { return firstByteIn(p, "tTkKlL\xe2") }

// mayBeIconCounter is the first-byte test before iconCounterRe, whose icon
// names (favorite, visibility, question_answer, thumb_up, chat, comment,
// share, bookmark, remove_red_eye, schedule, access_time, forum, ...) start
// with f, v, q, t, c, s, b, r or a; 0xC5 opens ſ, which matches s.
func mayBeIconCounter(p string) bool { return firstByteIn(p, "fFvVqQtTcCsSbBrRaA\xc5") }

// gluedLabels are the labels of gluedLabelRe (matched in their case), which
// is built from them so that the expression and its prefilter agree.
var gluedLabels = []string{"Updated", "Published", "Diperbarui", "Diterbitkan"}

// mayBeGluedLabel is the test before gluedLabelRe: one of its labels,
// written as the expression spells them.
func mayBeGluedLabel(p string) bool {
	for _, l := range gluedLabels {
		if strings.Contains(p, l) {
			return true
		}
	}
	return false
}

// creditLabels are the labels of creditedStampRe, which is built from them
// so that the expression and its prefilter agree.
var creditLabels = []string{"jurnalis", "penulis", "reporter", "editor", "oleh", "by", "pewarta", "redaktur", "kontributor"}

// mayBeCreditedStamp is the test before creditedStampRe: one of its labels,
// in any case (lines with runes that fold to ASCII letters are let through).
func mayBeCreditedStamp(p string) bool {
	if foldsToASCII(p) {
		return true
	}
	l := strings.ToLower(p)
	for _, c := range creditLabels {
		if strings.Contains(l, c) {
			return true
		}
	}
	return false
}

// mayBeRoleStamp is the test before roleStampRe: one of its separators.
func mayBeRoleStamp(p string) bool { return strings.ContainsAny(p, "·|•–—-") }

// mayBeGluedZone is the test before gluedZoneRe: a time of day needs a colon
// or a dot, and its zones (WIB, WITA, WIT, GMT, UTC, matched in capitals)
// hold WI, GMT or UTC.
func mayBeGluedZone(p string) bool {
	return strings.ContainsAny(p, ":.") &&
		(strings.Contains(p, "WI") || strings.Contains(p, "GMT") || strings.Contains(p, "UTC"))
}

// mayBePlaceStamp is the test before placeStampRe: one of its separators.
func mayBePlaceStamp(p string) bool { return strings.ContainsAny(p, "|•●·–—-") }

// mayBeByAgency is the test before byAgencyRe, which opens with by or oleh
// (b and o fold to ASCII only).
func mayBeByAgency(p string) bool { return firstByteIn(p, "bBoO") }

// mayBeBracketLede is the test before the bracket lede expression, whose
// place ([^,\[\]()\n:]) runs to the opening bracket.
func mayBeBracketLede(p string) bool { return firstOf(p, ",[]()\n:") == '[' }

// mayBeSlashLede is the test before the slash-outlet lede expression: its
// place ([^,/\n]) runs to a comma, and a slash follows.
func mayBeSlashLede(p string) bool {
	i := strings.IndexAny(p, ",/\n")
	return i >= 0 && p[i] == ',' && strings.IndexByte(p[i:], '/') >= 0
}

// mayBeMastheadLede is the test before the masthead lede expression, whose
// name (no comma, parenthesis, newline, bar or bullet), after white space,
// runs to a comma, bar, bullet or dash: the first of these in p is not a
// parenthesis, and a newline there is white space before the separator
// ("Name\n, ..."), which \s in the expression takes.
func mayBeMastheadLede(p string) bool {
	p = strings.TrimLeft(p, " \t\n\f\r")
	i := strings.IndexAny(p, ",()\n|•"+ledeDashes)
	if i < 0 {
		return false
	}
	if p[i] == '\n' {
		rest := strings.TrimLeft(p[i:], " \t\n\f\r")
		return rest != "" && strings.ContainsRune(",|•"+ledeDashes, firstRune(rest))
	}
	return p[i] != '(' && p[i] != ')'
}

// mayBeCaption is the test before captionRe. Each of its credits is marked
// by punctuation next to a letter: "(" before the first letter of a credit
// ("(Foto", "(ant)", "(Xinhua/"), "/" after the last letter of an agency
// ("AP Photo/", "ANTARA/"), or ":" after the last letter of a label and
// optional white space ("Foto :", "Photo credit:"). Bytes of non-ASCII runes
// count as letters (ſ and the Kelvin sign match s and k). Dates ("(15/4)")
// and times ("10:15") have digits there and are passed over.
func mayBeCaption(p string) bool {
	letter := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '(':
			if i+1 < len(p) && letter(p[i+1]) {
				return true
			}
		case '/':
			if i > 0 && letter(p[i-1]) {
				return true
			}
		case ':':
			j := i
			for j > 0 && isSpaceRE(p[j-1]) {
				j--
			}
			if j > 0 && letter(p[j-1]) {
				return true
			}
		}
	}
	return false
}
