package article

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"kronik/internal/source"
)

// checkSpans asserts the invariants every caller relies on: spans inside
// Text, ordered, not overlapping, each one a paragraph without the "\n\n"
// joiner, and Text exactly the paragraphs joined by "\n\n".
func checkSpans(t testing.TB, a Article) {
	t.Helper()
	prev := 0
	var parts []string
	for i, sp := range a.Paragraphs {
		if sp[0] < prev || sp[1] < sp[0] || sp[1] > len(a.Text) {
			t.Fatalf("paragraph %d span %v invalid (prev end %d, text %d bytes)", i, sp, prev, len(a.Text))
		}
		if strings.Contains(a.Text[sp[0]:sp[1]], "\n\n") {
			t.Fatalf("paragraph %d holds a paragraph break", i)
		}
		parts = append(parts, a.Text[sp[0]:sp[1]])
		prev = sp[1]
	}
	if got := strings.Join(parts, "\n\n"); got != a.Text {
		t.Fatalf("Text is not its paragraphs joined by blank lines")
	}
	for _, sp := range [][2]int{a.Lede, a.DatelineSpan} {
		if sp[1] < sp[0] || sp[0] < 0 || sp[1] > len(a.Text) {
			t.Fatalf("lede span %v or dateline span %v invalid (text %d bytes)", a.Lede, a.DatelineSpan, len(a.Text))
		}
	}
	if d := a.DatelineSpan; d != [2]int{} {
		if d[0] < a.Lede[0] || d[1] > a.Lede[1] {
			t.Fatalf("dateline span %v outside lede span %v", d, a.Lede)
		}
		if !strings.EqualFold(a.Text[d[0]:d[1]], a.Dateline) {
			t.Fatalf("dateline span holds %q, dateline is %q", a.Text[d[0]:d[1]], a.Dateline)
		}
	}
}

func extractText(t *testing.T, body string) Article {
	t.Helper()
	a, err := Extract(source.Document{Name: "t.txt", Path: "t.txt", Body: []byte(body), Format: "text"})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	checkSpans(t, a)
	return a
}

