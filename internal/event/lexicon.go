package event

// The trigger lexicon. Every entry is a construction of Indonesian or English news
// prose, written for the language (not copied from any text), with the reason it
// signals the event. Words are matched lower-cased; a pattern is a sequence of
// positions, each a set of alternatives separated by "|". Nominal forms with the
// enclitic -nya ("pembicaraannya") are matched by stripping it (see tokenKey).

// triggerKind says how a trigger finds its arguments.
type triggerKind int

const (
	// verbal: a finite verb; the subject precedes it, the partner follows
	// ("dengan X", "with X") or is its object.
	verbal triggerKind = iota
	// nominal: a noun naming the event ("pertemuan bilateral", "kunjungan",
	// "talks"); it reports an event only when the sentence names two parties or an
	// anaphor resolves them, because the bare noun is often generic.
	nominal
	// summit: a noun for a gathering of many parties ("KTT", "summit"); it reports
	// an event only with a predicate of holding or attending, or its own date.
	summit
	// sign: a verb or noun of signing or adopting; it needs an agreement-like
	// object ("deklarasi", "agreement") near it.
	sign
)

type trigger struct {
	typ, mode string
	kind      triggerKind
	pattern   string
	// passive: the document or the visited party precedes the trigger
	// ("Deklarasi Bali ditandatangani", "dikunjungi").
	passive bool
	// personObject: the trigger reports the event only with a person as its
	// object (after it, or before it when passive): "menyambut Presiden Xi" is an
	// arrival, "menyambut baik keputusan itu" (to welcome a decision) is not.
	personObject bool
	// namedDoc: the trigger reports a signing only when the text has a proper
	// name ("Konsensus Lima Poin disepakati para pemimpin"): agreeing on an
	// unnamed point is a deal merely reached, not a signed text.
	namedDoc bool
	// personSubject: the trigger reports the event only right after a person
	// or a pronoun, its subject ("Modi terakhir ke Rusia pada ..."): the
	// words alone are too common to stand for the event.
	personSubject bool
	// placeClause: the trigger reports the event only in a relative clause on
	// a place ("Hanoi, where the Japanese leader travelled on Sunday"), whose
	// antecedent is the destination the verb leaves out.
	placeClause bool
	// placeObject: the trigger reports the event only with a place or a
	// state right after it, its destination ("datang ke Jakarta"): the
	// words alone are too common ("datang ke acara itu", came to the event).
	placeObject bool
}

