package quantity

// This file holds the immutable word lists the extractor consults. Keys of
// maps looked up through lookupLower are lower case; maps looked up with the
// token text as written (currency codes) say so.

// scaleWord describes a multiplier written after a number.
type scaleWord struct {
	mult float64
	// abbrev marks one-letter abbreviations ("m", "b", "k", "M", "T") that
	// are read as scales only in a money context: without a currency "5 m"
	// is five metres and "5 k" could be anything.
	abbrev bool
	// id marks Indonesian words: they vote for the Indonesian number format
	// when the caller did not give the language.
	id bool
}

// scales are the multipliers of Indonesian and English news. "M" and "T"
// (Indonesian "Rp 5 M" = 5 miliar, "Rp 2 T" = 2 triliun) are looked up case
// sensitively in caseScales because English "$5M" means million.
var scales = map[string]scaleWord{
	// Indonesian: full words, common spelling variants and newsroom
	// abbreviations (rb, jt, M, T in headlines and tables).
	"ribu":     {1e3, false, true},
	"rb":       {1e3, false, true},
	"juta":     {1e6, false, true},
	"jt":       {1e6, false, true},
	"miliar":   {1e9, false, true},
	"milyar":   {1e9, false, true},
	"milliar":  {1e9, false, true},
	"triliun":  {1e12, false, true},
	"trilyun":  {1e12, false, true},
	"trilliun": {1e12, false, true},
	// English words and the abbreviations of financial news.
	"thousand":  {1e3, false, false},
	"million":   {1e6, false, false},
	"millions":  {1e6, false, false},
	"mln":       {1e6, false, false},
	"mn":        {1e6, false, false},
	"billion":   {1e9, false, false},
	"bln":       {1e9, false, false},
	"bn":        {1e9, false, false},
	"trillion":  {1e12, false, false},
	"tn":        {1e12, false, false},
	"trn":       {1e12, false, false},
	"k":         {1e3, true, false},
	"m":         {1e6, true, false},
	"b":         {1e9, true, false},
	"mil":       {1e6, true, false},
	"lakh":      {1e5, false, false}, // South Asian press: 1 lakh = 100,000
	"lakhs":     {1e5, false, false},
	"crore":     {1e7, false, false}, // 1 crore = 10,000,000
	"crores":    {1e7, false, false},
	"thousands": {1e3, false, false}, // only after "hundreds of" etc.
}

// caseScales are the capital-letter abbreviations whose reading depends on
// the language: in Indonesian money figures "M" is miliar (10^9) and "T"
// triliun; in English "M" is million and "T" trillion. See scaleOf.
var caseScales = map[string]struct{ id, en float64 }{
	"M":  {1e9, 1e6},
	"T":  {1e12, 1e12},
	"K":  {1e3, 1e3},
	"B":  {1e9, 1e9},
	"Bn": {1e9, 1e9},
	"Jt": {1e6, 1e6},
	"Rb": {1e3, 1e3},
}

// prefixCodes are currency codes written before the amount ("USD 3,5 juta",
// "Rp 1,2 triliun", "RM 50"). Matched case sensitively: "eur" or "try" in
// running text are not codes.
var prefixCodes = map[string]string{
	"Rp": "IDR", "RP": "IDR", "IDR": "IDR",
	"RM": "MYR", "Rs": "INR", "RMB": "CNY",
	"USD": "USD", "EUR": "EUR", "CNY": "CNY", "JPY": "JPY", "GBP": "GBP",
	"KZT": "KZT", "RUB": "RUB", "MYR": "MYR", "SGD": "SGD", "INR": "INR",
	"KRW": "KRW", "AUD": "AUD", "CAD": "CAD", "CHF": "CHF", "HKD": "HKD",
	"TWD": "TWD", "THB": "THB", "VND": "VND",
	"AED": "AED", "BRL": "BRL", "NZD": "NZD", "UZS": "UZS",
	"KGS": "KGS", "TJS": "TJS", "TMT": "TMT", "PKR": "PKR", "BDT": "BDT",
	"EGP": "EGP", "ZAR": "ZAR", "NGN": "NGN", "MXN": "MXN", "UAH": "UAH",
	"QAR": "QAR", "KWD": "KWD", "IRR": "IRR", "ILS": "ILS", "SEK": "SEK",
	"NOK": "NOK", "DKK": "DKK", "PLN": "PLN", "BND": "BND", "MMK": "MMK",
	"KHR": "KHR", "LAK": "LAK", "AZN": "AZN",
	"BYN": "BYN", "MNT": "MNT", "AFN": "AFN", "CNH": "CNY", "XDR": "XDR",
}

