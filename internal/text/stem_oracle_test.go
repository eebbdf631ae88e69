//go:build pgoracle

package text

import (
	"bufio"
	"math/rand/v2"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestStemIDOracle compares StemID with PostgreSQL's Snowball
// "indonesian_stem" dictionary (PostgreSQL 15 ships the Snowball C code).
// It needs psql on PATH and a server: set KRONIK_PG_ORACLE to the psql
// connection arguments, e.g. "-h /tmp/pg -p 5432 -U postgres". Extra words
// (one per line) may be given in the file named by KRONIK_STEM_WORDS.
//
//	go test -tags pgoracle -run Oracle -v ./internal/text/
func TestStemIDOracle(t *testing.T) {
	args := os.Getenv("KRONIK_PG_ORACLE")
	if args == "" {
		t.Skip("KRONIK_PG_ORACLE not set")
	}
	words := oracleWords()
	if f := os.Getenv("KRONIK_STEM_WORDS"); f != "" {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatalf("open word list: %v", err)
		}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			if w := strings.TrimSpace(strings.ToLower(sc.Text())); w != "" && !strings.ContainsAny(w, "'\\") {
				words = append(words, w)
			}
		}
		fh.Close()
	}
	var q strings.Builder
	q.WriteString("select w, array_to_string(ts_lexize('indonesian_stem', w), ',') from unnest(array[")
	for i, w := range words {
		if i > 0 {
			q.WriteByte(',')
		}
		q.WriteString("'" + w + "'")
	}
	q.WriteString("]::text[]) w")
	q.WriteString(";\n")
	cmd := exec.Command("psql", append(strings.Fields(args), "-AtF", "\t")...)
	cmd.Stdin = strings.NewReader(q.String())
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("psql: %v", err)
	}
	total, agree := 0, 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		w, want, ok := strings.Cut(line, "\t")
		if !ok || want == "" { // stop word or empty
			continue
		}
		total++
		if got := StemID(w); got == want {
			agree++
		} else if total-agree <= 50 {
			t.Logf("%s: got %s, postgres %s", w, got, want)
		}
	}
	rate := float64(agree) / float64(total)
	t.Logf("agreement %d/%d = %.4f", agree, total, rate)
	if rate < 0.99 {
		t.Errorf("agreement %.4f below 0.99", rate)
	}
}

// oracleWords combines roots with the affixes the algorithm handles, so that
// every rule and most rule interactions are exercised.
func oracleWords() []string {
	roots := []string{"ajar", "baca", "tulis", "pukul", "sapu", "kerja", "temu", "pakai",
		"satu", "ambil", "kirim", "dengar", "lihat", "bangun", "tanda", "tangan", "kuat",
		"hubung", "hormat", "untung", "rasa", "kunjung", "sepakat", "damai", "ekspor",
		"impor", "investasi", "bicara", "rundingan", "tingkat", "besar", "dalam", "alam",
		"kembang", "luas", "adil", "tegas", "lawan", "serang", "tolak", "dukung", "bantu",
		"ancam", "protes", "sanksi", "gerak", "tarik", "undur", "minta", "tuduh", "janji",
		"baik", "selesai", "mulai", "ikut", "nyanyi", "kaji", "kata", "lapor", "ledak",
		"perintah", "negara", "menteri", "presiden", "ekonomi", "politik", "diplomasi"}
	prefixes := []string{"", "me", "mem", "men", "meng", "meny", "di", "ter", "ke", "pe", "pem",
		"pen", "peng", "peny", "per", "ber", "be", "bel", "memper", "diper", "keber", "pel"}
	suffixes := []string{"", "kan", "an", "i", "nya", "lah", "kah", "pun", "ku", "mu", "kannya", "annya", "ilah", "kanlah", "nyapun"}
	var out []string
	for _, r := range roots {
		for _, p := range prefixes {
			for _, s := range suffixes {
				out = append(out, p+r+s)
			}
		}
	}
	// Pseudo-words from random syllables and affixes reach rule
	// interactions that real roots miss (be+C+er, meny+C, short stems).
	rng := rand.New(rand.NewPCG(7, 11))
	onsets := []string{"", "b", "k", "p", "t", "s", "m", "n", "ng", "ny", "r", "l", "j", "d", "g", "h", "w", "y", "c"}
	vowels := []string{"a", "e", "i", "o", "u"}
	codas := []string{"", "", "", "n", "ng", "r", "s", "k", "t", "h", "l", "m"}
	for range 20000 {
		var b strings.Builder
		b.WriteString(prefixes[rng.IntN(len(prefixes))])
		for range 1 + rng.IntN(3) {
			b.WriteString(onsets[rng.IntN(len(onsets))] + vowels[rng.IntN(len(vowels))] + codas[rng.IntN(len(codas))])
		}
		b.WriteString(suffixes[rng.IntN(len(suffixes))])
		out = append(out, b.String())
	}
	return out
}