// triggers lists the event constructions. CONSULT and AGREE are scored and come
// first; the other PLOVER types are printed with a smaller lexicon.
var triggers = []trigger{
	// CONSULT meet. Indonesian meeting verbs in the ber- (intransitive, reciprocal)
	// form take the partner with "dengan": "X bertemu dengan Y", "X dan Y bertemu".
	{"CONSULT", "meet", verbal, "bertemu|berjumpa|berunding|berdialog|berbincang|berbincang-bincang|berdiskusi|bersua", false, false, false, false, false, false},
	// "beraudiensi dengan" (to have an audience with): a courtesy meeting, often
	// of an ambassador with a head of region or state.
	{"CONSULT", "meet", verbal, "beraudiensi", false, false, false, false, false, false},
	// "bertatap muka" is an idiom for a face-to-face meeting.
	{"CONSULT", "meet", verbal, "bertatap muka", false, false, false, false, false, false},
	// Light-verb constructions: a holding verb plus a noun of talks. Indonesian
	// prefers these to the simple verb in formal news ("mengadakan pembicaraan").
	{"CONSULT", "meet", verbal, "mengadakan|menggelar|melakukan|melangsungkan|menyelenggarakan|mengikuti pembicaraan|perundingan|pertemuan|dialog|negosiasi|konsultasi|perbincangan|diskusi|audiensi", false, false, false, false, false, false},
	{"CONSULT", "meet", verbal, "mengadakan|menggelar|melakukan|melangsungkan pembicaraan|pertemuan|perundingan bilateral|resmi|tertutup|empat", false, false, false, false, false, false},
	// Passive of the light-verb construction: "pembicaraan digelar", "pertemuan diadakan".
	{"CONSULT", "meet", nominal, "pertemuan|pembicaraan|perundingan bilateral", false, false, false, false, false, false},
	// The bare nouns of talks; nominal, so they need two parties in the sentence
	// ("dalam pembicaraan dengan Albanese, Prabowo ...").
	// ("perundingan"/"negotiations" alone name a process, "memulai
	// perundingan CEPA", not a meeting; they count after a holding verb)
	{"CONSULT", "meet", nominal, "pembicaraan|pertemuan|perbincangan", false, false, false, false, false, false},
	// "berbicara" (to speak) is a meeting only with a partner or a channel:
	// "berbicara dengan", "berbicara melalui telepon dengan".
	{"CONSULT", "meet", verbal, "berbicara|bicara|berbincang dengan|bersama|melalui|lewat|via", false, false, false, false, false, false},
	{"CONSULT", "meet", verbal, "spoke|talked via|by|over", false, false, false, false, false, false},
	// Nouns of a telephone or video call: "dalam percakapan telepon",
	// "sambungan telepon", "a phone call with"; the phone cue sets the mode.
	{"CONSULT", "phone", nominal, "percakapan|pembicaraan|sambungan|panggilan|pembicaraan telepon|telefon|video", false, false, false, false, false, false},
	{"CONSULT", "phone", nominal, "phone|telephone|video call|calls|conversation|talks", false, false, false, false, false, false},
	// Calling by telephone; the phone cue sets the mode.
	{"CONSULT", "meet", verbal, "menelepon|bertelepon|menghubungi", false, false, false, false, false, false},
	// Receiving a guest is meeting them: "Presiden menerima Menteri X", "X
	// diterima Presiden Y", "was received by"; a person must be the object
	// ("menerima bantuan", receiving aid, is not a meeting).
	{"CONSULT", "meet", verbal, "menerima", false, true, false, false, false, false},
	{"CONSULT", "meet", verbal, "diterima", true, true, false, false, false, false},
	{"CONSULT", "meet", verbal, "received", false, true, false, false, false, false},
	// Receiving a visit or a courtesy call is a meeting in the host's office
	// ("Menlu menerima kunjungan kehormatan Menlu X"); the guest came to the
	// host's country, so Extract adds the guest's visit (see guestVisit).
	{"CONSULT", "meet", verbal, "menerima kunjungan", false, false, false, false, false, false},
	{"CONSULT", "meet", nominal, "kunjungan kehormatan", false, false, false, false, false, false},
	{"CONSULT", "meet", nominal, "courtesy call", false, false, false, false, false, false},
	// "sat down with", "duduk bersama": talks in the press's idiom.
	{"CONSULT", "meet", verbal, "sat|sits|sit|sitting down with", false, false, false, false, false, false},
	{"CONSULT", "meet", verbal, "duduk bersama|semeja", false, false, false, false, false, false},
	// "konsultasi bilateral", "dialog bilateral": a consultation round between
	// two governments (nominal, so it needs its parties).
	{"CONSULT", "meet", nominal, "konsultasi|dialog|consultations|dialogue bilateral", false, false, false, false, false, false},
	// English meeting verbs and the light-verb "held talks".
	{"CONSULT", "meet", verbal, "met|meets|meet", false, false, false, false, false, false},
	{"CONSULT", "meet", verbal, "held|hold|holds|holding|had|have conducted talks|meeting|meetings|discussions|negotiations|consultations", false, false, false, false, false, false},
	{"CONSULT", "meet", verbal, "held|hold|holds|holding|had bilateral talks|meeting", false, false, false, false, false, false},
	{"CONSULT", "meet", verbal, "talked|spoke|negotiated|conferred", false, false, false, false, false, false},
	{"CONSULT", "meet", nominal, "talks|meeting", false, false, false, false, false, false},
	// A leaders' retreat is an informal summit of two (or a few) heads of
	// government: "the leaders' retreat in Singapore", "their annual retreat"
	// (qualified, since a bare "retreat" is also a military withdrawal). Read
	// as a summit (a holding predicate, its own date, or the setting of another
	// event), but a meeting of the two unless three states or more take part.
	{"CONSULT", "meet", summit, "leaders|leaders'|leaders’|annual|informal retreat", false, false, false, false, false, false},
	{"CONSULT", "meet", summit, "leaders '|’ retreat", false, false, false, false, false, false},
	// A banquet or meal one leader hosts for another is a meeting of the two:
	// "hadir pada jamuan makan siang yang diadakan Presiden X", "a state banquet
	// hosted by X" (nominal, so it needs both parties in the sentence).
	{"CONSULT", "meet", nominal, "jamuan", false, false, false, false, false, false},
	// "Putin menjamu Modi makan malam", "Modi dijamu oleh Putin": hosting a
	// guest at a meal is meeting them (a person must be the guest).
	{"CONSULT", "meet", verbal, "menjamu", false, true, false, false, false, false},
	{"CONSULT", "meet", verbal, "dijamu", true, true, false, false, false, false},
	{"CONSULT", "meet", nominal, "state banquet|dinner|luncheon", false, false, false, false, false, false},
	{"CONSULT", "meet", nominal, "banquet|luncheon", false, false, false, false, false, false},
	// "After speaking with President X": talks, when a person is the partner
	// ("speaking with reporters" is none).
	{"CONSULT", "meet", verbal, "speaking|speaks|talking with|to", false, true, false, false, false, false},
	{"CONSULT", "meet", nominal, "bilateral talks|meeting", false, false, false, false, false, false},

	// CONSULT visit. Indonesian visit verbs and nouns; "kunjungan kenegaraan" is a
	// state visit, "lawatan" a (foreign) trip, "bertandang" a colloquial visit.
	{"CONSULT", "visit", verbal, "berkunjung|mengunjungi|melawat|bertandang|menyambangi", false, false, false, false, false, false},
	{"CONSULT", "visit", verbal, "dikunjungi|disambangi", true, false, false, false, false, false},
	{"CONSULT", "visit", nominal, "kunjungan|lawatan", false, false, false, false, false, false},
	// Arrival in the host country is the start of a visit: "X tiba di Hanoi".
	{"CONSULT", "visit", verbal, "tiba|mendarat di|ke", false, false, false, false, false, false},
	// Indonesian drops the verb of going after an adverb of time: "Modi
	// terakhir ke Rusia pada 8 Juli 2024" (last went to Russia), "Ia pernah ke
	// Tokyo", "sempat ke Beijing". Only right after its subject.
	{typ: "CONSULT", mode: "visit", kind: verbal, pattern: "terakhir|pernah|sempat ke", personSubject: true},
	// "datang ke Jakarta" (came to Jakarta): the plain verb of coming, a
	// visit only with a place or a state as its destination.
	{typ: "CONSULT", mode: "visit", kind: verbal, pattern: "datang ke", placeObject: true},
	// The host welcoming the guest ("Anwar menyambut Prabowo di bandara", "Prabowo disambut
	// oleh ..."): a visit by the welcomed party.
	{"CONSULT", "visit", verbal, "menyambut", false, true, false, false, false, false},
	{"CONSULT", "visit", verbal, "disambut", true, true, false, false, false, false},
	// English visit verbs and arrival.
	{"CONSULT", "visit", verbal, "visit|visits|visited|visiting", false, false, false, false, false, false},
	{"CONSULT", "visit", verbal, "arrived|arrives|landed in|on", false, false, false, false, false, false},
	// "Albanese arrived late on Thursday": an arrival with no destination named is
	// to the story's place (the dateline's country); only right after its
	// subject, since things and times arrive too.
	{typ: "CONSULT", mode: "visit", kind: verbal, pattern: "arrived|arrives|landed", personSubject: true},
	// Travelling to a country is visiting it: "Chinh travelled to Berlin",
	// "flew to Jakarta for talks" (the destination is the host).
	{"CONSULT", "visit", verbal, "travelled|traveled|travels|flew|flies to", false, false, false, false, false, false},
	// "travels on to Samarkand", "flew on to Canberra": the next leg of a
	// tour; "heads to Tokyo", "headed to Tokyo": going there, in the press's
	// idiom ("head" is a noun too, so only with "to" right after it).
	{"CONSULT", "visit", verbal, "travelled|traveled|travels|flew|flies|headed|heads on to", false, false, false, false, false, false},
	{"CONSULT", "visit", verbal, "headed|heads to", false, false, false, false, false, false},
	// "Hanoi, where the Japanese leader travelled on Sunday", "Tokyo, tempat
	// Ishiba terbang": a clause on a place names where the traveller went.
	{typ: "CONSULT", mode: "visit", kind: verbal, pattern: "travelled|traveled|travels|flew|flies|terbang|bertolak", placeClause: true},
	{"CONSULT", "visit", verbal, "welcomed|welcomes|greeted|hosted", false, true, false, false, false, false},
	{"CONSULT", "visit", nominal, "trip|tour to|of", false, false, false, false, false, false},

	// CONSULT multilateral: nouns of summits and conferences. "KTT" (Konferensi
	// Tingkat Tinggi) and "pertemuan puncak" are summits; "konferensi", "forum" and
	// "sidang" are gatherings that need a holding predicate (see summitPredicates).
	{"CONSULT", "multilateral", summit, "ktt", false, false, false, false, false, false},
	{"CONSULT", "multilateral", summit, "konferensi tingkat tinggi", false, false, false, false, false, false},
	{"CONSULT", "multilateral", summit, "pertemuan puncak", false, false, false, false, false, false},
	// "pertemuan tingkat tinggi" (high-level meeting) names a summit.
	{"CONSULT", "multilateral", summit, "pertemuan|konferensi tingkat tinggi", false, false, false, false, false, false},
	{"CONSULT", "multilateral", summit, "pertemuan|konferensi|sidang tingkat menteri", false, false, false, false, false, false},
	{"CONSULT", "multilateral", summit, "konferensi|forum|sidang|muktamar|kongres", false, false, false, false, false, false},
	{"CONSULT", "multilateral", summit, "summit|summits|conference|forum", false, false, false, false, false, false},

	// AGREE sign. Indonesian signing in every voice: active "menandatangani", passive
	// "ditandatangani", nominal "penandatanganan"; colloquial "meneken"/"diteken";
	// adoption "mengadopsi"/"diadopsi"/"mengesahkan"; issuing a joint text
	// "mengeluarkan/menerbitkan (deklarasi|pernyataan bersama)".
	// (ratification by a parliament is a domestic act after the signing, not a
	// signing: "meratifikasi", "ratified" are left out)
	{"AGREE", "sign", sign, "menandatangani|meneken|mengadopsi|mengesahkan|menyetujui", false, false, false, false, false, false},
	{"AGREE", "sign", sign, "ditandatangani|diteken|diadopsi|disahkan", true, false, false, false, false, false},
	{"AGREE", "sign", sign, "penandatanganan|pengesahan|peneken", false, false, false, false, false, false},
	{"AGREE", "sign", sign, "mengeluarkan|menerbitkan|merilis|mengumumkan deklarasi|pernyataan|komunike", false, false, false, false, false, false},
	// Agreeing on a named text is adopting it: "Konsensus Lima Poin disepakati
	// para pemimpin", "agreed on the Bali Concord"; unnamed deals are not.
	{"AGREE", "sign", sign, "menyepakati|bersepakat", false, false, true, false, false, false},
	{"AGREE", "sign", sign, "disepakati", true, false, true, false, false, false},
	// English passive: "the memorandum was signed by ...", "had been inked".
	{"AGREE", "sign", sign, "was|were|been|being signed|inked|adopted", true, false, false, false, false, false},
	// An adverb may stand between the auxiliary and the participle ("was also
	// signed", "were later inked", "has been formally adopted"): still passive.
	{"AGREE", "sign", sign, "was|were|been also|later|formally|jointly|officially|then|subsequently|finally signed|inked|adopted", true, false, false, false, false, false},
	// English: "signed", "inked", "adopted", "issued a joint statement".
	{"AGREE", "sign", sign, "signed|signs|sign|signing|inked|inks|ink|adopted|adopts", false, false, false, false, false, false},
	{"AGREE", "sign", sign, "issued|issue|issues|released a|an joint|final statement|declaration|communique", false, false, false, false, false, false},
	// Exchanging signed texts at a ceremony is their signing: "exchanged four
	// memoranda of understanding", "bertukar nota kesepahaman", "pertukaran
	// MoU" (a signing needs its text, so "exchanged views" is none).
	{"AGREE", "sign", sign, exchangeWords, false, false, false, false, false, false},

	// Other PLOVER types, printed but not yet scored. Kept to unambiguous verbs.
	// SUPPORT: explicit endorsement of another party.
	{"SUPPORT", "", verbal, "mendukung|menyokong|supports|supported|endorsed|endorses", false, false, false, false, false, false},
	// COOPERATE: an agreement to cooperate without a signed text.
	{"COOPERATE", "", verbal, "sepakat|bersepakat|menyepakati|agreed", false, false, false, false, false, false},
	// AID: giving aid.
	{"AID", "", verbal, "menyalurkan|mengirimkan|memberikan bantuan", false, false, false, false, false, false},
	{"AID", "", verbal, "provided|sent|delivered aid|assistance", false, false, false, false, false, false},
	// REQUEST: a formal demand or appeal to another party.
	{"REQUEST", "", verbal, "mendesak|meminta|menuntut|urged|urges|demanded|asked", false, false, false, false, false, false},
	// ACCUSE, REJECT, THREATEN, PROTEST, SANCTION.
	{"ACCUSE", "", verbal, "menuduh|menuding|mengecam|accused|accuses|condemned|condemns", false, false, false, false, false, false},
	{"REJECT", "", verbal, "menolak|rejected|rejects|refused", false, false, false, false, false, false},
	{"THREATEN", "", verbal, "mengancam|threatened|threatens", false, false, false, false, false, false},
	{"PROTEST", "", verbal, "memprotes|berunjuk rasa|berdemonstrasi|protested|demonstrated", false, false, false, false, false, false},
	{"SANCTION", "", verbal, "menjatuhkan|memberlakukan|mengenakan sanksi|embargo", false, false, false, false, false, false},
	{"SANCTION", "", verbal, "imposed|imposes sanctions|tariffs|an", false, false, false, false, false, false},
	// MOBILIZE, ASSAULT, RETREAT.
	{"MOBILIZE", "", verbal, "mengerahkan|menyiagakan|deployed|mobilized|mobilised", false, false, false, false, false, false},
	{"ASSAULT", "", verbal, "menyerang|membom|mengebom|attacked|bombed|shelled", false, false, false, false, false, false},
	{"RETREAT", "", verbal, "menarik pasukan|mundur", false, false, false, false, false, false},
	{"RETREAT", "", verbal, "withdrew|withdraws troops|forces", false, false, false, false, false, false},
}

