// Package warc archives what kronik fetches in WARC 1.1 files and reads them
// back, through github.com/nlnwa/gowarc/v3. Every response (robots.txt,
// tdmrep.json, feeds, sitemaps, pages, and the 304s and 429s) is written as a
// response record with its request record, so an archive is a faithful log
// of a crawl and `kronik ingest FILE.warc.gz` can process it again without
// the network.
//
// One difference from a byte-exact capture: Go's HTTP client undoes gzip
// before kronik sees the body, so the archived body is the decoded one; the
// archived header drops Content-Encoding and Transfer-Encoding and states
// the decoded Content-Length, so that the record is a valid HTTP message
// for any WARC reader.
package warc

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"sort"
	"strings"
	"sync"

	"github.com/nlnwa/gowarc/v3"

	"kronik/internal/fetch"
)

// Writer writes gzipped WARC files into a folder, starting a new file when
// the current one passes the size limit.
type Writer struct {
	mu  sync.Mutex
	w   *gowarc.WarcFileWriter
	err error // the first write error, reported by Close
}

// NewWriter opens a writer of kronik-*.warc.gz files in dir (created if
// missing), rotated after maxSize bytes.
func NewWriter(dir string, maxSize int64) (*Writer, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("archive folder %s: %w", dir, err)
	}
	gen := &gowarc.PatternNameGenerator{Directory: dir, Prefix: "kronik-", Pattern: "%{prefix}s%{ts}s-%04{serial}d.%{ext}s"}
	w := gowarc.NewWarcFileWriter(
		gowarc.WithFileNameGenerator(gen),
		gowarc.WithCompression(true),
		gowarc.WithMaxFileSize(maxSize),
		gowarc.WithMaxConcurrentWriters(1),
		gowarc.WithFlush(true), // a killed watcher leaves complete records
		gowarc.WithWarcInfoFunc(func(b gowarc.WarcRecordBuilder) error {
			_, err := b.WriteString("software: kronik\r\nformat: WARC File Format 1.1\r\n")
			return err
		}),
	)
	return &Writer{w: w}, nil
}

// Write archives one response and the request that got it. Errors are kept
// and returned by Close (an archive failure must not stop fetching, and
// must not go unnoticed).
func (w *Writer) Write(r *fetch.Response) {
	recs, err := records(r)
	if err == nil {
		for _, res := range w.w.Write(recs...) {
			if res.Err != nil {
				err = res.Err
			}
		}
	}
	if err != nil {
		w.mu.Lock()
		if w.err == nil {
			w.err = fmt.Errorf("archive %s: %w", r.URL, err)
		}
		w.mu.Unlock()
	}
}

// Close finishes the current file.
func (w *Writer) Close() error {
	cerr := w.w.Close()
	w.mu.Lock()
	defer w.mu.Unlock()
	return errors.Join(w.err, cerr)
}

// records builds the response record and its request record.
func records(r *fetch.Response) ([]gowarc.WarcRecord, error) {
	proto := r.Proto
	if proto == "" {
		proto = "HTTP/1.1"
	}
	var head bytes.Buffer
	fmt.Fprintf(&head, "%s %d %s\r\n", proto, r.Status, http.StatusText(r.Status))
	h := r.Header.Clone()
	if h == nil {
		h = http.Header{}
	}
	h.Del("Content-Encoding")
	h.Del("Transfer-Encoding")
	h.Set("Content-Length", fmt.Sprint(len(r.Body)))
	writeHeader(&head, h)
	rb := gowarc.NewRecordBuilder(gowarc.Response, gowarc.WithAddMissingDigest(true), gowarc.WithAddMissingRecordId(true), gowarc.WithFixContentLength(true))
	rb.AddWarcHeader(gowarc.WarcTargetURI, r.URL)
	rb.AddWarcHeaderTime(gowarc.WarcDate, r.Fetched)
	rb.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=response")
	if _, err := rb.Write(head.Bytes()); err != nil {
		return nil, err
	}
	if _, err := rb.Write(r.Body); err != nil {
		return nil, err
	}
	resp, _, err := rb.Build()
	if err != nil {
		return nil, fmt.Errorf("response record: %w", err)
	}
	out := []gowarc.WarcRecord{resp}
	if r.RequestHeader != nil {
		var req bytes.Buffer
		method := r.Method
		if method == "" {
			method = http.MethodGet
		}
		path := r.URL
		if i := strings.Index(path, "://"); i >= 0 {
			if j := strings.IndexByte(path[i+3:], '/'); j >= 0 {
				path = path[i+3+j:]
			} else {
				path = "/"
			}
		}
		fmt.Fprintf(&req, "%s %s HTTP/1.1\r\n", method, path)
		writeHeader(&req, r.RequestHeader)
		qb := gowarc.NewRecordBuilder(gowarc.Request, gowarc.WithAddMissingDigest(true), gowarc.WithAddMissingRecordId(true), gowarc.WithFixContentLength(true))
		qb.AddWarcHeader(gowarc.WarcTargetURI, r.URL)
		qb.AddWarcHeaderTime(gowarc.WarcDate, r.Fetched)
		qb.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=request")
		qb.AddWarcHeader(gowarc.WarcConcurrentTo, resp.RecordId())
		if _, err := qb.Write(req.Bytes()); err == nil {
			if rec, _, err := qb.Build(); err == nil {
				out = append(out, rec)
			}
		}
	}
	return out, nil
}

func writeHeader(b *bytes.Buffer, h http.Header) {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, v := range h[k] {
			fmt.Fprintf(b, "%s: %s\r\n", k, strings.NewReplacer("\r", " ", "\n", " ").Replace(v))
		}
	}
	b.WriteString("\r\n")
}

// Read calls fn with every response record of a WARC file (gzipped or
// not) as a fetch.Response, in file order. A record that cannot be read is
// an error naming the file and offset.
func Read(path string, fn func(*fetch.Response) error) error {
	rd, err := gowarc.NewWarcFileReader(path, 0, gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn), gowarc.WithSpecViolationPolicy(gowarc.ErrWarn))
	if err != nil {
		return fmt.Errorf("warc %s: %w", path, err)
	}
	defer rd.Close()
	for rec, err := range rd.Records() {
		if err != nil {
			return fmt.Errorf("warc %s: %w", path, err)
		}
		r, ok, err := response(rec.WarcRecord)
		rec.Close()
		if err != nil {
			return fmt.Errorf("warc %s at offset %d: %w", path, rec.Offset, err)
		}
		if !ok {
			continue
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

// response turns a response record back into a fetch.Response.
func response(wr gowarc.WarcRecord) (*fetch.Response, bool, error) {
	if wr.Type() != gowarc.Response {
		return nil, false, nil
	}
	hb, ok := wr.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return nil, false, nil // a non-HTTP response record (dns:, ...)
	}
	pr, err := hb.PayloadBytes()
	if err != nil {
		return nil, false, err
	}
	body, err := io.ReadAll(io.LimitReader(pr, fetch.DefaultMaxBody+1))
	if err != nil {
		return nil, false, err
	}
	date, _ := wr.Date()
	h := http.Header{}
	if hh := hb.HttpHeader(); hh != nil {
		h = hh.Clone()
	}
	r := &fetch.Response{
		URL: wr.WarcHeader().Get(gowarc.WarcTargetURI), Status: hb.HttpStatusCode(), Header: h, Body: body,
		ETag: h.Get("ETag"), LastModified: h.Get("Last-Modified"), Fetched: date,
		NotModified: hb.HttpStatusCode() == http.StatusNotModified,
	}
	return r, true, nil
}
