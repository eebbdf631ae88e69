package event

import "strings"

// The word sets the rule files test by position: the rule says where a set
// applies, the set which words count and why. Triggers and their cues are in
// lexicon.go. Words are lower-cased tokens; a phrase is a run of them.

// Function words and short phrases.

// phraseSet is a list of phrases, each a run of lower-cased tokens; see
// startAt and endAt (clauses.go).
type phraseSet [][]string

func phrases(ps ...string) phraseSet {
	out := make(phraseSet, len(ps))
	for i, p := range ps {
		out[i] = strings.Fields(p)
	}
	return out
}

// whereWords after a preposition of place make it a relative or question
// word ("di mana", "ke mana": where), not a place's preposition.
var whereWords = words("mana")

// coordinators join two names into one coordinated party list ("Indonesia
// dan Malaysia", "Xi and Putin").
var coordinators = words("dan", "and")

// complementizers open a reported clause after a verb: "said that ...",
// "mengatakan bahwa ...".
var complementizers = words("that", "bahwa")

// subjectEnders between an organisation and a verbal trigger end the
// organisation's subject: the agent of a passive ("oleh") or a relative clause
// ("yang") belongs to another clause.
var subjectEnders = words("oleh", "yang")

// additivePhrases introduce a name as an addition to what the clause
// reports, not a party to its event: "Selain dengan Xi, ia juga bertemu Li",
// "Besides Xi, he met Li", "apart from", "in addition to".
var additivePhrases = phrases("selain", "besides", "apart from", "in addition to")

// nameJoiners stand inside a proper name between capitalised words ("Bank
// Pembangunan dan Investasi", "Council of Ministers", "the Hague").
var nameJoiners = words("dan", "of", "and", "the")

// groupHeads after "para" name a group of office holders ("para pemimpin",
// "para menteri", "para kepala negara"): a gathering unless they are two.
var groupHeads = words("pemimpin", "menteri", "kepala")

// groupNouns are the English plural heads of such a group ("leaders",
// "ministers").
var groupNouns = words("leaders", "ministers")

// groupLinks after a meeting noun introduce its participants ("a meeting of
// G20 leaders", "talks between the two ministers").
var groupLinks = words("of", "between")

// pairWords count a group as two ("the two leaders", "both ministers", "para
// pemimpin kedua negara"): their meeting is bilateral.
var pairWords = words("two", "both", "kedua", "dua")

// phoneNouns after an Indonesian meeting verb make it a call ("berbicara
// telepon", "panggilan").
var phoneNouns = words("telepon", "panggilan")

// oneDay before "sebelum"/"sesudah" (before/after) shifts a date by a day:
// "sehari sebelum", "a day after", "one day before".
var oneDay = phrases("sehari", "a day", "one day")

// sequenceDeterminers may stand between a cue of sequence and its event noun
// ("before the meeting", "after his visit", "after her talks").
var sequenceDeterminers = words("the", "his", "her")

// articles are the English articles, passed over at the edge of a name or a
// noun phrase ("the Jakarta Declaration", "a memorandum").
var articles = words("the", "a", "an")

// nameDeterminers may open a noun phrase before a summit's name ("the G20
// summit", "its annual summit", "their meeting").
var nameDeterminers = union(articles, words("its", "their"))

// jointWords mark a text as issued together ("pernyataan bersama", "joint
// statement"): a kind of document, like the kinds in kindOfWord.
var jointWords = words("bersama", "joint")

// sidelinePhrases before an organisation's name make it the setting of
// another event ("di sela ASEAN", "on the sidelines of the G20").
var sidelinePhrases = phrases("sela", "sela-sela", "sidelines of")

// particleVerbs are summit predicates only with their particle: "took place",
// "kicks off", "kicked off" ("took part", "kicked the ball" are not).
var particleVerbs = map[string]string{"took": "place", "kicks": "off", "kicked": "off"}

// hostPhrases hold a summit by hosting it: "menjadi tuan rumah KTT".
var hostPhrases = phrases("menjadi tuan")

