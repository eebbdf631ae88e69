package quantity

import (
	"math"
	"strings"
	"testing"

	"kronik/internal/text"
)

// want is the part of a Quantity a test checks; measures "-" means "don't
// check".
type want struct {
	kind   string
	value  float64
	unit   string
	text   string
	approx string
	change bool
}

func m(v float64, unit, text string) want { return want{Money, v, unit, text, "", false} }
func p(v float64, text string) want       { return want{Percent, v, "%", text, "", false} }
func c(v float64, unit, text string) want { return want{Count, v, unit, text, "", false} }

func (w want) about(a string) want { w.approx = a; return w }
func (w want) changed() want       { w.change = true; return w }

// check runs Extract and compares the figures found with ws, in order.
func check(t *testing.T, text, lang string, ws ...want) []Quantity {
	t.Helper()
	got := Extract(text, lang)
	if len(got) != len(ws) {
		t.Errorf("Extract(%q, %q): got %d figures, want %d:\n%s", text, lang, len(got), len(ws), dump(got))
		return got
	}
	for i, w := range ws {
		g := got[i]
		if g.Kind != w.kind || g.Unit != w.unit || !close(g.Value, w.value) || g.Text != w.text ||
			g.Approx != w.approx || g.Change != w.change {
			t.Errorf("Extract(%q, %q)[%d]:\n got  %s\n want %+v", text, lang, i, dump(got[i:i+1]), w)
		}
		if text[g.Start:g.End] != g.Text {
			t.Errorf("offsets [%d:%d] give %q, Text is %q", g.Start, g.End, text[g.Start:g.End], g.Text)
		}
	}
	return got
}

func close(a, b float64) bool {
	if b == 0 {
		return a == 0
	}
	return math.Abs(a-b)/math.Abs(b) < 1e-9
}

func dump(qs []Quantity) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString("  ")
		b.WriteString(q.Kind + " " + q.Unit + " " + q.Text + " approx=" + q.Approx + " measures=" + q.Measures)
		if q.Change {
			b.WriteString(" change")
		}
		b.WriteString("\n")
	}
	return b.String()
}

func TestMoneyIndonesian(t *testing.T) {
	tests := []struct {
		text string
		ws   []want
	}{
		{"Nilai ekspor naik menjadi $94,8 miliar.", []want{m(94.8e9, "USD", "$94,8 miliar")}},
		{"Pinjaman sebesar US$2 miliar disetujui.", []want{m(2e9, "USD", "US$2 miliar")}},
		{"Dana hibah USD 3,5 juta diserahkan.", []want{m(3.5e6, "USD", "USD 3,5 juta")}},
		{"Perdagangan bilateral mencapai 95 miliar dolar AS tahun lalu.", []want{m(95e9, "USD", "95 miliar dolar AS")}},
		{"Nilainya sekitar 12 miliar dolar Amerika Serikat.", []want{m(12e9, "USD", "12 miliar dolar Amerika Serikat").about("about")}},
		{"Anggaran itu 1,5 triliun rupiah.", []want{m(1.5e12, "IDR", "1,5 triliun rupiah")}},
		{"Kurs ditutup pada Rp16.296 per dolar.", []want{m(16296, "IDR", "Rp16.296")}},
		{"Proyek senilai Rp 1,2 triliun itu dimulai.", []want{m(1.2e12, "IDR", "Rp 1,2 triliun")}},
		{"Bantuan Rp500 ribu per keluarga.", []want{m(500e3, "IDR", "Rp500 ribu")}},
		{"Harga tiketnya Rp. 750.000 saja.", []want{m(750000, "IDR", "Rp. 750.000")}},
		{"Belanja negara Rp3.325 triliun.", []want{m(3325e12, "IDR", "Rp3.325 triliun")}},
		{"Korupsi Rp 5 M terungkap.", []want{m(5e9, "IDR", "Rp 5 M")}},
		{"Defisit Rp 2 T pada kuartal ini.", []want{m(2e12, "IDR", "Rp 2 T")}},
		{"Investasi Jepang 600 juta euro.", []want{m(600e6, "EUR", "600 juta euro")}},
		{"Pinjaman 10 miliar yuan disepakati.", []want{m(10e9, "CNY", "10 miliar yuan")}},
		{"Kazakhstan mengalokasikan 2 triliun tenge.", []want{m(2e12, "KZT", "2 triliun tenge")}},
		{"Nilainya 3 miliar dolar Singapura.", []want{m(3e9, "SGD", "3 miliar dolar Singapura")}},
		{"Investasi lebih dari $30 miliar.", []want{m(30e9, "USD", "$30 miliar").about("more than")}},
		{"Volume dagang mencapai hampir 41 miliar dolar AS.", []want{m(41e9, "USD", "41 miliar dolar AS").about("almost")}},
		{"Utang itu 500 juta ringgit.", []want{m(500e6, "MYR", "500 juta ringgit")}},
		{"Ekspor ke Korea mencapai 7 triliun won Korea.", []want{m(7e12, "KRW", "7 triliun won Korea")}},
		{"Dana lima miliar dolar AS dijanjikan.", []want{m(5e9, "USD", "lima miliar dolar AS")}},
		{"Kerugian mencapai Rp1,5 miliar hingga Rp2 miliar.", []want{m(1.5e9, "IDR", "Rp1,5 miliar"), m(2e9, "IDR", "Rp2 miliar")}},
		{"Nilainya 3-5 miliar dolar AS.", []want{m(3e9, "USD", "3"), m(5e9, "USD", "5 miliar dolar AS")}},
		{"Kesepakatan senilai 1,2 miliar USD diteken.", []want{m(1.2e9, "USD", "1,2 miliar USD")}},
	}
	for _, tt := range tests {
		check(t, tt.text, "id", tt.ws...)
	}
}

