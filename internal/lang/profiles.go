package lang

import (
	"strings"
	"sync"
)

// The language profiles below were written for kronik by its authors from
// general knowledge of each language (no list was copied); same licence as
// the repository. Each profile holds the most frequent function words, plus
// for Indonesian, Malay and English the words that news about international
// relations uses most, and the names of days and months, which differ
// between Indonesian and Malay. A word listed for several languages counts
// for each of them with its weight divided among them, so shared words
// ("de", "in", "di") decide nothing on their own.

const (
	langID = iota
	langMS
	langEN
	langFR
	langDE
	langES
	langNL
	langPT
	langIT
	// langOther absorbs the function words of languages outside the model
	// that share letters and words with it, so that their text comes out
	// "und" instead of the nearest modelled language.
	langOther
	nLangs
)

var langCodes = [nLangs]string{"id", "ms", "en", "fr", "de", "es", "nl", "pt", "it", Und}

// family groups languages whose function words overlap by design.
func family(l int) int {
	if l == langMS {
		return langID
	}
	return l
}

type langWeight struct {
	lang   int
	weight float64
}

type profiles struct {
	words map[string][]langWeight
	codes [nLangs]string
	// letters: the non-ASCII letters each orthography uses.
	letters [nLangs]string
}

func (p *profiles) allowed(l int, w string) bool {
	for _, r := range w {
		if r >= 0x80 && !strings.ContainsRune(p.letters[l], r) {
			return false
		}
	}
	return true
}

type entry struct {
	langs  []int
	weight float64
	words  string
}

// profileEntries: each group names its languages, its weight (function
// words 1, topical words 0.5) and its words.
var profileEntries = []entry{
	// Function words shared by Indonesian and Malay.
	{[]int{langID, langMS}, 1, `yang dan di ke dari dengan untuk pada ini itu dalam akan tidak
		telah oleh kepada juga ada atau bagi sebagai mereka kami kita saya dia ia adalah para
		sudah lebih antara serta hingga namun tetapi sejak bersama tersebut menurut melalui
		secara sebuah seorang masih belum sangat jika menjadi dapat harus kedua pun lain lagi
		hanya bukan semua setiap tentang terhadap daripada beliau mengenai sebelum selama kini
		sekitar akhirnya tanpa sini sana apa siapa mana bagaimana`},
	// Topical words shared by Indonesian and Malay news.
	{[]int{langID, langMS}, 0.5, `negara menteri presiden kerja sama hubungan kunjungan pertemuan
		perjanjian kesepakatan bertemu sepakat dukung luar negeri tahun hari bulan minggu
		dunia ekonomi perdagangan pembangunan keamanan kedaulatan rakyat pemimpin bahas
		kerjasama rabu selasa sabtu april mei september oktober november januari februari
		kata memperkuat meningkatkan menandatangani wilayah kawasan`},
	// Headline verbs and words of Indonesian/Malay news, which headlines
	// keep while they drop function words ("Indonesia Siap Jadi Jembatan").
	{[]int{langID, langMS}, 0.5, `siap jadi bahas dorong minta tegaskan ajak ungkap sebut resmi
		hadiri bakal usai soal terkait jelang gelar capai naik turun tingkatkan perkuat jalin
		teken tandatangani bantu kirim tolak desak kecam ancam serang damai perang sepakati
		kunjungi temui sambut terima buka tutup baru lawan warga korban bantuan setujui sahkan
		umumkan tetapkan`},
	// Indonesian only: bahwa (ms bahawa), karena (kerana), yaitu/yakni
	// (iaitu), setelah (selepas), bisa (boleh), persen (peratus), miliar
	// (bilion), uang (wang), perusahaan (syarikat), internasional
	// (antarabangsa), polisi (polis), pemerintah (kerajaan), berbagai
	// (pelbagai), Tiongkok; days and months spelled the Indonesian way.
	{[]int{langID}, 1, `bahwa karena yaitu yakni setelah bisa saat ujar mengatakan lewat
		tapi kalau nggak enggak`},
	{[]int{langID}, 0.75, `persen miliar uang perusahaan internasional polisi pemerintah berbagai
		tiongkok senin kamis jumat maret juni juli agustus desember dolar rp wib`},
	// Indonesian spellings and words where Malay has its own: mendukung
	// (menyokong), kesehatan (kesihatan), investasi (pelaburan), proyek
	// (projek), informasi (maklumat), pariwisata (pelancongan), bisnis
	// (perniagaan), tentara (tentera), depan (hadapan).
	{[]int{langID}, 0.75, `mendukung dukungan kesehatan investasi proyek informasi pariwisata
		bisnis tentara depan rapat`},
	// Malay only: ialah, bahawa, kerana, iaitu, selepas, boleh, sahaja,
	// kerajaan, peratus, syarikat, antarabangsa, baharu, wang, polis,
	// bilion, manakala, bagaimanapun, semasa, pelbagai, mahupun; days and
	// months spelled the Malay way (Isnin, Khamis, Jumaat, Ahad, Mac, Jun,
	// Julai, Ogos, Disember).
	{[]int{langMS}, 1, `ialah bahawa selepas boleh sahaja kerajaan manakala bagaimanapun
		semasa pelbagai mahupun tak amat jabatan menerusi sebarang iaitu kerana`},
	{[]int{langMS}, 0.75, `peratus syarikat antarabangsa baharu wang polis bilion ringgit akhbar
		isnin khamis jumaat ahad mac jun julai ogos disember universiti menyokong sokongan
		rantau maklumat projek hadapan mesyuarat pelaburan pelancongan perniagaan kesihatan
		tentera kakitangan`},
	// "berkata" is the ordinary Malay verb of saying; Indonesian news
	// prefers "mengatakan", "kata" and "ujar", so it leans Malay a little.
	{[]int{langMS}, 0.5, `berkata`},
	// English.
	{[]int{langEN}, 1, `a in the of and to is was that for on with as by at from it his her their
		are were has have had be been this which who will would said not but an or its
		after about than more also they he she we between into over against these those
		there what when while could should may can our you`},
	{[]int{langEN}, 0.5, `president minister government talks meeting agreement foreign visit
		leaders country countries economic trade cooperation security relations summit
		monday tuesday wednesday thursday friday saturday sunday january february march
		june july august october december chinese state states united news`},
	// French.
	{[]int{langFR}, 1, `de à le la les des du un une et est dans pour que qui au aux sur par pas
		plus avec il elle ils sont ont été cette ce ces son sa ses mais ou se ne leur selon
		après aussi lors être avait était sera nous vous`},
	// German.
	{[]int{langDE}, 1, `der die das und ist nicht den dem des ein eine einen einem mit sich
		auf für von zu im auch es wird werden wurde hat haben sind bei nach aus über noch
		wie dass oder aber vor zur zum sie er wir als um nur kann durch gegen sowie bereits`},
	// Spanish.
	{[]int{langES}, 1, `a el la los las de del y en que es un una por con para se su sus al lo
		como más pero fue ha han son está este esta entre sobre también sin según desde
		hasta muy ya cuando donde porque dijo tras`},
	// Portuguese.
	{[]int{langPT}, 1, `o a os as de do da dos das e em no na nos nas um uma que para com por
		pelo pela se não mais como mas ao aos à é foi são ser está seu sua também entre sobre
		já ainda disse após até quando muito segundo ele ela eles`},
	// Italian.
	{[]int{langIT}, 1, `a il lo la i gli le di del della dei delle degli e è un una uno che per
		con non in nel nella nei al alla ai da dal dalla si sono ha hanno anche come più ma
		questo questa stato essere tra fra dopo ancora secondo`},
	// Outside the model: Javanese (lan, ing, iku, ora, sing, kang, karo,
	// marang, uga, wis) and Sundanese (jeung, teh, nu, anu, ku, geus, keur)
	// share Indonesian loanwords and must not read as Indonesian; Tagalog
	// (ang, mga, ng, sa, ay, na, ni, kay), Turkish (bir, ve, bu, ile, için,
	// olarak), Swahili (ya, wa, kwa, za, cha, katika) and Polish (się, że,
	// jest, nie, jak) are frequent Latin-script languages of world news.
	{[]int{langOther}, 1, `lan ing iku ora sing kang karo marang uga wis jeung teh nu anu geus
		keur ngeunaan sareng abdi urang anjeun henteu teu ka ti kana dina pikeun mangrupa
		kanggo saking nanging amarga menawa supados ingkang punika wonten dening sampun badhe
		kaliyan dhateng iki kuwi arep menyang ana ang mga ng sa ay na ni kay upang bir ve bu ile için olarak ya wa kwa za cha
		katika się że jest nie jak`},
	// Dutch.
	{[]int{langNL}, 1, `de het een en van in is dat op te voor met zijn er niet aan om ook als
		bij door naar uit maar nog wordt werd heeft hebben worden over tot dan zich deze dit
		die wel al kan na geen meer tegen volgens zei`},
}

