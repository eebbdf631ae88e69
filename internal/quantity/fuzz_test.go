package quantity

import (
	"math"
	"strings"
	"testing"
)

// fuzzSeeds cover every branch family: prefixes, suffixes, scales, ranges,
// number words, exclusions and broken input.
var fuzzSeeds = []string{
	"Sepanjang 2025, nilai dagang kedua negara mencapai hampir 41 miliar dolar AS (1 dolar AS = Rp15.870), naik 2,3 miliar dolar AS.",
	"Trade reached $61.3 billion, up 5% from 2024; €600m, £3bn, ¥100 billion yuan, US$2 bn, S$4.2 million.",
	"Rp 1,2 triliun, Rp. 500 ribu, Rp 5 M, USD 3,5 juta, 2 triliun tenge, 1.500.000 orang, 1,2 juta penduduk.",
	"Dua puluh lima kepala negara, puluhan ribu orang, hundreds of thousands of people, twenty-five countries.",
	"5-6 persen, $3-5 billion, Rp1,5 miliar hingga Rp2 miliar, 5 persen poin, 19 per cent.",
	"KTT ke-2, COVID-19, (16/6), 14:29, 2025-06-16, +62 21 3456, 1. Penguatan",
	"$", "Rp", "1.", "1,", "US$", "¥", "dua belas", "seratus", "hundred and", "1.2.3.4 persen",
	"9999999999999999999999999999999999999999 triliun triliun triliun dolar",
	"\xff\xfe 5 \xc3 persen \xe2\x82 $\xff9",
	"lebih dari \u00a010\u00a0kesepakatan\u2028 22 negara",
}

// FuzzExtract checks that Extract never panics and that what it returns is
// well formed: offsets in range and in order, Text equal to the span, and
// finite non-negative values of a known kind.
func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "id")
		f.Add(s, "en")
	}
	f.Add("Rp16.296", "")
	f.Fuzz(func(t *testing.T, text, lang string) {
		prev := 0
		for _, q := range Extract(text, lang) {
			if q.Start < 0 || q.End > len(text) || q.Start >= q.End {
				t.Fatalf("bad offsets [%d:%d] in %d bytes", q.Start, q.End, len(text))
			}
			if q.Start < prev {
				t.Fatalf("figures out of order: %d after %d", q.Start, prev)
			}
			prev = q.Start
			if text[q.Start:q.End] != q.Text {
				t.Fatalf("Text %q != text[%d:%d] %q", q.Text, q.Start, q.End, text[q.Start:q.End])
			}
			if math.IsNaN(q.Value) || math.IsInf(q.Value, 0) || q.Value < 0 {
				t.Fatalf("bad value %v for %q", q.Value, q.Text)
			}
			switch q.Kind {
			case Money, Percent, Count:
			default:
				t.Fatalf("bad kind %q", q.Kind)
			}
			if q.Unit == "" {
				t.Fatalf("empty unit for %q", q.Text)
			}
		}
	})
}

// benchText is a news-like text of our own, about 100 KB, with figures at
// roughly the density of economic news.
var benchText = func() string {
	para := []string{
		"Para menteri luar negeri kedua negara bertemu di ibu kota pada Selasa (17/6) untuk membahas kerja sama ekonomi, energi dan keamanan kawasan.",
		"Sepanjang 2025, nilai dagang kedua negara mencapai hampir 41 miliar dolar AS (1 dolar AS = Rp15.870), naik 2,3 miliar dolar AS dibanding tahun lalu.",
		"Para menteri meneken lebih dari 10 nota kesepahaman, antara lain di bidang energi, pendidikan, kesehatan dan pariwisata.",
		"Menurut jajak pendapat terbaru, 92,4 persen responden menilai hubungan kedua negara bermanfaat bagi pembangunan di kawasan.",
		"Trade between the two countries reached $30 billion last year, up 12% on 2023, while investment topped €600m.",
		"The ministers also discussed climate policy, border security and education exchanges during the two-day visit to the capital.",
	}
	var b strings.Builder
	for b.Len() < 100_000 {
		for _, s := range para {
			b.WriteString(s)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}()

// BenchmarkExtract reports throughput in bytes/s (MB/s) and tokens/s
// (whitespace-separated words).
func BenchmarkExtract(b *testing.B) {
	words := len(strings.Fields(benchText))
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(benchText, "id")
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