// scaledCodes are currency codes that are also common capitalised words or
// acronyms in the news: "SAR" (search and rescue, "tim SAR"), "PHP" (the
// programming language), "TRY", "AMD" (the chip maker), "GEL". They count
// only written after an amount with a scale word ("5 miliar PHP").
var scaledCodes = map[string]string{
	"SAR": "SAR", "PHP": "PHP", "TRY": "TRY", "AMD": "AMD", "GEL": "GEL",
}

// dollarPrefixes are the country marks glued before "$" ("US$", "S$",
// "HK$"): which dollar it is.
var dollarPrefixes = map[string]string{
	"US": "USD", "U.S.": "USD", "A": "AUD", "AU": "AUD", "S": "SGD", "SG": "SGD",
	"HK": "HKD", "NZ": "NZD", "C": "CAD", "CA": "CAD", "NT": "TWD",
	"R": "BRL", "Mex": "MXN", "B": "BND",
}

// symbols are currency signs. "¥" is read as yen: it is the sign of both the
// yen and the yuan, and resolveYen switches to CNY when "yuan", "RMB" or
// "renminbi" follows or Chinese context is near.
var symbols = map[string]string{
	"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "￥": "JPY", "₹": "INR",
	"₩": "KRW", "₽": "RUB", "₸": "KZT", "₺": "TRY", "₱": "PHP", "₫": "VND",
	"฿": "THB", "₦": "NGN", "₴": "UAH", "₪": "ILS",
}

// currencyWord is a currency named after the amount ("95 miliar dolar AS").
type currencyWord struct {
	code string
	// needsScale marks names that are also common words ("won", "dong",
	// "pound" as weight): read as money only after a scale word or when a
	// country qualifier follows ("won Korea").
	needsScale bool
	// dollar marks the dollar family, whose country comes from a qualifier
	// after it (Indonesian "dolar Singapura") or before it (English
	// "Singapore dollars").
	dollar bool
}

var currencyWords = map[string]currencyWord{
	"dolar": {"USD", false, true}, "dollar": {"USD", false, true},
	"dollars": {"USD", false, true}, "dolars": {"USD", false, true},
	"rupiah": {"IDR", false, false},
	"euro":   {"EUR", false, false}, "euros": {"EUR", false, false},
	"yuan": {"CNY", false, false}, "renminbi": {"CNY", false, false},
	"yen":   {"JPY", false, false},
	"pound": {"GBP", true, false}, "pounds": {"GBP", true, false},
	"poundsterling": {"GBP", false, false}, "sterling": {"GBP", false, false},
	"tenge": {"KZT", false, false},
	"rubel": {"RUB", false, false}, "ruble": {"RUB", false, false},
	"rubles": {"RUB", false, false}, "rouble": {"RUB", false, false},
	"roubles": {"RUB", false, false},
	"ringgit": {"MYR", false, false},
	"won":     {"KRW", true, false},
	"rupee":   {"INR", false, false}, "rupees": {"INR", false, false},
	"rupe":   {"INR", false, false},
	"baht":   {"THB", false, false},
	"dong":   {"VND", true, false},
	"dirham": {"AED", false, false}, "dirhams": {"AED", false, false},
	"riyal": {"SAR", false, false}, "riyals": {"SAR", false, false},
	"lira":    {"TRY", true, false},
	"somoni":  {"TJS", false, false},
	"hryvnia": {"UAH", false, false},
	"taka":    {"BDT", true, false},
	"kyat":    {"MMK", false, false}, "kyats": {"MMK", false, false},
	"zloty":  {"PLN", false, false},
	"shekel": {"ILS", false, false}, "shekels": {"ILS", false, false},
	"naira": {"NGN", false, false},
	"sum":   {"UZS", true, false}, // Uzbek sum: common English word, needs scale
}

