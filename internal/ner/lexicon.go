package ner

import "sync"

// Lexicons are immutable lookup tables keyed by the lower-cased word. They
// give the perceptron features that generalise beyond the words seen in the
// small training sets.

// titleWords are titles, offices and honorifics that precede a person's name
// in Indonesian and English news ("Presiden Joko Widodo", "Menteri Luar
// Negeri Retno Marsudi", "Bapak Ahmad", "juru bicara Ali", "Mr. Smith").
// A name usually follows within two words.
var titleWords = setOf(
	// Indonesian state offices.
	"presiden", "wapres", "wakil", "menteri", "menlu", "mendagri", "menkeu",
	"gubernur", "bupati", "wali", "walikota", "camat", "lurah", "kapolri",
	"kapolda", "kapolres", "panglima", "jenderal", "kolonel", "mayor", "letnan",
	"kapten", "brigjen", "mayjen", "letjen", "irjen", "kombes", "akbp", "kasad",
	"duta", "dubes", "ketua", "sekjen", "sekretaris", "direktur", "dirut",
	"kepala", "jaksa", "hakim", "senator", "anggota", "komisioner", "raja",
	"ratu", "pangeran", "sultan", "perdana", "pm", "kanselir", "juru", "jubir",
	"bicara", "pelatih", "kapten", "penyanyi", "aktor", "aktris", "pengamat",
	"ekonom", "peneliti", "profesor", "prof", "dosen", "rektor", "ustaz",
	"kiai", "pendeta", "paus", "tersangka", "terdakwa", "korban", "pemain",
	// Indonesian honorifics and kinship address.
	"bapak", "pak", "ibu", "bu", "saudara", "sdr", "tuan", "nyonya", "nona",
	"mas", "mbak", "bang", "kak", "haji", "hj", "h", "dr", "drs", "ir", "dra",
	"s.h", "sby", "gus",
	// English titles for English-language news.
	"mr", "mrs", "ms", "miss", "sir", "dame", "lord", "president", "minister",
	"secretary", "chancellor", "governor", "mayor", "senator", "general",
	"chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson",
	"ceo", "director", "king", "queen", "prince", "princess", "pope", "premier",
	"ambassador", "envoy", "judge", "professor", "rep", "sen", "gen",
)

// orgHeads are head words that open or close an organisation name
// ("Kementerian Luar Negeri", "Universitas Gadjah Mada", "PT Pertamina",
// "Partai Golkar", "Bank Indonesia", "Komisi Pemberantasan Korupsi",
// "Ministry of Foreign Affairs", "Apple Inc").
var orgHeads = setOf(
	// Indonesian.
	"kementerian", "kemenlu", "kemendagri", "departemen", "universitas",
	"institut", "sekolah", "akademi", "politeknik", "badan", "lembaga",
	"dewan", "majelis", "komisi", "pt", "cv", "tbk", "persero", "partai",
	"bank", "asosiasi", "perhimpunan", "persatuan", "ikatan", "yayasan",
	"organisasi", "perusahaan", "koperasi", "kepolisian", "polda", "polres",
	"polsek", "pengadilan", "kejaksaan", "kejagung", "kejati", "mahkamah",
	"pemerintah", "pemkot", "pemkab", "pemprov", "dinas", "direktorat",
	"kantor", "rumah", "klub", "tim", "fraksi", "serikat", "federasi",
	"liga", "forum", "kedutaan", "kedubes", "konsulat", "markas", "tentara",
	"angkatan", "pasukan", "satuan", "fakultas", "sekretariat", "otoritas",
	"perserikatan", "uni", "kamar", "grup", "group", "harian", "koran",
	"majalah", "televisi", "radio", "stasiun",
	// English.
	"ministry", "department", "university", "institute", "college", "agency",
	"council", "commission", "committee", "party", "association", "union",
	"federation", "corporation", "corp", "inc", "ltd", "company", "co",
	"organization", "organisation", "foundation", "court", "army", "navy",
	"embassy", "office", "bureau", "authority", "group", "club", "league",
)

// placeCues are words after which a place name is likely: administrative
// units and prepositions of place ("Kota Bandung", "Provinsi Aceh",
// "di Jakarta", "ke Tiongkok", "dari Astana", "in Beijing").
var placeCues = setOf(
	"kota", "kabupaten", "kab", "provinsi", "prov", "kecamatan", "desa",
	"kelurahan", "pulau", "negara", "negeri", "kawasan", "wilayah", "daerah",
	"jalan", "jl", "gunung", "sungai", "danau", "selat", "laut", "teluk",
	"bandara", "pelabuhan", "benua", "ibu kota", "ibukota",
	"di", "ke", "dari", "asal", "menuju", "city", "province", "state",
	"county", "island", "in", "from", "to", "at",
)

// trigger words for speech ("kata", "ujar"): the word before them is often a
// person or an organisation that speaks ("kata Retno", "ujar juru bicara").
var speechVerbs = setOf(
	"kata", "ujar", "ujarnya", "katanya", "tutur", "tuturnya", "ungkap",
	"ungkapnya", "jelas", "jelasnya", "tegas", "tegasnya", "ucap", "ucapnya",
	"menurut", "said", "says", "told", "according",
)

// lexiconFlags maps a lower-cased word to the flags of the lexicons that
// hold it (fTitle, fOrgHead, fPlaceCue, fSpeech): one lookup per token
// instead of four.
var lexiconFlags = sync.OnceValue(func() map[string]uint32 {
	out := map[string]uint32{}
	for _, l := range []struct {
		set  map[string]struct{}
		flag uint32
	}{{titleWords, fTitle}, {orgHeads, fOrgHead}, {placeCues, fPlaceCue}, {speechVerbs, fSpeech}} {
		for w := range l.set {
			out[w] |= l.flag
		}
	}
	return out
})

func setOf(words ...string) map[string]struct{} {
	m := make(map[string]struct{}, len(words))
	for _, w := range words {
		m[w] = struct{}{}
	}
	return m
}

// idPrefixes and idSuffixes are Indonesian derivational and clitic affixes.
// Common nouns and verbs carry them (me-, ber-, di-, ter-, -kan, -an, -nya);
// names rarely do, so they help the tagger tell "Bertemu" at a sentence start
// from a capitalised name.
var idPrefixes = []string{"memper", "meng", "meny", "mem", "men", "me", "ber", "be", "di", "ter", "ke", "peng", "pem", "pen", "per", "pe", "se"}
var idSuffixes = []string{"kannya", "annya", "nya", "kan", "an", "i", "lah", "kah", "pun"}
