package article

import (
	"strings"
	"testing"

	"kronik/internal/corpusgen"
)

// guardCase pairs a guard with the expression it stands before, with the
// same preparation of the line as at the call site.
type guardCase struct {
	name  string
	match func(string) bool // the expression matches
	may   func(string) bool // the guard lets the line through
}

func guardCases() []guardCase {
	lede := ledeRes()
	trim := strings.TrimSpace
	return []guardCase{
		{"labelled stamp", func(s string) bool { return stampLabelRe.MatchString(trim(s)) }, func(s string) bool { return mayBeLabelledStamp(trim(s)) }},
		{"byline", func(s string) bool { return bylineStampRe.MatchString(trim(s)) }, func(s string) bool { return mayBeByline(trim(s)) }},
		{"machine stamp", machineStampRe.MatchString, mayBeMachineStamp},
		{"outlet stamp", outletStampRe.MatchString, mayBeOutletStamp},
		{"stamp", func(s string) bool { return patterns().stamp.MatchString(trim(s)) }, func(s string) bool { return mayEndStamp(trim(s)) }},
		{"lede date", patterns().ledeDate.MatchString, mayOpenWithDate},
		{"paren lede", lede.paren.MatchString, mayBeParenLede},
		{"single lede", lede.single.MatchString, mayBeDashLede},
		{"two-dash lede", lede.twoDash.MatchString, mayBeDashLede},
		{"stop-pair lede", lede.stopPair.MatchString, mayBeDashLede},
		{"dot-place lede", lede.dotPlace.MatchString, mayBeDashLede},
		{"comma lede", lede.comma.MatchString, mayBeCommaLede},
		{"colon lede", lede.colon.MatchString, mayBeColonLede},
		{"summary", summaryRe.MatchString, mayBeSummary},
		{"icon counter", iconCounterRe.MatchString, func(s string) bool { return hasDigit(s) && mayBeIconCounter(s) }},
		{"counter", counterRe.MatchString, func(s string) bool { return hasDigit(s) && firstByteIn(s, "0123456789") }},
		{"read-also heading", readAlsoHeadRe.MatchString, func(s string) bool { return mayBeWidget(s) && firstByteIn(s, "bBrRaAlLsS\xc5") }},
		{"related heading", relatedHeadRe.MatchString, func(s string) bool { return mayBeWidget(s) && firstByteIn(s, "rRmMbBaAtTyY") }},
		{"widget", widgetRe.MatchString, mayBeWidget},
		{"tags", tagsRe.MatchString, mayBeTags},
		{"glued label", gluedLabelRe.MatchString, mayBeGluedLabel},
		{"glued zone", gluedZoneRe.MatchString, mayBeGluedZone},
		{"place stamp", func(s string) bool { return placeStampRe.MatchString(trim(s)) }, mayBePlaceStamp},
		{"agency byline", byAgencyRe.MatchString, mayBeByAgency},
		{"bracket lede", ledeVariantRes().bracket.MatchString, mayBeBracketLede},
		{"slash lede", ledeVariantRes().slashOutlet.MatchString, mayBeSlashLede},
		{"masthead lede", ledeVariantRes().masthead.MatchString, mayBeMastheadLede},
		{"credited stamp", creditedStampRe.MatchString, mayBeCreditedStamp},
		{"role stamp", roleStampRe.MatchString, mayBeRoleStamp},
		{"caption", func(s string) bool { return captionRe.MatchString(s) || agencyCredit(s) || closingCredit(s) }, mayBeCaption},
	}
}

// checkGuards fails when a guard rejects a line its expression matches (the
// guard would change a result), or when cleanSpace's shortcut returns a line
// the full cleaning would change.
func checkGuards(t *testing.T, s string) {
	t.Helper()
	for _, c := range guardCases() {
		if c.match(s) && !c.may(s) {
			t.Errorf("%s: expression matches %q but the guard rejects it", c.name, s)
		}
	}
	if isClean(s) && cleanSpaceSlow(s) != s {
		t.Errorf("isClean(%q) but cleaning gives %q", s, cleanSpaceSlow(s))
	}
}