// currencyAfter maps country words that follow a currency name in
// Indonesian ("dolar Singapura", "won Korea", "yuan China") to the code. For
// the dollar family the qualifier picks the dollar; for others it only
// confirms the currency and is kept in the span.
var currencyAfter = map[string]string{
	"as": "USD", "amerika": "USD", "us": "USD", "usd": "USD",
	"singapura": "SGD", "australia": "AUD", "kanada": "CAD", "canada": "CAD",
	"taiwan": "TWD", "brunei": "BND", "hongkong": "HKD", "hong": "HKD",
	"selandia": "NZD",
	"korea":    "KRW", "vietnam": "VND", "jepang": "JPY", "china": "CNY",
	"tiongkok": "CNY", "rusia": "RUB", "malaysia": "MYR", "kazakhstan": "KZT",
	"kazakstan": "KZT", "india": "INR", "thailand": "THB", "turki": "TRY",
	"inggris": "GBP",
}

// dollarBefore maps qualifiers written before "dollars" in English ("Hong
// Kong dollars", "US dollars") to the code.
var dollarBefore = map[string]string{
	"us": "USD", "american": "USD", "singapore": "SGD", "australian": "AUD",
	"canadian": "CAD", "taiwan": "TWD", "taiwanese": "TWD", "brunei": "BND",
	"kong": "HKD", "zealand": "NZD",
}

// percentWords follow a number to make it a percentage.
var percentWords = map[string]bool{
	"persen": true, "prosen": true, "percent": true, "pct": true,
	"percentage": true, // "5 percentage points"
}

// pointWords continue a percentage: "5 persen poin", "2 percentage points"
// are still percent figures (a change in points).
var pointWords = map[string]bool{
	"poin": true, "point": true, "points": true, "pts": true,
}

// numberWords are cardinal number words below a thousand, read by
// wordNumber. kind: 'd' digit-like value, 't' teen/ten maker ("belas"),
// 'p' puluh (x10), 'r' ratus/hundred (x100), 'a' standalone value that
// closes a group ("seratus", "sebelas").
type numWord struct {
	v    float64
	kind byte
}

var numberWords = map[string]numWord{
	// Indonesian cardinals.
	"satu": {1, 'd'}, "dua": {2, 'd'}, "tiga": {3, 'd'}, "empat": {4, 'd'},
	"lima": {5, 'd'}, "enam": {6, 'd'}, "tujuh": {7, 'd'}, "delapan": {8, 'd'},
	"sembilan": {9, 'd'}, "sepuluh": {10, 'd'}, "sebelas": {11, 'd'},
	"seratus": {100, 'd'}, "belas": {10, 't'}, "puluh": {10, 'p'},
	"ratus": {100, 'r'},
	// English cardinals.
	"one": {1, 'd'}, "two": {2, 'd'}, "three": {3, 'd'}, "four": {4, 'd'},
	"five": {5, 'd'}, "six": {6, 'd'}, "seven": {7, 'd'}, "eight": {8, 'd'},
	"nine": {9, 'd'}, "ten": {10, 'd'}, "eleven": {11, 'd'}, "twelve": {12, 'd'},
	"thirteen": {13, 'd'}, "fourteen": {14, 'd'}, "fifteen": {15, 'd'},
	"sixteen": {16, 'd'}, "seventeen": {17, 'd'}, "eighteen": {18, 'd'},
	"nineteen": {19, 'd'}, "twenty": {20, 'd'}, "thirty": {30, 'd'},
	"forty": {40, 'd'}, "fifty": {50, 'd'}, "sixty": {60, 'd'},
	"seventy": {70, 'd'}, "eighty": {80, 'd'}, "ninety": {90, 'd'},
	"hundred": {100, 'r'}, "dozen": {12, 'd'},
}