func TestExtractTextMetadata(t *testing.T) {
	tests := []struct {
		name                               string
		in                                 string
		title, outlet, published, dateline string
	}{
		{
			name:     "ANTARA lede with credits and notices",
			in:       "Jakarta (ANTARA) - Menteri Luar Negeri Sugiono menerima kunjungan Menteri Luar Negeri Jepang di Jakarta pada Senin.\n\nKedua menteri membahas kerja sama maritim.\n\nPewarta: Rina Contoh\nEditor: Budi Misal\nCopyright © ANTARA 2025\n\nDilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.\n",
			outlet:   "ANTARA",
			dateline: "Jakarta",
		},
		{
			name:      "headline, stamp line and KOMPAS lede",
			in:        "Indonesia dan Vietnam Sepakati Batas ZEE\n\nSenin, 16 Juni 2025 | 10:15 WIB\n\nJAKARTA, KOMPAS.com - Indonesia dan Vietnam menandatangani perjanjian batas zona ekonomi eksklusif di Jakarta.\n\nPerjanjian itu dirundingkan selama dua belas tahun.\n",
			title:     "Indonesia dan Vietnam Sepakati Batas ZEE",
			outlet:    "KOMPAS.com",
			published: "2025-06-16",
			dateline:  "Jakarta",
		},
		{
			name:      "stamp before headline, section label, no outlet",
			in:        "Jumat, 05 Juli 2024 14:29\n\nKemitraan Baru Dua Negara Tetangga\n\nLuar Negeri\n\nHubungan kedua negara terus tumbuh, kata para pengamat, sejak kunjungan kenegaraan pada 2 Juli.\n\nfavorite 0 likes\n\nquestion_answer 0 Updates\n\nvisibility 194 Views\n\nUpdate\nNo Update Available\nRelated News\nHarga beras naik di pasar induk\nPameran buku dibuka\n×\n",
			title:     "Kemitraan Baru Dua Negara Tetangga",
			published: "2024-07-05",
		},
		{
			name:      "masthead of an outlet we do not know, before a section",
			in:        "Dua Menteri Bertemu di Bandung\n\nWarta Nusantara | Internasional\nKamis 16 April 2026, 06:15 WIB\n\nBANDUNG - Dua menteri luar negeri bertemu di Bandung pada Rabu (15/4).\n\nMereka membahas kerja sama pendidikan.\n",
			title:     "Dua Menteri Bertemu di Bandung",
			outlet:    "Warta Nusantara",
			published: "2026-04-16",
			dateline:  "Bandung",
		},
		{
			name:     "outlet then place with dashes",
			in:       "Dua Negara Perkuat Kerja Sama\n\nJurnalContohNews – Astana – Presiden kedua negara bertemu di Astana, Senin (16/6/2025).\n\nKomentar\n",
			title:    "Dua Negara Perkuat Kerja Sama",
			outlet:   "JurnalContohNews",
			dateline: "Astana",
		},
		{
			name:     "outlet domain then upper-case place",
			in:       "VOTENEWS.ID, JAKARTA – Presiden menerima duta besar negara sahabat di Istana Merdeka.\n\nBaca juga: Harga emas turun lagi\n\nPertemuan berlangsung tertutup.\n",
			outlet:   "VOTENEWS.ID",
			dateline: "Jakarta",
		},
		{
			name:     "place then outlet with comma; body dates are not publication dates",
			in:       "Astana, Warta Online - Dua pertemuan puncak mendorong hubungan kedua negara.\nPada bulan Juni 2025, KTT diselenggarakan di Astana.\nPara pemimpin bertemu pada 31 Agustus 2025.\n",
			outlet:   "Warta Online",
			dateline: "Astana",
		},
		{
			name:      "machine stamp, aggregator summary and dated lede that agrees",
			in:        " date 2025-06 Warta Dunia menerbitkan artikel tentang pertemuan puncak di Astana yang menekankan kerja sama regional.\n\nJune 19, 2025 -- Untuk pertama kalinya pertemuan itu diadakan di Asia Tengah.\n\nPara pemimpin menandatangani perjanjian.\n",
			outlet:    "Warta Dunia",
			published: "2025-06-19",
		},
		{
			name:      "machine stamp alone gives the month",
			in:        "date 2025-06 Para pemimpin bertemu di Astana untuk membahas kerja sama regional.\n\nMereka menandatangani deklarasi bersama pada 17 Juni 2025.\n",
			published: "2025-06",
		},
		{
			name:      "machine stamp disagreeing with the lede stands",
			in:        "date 2025-06\n\nMay 30, 2025 -- The ministers met in Jakarta.\n",
			published: "2025-06",
		},
		{
			name:     "Reuters English lede",
			in:       "China, Kazakhstan sign pact on permanent good-neighbourliness\n\nBEIJING (Reuters) - China and Kazakhstan signed a treaty on Tuesday, state media said.\n\nReporting by Jane Example; Editing by John Sample\n© 2025 Reuters. All rights reserved.\n",
			title:    "China, Kazakhstan sign pact on permanent good-neighbourliness",
			outlet:   "Reuters",
			dateline: "Beijing",
		},
		{
			name:   "AFP lede without place",
			in:     "(AFP) - Officials in both capitals confirmed the talks would resume next week.\n",
			outlet: "AFP",
		},
		{
			name:     "WASHINGTON em dash dateline",
			in:       "WASHINGTON — The secretary of state met her Indonesian counterpart on Monday.\n\nShare\n\nTags: diplomacy, ASEAN\n",
			dateline: "Washington",
		},
		{
			name:      "dated dateline in Indonesian",
			in:        "Jakarta, 16 Juni 2025 - Pemerintah mengumumkan rencana kunjungan kenegaraan ke Tokyo.\n",
			dateline:  "Jakarta",
			published: "2025-06-16",
		},
		{
			name:   "copyright line names the outlet when the lede does not",
			in:     "Para menteri bertemu di Bangkok untuk membahas perdagangan regional.\n\nCopyright © Harian Contoh 2025\n",
			outlet: "Harian Contoh",
		},
		{
			name:   "source line names the outlet",
			in:     "The two leaders spoke by telephone on Friday about the border.\n\nSource: Xinhua\n",
			outlet: "Xinhua",
		},
		{
			name:      "outlet and date stamp line",
			in:        "Menlu Bertemu Mitranya\n\nKompas.com - 17/06/2025, 10:15 WIB\n\nPara menteri bertemu di Bangkok untuk membahas perdagangan.\n",
			title:     "Menlu Bertemu Mitranya",
			outlet:    "Kompas.com",
			published: "2025-06-17",
		},
		{
			name: "an organisation releasing a report is not an outlet",
			in:   "Bank Dunia merilis laporan tentang pertumbuhan ekonomi Asia Timur pada Selasa.\n\nSumber: Kementerian Keuangan\n",
		},
		{
			name:   "copyright holder without company form",
			in:     "Para menteri bertemu di Bangkok.\n\nCopyright © 2025 PT Harian Contoh Tbk. All rights reserved.\n",
			outlet: "Harian Contoh",
		},
		{
			name:      "headline directly followed by a lede; byline with date",
			in:        "Menlu Bertemu Mitranya di Bangkok\nOleh Rina Contoh | Selasa, 17 Juni 2025\nBANGKOK, Harian Contoh Online - Para menteri bertemu di Bangkok.\n",
			title:     "Menlu Bertemu Mitranya di Bangkok",
			outlet:    "Harian Contoh Online",
			dateline:  "Bangkok",
			published: "2025-06-17",
		},
		{
			name:  "headline without blank line after it is not a title",
			in:    "Menlu bertemu mitranya\nPara menteri bertemu di Bangkok.\n",
			title: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := extractText(t, tt.in)
			if a.Title != tt.title || a.Outlet != tt.outlet || a.Published != tt.published || a.Dateline != tt.dateline {
				t.Errorf("got title %q outlet %q published %q dateline %q\nwant title %q outlet %q published %q dateline %q",
					a.Title, a.Outlet, a.Published, a.Dateline, tt.title, tt.outlet, tt.published, tt.dateline)
			}
		})
	}
}