// bothSides after a summit's noun make it the meeting of a pair: "KTT
// tahunan kedua negara", "sidang kedua pihak".
var bothSides = phrases("kedua negara", "kedua pihak")

// Used by arguments.go.

// destinationPreps introduce the party visited: "kunjungan ke Kazakhstan",
// "kunjungan ... terhadap Kazakstan", "visit to Kazakhstan".
var destinationPreps = words("ke", "terhadap", "to")

// reportingWords mark the speaker of a report ("kata X", "ujar X", "menurut X",
// "said X"): a source quoted about an event is not a party to it.
var reportingWords = words("kata", "ujar", "ungkap", "tutur", "jelas", "menurut", "said", "says", "according", "told")

// subordinators open a clause whose names are not the event's parties.
var subordinators = words("as", "while", "because", "although", "amid", "karena", "sementara", "meskipun",
	"walaupun", "sedangkan", "padahal")

// examples after a comma open a list of examples of what the event covered
// ("signed 11 memorandums, including one between KOMIR and Tau-Ken Samruk",
// "18 dokumen, termasuk perjanjian pinjaman dari China Exim Bank"): the names
// in it are parties to the items, not to the event.
var examples = words("including", "termasuk", "among", "notably",
	// the contents of the signed texts: ", covering a refinery at Gwadar and
	// the employment of Pakistani workers", ", mencakup ..."
	"covering", "mencakup", "meliputi")

// topicWords open what the event was about ("bertukar pikiran mengenai isu
// Myanmar", "discussed the situation in Gaza"): a state named in the topic is
// not a party.
var topicWords = words("mengenai", "tentang", "terkait", "berkaitan", "membahas", "membicarakan", "soal",
	"about", "regarding", "concerning", "discussed", "discussing")

// speechVerbs after a pronoun make it the speaker, not the event's subject:
// "Ia mengatakan KTT itu ...".
var speechVerbs = words("mengatakan", "menyatakan", "menambahkan", "menjelaskan", "menyebut", "menilai",
	"berpendapat", "mengingatkan", "mengenang", "mencontohkan", "menegaskan", "menekankan", "menyampaikan",
	"said", "says", "added", "told", "noted", "believes", "recalled")

// pronouns stand for the last person named: "Ia menyampaikan ...".
var pronouns = words("ia", "dia", "beliau", "he", "she")

// venueCityFollowers close the phrase of a venue's town: the sentence's end, a
// comma, a bracket, or a time after it.
var venueCityFollowers = words(".", ",", ";", ")", "pada", "on", "hari", "yesterday", "today", "kemarin")

// placeNoun are the nouns between a preposition and a place name: "di Kota
// Medan", "di Provinsi Yunnan", "di ibu kota Malaysia".
var placeNoun = words("kota", "ibu", "provinsi", "pulau", "kabupaten", "wilayah", "kawasan", "city", "province", "island", "capital", "pelabuhan")

// Used by clauses.go.

// copulas before "due" make it a schedule: "is due to", "were due to".
var copulas = words("is", "are", "was", "were", "be")

// presentCopulas and scheduleWords make a schedule in the present ("is
// scheduled to", "are due to", "is expected to", "is set to"); see
// presentSchedule.
var (
	presentCopulas = words("is", "are", "'s")
	scheduleWords  = words("scheduled", "due", "expected", "set", "slated")
)

// newClause words open a clause of their own after a comma.
var newClause = words("dan", "tetapi", "namun", "sementara", "sedangkan", "lalu", "kemudian", "setelah", "sebelum",
	"karena", "sehingga", "and", "but", "while", "after", "before", "because", "which", "who", "when", "where",
	"yang", "ketika", "saat")

// sequenceCues open a clause that happened before or after the main one.
var sequenceCues = words("before", "after", "sebelum", "setelah", "sesudah", "seusai", "usai")

// relativizers open a relative clause that a comma closes.
var relativizers = words("yang", "which", "who", "whose", "since", "sejak")