// seScales are Indonesian "se-" forms that are a number and a scale in one
// word ("seribu" = one thousand, "sejuta" = one million).
var seScales = map[string]float64{
	"seribu": 1e3, "sejuta": 1e6, "semiliar": 1e9, "semilyar": 1e9,
	"setriliun": 1e12,
}

// vagueNumbers are plural number words for an unstated amount ("puluhan
// negara", "ribuan orang", "hundreds of people"): the value is the lower
// bound and Approx is "more than".
var vagueNumbers = map[string]float64{
	"puluhan": 10, "belasan": 10, "ratusan": 100, "ribuan": 1e3,
	"jutaan": 1e6, "miliaran": 1e9, "triliunan": 1e12,
	"dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
	"billions": 1e9, "tens": 10,
}

// approx1 are one-word approximators written right before a figure.
var approx1 = map[string]string{
	"hampir": "almost", "nyaris": "almost", "mendekati": "almost",
	"sekitar": "about", "sekira": "about", "kira-kira": "about",
	"setidaknya": "at least", "sedikitnya": "at least", "minimal": "at least",
	"maksimal": "up to", "hingga": "up to", "sampai": "up to",
	"melampaui": "more than", "melebihi": "more than", "menembus": "more than",
	"about": "about", "around": "about", "approximately": "about",
	"roughly": "about", "some": "about", "approx": "about", "circa": "about",
	"estimated": "about",
	"nearly":    "almost", "almost": "almost",
	"over": "more than", "above": "more than", "exceeding": "more than",
	"exceeded": "more than", "surpassed": "more than", "topped": "more than",
	"under": "less than", "below": "less than",
}

// approx2 are two-word approximators ("lebih dari", "more than"). Keys are
// the two lower-case words joined by a space.
var approx2 = map[string]string{
	"lebih dari": "more than", "kurang dari": "less than",
	"kurang lebih": "about", "lebih kurang": "about",
	"di atas": "more than", "di bawah": "less than",
	"paling sedikit": "at least", "paling banyak": "up to",
	"sampai dengan": "up to",
	"more than":     "more than", "less than": "less than",
	"fewer than": "less than", "up to": "up to", "at least": "at least",
	"at most": "up to", "close to": "almost", "upwards of": "more than",
	"an estimated": "about",
}

// approx3 are three-word approximators; checked before approx2 because
// "tidak kurang dari" must not read as "kurang dari".
var approx3 = map[string]string{
	"tidak kurang dari": "at least", "tidak lebih dari": "up to",
	"no less than": "at least", "not less than": "at least",
	"no more than": "up to", "not more than": "up to",
	"as many as": "up to", "as much as": "up to", "in excess of": "more than",
}

// changeWords are verbs and nouns of change: a figure right after them
// ("naik 5,4 miliar", "rose 3%", "kenaikan sebesar 5 persen", "an
// increase of 2%") is the size of a change, not a level.
var changeWords = map[string]bool{
	"naik": true, "turun": true, "meningkat": true, "menurun": true,
	"bertambah": true, "berkurang": true, "melonjak": true, "anjlok": true,
	"merosot": true, "tumbuh": true, "melemah": true, "menguat": true,
	"susut": true, "menyusut": true, "terkoreksi": true, "melesat": true,
	"kenaikan": true, "penurunan": true, "peningkatan": true,
	"pertumbuhan": true, "lonjakan": true,
	"rose": true, "rise": true, "rises": true, "risen": true, "rising": true,
	"increased": true, "increase": true, "increases": true, "up": true,
	"down": true, "fell": true, "fall": true, "falls": true, "fallen": true,
	"dropped": true, "drop": true, "declined": true, "decline": true,
	"decreased": true, "decrease": true, "grew": true, "grow": true,
	"grown": true, "jumped": true, "surged": true, "climbed": true,
	"slipped": true, "slid": true, "plunged": true, "gained": true,
	"growth": true,
}

