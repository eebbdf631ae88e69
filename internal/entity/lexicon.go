package entity

// Word lists used by the context rules. Keys are lower case; every list says
// which construction it serves. They are immutable after initialisation.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// personTitles are offices, professions and honorifics written before a
// person's name, in Indonesian and English ("Presiden Xi", "Menteri Luar
// Negeri Sugiono", "Foreign Minister Wang Yi", "asisten profesor Jessica
// Santos"). A title may be followed by the country or organisation of the
// office before the name ("Presiden Kazakhstan Anwar Ibrahim").
var personTitles = set(
	// Indonesian offices
	"presiden", "wapres", "menteri", "menlu", "mendag", "menhan", "perdana", "juru", "jubir",
	"duta", "dubes", "direktur", "dirut", "ketua", "kepala", "sekretaris", "sekjen", "gubernur",
	"wali", "walikota", "bupati", "raja", "ratu", "pangeran", "putra", "sultan", "kanselir",
	"panglima", "jenderal", "letjen", "mayjen", "brigjen", "laksamana", "marsekal", "kolonel",
	"senator", "anggota", "pemimpin", "wakil", "deputi", "asisten", "komisaris", "kapolri",
	"kapolda", "hakim", "jaksa", "emir", "syekh", "syeikh", "imam", "paus", "uskup", "ayatollah",
	"koordinator", "atase", "konsul", "pelaksana", "plt", "penasihat", "utusan", "ekonom",
	// Indonesian professions named before a name in reported speech
	"profesor", "prof", "dosen", "peneliti", "analis", "pakar", "pengamat", "akademisi",
	"rektor", "dekan", "pendiri", "ilmuwan", "wartawan", "jurnalis", "diplomat", "dokter",
	// honorifics, including the Malay titles of rank the region's press writes
	// before names ("Datuk Seri Anwar Ibrahim", "Tan Sri ...", "Tun ...")
	"bapak", "pak", "ibu", "bu", "tuan", "nyonya", "dr", "ir", "drs", "h", "hj",
	"datuk", "dato", "datin", "tan", "tun", "toh", "puan", "haji",
	// English offices, professions and honorifics
	"president", "premier", "minister", "secretary", "spokesperson", "spokesman", "spokeswoman",
	"ambassador", "envoy", "director", "chairman", "chairwoman", "chair", "head", "governor",
	"mayor", "king", "queen", "prince", "princess", "chancellor", "general", "admiral", "colonel",
	"senator", "leader", "deputy", "vice", "professor", "researcher", "analyst", "expert",
	"economist", "founder", "commissioner", "chief", "ceo", "mr", "mrs", "ms", "sir", "dame",
	"sheikh", "pope", "representative", "rep", "sen", "gov", "lt", "gen", "adm", "col",
	"pm", "fm", "executive", "officer", "scholar", "lecturer", "fellow", "associate", "assistant",
	"counterpart", "aide", "adviser", "advisor", "negotiator", "negosiator",
	// the presiding officer of a parliament ("National Assembly Speaker
	// Woo ...", "House Speaker ...")
	"speaker",
	// the styles of rulers and envoys ("His Highness Sheikh ...", "His
	// Majesty King ...", "Her Excellency ...")
	"highness", "majesty", "excellency",
)

// personDescriptions are the occupational and circumstantial descriptions
// the English press writes before a name in lower case ("the activist Ada
// Levi", "hostage Noa Argamani", "lawyer Budi Santoso"). They are not
// offices: the style books (AP, Reuters) capitalise a formal title before a
// name but never a description, so a capitalised one starts a name of its
// own ("Hostage Families Forum", "Activist Network", "Lawyers Committee")
// and names nobody. The person rules read them as a title only in lower
// case; they are kept out of personTitles, which other rules test without
// regard to case (a span opening with a title is a title and a name).
var personDescriptions = set(
	"hostage", "activist", "journalist", "lawyer", "attorney", "campaigner", "dissident",
	"blogger", "novelist", "businessman", "businesswoman", "tycoon", "billionaire",
	"entrepreneur", "filmmaker", "singer", "actor", "actress", "doctor", "surgeon",
)