// model builds the word table once; it is read-only afterwards.
var model = sync.OnceValue(func() *profiles {
	p := &profiles{words: map[string][]langWeight{}, codes: langCodes}
	// Count, per word, how many languages list it, to share its weight.
	owners := map[string]map[int]float64{}
	for _, e := range profileEntries {
		for _, w := range strings.Fields(e.words) {
			if owners[w] == nil {
				owners[w] = map[int]float64{}
			}
			for _, l := range e.langs {
				if e.weight > owners[w][l] {
					owners[w][l] = e.weight
				}
			}
		}
	}
	for w, ls := range owners {
		// Indonesian and Malay count as one owner for sharing, so that a
		// word common to both keeps its full weight against other languages.
		nOwners := 0
		seenMalay := false
		for l := range ls {
			if family(l) == langID {
				if seenMalay {
					continue
				}
				seenMalay = true
			}
			nOwners++
		}
		for l := range nLangs {
			if wt, ok := ls[l]; ok {
				p.words[w] = append(p.words[w], langWeight{l, wt / float64(nOwners)})
			}
		}
	}
	// Letters beyond ASCII that each orthography uses; Indonesian, Malay and
	// English use none (names like "Türkiye" in them cost a little).
	p.letters[langFR] = "àâæçéèêëîïôœùûüÿ"
	p.letters[langDE] = "äöüß"
	p.letters[langES] = "áéíñóúü"
	p.letters[langPT] = "áâãàçéêíóôõú"
	p.letters[langIT] = "àèéìíòóù"
	p.letters[langNL] = "éëïöüè"
	p.letters[langOther] = "çğıöşüąćęłńóśźż"
	return p
})
