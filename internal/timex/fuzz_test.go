package timex

import (
	"strings"
	"testing"
)

var fuzzSeeds = []string{
	"KTT digelar pada 16 Juni 2025 di Astana, Selasa (17/6).",
	"Senin (16/6/2025) pukul 10.00 WIB kemarin",
	"2 hingga 4 Juli lalu, 31 Agustus hingga 1 September 2025, 1 s.d. 3 Mei",
	"June 2-4, 2025; from June 2 to 4; antara 2020 dan 2022; tahun 1990-an",
	"dua puluh lima hari lalu, twenty-one days ago, setiap dua tahun, bertahun-tahun",
	"Minggu lalu ia datang pada Minggu (28/12/2014) pagi.",
	"Rp 2024 miliar, hingga 2000 orang, 1.2024, 16/06/2025/3",
	"\xff\xfe16 Juni\xc3 2025 (17/6",
	"Jum’at, 05 Juli 2024 — 2025-06-16T10:00",
	"s.d. s/d s.",
	"tanggal",
	"(",
	"1/",
}

// FuzzExtract checks the invariants any caller relies on: no panic on any
// input (invalid UTF-8 included), spans inside the text, ordered and not
// overlapping, Text equal to the span, values well formed.
func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "id", 2025, 6, 19)
		f.Add(s, "en", 0, 0, 0)
	}
	f.Fuzz(func(t *testing.T, text, lang string, y, m, d int) {
		anchor := Date{y, m, d}
		out := Extract(text, lang, anchor)
		prev := 0
		for _, e := range out {
			if e.Start < prev || e.End <= e.Start || e.End > len(text) {
				t.Fatalf("bad span [%d,%d) after %d in %d bytes: %q", e.Start, e.End, prev, len(text), e.Text)
			}
			if e.Text != text[e.Start:e.End] {
				t.Fatalf("Text %q != text[%d:%d] %q", e.Text, e.Start, e.End, text[e.Start:e.End])
			}
			prev = e.End
			for _, v := range [2]Date{e.Value, e.EndValue} {
				if !v.IsZero() && !v.Valid() {
					t.Fatalf("invalid value %#v for %q", v, e.Text)
				}
			}
			if !e.EndValue.IsZero() && compare(e.Value, e.EndValue) > 0 {
				t.Fatalf("range %q ends before it starts: %s > %s", e.Text, e.Value, e.EndValue)
			}
		}
	})
}

// FuzzStamp checks that Stamp never panics and returns only valid dates.
func FuzzStamp(f *testing.F) {
	for _, s := range []string{"Jumat, 05 Juli 2024 14:29", "June 19, 2025", "2025-06-19T10:00:00+07:00",
		"19/06/2025", "Senin, 16 Juni 2025 | 10:15 WIB", "20250619", "Juni 2025", "\xff2025-13-40", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := Stamp(s)
		if ok != !d.IsZero() || ok && !d.Valid() {
			t.Fatalf("Stamp(%q) = %#v, %v", s, d, ok)
		}
	})
}

// BenchmarkExtract measures throughput over a news-like text.
func BenchmarkExtract(b *testing.B) {
	para := "Jakarta, Senin (16/6/2025) - Presiden bertemu Perdana Menteri di Istana pada pukul 10.00 WIB. " +
		"Kedua pemimpin membahas kerja sama yang dimulai sejak 2013 dan diperbarui dua tahun lalu, " +
		"dengan nilai investasi mencapai Rp 2,5 triliun untuk 2000 orang pekerja. KTT berikutnya digelar " +
		"31 Agustus hingga 1 September 2025, sementara rapat teknis berlangsung selama tiga hari pekan lalu. " +
		"The ministers met on Tuesday and agreed to meet again next month, officials said on June 17, 2025.\n"
	text := strings.Repeat(para, 50)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(text, "id", Date{2025, 6, 19})
	}
}