// titleFillers are lower-case words that continue a title towards the name
// ("Menteri Luar Negeri", "Juru Bicara", "Wakil Perdana Menteri", "asisten
// profesor di ... ", "Minister of Foreign Affairs").
var titleFillers = set(
	"luar", "negeri", "dalam", "bicara", "besar", "menteri", "jenderal", "utama", "umum",
	"eksekutif", "pelaksana", "tinggi", "kota", "negara", "profesor", "senior", "khusus",
	"di", "dari", "pada", "untuk", "bidang", "urusan", "of", "for", "at", "the", "foreign",
	"affairs", "state", "prime", "minister", "general", "executive", "professor", "associate",
	"assistant", "research", "fellow", "chief", "officer", "deputy", "vice", "secretary",
	"director", "president", "ekonomi", "pertahanan", "perdagangan", "keuangan", "koordinator",
	"republik", "rakyat", "kerajaan", "federasi", "serikat", "kabinet", "sekretaris",
	"staf", "staff", "tugas", "harian", "jenderal", "muda", "madya",
	// "Putra Mahkota", "Pangeran Mahkota": the crown prince; "jendral", the
	// press's common spelling of "jenderal"
	"mahkota", "jendral",
	// "Putra Mahkota" (crown prince), "Datuk Seri", "Tan Sri": titles of two words
	"mahkota", "seri", "sri", "crown",
	// ministers' portfolios, lower-case in the middle of a title ("Menteri
	// Investasi dan Hilirisasi", "Minister for Education")
	"investasi", "hilirisasi", "pendidikan", "kesehatan", "perindustrian", "pertanian", "energi",
	"lingkungan", "hidup", "kehutanan", "kelautan", "perikanan", "pariwisata", "perhubungan",
	"hukum", "sosial", "agama", "tenaga", "kerja", "komunikasi", "digital", "informatika", "dan",
	"education", "trade", "health", "industry", "energy", "environment", "transport", "justice",
	"commerce", "investment", "plantation", "commodities", "higher", "economy", "interior", "defence", "defense",
)

// orgHeads are the words that begin an organisation's name and are followed
// by its capitalised continuation ("Kementerian Luar Negeri", "Universitas
// Nasional Tajik", "Badan Administrasi Perdagangan Umum", "Ministry of Foreign
// Affairs").
var orgHeads = set(
	"kementerian", "kemenlu", "universitas", "institut", "badan", "pusat", "departemen",
	"sekretariat", "komisi", "dewan", "partai", "bank", "pt", "lembaga", "yayasan", "asosiasi",
	"organisasi", "majelis", "mahkamah", "akademi", "sekolah", "komite", "kepolisian",
	"kejaksaan", "angkatan", "tentara", "perusahaan", "federasi", "persatuan", "perhimpunan",
	"otoritas", "direktorat", "biro", "korporasi", "koalisi", "kamar", "kantor", "dinas",
	"perserikatan", "ikatan", "serikat", "politeknik", "sekolah", "rumah", "fraksi", "kabinet",
	"kedutaan", "kedubes", "konsulat", "embassy", "consulate",
	// an authority that runs a territory or a project ("Otorita IKN",
	// "Otorita Batam"); an alliance of groups ("Aliansi Nelayan ...")
	"otorita", "aliansi", "alliance",
	// committees and units of parliaments and parties ("Pansus Hak Angket", "Satgas ...")
	"pansus", "panja", "panitia", "satgas", "divisi", "korwil",
	"ministry", "university", "institute", "agency", "center", "centre", "department",
	"secretariat", "commission", "council", "party", "association", "organization",
	"organisation", "foundation", "committee", "academy", "authority", "bureau", "office",
	"federation", "corporation", "company", "administration", "college", "school", "court",
	"parliament", "congress", "senate", "army", "navy", "chamber", "directorate",
)