// Summit predicates are verbs that assert that a gathering took place, was held or
// was attended. A summit noun without one (and without a date of its own) is a
// reference, not a report: "KTT itu akan membuka ruang baru" or "the summit's
// importance". They are grouped by where the summit stands: an active transitive
// verb takes the summit as its object after it ("menghadiri KTT", "hosted the
// summit"); a passive verb has it as subject before it ("KTT ... digelar", "the
// summit was held"); an intransitive verb of gathering may stand on either side
// ("berkumpul ... untuk menghadiri KTT", "KTT berlangsung").
var summitActive = words(
	// attendance nouns: "kehadiran Presiden X pada KTT", "attendance at the summit"
	"kehadiran", "partisipasi", "attendance", "participation",
	// the opening, closing or sidelines of a summit presuppose it was held:
	// "pada pembukaan KTT ke-50", "di sela KTT", "on the sidelines of the summit"
	"pembukaan", "penutupan", "sela", "sela-sela", "opening", "closing", "sidelines", "margins",
	"menyelenggarakan", "menggelar", "mengadakan", "melangsungkan", "membuka", "menutup",
	"menghadiri", "mengikuti", "memimpin", "hosted", "hosts", "host", "attended", "attend", "attends",
	"attending", "convened", "chaired", "joined",
	// holding a summit: "Lee and Tokayev held a summit at ..."
	"held", "hold", "holds",
)
var summitPassive = words(
	"diselenggarakan", "digelar", "diadakan", "dilangsungkan", "dibuka", "ditutup", "dihadiri",
	"diikuti", "dipimpin", "held", "convened",
)
var summitNeutral = words("berlangsung", "berkumpul", "hadir", "berpartisipasi", "gathered", "took",
	// its start or end presupposes it was held: "KTT ... dimulai", "the summit
	// kicked off", "concluded on Thursday" ("kicks" only with "off")
	"dimulai", "berakhir", "kicks", "kicked", "began", "begins", "concluded", "concludes", "ended", "ends",
	// "X opened the summit" and "the summit opened on Monday"
	"opened", "opens")

