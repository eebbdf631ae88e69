package timex

import (
	"strings"
	"testing"

	"kronik/internal/text"
)

// anchor used by most cases: Thursday 19 June 2025.
var thu = Date{2025, 6, 19}

type want struct {
	text, kind, value, end string
	explicit               bool
}

func find(es []Expr, text string) (Expr, bool) {
	for _, e := range es {
		if e.Text == text {
			return e, true
		}
	}
	return Expr{}, false
}

func check(t *testing.T, input, lang string, anchor Date, ws []want) {
	t.Helper()
	got := Extract(input, lang, anchor)
	for _, w := range ws {
		e, ok := find(got, w.text)
		if !ok {
			t.Errorf("%q: no expression %q; got %s", input, w.text, dump(got))
			continue
		}
		if e.Kind != w.kind || e.Value.String() != w.value || e.EndValue.String() != w.end || e.Explicit != w.explicit {
			t.Errorf("%q: %q = {%s %s %s explicit=%v}, want {%s %s %s explicit=%v}", input, w.text,
				e.Kind, e.Value, e.EndValue, e.Explicit, w.kind, w.value, w.end, w.explicit)
		}
	}
}

func dump(es []Expr) string {
	var b strings.Builder
	for _, e := range es {
		b.WriteString("[" + e.Text + " " + e.Kind + " " + e.Value.String() + "] ")
	}
	return b.String()
}

func TestAbsolute(t *testing.T) {
	cases := []struct {
		in   string
		want []want
	}{
		{"KTT digelar pada 16 Juni 2025 di Astana.", []want{{"16 Juni 2025", "date", "2025-06-16", "", true}}},
		{"Rapat 16 Jun 2025 ditunda.", []want{{"16 Jun 2025", "date", "2025-06-16", "", true}}},
		{"The summit opened on June 16, 2025 in Astana.", []want{{"June 16, 2025", "date", "2025-06-16", "", true}}},
		{"It opened on 16 June 2025.", []want{{"16 June 2025", "date", "2025-06-16", "", true}}},
		{"Data per 2025-06-16 menunjukkan kenaikan.", []want{{"2025-06-16", "date", "2025-06-16", "", true}}},
		{"Menteri tiba di Jakarta (16/6/2025) pagi.", []want{{"16/6/2025", "date", "2025-06-16", "", true}}},
		{"Surat bertanggal 16/06/2025 itu beredar.", []want{{"16/06/2025", "date", "2025-06-16", "", true}}},
		{"Dokumen diteken 5 Pebruari 2019 dan 3 Nopember 2020.", []want{
			{"5 Pebruari 2019", "date", "2019-02-05", "", true},
			{"3 Nopember 2020", "date", "2020-11-03", "", true}}},
		{"Perjanjian itu berlaku sejak 1 Okt 2024 dan 2 Agt 2024.", []want{
			{"1 Okt 2024", "date", "2024-10-01", "", true},
			{"2 Agt 2024", "date", "2024-08-02", "", true}}},
		{"Pertemuan 5th of May 2024 dibatalkan.", []want{{"5th of May 2024", "date", "2024-05-05", "", true}}},
		// A weekday next to a full date does not override the date.
		{"Jumat, 05 Juli 2024 ia tiba.", []want{{"Jumat, 05 Juli 2024", "date", "2024-07-05", "", true}}},
		{"Insiden Minggu (28/12/2014) pukul 06.18 WIB kemarin.", []want{{"Minggu (28/12/2014) pukul 06.18 WIB kemarin", "date", "2014-12-28", "", true}}},
	}
	for _, c := range cases {
		check(t, c.in, "", thu, c.want)
	}
}