// orgSplitHeads start a new organisation even inside another one's name:
// "Departemen Ilmu Politik Universitas Gadjah Mada" is a department and a
// university. Heads that occur inside names ("Badan Pusat Statistik") are
// not listed.
var orgSplitHeads = set(
	"universitas", "kementerian", "institut", "departemen", "university", "ministry", "institute",
	"department",
)

// orgTails end an English organisation name that has no head in front
// ("Fudan University", "Brookings Institution", "Alibaba Group").
var orgTails = set(append([]string{
	"university", "institute", "institution", "group", "corporation", "corp", "inc", "ltd",
	"company", "bank", "foundation", "association", "agency", "ministry", "council", "commission",
	"party", "airlines", "airways", "tbk", "embassy", "consulate",
}, mediaTailWords...)...)

// tailConnectors join the capitalised words of an English organisation's
// name read back from its tail word ("Mine Rehabilitation and Mineral
// Resources Corp.", "Procter & Gamble Company", "Bank of America Corp").
var tailConnectors = set("and", "&", "of")

// orgConnectors are lower-case words allowed inside an organisation's name
// when a capitalised word follows ("Kementerian Ilmu Pengetahuan dan
// Pendidikan Tinggi", "Pusat Riset untuk Eropa", "Ministry of Foreign Affairs").
var orgConnectors = set("dan", "untuk", "bagi", "of", "for", "and", "on", "the", "&", "de", "des", "du")

// orgVocab are capitalised words that belong to organisation names rather
// than to personal names; used to tell where an organisation ends and a
// person begins in "di Universitas X Nama Orang".
var orgVocab = set(
	"nasional", "internasional", "umum", "luar", "negeri", "dalam", "tinggi", "pendidikan",
	"ilmu", "pengetahuan", "studi", "politik", "hubungan", "riset", "kajian", "strategis",
	"ekonomi", "keuangan", "perdagangan", "industri", "pertahanan", "keamanan", "kesehatan",
	"energi", "rakyat", "republik", "bersatu", "agama", "sosial", "budaya", "teknologi", "sains",
	"administrasi", "kepabeanan", "pusat", "negara", "daerah", "federal", "pembangunan",
	"perencanaan", "statistik", "informasi", "komunikasi", "luar", "kerja", "sama", "bangsa",
	"national", "international", "foreign", "affairs", "studies", "research", "strategic",
	"economic", "economics", "political", "science", "sciences", "development", "state",
	"general", "customs", "trade", "defense", "defence", "security", "public", "policy",
	"relations", "global", "asian", "european", "central", "people's", "peoples", "republic",
	"filsafat", "hukum", "pertanian", "maritim", "investasi", "bisnis", "manajemen",
	"sumber", "daya", "mineral", "lingkungan", "hidup", "perhubungan", "kelautan", "perikanan",
	// portfolios named in ministers' titles ("Menteri Investasi dan
	// Hilirisasi", "Menteri Kehakiman", "Minister of Law and Justice")
	"hilirisasi", "kehakiman", "law", "justice", "finance", "labour", "labor", "agriculture",
	"tourism", "culture", "health", "education", "energy", "interior", "environment", "transport",
	"industry", "investment", "commerce", "housing", "fisheries", "infrastruktur", "infrastructure",
	// "Standing Committee", "Supreme Court", "Joint Commission", "Komite
	// Perbatasan Bersama": qualifiers of a body's name
	"standing", "supreme", "joint", "bersama",
	// portfolios of envoys and directors general ("Utusan Khusus bidang
	// Perubahan Iklim", "Direktur Jenderal Perundingan Perdagangan")
	"perubahan", "iklim", "climate", "perundingan",
	// portfolios of Indonesian ministries ("Menteri Pemuda dan Olahraga",
	// "Menteri Koperasi dan UKM", "Menteri Agraria dan Tata Ruang")
	"pemuda", "olahraga", "koperasi", "ukm", "pariwisata", "kebudayaan", "agraria", "tata", "ruang",
	"desa", "tenaga", "perindustrian", "kesehatan", "informatika", "kehutanan", "hak", "asasi",
	"manusia", "koordinator", "perekonomian", "bumn", "usaha", "milik", "aparatur", "reformasi",
	"birokrasi", "pekerjaan", "perumahan", "pemberdayaan", "perempuan", "perlindungan", "anak",
	"kreatif", "transmigrasi", "tertinggal", "imigrasi", "pemasyarakatan", "pembinaan", "karier",
	"kependudukan", "sipil", "kebijakan", "kemaritiman", "dikti", "kominfo", "esdm",
	// words of party names ("Partai Keadilan Sejahtera", "Partai Komunis Tiongkok");
	// not "karya" (of "Golongan Karya"), which is also a given name ("Budi Karya")
	"komunis", "buruh", "sosialis", "demokrasi", "keadilan", "amanat", "kebangkitan", "persatuan",
	"solidaritas", "sejahtera", "perjuangan", "gerakan", "kebangsaan", "islam", "rakyat",
)

