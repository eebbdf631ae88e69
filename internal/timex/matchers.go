package timex

import "sync"

// matcher is one construction of time expression. It declares the words it
// can open with, so the scanner tries it only there and skips every other word
// with one map lookup; a matcher that reads a new opening word declares it here,
// next to its reader, and cannot be silently starved by a list kept elsewhere.
type matcher struct {
	name    string
	numeric bool              // it can open with a number token
	sets    []map[string]bool // lexicon tables whose words open it
	words   []string          // further literal opening words
	read    func(*scanner, int) (match, bool)
}

// keysOf lists a map's keys as a word set.
func keysOf[V any](m map[string]V) map[string]bool {
	set := make(map[string]bool, len(m))
	for w := range m {
		set[w] = true
	}
	return set
}

// matchers lists the constructions in the order they are tried; on a tie in
// length the earlier one wins.
func matchers() []matcher {
	return []matcher{
		{name: "quarter", sets: []map[string]bool{quarterWords, quarterNames}, words: []string{"q"},
			read: (*scanner).quarterExpr},
		{name: "weekday", sets: []map[string]bool{keysOf(weekdays)}, words: []string{"hari", "last", "next", "this"},
			read: (*scanner).weekdayExpr},
		{name: "numeric date", numeric: true, read: (*scanner).numericDate},
		{name: "day first", numeric: true, words: []string{"tanggal", "tgl", "the"}, read: (*scanner).dayFirst},
		{name: "month", sets: []map[string]bool{rangeModifiers, keysOf(months)}, words: []string{"last", "next", "this", "bulan"},
			read: (*scanner).monthExpr},
		{name: "year", numeric: true, sets: []map[string]bool{rangeModifiers}, words: []string{"tahun", "year", "th"},
			read: (*scanner).yearExpr},
		{name: "relative", sets: []map[string]bool{rangeModifiers, keysOf(units)}, words: []string{
			"kemarin", "yesterday", "hari", "today", "besok", "tomorrow", "esok", "lusa", "tadi", "semalam",
			"tonight", "pagi", "siang", "sore", "petang", "malam", "saat", "kala", "ketika", "waktu",
			"sekarang", "kini", "sejenak", "dewasa", "last", "this",
			// unitRelative: "the past year", "the previous month", "next week"
			"past", "previous", "following", "next", "coming",
		}, read: (*scanner).relativeExpr},
		{name: "count", numeric: true, sets: []map[string]bool{keysOf(seUnits), keysOf(reduplicated), vagueQuantity, keysOf(numberWords)},
			words: []string{"sekitar", "hampir", "about", "nearly", "almost", "around", "a", "an", "one", "setengah", "half"},
			read:  (*scanner).countExpr},
		{name: "set", words: []string{"setiap", "tiap", "saban", "every", "each"}, read: (*scanner).setExpr},
		{name: "clock", numeric: true, words: []string{"sekitar", "about", "pukul", "pkl", "jam"}, read: (*scanner).clockExpr},
	}
}

// dispatch indexes the matchers by what opens them.
type dispatch struct {
	all     []matcher
	numeric []int            // matchers that open with a number, in order
	byWord  map[string][]int // matchers by opening word, in order
}

// matcherIndex is built once: the matchers and their index never change.
var matcherIndex = sync.OnceValue(func() *dispatch {
	d := &dispatch{all: matchers(), byWord: map[string][]int{}}
	for k, m := range d.all {
		if m.numeric {
			d.numeric = append(d.numeric, k)
		}
		seen := map[string]bool{}
		add := func(w string) {
			if !seen[w] {
				seen[w] = true
				d.byWord[w] = append(d.byWord[w], k)
			}
		}
		for _, set := range m.sets {
			for w := range set {
				add(w)
			}
		}
		for _, w := range m.words {
			add(w)
		}
	}
	return d
})
