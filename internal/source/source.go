// Package source reads kronik's inputs: files, folders, standard input, JSON-lines
// files of records and web pages fetched over HTTP. It hands each input on as a
// Document of raw bytes; parsing the document is the article package's job.
//
// Limits, chosen so that one bad input cannot stall a batch:
//   - a document larger than MaxSize (20 MB) is refused with an error naming it;
//     it is never read whole into memory (nor is an over-long JSON line);
//   - binary files (a NUL byte, or more than 10% control bytes) are refused;
//   - while walking a folder, hidden files and folders (".name") and obvious
//     non-documents (images, archives, media, office files) are skipped; each
//     skip is reported through onErr with an error that wraps ErrSkipped, so a
//     caller can print it as a notice rather than count it as a failure.
package source

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"kronik/internal/ordered"
)

// MaxSize is the largest document, in bytes, that Read accepts.
const MaxSize = 20 << 20

// ErrSkipped marks an input that Read skipped on purpose (hidden file, image,
// archive ...) while walking a folder. It is not a failure.
var ErrSkipped = errors.New("skipped")

// ErrTooLarge marks an input larger than MaxSize.
var ErrTooLarge = errors.New("document too large")

// ErrBinary marks an input that is not text.
var ErrBinary = errors.New("binary file, not a text or HTML document")

// Document is one input as read, before any parsing.
type Document struct {
	Name    string      // what the contract calls "source": the input file's base name, or its URL
	Path    string      // file path, "-" for stdin, or "file.jsonl:LINE" for a JSON-lines record
	URL     string      // the page's address when known (fetched, or given in a JSON-lines record)
	Body    []byte      // the raw bytes, in whatever character set the input uses
	Format  string      // "html", "text" or "" (sniff)
	Fetched time.Time   // when the input was read or fetched
	Header  http.Header // when fetched over HTTP
	Hints   Hints       // metadata given alongside the document (JSON-lines records)
}

// Hints is metadata supplied with a document by whoever collected it, e.g. the
// "title", "published" and "outlet" fields of a JSON-lines record. The article
// package prefers them over what it finds in the text.
type Hints struct {
	Title     string
	Published string
	Outlet    string
}

// Read walks the inputs (files, folders recursively in lexical order, "-" for
// stdin, http(s) URLs, JSON lines files *.jsonl/*.ndjson of {"url":...,
// "html"|"text":..., optional "title","published","outlet"}), calling fn for each
// document, or onErr with an error that names the input (file path, or
// path:line) when an input cannot be read; it goes on with the other inputs.
// Read stops and returns an error only when ctx is done or fn returns an error.
func Read(ctx context.Context, inputs []string, stdin io.Reader, fn func(Document) error, onErr func(input string, err error)) error {
	return ReadWith(ctx, Options{}, inputs, stdin, fn, onErr)
}

// FetchFunc gets one web page named on the command line.
type FetchFunc func(ctx context.Context, url string) (Document, error)

// Options tune ReadWith.
type Options struct {
	// Fetch gets URL inputs; nil uses a plain HTTP client with a 30 s
	// timeout. The commands pass the polite, guarded fetcher of package
	// fetch.
	Fetch FetchFunc
	// Parallel is how many URL inputs in a row are fetched at once
	// (default 8): three hanging addresses then cost one timeout, not
	// three. Documents still reach fn in input order.
	Parallel int
}

// ReadWith is Read with options.
func ReadWith(ctx context.Context, opts Options, inputs []string, stdin io.Reader, fn func(Document) error, onErr func(input string, err error)) error {
	if opts.Fetch == nil {
		client := &http.Client{Timeout: 30 * time.Second}
		opts.Fetch = func(ctx context.Context, url string) (Document, error) { return fetch(ctx, client, url) }
	}
	if opts.Parallel < 1 {
		opts.Parallel = 8
	}
	r := reader{ctx: ctx, stdin: stdin, fn: fn, onErr: onErr, fetch: opts.Fetch}
	for i := 0; i < len(inputs); {
		if err := ctx.Err(); err != nil {
			return err
		}
		if isURL(inputs[i]) {
			j := i
			for j < len(inputs) && isURL(inputs[j]) {
				j++
			}
			if err := r.urls(inputs[i:j], opts.Parallel); err != nil {
				return err
			}
			i = j
			continue
		}
		if err := r.input(inputs[i]); err != nil {
			return err
		}
		i++
	}
	return nil
}

func isURL(in string) bool {
	return strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://")
}