// reportVerbsAfter are reporting verbs written before the speaker's name
// ("..., ujar Rina Wulandari", "kata Santos", "said Anwar").
var reportVerbsAfter = set(
	"ujar", "kata", "tutur", "ungkap", "jelas", "tambah", "imbuh", "papar", "terang", "sebut",
	"ucap", "tegas", "lanjut", "pungkas", "tandas", "menurut", "said", "says", "added", "told",
	"according", "noted", "stated", "wrote", "asked", "explained",
)

// reportVerbsBefore are verbs that follow a speaker's name ("Li Wen
// mengatakan", "Anwar said").
var reportVerbsBefore = set(
	"mengatakan", "menyatakan", "menambahkan", "menegaskan", "menjelaskan", "mengungkapkan",
	"menyebutkan", "menyebut", "mencatat", "menekankan", "berkata", "menilai", "mengakui",
	"memaparkan", "menuturkan", "menyampaikan", "berpendapat", "said", "says", "added", "told",
	"noted", "stressed", "stated", "explained", "emphasized", "emphasised", "believes",
)

// appositionTitles are lower-case role nouns after "Name, ..." that mark the
// name as a person ("Li Wen, direktur ...", "Zhou Ming, sekretaris
// jenderal ...", "John Smith, a professor at ...").
var appositionTitles = set(
	"direktur", "ketua", "kepala", "sekretaris", "presiden", "menteri", "juru", "duta", "profesor",
	"dosen", "peneliti", "analis", "pakar", "pengamat", "rektor", "dekan", "wakil", "pendiri",
	"asisten", "anggota", "pemimpin", "ekonom", "akademisi", "penasihat", "seorang", "salah",
	"director", "head", "chairman", "president", "minister", "spokesperson", "spokesman",
	"professor", "researcher", "analyst", "expert", "a", "an", "the", "chief", "founder",
	"deputy", "senior", "associate", "assistant", "who",
)

// creditLabels precede the names of reporters, editors and photographers in
// the credit lines of Indonesian and English wire copy ("Pewarta: Xinhua",
// "Editor: Hendra Gunawan").
var creditLabels = set(
	"pewarta", "editor", "penulis", "reporter", "fotografer", "foto", "penerjemah", "redaktur",
	"penyunting", "kontributor", "writer", "reporting", "editing", "photo", "by", "oleh",
	// "Tim Redaksi" (the editorial team) labels the names above it; "Laporan:
	// Name" (report by)
	"redaksi", "laporan",
)