func TestMoneyEnglish(t *testing.T) {
	tests := []struct {
		text string
		ws   []want
	}{
		{"Trade reached $30 billion last year.", []want{m(30e9, "USD", "$30 billion")}},
		{"It pledged US$2 billion in loans.", []want{m(2e9, "USD", "US$2 billion")}},
		{"The fund holds EUR 600 million.", []want{m(600e6, "EUR", "EUR 600 million")}},
		{"A grant of €600m was approved.", []want{m(600e6, "EUR", "€600m")}},
		{"Beijing lent RMB 5 billion.", []want{m(5e9, "CNY", "RMB 5 billion")}},
		{"The deal is worth £3bn.", []want{m(3e9, "GBP", "£3bn")}},
		{"Toyota will invest ¥100 billion in Osaka.", []want{m(100e9, "JPY", "¥100 billion")}},
		{"The loan of ¥100 billion yuan was signed.", []want{m(100e9, "CNY", "¥100 billion yuan")}},
		{"He paid 3.5 million dollars for it.", []want{m(3.5e6, "USD", "3.5 million dollars")}},
		{"Exports were valued at 1,250,000 dollars.", []want{m(1250000, "USD", "1,250,000 dollars")}},
		{"Sales rose to $1.5 trillion.", []want{m(1.5e12, "USD", "$1.5 trillion")}},
		{"It cost S$4.2 million.", []want{m(4.2e6, "SGD", "S$4.2 million")}},
		{"The bank raised 2 billion Hong Kong dollars.", []want{m(2e9, "HKD", "2 billion Hong Kong dollars")}},
		{"Aid of 50 million Australian dollars arrived.", []want{m(50e6, "AUD", "50 million Australian dollars")}},
		{"They spent 40 million US dollars.", []want{m(40e6, "USD", "40 million US dollars")}},
		{"It was sold for $5M.", []want{m(5e6, "USD", "$5M")}},
		{"India spent ₹500 crore on roads.", []want{m(500e7, "INR", "₹500 crore")}},
		{"Investment exceeded $1.500 billion.", []want{m(1.5e9, "USD", "$1.500 billion").about("more than")}},
		{"The bill came to nearly $2 billion.", []want{m(2e9, "USD", "$2 billion").about("almost")}},
		{"Between $3-5 billion is at stake.", []want{m(3e9, "USD", "$3"), m(5e9, "USD", "5 billion")}},
		{"The club was fined 10 million pounds sterling.", []want{m(10e6, "GBP", "10 million pounds sterling")}},
		{"The $1.2-trillion bill passed 69-30 in the Senate.", []want{m(1.2e12, "USD", "$1.2-trillion")}},
		{"Oil rose 2.3% to US$78.50 a barrel.", []want{p(2.3, "2.3%").changed(), m(78.5, "USD", "US$78.50")}},
		{"Hundreds of millions of dollars were lost.", []want{m(100e6, "USD", "Hundreds of millions of dollars").about("more than")}},
	}
	for _, tt := range tests {
		check(t, tt.text, "en", tt.ws...)
	}
}