// guardLines are lines each expression matches (stamps, ledes, bylines and
// summary lines of the shapes the readers take) and prose they must pass
// over, including near misses.
var guardLines = []string{
	"Updated 5:12 PM GMT+9, November 1, 2025",
	"Source: Warta Contoh | 2026-01-09 21:14:05 | Editor: Rina",
	"diperbarui 16 Juni 2025",
	"Oleh Rina Contoh | Selasa, 17 Juni 2025",
	"By Jane Example - June 17, 2025",
	"date 2025-06 Menteri bertemu",
	"  published: 2025-06-17T08:00:00Z Menteri",
	"Kompas.com - 17/06/2025, 10:15 WIB",
	"Warta Online | Senin, 16 Juni 2025",
	"KYODO NEWS - Dec 3, 2025",
	"Jumat, 05 Juli 2024 14:29",
	"Senin, 16 Juni 2025 | 10:15 WIB",
	"June 19, 2025",
	"2025-06-17T08:00:00+07:00",
	"17/06/2025",
	"Diterbitkan: 16 Juni 2025 pukul 10.15 WIB",
	"Diunggah: Selasa, 3 Maret 2026",
	"October 29, 2026 5:02 p.m.",
	"June 19, 2025 2:00 PM EST (GMT-5)",
	"June 19, 2025 -- Menteri luar negeri bertemu",
	"Senin, 16 Juni 2025 - Presiden menerima",
	"Jum'at, 16 Juni 2025 - Presiden",
	"Jum’at 16 Juni 2025 – Presiden",
	"Astana (ANTARA) - Menteri luar negeri",
	"BEIJING, June 17 (Reuters) - China said",
	"(AFP) - Para pemimpin",
	"KabarPatroliNews – Astana – Presiden",
	"ASTANA. Warta Online – Presiden",
	"Jakarta | Warta Online - Presiden",
	"JAKARTA, KOMPAS.com - Menteri",
	"Jakarta, 16 Juni 2025 - Menteri",
	"WASHINGTON — The secretary",
	"KOMPAS.com-Jakarta - Menteri",
	"KONTAN.CO.ID - JAKARTA. Indonesia dan Jepang",
	"RIYADH: Saudi Arabia hosted",
	"Jakarta: Menteri bertemu",
	"Warta Contoh menerbitkan sebuah artikel tentang pertemuan itu.",
	"The Example Post published a report on the talks.",
	"Global Wire ran a story on the visit.",
	"visibility 1.234 kali",
	"12 Comments",
	"Share this article:",
	"Loading...",
	"Baca juga:",
	"\u017fimak juga",
	"Related Articles",
	"You may also like",
	"\u017fhare 12",
	"Tags: Tiongkok, Kazakhstan",
	"\u212aata kunci: diplomasi",
	"\u212aata kunci",
	// prose and near misses
	"Menteri Luar Negeri Sugiono bertemu mitranya di Jakarta, Rabu (15/4), untuk membahas kerja sama.",
	"The two leaders signed a joint statement and witnessed the signing of 8 memorandums.",
	"Bilateral trade reached $13.9 billion in 2023, up 13.0% from a year earlier.",
	"Iran and France discussed transport - and trade.",
	"Presiden Jokowi - yang didampingi menteri - tiba pukul 10.00 WIB",
	"a - b",
	"x  -  y   tail of six",
	"  ",
	"",
	"ſenin, 16 Juni 2025",
	"K\u212aamis, 16 Juni 2025 - tes",
	"Updated\u00a0 2 hours ago",
	"MOSCOW, September 15. /TASS/. Russia said on Monday",
	"Warta Daily, Kamis, (5 Maret 2026). BANDUNG - Hujan deras",
	"Warta Daily | Kamis, 5 Maret 2026 | BANDUNG - Hujan deras",
	"Warta.id - Kamis, 5 Maret 2026 - BANDUNG - Hujan deras",
	"3 April 2026, 21:10 WIBSURABAYA, WARTA TV - Banjir",
	"February 3, 2026Updated: February 4, 2026",
	"June 17, 2026 3:04 PM GMT+7Updated 2 hours ago",
	"iPhoneUpdated app",
	"Brussels ● Tue, September 29, 2026",
	"By Reuters Staff",
	"Kamis, 12 Maret 2026 09:10 WIB Jurnalis - Rina Contoh",
	"Rina Wati, Jurnalis · Senin 16 Juni 2025 10:15 WIB",
	"New Delhi [India], October 22 (ANI): The",
	// photo captions, and prose with the same punctuation
	"Para menteri berfoto bersama (Foto: Warta Contoh)",
	"The ministers meet in Jakarta. (AP Photo/Jane Example)",
	"Presiden menerima tamu negara. ANTARA FOTO/Rina Contoh",
	"Kedua pemimpin berjabat tangan (\u017fetneg)",
	"Photo credit : Example Agency",
	"Kunjungan kerja (Xinhua/Li Example)",
	"Pertemuan pukul 10:15 WIB, Rabu (15/4), di Jakarta",
	"Skor akhir 2 : 1 untuk tuan rumah",
}

func TestGuardsKeepMatches(t *testing.T) {
	for _, s := range guardLines {
		checkGuards(t, s)
	}
	// every expression matches one of the lines above, so that the check
	// covers its matches and not only its misses
	for _, c := range guardCases() {
		found := false
		for _, s := range guardLines {
			found = found || c.match(s)
		}
		if !found {
			t.Errorf("%s: no line of guardLines matches", c.name)
		}
	}
	// the benchmark corpus: every line, and every line's opening words
	g := corpusgen.New(corpusgen.DefaultOptions())
	for i := range 300 {
		for _, l := range strings.Split(g.Article(i).Text, "\n") {
			checkGuards(t, l)
			if f := strings.Fields(l); len(f) > 6 {
				checkGuards(t, strings.Join(f[:6], " "))
			}
		}
	}
}

// TestGuardsReject: prose lines, most of a story, are turned away before the
// expressions run (the point of the guards).
func TestGuardsReject(t *testing.T) {
	prose := "Menteri Luar Negeri Sugiono bertemu mitranya di Jakarta, Rabu (15/4), untuk membahas kerja sama ekonomi kedua negara yang terus tumbuh."
	for _, c := range []struct {
		name string
		may  func(string) bool
	}{
		{"labelled stamp", mayBeLabelledStamp}, {"byline", mayBeByline}, {"outlet stamp", mayBeOutletStamp},
		{"stamp", mayEndStamp}, {"lede date", mayOpenWithDate}, {"dash lede", mayBeDashLede},
		{"colon lede", mayBeColonLede}, {"summary", mayBeSummary}, {"caption", mayBeCaption},
	} {
		if c.may(prose) {
			t.Errorf("%s: guard lets prose through", c.name)
		}
	}
	if !isClean("A clean line.") || isClean("two  spaces") || isClean(" lead") || isClean("tab\there") {
		t.Error("isClean misjudges simple lines")
	}
}

func FuzzGuards(f *testing.F) {
	for _, s := range guardLines {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkGuards(t, s)
	})
}
