package text

import "strings"

// Stop word lists. Source and licence: written for kronik by its authors
// from general knowledge of Indonesian and English function words (no list
// was copied); same licence as the rest of the repository. They hold
// closed-class words only (pronouns, determiners, prepositions, conjunctions,
// auxiliaries, particles, common discourse adverbs), so that content words
// such as "negara", "presiden" or "kerja" are never dropped from search.

// stopID: Indonesian function words. Reporting verbs (kata, ujar) are kept
// out: they are events-of-saying cues that the event stage uses.
var stopID = makeSet(`
ada adalah agar akan akhirnya aku anda antar antara apa apabila apakah atas atau
bagai bagaimana bagi bahkan bahwa baik banyak beberapa begini begitu belum
berbagai bersama beserta betapa biasanya bila bilamana boleh bukan bukanlah
cukup dahulu dalam dan dapat dari daripada demi dengan di dia diri dirinya
dulu hal hampir hanya harus hendak hingga ia ialah ini itu jadi jangan jika
jikalau juga justru kalau kalian kami kamu kan kapan karena ke kecuali kemudian
kenapa kepada ketika kini kita lagi lain lalu lama lebih maka mana manakala masih
masing mau melainkan melalui memang mengapa menjadi menurut mereka meski meskipun
misalnya mungkin namun nanti oleh pada padahal para pernah pula pun saat saja
salah sambil sampai sana sangat saya se sebab sebagai sebelum sebelumnya sebuah
sedang sedangkan sehingga sejak sekadar sekarang selagi selain selama seluruh
semakin sementara semua sendiri seorang seperti sering serta sesudah setelah
setiap siapa sini situ suatu sudah supaya tanpa tapi telah tengah tentang
tentu tersebut tetapi tiap untuk walau walaupun yaitu yakni yang
`)

// stopEN: English function words.
var stopEN = makeSet(`
a about above after again against all also am an and any are as at be because
been before being below between both but by can could did do does doing down
during each either few for from further had has have having he her here hers
herself him himself his how however i if in into is it its itself just may me
might more most much must my myself neither no nor not now of off on once only
or other our ours ourselves out over own per same shall she should so some such
than that the their theirs them themselves then there these they this those
through thus to too under until up upon us very via was we were what when where
whether which while who whom whose why will with within without would yet you
your yours yourself yourselves
`)

func makeSet(words string) map[string]struct{} {
	m := make(map[string]struct{})
	for _, w := range strings.Fields(words) {
		m[w] = struct{}{}
	}
	return m
}

// IsStopWord reports whether word is a stop word of lang ("id", "ms" uses
// the Indonesian list, "en"). The comparison is case-insensitive; unknown
// languages have no stop words.
func IsStopWord(lang, word string) bool {
	var set map[string]struct{}
	switch lang {
	case "id", "ms":
		set = stopID
	case "en":
		set = stopEN
	default:
		return false
	}
	_, ok := set[lowerASCII(word)]
	return ok
}

// lowerASCII lower-cases ASCII letters, and everything else through
// strings.ToLower; it does not allocate when s is already lower case.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return strings.ToLower(s)
		}
		if c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}
