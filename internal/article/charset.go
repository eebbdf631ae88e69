package article

import (
	"bytes"
	"fmt"
	"mime"
	"net/http"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
)

// metaCharsetRe finds a charset declared in the first bytes of an HTML page:
// <meta charset="windows-1252"> or <meta http-equiv="Content-Type"
// content="text/html; charset=iso-8859-1">.
var metaCharsetRe = regexp.MustCompile(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)`)

// declaredCharset returns the character set declared for an HTML document:
// by the HTTP Content-Type header first (it overrides the page, as browsers
// do), then by a <meta> tag within the first 4 KB.
func declaredCharset(body []byte, header http.Header) string {
	if header != nil {
		if _, params, err := mime.ParseMediaType(header.Get("Content-Type")); err == nil && params["charset"] != "" {
			return params["charset"]
		}
	}
	head := body
	if len(head) > 4096 {
		head = head[:4096]
	}
	if m := metaCharsetRe.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	return ""
}

// decodeHTML returns the page as UTF-8, honouring a UTF-8 byte order mark,
// then the declared charset; undeclared bytes that are not UTF-8 are read as
// windows-1252, the browsers' default, with a warning.
func decodeHTML(body []byte, header http.Header) (string, []string) {
	if b, ok := bytes.CutPrefix(body, []byte("\xef\xbb\xbf")); ok {
		return string(b), nil
	}
	if name := declaredCharset(body, header); name != "" {
		enc, err := htmlindex.Get(name)
		if err != nil {
			warn := "unknown charset " + quote(name) + " declared"
			s, w := decodeText(body)
			return s, append([]string{warn}, w...)
		}
		if canonical, _ := htmlindex.Name(enc); canonical == "utf-8" {
			return decodeText(body)
		}
		if s, err := decodeWith(enc, body); err == nil {
			return s, nil
		}
	}
	return decodeText(body)
}

// decodeText returns body as UTF-8: as is when it is valid UTF-8 (a byte
// order mark removed); mostly UTF-8 with stray bytes, the valid UTF-8 kept
// and only the stray bytes read as windows-1252; else decoded as
// windows-1252. Both repairs are warned of.
func decodeText(body []byte) (string, []string) {
	body = bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
	if utf8.Valid(body) {
		return string(body), nil
	}
	// One stray byte (a quote pasted from a windows-1252 editor) must not
	// turn a UTF-8 text into mojibake ("Erdoğan" read as "ErdoÄŸan"). In
	// legacy 8-bit text a valid multi-byte sequence needs an unusual pair
	// such as "Ã" and a symbol, so a text with valid sequences at least a
	// quarter as many as its invalid bytes is UTF-8.
	if multi, invalid := utf8Counts(body); multi > 0 && 4*multi >= invalid {
		return repairUTF8(body), []string{fmt.Sprintf("invalid UTF-8: %d stray byte(s) read as windows-1252, the rest kept as UTF-8", invalid)}
	}
	s, err := decodeWith(charmap.Windows1252, body)
	if err != nil {
		return strings.ToValidUTF8(string(body), "\uFFFD"), []string{"invalid UTF-8 replaced"}
	}
	return s, []string{"invalid UTF-8: decoded as windows-1252"}
}

func decodeWith(enc encoding.Encoding, body []byte) (string, error) {
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return "", err
	}
	return string(out), nil
}

func quote(s string) string { return `"` + s + `"` }

// utf8Counts counts the valid multi-byte UTF-8 sequences and the bytes that
// are not part of any valid sequence.
func utf8Counts(b []byte) (multi, invalid int) {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		switch {
		case r == utf8.RuneError && n == 1:
			invalid++
		case n > 1:
			multi++
		}
		b = b[n:]
	}
	return multi, invalid
}

// repairUTF8 keeps b's valid UTF-8 and reads each invalid byte as the
// windows-1252 character it is most likely to be (0x92 is ’).
func repairUTF8(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + 8)
	dec := charmap.Windows1252
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			r = dec.DecodeByte(b[0])
		}
		sb.WriteRune(r)
		b = b[n:]
	}
	return sb.String()
}
