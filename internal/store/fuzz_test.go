package store

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzSnippet: any text and query give a snippet without panicking, valid
// UTF-8 from valid input, and every marked word is a word of the text.
func FuzzSnippet(f *testing.F) {
	f.Add("Kedua menteri menandatangani perjanjian perdagangan.", "penandatanganan")
	f.Add("Xi'an, ke-2, 94,8 miliar — «kutipan» di sini.", "xi'an ke-2")
	f.Add(strings.Repeat("kata ", 200)+"perdagangan", "dagang")
	f.Add("", "apa")
	f.Fuzz(func(t *testing.T, body, q string) {
		for _, lang := range []string{"id", "en"} {
			got := Snippet(lang, body, Terms(lang, q))
			if utf8.ValidString(body) && !utf8.ValidString(got) {
				t.Fatalf("invalid UTF-8 snippet %q", got)
			}
			for _, part := range strings.Split(got, "«")[1:] {
				w, _, ok := strings.Cut(part, "»")
				if ok && !strings.Contains(body, w) && !strings.Contains(body, "«") {
					t.Fatalf("marked %q is not in the text", w)
				}
			}
		}
	})
}