// urls fetches a run of URL inputs, up to parallel at once, and hands their
// documents on in input order (ordered.Run).
func (r *reader) urls(urls []string, parallel int) error {
	ctx, cancel := context.WithCancel(r.ctx)
	defer cancel()
	type result struct {
		url string
		doc Document
		err error
	}
	results := ordered.Run(ctx, parallel, func(send func(string) bool) {
		for _, u := range urls {
			if !send(u) {
				return
			}
		}
	}, func(u string) result {
		doc, err := r.fetch(ctx, u)
		return result{u, doc, err}
	})
	var failed error
	for res := range results {
		// After a failure the rest are received and dropped: Run's
		// channel must be drained, and cancel stops the fetches early.
		if failed != nil {
			continue
		}
		switch {
		case r.ctx.Err() != nil:
			failed = r.ctx.Err()
		case res.err != nil:
			r.onErr(res.url, res.err)
			continue
		default:
			failed = r.document(res.doc)
		}
		if failed != nil {
			cancel()
		}
	}
	if failed == nil {
		// URLs never sent because the context ended are not read.
		failed = r.ctx.Err()
	}
	return failed
}

// reader carries Read's arguments through the walk.
type reader struct {
	ctx   context.Context
	stdin io.Reader
	fn    func(Document) error
	onErr func(string, error)
	fetch FetchFunc
}

// stop wraps an error returned by fn, so that the walk can tell it from an
// input error and stop.
type stop struct{ err error }

func (s stop) Error() string { return s.err.Error() }
func (s stop) Unwrap() error { return s.err }

func (r *reader) emit(d Document) error {
	if err := r.fn(d); err != nil {
		return stop{err}
	}
	return nil
}

// input handles one command-line input; it returns an error only to stop.
func (r *reader) input(in string) error {
	switch {
	case in == "-":
		if r.stdin == nil {
			r.onErr(in, errors.New("no standard input"))
			return nil
		}
		body, err := readCapped(r.stdin)
		if err != nil {
			r.onErr(in, fmt.Errorf("read stdin: %w", err))
			return nil
		}
		return r.document(Document{Name: "-", Path: "-", Body: body, Fetched: time.Now()})
	case isURL(in):
		return r.urls([]string{in}, 1)
	}
	info, err := os.Stat(in)
	if err != nil {
		r.onErr(in, err)
		return nil
	}
	if !info.IsDir() {
		return r.file(in, info)
	}
	walkErr := filepath.WalkDir(in, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			r.onErr(path, err)
			return nil
		}
		if ctxErr := r.ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		if path != in && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			r.onErr(path, fmt.Errorf("%w: hidden file", ErrSkipped))
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if reason := nonDocument(path); reason != "" {
			r.onErr(path, fmt.Errorf("%w: %s", ErrSkipped, reason))
			return nil
		}
		// A symbolic link is followed when it leads to a regular file;
		// links to folders are not, so a walk cannot loop.
		fi, err := d.Info()
		if d.Type()&fs.ModeSymlink != 0 {
			fi, err = os.Stat(path)
		}
		if err != nil {
			r.onErr(path, err)
			return nil
		}
		if !fi.Mode().IsRegular() {
			r.onErr(path, fmt.Errorf("%w: not a regular file", ErrSkipped))
			return nil
		}
		return r.file(path, fi)
	})
	var s stop
	if errors.As(walkErr, &s) || errors.Is(walkErr, context.Canceled) || errors.Is(walkErr, context.DeadlineExceeded) {
		return walkErr
	}
	if walkErr != nil {
		r.onErr(in, walkErr)
	}
	return nil
}

// file reads one regular file (or a JSON-lines file of records).
func (r *reader) file(path string, info fs.FileInfo) error {
	if isJSONLines(path) {
		return r.jsonLines(path)
	}
	if info.Mode().IsRegular() && info.Size() > MaxSize {
		r.onErr(path, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, info.Size(), MaxSize))
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		r.onErr(path, err)
		return nil
	}
	defer f.Close()
	body, err := readCapped(f)
	if err != nil {
		r.onErr(path, fmt.Errorf("read %s: %w", path, err))
		return nil
	}
	return r.document(Document{
		Name:    filepath.Base(path),
		Path:    path,
		Body:    body,
		Format:  formatOf(path),
		Fetched: info.ModTime(),
	})
}

// document checks the body is text, normalises UTF-16 and passes it on.
func (r *reader) document(d Document) error {
	body, err := Text(d.Body)
	if err != nil {
		r.onErr(d.Path, err)
		return nil
	}
	d.Body = body
	return r.emit(d)
}

