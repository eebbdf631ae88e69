package timex

import "time"

// monthWord is a month name or abbreviation.
type monthWord struct {
	m    int
	abbr bool // only a month next to a day or year number ("16 Jun 2025", "Jan 2024")
	en   bool // English only: "May" and "March" are also a verb in English text
}

// months holds Indonesian and English month names, the old Indonesian spellings
// with p ("Pebruari", "Nopember") and the abbreviations used in datelines and
// stamps (Agu/Agt/Ags for Agustus, Okt, Des, Sept).
var months = map[string]monthWord{
	// Indonesian full names (and the spellings with p still seen in older text).
	"januari": {m: 1}, "februari": {m: 2}, "pebruari": {m: 2}, "maret": {m: 3},
	"april": {m: 4}, "mei": {m: 5}, "juni": {m: 6}, "juli": {m: 7},
	"agustus": {m: 8}, "september": {m: 9}, "oktober": {m: 10},
	"november": {m: 11}, "nopember": {m: 11}, "desember": {m: 12},
	// English full names; those shared with Indonesian are above.
	"january": {m: 1, en: true}, "february": {m: 2, en: true}, "march": {m: 3, en: true},
	"may": {m: 5, en: true}, "june": {m: 6, en: true}, "july": {m: 7, en: true},
	"august": {m: 8, en: true}, "october": {m: 10, en: true}, "december": {m: 12, en: true},
	// Abbreviations of both languages, accepted only next to a number.
	"jan": {m: 1, abbr: true}, "feb": {m: 2, abbr: true}, "peb": {m: 2, abbr: true},
	"mar": {m: 3, abbr: true}, "apr": {m: 4, abbr: true}, "jun": {m: 6, abbr: true},
	"jul": {m: 7, abbr: true}, "agu": {m: 8, abbr: true}, "agt": {m: 8, abbr: true},
	"ags": {m: 8, abbr: true}, "aug": {m: 8, abbr: true}, "sep": {m: 9, abbr: true},
	"sept": {m: 9, abbr: true}, "okt": {m: 10, abbr: true}, "oct": {m: 10, abbr: true},
	"nov": {m: 11, abbr: true}, "nop": {m: 11, abbr: true}, "des": {m: 12, abbr: true},
	"dec": {m: 12, abbr: true},
}

// weekdayWord is a day-of-week name.
type weekdayWord struct {
	wd   time.Weekday
	abbr bool // "Thu", "Sen": only before a comma or a date, as in stamps
}

// bareWeekdayOpeners may open a weekday without fixing its direction ("on
// Friday", "pada hari Jumat"); see NextWeekday.
var bareWeekdayOpeners = map[string]bool{"on": true, "pada": true, "hari": true}

// weekdays holds Indonesian and English day names. "Minggu" is also the word
// for week: the scanner takes it as Sunday only capitalised and in a
// date-like context (see scanner.weekdayAt). "Ahad" is the Islamic name of
// Sunday used by some outlets; "Jum'at" the older spelling of Jumat.
var weekdays = map[string]weekdayWord{
	"senin": {wd: time.Monday}, "selasa": {wd: time.Tuesday}, "rabu": {wd: time.Wednesday},
	"kamis": {wd: time.Thursday}, "jumat": {wd: time.Friday}, "jum'at": {wd: time.Friday},
	"jum’at": {wd: time.Friday}, "sabtu": {wd: time.Saturday}, "minggu": {wd: time.Sunday},
	"ahad":   {wd: time.Sunday},
	"monday": {wd: time.Monday}, "tuesday": {wd: time.Tuesday}, "wednesday": {wd: time.Wednesday},
	"thursday": {wd: time.Thursday}, "friday": {wd: time.Friday}, "saturday": {wd: time.Saturday},
	"sunday": {wd: time.Sunday},
	// Abbreviations found in stamps ("Thu, 19 Jun 2025", "Sen, 16 Jun 2025").
	"mon": {wd: time.Monday, abbr: true}, "tue": {wd: time.Tuesday, abbr: true},
	"tues": {wd: time.Tuesday, abbr: true}, "wed": {wd: time.Wednesday, abbr: true},
	"thu": {wd: time.Thursday, abbr: true}, "thur": {wd: time.Thursday, abbr: true},
	"thurs": {wd: time.Thursday, abbr: true}, "fri": {wd: time.Friday, abbr: true},
	"sat": {wd: time.Saturday, abbr: true}, "sun": {wd: time.Sunday, abbr: true},
	"sen": {wd: time.Monday, abbr: true}, "sel": {wd: time.Tuesday, abbr: true},
	"rab": {wd: time.Wednesday, abbr: true}, "kam": {wd: time.Thursday, abbr: true},
	"jum": {wd: time.Friday, abbr: true}, "sab": {wd: time.Saturday, abbr: true},
	"min": {wd: time.Sunday, abbr: true},
}