func TestExtractTextChrome(t *testing.T) {
	in := "Jumat, 05 Juli 2024 14:29\n\nKemitraan Baru Dua Negara Tetangga\n\n" +
		"Jakarta (ANTARA) - Presiden menerima Perdana Menteri Contohland di Istana.\n\n" +
		"Baca juga: Harga cabai naik menjelang Lebaran\n\n" +
		"Baca Juga\n\nPasar saham dibuka menguat\n\n" +
		"Read also: Markets open higher\n\n" +
		"Kedua pemimpin menyaksikan penandatanganan nota kesepahaman.\n\n" +
		"Foto: ANTARA/Xinhua/Li Contoh\n\n" +
		"Pewarta: Rina Contoh\nEditor: Budi Misal\n\n" +
		"Bagikan\nShare\nKomentar\n×\n\n" +
		"Home » Berita » Internasional\n\nhttps://example.id/berita/123\n\n" +
		"Baca berita dengan sedikit iklan, klik di sini\n\n" +
		"Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Contoh WhatsApp Channel : https://example.id/wa\n\n" +
		"Read more: Markets fall again\n\n" +
		"Copyright © ANTARA 2025\n\n" +
		"Hak cipta dilindungi undang-undang.\n\n" +
		"Dilarang keras menyalin isi laman ini atau melakukan crawling untuk melatih model AI tanpa izin tertulis dari redaksi.\n\n" +
		"favorite 0 likes\nvisibility 194 Views\nquestion_answer 0 Updates\nNo Update Available\n" +
		"Berita Terkait\nHarga emas turun\nTimnas menang dua gol\n"
	a := extractText(t, in)
	want := []string{
		"Kemitraan Baru Dua Negara Tetangga",
		"Jakarta (ANTARA) - Presiden menerima Perdana Menteri Contohland di Istana.",
		"Kedua pemimpin menyaksikan penandatanganan nota kesepahaman.",
		"Foto: ANTARA/Xinhua/Li Contoh",
		"Pewarta: Rina Contoh",
		"Editor: Budi Misal",
	}
	if got := strings.Join(paragraphs(a), "|"); got != strings.Join(want, "|") {
		t.Errorf("paragraphs:\n%s\nwant:\n%s", strings.ReplaceAll(got, "|", "\n"), strings.Join(want, "\n"))
	}
	if a.Published != "2024-07-05" || a.Outlet != "ANTARA" || a.Dateline != "Jakarta" {
		t.Errorf("metadata = %q %q %q", a.Published, a.Outlet, a.Dateline)
	}
}