// notNames are capitalised words that begin sentences, headings and dates and
// are never part of a name by themselves.
var notNames = set(
	"dalam", "pada", "menurut", "sementara", "selain", "namun", "tetapi", "dan", "di", "ke",
	"dari", "untuk", "bagi", "dengan", "oleh", "para", "sang", "hal", "ini", "itu", "ia", "dia",
	"mereka", "kami", "kita", "saya", "anda", "kedua", "ketiga", "pertama", "selama", "sejak",
	"setelah", "sebelum", "kemudian", "adapun", "bahkan", "juga", "karena", "jika", "apabila",
	"sebagai", "seperti", "yang", "tidak", "bukan", "the", "a", "an", "in", "on", "at", "for",
	"of", "and", "but", "he", "she", "they", "we", "it", "this", "that", "these", "those",
	"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "januari", "februari",
	"maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november",
	"desember", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "june", "july", "august", "october", "december",
	"ktt", "konferensi", "deklarasi", "perjanjian", "inisiatif", "semangat", "kemitraan",
	"summit", "declaration", "treaty", "initiative", "forum", "program", "proyek", "wib",
	"copyright", "baca", "juga", "lihat", "foto", "video", "komentar", "related", "news",
	"kunjungan", "pertemuan", "kerja", "sama", "bersama", "kawasan", "negara", "kota",
	"provinsi", "jalan", "jalur", "sabuk", "belt", "road", "ai",
	// English words that open sentences and headlines
	"earlier", "later", "meanwhile", "however", "also", "still", "separately", "last", "next",
	"after", "before", "while", "although", "since", "despite", "according", "analysts",
	"officials", "experts", "critics", "leaders", "both", "many", "some", "several", "other",
	"there", "here", "when", "where", "what", "which", "who", "why", "how", "if", "as", "with",
	"from", "by", "to", "his", "her", "their", "its", "our", "my", "your", "i", "you", "not",
	"no", "yes", "today", "yesterday", "tomorrow", "now", "then", "so", "all", "more", "most",
	"during", "under", "over", "about", "between", "among", "into", "through", "against",
	"former",
)

// eventHeads begin names of events, documents, programmes and slogans, which
// are none of the four entity types ("KTT ...", "Deklarasi Astana",
// "Inisiatif Sabuk dan Jalan"); tagger spans starting with them are dropped.
var eventHeads = set(
	"ktt", "konferensi", "deklarasi", "perjanjian", "inisiatif", "semangat", "kemitraan",
	"pernyataan", "nota", "memorandum", "traktat", "konvensi", "program", "proyek", "forum",
	"festival", "pekan", "hari", "tahun", "operasi", "summit", "declaration", "treaty",
	"initiative", "agreement", "convention", "programme", "project", "conference", "spirit",
	"partnership", "strategy", "strategi", "visi", "vision", "kesepakatan", "dialog", "dialogue",
	"lokakarya", "workshop", "seminar", "pameran", "expo", "olimpiade", "piala", "cup",
	"mekanisme", "mechanism", "koridor", "corridor", "rencana", "plan", "agenda",
	// statuses of relations ("Mitra Strategis Komprehensif", "Strategic Partner")
	"mitra", "partner", "status",
	// laws, charters and awards ("Undang-Undang Cipta Kerja", "Piagam PBB",
	// "Hadiah Nobel Perdamaian")
	"undang", "uu", "peraturan", "perpres", "keppres", "resolusi", "resolution", "piagam",
	"charter", "konstitusi", "constitution", "hadiah", "penghargaan", "award", "prize",
)

// notTagged are words the tagger may mark that are none of the four types
// when they stand alone: religions, peoples and languages ("Islam",
// "Muslim", "Uighur", "Mandarin").
var notTagged = set(
	"islam", "muslim", "muslims", "kristen", "katolik", "protestan", "buddha", "buddhis", "hindu",
	"yahudi", "christian", "catholic", "buddhist", "jewish", "uighur", "uyghur", "uighurs",
	"uyghurs", "melayu", "malay", "mandarin", "arab", "sunni", "syiah", "shia", "rohingya",
	"tuhan", "allah", "god", "ramadan", "ramadhan", "idul", "lebaran", "natal", "imlek",
	// Indonesian acronyms of kinds of people: citizens, foreigners, migrant workers
	"wni", "wna", "tki", "tkw",
)

// languageWords name a language before a country's name ("bahasa Inggris",
// "bahasa Rusia"): the country inside is no mention of its own.
var languageWords = set("bahasa", "language")

// currencyWords name currencies before their country ("dolar AS", "dolar
// Singapura", "yuan China"); the country inside is no mention of its own.
var currencyWords = set(
	"dolar", "dollar", "dollars", "yuan", "renminbi", "rupiah", "won", "yen", "euro", "rubel",
	"ruble", "rouble", "ringgit", "baht", "peso", "rupee", "rupe", "pound", "poundsterling",
	"franc", "frank", "lira", "tenge", "som", "somoni", "manat", "sum", "riyal", "dirham", "dinar",
)

