package lang

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		// Indonesian
		{"id news", "Presiden Indonesia bertemu dengan Perdana Menteri Malaysia di Jakarta pada hari Senin untuk membahas kerja sama perdagangan kedua negara.", "id"},
		{"id headline", "Tokayev Sambut Kunjungan Xi Jinping ke Astana", "id"},
		{"id headline 2", "Indonesia dan Jepang Sepakati Kerja Sama Energi", "id"},
		{"id with english terms", "Menurut dia, konsep \"win-win cooperation\" dan \"shared future\" menjadi dasar hubungan kedua negara yang semakin erat.", "id"},
		{"id with english quote", "\"We are committed to a peaceful and prosperous region,\" kata Menteri Luar Negeri itu dalam konferensi pers di Jakarta, Selasa (17/6).", "id"},
		{"id money", "Nilai investasi mencapai Rp16.296 triliun atau naik 19 persen dibandingkan tahun lalu, ujar pejabat tersebut.", "id"},
		// Malay
		{"ms news", "Perdana Menteri berkata kerajaan akan terus bekerjasama dengan syarikat antarabangsa bagi memastikan ekonomi negara kekal kukuh.", "ms"},
		{"ms ialah", "Keputusan itu ialah langkah yang amat penting kerana ia boleh membantu rakyat daripada pelbagai lapisan masyarakat.", "ms"},
		{"ms money", "Jumlah dagangan meningkat 12 peratus kepada RM5 bilion pada bulan Ogos, menurut kenyataan jabatan itu.", "ms"},
		{"ms menyokong", "Perdana Menteri berkata Malaysia akan terus menyokong usaha keamanan di rantau ini.", "ms"},
		{"ms polis", "Polis sedang menyiasat kejadian itu dan orang ramai diminta tampil memberikan maklumat.", "ms"},
		{"id sports", "Timnas Indonesia menang 2-1 atas Vietnam dalam laga kualifikasi Piala Dunia.", "id"},
		{"id headline verbs", "Prabowo Terima Kunjungan PM Jepang di Istana Merdeka", "id"},
		{"id english loanwords", "Startup fintech itu meraih pendanaan Series B senilai US$50 juta dari investor global.", "id"},
		// English
		{"en news", "Kazakhstan's president met his Chinese counterpart in Astana on Tuesday to discuss trade, energy and security cooperation between the two countries.", "en"},
		{"en headline", "China and Kazakhstan sign new trade agreement", "en"},
		{"en headline 2", "Prabowo visits Beijing for talks with Xi", "en"},
		{"en with indonesian name", "The Indonesian foreign minister said the talks in Jakarta were constructive and that both sides would meet again.", "en"},
		// Other Latin-script languages in the model
		{"fr", "Le président a rencontré son homologue chinois pour discuter de la coopération économique entre les deux pays.", "fr"},
		{"de", "Der Präsident hat sich mit dem chinesischen Regierungschef getroffen, um über die wirtschaftliche Zusammenarbeit zu sprechen.", "de"},
		{"es", "El presidente se reunió con su homólogo chino para hablar de la cooperación económica entre los dos países.", "es"},
		{"pt", "O presidente reuniu-se com o seu homólogo chinês para discutir a cooperação económica entre os dois países.", "pt"},
		{"it", "Il presidente ha incontrato il suo omologo cinese per discutere della cooperazione economica tra i due paesi.", "it"},
		{"nl", "De president heeft zijn Chinese ambtgenoot ontmoet om te praten over de economische samenwerking tussen de twee landen.", "nl"},
		// Scripts
		{"ru", "Президент Казахстана встретился с председателем КНР, чтобы обсудить экономическое сотрудничество.", "ru"},
		{"kk", "Қазақстан Президенті Қытай басшысымен кездесті.", "kk"},
		{"uk", "Президент України зустрівся з прем'єр-міністром, щоб обговорити економічне співробітництво.", "uk"},
		{"zh", "哈萨克斯坦总统会见了中国国家主席。", "zh"},
		{"ja", "カザフスタンの大統領は中国の国家主席と会談した。", "ja"},
		{"ko", "카자흐스탄 대통령은 중국 국가주석과 회담했다.", "ko"},
		{"ar", "التقى رئيس كازاخستان بالرئيس الصيني لبحث التعاون الاقتصادي.", "ar"},
		// Honest "und"
		{"empty", "", "und"},
		{"too short", "ok", "und"},
		{"numbers only", "2025 19% 94,8 16/6/2025", "und"},
		{"names only", "Xi Jinping", "und"},
		{"sundanese", "Pemerintah Kota Bandung ngayakeun rapat jeung warga ngeunaan banjir.", "und"},
		{"polish", "Rząd ogłosił nowe środki w celu powstrzymania inflacji.", "und"},
		{"swahili", "Serikali imetangaza hatua mpya za kupunguza mfumuko wa bei.", "und"},
		{"turkish", "Cumhurbaşkanı Kazakistan'da Çin Devlet Başkanı ile bir araya gelerek ekonomik işbirliğini görüştü.", "und"},
		{"tagalog", "Nakipagpulong ang pangulo sa kanyang katapat mula sa Tsina upang pag-usapan ang kalakalan.", "und"},
		{"vietnamese", "Tổng thống Kazakhstan đã gặp Chủ tịch Trung Quốc để thảo luận về hợp tác kinh tế.", "und"},
		{"bulgarian without markers", "Президентът се срещна с министъра", "und"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, conf := Detect(tt.text)
			if got != tt.want {
				t.Errorf("Detect(%q) = %s (%.2f), want %s", tt.text, got, conf, tt.want)
			}
			if conf < 0 || conf > 1 || (got == Und && conf != 0) || (got != Und && conf <= 0) {
				t.Errorf("Detect(%q) confidence %.2f out of range for %s", tt.text, conf, got)
			}
		})
	}
}