func paragraphs(a Article) []string {
	var out []string
	for _, sp := range a.Paragraphs {
		out = append(out, a.Text[sp[0]:sp[1]])
	}
	return out
}

func TestExtractTextEntities(t *testing.T) {
	a := extractText(t, "Menlu &amp; Wamenlu Bertemu &#8220;Sahabat&#8221;\n\nJakarta (ANTARA) - Teks berita.\n")
	if a.Title != "Menlu & Wamenlu Bertemu “Sahabat”" {
		t.Errorf("title = %q", a.Title)
	}
}

func TestExtractTextHardWrapped(t *testing.T) {
	in := "Menteri Luar Negeri kedua negara bertemu di Jakarta pada hari Senin untuk\n" +
		"membahas kerja sama perdagangan, energi, dan pendidikan yang telah lama\n" +
		"terjalin di antara keduanya.\n\n" +
		"Pertemuan itu berlangsung selama dua jam dan diakhiri dengan konferensi\n" +
		"pers bersama di gedung Kementerian Luar Negeri di pusat kota Jakarta.\n" +
		"Keduanya menyatakan puas.\n"
	a := extractText(t, in)
	if len(a.Paragraphs) != 2 {
		t.Fatalf("got %d paragraphs, want 2: %q", len(a.Paragraphs), paragraphs(a))
	}
	if !strings.HasPrefix(paragraphs(a)[1], "Pertemuan itu berlangsung selama dua jam dan diakhiri dengan konferensi pers") {
		t.Errorf("wrapped lines not joined: %q", paragraphs(a)[1])
	}
}

func TestExtractHTMLPage(t *testing.T) {
	body, err := os.ReadFile("testdata/antara_like.html")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Extract(source.Document{Name: "a.html", Path: "a.html", Body: body, Format: "html"})
	if err != nil {
		t.Fatal(err)
	}
	checkSpans(t, a)
	if a.Title != "Menlu RI bertemu Menlu Malaysia di Kuala Lumpur" || a.Outlet != "ANTARA" ||
		a.Published != "2025-03-04" || a.Dateline != "Kuala Lumpur" {
		t.Errorf("metadata = %q %q %q %q", a.Title, a.Outlet, a.Published, a.Dateline)
	}
	ps := paragraphs(a)
	if ps[0] != a.Title || !strings.HasPrefix(ps[1], "Kuala Lumpur (ANTARA) - Menteri") {
		t.Errorf("first paragraphs = %q", ps[:2])
	}
	for _, bad := range []string{"Baca juga", "Bagikan", "Copyright", "Beranda", "Berita Terkait", "Timnas"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("chrome %q left in text", bad)
		}
	}
	for _, good := range []string{"Pewarta: Rina Contoh", "Editor: Budi Misal", "Mei 2025"} {
		if !strings.Contains(a.Text, good) {
			t.Errorf("%q missing from text", good)
		}
	}
}