// titleAbbrevs are Indonesian abbreviated offices written like names
// ("kata Mendagri", "Kapolri Listyo ..."); they are titles, never names.
var titleAbbrevs = set(
	"menlu", "mendagri", "menkeu", "menhan", "menkumham", "menpora", "mendikbud", "mendikbudristek",
	"menkes", "menaker", "mentan", "menperin", "mendag", "menparekraf", "menpan", "menag", "menhub",
	"menpupr", "mensos", "menkominfo", "menlhk", "menesdm", "menbumn", "mendes", "mensesneg",
	"menkop", "menteri", "kapolri", "kapolda", "kapolres", "wapres", "sekjen", "dirut", "kasad",
	"kasal", "kasau", "danjen", "pangdam", "wamenlu", "wamen", "jubir", "dubes", "mensetneg",
)

// roman numerals number bodies ("Komisi III DPR", "Kabinet Indonesia Bersatu
// II"); they are parts of names, never names of persons.
var roman = set("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

// arabicParticles and European name particles are lower-case words inside
// personal names ("Faisal bin Bandar", "Abdel Fattah el-Sisi", "Ursula von
// der Leyen", "Luiz Inácio Lula da Silva").
var arabicParticles = set("bin", "binti", "ibn", "al", "el", "van", "von", "der", "den", "da", "dos", "das", "del", "della")

// facilityHeads follow a person's name in the name of a place or institution
// named after the person ("King Khalid International Airport", "Soekarno-Hatta
// International", "Gelora Bung Karno Stadium", "Sultan Qaboos University").
var facilityHeads = set(
	"international", "airport", "university", "stadium", "hospital", "foundation",
	"institute", "center", "centre", "palace", "mosque", "school", "college", "library",
	"museum", "bridge", "port", "avenue", "street", "road", "hall", "square", "park",
)

// patronyms are the lower-case particles of Arabic and Malay patronymic
// names, "son of" and "daughter of" ("Mohamed bin Zayed", "Siti binti
// Abdullah", "Abdullah ibn Saud"): a name runs on across them.
var patronyms = set("bin", "binti", "bint", "ibn")

// militaryRanks are the ranks written between an office and its holder's
// name ("Kepala Bakamla Laksamana Madya X", "Panglima TNI Jenderal X").
var militaryRanks = set("jenderal", "jendral", "letjen", "mayjen", "brigjen", "laksamana", "laksdya", "laksda", "marsekal",
	"marsdya", "marsda", "kolonel", "general", "admiral")

// arabicArticles open the hyphenated parts of Arabic names in lower case
// ("al-Najjar", "el-Sisi", "ash-Sharaa", "ad-Dawsari"); see articlePart.
var arabicArticles = set("al", "el", "ad", "ash", "as", "ar", "at", "az", "an", "adh", "ath", "ul")

// servantOpeners open Arabic theophoric names, "servant of" and one of
// God's names ("Abdul Fatah", "Abdel Aziz", "Abdur Rahman"); see
// servantName.
var servantOpeners = set("abdul", "abdel", "abd", "abdur", "abdal", "abdil", "abdoul")

// nameParticles are words that double as titles but occur inside Indonesian
// and Arabic personal names ("Lukman Hakim Saifuddin", "Sri Sultan Hamengku
// Buwono", "Anak Agung", "Imam"), allowed after a name's first word.
var nameParticles = set("hakim", "putra", "putri", "raja", "ratu", "imam", "sultan", "bin", "binti", "al")

// months open the date of an English dateline ("KORLA, June 3 (Reuters) -").
var months = set(
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
	"sept", "oct", "nov", "dec", "januari", "februari", "maret", "mei", "juli", "agustus",
	"oktober", "desember",
)

// adminHeads classify the place name after them and are not part of it in
// the annotation ("Kota Korla" is Korla, "Provinsi Gansu" is Gansu).
var adminHeads = set(
	"kota", "provinsi", "kabupaten", "kecamatan", "desa", "kelurahan", "distrik", "prefektur",
	"oblast", "wilayah", "daerah", "city", "province", "prefecture", "county", "district",
)

// featureHeads begin the names of geographic features and are part of them
// ("Pulau Natuna Besar", "Sungai Mekong", "Gunung Merapi", "Mount Fuji").
var featureHeads = set(
	"pulau", "kepulauan", "gunung", "pegunungan", "sungai", "danau", "teluk", "selat", "tanjung",
	"semenanjung", "gurun", "lembah", "laut", "samudra", "samudera", "mount", "lake", "cape",
)

// featureTails end English names of geographic features ("Mekong River",
// "Taiwan Strait", "Gobi Desert", "Spratly Islands").
var featureTails = set(
	"river", "strait", "desert", "island", "islands", "mountains", "sea", "ocean", "bay",
	"peninsula", "valley", "lake", "gulf", "canal", "archipelago",
)

// articles may open an apposition before the role ("Name, a professor",
// "Name, seorang peneliti", "Name, salah satu pendiri").
var articles = set("a", "an", "the", "seorang", "salah", "satu", "sang")

// shipPrefixes stand before a ship's name ("KRI", Indonesian navy; "KN",
// government vessels; "KM", merchant ships; "USS", "HMS", "MV"). Ships are
// none of the four entity types, even when named after a place.
var shipPrefixes = set("KRI", "KN", "KM", "KMP", "MV", "MT", "USS", "HMS", "HMAS", "INS", "RSS", "BRP", "HMNZS", "JS")

// numberWords are Indonesian numbers that are also the names of places
// ("Lima"); placePreps put a place after them; functionWords are words a
// number never counts ("di Lima pada 2024").
var (
	numberWords   = set("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh")
	placePreps    = set("di", "ke", "dari", "in", "to", "from", "at")
	functionWords = set("pada", "dan", "yang", "untuk", "dengan", "sejak", "hingga", "sampai", "oleh", "serta", "atau", "ini", "itu", "tersebut")
)

// conjunctions join two names, two bodies or two parts of a portfolio
// ("Menteri Pemuda dan Olahraga", "Kazakhstan dan Tajikistan").
var conjunctions = set("dan", "and")

// partyHeads open a party's name; Indonesian party names mostly take one
// word after the head ("Partai Demokrat Nurhayati ...": the rest is a person).
var partyHeads = set("partai", "party")

// speakerPreps may stand between an English reporting verb and the speaker
// ("said to Anwar", "told by Li").
var speakerPreps = set("to", "by")

// byWords are credit labels that take the name directly ("By Jane Doe",
// "oleh Rina"); in running text they are prepositions, so they only start a
// credit at the head of a line.
var byWords = set("by", "oleh")

// photoWords label a photo credit before a slash ("Foto/Jane Doe").
var photoWords = set("foto", "photo")

// creditPlacePreps introduce where a credited reporter filed from ("Jane
// Smith in Astana and Liz Lee in Beijing").
var creditPlacePreps = set("in", "di")

// bylineRoles close a byline in capitals ("CLIFF VENZON, Nikkei staff writer").
var bylineRoles = set("writer", "correspondent", "wartawan", "koresponden")

// leadArticles may open a role in apposition ("Li Wen, a professor ...",
// "Rina, seorang peneliti ...").
var leadArticles = set("a", "an", "the", "seorang")

// notRoleOpeners are apposition words that open a clause or a partitive, not
// a role ("Li, who ...", "Rina, salah satu ...").
var notRoleOpeners = set("who", "salah")

// rolePreps are the lower-case prepositions a role in apposition runs
// through ("direktur di Universitas Fudan", "professor at Harvard").
var rolePreps = set("di", "at", "in", "dari", "pada", "to", "ke")

// bodyPreps join a title to the body its holder serves ("a spokesman for
// Human Rights Watch", "the head of Hamas", "juru bicara dari Palang Merah"):
// the capitalised words right after one name the body, not the holder.
var bodyPreps = set("for", "of", "at", "from", "with", "untuk", "dari", "bagi", "pada", "di")

// attributions introduce a speaker whatever their case ("Menurut Guo, ...",
// "menurut Rina"), unlike reporting verbs, which a capital makes a heading.
var attributions = set("menurut")

// venueHeads name a building or venue before its name in Indonesian
// ("Istana Bogor", "Gedung Sate", "Wisma Negara", "Bandara Soekarno-Hatta",
// "Hotel Melati", "Kebun Raya Bogor"): the name is a place.
var venueHeads = set(
	"istana", "gedung", "wisma", "balai", "bandara", "hotel", "museum", "stadion", "masjid",
	"katedral", "graha", "keraton", "kebun", "aula", "pendopo", "benteng", "monumen",
)

// venueTails name a building or venue after its name in English ("Bogor
// Presidential Palace", "Hotel Indonesia Kempinski" aside, "Marina Bay
// Sands Hotel", "Great Hall", "Changi Airport"): the name is a place.
var venueTails = set(
	"palace", "hotel", "resort", "hall", "airport", "stadium", "gardens", "museum", "mosque",
	"cathedral", "arena",
)

// venueQualifiers say whose or what kind of building a venue is; a venue
// named by them alone ("Presidential Palace", "Istana Presiden") is a
// description, not a name.
var venueQualifiers = set(
	"presidential", "kepresidenan", "presiden", "royal", "grand", "great", "national", "nasional",
	"international", "internasional", "state", "negara", "kerajaan", "imperial", "old", "new",
	"main", "utama", "besar", "the",
)

// platforms are the media platforms whose name opens an account's name
// ("akun YouTube Sekretariat Presiden", "Instagram Kemlu RI").
var platforms = set("youtube", "instagram", "twitter", "facebook", "tiktok", "telegram", "whatsapp")

// malayHonorifics open a Malay style of rank before a name ("Dato' Sri Anwar",
// "Datuk Seri Najib", "Tan Sri Muhyiddin", "Tun Mahathir"); malayStyles are
// the grades that follow them.
var (
	malayHonorifics = set("dato", "datuk", "datin", "tan", "tun", "toh")
	malayStyles     = set("sri", "seri", "paduka", "puan")
)

// secretariats are heads of bodies named after the body they serve
// ("Sekretariat ASEAN", "Secretariat APEC").
var secretariats = set("sekretariat", "secretariat")

// englishHeads are the English organisation heads, which a state's name or
// demonym may open ("Kyrgyz Chamber of Commerce"); an Indonesian name puts the
// state after the head ("Kamar Dagang Indonesia").
var englishHeads = set(
	"ministry", "university", "institute", "agency", "center", "centre", "department",
	"secretariat", "commission", "council", "party", "association", "organization",
	"organisation", "foundation", "committee", "academy", "authority", "bureau", "office",
	"federation", "corporation", "company", "administration", "college", "school", "court",
	"parliament", "congress", "senate", "army", "navy", "chamber", "embassy", "consulate",
)

// lowerFeatureHeads are the heads of seas and their like that Indonesian
// often writes in lower case before the name ("laut China Selatan").
var lowerFeatureHeads = set("laut", "selat", "teluk", "semenanjung", "samudra", "samudera")

// webDomains are the top-level domains of news sites named by their address
// ("Zakon.kz", "Warta.id", "Kabar.co.id").
var webDomains = set(
	"com", "id", "net", "org", "news", "tv", "info", "online", "co", "kz", "kg", "uz", "tj", "tm",
	"my", "sg", "ph", "vn", "th", "la", "kh", "mm", "bn", "tl", "cn", "ru", "in", "au", "uk",
)

// mediaTails close the name of a news medium ("Channel News", "Warta
// Times", "Kenya Television Network", "Arise TV", "Radio Free Asia"), which
// a region may follow ("Channel News Asia"). They are organisation tails too.
var mediaTails = set(mediaTailWords...)

var mediaTailWords = []string{"news", "times", "post", "daily", "tv", "television", "radio"}
