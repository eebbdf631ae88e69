package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"

	"kronik/internal/export"
	"kronik/internal/record"
	"kronik/internal/store"
	"kronik/internal/store/sqlite"
)

// kronik runs the command in-process and returns stdout, stderr and the exit
// code.
func kronik(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code
}

func mustKronik(t *testing.T, args ...string) string {
	t.Helper()
	out, errs, code := kronik(t, args...)
	if code != exitOK {
		t.Fatalf("kronik %s: exit %d\n%s", strings.Join(args, " "), code, errs)
	}
	return out
}

func decode[T any](t *testing.T, s string) T {
	t.Helper()
	var v T
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("decode %q: %v", s, err)
	}
	return v
}

// TestKnowledgeBase ingests the shipped samples and asks every question of
// them: the behaviour a user of `kronik ingest` and the query commands relies
// on.
func TestKnowledgeBase(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kb.db")
	samples := filepath.Join("..", "..", "samples", "news")

	out := mustKronik(t, "ingest", "--db", db, samples)
	if !strings.Contains(out, "read 3, new 3, new versions 0, duplicate 0, failed 0") {
		t.Fatalf("first ingest summary: %q", out)
	}
	out = mustKronik(t, "ingest", "--db", db, samples)
	if !strings.Contains(out, "read 3, new 0, new versions 0, duplicate 3, failed 0") {
		t.Fatalf("second ingest summary: %q", out)
	}

	// A changed file under the same name is a new version.
	page := filepath.Join(dir, "page.txt")
	os.WriteFile(page, []byte("Jakarta (Kronik) - Menteri Luar Negeri Indonesia Sugiono bertemu Menteri Luar Negeri Vietnam di Jakarta pada Senin, 2 Juni 2025.\n"), 0o644)
	mustKronik(t, "ingest", "--db", db, page)
	os.WriteFile(page, []byte("Jakarta (Kronik) - Menteri Luar Negeri Indonesia Sugiono bertemu Menteri Luar Negeri Thailand di Jakarta pada Selasa, 3 Juni 2025.\n"), 0o644)
	out = mustKronik(t, "ingest", "--db", db, page)
	if !strings.Contains(out, "new versions 1") {
		t.Fatalf("changed page summary: %q", out)
	}
	// An unreadable input is a failure with its reason; the rest goes on.
	out, _, code := kronik(t, "ingest", "--db", db, filepath.Join(dir, "missing.txt"), samples)
	if code != exitPartial || !strings.Contains(out, "failed 1") || !strings.Contains(out, "missing.txt") {
		t.Fatalf("missing input: exit %d, %q", code, out)
	}

	t.Run("search", func(t *testing.T) {
		hits := decode[[]store.Hit](t, mustKronik(t, "search", "--db", db, "--json", "perundingan batas laut"))
		if len(hits) == 0 || hits[0].Name != "id-bilateral-kl.txt" || !strings.Contains(hits[0].Snippet, "«") {
			t.Fatalf("hits = %+v", hits)
		}
		hits = decode[[]store.Hit](t, mustKronik(t, "search", "--db", db, "--json", "--lang", "en", "maritime borders"))
		if len(hits) != 1 || hits[0].Name != "en-bilateral-kl.html" {
			t.Fatalf("en hits = %+v", hits)
		}
		hits = decode[[]store.Hit](t, mustKronik(t, "search", "--db", db, "--json", "--to", "2025-01", "Malaysia"))
		if len(hits) != 0 {
			t.Fatalf("date filter: %+v", hits)
		}
		text := mustKronik(t, "search", "--db", db, "Anwar")
		if !strings.Contains(text, "«Anwar»") {
			t.Fatalf("text output: %q", text)
		}
	})

	t.Run("entity", func(t *testing.T) {
		p := decode[store.EntityProfile](t, mustKronik(t, "entity", "--db", db, "--json", "Prabowo"))
		if p.ID != "person:prabowo-subianto" || p.Type != "PERSON" || p.Documents != 2 || len(p.Roles) == 0 {
			t.Fatalf("profile = %+v", p)
		}
		var withIDN bool
		for _, c := range p.With {
			withIDN = withIDN || c.ID == "country:IDN"
		}
		if !withIDN {
			t.Fatalf("Prabowo does not appear with Indonesia: %+v", p.With)
		}
		if _, _, code := kronik(t, "entity", "--db", db, "Nobody Atall"); code != exitFail {
			t.Fatalf("unknown entity exit %d", code)
		}
	})

	t.Run("events", func(t *testing.T) {
		cs := decode[[]store.Cluster](t, mustKronik(t, "events", "--db", db, "--json",
			"--actor", "Indonesia", "--with", "Malaysia", "--type", "CONSULT", "--from", "2025-05-21", "--to", "2025-05-21"))
		var talks *store.Cluster
		for i := range cs {
			if cs[i].Mode == "meet" && cs[i].Place == "Kuala Lumpur" {
				talks = &cs[i]
			}
		}
		// The English and the Indonesian report of the talks are one event
		// with two independent sources.
		if talks == nil || talks.Sources != 2 || len(talks.Mentions) != 2 {
			t.Fatalf("talks = %+v", cs)
		}
		none := decode[[]store.Cluster](t, mustKronik(t, "events", "--db", db, "--json", "--actor", "Atlantis"))
		if len(none) != 0 {
			t.Fatalf("unknown actor matched %d events", len(none))
		}
	})

	t.Run("dossier", func(t *testing.T) {
		d := decode[store.Dossier](t, mustKronik(t, "dossier", "--db", db, "--json", "Indonesia", "Malaysia"))
		if d.A.ID != "country:IDN" || d.B.ID != "country:MYS" || len(d.Events) == 0 || len(d.Agreements) == 0 {
			t.Fatalf("dossier = %+v", d)
		}
		for i := 1; i < len(d.Events); i++ {
			if d.Events[i].Date != "" && d.Events[i-1].Date > d.Events[i].Date {
				t.Fatalf("events out of order: %s before %s", d.Events[i-1].Date, d.Events[i].Date)
			}
		}
		text := mustKronik(t, "dossier", "--db", db, "Indonesia", "Malaysia")
		for _, want := range []string{"Events (", "Agreements signed (", "Figures reported (", "Relationship status ("} {
			if !strings.Contains(text, want) {
				t.Errorf("dossier text lacks %q", want)
			}
		}
	})

	t.Run("export", func(t *testing.T) {
		jl := mustKronik(t, "export", "--db", db, "--format", "jsonl")
		lines := strings.Split(strings.TrimSpace(jl), "\n")
		if len(lines) != 4 {
			t.Fatalf("jsonl: %d records, want 4", len(lines))
		}
		nev := 0
		for _, l := range lines {
			r := decode[record.Record](t, l)
			nev += len(r.Events)
			for _, e := range r.Events {
				if e.Cluster == "" || e.Sources < 1 {
					t.Fatalf("%s: event without store cluster: %+v", r.Source, e)
				}
			}
		}
		rows, err := csv.NewReader(strings.NewReader(mustKronik(t, "export", "--db", db, "--format", "csv"))).ReadAll()
		if err != nil || len(rows) != nev+1 || strings.Join(rows[0], ",") != strings.Join(export.EventHeader, ",") {
			t.Fatalf("csv: %d rows (want %d), %v", len(rows), nev+1, err)
		}
		gd := strings.Split(strings.TrimSpace(mustKronik(t, "export", "--db", db, "--format", "gdelt")), "\n")
		codes := map[string]bool{}
		for _, l := range gd {
			f := strings.Split(l, "\t")
			if len(f) != 61 {
				t.Fatalf("gdelt row has %d columns: %q", len(f), l)
			}
			codes[f[26]] = true
		}
		if !codes["057"] || !codes["040"] {
			t.Fatalf("gdelt event codes %v, want 057 and 040", codes)
		}
		pq := filepath.Join(dir, "events.parquet")
		mustKronik(t, "export", "--db", db, "--format", "parquet", "--out", pq)
		f, err := os.Open(pq)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		r := parquet.NewGenericReader[export.ParquetRow](f)
		got := make([]export.ParquetRow, nev+1)
		n, _ := r.Read(got)
		if n != nev || got[0].Type == "" || got[0].Cluster == "" || got[0].DocumentHash == nil || len(got[0].Actors) == 0 {
			t.Fatalf("parquet: read %d rows (want %d): %+v", n, nev, got[:n])
		}
	})

	t.Run("reprocess", func(t *testing.T) {
		out := mustKronik(t, "reprocess", "--db", db)
		if !strings.Contains(out, "4 documents, 4 re-extracted, 0 failed") {
			t.Fatalf("reprocess: %q", out)
		}
		s, err := sqlite.Open(context.Background(), db)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		if err := s.Check(context.Background()); err != nil {
			t.Fatal(err)
		}
		st, _ := s.Stats(context.Background())
		if st.Documents != 4 || st.Versions != 5 {
			t.Fatalf("after reprocess: %+v, want 4 documents, 5 versions", st)
		}
	})
}