func TestPartial(t *testing.T) {
	cases := []struct {
		in     string
		anchor Date
		want   []want
	}{
		// The bracket gives day and month, the anchor the year.
		{"Presiden bertemu PM Jepang, Selasa (17/6).", thu, []want{{"Selasa (17/6)", "date", "2025-06-17", "", false}}},
		// A bracket late in December read in early January: the weekday picks 2024.
		{"Kecelakaan terjadi Minggu (29/12).", Date{2025, 1, 2}, []want{{"Minggu (29/12)", "date", "2024-12-29", "", false}}},
		// 17/6 is a Tuesday in 2025 but a Monday in 2024: the weekday decides.
		{"Rapat digelar Senin (17/6).", Date{2025, 1, 10}, []want{{"Senin (17/6)", "date", "2024-06-17", "", false}}},
		{"Senin (16/6/2025), ia tiba di Astana.", thu, []want{{"Senin (16/6/2025)", "date", "2025-06-16", "", true}}},
		{"Forum digelar Senin-Selasa (16-17/6) di Astana.", thu, []want{{"Senin-Selasa (16-17/6)", "range", "2025-06-16", "2025-06-17", false}}},
		{"Forum digelar Senin-Selasa (16-17/6/2025).", thu, []want{{"Senin-Selasa (16-17/6/2025)", "range", "2025-06-16", "2025-06-17", true}}},
		{"Pada Juni 2025, KTT digelar.", thu, []want{{"Juni 2025", "date", "2025-06", "", true}}},
		{"Pertemuan dilakukan pada bulan Juni.", thu, []want{{"bulan Juni", "date", "2025-06", "", false}}},
		{"Hubungan dibuka pada tahun 2013.", thu, []want{{"tahun 2013", "date", "2013", "", true}}},
		{"Proyek dimulai pada 2024 dengan dana besar.", thu, []want{{"2024", "date", "2024", "", true}}},
		{"The pact was signed in 2013.", thu, []want{{"2013", "date", "2013", "", true}}},
		{"Mereka bertemu Mei 2023.", thu, []want{{"Mei 2023", "date", "2023-05", "", true}}},
		{"Kunjungan direncanakan awal Juli.", thu, []want{{"awal Juli", "date", "2025-07", "", false}}},
		{"Jalur itu rampung pertengahan 2024.", thu, []want{{"pertengahan 2024", "date", "2024", "", true}}},
		{"Target tercapai akhir tahun ini.", thu, []want{{"akhir tahun ini", "relative", "2025", "", false}}},
		{"Talks resume by 2030, officials said.", thu, []want{{"2030", "date", "2030", "", true}}},
		{"Sejak 2013 kedua negara bekerja sama.", thu, []want{{"2013", "date", "2013", "", true}}},
		{"Target emisi nol tercapai 2060 mendatang.", thu, []want{{"2060 mendatang", "date", "2060", "", true}}},
		{"2024, tahun yang berat bagi maskapai.", thu, []want{{"2024", "date", "2024", "", true}}},
		// A month or day with a year relative to the anchor.
		{"Ia berkunjung pada Juni tahun lalu dan 16 Maret tahun depan.", thu, []want{
			{"Juni tahun lalu", "date", "2024-06", "", false},
			{"16 Maret tahun depan", "date", "2026-03-16", "", false}}},
		{"He visited China in September last year.", thu, []want{{"September last year", "date", "2024-09", "", false}}},
		// Decades are found but left unresolved.
		{"Sejak tahun 1990-an dan era 80-an, sekitar tahun 40-an; the 1990s.", thu, []want{
			{"tahun 1990-an", "date", "", "", false},
			{"tahun 40-an", "date", "", "", false},
			{"1990s", "date", "", "", false}}},
		// A month alone in a late-year article reads as the nearest one.
		{"Pada Desember ia kembali.", Date{2025, 1, 10}, []want{{"Desember", "date", "2024-12", "", false}}},
		{"Pada Maret lalu ia kembali.", Date{2025, 1, 10}, []want{{"Maret lalu", "date", "2024-03", "", false}}},
		{"The vote was held in May.", thu, []want{{"May", "date", "2025-05", "", false}}},
		// "due" looks forward: the next May after a June anchor.
		{"The vote is due in May.", thu, []want{{"May", "date", "2026-05", "", false}}},
		{"Tanggal 10 Agustus ia pulang.", Date{2014, 12, 30}, []want{{"Tanggal 10 Agustus", "date", "2014-08-10", "", false}}},
		// A weekday before a yearless day picks the year whose calendar agrees.
		{"Rapat digelar Senin, 17 Juni.", Date{2025, 1, 10}, []want{{"Senin, 17 Juni", "date", "2024-06-17", "", false}}},
		{"Ia tiba Selasa (17 Juni 2025) malam waktu setempat.", thu, []want{{"Selasa (17 Juni 2025) malam waktu setempat", "date", "2025-06-17", "", true}}},
		{"Tuesday's talks were tense.", thu, []want{{"Tuesday", "relative", "2025-06-17", "", false}}},
		{"Ekspor naik dari tahun sebelumnya.", thu, []want{{"tahun sebelumnya", "relative", "", "", false}}},
		// Quarters resolve to their year: coarser than the text, never finer.
		{"Pada kuartal I-2025 ekonomi tumbuh.", thu, []want{{"kuartal I-2025", "date", "2025", "", true}}},
		{"GDP grew in the first quarter of 2025 and in Q4 2024.", thu, []want{
			{"first quarter of 2025", "date", "2025", "", true},
			{"Q4 2024", "date", "2024", "", true}}},
		{"Sepanjang 2024 inflasi terjaga.", thu, []want{{"2024", "date", "2024", "", true}}},
	}
	for _, c := range cases {
		check(t, c.in, "", c.anchor, c.want)
	}
}