// levelBridges sit between a change verb and a figure that is the new level
// ("naik menjadi 5 persen", "rose to $3 billion"): they cancel Change.
var levelBridges = map[string]bool{
	"menjadi": true, "ke": true, "hingga": true, "sampai": true,
	"mencapai": true, "to": true, "at": true,
}

// changeBridges may sit between a change verb and the change figure ("naik
// sebesar 3 persen", "rose by 3%", "increase of 2%").
var changeBridges = map[string]bool{
	"sebesar": true, "by": true, "of": true, "sekitar": true,
	"hampir": true, "lebih": true, "dari": true, "about": true,
	"nearly": true, "almost": true, "some": true, "around": true,
	"more": true, "than": true,
}

// predicates are the verbs a figure is predicated by: the noun phrase
// before them is what the figure measures ("volume perdagangan mencapai
// 95 miliar dolar AS", "a deal worth $5 billion").
var predicates = map[string]bool{
	"mencapai": true, "sebesar": true, "senilai": true, "bernilai": true,
	"tercatat": true, "naik": true, "turun": true, "meningkat": true,
	"menurun": true, "melampaui": true, "menembus": true, "melebihi": true,
	"bertambah": true, "berkurang": true, "tumbuh": true, "melonjak": true,
	"anjlok": true, "merosot": true, "berjumlah": true, "adalah": true,
	"ialah": true, "mencatat": true, "totalnya": true,
	"reached": true, "reach": true, "reaches": true, "totalled": true,
	"totaled": true, "totals": true, "totalling": true, "totaling": true,
	"stood": true, "worth": true, "valued": true, "rose": true, "fell": true,
	"grew": true, "increased": true, "decreased": true, "declined": true,
	"exceeded": true, "surpassed": true, "hit": true, "topped": true,
	"jumped": true, "dropped": true, "amounted": true, "climbed": true,
	"surged": true, "was": true, "is": true, "were": true, "are": true,
}

// predicateBridges are skipped between the predicate and the figure:
// "mencapai rekor $94,8 miliar", "stood at", "valued at", "tercatat sebesar",
// "naik menjadi", "amounted to", "reached a record".
var predicateBridges = map[string]bool{
	"rekor": true, "record": true, "sebesar": true, "senilai": true,
	"menjadi": true, "hingga": true, "sampai": true, "to": true, "by": true,
	"at": true, "a": true, "an": true, "of": true, "high": true,
	"tertinggi": true, "new": true, "baru": true, "mencapai": true,
	"around": true,
}

// subjectAdverbs sit between a subject and its predicate ("investasi juga
// mencapai", "trade has reached"): skipped.
var subjectAdverbs = map[string]bool{
	"juga": true, "telah": true, "sudah": true, "akan": true, "pun": true,
	"diperkirakan": true, "diproyeksikan": true, "masih": true,
	"also": true, "has": true, "have": true, "had": true, "will": true,
	"would": true, "been": true, "reportedly": true, "already": true,
	"now": true, "is": true, "was": true, "are": true, "were": true,
	"be": true, "could": true, "may": true,
	// "is expected to reach", "diperkirakan akan mencapai": modal frames
	// between a subject and its predicate.
	"expected": true, "projected": true, "forecast": true, "likely": true,
	"set": true, "to": true, "diharapkan": true, "ditargetkan": true,
	"dapat": true, "bisa": true, "mampu": true, "bakal": true,
}