// documentHeads are nouns that name a signed or adopted text; a signing trigger
// needs one as its object ("menandatangani pernyataan bersama").
var documentHeads = words(
	"deklarasi", "pernyataan", "perjanjian", "kesepakatan", "nota", "memorandum", "mou",
	"traktat", "piagam", "komunike", "dokumen", "kontrak", "protokol", "persetujuan", "konvensi",
	"traktat", "akta", "naskah", "kerangka", "rencana", "peta", "pengaturan", "konsensus",
	"plan", "roadmap", "arrangement", "arrangements", "consensus",
	// a programme of cooperation and an exchange of notes are signed texts too
	"program", "programme", "notes",
	// treaty acronyms used as names: CEPA, FTA, PTA, EPA, BIT
	"cepa", "fta", "pta", "epa", "bit",
	"declaration", "declarations", "statement", "statements", "agreement", "agreements", "treaty", "treaties",
	"memorandum", "memoranda", "memorandums", "deklarasi-deklarasi", "perjanjian-perjanjian",
	"mou", "mous", "communique", "communiqué", "charter", "document", "documents", "contract",
	"contracts", "accord", "accords", "deal", "deals", "protocol", "convention", "pact",
	// "pakta pertahanan" (defence pact)
	"pakta", "pacts",
)

