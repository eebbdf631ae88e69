package warc

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"kronik/internal/fetch"
)

// warcSeed writes one response through the Writer and returns the WARC file
// uncompressed, so that the fuzzer mutates the record's text, not gzip's.
func warcSeed(f *testing.F) []byte {
	dir := f.TempDir()
	w, err := NewWriter(dir, 1<<20)
	if err != nil {
		f.Fatal(err)
	}
	w.Write(&fetch.Response{URL: "https://warta.example/berita/1", Status: 200, Fetched: time.Date(2026, 3, 2, 1, 0, 0, 0, time.UTC),
		Header: http.Header{"Content-Type": {"text/html"}}, Body: []byte("<p>Menteri bertemu mitranya.</p>")})
	if err := w.Close(); err != nil {
		f.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "kronik-*.warc.gz"))
	if len(files) != 1 {
		f.Fatalf("files %v", files)
	}
	gz, err := os.ReadFile(files[0])
	if err != nil {
		f.Fatal(err)
	}
	var out bytes.Buffer
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		f.Fatal(err)
	}
	zr.Multistream(true)
	if _, err := io.Copy(&out, zr); err != nil {
		f.Fatal(err)
	}
	return out.Bytes()
}

// FuzzRead: a damaged or hostile WARC file (kronik reads archives it did
// not write when replaying) is an error or a list of responses, never a
// panic, and no body is longer than a fetch would have kept.
func FuzzRead(f *testing.F) {
	seed := warcSeed(f)
	f.Add(seed)
	f.Add(seed[:len(seed)/2])
	f.Add(bytes.Replace(seed, []byte("Content-Length: "), []byte("Content-Length: 9"), 1))
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nHTTP/\r\n\r\n"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(t.TempDir(), "in.warc")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		_ = Read(p, func(r *fetch.Response) error {
			if len(r.Body) > fetch.DefaultMaxBody+1 {
				t.Fatalf("body of %d bytes read", len(r.Body))
			}
			return nil
		})
	})
}