func TestRanges(t *testing.T) {
	cases := []struct {
		in     string
		anchor Date
		want   []want
	}{
		{"Pameran berlangsung 2 hingga 4 Juli lalu.", thu, []want{{"2 hingga 4 Juli lalu", "range", "2024-07-02", "2024-07-04", false}}},
		{"KTT SCO digelar 31 Agustus hingga 1 September 2025 di Tianjin.", thu, []want{{"31 Agustus hingga 1 September 2025", "range", "2025-08-31", "2025-09-01", true}}},
		{"Festival 2-4 Juli 2024 ramai.", thu, []want{{"2-4 Juli 2024", "range", "2024-07-02", "2024-07-04", true}}},
		{"Pendaftaran 1 s.d. 3 Mei dibuka.", thu, []want{{"1 s.d. 3 Mei", "range", "2025-05-01", "2025-05-03", false}}},
		{"The fair runs from June 2 to 4 in Jakarta.", Date{2025, 5, 20}, []want{{"June 2 to 4", "range", "2025-06-02", "2025-06-04", false}}},
		{"The fair ran June 2-4, 2025.", thu, []want{{"June 2-4, 2025", "range", "2025-06-02", "2025-06-04", true}}},
		{"Konflik terjadi antara 2020 dan 2022.", thu, []want{{"2020 dan 2022", "range", "2020", "2022", true}}},
		{"Program berjalan tahun 2015-2019.", thu, []want{{"tahun 2015-2019", "range", "2015", "2019", true}}},
		{"Rapat 30 Desember hingga 2 Januari lalu.", Date{2025, 1, 10}, []want{{"30 Desember hingga 2 Januari lalu", "range", "2024-12-30", "2025-01-02", false}}},
	}
	for _, c := range cases {
		check(t, c.in, "", c.anchor, c.want)
	}
}