// TestStemPorter2Oracle compares StemPorter2 with PostgreSQL's english_stem
// on English words built from roots and inflectional/derivational endings,
// plus the KRONIK_STEM_WORDS_EN file if set.
func TestStemPorter2Oracle(t *testing.T) {
	args := os.Getenv("KRONIK_PG_ORACLE")
	if args == "" {
		t.Skip("KRONIK_PG_ORACLE not set")
	}
	roots := []string{"agree", "sign", "meet", "visit", "talk", "plan", "relate", "country", "tax",
		"crisis", "apply", "nation", "general", "communicate", "operate", "happy", "hope", "stop",
		"run", "cry", "fly", "generous", "possible", "argue", "sensation", "rational", "effective",
		"hopeful", "formal", "organize", "conduct", "defend", "protest", "threat", "sanction",
		"negotiate", "minister", "govern", "elect", "condition", "ally", "strategy", "econom",
		"secure", "trade", "invest", "develop", "announce", "sovereign", "diplomat", "integrate"}
	ends := []string{"", "s", "es", "ed", "ing", "ly", "er", "ers", "ment", "ments", "ness", "ful",
		"ation", "ations", "ational", "ize", "ized", "ization", "ity", "ities", "ive", "ively",
		"al", "ally", "ance", "ence", "ism", "ist", "ous", "ously", "ing's", "'s", "able", "ably"}
	var words []string
	for _, r := range roots {
		for _, e := range ends {
			words = append(words, r+e)
		}
	}
	// Pseudo-words: random consonant/vowel strings with English endings
	// exercise the region (R1/R2) and short-syllable conditions.
	rng := rand.New(rand.NewPCG(3, 5))
	const letters = "bcdfghjklmnprstvwxyzaeiouy"
	for range 20000 {
		var b strings.Builder
		for range 2 + rng.IntN(6) {
			b.WriteByte(letters[rng.IntN(len(letters))])
		}
		b.WriteString(ends[rng.IntN(len(ends))])
		words = append(words, b.String())
	}
	if f := os.Getenv("KRONIK_STEM_WORDS_EN"); f != "" {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("read word list: %v", err)
		}
		for _, w := range strings.Fields(strings.ToLower(string(b))) {
			if isLowerAlpha(w) {
				words = append(words, w)
			}
		}
	}
	var q strings.Builder
	q.WriteString("select w, array_to_string(ts_lexize('english_stem', w), ',') from unnest(array[")
	for i, w := range words {
		if i > 0 {
			q.WriteByte(',')
		}
		q.WriteString("'" + strings.ReplaceAll(w, "'", "''") + "'")
	}
	q.WriteString("]::text[]) w;\n")
	cmd := exec.Command("psql", append(strings.Fields(args), "-AtF", "\t")...)
	cmd.Stdin = strings.NewReader(q.String())
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("psql: %v", err)
	}
	total, agree := 0, 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		w, want, ok := strings.Cut(line, "\t")
		if !ok || want == "" {
			continue
		}
		total++
		if got := StemPorter2(w); got == want {
			agree++
		} else if total-agree <= 40 {
			t.Logf("%s: got %s, postgres %s", w, got, want)
		}
	}
	rate := float64(agree) / float64(total)
	t.Logf("agreement %d/%d = %.4f", agree, total, rate)
	if rate < 0.99 {
		t.Errorf("agreement %.4f below 0.99", rate)
	}
}
