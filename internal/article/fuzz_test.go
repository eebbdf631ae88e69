package article

import (
	"testing"

	"kronik/internal/source"
)

func FuzzExtractText(f *testing.F) {
	for _, s := range []string{
		"Judul Berita\n\nJakarta (ANTARA) - Teks berita.\n\nPewarta: X\nCopyright © ANTARA 2025\n",
		"Jumat, 05 Juli 2024 14:29\n\nJudul\n\nLuar Negeri\n\nTeks.\n\nRelated News\nA\nB\n×\n",
		" date 2025-06 CGTN menerbitkan artikel tentang KTT.\n\nJune 19, 2025 -- Teks.\n",
		"VOTENEWS.ID, JAKARTA – Teks\r\nBaca juga: X\r\n\r\nBaca Juga\r\nY\r\n",
		"\xef\xbb\xbf\u00a0\u200b\n\n\n", "Caf\xe9 \x93kutipan\x94", "a\nb\nc\nd\ne\nf\ng\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := Extract(source.Document{Path: "f.txt", Body: []byte(s), Format: "text"})
		if err != nil {
			return
		}
		checkSpans(t, a)
	})
}

func FuzzExtractHTML(f *testing.F) {
	for _, s := range []string{
		`<html><head><title>T</title><meta property="og:site_name" content="S"></head><body><p>Jakarta (ANTARA) - Teks.</p></body></html>`,
		`<meta charset="windows-1252"><p>Caf` + "\xe9" + `</p>`,
		`<script type="application/ld+json">{"datePublished":"2025-06-17","publisher":{"name":"P"}}</script><article><p>x</p></article>`,
		`<div><div><div><p>a<br>b</p></div></div></div>`,
		`<time datetime="2025-01-01" pubdate>1 Jan</time><p>Teks</p>`,
		`<!-- --><p>`, `<html><body></body></html>`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := Extract(source.Document{Path: "f.html", Body: []byte(s), Format: "html"})
		if err != nil {
			return
		}
		checkSpans(t, a)
	})
}