func TestRelative(t *testing.T) {
	cases := []struct {
		in   string
		want []want
	}{
		{"Mereka bertemu pada hari Selasa kemarin.", []want{{"hari Selasa kemarin", "relative", "2025-06-17", "", false}}},
		{"Selasa lalu ia tiba.", []want{{"Selasa lalu", "relative", "2025-06-17", "", false}}},
		// A bare weekday: the most recent one on or before the anchor.
		{"Ia tiba pada hari Selasa.", []want{{"hari Selasa", "relative", "2025-06-17", "", false}}},
		{"Ia tiba Kamis dan pergi.", []want{{"Kamis", "relative", "2025-06-19", "", false}}},
		{"Ia akan tiba Senin depan.", []want{{"Senin depan", "relative", "2025-06-23", "", false}}},
		// A future cue in the clause turns a bare weekday forward.
		{"Kedua menteri akan bertemu pada hari Selasa.", []want{{"hari Selasa", "relative", "2025-06-24", "", false}}},
		{"The leaders will meet on Thursday.", []want{{"Thursday", "relative", "2025-06-19", "", false}}},
		// What an event comes before is still to come, even a dozen words on.
		{"They held talks in Lima ahead of an East Asia Summit (EAS) meeting on Tuesday.", []want{{"Tuesday", "relative", "2025-06-24", "", false}}},
		{"Kedua pemimpin bertemu menjelang KTT pada Selasa.", []want{{"Selasa", "relative", "2025-06-24", "", false}}},
		{"KTT dijadwalkan digelar 5 Juni.", []want{{"5 Juni", "date", "2026-06-05", "", false}}},
		{"KTT digelar 5 Juni.", []want{{"5 Juni", "date", "2025-06-05", "", false}}},
		{"Kemarin ia datang, hari ini pergi, besok kembali, lusa libur.", []want{
			{"Kemarin", "relative", "2025-06-18", "", false},
			{"hari ini", "relative", "2025-06-19", "", false},
			{"besok", "relative", "2025-06-20", "", false},
			{"lusa", "relative", "2025-06-21", "", false}}},
		{"Perjanjian diteken dua tahun lalu.", []want{{"dua tahun lalu", "relative", "2023", "", false}}},
		{"Ia dilantik tiga bulan lalu.", []want{{"tiga bulan lalu", "relative", "2025-03", "", false}}},
		{"Harga naik sejak tahun lalu dan turun tahun depan.", []want{
			{"tahun lalu", "relative", "2024", "", false},
			{"tahun depan", "relative", "2026", "", false}}},
		{"Kunjungan bulan depan disiapkan.", []want{{"bulan depan", "relative", "2025-07", "", false}}},
		// Week offsets resolve to the month of the day a week away.
		{"Ia tiba pekan lalu.", []want{{"pekan lalu", "relative", "2025-06", "", false}}},
		{"Ia tiba minggu lalu.", []want{{"minggu lalu", "relative", "2025-06", "", false}}},
		{"He arrived last Friday and spoke on Tuesday.", []want{
			{"last Friday", "relative", "2025-06-13", "", false},
			{"Tuesday", "relative", "2025-06-17", "", false}}},
		{"Yesterday the minister said talks begin next month.", []want{
			{"Yesterday", "relative", "2025-06-18", "", false},
			{"next month", "relative", "2025-07", "", false}}},
		{"Two years ago the deal collapsed; last year it revived.", []want{
			{"Two years ago", "relative", "2023", "", false},
			{"last year", "relative", "2024", "", false}}},
		{"Prices fell earlier this month.", []want{{"earlier this month", "relative", "2025-06", "", false}}},
		{"Dua belas tahun lalu dan dua puluh lima hari lalu.", []want{
			{"Dua belas tahun lalu", "relative", "2013", "", false},
			{"dua puluh lima hari lalu", "relative", "2025-05-25", "", false}}},
		{"Sepuluh tahun lalu, sebelas bulan lalu, seratus tahun lalu.", []want{
			{"Sepuluh tahun lalu", "relative", "2015", "", false},
			{"sebelas bulan lalu", "relative", "2024-07", "", false},
			{"seratus tahun lalu", "relative", "1925", "", false}}},
		{"Twenty-one days ago and thirty years ago.", []want{
			{"Twenty-one days ago", "relative", "2025-05-29", "", false},
			{"thirty years ago", "relative", "1995", "", false}}},
		{"Setahun lalu ia datang.", []want{{"Setahun lalu", "relative", "2024", "", false}}},
		// Vague counts are found but cannot be resolved.
		{"Beberapa tahun lalu, several years ago.", []want{
			{"Beberapa tahun lalu", "relative", "", "", false},
			{"several years ago", "relative", "", "", false}}},
		// Relative to another event, not to the anchor.
		{"Dua hari kemudian ia pulang.", []want{{"Dua hari kemudian", "relative", "", "", false}}},
		{"Saat ini harga minyak turun.", []want{{"Saat ini", "relative", "", "", false}}},
		// Offsets from the date the text mentioned last.
		{"Perjanjian diteken 3 Mei 2020. Dua hari kemudian parlemen menolaknya.", []want{{"Dua hari kemudian", "relative", "2020-05-05", "", false}}},
		{"Ekspor pada 2023 naik 5 persen dari tahun sebelumnya.", []want{{"tahun sebelumnya", "relative", "2022", "", false}}},
		{"Banjir melanda pada 2 Januari 2024. Hari itu hujan deras.", []want{{"Hari itu", "relative", "2024-01-02", "", false}}},
		// A day offset from a year-only date cannot be resolved.
		{"Pada 2019 ia dilantik; sehari kemudian ia pergi.", []want{{"sehari kemudian", "relative", "", "", false}}},
	}
	for _, c := range cases {
		check(t, c.in, "", thu, c.want)
	}
}

