package ner

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestWordIndexAsMap: the index answers as a map built in list order (a
// word listed twice gives its last index), for listed words, unlisted ones,
// prefixes and extensions of listed words, and the empty word.
func TestWordIndexAsMap(t *testing.T) {
	words := []string{"jakarta", "presiden", "kata", "Jakarta", "katak", "é", "presiden", "a", ""}
	want := map[string]int32{}
	for i, w := range words {
		want[w] = int32(i)
	}
	// more words than slots at first, so that collisions probe
	for i := range 3000 {
		w := strings.Repeat("x", i%7) + string(rune('a'+i%26)) + strings.Repeat("y", i/26)
		words = append(words, w)
		want[w] = int32(len(words) - 1)
	}
	ix := newWordIndex(words)
	if ix.len() != len(want) {
		t.Errorf("len %d, want %d distinct words", ix.len(), len(want))
	}
	var none *wordIndex
	if _, ok := none.find([]byte("jakarta"), hashString("jakarta")); ok || none.len() != 0 {
		t.Error("a nil index knows a word")
	}
	probes := append([]string{"kat", "katakan", "JAKARTA", "e", "presidenn", "b"}, words...)
	for _, w := range probes {
		ci, ok := ix.find([]byte(w), hashString(w))
		wci, wok := want[w]
		if ok != wok || ci != wci {
			t.Errorf("%q: index %d %v, map %d %v", w, ci, ok, wci, wok)
		}
	}
}

// TestDescribeAsRuneLoop: describe, which reads ASCII bytes directly, gives
// every token the description of a loop over its runes with the unicode
// tables (the way it was written before), for ASCII, accented and
// non-Latin letters, a title-case letter, digits of other scripts,
// punctuation and invalid UTF-8.
func TestDescribeAsRuneLoop(t *testing.T) {
	m := testModel([]Cluster{{Word: "jakarta", Coarse: 1, Fine: 2}, {Word: "élysée", Coarse: 3, Fine: 4}})
	for _, w := range []string{
		"Jakarta", "jakarta", "JAKARTA", "J.", "Al-Qaeda", "3,5", "U.S.", "(", "Élysée", "ÉLYSÉE", "élysée",
		"İstanbul", "Σωκράτης", "ǅemal", "٣٤", "日本", "\xffab", "a\xc3", "K", "co-op's", "",
	} {
		var got, want tokInfo
		m.describe(&got, w, nil)
		describeRunes(m, &want, w)
		if got != want {
			t.Errorf("%q: described %+v, want %+v", w, got, want)
		}
	}
}

// describeRunes is describe as a loop over runes, for TestDescribeAsRuneLoop.
func describeRunes(m *Model, t *tokInfo, w string) {
	var buf []byte
	var shape, cshape uint64 = fnvOffset, fnvOffset
	var last byte
	nShape := 0
	upper, lower, digit := 0, 0, 0
	flags := uint32(0)
	first := true
	for _, r := range w {
		var cls byte
		switch {
		case unicode.IsUpper(r):
			cls = 'X'
			upper++
			if first {
				flags |= fInitCap
			}
		case unicode.IsLower(r):
			cls = 'x'
			lower++
		case unicode.IsDigit(r):
			cls = 'd'
			digit++
		default:
			switch r {
			case '-':
				flags |= fHasHyphen
			case '.':
				flags |= fHasPeriod
			}
			cls = '*'
			if r < utf8.RuneSelf {
				cls = byte(r)
			}
		}
		first = false
		if nShape < 8 {
			shape = (shape ^ uint64(cls)) * fnvPrime
			nShape++
		}
		if cls != last {
			cshape = (cshape ^ uint64(cls)) * fnvPrime
			last = cls
		}
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	if upper > 1 && lower == 0 {
		flags |= fAllCaps
	}
	if digit > 0 {
		flags |= fHasDigit
	}
	if upper == 0 && lower > 0 {
		flags |= fAllLower
	}
	t.word, t.lowerForm, t.shape, t.cshape = hashString(w), string(buf) == w, shape, cshape
	for i := range t.gz {
		t.gz[i] = hNone
	}
	ci := int32(-1)
	for i, c := range m.clusterList {
		if c.Word == string(buf) {
			ci = int32(i)
		}
	}
	m.describeLower(&t.lowerPart, buf, max(ci, 0), ci >= 0)
	t.flags = flags | t.lexFlags
}
