package source

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// collect runs Read and returns the documents and the errors by input.
func collect(t *testing.T, inputs []string, stdin string) ([]Document, map[string]error) {
	t.Helper()
	var docs []Document
	errs := map[string]error{}
	err := Read(context.Background(), inputs, strings.NewReader(stdin),
		func(d Document) error { docs = append(docs, d); return nil },
		func(in string, err error) { errs[in] = err })
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return docs, errs
}

func write(t *testing.T, path string, body []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, body, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestReadFolderLexicalAndSkips(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "b.txt"), []byte("Berita kedua."))
	write(t, filepath.Join(dir, "a.html"), []byte("<p>Berita pertama.</p>"))
	write(t, filepath.Join(dir, "sub", "c.txt"), []byte("Berita ketiga."))
	write(t, filepath.Join(dir, ".hidden.txt"), []byte("rahasia"))
	write(t, filepath.Join(dir, ".git", "x.txt"), []byte("rahasia"))
	write(t, filepath.Join(dir, "foto.jpg"), []byte{0xff, 0xd8, 0xff})
	write(t, filepath.Join(dir, "arsip.zip"), []byte("PK\x03\x04"))
	write(t, filepath.Join(dir, "data.bin.txt"), []byte("ab\x00cd"))

	if err := os.Symlink(filepath.Join(dir, "sub"), filepath.Join(dir, "z-loop")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "b.txt"), filepath.Join(dir, "y-link.txt")); err != nil {
		t.Fatal(err)
	}
	docs, errs := collect(t, []string{dir}, "")
	var names []string
	for _, d := range docs {
		names = append(names, d.Name)
	}
	if got, want := strings.Join(names, ","), "a.html,b.txt,c.txt,y-link.txt"; got != want {
		t.Errorf("documents = %s, want %s", got, want)
	}
	if docs[0].Format != "html" || docs[1].Format != "text" {
		t.Errorf("formats = %q %q", docs[0].Format, docs[1].Format)
	}
	for _, name := range []string{".hidden.txt", "foto.jpg", "arsip.zip"} {
		if err := errs[filepath.Join(dir, name)]; !errors.Is(err, ErrSkipped) {
			t.Errorf("%s: err = %v, want ErrSkipped", name, err)
		}
	}
	if err := errs[filepath.Join(dir, "z-loop")]; !errors.Is(err, ErrSkipped) {
		t.Errorf("link to a folder: err = %v, want ErrSkipped", err)
	}
	if _, ok := errs[filepath.Join(dir, ".git", "x.txt")]; ok {
		t.Errorf("files in hidden folders must not be visited")
	}
	if err := errs[filepath.Join(dir, "data.bin.txt")]; !errors.Is(err, ErrBinary) {
		t.Errorf("binary file: err = %v, want ErrBinary", err)
	}
}

func TestReadStdinAndMissing(t *testing.T) {
	docs, errs := collect(t, []string{"-", "/no/such/file.txt"}, "Jakarta (ANTARA) - Teks.")
	if len(docs) != 1 || docs[0].Path != "-" || string(docs[0].Body) != "Jakarta (ANTARA) - Teks." {
		t.Fatalf("stdin document = %+v", docs)
	}
	if errs["/no/such/file.txt"] == nil {
		t.Errorf("missing file: no error")
	}
}

func TestReadJSONLines(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "batch.jsonl")
	body := `{"url":"https://example.id/a","html":"<p>Satu</p>","title":"Judul","published":"2025-06-17","outlet":"ANTARA"}
not json

{"url":"https://example.id/c","text":"Tiga"}
{"url":"https://example.id/d"}
`
	write(t, p, []byte(body))
	docs, errs := collect(t, []string{p}, "")
	if len(docs) != 2 {
		t.Fatalf("got %d documents, want 2", len(docs))
	}
	if d := docs[0]; d.Name != "https://example.id/a" || d.Path != p+":1" || d.Format != "html" ||
		d.Hints != (Hints{Title: "Judul", Published: "2025-06-17", Outlet: "ANTARA"}) {
		t.Errorf("first record = %+v", d)
	}
	if d := docs[1]; d.Path != p+":4" || d.Format != "text" || string(d.Body) != "Tiga" {
		t.Errorf("second record = %+v", d)
	}
	if errs[p+":2"] == nil || errs[p+":5"] == nil {
		t.Errorf("bad records must be reported by path:line, got %v", errs)
	}
}

// TestReadJSONLinesRefusesBadURLs: a record whose address is not an http(s)
// URL is refused and named by path:line, as the server refuses it.
func TestReadJSONLinesRefusesBadURLs(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "batch.jsonl")
	body := `{"url":"javascript:alert(1)","text":"Satu"}
{"url":"file:///etc/passwd","text":"Dua"}
{"url":"https://","text":"Tiga"}
{"url":"https://example.id/d","text":"Empat"}
{"text":"Lima"}
`
	write(t, p, []byte(body))
	docs, errs := collect(t, []string{p}, "")
	if len(docs) != 2 || docs[0].Path != p+":4" || docs[1].Path != p+":5" {
		t.Fatalf("got %+v, want the records of lines 4 and 5", docs)
	}
	for _, n := range []string{":1", ":2", ":3"} {
		if err := errs[p+n]; !errors.Is(err, ErrBadURL) {
			t.Errorf("line %s: error %v, want ErrBadURL", n, err)
		}
	}
}

func TestReadTooLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 50 MB file")
	}
	dir := t.TempDir()
	// One 50 MB line without a newline: refused by size before it is read.
	big := filepath.Join(dir, "big.txt")
	write(t, big, bytes.Repeat([]byte("a"), 50<<20))
	// The same as a JSON-lines record: the line is skipped without holding it
	// in memory, and the next record is still read.
	jl := filepath.Join(dir, "big.jsonl")
	f, err := os.Create(jl)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprint(f, `{"text":"`)
	f.Write(bytes.Repeat([]byte("a"), 25<<20))
	fmt.Fprint(f, "\"}\n{\"text\":\"kecil\"}\n")
	f.Close()

	docs, errs := collect(t, []string{big, jl}, "")
	if !errors.Is(errs[big], ErrTooLarge) {
		t.Errorf("50 MB file: err = %v, want ErrTooLarge", errs[big])
	}
	if !errors.Is(errs[jl+":1"], ErrTooLarge) {
		t.Errorf("25 MB record: err = %v, want ErrTooLarge", errs[jl+":1"])
	}
	if len(docs) != 1 || string(docs[0].Body) != "kecil" {
		t.Errorf("documents after the big record = %v", len(docs))
	}
}

func TestReadStdinTooLarge(t *testing.T) {
	_, errs := collect(t, []string{"-"}, strings.Repeat("x", MaxSize+1))
	if !errors.Is(errs["-"], ErrTooLarge) {
		t.Errorf("err = %v, want ErrTooLarge", errs["-"])
	}
}

func TestReadStopsWhenFnFails(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), []byte("a"))
	write(t, filepath.Join(dir, "b.txt"), []byte("b"))
	boom := errors.New("boom")
	n := 0
	err := Read(context.Background(), []string{dir}, nil,
		func(Document) error { n++; return boom }, func(string, error) {})
	if !errors.Is(err, boom) || n != 1 {
		t.Errorf("err = %v after %d documents, want boom after 1", err, n)
	}
}

func TestReadURL(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/missing" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		fmt.Fprint(w, "<p>Caf\xe9</p>")
	}))
	defer srv.Close()
	docs, errs := collect(t, []string{srv.URL + "/a", srv.URL + "/missing"}, "")
	if len(docs) != 1 || docs[0].Name != srv.URL+"/a" || docs[0].Format != "html" ||
		docs[0].Header.Get("Content-Type") == "" {
		t.Fatalf("fetched = %+v", docs)
	}
	if errs[srv.URL+"/missing"] == nil {
		t.Errorf("404 must be an error")
	}
}

func TestText(t *testing.T) {
	tests := []struct {
		name   string
		in     []byte
		want   string
		binary bool
	}{
		{"plain", []byte("Halo dunia"), "Halo dunia", false},
		{"utf16le", []byte{0xFF, 0xFE, 'H', 0, 'i', 0}, "Hi", false},
		{"utf16be", []byte{0xFE, 0xFF, 0, 'H', 0, 'i'}, "Hi", false},
		{"nul", []byte("abc\x00def"), "", true},
		{"control", bytes.Repeat([]byte{1, 2, 3, 'a'}, 100), "", true},
		{"latin1 bytes are text", []byte("Caf\xe9 \xab kutipan \xbb"), "Caf\xe9 \xab kutipan \xbb", false},
	}
	for _, tt := range tests {
		got, err := Text(tt.in)
		if tt.binary != errors.Is(err, ErrBinary) {
			t.Errorf("%s: err = %v", tt.name, err)
		}
		if !tt.binary && string(got) != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// FuzzCheckURL: an address CheckURL accepts is empty or an http(s) URL with a
// host.
func FuzzCheckURL(f *testing.F) {
	for _, s := range []string{"", "https://example.id/a", "javascript:alert(1)", "HTTP://X", "//example.id", "https://", "file:///x", "%zz"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, u string) {
		if CheckURL(u) != nil || u == "" {
			return
		}
		pu, err := url.Parse(u)
		if err != nil || pu.Host == "" || !strings.EqualFold(pu.Scheme, "http") && !strings.EqualFold(pu.Scheme, "https") {
			t.Fatalf("CheckURL accepted %q", u)
		}
	})
}

// URL inputs in a row are fetched at once (a slow or hanging address costs
// one wait, not one per address) and still reach fn in input order; a failed
// address is named and the others go on.
func TestReadURLsInParallel(t *testing.T) {
	urls := []string{"https://a.example/1", "https://a.example/2", "https://a.example/3", "https://a.example/4"}
	var mu sync.Mutex
	inFlight, most := 0, 0
	all := make(chan struct{})
	var once sync.Once
	fetch := func(ctx context.Context, u string) (Document, error) {
		mu.Lock()
		inFlight++
		most = max(most, inFlight)
		if inFlight == 3 {
			once.Do(func() { close(all) }) // three requests are waiting at once
		}
		mu.Unlock()
		defer func() { mu.Lock(); inFlight--; mu.Unlock() }()
		select {
		case <-all:
		case <-time.After(10 * time.Second):
			return Document{}, errors.New("requests were not made in parallel")
		}
		if strings.HasSuffix(u, "/2") {
			return Document{}, errors.New("HTTP 404")
		}
		return Document{Name: u, Path: u, URL: u, Body: []byte("Teks " + u), Format: "text"}, nil
	}
	var got []string
	errs := map[string]error{}
	err := ReadWith(context.Background(), Options{Fetch: fetch, Parallel: 3}, urls, nil,
		func(d Document) error { got = append(got, d.URL); return nil },
		func(in string, err error) { errs[in] = err })
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{urls[0], urls[2], urls[3]}; strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("documents %v, want %v in input order", got, want)
	}
	if errs[urls[1]] == nil || len(errs) != 1 {
		t.Errorf("errors %v, want one for %s", errs, urls[1])
	}
	if most > 3 {
		t.Errorf("%d requests at once, want at most 3", most)
	}
}