func TestDurationsAndSets(t *testing.T) {
	check(t, "Ia menjabat selama dua tahun dan KTT digelar setiap dua tahun.", "id", thu, []want{
		{"dua tahun", "duration", "", "", false},
		{"setiap dua tahun", "set", "", "", false}})
	check(t, "The talks lasted for three days, held every year.", "en", thu, []want{
		{"three days", "duration", "", "", false},
		{"every year", "set", "", "", false}})
	check(t, "Pencarian berlangsung bertahun-tahun, sekitar 40 menit, tiga hari ke depan.", "id", thu, []want{
		{"bertahun-tahun", "duration", "", "", false},
		{"sekitar 40 menit", "duration", "", "", false},
		{"tiga hari ke depan", "duration", "", "", false}})
	check(t, "Upacara digelar setiap hari Senin.", "id", thu, []want{{"setiap hari Senin", "set", "", "", false}})
	check(t, "Kapal tiba pukul 10.00 WIB.", "id", thu, []want{{"pukul 10.00 WIB", "time", "", "", false}})
}

// TestNotTime lists numbers and words that must not become time expressions.
func TestNotTime(t *testing.T) {
	for _, in := range []string{
		"Nilai investasi mencapai Rp 2024 miliar.",
		"Korban tewas bertambah hingga 2000 orang.",
		"Sebanyak 2025 personel dikerahkan.",
		"Anggaran 1.2024 triliun rupiah.",
		"Ia membeli 2019 unit kendaraan.",
		"Ia meraih suara 2024, lebih banyak dari lawannya.",
		"Para pemimpin may meet again, officials said.",
		"Pasukan march to the border.",
		"Rasio 3/4 peserta setuju.",
		"Ia bekerja sehari-hari di pasar.",
		"Pasal 2024 mengatur hal itu.",
		"Warga menunaikan salat Jumat di masjid.",
	} {
		for _, e := range Extract(in, "", thu) {
			if e.Kind == KindDate || e.Kind == KindRange || !e.Value.IsZero() {
				t.Errorf("%q: unexpected %s %q = %s", in, e.Kind, e.Text, e.Value)
			}
		}
	}
}

// TestNoAnchor: without an anchor, the latest explicit full date in the text
// is used; without one, relative expressions stay unresolved.
func TestNoAnchor(t *testing.T) {
	check(t, "Jakarta, 16 Juni 2025 - Presiden tiba kemarin. Pada 3 Mei 2025 ia pergi.", "id", Date{}, []want{
		{"kemarin", "relative", "2025-06-15", "", false}})
	check(t, "Presiden tiba kemarin dan bertemu Selasa (17/6).", "id", Date{}, []want{
		{"kemarin", "relative", "", "", false},
		{"Selasa (17/6)", "date", "", "", false}})
	check(t, "Ia tiba pada 2013.", "id", Date{}, []want{{"2013", "date", "2013", "", true}})
}

// TestWeekMinggu: "Minggu" is Sunday or week depending on case and context.
func TestWeekMinggu(t *testing.T) {
	check(t, "Ia datang pada Minggu lalu.", "id", thu, []want{{"Minggu lalu", "relative", "2025-06-15", "", false}})
	check(t, "Minggu lalu ia datang.", "id", thu, []want{{"Minggu lalu", "relative", "2025-06", "", false}})
	check(t, "Minggu (15/6) pagi ia datang.", "id", thu, []want{{"Minggu (15/6) pagi", "date", "2025-06-15", "", false}})
	check(t, "Dalam dua minggu ia datang.", "id", thu, []want{{"dua minggu", "duration", "", "", false}})
}

func TestGranularity(t *testing.T) {
	// Never finer than the text: year-only and month-only mentions stay so.
	for _, e := range Extract("Pada tahun 2013, Juni 2025, tahun lalu, bulan lalu, pertengahan 2024.", "id", thu) {
		if e.Value.Day != 0 {
			t.Errorf("%q resolved to a day: %s", e.Text, e.Value)
		}
	}
}