// receivedThings are what one receives from a person without meeting them
// ("menerima undangan X", accepting X's invitation; "menerima surat",
// "received a letter from"): after a verb of receiving they make it no
// meeting.
var receivedThings = words(
	"undangan", "tawaran", "usulan", "laporan", "penghargaan", "bantuan", "hadiah", "surat", "pesan",
	"dukungan", "permintaan", "kritik", "gelar", "anugerah", "hibah", "donasi", "ucapan",
	"invitation", "offer", "proposal", "report", "award", "aid", "gift", "letter", "message", "support",
	"request", "criticism", "honorary", "donation",
)

// phoneCues mark talks held by telephone or video link ("secara virtual",
// "pertemuan daring": online).
var phoneCues = words("telepon", "telefon", "menelepon", "bertelepon", "phone", "telephone", "phoned", "video", "virtual", "daring")

// plannedCues before a trigger make it a plan or an expectation, not a report.
// "sepakat untuk menyelenggarakan" (agreed to hold) is a plan too.
var plannedCues = words(
	"sepakat", "setuju", "berjanji", "berkomitmen", "agreed", "pledged", "promised",
	// an invitation or a wish is not a report: "undangan ... untuk berkunjung"
	"undangan", "mengundang", "diundang", "ingin", "berharap", "invited", "invitation", "hopes", "wants",
	// an intention, fulfilled or not: "Tokyo had hoped to sign ...", "sought to"
	"hoped", "wanted", "sought", "intended", "aimed", "bermaksud", "berupaya",
	"rencana", "rencananya", "idealnya",
	// a proposal is not a report: "usulan Jepang untuk menggelar perundingan",
	// "proposed holding talks"
	"usulan", "usul", "mengusulkan", "diusulkan", "proposal", "proposed", "proposes",
	// an obligation still open: "masih harus diratifikasi", "must be ratified"
	"harus", "perlu", "must", "needs",
	// what ought to happen: "kedua negara seharusnya lebih sering menggelar
	// dialog", "should hold talks"
	"seharusnya", "sebaiknya", "semestinya", "should", "ought",
	"akan", "bakal", "hendak", "dijadwalkan", "direncanakan", "berencana", "rencananya",
	"diharapkan", "menjelang", "mendatang",
	"will", "scheduled", "plans", "planned", "planning", "expected", "upcoming", "ahead",
)