// eventPassives are passive verbs of signing and meeting.
var eventPassives = words("ditandatangani", "diteken", "disepakati", "diadopsi", "signed", "inked", "adopted", "held",
	"dilakukan", "dilaksanakan", "made", "paid", "conducted")

// clauseOpeners start a relative or participial clause after an event's
// arguments; a date beyond one dates something else. Every relativizer opens one.
var clauseOpeners = union(relativizers, words("that", "setting", "targeting", "aiming",
	"menargetkan", "bertujuan", "sehingga"))

// exchangeWords are the AGREE trigger's words of exchanging signed texts.
const exchangeWords = "exchanged|exchange|exchanging|bertukar|pertukaran"

// exchangeVerbs exchange signed texts only when one is their object: the
// trigger's own words, so the veto and the trigger cannot drift apart.
var exchangeVerbs = words(strings.Split(exchangeWords, "|")...)

// Used by documents.go.

// nounLike are words that look like verbs by their form but are nouns or
// adjectives common in document names: adjectives made with a verbal prefix
// ("bersama", "terbuka"), and the loanwords whose first letters make a
// prefix by chance in a shape idVerbForm cannot tell from a verb's (it
// tells "diplomasi", "meteorologi" and "distrik" by their shape).
var nounLike = words("bersama", "bersahabat", "berkelanjutan", "bersejarah", "terbarukan", "tertentu", "terpilih",
	"bertetangga", "terpadu", "terbuka",
	"digital", "teritorial",
	// English nouns in -ing ("memorandum of understanding", "training")
	"understanding", "training", "funding", "financing", "mining", "shipping", "planning", "building", "housing",
	"banking", "engineering", "peacekeeping", "processing", "trading", "lending", "fishing", "farming", "policing")

// stopWords end a document name: conjunctions, prepositions, determiners and
// auxiliaries of both languages.
var stopWords = words(
	"dan", "atau", "yang", "di", "ke", "dari", "pada", "dengan", "antara", "oleh", "untuk", "dalam", "bagi",
	"serta", "juga", "akan", "telah", "sudah", "sedang", "itu", "ini", "tersebut", "pun", "para", "kedua",
	"sebagai", "secara", "guna", "demi", "hingga", "sampai", "sejak", "bahwa", "karena", "meliputi",
	"masih", "harus", "belum", "bisa", "dapat", "perlu", "lalu", "kemudian", "still", "must", "can",
	"and", "or", "the", "a", "an", "in", "at", "to", "from", "with", "between", "by", "for", "which", "that",
	"was", "were", "is", "are", "has", "have", "had", "will", "as", "during", "after", "before", "covering",
)

// Used by modality.go.

// hearsayNouns name a report or rumour: "beredar kabar bahwa ...", "reports
// that ...".
var hearsayNouns = words("kabar", "laporan", "rumor", "isu", "desas-desus", "spekulasi", "report", "reports", "rumour",
	"rumours", "rumor", "rumors", "claims", "speculation")

// Used by references.go.

// topicCues before a noun trigger make it the topic of talk, not an event:
// "membahas perundingan", "to discuss the talks", "tentang kunjungan itu".
var topicCues = words("membahas", "membicarakan", "tentang", "mengenai", "soal", "discuss", "discussed",
	"about", "on", "regarding", "the")

// backReference words before a noun trigger point at an event already
// reported: "the visit", "usai pertemuan" (after the meeting), "after the talks".
// The after words and the setting words (afterCues) are back references too.
var backReference = union(afterCues, englishDeterminers, words("sebelum", "before",
	// a copula before the noun describes an event already reported: "Ini
	// kunjungan pertama X ke Y", "Pertemuan itu merupakan pertemuan ketiga"
	"ini", "itu", "merupakan", "adalah", "menjadi"))

// genericCues after a noun trigger make it generic, not one event: "kunjungan
// timbal balik" (mutual visits), "pertemuan rutin" (regular meetings).
var genericCues = words("timbal", "rutin", "berkala", "reciprocal", "mutual", "regular", "antarwarga", "antarmasyarakat")