// TestNumberFormats checks the decimal and thousands separators of both
// languages and the guess made without a language.
func TestNumberFormats(t *testing.T) {
	tests := []struct {
		text, lang string
		w          want
	}{
		{"Penduduknya 1.500.000 orang.", "id", c(1.5e6, "orang", "1.500.000 orang")},
		{"Its population is 1,500,000 people.", "en", c(1.5e6, "people", "1,500,000 people")},
		{"Angkanya 94,8 persen.", "id", p(94.8, "94,8 persen")},
		{"The figure is 94.8 percent.", "en", p(94.8, "94.8 percent")},
		{"Sekitar 1.500 orang hadir.", "id", c(1500, "orang", "1.500 orang").about("about")},
		{"About 1,500 people came.", "en", c(1500, "people", "1,500 people").about("about")},
		// the other language's separator with three digits and no scale
		// is still a thousands separator
		{"Sebanyak 1,500 orang hadir.", "id", c(1500, "orang", "1,500 orang")},
		{"About 1.500 people came.", "en", c(1500, "people", "1.500 people").about("about")},
		// with a scale word it is the other language's decimal point
		{"Dananya 1,500 miliar rupiah.", "id", m(1.5e12, "IDR", "1,500 miliar rupiah")},
		{"Nilainya $1.500 miliar.", "id", m(1500e9, "USD", "$1.500 miliar")},
		{"It cost $1,500 billion.", "en", m(1500e9, "USD", "$1,500 billion")},
		{"Sebesar 1.500.000,50 dolar AS.", "id", m(1500000.5, "USD", "1.500.000,50 dolar AS")},
		{"A sum of 1,500,000.50 dollars.", "en", m(1500000.5, "USD", "1,500,000.50 dollars")},
		{"Bunga 0,125 persen.", "id", p(0.125, "0,125 persen")},
		// without a language, the words around vote
		{"Nilai itu 1,5 miliar dolar AS.", "", m(1.5e9, "USD", "1,5 miliar dolar AS")},
		{"It was 1.5 billion dollars.", "", m(1.5e9, "USD", "1.5 billion dollars")},
		{"Penduduknya 1.500.000 orang.", "", c(1.5e6, "orang", "1.500.000 orang")},
		{"Rp16.296 per dolar.", "en", m(16296, "IDR", "Rp16.296")},
	}
	for _, tt := range tests {
		check(t, tt.text, tt.lang, tt.w)
	}
}

func TestPercent(t *testing.T) {
	tests := []struct {
		text, lang string
		ws         []want
	}{
		{"Sebanyak 92,4 persen responden setuju.", "id", []want{p(92.4, "92,4 persen")}},
		{"Tarif naik 19%.", "id", []want{p(19, "19%").changed()}},
		{"Turnout was 19 percent.", "en", []want{p(19, "19 percent")}},
		{"Turnout was 19 per cent.", "en", []want{p(19, "19 per cent")}},
		{"Suku bunga turun 5 persen poin.", "id", []want{p(5, "5 persen poin").changed()}},
		{"Rates fell by 2 percentage points.", "en", []want{p(2, "2 percentage points").changed()}},
		{"Harga naik 3% dan inflasi naik menjadi 4 persen.", "id", []want{p(3, "3%").changed(), p(4, "4 persen")}},
		{"Exports rose by 3% to a record.", "en", []want{p(3, "3%").changed()}},
		{"Ekonomi tumbuh 5-6 persen.", "id", []want{p(5, "5").changed(), p(6, "6 persen").changed()}},
		{"Bunga antara 5 dan 6 persen.", "id", []want{p(5, "5"), p(6, "6 persen")}},
		{"Pada 2023 dan 5 persen pada 2024, sementara pasal 33 dan 5 persen.", "id", []want{p(5, "5 persen"), p(5, "5 persen")}},
		{"A rate of 2 or 3 percent is likely.", "en", []want{p(2, "2"), p(3, "3 percent")}},
		{"Lima persen saham dijual.", "id", []want{p(5, "Lima persen")}},
		{"Up to 40 % of the crop was lost.", "en", []want{p(40, "40 %").about("up to")}},
		{"Kenaikan sebesar 2,5 persen dicatat.", "id", []want{p(2.5, "2,5 persen").changed()}},
		{"an increase of 2% over 2023", "en", []want{p(2, "2%").changed()}},
		{"Inflasi 1,60 persen, turun dari 1,95 persen pada April.", "id", []want{p(1.6, "1,60 persen"), p(1.95, "1,95 persen")}},
		{"Some 60 per cent backed it and 25pc opposed; a 10-percent stake.", "en", []want{p(60, "60 per cent").about("about"), p(25, "25pc"), p(10, "10-percent")}},
	}
	for _, tt := range tests {
		check(t, tt.text, tt.lang, tt.ws...)
	}
}

