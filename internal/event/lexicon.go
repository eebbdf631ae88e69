package event

import "slices"

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
	{typ: "CONSULT", mode: "meet", kind: verbal, pattern: "bertemu|berjumpa|berunding|berdialog|berbincang|berbincang-bincang|berdiskusi|bersua"},
	// "beraudiensi dengan" (to have an audience with): a courtesy meeting, often
	// of an ambassador with a head of region or state.
	{typ: "CONSULT", mode: "meet", kind: verbal, pattern: "beraudiensi"},
	// "bertatap muka" is an idiom for a face-to-face meeting.
	{typ: "CONSULT", mode: "meet", kind: verbal, pattern: "bertatap muka"},
	// Light-verb constructions: a holding verb plus a noun of talks. Indonesian
	// prefers these to the simple verb in formal news ("mengadakan pembicaraan").
	{typ: "CONSULT", mode: "meet", kind: verbal, pattern: "mengadakan|menggelar|melakukan|melangsungkan|menyelenggarakan|mengikuti pembicaraan|perundingan|pertemuan|dialog|negosiasi|konsultasi|perbincangan|diskusi|audiensi"},
	{typ: "CONSULT", mode: "meet", kind: verbal, pattern: "mengadakan|menggelar|melakukan|melangsungkan pembicaraan|pertemuan|perundingan bilateral|resmi|tertutup|empat"},
	// Passive of the light-verb construction: "pembicaraan digelar", "pertemuan diadakan".
	{typ: "CONSULT", mode: "meet", kind: nominal, pattern: "pertemuan|pembicaraan|perundingan bilateral"},
	// The bare nouns of talks; nominal, so they need two parties in the sentence
	// ("dalam pembicaraan dengan Albanese, Prabowo ...").
	// ("perundingan"/"negotiations" alone name a process, "memulai
	// perundingan CEPA", not a meeting; they count after a holding verb)
	{typ: "CONSULT", mode: "meet", kind: nominal, pattern: "pembicaraan|pertemuan|perbincangan"},
	// "berbicara" (to speak) is a meeting only with a partner or a channel:
	// "berbicara dengan", "berbicara melalui telepon dengan".
	{typ: "CONSULT", mode: "meet", kind: verbal, pattern: "berbicara|bicara|berbincang dengan|bersama|melalui|lewat|via"},
	{typ: "CONSULT", mode: "meet", kind: verbal, pattern: "spoke|talked via|by|over"},
	// Nouns of a telephone or video call: "dalam percakapan telepon",
	// "sambungan telepon", "a phone call with"; the phone cue sets the mode.
	{typ: "CONSULT", mode: "phone", kind: nominal, pattern: "percakapan|pembicaraan|sambungan|panggilan|pembicaraan telepon|telefon|video"},
	{typ: "CONSULT", mode: "phone", kind: nominal, pattern: "phone|telephone|video call|calls|conversation|talks"},
	// Calling by telephone; the phone cue sets the mode.
	{typ: "CONSULT", mode: "meet", kind: verbal, pattern: "menelepon|bertelepon|menghubungi"},
	// Receiving a guest is meeting them: "Presiden menerima Menteri X", "X
	// diterima Presiden Y", "was received by"; a person must be the object
	// ("menerima bantuan", receiving aid, is not a meeting).
	{typ: "CONSULT", mode: "meet", kind: verbal, pattern: "menerima", personObject: true},
	{typ: "CONSULT", mode: "meet", kind: verbal, pattern: "diterima", passive: true, personObject: true},
	{typ: "CONSULT", mode: "meet", kind: verbal, pattern: "received", personObject: true},
	// Receiving a visit or a courtesy call is a meeting in the host's office
	// ("Menlu menerima kunjungan kehormatan Menlu X"); the guest came to the
	// host's country, so Extract adds the guest's visit (see guestVisit).
	{typ: "CONSULT", mode: "meet", kind: verbal, pattern: "menerima kunjungan"},
	{typ: "CONSULT", mode: "meet", kind: nominal, pattern: "kunjungan kehormatan"},
	{typ: "CONSULT", mode: "meet", kind: nominal, pattern: "courtesy call"},
	// "sat down with", "duduk bersama": talks in the press's idiom.
	{typ: "CONSULT", mode: "meet", kind: verbal, pattern: "sat|sits|sit|sitting down with"},
	{typ: "CONSULT", mode: "meet", kind: verbal, pattern: "duduk bersama|semeja"},
	// "konsultasi bilateral", "dialog bilateral": a consultation round between
	// two governments (nominal, so it needs its parties).
	{typ: "CONSULT", mode: "meet", kind: nominal, pattern: "konsultasi|dialog|consultations|dialogue bilateral"},
	// English meeting verbs and the light-verb "held talks".
	{typ: "CONSULT", mode: "meet", kind: verbal, pattern: "met|meets|meet"},
	{typ: "CONSULT", mode: "meet", kind: verbal, pattern: "held|hold|holds|holding|had|have conducted talks|meeting|meetings|discussions|negotiations|consultations"},
	{typ: "CONSULT", mode: "meet", kind: verbal, pattern: "held|hold|holds|holding|had bilateral talks|meeting"},
	{typ: "CONSULT", mode: "meet", kind: verbal, pattern: "talked|spoke|negotiated|conferred"},
	{typ: "CONSULT", mode: "meet", kind: nominal, pattern: "talks|meeting"},
	// A leaders' retreat is an informal summit of two (or a few) heads of
	// government: "the leaders' retreat in Singapore", "their annual retreat"
	// (qualified, since a bare "retreat" is also a military withdrawal). Read
	// as a summit (a holding predicate, its own date, or the setting of another
	// event), but a meeting of the two unless three states or more take part.
	{typ: "CONSULT", mode: "meet", kind: summit, pattern: "leaders|leaders'|leaders’|annual|informal retreat"},
	{typ: "CONSULT", mode: "meet", kind: summit, pattern: "leaders '|’ retreat"},
	// A banquet or meal one leader hosts for another is a meeting of the two:
	// "hadir pada jamuan makan siang yang diadakan Presiden X", "a state banquet
	// hosted by X" (nominal, so it needs both parties in the sentence).
	{typ: "CONSULT", mode: "meet", kind: nominal, pattern: "jamuan"},
	// "Putin menjamu Modi makan malam", "Modi dijamu oleh Putin": hosting a
	// guest at a meal is meeting them (a person must be the guest).
	{typ: "CONSULT", mode: "meet", kind: verbal, pattern: "menjamu", personObject: true},
	{typ: "CONSULT", mode: "meet", kind: verbal, pattern: "dijamu", passive: true, personObject: true},
	{typ: "CONSULT", mode: "meet", kind: nominal, pattern: "state banquet|dinner|luncheon"},
	{typ: "CONSULT", mode: "meet", kind: nominal, pattern: "banquet|luncheon"},
	// "After speaking with President X": talks, when a person is the partner
	// ("speaking with reporters" is none).
	{typ: "CONSULT", mode: "meet", kind: verbal, pattern: "speaking|speaks|talking with|to", personObject: true},
	{typ: "CONSULT", mode: "meet", kind: nominal, pattern: "bilateral talks|meeting"},

	// CONSULT visit. Indonesian visit verbs and nouns; "kunjungan kenegaraan" is a
	// state visit, "lawatan" a (foreign) trip, "bertandang" a colloquial visit.
	{typ: "CONSULT", mode: "visit", kind: verbal, pattern: "berkunjung|mengunjungi|melawat|bertandang|menyambangi"},
	{typ: "CONSULT", mode: "visit", kind: verbal, pattern: "dikunjungi|disambangi", passive: true},
	{typ: "CONSULT", mode: "visit", kind: nominal, pattern: "kunjungan|lawatan"},
	// Arrival in the host country is the start of a visit: "X tiba di Hanoi".
	{typ: "CONSULT", mode: "visit", kind: verbal, pattern: "tiba|mendarat di|ke"},
	// Indonesian drops the verb of going after an adverb of time: "Modi
	// terakhir ke Rusia pada 8 Juli 2024" (last went to Russia), "Ia pernah ke
	// Tokyo", "sempat ke Beijing". Only right after its subject.
	{typ: "CONSULT", mode: "visit", kind: verbal, pattern: "terakhir|pernah|sempat ke", personSubject: true},
	// "datang ke Jakarta" (came to Jakarta): the plain verb of coming, a
	// visit only with a place or a state as its destination.
	{typ: "CONSULT", mode: "visit", kind: verbal, pattern: "datang ke", placeObject: true},
	// The host welcoming the guest ("Anwar menyambut Prabowo di bandara", "Prabowo disambut
	// oleh ..."): a visit by the welcomed party.
	{typ: "CONSULT", mode: "visit", kind: verbal, pattern: "menyambut", personObject: true},
	{typ: "CONSULT", mode: "visit", kind: verbal, pattern: "disambut", passive: true, personObject: true},
	// English visit verbs and arrival.
	{typ: "CONSULT", mode: "visit", kind: verbal, pattern: "visit|visits|visited|visiting"},
	{typ: "CONSULT", mode: "visit", kind: verbal, pattern: "arrived|arrives|landed in|on"},
	// "Albanese arrived late on Thursday": an arrival with no destination named is
	// to the story's place (the dateline's country); only right after its
	// subject, since things and times arrive too.
	{typ: "CONSULT", mode: "visit", kind: verbal, pattern: "arrived|arrives|landed", personSubject: true},
	// Travelling to a country is visiting it: "Chinh travelled to Berlin",
	// "flew to Jakarta for talks" (the destination is the host).
	{typ: "CONSULT", mode: "visit", kind: verbal, pattern: "travelled|traveled|travels|flew|flies to"},
	// "travels on to Samarkand", "flew on to Canberra": the next leg of a
	// tour; "heads to Tokyo", "headed to Tokyo": going there, in the press's
	// idiom ("head" is a noun too, so only with "to" right after it).
	{typ: "CONSULT", mode: "visit", kind: verbal, pattern: "travelled|traveled|travels|flew|flies|headed|heads on to"},
	{typ: "CONSULT", mode: "visit", kind: verbal, pattern: "headed|heads to"},
	// "Hanoi, where the Japanese leader travelled on Sunday", "Tokyo, tempat
	// Ishiba terbang": a clause on a place names where the traveller went.
	{typ: "CONSULT", mode: "visit", kind: verbal, pattern: "travelled|traveled|travels|flew|flies|terbang|bertolak", placeClause: true},
	{typ: "CONSULT", mode: "visit", kind: verbal, pattern: "welcomed|welcomes|greeted|hosted", personObject: true},
	{typ: "CONSULT", mode: "visit", kind: nominal, pattern: "trip|tour to|of"},

	// CONSULT multilateral: nouns of summits and conferences. "KTT" (Konferensi
	// Tingkat Tinggi) and "pertemuan puncak" are summits; "konferensi", "forum" and
	// "sidang" are gatherings that need a holding predicate (see summitPredicates).
	{typ: "CONSULT", mode: "multilateral", kind: summit, pattern: "ktt"},
	{typ: "CONSULT", mode: "multilateral", kind: summit, pattern: "konferensi tingkat tinggi"},
	{typ: "CONSULT", mode: "multilateral", kind: summit, pattern: "pertemuan puncak"},
	// "pertemuan tingkat tinggi" (high-level meeting) names a summit.
	{typ: "CONSULT", mode: "multilateral", kind: summit, pattern: "pertemuan|konferensi tingkat tinggi"},
	{typ: "CONSULT", mode: "multilateral", kind: summit, pattern: "pertemuan|konferensi|sidang tingkat menteri"},
	{typ: "CONSULT", mode: "multilateral", kind: summit, pattern: "konferensi|forum|sidang|muktamar|kongres"},
	{typ: "CONSULT", mode: "multilateral", kind: summit, pattern: "summit|summits|conference|forum"},

	// AGREE sign. Indonesian signing in every voice: active "menandatangani", passive
	// "ditandatangani", nominal "penandatanganan"; colloquial "meneken"/"diteken";
	// adoption "mengadopsi"/"diadopsi"/"mengesahkan"; issuing a joint text
	// "mengeluarkan/menerbitkan (deklarasi|pernyataan bersama)".
	// (ratification by a parliament is a domestic act after the signing, not a
	// signing: "meratifikasi", "ratified" are left out)
	{typ: "AGREE", mode: "sign", kind: sign, pattern: "menandatangani|meneken|mengadopsi|mengesahkan|menyetujui"},
	{typ: "AGREE", mode: "sign", kind: sign, pattern: "ditandatangani|diteken|diadopsi|disahkan", passive: true},
	{typ: "AGREE", mode: "sign", kind: sign, pattern: "penandatanganan|pengesahan|peneken"},
	{typ: "AGREE", mode: "sign", kind: sign, pattern: "mengeluarkan|menerbitkan|merilis|mengumumkan deklarasi|pernyataan|komunike"},
	// Agreeing on a named text is adopting it: "Konsensus Lima Poin disepakati
	// para pemimpin", "agreed on the Bali Concord"; unnamed deals are not.
	{typ: "AGREE", mode: "sign", kind: sign, pattern: "menyepakati|bersepakat", namedDoc: true},
	{typ: "AGREE", mode: "sign", kind: sign, pattern: "disepakati", passive: true, namedDoc: true},
	// English passive: "the memorandum was signed by ...", "had been inked".
	{typ: "AGREE", mode: "sign", kind: sign, pattern: "was|were|been|being signed|inked|adopted", passive: true},
	// An adverb may stand between the auxiliary and the participle ("was also
	// signed", "were later inked", "has been formally adopted"): still passive.
	{typ: "AGREE", mode: "sign", kind: sign, pattern: "was|were|been also|later|formally|jointly|officially|then|subsequently|finally signed|inked|adopted", passive: true},
	// English: "signed", "inked", "adopted", "issued a joint statement".
	{typ: "AGREE", mode: "sign", kind: sign, pattern: "signed|signs|sign|signing|inked|inks|ink|adopted|adopts"},
	{typ: "AGREE", mode: "sign", kind: sign, pattern: "issued|issue|issues|released a|an joint|final statement|declaration|communique"},
	// Exchanging signed texts at a ceremony is their signing: "exchanged four
	// memoranda of understanding", "bertukar nota kesepahaman", "pertukaran
	// MoU" (a signing needs its text, so "exchanged views" is none).
	{typ: "AGREE", mode: "sign", kind: sign, pattern: exchangeWords},

	// Other PLOVER types, printed but not yet scored. Kept to unambiguous verbs.
	// SUPPORT: explicit endorsement of another party.
	{typ: "SUPPORT", mode: "", kind: verbal, pattern: "mendukung|menyokong|supports|supported|endorsed|endorses"},
	// COOPERATE: an agreement to cooperate without a signed text.
	{typ: "COOPERATE", mode: "", kind: verbal, pattern: "sepakat|bersepakat|menyepakati|agreed"},
	// AID: giving aid.
	{typ: "AID", mode: "", kind: verbal, pattern: "menyalurkan|mengirimkan|memberikan bantuan"},
	{typ: "AID", mode: "", kind: verbal, pattern: "provided|sent|delivered aid|assistance"},
	// REQUEST: a formal demand or appeal to another party.
	{typ: "REQUEST", mode: "", kind: verbal, pattern: "mendesak|meminta|menuntut|urged|urges|demanded|asked"},
	// ACCUSE, REJECT, THREATEN, PROTEST, SANCTION.
	{typ: "ACCUSE", mode: "", kind: verbal, pattern: "menuduh|menuding|mengecam|accused|accuses|condemned|condemns"},
	{typ: "REJECT", mode: "", kind: verbal, pattern: "menolak|rejected|rejects|refused"},
	{typ: "THREATEN", mode: "", kind: verbal, pattern: "mengancam|threatened|threatens"},
	{typ: "PROTEST", mode: "", kind: verbal, pattern: "memprotes|berunjuk rasa|berdemonstrasi|protested|demonstrated"},
	{typ: "SANCTION", mode: "", kind: verbal, pattern: "menjatuhkan|memberlakukan|mengenakan sanksi|embargo"},
	{typ: "SANCTION", mode: "", kind: verbal, pattern: "imposed|imposes sanctions|tariffs|an"},
	// MOBILIZE, ASSAULT, RETREAT.
	{typ: "MOBILIZE", mode: "", kind: verbal, pattern: "mengerahkan|menyiagakan|deployed|mobilized|mobilised"},
	{typ: "ASSAULT", mode: "", kind: verbal, pattern: "menyerang|membom|mengebom|attacked|bombed|shelled"},
	{typ: "RETREAT", mode: "", kind: verbal, pattern: "menarik pasukan|mundur"},
	{typ: "RETREAT", mode: "", kind: verbal, pattern: "withdrew|withdraws troops|forces"},
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
// negara", "kedua pemimpin", "keduanya", "kedua belah pihak", "the two leaders":
// the anaphors naming two people (personPairAnaphors) and those naming two
// states or sides.
var pairAnaphors = slices.Concat(personPairAnaphors, []string{
	"kedua belah pihak", "kedua pihak", "kedua negara", "keduanya", "kedua menteri luar negeri",
	"kedua pemerintah", "the two governments", "both governments", "both sides", "the two sides",
	"the two countries", "both countries", "the two nations", "both nations",
})

// personPairAnaphors are the pair anaphors that name two people, not two
// states: they resolve to an event between two named people.
var personPairAnaphors = []string{
	"kedua kepala negara", "kedua pemimpin", "kedua presiden", "kedua menteri", "kedua tokoh", "kedua menlu",
	"the two leaders", "the two presidents", "both leaders", "the two ministers", "the two foreign ministers",
	"both ministers",
	// heads of government and state by their office
	"kedua perdana menteri", "kedua pm", "kedua kepala pemerintahan", "the two prime ministers",
	"both prime ministers", "the two premiers", "both premiers", "both presidents", "the two heads of state",
	"the two heads of government",
	// ministers by their portfolio, and diplomats
	"the two defence ministers", "the two defense ministers", "the two trade ministers", "the two finance ministers",
	"both foreign ministers", "the two top diplomats", "both top diplomats", "kedua diplomat",
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