// newsDocs writes n short made-up news stories, varied enough that they are
// not near-duplicates of each other.
func newsDocs(t *testing.T, dir string, n int) {
	t.Helper()
	countries := []string{"Malaysia", "Vietnam", "Thailand", "Filipina", "Singapura", "Jepang", "Korea Selatan", "India", "Australia", "Brasil"}
	cities := []string{"Jakarta", "Hanoi", "Bangkok", "Manila", "Tokyo", "Seoul", "New Delhi", "Canberra"}
	months := []string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober"}
	sectors := []string{"energi", "pangan", "perikanan", "pendidikan", "kesehatan", "pariwisata", "logistik", "digital"}
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func(xs []string) string { return xs[rng.IntN(len(xs))] }
	for i := 0; i < n; i++ {
		a, b, city, month, sector := pick(countries), pick(countries), pick(cities), pick(months), pick(sectors)
		var sb strings.Builder
		fmt.Fprintf(&sb, "Kerja sama %s %s dan Indonesia nomor %d\n\n", sector, a, i)
		fmt.Fprintf(&sb, "%s (Kronik) - Menteri Luar Negeri Indonesia bertemu Menteri Luar Negeri %s di %s pada %d %s 2025 untuk membahas kerja sama %s.\n\n",
			city, a, city, 1+rng.IntN(28), month, sector)
		fmt.Fprintf(&sb, "Kedua menteri menandatangani nota kesepahaman tentang kerja sama %s yang berlaku selama %d tahun.\n\n", sector, 2+rng.IntN(8))
		fmt.Fprintf(&sb, "Nilai perdagangan kedua negara pada 2024 mencapai %d,%d miliar dolar AS, menurut data kementerian perdagangan.\n\n", 1+rng.IntN(90), rng.IntN(10))
		fmt.Fprintf(&sb, "Delegasi %s juga bertemu pejabat %s untuk membahas investasi baru di sektor %s dan %s.\n\n", b, a, pick(sectors), pick(sectors))
		fmt.Fprintf(&sb, "Pertemuan berikutnya dijadwalkan berlangsung di %s pada bulan %s tahun depan, kata juru bicara kementerian kepada wartawan nomor %d.\n", pick(cities), pick(months), rng.IntN(1000))
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("doc%04d.txt", i)), []byte(sb.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

var summaryRE = regexp.MustCompile(`read (\d+), new (\d+), new versions (\d+), duplicate (\d+), failed (\d+)`)

// TestIngestKilled starts `kronik ingest` as a process, kills it with SIGKILL
// once some documents are stored, then checks that the database opens, holds
// no half-written document, and that a second ingest stores exactly the rest.
func TestIngestKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and ingests a few hundred documents")
	}
	dir := t.TempDir()
	bin := buildKronik(t, dir)
	docs := filepath.Join(dir, "docs")
	os.Mkdir(docs, 0o755)
	const n = 400
	newsDocs(t, docs, n)
	db := filepath.Join(dir, "kb.db")

	// Small batches, so that the kill lands between commits with documents
	// stored and others still to come (the default batch holds all 400).
	cmd := exec.Command(bin, "ingest", "--db", db, "--workers", "2", "--batch", "16", docs)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	stored := 0
	for deadline := time.Now().Add(2 * time.Minute); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		s, err := sqlite.Open(ctx, db)
		if err != nil {
			continue // not created yet
		}
		st, err := s.Stats(ctx)
		s.Close()
		if err == nil && st.Versions >= 20 {
			stored = st.Versions
			break
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	err := cmd.Wait()
	if stored == 0 {
		t.Fatalf("ingest stored nothing before the deadline (%v)", err)
	}
	if err == nil {
		t.Skip("ingest finished before it could be killed; nothing to check")
	}

	s, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatalf("database does not open after the kill: %v", err)
	}
	if err := s.Check(ctx); err != nil {
		t.Fatalf("after the kill: %v", err)
	}
	st, _ := s.Stats(ctx)
	s.Close()
	if st.Versions >= n {
		t.Skip("every document was stored before the kill")
	}
	t.Logf("killed after %d of %d documents", st.Versions, n)

	out, err := exec.Command(bin, "ingest", "--db", db, docs).Output()
	if err != nil {
		t.Fatalf("second ingest: %v\n%s", err, out)
	}
	m := summaryRE.FindStringSubmatch(string(out))
	want := fmt.Sprintf("read %d, new %d, new versions 0, duplicate %d, failed 0", n, n-st.Versions, st.Versions)
	if m == nil || m[0] != want {
		t.Fatalf("second ingest summary %q, want %q", out, want)
	}
	s, err = sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Check(ctx); err != nil {
		t.Fatal(err)
	}
	if st, _ := s.Stats(ctx); st.Documents != n || st.Versions != n {
		t.Fatalf("after resume: %+v, want %d documents", st, n)
	}
}