func TestCounts(t *testing.T) {
	tests := []struct {
		text, lang string
		ws         []want
	}{
		{"Kota bersahabat bertambah hingga 26 pasang.", "id", []want{c(26, "pasang", "26 pasang")}},
		{"Mereka meneken lebih dari 10 kesepakatan kerja sama.", "id", []want{c(10, "kesepakatan", "10 kesepakatan").about("more than")}},
		{"Pemimpin lima negara Asia Tengah hadir.", "id", []want{c(5, "negara", "lima negara")}},
		{"Sekitar 3.000 orang mengungsi.", "id", []want{c(3000, "orang", "3.000 orang").about("about")}},
		{"Kota itu dihuni 1,2 juta penduduk.", "id", []want{c(1.2e6, "penduduk", "1,2 juta penduduk")}},
		{"They signed 10 agreements.", "en", []want{c(10, "agreements", "10 agreements")}},
		{"Dua belas negara bergabung.", "id", []want{c(12, "negara", "Dua belas negara")}},
		{"Dua puluh lima kepala negara datang.", "id", []want{c(25, "kepala negara", "Dua puluh lima kepala negara")}},
		{"Seratus orang berkumpul.", "id", []want{c(100, "orang", "Seratus orang")}},
		{"Seribu warga mengungsi.", "id", []want{c(1000, "warga", "Seribu warga")}},
		{"Puluhan negara mengirim delegasi.", "id", []want{c(10, "negara", "Puluhan negara").about("more than")}},
		{"Ribuan orang berunjuk rasa.", "id", []want{c(1000, "orang", "Ribuan orang").about("more than")}},
		{"Twenty-five countries attended.", "en", []want{c(25, "countries", "Twenty-five countries")}},
		{"One hundred and fifty people and two hundred fifty soldiers.", "en", []want{c(150, "people", "One hundred and fifty people"), c(250, "soldiers", "two hundred fifty soldiers")}},
		{"Tiga ratus lima puluh orang dan dua ratus ribu warga.", "id", []want{c(350, "orang", "Tiga ratus lima puluh orang"), c(200000, "warga", "dua ratus ribu warga")}},
		{"Dozens of people were hurt.", "en", []want{c(12, "people", "Dozens of people").about("more than")}},
		{"At least 300 soldiers died.", "en", []want{c(300, "soldiers", "300 soldiers").about("at least")}},
		{"Bantuan untuk 82,9 juta penerima manfaat.", "id", []want{c(82.9e6, "penerima manfaat", "82,9 juta penerima manfaat")}},
	}
	for _, tt := range tests {
		check(t, tt.text, tt.lang, tt.ws...)
	}
}