// numberWords are cardinal number words that can count time units ("dua
// tahun lalu", "three days"). Compounds are built by scanner.number:
// "dua belas", "dua puluh lima", "tiga ratus", "twenty-five".
var numberWords = map[string]int{
	// Indonesian units and the se- forms of ten, eleven, hundred, thousand.
	"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
	"delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000,
	// English.
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90, "hundred": 100,
}

// NumberWord returns the value of a cardinal number word of either language
// ("tiga", "three"), lower-cased, as timex counts time units with it.
func NumberWord(w string) (int, bool) {
	n, ok := numberWords[w]
	return n, ok
}

// vagueQuantity words count units without a number ("beberapa tahun", "several
// weeks"): the expression is found but cannot be resolved.
var vagueQuantity = map[string]bool{
	"beberapa": true, "sejumlah": true, "several": true, "few": true, "many": true,
	"puluhan": true, "ratusan": true, "belasan": true, "dozens": true,
}

type unit uint8

const (
	uNone unit = iota
	uMinute
	uHour
	uDay
	uWeek
	uMonth
	uYear
	uDecade
	uCentury
)

// units are the time units a number can count ("dua tahun", "three days").
// "minggu" is a unit here (lower case or after a number); see weekdays.
var units = map[string]unit{
	"detik": uMinute, "menit": uMinute, "jam": uHour, "hari": uDay, "minggu": uWeek,
	"pekan": uWeek, "bulan": uMonth, "tahun": uYear, "dekade": uDecade, "dasawarsa": uDecade,
	"abad": uCentury, "windu": uYear,
	"second": uMinute, "seconds": uMinute, "minute": uMinute, "minutes": uMinute,
	"hour": uHour, "hours": uHour, "day": uDay, "days": uDay, "week": uWeek, "weeks": uWeek,
	"month": uMonth, "months": uMonth, "year": uYear, "years": uYear,
	"decade": uDecade, "decades": uDecade, "century": uCentury, "centuries": uCentury,
}

// seUnits are Indonesian one-unit words formed with se- ("setahun lalu",
// "selama sebulan"); "setengah" (half) is handled apart.
var seUnits = map[string]unit{
	"sedetik": uMinute, "semenit": uMinute, "sejam": uHour, "sehari": uDay,
	"seminggu": uWeek, "sepekan": uWeek, "sebulan": uMonth, "setahun": uYear,
	"sedekade": uDecade, "seabad": uCentury,
}

// reduplicated plural units read as "for years", "for months": durations
// without a number ("bertahun-tahun" is tokenized as ber-tahun, -, tahun).
var reduplicated = map[string]unit{
	"bertahun": uYear, "berbulan": uMonth, "berminggu": uWeek, "berhari": uDay,
	"berjam": uHour, "berabad": uCentury, "berpekan": uWeek,
}

// yearCues may stand before a bare four-digit year and make it a date: "pada
// 2024", "sejak 2013", "in 2013", "by 2030". A year without a cue is a number.
var yearCues = map[string]bool{
	"pada": true, "sejak": true, "hingga": true, "sampai": true, "tahun": true,
	"semenjak": true, "sebelum": true, "setelah": true, "sesudah": true, "jelang": true,
	"menjelang": true, "selama": true, "akhir": true, "awal": true, "pertengahan": true,
	"medio": true, "dari": true, "antara": true, "periode": true, "musim": true,
	"sepanjang": true, "memasuki": true, "menuju": true,
	// "di" + year is informal but common in news ("Di 2015 industri ...").
	"di": true,
	"in": true, "since": true, "by": true, "of": true, "until": true, "till": true,
	"during": true, "before": true, "after": true, "from": true, "between": true,
	"early": true, "late": true, "mid": true, "through": true, "throughout": true,
}