func TestExtractHTMLMetadataSources(t *testing.T) {
	story := `<p>Para menteri luar negeri dari sepuluh negara bertemu di Bangkok untuk membahas kerja sama keamanan maritim di kawasan, termasuk patroli bersama dan pertukaran data.</p>
<p>Pertemuan itu ditutup dengan pernyataan bersama yang menegaskan komitmen pada hukum internasional dan penyelesaian sengketa secara damai, kata tuan rumah.</p>
<p>Menteri Luar Negeri Thailand menyebut pertemuan itu sebagai langkah maju yang penting bagi stabilitas kawasan dan kerja sama ekonomi di masa mendatang.</p>`
	tests := []struct {
		name, head, pre   string
		outlet, published string
	}{
		{
			name:      "JSON-LD",
			head:      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Menteri bertemu di Bangkok","datePublished":"2025-06-17T08:00:00+07:00","publisher":{"@type":"Organization","name":"Harian Contoh"}}</script>`,
			outlet:    "Harian Contoh",
			published: "2025-06-17",
		},
		{
			name:   "site name after the title",
			head:   `<meta property="og:site_name" content="Harian Contoh">`,
			outlet: "Harian Contoh",
		},
		{
			name:      "time element",
			pre:       `<time datetime="2024-12-01T09:00:00Z" pubdate>1 Desember 2024</time>`,
			published: "2024-12-01",
		},
		{
			name:      "date element in Indonesian",
			pre:       `<span class="date">Rabu, 18 Juni 2025 14:05 WIB</span>`,
			published: "2025-06-18",
		},
		{
			name:      "date element in the article wins over a sidebar's",
			head:      `</head><body><aside><span class="date">Senin, 2 Juni 2025</span></aside>`,
			pre:       `<span class="date">Rabu, 18 Juni 2025 14:05 WIB</span>`,
			published: "2025-06-18",
		},
		{
			name:      "outlet and date stamp in a time-classed element",
			pre:       `<div class="read__time">Kompas.com - 17/06/2025, 10:15 WIB</div>`,
			outlet:    "Kompas.com",
			published: "2025-06-17",
		},
		{
			name:      "unclassed stamp element inside the article",
			pre:       `<div class="text-muted small">Selasa, 10 Jun 2025 10:15 WIB</div>`,
			published: "2025-06-10",
		},
		{
			name:      "no date anywhere but the story",
			pre:       `<p>Pertemuan sebelumnya digelar pada 3 Maret 2024 di Manila.</p>`,
			published: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<!DOCTYPE html><html><head><title>Menteri bertemu di Bangkok</title>" + tt.head +
				"</head><body><article><h1>Menteri bertemu di Bangkok</h1>" + tt.pre + story + "</article></body></html>"
			a, err := Extract(source.Document{Name: "p", Path: "p", Body: []byte(page)})
			if err != nil {
				t.Fatal(err)
			}
			checkSpans(t, a)
			if a.Outlet != tt.outlet || a.Published != tt.published {
				t.Errorf("outlet %q published %q, want %q %q", a.Outlet, a.Published, tt.outlet, tt.published)
			}
			if !strings.Contains(a.Text, "Para menteri luar negeri") {
				t.Errorf("story text missing: %q", a.Text)
			}
		})
	}
}