// TestNotQuantities lists numbers that are no reported figure.
func TestNotQuantities(t *testing.T) {
	for _, tt := range []struct{ text, lang string }{
		{"Xi tiba di Astana pada Senin (16/6) dan bertemu pada 16 Juni 2025.", "id"},
		{"Pada 2024, hubungan kedua negara membaik.", "id"},
		{"Jumat, 05 Juli 2024 14:29", "id"},
		{"Dicetak 2025-06-16 pukul 10.30 WIB.", "id"},
		{"KTT ke-2 berlangsung di Astana.", "id"},
		{"Kedua negara sepakat. Kedua pemimpin hadir.", "id"},
		{"The 2nd summit opened on June 19, 2025.", "en"},
		{"  1. Penguatan Kepercayaan\n  2. Kerja Sama Jalur Sutra", "id"},
		{"Hubungi +62 21 3456 7890 atau 0812-3456-7890.", "id"},
		{"Artikel 1234567 dibaca 194 kali.", "id"},
		{"Peringatan 30 tahun hubungan diplomatik.", "id"},
		{"Kasus COVID-19 dan G20 dibahas.", "id"},
		{"Salah satu negara menolak; ia satu-satunya.", "id"},
		{"The 5G network covers 30 km.", "en"},
		{"Tinggi menara itu 5 m.", "id"},
		{"Skor akhir 2-1 untuk tuan rumah.", "id"},
		{"(1 dolar AS = ", "id"},
		{"Tim SAR 30 menit kemudian tiba di lokasi.", "id"},
		{"The site runs on PHP 8 and AMD 5 servers.", "en"},
		{"Pada 1990-an dan 1990s harga 10 ribu ton beras naik.", "id"},
	} {
		if got := Extract(tt.text, tt.lang); len(got) != 0 {
			t.Errorf("Extract(%q): want no figures, got\n%s", tt.text, dump(got))
		}
	}
}

func TestExchangeRateBase(t *testing.T) {
	s := "Nilainya 41 miliar dolar AS (1 dolar AS = Rp15.870)."
	check(t, s, "id", m(41e9, "USD", "41 miliar dolar AS"), m(15870, "IDR", "Rp15.870"))
	check(t, "At 1 USD = 15,500 IDR the loan is cheap.", "en", m(15500, "IDR", "15,500 IDR"))
	check(t, "Kurs Rp16.296 per 1 dolar AS.", "id", m(16296, "IDR", "Rp16.296"))
	check(t, "Presiden menerima 4 duta besar.", "id", c(4, "duta besar", "4 duta besar"))
}

func TestMeasures(t *testing.T) {
	tests := []struct {
		text, lang string
		measures   []string
	}{
		{"Sepanjang 2025, nilai dagang kedua negara mencapai hampir 41 miliar dolar AS (1 dolar AS = Rp15.870), naik 2,3 miliar dolar AS dibanding tahun lalu.", "id",
			[]string{"nilai dagang kedua negara", "", "nilai dagang kedua negara"}},
		{"Menurut kementerian, ekspor kedua negara mencapai rekor $12,6 miliar pada 2025, dengan investasi langsung Jepang di provinsi itu melampaui $4 miliar.", "id",
			[]string{"ekspor kedua negara", "investasi langsung Jepang"}},
		{"Kedua negara meneken kesepakatan senilai 10 miliar dolar AS.", "id", []string{"kesepakatan"}},
		{"Nilai investasi Jepang tercatat sebesar Rp 12 triliun.", "id", []string{"Nilai investasi Jepang"}},
		{"Trade between Brazil and Mexico reached $21.7 billion in 2025, up 4% on the year.", "en", []string{"Trade", "Trade"}},
		{"The two sides signed deals worth $5 billion.", "en", []string{"deals"}},
		{"In 2024 bilateral trade totalled $12 billion.", "en", []string{"bilateral trade"}},
		{"Ekspor nonmigas Januari-Mei 2025 tercatat US$ 105,7 miliar atau naik 7,1 persen (yoy).", "id", []string{"Ekspor nonmigas", "Ekspor nonmigas"}},
		{"China's investment in the region stood at $30 billion.", "en", []string{"China's investment"}},
		{"Sebanyak 90 persen responden setuju.", "id", []string{""}},
		{"Bilateral trade is expected to reach $40 billion by 2030.", "en", []string{"Bilateral trade"}},
		{"Investasi asing diperkirakan akan mencapai Rp 900 triliun.", "id", []string{"Investasi asing"}},
		{"It reached $5 billion.", "en", []string{""}},
		{"Proyek ini menyerap sekitar 5.000 tenaga kerja dan bernilai Rp 15 triliun.", "id", []string{"", ""}},
		{"The loan, worth about $2 billion, was signed.", "en", []string{"loan"}},
		{"Pada tahun 2024 volume ekspor mencapai 20 miliar dolar AS.", "id", []string{"volume ekspor"}},
	}
	for _, tt := range tests {
		got := Extract(tt.text, tt.lang)
		if len(got) != len(tt.measures) {
			t.Errorf("Extract(%q): got %d figures, want %d:\n%s", tt.text, len(got), len(tt.measures), dump(got))
			continue
		}
		for i, w := range tt.measures {
			if got[i].Measures != w {
				t.Errorf("Extract(%q)[%d] %q: Measures = %q, want %q", tt.text, i, got[i].Text, got[i].Measures, w)
			}
		}
	}
}