// Record is one line of a JSON-lines input; the server takes the same
// fields as the body of a posted document.
type Record struct {
	URL       string `json:"url"`
	HTML      string `json:"html"`
	Text      string `json:"text"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Outlet    string `json:"outlet"`
}

// ErrNoBody is returned for a record that has neither "html" nor "text".
var ErrNoBody = errors.New(`record has neither "html" nor "text"`)

// Document makes the record a document read at path: named by its address,
// with its title, date and outlet as hints, and its HTML as the body if it
// has any, else its text. Fetched and, for a record without an address, Name
// are the caller's.
func (rec Record) Document(path string) (Document, error) {
	d := Document{
		Name:  rec.URL,
		Path:  path,
		URL:   rec.URL,
		Hints: Hints{Title: rec.Title, Published: rec.Published, Outlet: rec.Outlet},
	}
	switch {
	case rec.HTML != "":
		d.Body, d.Format = []byte(rec.HTML), "html"
	case rec.Text != "":
		d.Body, d.Format = []byte(rec.Text), "text"
	default:
		return d, ErrNoBody
	}
	return d, nil
}

// jsonLines reads a JSON-lines file record by record; a bad record is reported
// as path:line and the rest of the file is still read.
func (r *reader) jsonLines(path string) error {
	f, err := os.Open(path)
	if err != nil {
		r.onErr(path, err)
		return nil
	}
	defer f.Close()
	info, _ := f.Stat()
	br := bufio.NewReaderSize(f, 64<<10)
	for n := 1; ; n++ {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		line, tooLong, err := readLine(br, MaxSize)
		if err != nil && !errors.Is(err, io.EOF) {
			r.onErr(LineName(path, n), err)
			return nil
		}
		at := LineName(path, n)
		switch {
		case tooLong:
			r.onErr(at, fmt.Errorf("%w: record longer than %d bytes", ErrTooLarge, MaxSize))
		case len(bytes.TrimSpace(line)) > 0:
			if stopErr := r.record(at, line, info); stopErr != nil {
				return stopErr
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
	}
}

// record turns one JSON line into a Document.
func (r *reader) record(at string, line []byte, info fs.FileInfo) error {
	var rec Record
	if err := json.Unmarshal(line, &rec); err != nil {
		r.onErr(at, fmt.Errorf("parse JSON record: %w", err))
		return nil
	}
	if err := CheckURL(rec.URL); err != nil {
		r.onErr(at, err)
		return nil
	}
	d, err := rec.Document(at)
	if err != nil {
		r.onErr(at, err)
		return nil
	}
	if info != nil {
		d.Fetched = info.ModTime()
	}
	if d.Name == "" {
		d.Name = filepath.Base(at)
	}
	return r.document(d)
}

// ErrBadURL is returned for a document address that is not an http(s) URL.
var ErrBadURL = errors.New("url must be http or https")

// CheckURL accepts "" (no address) and absolute http(s) URLs with a host: a
// record's address is shown as a link and read for its site and date, so a
// "javascript:" or "file:" address is refused, as the server refuses it.
func CheckURL(u string) error {
	if u == "" {
		return nil
	}
	pu, err := url.Parse(u)
	if err != nil {
		return fmt.Errorf("%w: %q: %v", ErrBadURL, u, err)
	}
	if s := strings.ToLower(pu.Scheme); s != "http" && s != "https" || pu.Host == "" {
		return fmt.Errorf("%w: %q", ErrBadURL, u)
	}
	return nil
}

// readLine reads one line of at most limit bytes; a longer line is consumed
// and discarded (tooLong), so memory stays bounded.
func readLine(br *bufio.Reader, limit int) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > limit {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return line, tooLong, err
	}
}

// readCapped reads all of r, or fails with ErrTooLarge after MaxSize bytes.
func readCapped(r io.Reader) ([]byte, error) {
	body, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, err
	}
	if len(body) > MaxSize {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, MaxSize)
	}
	return body, nil
}

// fetch gets one web page with a plain client (no Options.Fetch given;
// the commands always give one: Fetched).
func fetch(ctx context.Context, client *http.Client, url string) (Document, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return Document{}, fmt.Errorf("fetch %s: %w", url, err)
	}
	req.Header.Set("User-Agent", "kronik/0.1 (news research tool)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
	resp, err := client.Do(req)
	if err != nil {
		return Document{}, fmt.Errorf("fetch %s: %w", url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return Document{}, fmt.Errorf("fetch %s: HTTP %s", url, resp.Status)
	}
	if resp.ContentLength > MaxSize {
		return Document{}, fmt.Errorf("fetch %s: %w: %d bytes", url, ErrTooLarge, resp.ContentLength)
	}
	body, err := readCapped(resp.Body)
	if err != nil {
		return Document{}, fmt.Errorf("fetch %s: %w", url, err)
	}
	return Document{Name: url, Path: url, URL: url, Body: body, Format: FormatOf(resp.Header), Fetched: time.Now(), Header: resp.Header}, nil
}

// FormatOf tells the pipeline what a fetched body is from its Content-Type:
// "html", "text", or "" (the article package then looks at the bytes).
func FormatOf(h http.Header) string {
	ct := strings.ToLower(h.Get("Content-Type"))
	switch {
	case strings.Contains(ct, "html"):
		return "html"
	case strings.HasPrefix(ct, "text/plain"):
		return "text"
	}
	return ""
}

// Text checks that body is text and returns it with UTF-16 (marked by a byte
// order mark) converted to UTF-8. Other character sets are left to the
// article package, which knows about HTML charset declarations.
func Text(body []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(body, []byte{0xFF, 0xFE}):
		return decodeUTF16(body[2:], false), nil
	case bytes.HasPrefix(body, []byte{0xFE, 0xFF}):
		return decodeUTF16(body[2:], true), nil
	}
	if IsBinary(body) {
		return nil, ErrBinary
	}
	return body, nil
}

// IsBinary reports whether body is not text: it holds a NUL byte, or more than
// 10% of its first 64 KB are control bytes other than white space.
func IsBinary(body []byte) bool {
	if bytes.IndexByte(body, 0) >= 0 {
		return true
	}
	sample := body
	if len(sample) > 64<<10 {
		sample = sample[:64<<10]
	}
	ctrl := 0
	for _, b := range sample {
		if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) || b == 0x7f {
			ctrl++
		}
	}
	return ctrl*10 > len(sample)
}

func decodeUTF16(b []byte, bigEndian bool) []byte {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		if bigEndian {
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		} else {
			u = append(u, uint16(b[i+1])<<8|uint16(b[i]))
		}
	}
	out := make([]byte, 0, len(u))
	for _, r := range utf16.Decode(u) {
		out = utf8.AppendRune(out, r)
	}
	return out
}

func isJSONLines(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".jsonl" || ext == ".ndjson"
}

// formatOf guesses the format from the file name; "" leaves it to sniffing.
func formatOf(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp":
		return "html"
	case ".txt", ".text", ".md":
		return "text"
	}
	return ""
}

// skipExt lists file name endings that are never news documents, with the
// reason reported when a folder walk skips one.
var skipExt = map[string]string{
	".png": "image", ".jpg": "image", ".jpeg": "image", ".gif": "image", ".webp": "image",
	".bmp": "image", ".tif": "image", ".tiff": "image", ".ico": "image", ".svg": "image", ".avif": "image", ".heic": "image",
	".zip": "archive", ".gz": "archive", ".tgz": "archive", ".tar": "archive", ".bz2": "archive",
	".xz": "archive", ".zst": "archive", ".7z": "archive", ".rar": "archive",
	".mp3": "audio", ".wav": "audio", ".ogg": "audio", ".flac": "audio", ".m4a": "audio",
	".mp4": "video", ".mkv": "video", ".webm": "video", ".avi": "video", ".mov": "video",
	".pdf": "PDF (not supported)", ".doc": "office file", ".docx": "office file", ".xls": "office file",
	".xlsx": "office file", ".ppt": "office file", ".pptx": "office file", ".odt": "office file",
	".exe": "executable", ".so": "library", ".dll": "library", ".bin": "binary", ".o": "object file",
	".woff": "font", ".woff2": "font", ".ttf": "font", ".otf": "font",
	".db": "database", ".sqlite": "database", ".parquet": "data file",
	".css": "style sheet", ".js": "script", ".map": "source map",
	".json": "JSON data (records go in .jsonl files)",
}

// nonDocument returns why path is skipped in a folder walk, or "".
func nonDocument(path string) string {
	if reason, ok := skipExt[strings.ToLower(filepath.Ext(path))]; ok {
		return reason
	}
	return ""
}

// LineName returns the "path:line" name used for JSON-lines records.
func LineName(path string, line int) string { return path + ":" + strconv.Itoa(line) }
