package sqlite

import (
	"context"
	"fmt"
	"math"
	"math/rand"
	"path/filepath"
	"strings"
	"testing"

	"kronik/internal/record"
	"kronik/internal/store"
)

// searchVocab is the corpus's words, the first ones the most frequent (a
// Zipf-like draw), so that some terms pass the test's short impact lists
// and others stay rare.
var searchVocab = strings.Fields(`trade minister summit agreement cooperation security
	maritime energy tourism health education agriculture defence investment visit talks
	partnership infrastructure digital economy Kazakhstan Samarkand Canberra Nairobi
	fisheries vaccine satellite railway perdagangan Zürich café`)

// searchCorpus stores n generated documents through Put and PutBatch, with
// later versions of some (the old ones leave the index) and a Replace.
func searchCorpus(t *testing.T, db *DB, n int, seed int64) {
	t.Helper()
	ctx := context.Background()
	r := rand.New(rand.NewSource(seed))
	word := func() string {
		i := int(math.Floor(math.Pow(r.Float64(), 2.5) * float64(len(searchVocab))))
		return searchVocab[i]
	}
	words := func(k int) string {
		ws := make([]string, k)
		for i := range ws {
			ws[i] = word()
		}
		return strings.Join(ws, " ")
	}
	var batch []store.Item
	for i := 0; i < n; i++ {
		key := fmt.Sprintf("https://example.org/%d", i)
		if i%7 == 6 {
			key = fmt.Sprintf("https://example.org/%d", i-4) // a new version
		}
		title := words(1 + r.Intn(4))
		rec := record.Record{Source: key, Hash: fmt.Sprintf("h%05d", i), Lang: "en", Title: &title,
			Text: words(5+r.Intn(60)) + "."}
		if i%3 == 0 {
			rec.Outlet = sp("Antara")
		}
		if i%4 == 1 {
			// stemmed as Indonesian: a word's forms differ by language
			// ("kazakhstan", "kazakhst"), and a search without a language
			// asks for both
			rec.Lang = "id"
		}
		src := store.Source{Key: key, Name: key}
		if i%2 == 0 {
			if _, err := db.Put(ctx, src, rec); err != nil {
				t.Fatal(err)
			}
			continue
		}
		batch = append(batch, store.Item{Src: src, Rec: rec})
		if len(batch) == 16 || i == n-1 {
			if _, err := db.PutBatch(ctx, batch); err != nil {
				t.Fatal(err)
			}
			batch = nil
		}
	}
	title := "maritime maritime security"
	if err := db.Replace(ctx, "h00003", record.Record{Lang: "en", Title: &title, Text: "maritime security talks."}); err != nil {
		t.Fatal(err)
	}
}

var rankQueries = []store.SearchQuery{
	{Text: "trade"},
	{Text: "minister summit"},
	{Text: "maritime security"},
	{Text: "Kazakhstan"},
	{Text: "Samarkand railway"},
	{Text: "trade", Outlet: "antara"},
	{Text: "energy", Lang: "en", Limit: 5},
	{Text: "perdagangan Kazakhstan"},
	{Text: "cafe"},
	{Text: "Zürich railway"},
	{Text: "nowhere"},
	{Text: "trade", Limit: 40},
}

