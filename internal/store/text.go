package store

import (
	"kronik/internal/cluster"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"kronik/internal/record"
	"kronik/internal/text"
)

// indexWord returns the form of one token that search indexes, or "" when the
// token is not indexed (punctuation, stop words).
func indexWord(lang, tok string) string {
	if !isWord(tok) || text.IsStopWord(lang, tok) {
		return ""
	}
	return clean(text.StemLang(lang, tok))
}

// isWord says whether a token holds a letter or digit.
func isWord(tok string) bool {
	for _, r := range tok {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// clean turns a stem into one index term: letters and digits only, so that
// every backend's own tokenizer (FTS5 unicode61, PostgreSQL simple) keeps it
// whole ("ke-2" -> "ke2", "xi'an" -> "xian").
func clean(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// IndexText is the text a backend's full-text index holds for a document of
// language lang: its words stemmed in Go (Snowball Indonesian for id and ms,
// Porter2 for en), stop words left out, separated by spaces. Stemming in Go
// rather than in the database is what makes SQLite and PostgreSQL rank alike.
func IndexText(lang, s string) string {
	var b strings.Builder
	for _, t := range text.Tokenize(s, 0) {
		if w := indexWord(lang, t.Text); w != "" {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
	}
	return b.String()
}

// Terms turns a query into the terms a document must hold: one slice of
// alternatives per query word. Without a language each word is stemmed both
// as Indonesian and as English, because the query's language is unknown and
// every document was indexed with its own language's stemmer. Stop words are
// dropped unless the query holds nothing else.
func Terms(lang, q string) [][]string {
	langs := []string{"id", "en"}
	if lang != "" {
		langs = []string{lang}
	}
	var out, stops [][]string
	for _, t := range text.Tokenize(q, 0) {
		if !isWord(t.Text) {
			continue
		}
		seen := map[string]bool{}
		var alts []string
		stop := true
		for _, l := range langs {
			if !text.IsStopWord(l, t.Text) {
				stop = false
			}
			w := clean(text.StemLang(l, t.Text))
			if w != "" && !seen[w] {
				seen[w] = true
				alts = append(alts, w)
			}
		}
		if len(alts) == 0 {
			continue
		}
		if stop {
			stops = append(stops, alts)
		} else {
			out = append(out, alts)
		}
	}
	if len(out) == 0 {
		return stops
	}
	return out
}

// snippetLen is the longest snippet in bytes, about two lines of a terminal.
const snippetLen = 240

// Snippet returns the passage of body (a document in language lang) that best
// matches the query terms, with matched words marked «like this». Matching
// is on stems, so the words marked are the document's own inflections. The
// passage is the sentence with the most distinct query terms, cut to about
// 240 bytes around its first match.
func Snippet(lang, body string, terms [][]string) string {
	want := map[string]int{}
	for i, alts := range terms {
		for _, a := range alts {
			want[a] = i
		}
	}
	type span struct{ start, end int }
	var best []span
	bestScore, bestStart, bestEnd := -1, 0, 0
	// A document repeats its words: each is stemmed once.
	forms := map[string]string{}
	for _, s := range text.Sentences(body) {
		var hits []span
		distinct := map[int]bool{}
		for _, t := range text.Tokenize(body[s[0]:s[1]], s[0]) {
			w, ok := forms[t.Text]
			if !ok {
				if w = indexWord(lang, t.Text); w == "" {
					w = clean(strings.ToLower(t.Text))
				}
				forms[t.Text] = w
			}
			if i, ok := want[w]; ok {
				hits = append(hits, span{t.Start, t.End})
				distinct[i] = true
			}
		}
		score := len(distinct)*100 + len(hits)
		if len(hits) > 0 && score > bestScore {
			bestScore, best, bestStart, bestEnd = score, hits, s[0], s[1]
		}
	}
	if best == nil {
		return cut(body, 0, len(body), 0)
	}
	var b strings.Builder
	from := bestStart
	if bestEnd-bestStart > snippetLen && best[0].start-bestStart > snippetLen/3 {
		from = runeStart(body, best[0].start-snippetLen/3)
		b.WriteString("…")
	}
	to := bestEnd
	if to-from > snippetLen {
		to = runeStart(body, from+snippetLen)
	}
	pos := from
	for _, h := range best {
		if h.start < pos || h.end > to {
			continue
		}
		b.WriteString(body[pos:h.start])
		b.WriteString("«")
		b.WriteString(body[h.start:h.end])
		b.WriteString("»")
		pos = h.end
	}
	b.WriteString(body[pos:to])
	if to < bestEnd {
		b.WriteString("…")
	}
	return collapse(b.String())
}

func cut(s string, from, to, _ int) string {
	if to-from > snippetLen {
		return collapse(s[from:runeStart(s, from+snippetLen)]) + "…"
	}
	return collapse(s[from:to])
}

func runeStart(s string, i int) int {
	if i >= len(s) {
		return len(s)
	}
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// Sides maps an event's actors to the parties they stand for: a person acting
// for a known state stands for that state, so that "Prabowo met Anwar" and
// "Indonesia and Malaysia held talks" have the same sides. Clustering compares
// sides (cluster.Same), and the events query matches them.
func Sides(r *record.Record, ev *record.Event) []string {
	set := cluster.Sides(r, ev)
	out := make([]string, 0, len(set))
	for s := range set {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// Slice returns body[start:end], or "" for a span that does not fit body: a
// record made elsewhere with bad offsets must not fail or panic a write.
func Slice(body string, start, end int) string {
	if start < 0 || end > len(body) || start > end {
		return ""
	}
	return body[start:end]
}