// denialCues anywhere before a trigger in its clause deny it: "Kemlu
// membantah kabar bahwa Menlu X bertemu ...", "denied that they met".
var denialCues = words("bantah", "membantah", "dibantah", "menyangkal", "disangkal", "menampik", "menepis", "ditepis", "denied", "denies",
	"deny", "dismissed")

// negationCues before a trigger deny it.
var negationCues = words("tidak", "tak", "belum", "bukan", "gagal", "not", "never", "didn't", "didnt", "failed", "no")

// cancelCues anywhere in the trigger's clause cancel or postpone it. English
// "postponed" mirrors "ditunda", and "diundur" is its synonym.
var cancelCues = words("batal", "dibatalkan", "membatalkan", "ditunda", "menunda", "diundur", "cancelled", "canceled",
	"postponed", "scrapped")

// cancelPhrases are cancellations of more than one word: a particle verb
// cancels only with its particle ("called off", "was put off"; "what both
// sides called a candid exchange" and "put forward" cancel nothing).
var cancelPhrases = phrases("called off", "call off", "calls off", "put off", "puts off", "put on hold")

// pairAnaphors refer to the two parties of the preceding event: "kedua kepala
// negara", "kedua pemimpin", "keduanya", "kedua belah pihak", "the two leaders".
var pairAnaphors = []string{
	"kedua kepala negara", "kedua pemimpin", "kedua presiden", "kedua menteri", "kedua tokoh",
	"kedua belah pihak", "kedua pihak", "kedua negara", "keduanya", "kedua menlu", "kedua menteri luar negeri",
	"kedua pemerintah", "the two governments", "the two ministers", "the two foreign ministers", "both ministers",
	"both governments",
	"the two leaders", "the two presidents", "both leaders", "both sides", "the two sides",
	"the two countries", "both countries",
}