// TestNeverIndonesian: texts in other languages must never be labelled
// "id", whatever else they are labelled.
func TestNeverIndonesian(t *testing.T) {
	for _, s := range []string{
		"Di Roma il governo ha detto di no.",
		"Dan is de president van het land niet blij.",
		"Sa bahay ang mga bata ay naglalaro.",
		"Mama yangu anapika chakula cha jioni nyumbani.",
		"The data, the model and the area are on Java.",
		"Berlin und Jakarta arbeiten zusammen.",
	} {
		if got, _ := Detect(s); got == "id" {
			t.Errorf("Detect(%q) = id", s)
		}
	}
}

func FuzzDetect(f *testing.F) {
	for _, s := range []string{"Presiden bertemu menteri.", "The president met.", "\xff\xfe", "Қазақстан", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		code, conf := Detect(s)
		if code == "" || conf < 0 || conf > 1 {
			t.Fatalf("Detect(%q) = %q, %v", s, code, conf)
		}
	})
}

func BenchmarkDetect(b *testing.B) {
	s := "Presiden Indonesia bertemu dengan Perdana Menteri Malaysia di Jakarta pada hari Senin untuk membahas kerja sama perdagangan kedua negara."
	for b.Loop() {
		Detect(s)
	}
}

func TestDetectHeadlinesAndMixed(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Menlu RI: Indonesia Siap Jadi Jembatan Perdamaian", "id"},
		{"Indonesia-Kazakhstan Bahas Food Security dan Energy Transition", "id"},
		{"Pemerintah menargetkan pertumbuhan ekonomi 5,4 persen melalui program digital transformation dan green economy.", "id"},
		{"Kerajaan Malaysia akan memperkenalkan dasar baharu minggu depan.", "ms"},
		// Javanese shares words with Indonesian but is not Indonesian.
		{"Aku lan kanca-kancaku arep menyang Jakarta sesuk esuk, ora usah kuwatir.", "und"},
		// a name alone says nothing
		{"Presiden Prabowo", "und"},
	}
	for _, tt := range tests {
		if got, conf := Detect(tt.text); got != tt.want {
			t.Errorf("Detect(%q) = %s (%.2f), want %s", tt.text, got, conf, tt.want)
		}
	}
}

func TestDetectLongText(t *testing.T) {
	var b strings.Builder
	for b.Len() < 100<<10 {
		b.WriteString("Kedua negara sepakat untuk memperkuat kerja sama ekonomi dan keamanan kawasan. ")
	}
	b.WriteString("é") // a multi-byte rune near the cut must not matter
	if got, conf := Detect(b.String()); got != "id" || conf < 0.5 {
		t.Errorf("Detect(long Indonesian) = %s %.2f", got, conf)
	}
}

// TestASCIILetter: the ASCII shortcut agrees with unicode.IsLetter.
func TestASCIILetter(t *testing.T) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		if isASCIILetter(r) != unicode.IsLetter(r) {
			t.Errorf("isASCIILetter(%q) = %v", r, isASCIILetter(r))
		}
	}
}