func TestDateString(t *testing.T) {
	for _, c := range []struct {
		d    Date
		want string
	}{{Date{}, ""}, {Date{2025, 0, 0}, "2025"}, {Date{2025, 6, 0}, "2025-06"}, {Date{2025, 6, 16}, "2025-06-16"}, {Date{2024, 2, 29}, "2024-02-29"}, {Date{1, 1, 1}, "0001-01-01"}} {
		if got := c.d.String(); got != c.want {
			t.Errorf("%#v.String() = %q, want %q", c.d, got, c.want)
		}
		if c.d.IsZero() != (c.want == "") {
			t.Errorf("%#v.IsZero() wrong", c.d)
		}
		if c.want != "" {
			if back, ok := ParseISO(c.want); !ok || back != c.d {
				t.Errorf("ParseISO(%q) = %v, %v", c.want, back, ok)
			}
		}
	}
	for _, bad := range []string{"", "25", "2025-13", "2025-02-30", "2025-6-1", "2025-06-16x", "abcd", "2025-00", "0000", "0000-01-01", "2025-02-29", "+202-01-01"} {
		if d, ok := ParseISO(bad); ok {
			t.Errorf("ParseISO(%q) = %v, want failure", bad, d)
		}
	}
}

func TestStamp(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Jumat, 05 Juli 2024 14:29", "2024-07-05"},
		{"June 19, 2025", "2025-06-19"},
		{"2025-06-19T10:00:00+07:00", "2025-06-19"},
		{"19/06/2025", "2025-06-19"},
		{"Senin, 16 Juni 2025 | 10:15 WIB", "2025-06-16"},
		{"Thu, 19 Jun 2025 10:00:00 +0700", "2025-06-19"},
		{"Kompas.com - 19/06/2025, 10:00 WIB", "2025-06-19"},
		{"Diperbarui 19 Juni 2025, 10:00 WIB", "2025-06-19"},
		{"2025/06/19", "2025-06-19"},
		{"20250619", "2025-06-19"},
		{"June 19th, 2025", "2025-06-19"},
		{"Juni 2025", "2025-06"},
		{"", ""},
		{"tanpa tanggal", ""},
	} {
		d, ok := Stamp(c.in)
		if d.String() != c.want || ok != (c.want != "") {
			t.Errorf("Stamp(%q) = %s, %v; want %q", c.in, d, ok, c.want)
		}
	}
}

func TestWithinAndRecord(t *testing.T) {
	text := "Pada 16 Juni 2025 mereka bertemu. Selama dua tahun ia menjabat."
	es := Extract(text, "id", thu)
	first := Within(es, 0, strings.Index(text, ".")+1)
	if len(first) != 1 || first[0].Text != "16 Juni 2025" {
		t.Fatalf("Within first sentence = %s", dump(first))
	}
	r := first[0].Record()
	if r.Value != "2025-06-16" || r.Kind != "date" || text[r.Start:r.End] != r.Text {
		t.Errorf("Record() = %+v", r)
	}
	second := Within(es, strings.Index(text, "Selama"), len(text))
	if len(second) != 1 || second[0].Resolved() || second[0].Kind != KindDuration {
		t.Errorf("Within second sentence = %s", dump(second))
	}
}

// TestSharedTokens: timex reads the pipeline's one token stream (text.Piece),
// so what the tokenizer counts as white space and as one word holds here too:
// a zero-width space separates like a space, and a letter with a decomposed
// diacritic stays in its word ("Meïssa" is no "Mei" followed by letters).
func TestSharedTokens(t *testing.T) {
	check(t, "KTT digelar pada 16 Juni\u200b2025 di Astana.", "id", thu, []want{{"16 Juni\u200b2025", "date", "2025-06-16", "", true}})
	check(t, "Presiden tiba Senin\u200b(16/6) pagi.", "id", thu, []want{{"Senin\u200b(16/6) pagi", "date", "2025-06-16", "", false}})
	if got := Extract("Penyanyi Mei\u0308ssa tampil di Jakarta.", "id", thu); len(got) != 0 {
		t.Errorf("a name with a combining mark read as a date: %s", dump(got))
	}
	// the same pieces given by the pipeline give the same expressions
	s := "Jakarta, Senin (16/6/2025) pukul 10.00 WIB - Menlu tiba kemarin."
	if got, want := ExtractPieces(s, text.Cut(s, text.Split(s)), "id", thu), Extract(s, "id", thu); dump(got) != dump(want) {
		t.Errorf("ExtractPieces = %s, Extract = %s", dump(got), dump(want))
	}
}