// personPairAnaphors are the pair anaphors that name two people, not two
// states: they resolve to an event between two named people.
var personPairAnaphors = []string{
	"kedua kepala negara", "kedua pemimpin", "kedua presiden", "kedua menteri", "kedua tokoh", "kedua menlu",
	"the two leaders", "the two presidents", "both leaders", "the two ministers", "the two foreign ministers",
	"both ministers",
}

// groupAnaphors refer to the participants of a preceding multilateral gathering:
// "keenam negara itu", "para pemimpin", "the leaders".
var groupAnaphors = []string{
	"ketiga negara", "keempat negara", "kelima negara", "keenam negara", "ketujuh negara",
	"kedelapan negara", "kesembilan negara", "kesepuluh negara", "para pemimpin", "negara-negara itu",
	"negara-negara tersebut", "mereka", "the leaders", "the countries", "they",
}

// thenCues say the event happened when the one just reported did: "Saat itu
// kedua pemimpin menyaksikan ...", "at the time".
var thenCues = []string{"saat itu", "ketika itu", "kala itu", "waktu itu", "pada kesempatan itu", "at the time", "at that time", "on that occasion"}

// sameDayCues say the event happened on the day of the previous one.
var sameDayCues = []string{"pada hari yang sama", "di hari yang sama", "on the same day", "later that day", "hari itu"}

// locativePreps mark a following name as a place, not a party: "di Hanoi",
// "ke Vietnam", "in Hanoi". "dari"/"from" are left out: "para presiden dari
// lima negara" names the participants' origin, not where the event was.
var locativePreps = words("di", "ke", "in", "at", "to")