// checkRanked asserts what a user relies on for each query: every hit's
// score is the bm25() FTS5 gives the document, and a ranking that says it
// is exhaustive's has exhaustive's scores in the same order.
func checkRanked(t *testing.T, db *DB, wantExact bool) {
	t.Helper()
	ctx := context.Background()
	if err := db.Check(ctx); err != nil {
		t.Fatal(err)
	}
	exact := 0
	for _, q := range rankQueries {
		terms := store.Terms(q.Lang, q.Text)
		where, args, _, err := db.searchFilters(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		limit := q.Limit
		if limit == 0 {
			limit = 20
		}
		got, ok, err := db.rankSearch(ctx, terms, where, args, limit)
		if err != nil || !ok {
			t.Fatalf("%q: rankSearch: ok %v, %v", q.Text, ok, err)
		}
		for _, h := range got.hits {
			var rank float64
			if err := db.db.QueryRowContext(ctx, `SELECT bm25(fts, 3.0, 1.0) FROM fts WHERE fts MATCH ? AND rowid = ?`,
				matchExpr(terms), h.id).Scan(&rank); err != nil {
				t.Fatalf("%q: version %d is not a match: %v", q.Text, h.id, err)
			}
			if h.score != -rank {
				t.Errorf("%q: version %d scores %v, bm25 %v", q.Text, h.id, h.score, -rank)
			}
		}
		all := q
		all.All = true
		want, err := db.Search(ctx, all)
		if err != nil {
			t.Fatal(err)
		}
		if !got.exact {
			continue
		}
		exact++
		if len(got.hits) != len(want) {
			t.Errorf("%q: %d hits, exhaustive %d", q.Text, len(got.hits), len(want))
			continue
		}
		for i := range want {
			if got.hits[i].score != want[i].Score {
				t.Errorf("%q: place %d scores %v, exhaustive %v", q.Text, i+1, got.hits[i].score, want[i].Score)
			}
		}
	}
	t.Logf("%d of %d rankings proved exhaustive", exact, len(rankQueries))
	// a quarter at least, so that the comparison with exhaustive ranking is
	// not left to chance (the writer's lists, built while the corpus's
	// average length still moves, prove fewer than the migration's)
	if wantExact && exact < len(rankQueries)/4 {
		t.Errorf("only %d of %d rankings proved exhaustive", exact, len(rankQueries))
	}
}

func TestRankSearchIsBM25(t *testing.T) {
	db := open(t)
	defer db.Close()
	db.searchList = 25
	searchCorpus(t, db, 700, 1)
	checkRanked(t, db, true)
	// The public search gives the ranked scores and snippets.
	hits, err := db.Search(context.Background(), store.SearchQuery{Text: "Kazakhstan railway"})
	if err != nil || len(hits) == 0 {
		t.Fatalf("search = %v, %v", hits, err)
	}
	marked := 0
	for i, h := range hits {
		if h.Score <= 0 || i > 0 && h.Score > hits[i-1].Score {
			t.Errorf("hit %d %s: score %v", i, h.Name, h.Score)
		}
		if strings.Contains(h.Snippet, "«") {
			marked++
		}
	}
	if marked == 0 {
		t.Error("no snippet marks a matched word")
	}
}

// TestSearchStatsMigration: migration 037 builds, for a database written
// before it, statistics that rank as the writer's do.
func TestSearchStatsMigration(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kb.db")
	old, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	searchCorpus(t, old, 400, 2)
	// as a kronik before migration 037 left it
	if _, err := old.db.ExecContext(ctx, `DROP TABLE search_terms; DROP TABLE search_docs; DROP TABLE search_top;
		DELETE FROM schema_migrations WHERE version = 37`); err != nil {
		t.Fatal(err)
	}
	old.Close()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var listed int
	if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM search_terms WHERE listed > 0`).Scan(&listed); err != nil {
		t.Fatal(err)
	}
	// the default lists are longer than this corpus's document lists: every
	// ranking reads whole lists and is exhaustive
	if listed != 0 {
		t.Errorf("%d terms have lists", listed)
	}
	checkRanked(t, db, true)
	// and the writer goes on from there
	searchCorpus(t, db, 50, 3)
	checkRanked(t, db, true)
}

// TestSearchStatsMigrationLists: the lists the migration builds bound
// rankings as the writer's do.
func TestSearchStatsMigrationLists(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	defer db.Close()
	searchCorpus(t, db, 500, 4)
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`DELETE FROM search_terms`, `DELETE FROM search_docs`, `DELETE FROM search_top`} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if err := buildSearchStats(ctx, tx, 25); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	db.searchList = 25
	checkRanked(t, db, true)
}

// TestFTSTerm: the form the statistics count a word under is the term FTS5's
// tokenizer (unicode61, remove_diacritics 2) makes of it, for words written
// with diacritics in the languages of the news.
func TestFTSTerm(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	defer db.Close()
	words := []string{"café", "zürich", "são", "élysée", "ngụy", "łódź", "søren", "straße", "trade", "ke2"}
	if _, err := db.db.ExecContext(ctx, `CREATE VIRTUAL TABLE temp.t USING fts5 (x, tokenize = 'unicode61 remove_diacritics 2');
		CREATE VIRTUAL TABLE temp.tv USING fts5vocab(temp, t, row)`); err != nil {
		t.Fatal(err)
	}
	for _, w := range words {
		if _, err := db.db.ExecContext(ctx, `DELETE FROM temp.t`); err != nil {
			t.Fatal(err)
		}
		if _, err := db.db.ExecContext(ctx, `INSERT INTO temp.t (x) VALUES (?)`, w); err != nil {
			t.Fatal(err)
		}
		var want string
		if err := db.db.QueryRowContext(ctx, `SELECT group_concat(term, ' ') FROM temp.tv`).Scan(&want); err != nil {
			t.Fatal(err)
		}
		if got, _ := ftsTerm(w); got != want {
			t.Errorf("ftsTerm(%q) = %q, FTS5 %q", w, got, want)
		}
	}
}

// TestDocTermsRoundTrip: a document's statistics decode as encoded.
func TestDocTermsRoundTrip(t *testing.T) {
	ids := []int64{1, 2, 300, 70000}
	freqs := []termFreq{{0, 1}, {2, 0}, {1, 5}, {0, 130}}
	b := encodeDocTerms(412, ids, freqs)
	var gotIDs []int64
	var gotFreqs []termFreq
	size, err := docTerms(b, func(id int64, f termFreq) bool {
		gotIDs, gotFreqs = append(gotIDs, id), append(gotFreqs, f)
		return true
	})
	if err != nil || size != 412 || fmt.Sprint(gotIDs) != fmt.Sprint(ids) || fmt.Sprint(gotFreqs) != fmt.Sprint(freqs) {
		t.Fatalf("decoded %d %v %v, %v", size, gotIDs, gotFreqs, err)
	}
	if _, err := docTerms(b[:len(b)-1], nil); err == nil {
		t.Error("a cut blob decodes")
	}
}

// TestBound: what a document outside the candidates can score is, per word,
// the sum of its forms' weights, or the largest alone when no such
// document holds two forms of the word.
func TestBound(t *testing.T) {
	phrases := []phrase{{0, "kazakhst"}, {0, "kazakhstan"}, {1, "trade"}}
	idf := []float64{2, 3, 1}
	tops := []float64{1, 0.5, 0.25}
	tests := []struct {
		name   string
		single []bool
		want   float64
	}{
		{"a document may hold both forms", []bool{false, true}, 2*1 + 3*0.5 + 0.25},
		{"one form at most", []bool{true, true}, 2*1 + 0.25},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := bound(phrases, idf, tops, tt.single); got != tt.want {
				t.Errorf("bound = %v, want %v", got, tt.want)
			}
		})
	}
}