// settingCues before an event noun make it the setting of what the sentence
// reports: "Di sela kunjungan", "selama kunjungan", "during the visit".
var settingCues = words("sela", "sela-sela", "selama", "during")

// afterCues before a bare event noun use the event as a point in time:
// "Usai pembicaraan, ...", "Seusai pertemuan, ...", "Following the summit, ...".
// What follows happened on the event's day.
// They are the words that open a fronted after clause and the setting words
// ("Di sela kunjungan, ...", "Selama kunjungan, ...").
var afterCues = union(frontedAfterCues, settingCues)

// Used by summits.go.

// outcomeNouns name what a gathering produced: "the outcomes of the summit".
var outcomeNouns = words("result", "results", "outcome", "outcomes")

// speechPreps introduce the gathering a speech was given at.
var speechPreps = words("at", "to", "before", "di", "pada", "dalam")

// speechWords are a speech, its verb and its noun: what a leader who
// addresses a gathering does there.
var speechWords = words("speech", "address", "remarks", "spoke", "speaks", "speaking", "addressed", "addresses",
	"pidato", "pidatonya", "berpidato", "sambutan", "sambutannya")

// summitNameFillers are the lower-case words and marks of a summit's name:
// "the third ASEAN – Japan Summit", "KTT ke-46".
var summitNameFillers = words("the", "a", "an", "-", "–", "—", "first", "second", "third", "fourth", "fifth",
	"sixth", "seventh", "eighth", "ninth", "tenth", "annual", "ke", "ke-")

// Sets once written as switch statements in the rule files.

// delegationHeads head a partner phrase after "dengan"/"with": "bertemu
// dengan pimpinan X", "met with representatives of X": X is the partner.
var delegationHeads = words("pimpinan", "perwakilan", "delegasi", "ketua", "kepala", "para", "representatives", "officials",
	"executives", "leaders", "delegation")

// ordinalModifiers stand in a gathering's name between its noun and the body
// it belongs to: ordinals and kinds of session ("KTT Luar Biasa", "KTT
// perdana", "the first summit", "annual").
var ordinalModifiers = words("kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "kedelapan", "kesembilan", "kesepuluh",
	"perdana", "pertama", "virtual", "luar", "biasa", "tahunan", "first", "second", "third", "inaugural", "annual")

// prepositions before a summit noun make it where something happened
// ("pada KTT", "at the summit"); prepositionModifiers may stand between the
// two ("at the annual summit", "di sebuah forum").
var (
	prepositions         = words("pada", "di", "dalam", "ke", "at", "in", "to", "for")
	prepositionModifiers = words("a", "an", "the", "sebuah", "their", "its", "his", "her", "annual", "tahunan", "regional", "special")
)

// signedParticiples after a document noun open a reduced relative clause
// ("a treaty signed at the United Nations in 2018") when one of
// reducedPassiveFollowers comes next: the document is the signing's object.
var (
	signedParticiples       = words("signed", "inked", "adopted")
	reducedPassiveFollowers = words("by", "in", "at", "on", "last", "earlier", "between", "during", "with", "two", "three", "a")
)

// treatyKinds end a treaty acronym after its parties' prefix ("ICA-CEPA",
// "ASEAN-FTA", "RI-EU MoU"): the word names a signed text.
var treatyKinds = words("cepa", "fta", "pta", "epa", "bit", "mou")

// quantifiers count or determine the documents of a signing ("lima nota
// kesepahaman", "several agreements", "the treaty").
var quantifiers = words("lebih", "sejumlah", "puluhan", "belasan", "ratusan", "beberapa", "dua", "tiga", "empat", "lima",
	"enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebuah", "suatu", "a", "an", "the", "two", "three",
	"four", "five", "six", "seven", "eight", "nine", "ten", "several", "more", "over", "dozens")