// subjectStops end a subject when walking back from the predicate: clause
// linkers and reporting words ("bahwa", "that", "dengan", "while").
// "dan"/"and" are not stops: they join parts of a subject ("trade between
// China and Central Asia") more often than clauses, and the cut at the
// first preposition keeps the phrase short anyway.
var subjectStops = map[string]bool{
	"bahwa": true, "yang": true, "dengan": true, "sementara": true,
	"sedangkan": true, "namun": true, "tetapi": true, "ketika": true,
	"saat": true, "setelah": true, "sebelum": true, "sejak": true,
	"karena": true, "menurut": true, "kata": true, "ujar": true, "jika": true,
	"apabila": true, "agar": true, "sehingga": true, "di mana": true,
	"dimana": true,
	"that":   true, "which": true, "who": true, "with": true, "while": true,
	"whereas": true, "but": true, "when": true, "as": true, "where": true,
	"after": true, "before": true, "since": true, "because": true,
	"according": true, "said": true, "says": true, "if": true,
	"meanwhile": true, "showed": true, "shows": true,
	"menunjukkan": true, "mengungkapkan": true, "menyebutkan": true,
}

// subjectLead are dropped at the start of a subject: articles,
// determiners and a leading conjunction.
var subjectLead = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true,
	"his": true, "her": true, "this": true, "these": true, "those": true,
	"our": true, "pada": true, "dan": true, "serta": true, "atau": true,
	"and": true, "or": true,
}

// temporalLead open a leading time phrase ("Pada 2024 volume ...", "In
// 2024 bilateral trade ..."): dropped up to its number.
var temporalLead = map[string]bool{
	"pada": true, "in": true, "on": true, "during": true, "sepanjang": true,
	"selama": true, "dalam": true, "last": true, "tahun": true,
	"hingga": true, "sampai": true, "by": true,
}

// subjectCut are prepositions at which a subject is cut to its head
// ("investasi langsung Jepang di provinsi itu" -> "investasi langsung
// Jepang"; "trade between Brazil and Mexico" -> "trade"). "of" and
// "dari" are not cut: "volume of trade" keeps its head noun's complement.
var subjectCut = map[string]bool{
	"di": true, "ke": true, "antara": true, "untuk": true, "pada": true,
	"dalam": true, "terhadap": true, "oleh": true, "selama": true,
	"sepanjang": true,
	"between":   true, "in": true, "with": true, "from": true, "for": true,
	"at": true, "to": true, "on": true, "among": true, "across": true,
	"into": true, "by": true, "within": true, "during": true,
}