func TestParseDigits(t *testing.T) {
	tests := []struct {
		raw    string
		thou   byte
		scaled bool
		want   float64
		ok     bool
	}{
		{"1.500.000", '.', false, 1500000, true},
		{"1,500,000", ',', false, 1500000, true},
		{"94,8", '.', true, 94.8, true},
		{"94.8", ',', true, 94.8, true},
		{"16.296", '.', false, 16296, true},
		{"16.296", ',', false, 16296, true},
		{"16.296", ',', true, 16.296, true},
		{"16.296", 0, true, 16296, true},
		{"1.2.3", '.', false, 0, false},
		{"1.500,5", '.', false, 1500.5, true},
		{"1,500.5", ',', false, 1500.5, true},
		{"1,50.5", ',', false, 0, false},
		{"12.34.567", '.', false, 0, false},
		{"0,125", '.', false, 0.125, true},
		{"2025", '.', false, 2025, true},
	}
	for _, tt := range tests {
		got, ok := parseDigits(tt.raw, tt.thou, tt.scaled)
		if ok != tt.ok || (ok && !close(got, tt.want)) {
			t.Errorf("parseDigits(%q, %q, %v) = %v, %v; want %v, %v", tt.raw, tt.thou, tt.scaled, got, ok, tt.want, tt.ok)
		}
	}
}

// TestUnknownLanguage checks that a language other than id and en still
// reads both conventions.
func TestUnknownLanguage(t *testing.T) {
	check(t, "Ekspor mencapai $94,8 miliar dan trade reached $12.5 billion.", "ms",
		m(94.8e9, "USD", "$94,8 miliar"), m(12.5e9, "USD", "$12.5 billion"))
}

func TestRecord(t *testing.T) {
	q := Extract("Ekspor naik 5,4 miliar dolar AS.", "id")
	if len(q) != 1 {
		t.Fatalf("want one figure, got %d", len(q))
	}
	r := q[0].Record()
	if r.Kind != Money || r.Unit != "USD" || r.Value != 5.4e9 || r.Text != "5,4 miliar dolar AS" || r.Measures != "Ekspor" {
		t.Errorf("Record() = %+v", r)
	}
}

// TestSharedTokens: quantity reads the pipeline's one token stream
// (text.Piece), so a line break of any convention ends the sentence a change
// takes its subject from, as it ends a sentence for the splitter.
func TestSharedTokens(t *testing.T) {
	for _, br := range []string{"\n", "\r", "\u2028"} {
		s := "Nilai ekspor mencapai 95 miliar dolar AS," + br + "naik 5,4 miliar dolar AS."
		got := Extract(s, "id")
		if len(got) != 2 || got[0].Measures != "Nilai ekspor" || got[1].Measures != "" || !got[1].Change {
			t.Errorf("Extract(%q) = %s, want the change without the level's subject", s, dump(got))
		}
	}
	s := "Nilai ekspor mencapai 95 miliar dolar AS, naik 5,4 miliar dolar AS."
	if got := Extract(s, "id"); len(got) != 2 || got[1].Measures != "Nilai ekspor" {
		t.Errorf("Extract(%q) = %s, want the change to take the level's subject", s, dump(got))
	}
	if got, want := ExtractPieces(s, text.Cut(s, text.Split(s)), "id"), Extract(s, "id"); dump(got) != dump(want) {
		t.Errorf("ExtractPieces = %s, Extract = %s", dump(got), dump(want))
	}
}
