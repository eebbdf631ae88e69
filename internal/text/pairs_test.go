package text

import (
	"strings"
	"testing"
)

// checkPairs fails when the set of s rules out a phrase s holds, or rules in
// none of a few phrases s lacks across the whole test (the filter must filter).
func checkPairs(t *testing.T, s, p string) {
	t.Helper()
	g := PairsOf(s)
	if strings.Contains(s, p) && !g.MayContain(p) {
		t.Fatalf("PairsOf(%q) rules out %q, which it holds", s, p)
	}
}

func TestPairSet(t *testing.T) {
	texts := []string{
		"pada hari yang sama, kedua menteri menandatangani nota kesepahaman.",
		"Share this article: Facebook Twitter WhatsApp",
		"“Kami sepakat,” kata Menlu — keduanya tersenyum. ©2025",
		"", "a", "ab",
	}
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			for j := i; j <= len(s) && j <= i+16; j++ {
				checkPairs(t, s, s[i:j])
			}
		}
	}
	g := PairsOf(texts[0])
	turned := 0
	for _, p := range []string{"whatsapp", "google news", "crawling", "written permission", "copyright"} {
		if !g.MayContain(p) {
			turned++
		}
	}
	if turned < 4 {
		t.Errorf("only %d of 5 absent phrases ruled out", turned)
	}
}

func FuzzPairSet(f *testing.F) {
	f.Add("kedua menteri bertemu di jakarta", "menteri")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, s, p string) { checkPairs(t, s, p) })
}
