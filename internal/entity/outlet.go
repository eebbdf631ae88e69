package entity

// The publishing outlet as an entity of the record.

import (
	"sort"
	"strings"

	"kronik/internal/kb"
	"kronik/internal/record"
	"kronik/internal/text"
)

// WithOutlet makes sure the publishing outlet, where the text names it (a
// masthead, a byline, a lede the rules did not read), is an ORG entity: the
// outlet is an organisation the article names. ents are the document's
// entities (Recognize), txt its text and sents its sentences; when a mention
// of an entity already covers the outlet's name, or the text never writes
// it, ents is returned as it is.
func WithOutlet(ents []record.Entity, txt, outlet string, sents []text.Sentence) []record.Entity {
	if outlet == "" {
		return ents
	}
	var ms []record.Mention
	for off := 0; off < len(txt); {
		i := strings.Index(txt[off:], outlet)
		if i < 0 {
			break
		}
		a, b := off+i, off+i+len(outlet)
		off = b
		if (a > 0 && isWordByte(txt[a-1])) || (b < len(txt) && isWordByte(txt[b])) {
			continue // part of a longer word
		}
		for _, e := range ents {
			for _, m := range e.Mentions {
				if m.Start < b && a < m.End {
					return ents // already an entity there
				}
			}
		}
		si := sort.Search(len(sents), func(k int) bool { return sents[k].End > a })
		ms = append(ms, record.Mention{Text: outlet, Start: a, End: b, Sentence: si})
	}
	if len(ms) == 0 {
		return ents
	}
	return append(ents, record.Entity{ID: "org:" + kb.Slug(outlet), Type: "ORG", Name: outlet, Source: "rule", Mentions: ms})
}

// isWordByte reports whether c may continue a word: an ASCII letter or digit,
// or a byte of a multi-byte UTF-8 letter.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