// binders join a document noun to what follows it in its name ("nota
// kesepahaman tentang energi", "agreement on trade and investment").
var binders = words("dan", "yang", "untuk", "tentang", "mengenai", "of", "on", "and", "for", "the")

// documentTopicWords introduce a document's subject ("MoU tentang energi",
// "agreement regarding fisheries").
var documentTopicWords = words("tentang", "mengenai", "soal", "on", "of", "regarding", "concerning")

// umbrellaWords name signed texts in general ("six deals", "kesepakatan"):
// a name made only of one says nothing of which text it is.
var umbrellaWords = words("deal", "deals", "kesepakatan", "agreements", "pacts")

// summitNounWords are the words for a gathering, which do not distinguish
// one summit's name from another's ("KTT ASEAN ke-47" -> "asean ke-47").
var summitNounWords = words("ktt", "konferensi", "tingkat", "tinggi", "pertemuan", "puncak", "summit", "conference", "forum", "sidang", "the", "of")

// numberWords count the texts in a document's name ("tiga MoU", "two
// agreements"): a count, not part of a name.
var numberWords = words("dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "puluhan",
	"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "sejumlah", "several")

// recurrenceCues after a trigger describe a practice, not an event:
// "bertemu setiap tahun", "meet every year", "annually".
var recurrenceCues = words("setiap", "tiap", "every", "annually", "rutin")

// earlierAfter after a gathering noun and earlierBefore before it name an
// earlier session of one reported ("pertemuan serupa", "sidang sebelumnya",
// "the previous meeting", "a similar meeting").
var (
	earlierAfter  = words("serupa", "sebelumnya", "terakhir", "terdahulu")
	earlierBefore = words("previous", "last", "similar", "earlier", "preceding")
)

// settingPreps before a summit noun introduce it as the setting of another
// event ("dalam KTT", "at/during/for the summit").
var settingPreps = words("dalam", "di", "pada", "untuk", "saat", "at", "during", "for", "in")

// holdVerbs before a summit noun with no name of its own (holdDeterminers
// may stand between) make it the holders' own summit: "Lee and Tokayev held a
// summit", "kedua presiden menggelar KTT".
var (
	holdVerbs       = words("held", "hold", "holds", "had", "menggelar", "mengadakan", "melangsungkan")
	holdDeterminers = words("a", "an", "their", "its", "sebuah")
)

// boundaryWords before a time make it a deadline or a limit ("by 2028",
// "hingga 2030", "until 2027"), not when something happened.
var boundaryWords = words("by", "until", "till", "through", "hingga", "sampai", "sebelum", "before", "menjelang", "sejak", "since")

// demonstratives before or after an event noun make it a reference to an
// event already introduced ("KTT tersebut", "kunjungan itu", "this summit",
// "the visit").
var demonstratives = union(postDemonstratives, englishDeterminers)

// summitTopicCues before a summit noun make it the topic of talk or
// preparation ("membahas persiapan KTT", "preparations for the summit") or a
// point in time ("sehari sebelum KTT", "after the summit"), not an event
// reported.
var summitTopicCues = words("membahas", "membicarakan", "persiapan", "mempersiapkan", "jelang", "menjelang", "discuss",
	"discussed", "preparations", "preparing", "prepare", "ahead", "agenda",
	"sebelum", "setelah", "usai", "seusai", "before", "after")

// dayConnectives are the connectives of "sehari setelah/sebelum", "a day
// after/before": how many days the second event lies after the first (+1
// after, -1 before).
var dayConnectives = map[string]int{"setelah": 1, "sesudah": 1, "after": 1, "sebelum": -1, "before": -1}

// Phrases of time and reference once declared in the rule files.

// sameMonthCues and sameYearCues point back to the time named just before:
// "Lee, who took office in June, spoke with Prabowo by phone that same month";
// "Scholz and Lam also spoke by phone in March that year" (after "in January
// 2025").
var (
	sameMonthCues = []string{"that same month", "the same month", "later that month", "that month", "bulan yang sama", "bulan itu juga"}
	sameYearCues  = []string{"that same year", "the same year", "that year", "later that year", "tahun yang sama", "tahun itu juga"}
)

// dayBeforeCues and dayAfterCues date an event by the one just reported.
var (
	dayBeforeCues = []string{"a day earlier", "the day before", "the previous day", "sehari sebelumnya", "sehari sebelum itu", "pada hari sebelumnya"}
	dayAfterCues  = append([]string{"a day later", "the next day", "the following day", "keesokan harinya", "sehari kemudian", "sehari setelahnya", "esok harinya"},
		dayAfterEvent()...)
)

// dayAfterEvent are the openings "a day after" + the noun of an event just
// reported ("Sehari setelah penandatanganan, ...", "The day after the
// talks, ..."), which date the sentence's event by that one. (Only the day
// after: the day before a summit or a signing may name one still to be
// reported.)
func dayAfterEvent() []string {
	var out []string
	for _, c := range []string{"sehari setelah ", "sehari sesudah ", "sehari usai ", "a day after the ", "the day after the "} {
		for _, n := range []string{"penandatanganan", "pertemuan", "pembicaraan", "kunjungan", "ktt", "signing", "talks", "meeting", "summit", "visit"} {
			out = append(out, c+n)
		}
	}
	return out
}

// summitBackrefs point back to the summit just reported.
var summitBackrefs = []string{"ktt ini", "ktt itu", "ktt tersebut", "konferensi ini", "pertemuan puncak ini",
	"the summit", "this summit", "that summit"}

// ministerWords in the pair anaphor that is a sentence's subject ("kedua
// menteri", "kedua menlu", "the two ministers") make it the two ministers
// named last, not the leaders.
var ministerWords = []string{"menteri", "menlu", "minister"}

// headOfGovernmentWords make a pair anaphor with a minister's word the
// heads of government ("kedua perdana menteri", "the two prime
// ministers"): leaders, not ministers.
var headOfGovernmentWords = []string{"perdana", "prime", "pm"}

// presentTravelVerbs are English travel verbs in the present tense. In a
// story's body the present of going somewhere is the schedule ("Xi travels on
// to Samarkand on Thursday", "The president heads to Tokyo next", "Anwar
// arrives in Tokyo on Friday", "Albanese visits Jakarta next week"), as
// reports of the past take the past tense; only headlines tell the past in
// the present ("Xi visits Kazakhstan"), see scheduledTrip.
var presentTravelVerbs = words("travels", "flies", "heads", "arrives", "visits")

// visitHeads name a visit whose length in days a sentence gives ("a
// four-day official visit", "kunjungan kenegaraan selama tiga hari").
var visitHeads = words("visit", "trip", "tour", "kunjungan", "lawatan", "kunjungannya", "lawatannya")

// visitStartVerbs say that a visit's date is its first day ("began a two-day
// visit on Sunday", "memulai kunjungan").
var visitStartVerbs = words("began", "begins", "started", "starts", "memulai", "mengawali")

// timeConjunctions open an English clause of time ("... from next year
// under a scheme announced as X met Y").
var timeConjunctions = words("as", "when", "while")

// irregularPasts are the simple pasts of the English event verbs that do
// not end in -ed (see pastFinite, which tells "hosted", "signed" by their
// ending).
var irregularPasts = words("met", "held", "flew", "came", "went", "paid", "spoke", "made", "took", "began")

// pastAuxiliaries before a past form make it a participle: of the passive
// ("will be held", "is to be signed") or after an infinitive's "to".
var pastAuxiliaries = words("be", "been", "being", "is", "are", "was", "were", "to", "get", "gets")

// purposeWords open what a trip is for: "flies to Rio for the summit",
// "travels to Astana to attend the summit".
var purposeWords = words("for", "attend", "attending")

// tripPurposes open, in Indonesian, what a trip is for: "tiba di Bali untuk
// menghadiri KTT G20", "guna mengikuti KTT".
var tripPurposes = words("untuk", "guna", "menghadiri", "mengikuti")
