// Package corpusgen writes synthetic news articles for benchmarks: Indonesian
// and English reports of talks, visits, summits and signings between real
// states, with many distinct (invented) people, dates, figures and a share of
// near-duplicate wire copies. Article i is the same for the same seed, so a
// corpus of any size is reproducible without storing it.
//
// It writes text only; it knows nothing of how kronik extracts, so that a
// benchmark's corpus does not bend to the rules it measures.
package corpusgen

import (
	"fmt"
	"math/rand"
	"strings"
)

// Options control the corpus.
type Options struct {
	Seed int64
	// DupShare is the share of articles that are near-copies of an earlier one
	// (a wire story republished by another outlet).
	DupShare float64
	// EnglishShare is the share of English articles.
	EnglishShare float64
}

// DefaultOptions are the benchmark defaults: 10% wire copies, 30% English.
func DefaultOptions() Options { return Options{Seed: 1, DupShare: 0.1, EnglishShare: 0.3} }

// Doc is one generated article.
type Doc struct {
	Name string
	Lang string
	Text string
}

// Generator makes articles. It is safe for concurrent use.
type Generator struct{ opts Options }

// New returns a generator.
func New(opts Options) *Generator { return &Generator{opts: opts} }

// The states and cities the generator draws on: real names, so the knowledge
// base finds them as it would in real news.
var countries = []struct {
	id, en, demEn, capital string
	cities                 []string
}{
	{"Indonesia", "Indonesia", "Indonesian", "Jakarta", []string{"Surabaya", "Bandung", "Medan"}},
	{"Malaysia", "Malaysia", "Malaysian", "Kuala Lumpur", []string{"Penang", "Johor Bahru"}},
	{"Singapura", "Singapore", "Singaporean", "Singapura", nil},
	{"Thailand", "Thailand", "Thai", "Bangkok", []string{"Chiang Mai"}},
	{"Vietnam", "Vietnam", "Vietnamese", "Hanoi", []string{"Da Nang"}},
	{"Filipina", "the Philippines", "Philippine", "Manila", []string{"Cebu", "Davao"}},
	{"Jepang", "Japan", "Japanese", "Tokyo", []string{"Osaka", "Kyoto"}},
	{"Korea Selatan", "South Korea", "South Korean", "Seoul", []string{"Busan"}},
	{"Tiongkok", "China", "Chinese", "Beijing", []string{"Shanghai", "Tianjin", "Xi'an"}},
	{"India", "India", "Indian", "New Delhi", []string{"Mumbai"}},
	{"Australia", "Australia", "Australian", "Canberra", []string{"Sydney"}},
	{"Kazakhstan", "Kazakhstan", "Kazakh", "Astana", []string{"Almaty"}},
	{"Uzbekistan", "Uzbekistan", "Uzbek", "Tashkent", []string{"Samarkand"}},
	{"Rusia", "Russia", "Russian", "Moskow", []string{"Sankt Peterburg"}},
	{"Turki", "Turkey", "Turkish", "Ankara", []string{"Istanbul"}},
	{"Mesir", "Egypt", "Egyptian", "Kairo", nil},
	{"Brasil", "Brazil", "Brazilian", "Brasilia", []string{"Rio de Janeiro"}},
	{"Jerman", "Germany", "German", "Berlin", []string{"Hamburg"}},
	{"Prancis", "France", "French", "Paris", []string{"Lyon"}},
	{"Afrika Selatan", "South Africa", "South African", "Pretoria", []string{"Johannesburg"}},
}

var orgs = []string{"ASEAN", "G20", "BRICS", "APEC", "SCO", "PBB"}

var outlets = []string{"ANTARA", "Kronika", "Warta Dunia", "Suara Kawasan", "Harian Global", "Lintas Berita"}
var outletsEn = []string{"Reuters", "Global Wire", "Asia Ledger", "World Desk"}

var monthsID = []string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"}
var monthsEn = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
var daysID = []string{"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"}

var sectorsID = []string{"energi", "perdagangan", "pendidikan", "pertanian", "kesehatan", "infrastruktur", "ekonomi digital", "pariwisata", "pertahanan", "maritim"}
var sectorsEn = []string{"energy", "trade", "education", "agriculture", "health", "infrastructure", "the digital economy", "tourism", "defence", "maritime security"}

// Syllables for invented personal names: many distinct people, none real.
var syl = []string{"ka", "ri", "mo", "na", "sa", "to", "lu", "wen", "dar", "hi", "ra", "so", "ni", "ta", "ba", "di", "ya", "ko", "me", "li", "an", "el", "or", "ur"}

func name(r *rand.Rand) string {
	part := func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(syl[r.Intn(len(syl))])
		}
		s := b.String()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	return part(2+r.Intn(2)) + " " + part(2+r.Intn(2))
}

// Article returns article i.
func (g *Generator) Article(i int) Doc {
	// one stream decides whether i is a copy, another writes the story, so that
	// a copy can regenerate the story it copies exactly
	d := rand.New(rand.NewSource(g.opts.Seed*7_919 + int64(i)))
	if i > 0 && d.Float64() < g.opts.DupShare {
		j := i - 1 - d.Intn(minInt(i, 20))
		return copyOf(g.Article(j), i, d)
	}
	return g.fresh(i, g.story(i))
}