// TestIngestBatches: ingest groups documents into transactions; whatever the
// batch size, the summary and the stored events are those of storing each
// document on its own, and a second run finds every document stored.
func TestIngestBatches(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests forty documents three times")
	}
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	os.Mkdir(docs, 0o755)
	const n = 40
	newsDocs(t, docs, n)
	var want string
	for _, batch := range []string{"1", "7", "64"} {
		db := filepath.Join(dir, "kb"+batch+".db")
		out := mustKronik(t, "ingest", "--db", db, "--workers", "1", "--batch", batch, docs)
		if m := summaryRE.FindString(out); m != fmt.Sprintf("read %d, new %d, new versions 0, duplicate 0, failed 0", n, n) {
			t.Fatalf("--batch %s: summary %q", batch, out)
		}
		events := mustKronik(t, "events", "--db", db, "--json")
		if batch == "1" {
			if len(decode[[]store.Cluster](t, events)) < n/2 {
				t.Fatalf("only %d event clusters stored", len(decode[[]store.Cluster](t, events)))
			}
			want = events
		} else if events != want {
			t.Errorf("--batch %s stored other events than one document at a time", batch)
		}
		out = mustKronik(t, "ingest", "--db", db, "--batch", batch, docs)
		if m := summaryRE.FindString(out); m != fmt.Sprintf("read %d, new 0, new versions 0, duplicate %d, failed 0", n, n) {
			t.Fatalf("--batch %s, second run: summary %q", batch, out)
		}
	}
	if _, _, code := kronik(t, "ingest", "--db", filepath.Join(dir, "x.db"), "--batch", "0", docs); code == exitOK {
		t.Error("--batch 0 accepted")
	}
}