// monthCues make a capitalised English month name ("May", "March") a month
// when no number stands next to it: "in May", "since March", "early May".
var monthCues = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "during": true,
	"early": true, "late": true, "mid": true, "last": true, "next": true, "this": true,
	"of": true, "from": true, "before": true, "after": true, "through": true,
}

// notYearFollowers are words after a four-digit number that make it a count
// or an amount, not a year: "hingga 2000 orang", "by 2030 tons".
var notYearFollowers = map[string]bool{
	"orang": true, "jiwa": true, "unit": true, "buah": true, "ekor": true, "ton": true,
	"kg": true, "km": true, "meter": true, "m": true, "dolar": true, "dollar": true,
	"rupiah": true, "juta": true, "ribu": true, "miliar": true, "triliun": true,
	"persen": true, "kali": true, "barel": true, "hektare": true, "hektar": true, "ha": true,
	"personel": true, "tentara": true, "prajurit": true, "warga": true, "penumpang": true,
	"korban": true, "kasus": true, "rumah": true, "kapal": true, "pesawat": true,
	"peserta": true, "mahasiswa": true, "siswa": true, "pekerja": true, "pasukan": true,
	"lembar": true, "paket": true, "dosis": true, "kilometer": true, "mil": true,
	"people": true, "troops": true, "tons": true, "tonnes": true, "percent": true,
	"million": true, "billion": true, "thousand": true, "dollars": true, "times": true,
	"units": true, "soldiers": true, "residents": true, "barrels": true, "cases": true,
	"miles": true, "kilometres": true, "kilometers": true, "metres": true, "meters": true,
	"usd": true, "us": true, "yuan": true, "euro": true, "won": true, "yen": true,
	"ringgit": true, "tahun": true, "years": true, "hari": true, "days": true,
	"bulan": true, "months": true, "jam": true, "hours": true, "menit": true, "minutes": true,
}

// currencyBefore are tokens that make a following number money: "Rp 2024",
// "$ 2024", "US$2.024".
var currencyBefore = map[string]bool{
	"rp": true, "$": true, "us$": true, "usd": true, "idr": true, "€": true, "£": true,
	"¥": true, "sebanyak": true, "senilai": true, "sebesar": true, "nomor": true, "no": true,
	"number": true, "pasal": true, "ayat": true,
}

// dayParts follow a day and narrow it to a part of it ("Selasa sore",
// "Minggu (28/12/2014) pagi"); they join the date's span but keep its value.
var dayParts = map[string]bool{
	"pagi": true, "siang": true, "sore": true, "malam": true, "petang": true, "subuh": true,
	"morning": true, "afternoon": true, "evening": true, "night": true,
}

// timeZones follow a clock time ("pukul 10.00 WIB", "10:00 GMT").
var timeZones = map[string]bool{
	"wib": true, "wita": true, "wit": true, "gmt": true, "utc": true, "waktu": true,
}

// dateConnectors join the two ends of a range: "2 hingga 4 Juli", "2-4 Juli",
// "1 s.d. 3 Mei" (s.d. is checked apart), "June 2 to 4", "June 2 through 4".
var dateConnectors = map[string]bool{
	"hingga": true, "sampai": true, "sd": true, "to": true, "through": true, "until": true,
	"till": true, "-": true, "–": true, "—": true,
}

// rangeModifiers narrow a month or year ("awal Juli", "pertengahan 2024",
// "akhir tahun ini", "early June", "mid-2024"); the value keeps the month or
// year granularity since the text gives no day.
var rangeModifiers = map[string]bool{
	"awal": true, "akhir": true, "pertengahan": true, "medio": true, "penghujung": true,
	"early": true, "late": true, "mid": true, "earlier": true, "later": true,
}

// quarterWords open a part of a year ("kuartal I-2025", "triwulan kedua 2024",
// "semester II 2024", "Q1 2025", "first quarter of 2025"). A Date cannot say
// "the first quarter", so a quarter with its year resolves to the year: coarser
// than the text, never finer.
var quarterWords = map[string]bool{
	"kuartal": true, "triwulan": true, "semester": true, "caturwulan": true,
	"quarter": true, "half": true,
}

// quarterNames are the ordinals that follow or precede a quarter word: Roman
// numerals, digits (checked apart), Indonesian and English ordinals.
var quarterNames = map[string]bool{
	"i": true, "ii": true, "iii": true, "iv": true, "pertama": true, "kedua": true,
	"ketiga": true, "keempat": true, "first": true, "second": true, "third": true,
	"fourth": true,
}