func words(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// union is the words of every set, for a set that is others' sum.
func union(sets ...map[string]bool) map[string]bool {
	m := map[string]bool{}
	for _, s := range sets {
		for w := range s {
			m[w] = true
		}
	}
	return m
}

// postDemonstratives after an event noun make it a reference to an event
// already reported: "kunjungan itu", "KTT ini", "pertemuan tersebut" (only the
// Indonesian ones: after an English noun "that" opens a relative clause).
var postDemonstratives = words("itu", "ini", "tersebut")

// clauseClosingDemonstratives close a relative clause on an event noun and
// refer back with it: "Dalam pertemuan ... yang berlangsung dua jam itu, ...".
var clauseClosingDemonstratives = words("itu", "tersebut")

// betweenWords after an event noun name its parties and so introduce the event
// ("pertemuan antara A dan B", "a meeting between A and B").
var betweenWords = words("antara", "between")

// jointBodyWords in a summit's name make it a body of two states ("Komite
// Perbatasan Bersama", "Joint Commission"): its session is their meeting.
var jointBodyWords = words("bersama", "joint", "bilateral")

// visitNouns are English "visit" forms that are nouns after a determiner.
var visitNouns = words("visit", "visits")

// englishDeterminers before an English noun trigger make it definite: "the
// visit", "this visit", "that visit".
var englishDeterminers = words("the", "this", "that")

// arrivalVerbs open a visit trigger that reports the arrival ("tiba di",
// "landed in"): the visit's first day.
var arrivalVerbs = words("tiba", "mendarat", "arrived", "arrives", "landed")

// pressWords next to a conference noun make it a press conference ("konferensi
// pers", "press conference", "news conference", "jumpa pers"): a briefing, not
// a gathering of parties.
var pressWords = words("pers", "persnya", "press", "news")

// approvalWords after "menyambut" make it approval, not a welcome of a guest:
// "menyambut baik komitmen X" (welcomed X's commitment).
var approvalWords = words("baik", "positif", "gembira")

// frontedAfterCues open a sentence with a clause whose event came before the
// main clause's: "After speaking with X, ...", "Setelah bertemu X, ...".
var frontedAfterCues = words("after", "following", "setelah", "sesudah", "seusai", "usai", "selepas")

// laterClause words after a comma open a clause of its own after the trigger's
// (a conjunction, a reason, a sequence): its time is its own event's ("...,
// as Y is contesting the election on May 14", "..., sementara X tiba Selasa").
// ("dan"/"and" are left out: after a comma they mostly join a list of names,
// "oleh Prabowo, yang saat itu menjabat Menhan, dan Marles di Canberra pada ...")
var laterClause = words("tetapi", "namun", "sementara", "sedangkan", "lalu", "kemudian", "karena", "sehingga",
	"but", "while", "because", "as", "following", "menyusul", "whereas",
	// a clause of sequence after a comma: "Albanese dijamu makan siang oleh
	// Prabowo, sebelum keduanya berunding di Istana pada Kamis"
	"sebelum", "setelah", "sesudah", "before", "after")

// partnerPreps introduce a meeting's partner: "bertemu dengan X", "met with X".
var partnerPreps = words("dengan", "with")

// untilWords before a time make it the last day of a span ("hingga Senin",
// "until Friday"): a lasting event (a summit, a visit) took place that day too.
var untilWords = words("until", "till", "hingga", "sampai")

// placeRelativizers after a comma open a relative clause on the place just
// named ("di Hanoi, tempat Prabowo tiba Selasa", "in Hanoi, where he arrived
// on Sunday"): its time is the clause's event's.
var placeRelativizers = words("tempat", "where")

// pathNouns after an opening verb make it the idiom of making something
// possible, not the opening of a gathering: "membuka jalan bagi pertemuan
// puncak" (paving the way for a summit), "membuka peluang", "opened the door to".
var pathNouns = words("jalan", "peluang", "ruang", "pintu", "kesempatan", "way", "door", "doors")

// meetingModifiers may stand between a meeting noun and the group that holds
// it: "pertemuan khusus para menteri", "pertemuan darurat para pemimpin".
var meetingModifiers = words("khusus", "darurat", "informal", "tahunan", "rutin", "luar", "tertutup", "puncak")

// venueNouns right after an arrival make it the arrival at a venue ("tiba di
// venue", "tiba di lokasi acara", "mendarat di landasan"), not a visit to a
// country: leaders arriving at a summit's venue are not visiting the host.
var venueNouns = words("venue", "lokasi", "tempat", "arena", "gedung", "ruang", "aula", "area", "landasan")

// attendVerbs report attending a gathering: negated ("tidak menghadiri KTT"),
// they deny the attendance, not the gathering.
var attendVerbs = words("menghadiri", "hadir", "mengikuti", "attend", "attended", "attending", "attends")

// aheadCues after a trigger introduce the later event it came before ("ahead
// of a summit on Tuesday", "menjelang KTT pada Selasa"): a time after them is
// that event's.
var aheadCues = words("ahead", "menjelang", "jelang")