func (g *Generator) story(i int) *rand.Rand {
	return rand.New(rand.NewSource(g.opts.Seed*1_000_003 + int64(i)))
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func (g *Generator) fresh(i int, r *rand.Rand) Doc {
	// the same draws decide both languages' content, so the language draw comes first
	en := r.Float64() < g.opts.EnglishShare
	a := countries[r.Intn(len(countries))]
	b := countries[r.Intn(len(countries))]
	for b.en == a.en {
		b = countries[r.Intn(len(countries))]
	}
	p1, p2, expert, reporter := name(r), name(r), name(r), name(r)
	year := 2023 + r.Intn(3)
	month := 1 + r.Intn(12)
	day := 1 + r.Intn(27)
	wd := (day + month*3 + year) % 7
	trade := float64(5+r.Intn(900)) / 10
	pct := float64(1+r.Intn(250)) / 10
	n := 2 + r.Intn(12)
	sec := r.Intn(len(sectorsID))
	org := orgs[r.Intn(len(orgs))]
	place := a.capital
	if len(a.cities) > 0 && r.Intn(3) == 0 {
		place = a.cities[r.Intn(len(a.cities))]
	}
	var parts []string
	add := func(format string, args ...any) { parts = append(parts, fmt.Sprintf(format, args...)) }
	if en {
		outlet := outletsEn[r.Intn(len(outletsEn))]
		add("%s %d, %d --", monthsEn[month-1], day, year)
		add("%s, %s leaders hold talks on %s", a.en, b.en, sectorsEn[sec])
		add("%s (%s) - %s President %s met %s Prime Minister %s in %s on %s %d, %d, to discuss cooperation in %s.",
			strings.ToUpper(place), outlet, a.demEn, p1, b.demEn, p2, place, monthsEn[month-1], day, year, sectorsEn[sec])
		add("The two leaders signed a joint statement and witnessed the signing of %d memorandums of understanding on %s.", n, sectorsEn[sec])
		add("Bilateral trade reached $%.1f billion in %d, up %.1f%% from a year earlier, according to official data.", trade, year-1, pct)
		add("%q, %s told reporters after the meeting.", "We agreed to deepen our partnership", p1)
		add("The two sides last met on the sidelines of the %s summit in %s in %d.", org, b.capital, year-1)
		add("%s, a researcher at the University of %s, said the visit showed both countries wanted stable ties.", expert, a.en)
		if r.Intn(2) == 0 {
			add("%s is scheduled to visit %s next year.", p2, a.en)
		}
		add("Reporting by %s; editing by %s", reporter, name(r))
	} else {
		outlet := outlets[r.Intn(len(outlets))]
		add("%s, %02d %s %d 10:%02d WIB", daysID[wd], day, monthsID[month-1], year, r.Intn(60))
		add("%s dan %s Perkuat Kerja Sama %s", a.id, b.id, strings.Title(sectorsID[sec]))
		add("%s (%s) - Presiden %s %s bertemu dengan Perdana Menteri %s %s di %s pada %s (%d/%d) untuk membahas kerja sama di bidang %s.",
			place, outlet, a.id, p1, b.id, p2, place, daysID[wd], day, month, sectorsID[sec])
		add("Kedua pemimpin menandatangani pernyataan bersama dan menyaksikan penandatanganan %d nota kesepahaman di bidang %s.", n, sectorsID[sec])
		add("Nilai perdagangan kedua negara pada %d mencapai %s miliar dolar AS, naik %s persen dari tahun sebelumnya.", year-1, comma(trade), comma(pct))
		add("“Kami sepakat untuk memperdalam kemitraan,” ujar %s kepada wartawan seusai pertemuan.", p1)
		add("Keduanya terakhir bertemu di sela KTT %s di %s pada %s %d.", org, b.capital, monthsID[(month+5)%12], year-1)
		add("Menurut %s, peneliti di Universitas %s, kunjungan itu menunjukkan kedua negara menginginkan hubungan yang stabil.", expert, a.id)
		if r.Intn(2) == 0 {
			add("%s dijadwalkan akan berkunjung ke %s tahun depan.", p2, a.id)
		}
		add("Pewarta: %s\nEditor: %s", reporter, name(r))
	}
	lang := "id"
	if en {
		lang = "en"
	}
	return Doc{Name: fmt.Sprintf("gen-%07d.txt", i), Lang: lang, Text: strings.Join(parts, "\n\n") + "\n"}
}

func comma(f float64) string { return strings.Replace(fmt.Sprintf("%.1f", f), ".", ",", 1) }

// copyOf republishes a story: another outlet's lede, one paragraph dropped.
func copyOf(d Doc, i int, r *rand.Rand) Doc {
	paras := strings.Split(d.Text, "\n\n")
	if len(paras) > 5 {
		k := 4 + r.Intn(len(paras)-5)
		paras = append(paras[:k], paras[k+1:]...)
	}
	return Doc{Name: fmt.Sprintf("gen-%07d.txt", i), Lang: d.Lang, Text: strings.Join(paras, "\n\n")}
}
