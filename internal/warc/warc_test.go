package warc

import (
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kronik/internal/fetch"
)

func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	w, err := NewWriter(dir, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2025, 12, 1, 3, 0, 0, 0, time.UTC)
	in := []*fetch.Response{
		{URL: "https://warta.example/berita/1", Status: 200, Fetched: at, Proto: "HTTP/1.1", Method: "GET",
			Header:        http.Header{"Content-Type": {"text/html; charset=utf-8"}, "Etag": {`"a1"`}, "Content-Encoding": {"gzip"}},
			Body:          []byte("<html><body><p>Menteri bertemu mitra.</p></body></html>"),
			RequestHeader: http.Header{"User-Agent": {"kronik/test"}}},
		{URL: "https://warta.example/rss.xml", Status: 304, NotModified: true, Fetched: at.Add(time.Hour), Header: http.Header{}},
		{URL: "https://sibuk.example/rss.xml", Status: 429, Fetched: at, Header: http.Header{"Retry-After": {"3600"}}},
	}
	for _, r := range in {
		w.Write(r)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "kronik-*.warc.gz"))
	if len(files) != 1 {
		t.Fatalf("files %v", files)
	}
	var out []*fetch.Response
	if err := Read(files[0], func(r *fetch.Response) error { out = append(out, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(out) != len(in) {
		t.Fatalf("read %d responses, want %d", len(out), len(in))
	}
	for i, r := range out {
		want := in[i]
		if r.URL != want.URL || r.Status != want.Status || string(r.Body) != string(want.Body) || !r.Fetched.Equal(want.Fetched) ||
			r.NotModified != want.NotModified {
			t.Errorf("record %d: %+v, want %+v", i, r, want)
		}
	}
	if out[0].Header.Get("Content-Type") != "text/html; charset=utf-8" || out[0].ETag != `"a1"` || out[0].Header.Get("Content-Encoding") != "" {
		t.Errorf("header read back: %v", out[0].Header)
	}
	if out[2].Header.Get("Retry-After") != "3600" {
		t.Errorf("429 header: %v", out[2].Header)
	}
}

func TestRotation(t *testing.T) {
	dir := t.TempDir()
	w, err := NewWriter(dir, 4096)
	if err != nil {
		t.Fatal(err)
	}
	body := []byte(strings.Repeat("kata acak berbeda-beda ", 400))
	for i := 0; i < 6; i++ {
		w.Write(&fetch.Response{URL: "https://x.example/" + string(rune('a'+i)), Status: 200, Fetched: time.Now(), Header: http.Header{}, Body: body})
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "kronik-*.warc.gz"))
	if len(files) < 2 {
		t.Fatalf("not rotated: %v", files)
	}
	n := 0
	for _, f := range files {
		if err := Read(f, func(*fetch.Response) error { n++; return nil }); err != nil {
			t.Fatal(err)
		}
	}
	if n != 6 {
		t.Errorf("read %d records across %d files, want 6", n, len(files))
	}
}

func TestReadBadFile(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{"missing.warc.gz": "", "junk.warc": "this is not a warc file\n"} {
		p := filepath.Join(dir, name)
		if content != "" {
			if err := writeFile(p, content); err != nil {
				t.Fatal(err)
			}
		}
		err := Read(p, func(*fetch.Response) error { return nil })
		if err == nil || !strings.Contains(err.Error(), p) {
			t.Errorf("%s: err = %v, want an error naming the file", name, err)
		}
	}
}
