package text

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func sentenceTexts(s string) []string {
	var out []string
	for _, sp := range Sentences(s) {
		out = append(out, s[sp[0]:sp[1]])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "Menteri tiba di Astana. Ia disambut duta besar.",
			[]string{"Menteri tiba di Astana.", "Ia disambut duta besar."}},
		{"id titles", "Dr. Ahmad dan Prof. Ir. Budi bertemu H. Salim dan Hj. Aminah di Jl. Thamrin No. 3. Pertemuan berlangsung singkat.",
			[]string{"Dr. Ahmad dan Prof. Ir. Budi bertemu H. Salim dan Hj. Aminah di Jl. Thamrin No. 3.", "Pertemuan berlangsung singkat."}},
		{"degrees after a name", "Rapat dipimpin Andi, S.H., M.Si. dari kementerian. Ia membuka acara.",
			[]string{"Rapat dipimpin Andi, S.H., M.Si. dari kementerian.", "Ia membuka acara."}},
		{"company suffixes", "Saham PT. Maju Jaya Tbk. naik. Namun indeks turun.",
			[]string{"Saham PT. Maju Jaya Tbk. naik.", "Namun indeks turun."}},
		{"dll ends an enumeration and the sentence", "Bantuan berupa beras, obat, dll. Kemudian relawan tiba.",
			[]string{"Bantuan berupa beras, obat, dll.", "Kemudian relawan tiba."}},
		{"dkk inside", "Penelitian Sari dkk. menunjukkan hal itu.",
			[]string{"Penelitian Sari dkk. menunjukkan hal itu."}},
		{"atas nama", "Surat ditandatangani a.n. Menteri Luar Negeri. Isinya singkat.",
			[]string{"Surat ditandatangani a.n. Menteri Luar Negeri.", "Isinya singkat."}},
		{"initials", "Buku karya M. Yamin dan J. K. Rowling dibahas. Diskusi ramai.",
			[]string{"Buku karya M. Yamin dan J. K. Rowling dibahas.", "Diskusi ramai."}},
		{"decimals and money", "Ekonomi tumbuh 5.4 persen dan inflasi 2,8 persen. Rupiah di Rp16.296 per dolar.",
			[]string{"Ekonomi tumbuh 5.4 persen dan inflasi 2,8 persen.", "Rupiah di Rp16.296 per dolar."}},
		{"dates in brackets", "Kedua menteri bertemu di Jakarta (16/6/2025). Mereka bertemu lagi (17/6).",
			[]string{"Kedua menteri bertemu di Jakarta (16/6/2025).", "Mereka bertemu lagi (17/6)."}},
		{"final quotes", "\"Kami siap bekerja sama.\" Demikian kata menteri. “Ini penting.” Ia tersenyum.",
			[]string{"\"Kami siap bekerja sama.\"", "Demikian kata menteri.", "“Ini penting.”", "Ia tersenyum."}},
		{"quote then attribution", "\"Kami siap,\" kata dia. Semua setuju.",
			[]string{"\"Kami siap,\" kata dia.", "Semua setuju."}},
		{"ellipsis", "Ia ragu... Kemudian ia setuju. Jawabannya … dan seterusnya.",
			[]string{"Ia ragu...", "Kemudian ia setuju.", "Jawabannya … dan seterusnya."}},
		{"question and exclamation", "Apa artinya? Kerja sama! Itu jawabannya?! Ya.",
			[]string{"Apa artinya?", "Kerja sama!", "Itu jawabannya?!", "Ya."}},
		{"numbered list", "Kesepakatan mencakup:\n1. Penguatan perdagangan.\n  2. Kerja Sama energi.\n3. Pertukaran pelajar",
			[]string{"Kesepakatan mencakup:", "1. Penguatan perdagangan.", "2. Kerja Sama energi.", "3. Pertukaran pelajar"}},
		{"inline list", "Ada dua poin: 1. Perdagangan; 2. Energi. Keduanya disetujui.",
			[]string{"Ada dua poin: 1. Perdagangan; 2. Energi.", "Keduanya disetujui."}},
		{"number at sentence end", "Jumlah peserta mencapai 12. Kemudian acara dimulai.",
			[]string{"Jumlah peserta mencapai 12.", "Kemudian acara dimulai."}},
		{"newline ends a sentence", "Tiongkok dan Kazakhstan Sepakati Kerja Sama Baru\nASTANA - Kedua negara menandatangani perjanjian",
			[]string{"Tiongkok dan Kazakhstan Sepakati Kerja Sama Baru", "ASTANA - Kedua negara menandatangani perjanjian"}},
		{"blank lines and CRLF", "Paragraf satu.\r\n\r\nParagraf dua tanpa titik\r\n",
			[]string{"Paragraf satu.", "Paragraf dua tanpa titik"}},
		{"en titles and months", "Mr. Smith met Mrs. Lee on Jan. 5 in Washington. They talked.",
			[]string{"Mr. Smith met Mrs. Lee on Jan. 5 in Washington.", "They talked."}},
		{"en U.S. mid and end", "The U.S. and the U.K. agreed. Talks continue in the U.S. The next round is in May.",
			[]string{"The U.S. and the U.K. agreed.", "Talks continue in the U.S.", "The next round is in May."}},
		{"unknown initialism", "Presiden A.S. Donald Trump tiba. Ia disambut di R.I. Namun hujan turun.",
			[]string{"Presiden A.S. Donald Trump tiba.", "Ia disambut di R.I.", "Namun hujan turun."}},
		{"en company and e.g.", "Apple Inc. shares rose, e.g. in Asia. Microsoft Corp. fell vs. peers.",
			[]string{"Apple Inc. shares rose, e.g. in Asia.", "Microsoft Corp. fell vs. peers."}},
		{"lower case after period continues", "Dia tiba pukul 10.30 WIB. dan langsung rapat.",
			[]string{"Dia tiba pukul 10.30 WIB. dan langsung rapat."}},
		{"glued opening quote", "Kami setuju.\"Ini penting,\" katanya.",
			[]string{"Kami setuju.", "\"Ini penting,\" katanya."}},
		{"camel-case brand starts a sentence", "Produk baru diluncurkan. iPhone terbaru dijual besok.",
			[]string{"Produk baru diluncurkan.", "iPhone terbaru dijual besok."}},
		{"dateline with outlet", "JAKARTA, KOMPAS.com - Menteri tiba Sabtu (21/6/2025). Ia disambut KH. Ma'ruf Amin.",
			[]string{"JAKARTA, KOMPAS.com - Menteri tiba Sabtu (21/6/2025).", "Ia disambut KH. Ma'ruf Amin."}},
		{"question with attribution", "\"Apa langkah berikutnya?\" tanya wartawan. \"Kami tunggu!\" jawabnya.",
			[]string{"\"Apa langkah berikutnya?\" tanya wartawan.", "\"Kami tunggu!\" jawabnya."}},
		{"en times and D.C.", "They met at 10 a.m. Monday in Washington, D.C. The talks lasted an hour. Lt. Gen. Smith spoke.",
			[]string{"They met at 10 a.m. Monday in Washington, D.C.", "The talks lasted an hour.", "Lt. Gen. Smith spoke."}},
		{"word that is also a title", "Harganya naik 50 sen. Ia kaget. Sen. Warren setuju.",
			[]string{"Harganya naik 50 sen.", "Ia kaget.", "Sen. Warren setuju."}},
		{"empty", "  \n\t ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentenceTexts(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func tokenTexts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Kassym-Jomart di Xi'an bicara e-bisnis ke-2",
			[]string{"Kassym-Jomart", "di", "Xi'an", "bicara", "e-bisnis", "ke-2"}},
		{"naik 94,8 persen ke 16.296 dari 1.500.000 pada 16/6/2025",
			[]string{"naik", "94,8", "persen", "ke", "16.296", "dari", "1.500.000", "pada", "16/6/2025"}},
		{"Rp16.296 triliun, $94,8 miliar, US$2 juta, S$5",
			[]string{"Rp16.296", "triliun", ",", "$", "94,8", "miliar", ",", "US$", "2", "juta", ",", "S$", "5"}},
		{"naik 19% (yoy)", []string{"naik", "19", "%", "(", "yoy", ")"}},
		{"“Kerja sama” – kata dia — atau -- tidak [lagi]",
			[]string{"“", "Kerja", "sama", "”", "–", "kata", "dia", "—", "atau", "--", "tidak", "[", "lagi", "]"}},
		{"hubungan Tiongkok-Kazakhstan", []string{"hubungan", "Tiongkok-Kazakhstan"}},
		{"periode 2020-2025", []string{"periode", "2020", "-", "2025"}},
		{"pukul 10:30 dan 10.30 WIB", []string{"pukul", "10:30", "dan", "10.30", "WIB"}},
		{"the U.S. and a.n. Menteri, S.H., M.Si.",
			[]string{"the", "U.S.", "and", "a.n.", "Menteri", ",", "S.H.", ",", "M.Si."}},
		{"Dr. Ahmad", []string{"Dr", ".", "Ahmad"}},
		{"baca Kompas.com dan antaranews.com.", []string{"baca", "Kompas.com", "dan", "antaranews.com", "."}},
		{"JAKARTA, Liputan6.com - Menlu", []string{"JAKARTA", ",", "Liputan6.com", "-", "Menlu"}},
		{"tahun 2025.Presiden", []string{"tahun", "2025", ".", "Presiden"}},
		{"tunggu...", []string{"tunggu", "..."}},
		{"Türkiye dan Côte d’Ivoire", []string{"Türkiye", "dan", "Côte", "d’Ivoire"}},
		{"'kutip' \"dua\"", []string{"'", "kutip", "'", "\"", "dua", "\""}},
		{"Kazakhstan's president and Xi’s visit, Jum'at", []string{"Kazakhstan", "'s", "president", "and", "Xi", "’s", "visit", ",", "Jum'at"}},
		{"Kazak\u00adhstan", []string{"Kazak\u00adhstan"}},
		{"the students' union", []string{"the", "students", "'", "union"}},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.in, 0)
		if got := tokenTexts(toks); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokenize(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
		checkTokens(t, tt.in, 0, toks)
	}
}