// countNouns are the counted nouns of international news that a number
// before them counts ("26 pasang", "lima negara", "10 agreements"). The
// list is closed on purpose: counts are only reported for these nouns, so
// "30 tahun" (a duration), "16 Juni" (a date) and "2 hari" are never counts.
// Two-word units ("kepala negara", "nota kesepahaman") are in countNouns2.
var countNouns = map[string]bool{
	// Indonesian: people and groups.
	"orang": true, "warga": true, "penduduk": true, "jiwa": true,
	"korban": true, "tentara": true, "prajurit": true, "personel": true,
	"pasukan": true, "delegasi": true, "delegasinya": true, "pemimpin": true,
	"menteri": true, "anggota": true, "peserta": true, "mahasiswa": true,
	"pelajar": true, "siswa": true, "wisatawan": true, "turis": true,
	"pengungsi": true, "migran": true, "pekerja": true, "buruh": true,
	"investor": true, "pengusaha": true, "diplomat": true, "jurnalis": true,
	"wartawan": true, "responden": true, "relawan": true, "sandera": true,
	"tahanan": true, "narapidana": true, "pasien": true, "kasus": true,
	"penerima": true, "keluarga": true, // "82,9 juta penerima manfaat"
	// Indonesian: states, places, organisations.
	"negara": true, "kota": true, "provinsi": true, "pulau": true,
	"desa": true, "kabupaten": true, "wilayah": true, "kawasan": true,
	"perusahaan": true, "lembaga": true, "organisasi": true, "bank": true,
	"mitra": true, "universitas": true, "sekolah": true, "rumah": true,
	"gedung": true, "pelabuhan": true, "bandara": true,
	// Indonesian: documents and deals.
	"kesepakatan": true, "perjanjian": true, "dokumen": true,
	"proyek": true, "kontrak": true, "memorandum": true, "mou": true,
	"deklarasi": true, "butir": true, "pilar": true,
	"sektor": true, "bidang": true, "program": true, "inisiatif": true,
	"pasang": true, "pertemuan": true, "kunjungan": true, "penerbangan": true,
	// Indonesian: materiel.
	"kapal": true, "pesawat": true, "rudal": true, "tank": true,
	"unit": true, "jet": true, "drone": true, "helikopter": true,
	// English: people and groups.
	"people": true, "persons": true, "residents": true, "citizens": true,
	"soldiers": true, "troops": true, "personnel": true, "delegates": true,
	"leaders": true, "ministers": true, "members": true, "participants": true,
	"students": true, "tourists": true, "visitors": true, "refugees": true,
	"migrants": true, "workers": true, "investors": true, "diplomats": true,
	"journalists": true, "respondents": true, "volunteers": true,
	"hostages": true, "prisoners": true, "patients": true, "cases": true,
	"deaths": true, "victims": true, "civilians": true, "children": true,
	"households": true, "families": true, "recipients": true,
	"person": true, "soldier": true, "leader": true, "member": true,
	// English: states, places, organisations.
	"countries": true, "nations": true, "states": true, "cities": true,
	"provinces": true, "islands": true, "villages": true, "regions": true,
	"companies": true, "firms": true, "banks": true, "partners": true,
	"universities": true, "schools": true, "homes": true, "ports": true,
	"airports": true, "country": true, "nation": true, "city": true,
	"company": true,
	// English: documents and deals.
	"agreements": true, "deals": true, "documents": true, "projects": true,
	"contracts": true, "memorandums": true, "memoranda": true,
	"treaties": true, "declarations": true, "pillars": true,
	"sectors": true, "programmes": true, "programs": true,
	"initiatives": true, "pairs": true, "meetings": true, "visits": true,
	"flights": true, "agreement": true, "deal": true, "document": true,
	"project": true,
	// English: materiel.
	"ships": true, "vessels": true, "aircraft": true, "planes": true,
	"missiles": true, "tanks": true, "jets": true, "drones": true,
	"helicopters": true, "units": true,
}

// countNouns2 are two-word counted units, checked before countNouns so the
// unit keeps both words.
var countNouns2 = map[string]bool{
	"kepala negara": true, "nota kesepahaman": true, "kapal perang": true,
	"pesawat tempur": true, "tenaga kerja": true, "kota kembar": true,
	"warga negara": true, "kota bersahabat": true, "penerima manfaat": true,
	"rumah tangga": true, "duta besar": true,
}

// monthWords make a preceding or following number part of a date ("16
// Juni", "June 19"): such numbers are never quantities.
var monthWords = map[string]bool{
	"januari": true, "februari": true, "maret": true, "april": true,
	"mei": true, "juni": true, "juli": true, "agustus": true,
	"september": true, "oktober": true, "november": true, "desember": true,
	"january": true, "february": true, "march": true, "may": true,
	"june": true, "july": true, "august": true, "october": true,
	"december": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "agu": true, "agt": true,
	"sep": true, "sept": true, "okt": true, "oct": true, "nov": true,
	"des": true, "dec": true,
}

// idVotes and enVotes are words next to a figure that reveal the number
// convention when the caller gives no language.
var idVotes = map[string]bool{
	"persen": true, "rupiah": true, "dolar": true, "orang": true,
	"negara": true, "sebesar": true, "senilai": true, "mencapai": true,
	"sekitar": true, "hampir": true, "lebih": true, "naik": true,
	"turun": true, "pada": true, "dari": true,
}

var enVotes = map[string]bool{
	"percent": true, "dollars": true, "people": true, "countries": true,
	"worth": true, "about": true, "nearly": true, "more": true, "the": true,
	"of": true, "rose": true, "fell": true, "reached": true, "than": true,
}