// An ingest stores the same knowledge base whatever the number of workers:
// documents are extracted in parallel but stored in input order, so event
// clusters and their ids do not depend on which worker finished first.
func TestIngestSameWithAnyWorkers(t *testing.T) {
	dir := t.TempDir()
	var want string
	for _, w := range []string{"1", "4"} {
		db := filepath.Join(dir, "w"+w+".db")
		mustKronik(t, "ingest", "--workers", w, "--db", db, "../../samples/news")
		got := mustKronik(t, "events", "--db", db, "--json", "-n", "0")
		if want == "" {
			want = got
			continue
		}
		if got != want {
			t.Fatalf("events after an ingest with %s workers differ from one worker:\n%s\nwant\n%s", w, got, want)
		}
	}
}

// TestNaturalLess: failures are listed in input order, line numbers as
// numbers.
func TestNaturalLess(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"feed.jsonl:2: x", "feed.jsonl:10: x", true},
		{"feed.jsonl:10: x", "feed.jsonl:2: x", false},
		{"a.jsonl:10", "b.jsonl:1", true},
		{"f:007", "f:8", true},
		{"f:8", "f:007", false},
		{"same", "same", false},
		{"f:1", "f:1:more", true},
		{"", "a", true},
	}
	for _, tt := range tests {
		if got := naturalLess(tt.a, tt.b); got != tt.want {
			t.Errorf("naturalLess(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestIngestFailuresInLineOrder: the failed lines of a JSON-lines file are
// listed in the file's order.
func TestIngestFailuresInLineOrder(t *testing.T) {
	var feed strings.Builder
	for i := 1; i <= 12; i++ {
		feed.WriteString(`{"url":"https://example.org/` + fmt.Sprint(i) + `"}` + "\n") // no text: fails
	}
	dir := write(t, map[string][]byte{"feed.jsonl": []byte(feed.String())})
	out, _, code := kronik(t, "ingest", "--db", filepath.Join(t.TempDir(), "kb.db"), filepath.Join(dir, "feed.jsonl"))
	if code != exitPartial {
		t.Fatalf("exit %d, want %d", code, exitPartial)
	}
	lines := regexp.MustCompile(`feed\.jsonl:(\d+):`).FindAllStringSubmatch(out, -1)
	if len(lines) != 12 {
		t.Fatalf("%d failures listed, want 12:\n%s", len(lines), out)
	}
	for i, m := range lines {
		if m[1] != fmt.Sprint(i+1) {
			t.Fatalf("failure %d is line %s, want %d:\n%s", i+1, m[1], i+1, out)
		}
	}
}