func TestTokenizeOffset(t *testing.T) {
	s := "Awal. Xi'an (16/6)."
	for _, sent := range Split(s) {
		for _, tok := range sent.Tokens {
			if s[tok.Start:tok.End] != tok.Text {
				t.Errorf("token %q at [%d,%d) is %q in the text", tok.Text, tok.Start, tok.End, s[tok.Start:tok.End])
			}
		}
	}
	toks := Tokenize("ab cd", 100)
	if toks[1].Start != 103 || toks[1].End != 105 {
		t.Errorf("offset not applied: %+v", toks[1])
	}
}

func TestSplitHyphen(t *testing.T) {
	s := "hubungan Tiongkok-Kazakhstan-Rusia"
	tok := Tokenize(s, 0)[1]
	parts := SplitHyphen(tok)
	if got := tokenTexts(parts); !reflect.DeepEqual(got, []string{"Tiongkok", "Kazakhstan", "Rusia"}) {
		t.Fatalf("SplitHyphen = %q", got)
	}
	for _, p := range parts {
		if s[p.Start:p.End] != p.Text {
			t.Errorf("part %q has wrong offsets [%d,%d)", p.Text, p.Start, p.End)
		}
	}
	if got := SplitHyphen(Token{Text: "Astana", Start: 5, End: 11}); len(got) != 1 || got[0].Start != 5 {
		t.Errorf("SplitHyphen without hyphen = %+v", got)
	}
	if got := SplitHyphen(Token{Text: "--", Start: 0, End: 2}); len(got) != 1 || got[0].Text != "--" {
		t.Errorf("SplitHyphen(--) = %+v", got)
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Presiden   Tokayev\n", "presiden tokayev"},
		{"Türkiye", "turkiye"},
		{"São Paulo", "sao paulo"},
		{"Côte d’Ivoire", "cote d'ivoire"},
		{"“Kerja Sama”", "\"kerja sama\""},
		{"Asia–Pasifik — baru", "asia-pasifik - baru"},
		{"Ørsted Straße", "orsted strasse"},
		{"a\u00a0b\u200bc", "a b c"},
		{"Kazak\u00adhstan", "kazakhstan"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStemID(t *testing.T) {
	// Expected stems follow the Snowball Indonesian algorithm (checked
	// against PostgreSQL's indonesian_stem, see stem_oracle_test.go).
	tests := []struct{ in, want string }{
		{"kerja", "kerja"}, // measure 2: unchanged
		{"bekerja", "kerja"},
		{"pekerjaan", "kerja"},
		// men- is removed without restoring the elided t; the
		// algorithm is dictionary-free, so both forms stem alike.
		{"menandatangani", "andatangan"},
		{"penandatanganan", "andatangan"},
		{"ditandatangani", "tandatangan"},
		{"kerjasamanya", "rjasama"}, // ke- is read as a prefix
		{"memperbaiki", "baik"},
		{"pelajaran", "ajar"},
		{"belajar", "ajar"},
		{"menyapu", "sapu"},
		{"memukul", "pukul"},
		{"membaca", "baca"},
		{"pertemuan", "temu"},
		{"kunjungannya", "kunjung"},
		{"bertemulah", "berte"}, // -lah, then -mu as a possessive
		{"perdagangan", "dagang"},
		{"menyerukan", "seru"},
		{"kemerdekaan", "merdeka"},
		{"keberhasilan", "hasil"},
		{"menghormati", "hormat"},
		{"kepentingan", "penting"},
		{"perundingan", "unding"},   // per- and then -an (peN- is not tried)
		{"mementerikan", "penteri"}, // the reference cursor quirk after mem+V
	}
	for _, tt := range tests {
		if got := StemID(tt.in); got != tt.want {
			t.Errorf("StemID(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStemLang(t *testing.T) {
	tests := []struct{ lang, in, want string }{
		{"id", "Menandatangani", "andatangan"},
		{"ms", "Pertemuan", "temu"},
		{"id", "COVID-19", "covid-19"},
		// Porter2 (agrees with PostgreSQL's english_stem)
		{"en", "Countries", "countri"},
		{"en", "meetings", "meet"},
		{"en", "signed", "sign"},
		{"en", "agreed", "agre"},
		{"en", "planned", "plan"},
		{"en", "generously", "generous"},
		{"en", "cooperation", "cooper"},
		{"en", "sanctions", "sanction"},
		{"en", "negotiated", "negoti"},
		{"en", "news", "news"},
		{"fr", "Accords", "accords"},
	}
	for _, tt := range tests {
		if got := StemLang(tt.lang, tt.in); got != tt.want {
			t.Errorf("StemLang(%q, %q) = %q, want %q", tt.lang, tt.in, got, tt.want)
		}
	}
	if Stem("Pertemuan") != "temu" {
		t.Errorf("Stem(Pertemuan) = %q", Stem("Pertemuan"))
	}
}

func TestStemEN(t *testing.T) {
	tests := []struct{ in, want string }{
		{"countries", "country"}, {"meetings", "meeting"}, {"signed", "sign"},
		{"agreed", "agree"}, {"planned", "plan"}, {"related", "relate"},
		{"taxes", "tax"}, {"crisis", "crisis"}, {"talking", "talk"},
		{"applied", "apply"}, {"cooperation", "cooperation"}, {"bus", "bus"},
	}
	for _, tt := range tests {
		if got := StemEN(tt.in); got != tt.want {
			t.Errorf("StemEN(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsStopWord(t *testing.T) {
	tests := []struct {
		lang, w string
		want    bool
	}{
		{"id", "yang", true}, {"id", "Dan", true}, {"id", "tersebut", true},
		{"id", "negara", false}, {"id", "presiden", false}, {"id", "kata", false},
		{"en", "The", true}, {"en", "of", true}, {"en", "minister", false},
		{"xx", "the", false},
	}
	for _, tt := range tests {
		if got := IsStopWord(tt.lang, tt.w); got != tt.want {
			t.Errorf("IsStopWord(%q, %q) = %v, want %v", tt.lang, tt.w, got, tt.want)
		}
	}
}

// checkTokens asserts the tokenizer invariants every consumer relies on.
func checkTokens(t *testing.T, s string, offset int, toks []Token) {
	t.Helper()
	prev := offset
	for _, tok := range toks {
		if tok.Start < prev || tok.End <= tok.Start || tok.End > offset+len(s) {
			t.Fatalf("bad token offsets %+v after %d in %q", tok, prev, s)
		}
		if s[tok.Start-offset:tok.End-offset] != tok.Text {
			t.Fatalf("token %q does not match text %q", tok.Text, s[tok.Start-offset:tok.End-offset])
		}
		if strings.TrimSpace(tok.Text) == "" && utf8.ValidString(tok.Text) {
			t.Fatalf("white-space token %q in %q", tok.Text, s)
		}
		prev = tok.End
	}
}

var fuzzSeeds = []string{
	"Presiden Kassym-Jomart Tokayev bertemu Xi di Xi'an (16/6/2025). Ekspor naik 94,8 persen menjadi Rp16.296 triliun.",
	"Dr. H. M. Yamin, S.H., M.Si. hadir... \"Ya.\" Lalu?!\n1. Satu\n  2. Dua",
	"The U.S. and U.K. on Jan. 5 paid US$2 or $94,8 (19%) -- e.g. Apple Inc. The end.",
	"\xff\xfe.\xc3 abc.\xe2\x80\x9d X. y",
	"", ".", "...", "a.b.", "US$", "ke-", "-ke", "1.", "\n\n",
}

func FuzzTokenize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, offset int) {
		if offset < 0 || offset > 1<<20 {
			offset = 0
		}
		toks := Tokenize(s, offset)
		checkTokens(t, s, offset, toks)
		for _, tok := range toks {
			parts := SplitHyphen(tok)
			for _, p := range parts {
				if p.Start < tok.Start || p.End > tok.End || s[p.Start-offset:p.End-offset] != p.Text {
					t.Fatalf("SplitHyphen part %+v outside %+v", p, tok)
				}
			}
			if len(parts) == 0 {
				t.Fatalf("SplitHyphen(%+v) returned nothing", tok)
			}
		}
	})
}

func FuzzSentences(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		spans := Sentences(s)
		sents := Split(s)
		if len(spans) != len(sents) {
			t.Fatalf("Sentences gives %d spans, Split %d", len(spans), len(sents))
		}
		prev := 0
		ntok := 0
		for i, sp := range spans {
			if sp[0] < prev || sp[1] <= sp[0] || sp[1] > len(s) {
				t.Fatalf("bad span %v after %d", sp, prev)
			}
			if sents[i].Start != sp[0] || sents[i].End != sp[1] {
				t.Fatalf("Split span [%d,%d) != Sentences span %v", sents[i].Start, sents[i].End, sp)
			}
			if strings.ContainsAny(s[sp[0]:sp[1]], "\n") {
				t.Fatalf("sentence %q contains a newline", s[sp[0]:sp[1]])
			}
			ntok += len(sents[i].Tokens)
			prev = sp[1]
		}
		// every token belongs to exactly one sentence
		if all := Tokenize(s, 0); len(all) != ntok {
			t.Fatalf("%d tokens in sentences, %d in the text", ntok, len(all))
		}
	})
}

func FuzzStem(f *testing.F) {
	for _, w := range []string{"menandatangani", "pelajaran", "memperbaiki", "meny", "pem", "bekerja", "countries", "é", "\xff", "'s'", "generously", "ying"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		for _, lang := range []string{"id", "en", "xx"} {
			st := StemLang(lang, w)
			// A stem is never longer than the lower-cased word, except
			// by the one letter restored by recoding (meny+V -> s+V loses
			// three letters) or by English y/e restoration.
			if len(st) > len(lowerASCII(w))+1 {
				t.Fatalf("StemLang(%s, %q) = %q grew", lang, w, st)
			}
		}
		id := StemID(w)
		// Every step removes at least one vowel-bearing affix and never
		// leaves fewer than two vowels, so a stem of a word with three or
		// more vowels still has at least two.
		if vowels(w) > 2 && vowels(id) < 2 {
			t.Fatalf("StemID(%q) = %q has fewer than two vowels", w, id)
		}
		if vowels(w) <= 2 && id != w {
			t.Fatalf("StemID(%q) = %q changed a short word", w, id)
		}
		// Porter2 never lengthens a word (its replacements are no longer
		// than what they replace, and the -e it restores follows a removed
		// -ed/-ing); it is applied to raw fuzz input to check it cannot panic.
		if p2 := StemPorter2(w); len(p2) > len(w) {
			t.Fatalf("StemPorter2(%q) = %q grew", w, p2)
		}
		_ = StemEN(w)
		_ = Normalize(w)
	})
}

func vowels(w string) int {
	n := 0
	for i := 0; i < len(w); i++ {
		if isIDVowel(w[i]) {
			n++
		}
	}
	return n
}

// benchText builds a news-like text from fixed vocabulary.
func benchText(n int) string {
	words := []string{"Presiden", "Kassym-Jomart", "Tokayev", "bertemu", "Menteri", "Luar", "Negeri",
		"di", "Astana", "pada", "(16/6/2025)", "dan", "menandatangani", "perjanjian", "kerja", "sama",
		"senilai", "Rp16.296", "triliun", "atau", "US$2", "miliar,", "naik", "19%", "dari", "tahun",
		"lalu", "yang", "mencapai", "94,8", "persen", "Dr.", "Ahmad", "mengatakan", "\"kami", "sepakat\"",
		"Tiongkok-Kazakhstan", "ekonomi", "perdagangan", "investasi"}
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(words[r.IntN(len(words))])
		switch {
		case i%17 == 16:
			b.WriteString(". ")
		case i%101 == 100:
			b.WriteString(".\n")
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func BenchmarkSplit(b *testing.B) {
	s := benchText(20000)
	ntok := 0
	for _, sent := range Split(s) {
		ntok += len(sent.Tokens)
	}
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Split(s)
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkStemID(b *testing.B) {
	words := strings.Fields("menandatangani pertemuan kerjasamanya memperbaiki pelajaran kunjungannya perdagangan investasi")
	for b.Loop() {
		for _, w := range words {
			StemID(w)
		}
	}
}

func ExampleSplit() {
	s := "Dr. Ahmad tiba di Jl. Thamrin No. 3. Nilai proyek Rp16.296 miliar."
	for _, sent := range Split(s) {
		fmt.Println(s[sent.Start:sent.End], len(sent.Tokens))
	}
	// Output:
	// Dr. Ahmad tiba di Jl. Thamrin No. 3. 12
	// Nilai proyek Rp16.296 miliar. 5
}

// TestSentenceAt: an offset in a sentence gives its index, one in the gap
// between sentences or past the text gives -1.
func TestSentenceAt(t *testing.T) {
	s := "One here. Two there."
	sents := Split(s)
	for _, c := range []struct{ i, want int }{{0, 0}, {8, 0}, {9, -1}, {10, 1}, {19, 1}, {20, -1}, {-1, -1}} {
		if got := SentenceAt(sents, c.i); got != c.want {
			t.Errorf("SentenceAt(%d) = %d, want %d (sentences %v)", c.i, got, c.want, sents)
		}
	}
}