func TestExtractCharsets(t *testing.T) {
	story := " bertemu di Jakarta untuk membahas kerja sama perdagangan dan pendidikan antara kedua negara yang bertetangga."
	tests := []struct {
		name   string
		doc    source.Document
		want   string
		warned bool
	}{
		{
			name: "windows-1252 declared in meta",
			doc: source.Document{Format: "html", Body: []byte(`<html><head><meta charset="windows-1252"></head><body><p>` +
				"Jos\xe9 Ram\xf3s \x93Horta\x94" + story + `</p></body></html>`)},
			want: "José Ramós “Horta”",
		},
		{
			name: "iso-8859-1 declared by http-equiv",
			doc: source.Document{Format: "html", Body: []byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>` +
				"Fran\xe7ois M\xfcller" + story + `</p></body></html>`)},
			want: "François Müller",
		},
		{
			name: "charset from the HTTP header",
			doc: source.Document{Format: "html", Header: map[string][]string{"Content-Type": {"text/html; charset=ISO-8859-1"}},
				Body: []byte(`<html><body><p>` + "S\xe3o Tom\xe9" + story + `</p></body></html>`)},
			want: "São Tomé",
		},
		{
			// One stray windows-1252 byte in a UTF-8 text: the UTF-8 is
			// kept (no "ErdoÄŸan"), the byte read as its character.
			name:   "a stray byte in a UTF-8 text file",
			doc:    source.Document{Format: "text", Body: []byte("Presiden Turki Recep Tayyip Erdoğan\x92s" + story)},
			want:   "Presiden Turki Recep Tayyip Erdoğan’s",
			warned: true,
		},
		{
			name:   "a stray byte in an undeclared UTF-8 page",
			doc:    source.Document{Format: "html", Body: []byte("<html><body><p>Presiden Erdoğan \x93menyambut\x94" + story + "</p></body></html>")},
			want:   "Presiden Erdoğan “menyambut”",
			warned: true,
		},
		{
			name:   "invalid UTF-8 in a text file",
			doc:    source.Document{Format: "text", Body: []byte("Presiden Jos\xe9 Ramos-Horta" + story)},
			want:   "Presiden José Ramos-Horta",
			warned: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.doc.Path = "x"
			a, err := Extract(tt.doc)
			if err != nil {
				t.Fatal(err)
			}
			checkSpans(t, a)
			if !strings.Contains(a.Text, tt.want) {
				t.Errorf("text %q does not contain %q", a.Text, tt.want)
			}
			if tt.warned != (len(a.Warnings) > 0) {
				t.Errorf("warnings = %q", a.Warnings)
			}
		})
	}
}

func TestExtractBadInputs(t *testing.T) {
	if _, err := Extract(source.Document{Path: "e.txt", Body: []byte(" \n\t\n")}); !errors.Is(err, ErrEmpty) {
		t.Errorf("empty: err = %v, want ErrEmpty", err)
	}
	if _, err := Extract(source.Document{Path: "b.bin", Body: []byte("GIF89a\x00\x01\x02")}); !errors.Is(err, source.ErrBinary) {
		t.Errorf("binary: err = %v, want ErrBinary", err)
	}
	if _, err := Extract(source.Document{Path: "c.txt", Body: []byte("×\n\n***\n")}); !errors.Is(err, ErrEmpty) {
		t.Errorf("chrome only: err = %v, want ErrEmpty", err)
	}
}

func TestExtractDeeplyNestedHTML(t *testing.T) {
	const n = 100_000
	var b bytes.Buffer
	b.WriteString("<html><head><title>Judul Dalam</title></head><body>")
	for range n {
		b.WriteString("<div>")
	}
	b.WriteString("Para menteri bertemu di Jakarta untuk membahas kerja sama.")
	for range n {
		b.WriteString("</div>")
	}
	b.WriteString("</body></html>")
	a, err := Extract(source.Document{Path: "deep.html", Body: b.Bytes(), Format: "html"})
	if err != nil {
		t.Fatal(err)
	}
	checkSpans(t, a)
	if !strings.Contains(a.Text, "Para menteri bertemu di Jakarta") || a.Title != "Judul Dalam" {
		t.Errorf("text %q title %q", a.Text, a.Title)
	}
	if len(a.Warnings) == 0 {
		t.Errorf("no warning about the fallback extraction")
	}
}

func TestExtractLongSingleLine(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 20 MB document")
	}
	// The largest document source.Read lets through, on one line; larger
	// inputs are refused by source (see TestReadTooLarge there).
	line := bytes.Repeat([]byte("Para menteri bertemu di Jakarta. "), source.MaxSize/34)
	a, err := Extract(source.Document{Path: "long.txt", Body: line, Format: "text"})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) != 1 || len(a.Text) < source.MaxSize/2 {
		t.Errorf("got %d paragraphs, %d bytes", len(a.Paragraphs), len(a.Text))
	}
}

func BenchmarkExtractText(b *testing.B) {
	body := []byte(strings.Repeat("Jakarta (ANTARA) - Para menteri bertemu di Jakarta untuk membahas kerja sama.\n\n", 200))
	for b.Loop() {
		if _, err := Extract(source.Document{Path: "b", Body: body, Format: "text"}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestStripSiteName(t *testing.T) {
	tests := []struct{ title, site, want string }{
		{"Menlu bertemu mitranya - Warta Contoh", "Warta Contoh", "Menlu bertemu mitranya"},
		{"Menlu bertemu mitranya | KOMPAS.com", "", "Menlu bertemu mitranya"},
		{"Indonesia - Malaysia sepakat", "", "Indonesia - Malaysia sepakat"},
	}
	for _, tt := range tests {
		if got := stripSiteName(tt.title, tt.site); got != tt.want {
			t.Errorf("stripSiteName(%q, %q) = %q, want %q", tt.title, tt.site, got, tt.want)
		}
	}
}

func TestExtractHTMLInlineReadAlso(t *testing.T) {
	page := `<html><head><title>Menteri bertemu di Bangkok</title></head><body><article>
<h1>Menteri bertemu di Bangkok</h1>
<p>Bangkok (ANTARA) - Para menteri luar negeri dari sepuluh negara bertemu di Bangkok untuk membahas kerja sama keamanan maritim di kawasan. <strong>Baca juga:</strong> <a href="/x">Harga emas turun lagi hari ini</a> Pertemuan itu ditutup dengan pernyataan bersama.</p>
<p>Menteri Luar Negeri Thailand menyebut pertemuan itu sebagai langkah maju yang penting bagi stabilitas kawasan. <em>Baca juga: Timnas menang dua gol</em></p>
<p>Kedua pihak sepakat bertemu lagi tahun depan di Jakarta untuk meninjau kemajuan kerja sama tersebut secara menyeluruh.</p>
</article></body></html>`
	a, err := Extract(source.Document{Path: "p.html", Body: []byte(page), Format: "html"})
	if err != nil {
		t.Fatal(err)
	}
	checkSpans(t, a)
	for _, bad := range []string{"Baca juga", "Harga emas", "Timnas"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("inline link %q left in %q", bad, a.Text)
		}
	}
	if !strings.Contains(a.Text, "Pertemuan itu ditutup dengan pernyataan bersama.") {
		t.Errorf("story text after the inline link lost: %q", a.Text)
	}
}

func BenchmarkExtractHTML(b *testing.B) {
	body, err := os.ReadFile("testdata/antara_like.html")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Extract(source.Document{Path: "b.html", Body: body, Format: "html"}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestExtractHTMLEnglishWire(t *testing.T) {
	body, err := os.ReadFile("testdata/wire_like_en.html")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Extract(source.Document{Name: "w.html", Path: "w.html", Body: body, Format: "html"})
	if err != nil {
		t.Fatal(err)
	}
	checkSpans(t, a)
	if a.Title != "Indonesia, Japan agree to expand maritime cooperation" || a.Outlet != "Example Wire" ||
		a.Published != "2025-02-11" || a.Dateline != "Tokyo" {
		t.Errorf("metadata = %q %q %q %q", a.Title, a.Outlet, a.Published, a.Dateline)
	}
	for _, bad := range []string{"RELATED", "Oil prices", "All rights reserved", "Home >"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("chrome %q left in text:\n%s", bad, a.Text)
		}
	}
	for _, good := range []string{"TOKYO (Example Wire) - Indonesia and Japan", "Reporting by Jane Example", "free and open Indo-Pacific"} {
		if !strings.Contains(a.Text, good) {
			t.Errorf("%q missing from text:\n%s", good, a.Text)
		}
	}
}
