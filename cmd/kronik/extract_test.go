package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// write creates files in a temporary folder and returns its path.
func write(t *testing.T, files map[string][]byte) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const goodText = "Jakarta (ANTARA) - Presiden Indonesia Prabowo Subianto bertemu dengan Perdana Menteri Malaysia Anwar Ibrahim di Jakarta pada Senin (16/6/2025).\n"

// TestExtractBadInputsGoOn: each bad input is named on stderr, the good ones
// are still printed, and the exit code says that some inputs failed.
func TestExtractBadInputsGoOn(t *testing.T) {
	deep := "<html><body>" + strings.Repeat("<div>", 100000) + "Teks" + strings.Repeat("</div>", 100000) + "</body></html>"
	latin1 := []byte("<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head><body><p>Le caf\xe9 est bon. Jakarta (ANTARA) - Menteri Luar Negeri bertemu di Jakarta.</p></body></html>")
	dir := write(t, map[string][]byte{
		"a-good.txt":   []byte(goodText),
		"photo.jpg":    {0xff, 0xd8, 0xff, 0xe0, 0, 0x10},
		"b-binary.txt": {0x7f, 'E', 'L', 'F', 0, 0, 0, 1, 2, 3, 0, 0, 0xff, 0xfe},
		"c-empty.txt":  {},
		"d-deep.html":  []byte(deep),
		"e-latin1.htm": latin1,
		"f-badutf8.txt": append([]byte("Menteri Luar Negeri Sugiono bertemu di Jakarta, kata pejabat\xe9 kementerian. "),
			[]byte(goodText)...),
	})
	var out, errb bytes.Buffer
	code := run([]string{"extract", "--format", "jsonl", dir}, nil, &out, &errb)
	if code != exitPartial {
		t.Errorf("exit code %d, want %d (some inputs failed); stderr:\n%s", code, exitPartial, errb.String())
	}
	for _, name := range []string{"b-binary.txt", "c-empty.txt"} {
		if !strings.Contains(errb.String(), name) {
			t.Errorf("stderr does not name %s:\n%s", name, errb.String())
		}
	}
	sources := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var r struct{ Source string }
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("output line is not JSON: %v\n%s", err, line)
		}
		sources[r.Source] = true
	}
	for _, name := range []string{"a-good.txt", "f-badutf8.txt", "e-latin1.htm"} {
		if !sources[name] {
			t.Errorf("no record for %s; got %v", name, sources)
		}
	}
}

// TestExtractSkipsNonDocuments: an image in a folder is skipped with a notice;
// it is not a failed input.
func TestExtractSkipsNonDocuments(t *testing.T) {
	dir := write(t, map[string][]byte{"a.txt": []byte(goodText), "photo.jpg": {0xff, 0xd8, 0xff, 0xe0}})
	var out, errb bytes.Buffer
	if code := run([]string{"extract", "--format", "jsonl", dir}, nil, &out, &errb); code != exitOK {
		t.Errorf("exit %d, want 0; stderr: %s", code, errb.String())
	}
	if !strings.Contains(errb.String(), "skipped") || !strings.Contains(errb.String(), "photo.jpg") {
		t.Errorf("stderr should note the skipped image: %s", errb.String())
	}
}

func TestExtractUsage(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"extract"}, nil, &out, &errb); code != exitUsage {
		t.Errorf("no input: exit %d, want %d", code, exitUsage)
	}
	if code := run([]string{"extract", "--format", "xml", "x"}, nil, &out, &errb); code != exitUsage {
		t.Errorf("bad format: exit %d, want %d", code, exitUsage)
	}
	if code := run([]string{"extract", "--help"}, nil, &out, &errb); code != exitOK {
		t.Errorf("--help: exit %d, want %d", code, exitOK)
	}
	if code := run([]string{"nosuch"}, nil, &out, &errb); code != exitUsage {
		t.Errorf("unknown command: exit %d, want %d", code, exitUsage)
	}
}

func TestExtractStdinAndClustersAcrossInputs(t *testing.T) {
	dir := write(t, map[string][]byte{
		"one.txt": []byte(goodText),
		"two.txt": []byte("Jakarta (Kronika) - Prabowo Subianto dan Anwar Ibrahim mengadakan pembicaraan di Jakarta pada Senin (16/6/2025) mengenai perbatasan laut.\n"),
	})
	var out, errb bytes.Buffer
	code := run([]string{"extract", "--format", "jsonl", filepath.Join(dir, "one.txt"), "-"}, strings.NewReader(string(mustRead(t, filepath.Join(dir, "two.txt")))), &out, &errb)
	if code != exitOK {
		t.Fatalf("exit %d; stderr %s", code, errb.String())
	}
	var clusters []string
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var r struct {
			Events []struct{ Type, Mode, Cluster string }
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		for _, e := range r.Events {
			if e.Type == "CONSULT" && e.Mode == "meet" {
				clusters = append(clusters, e.Cluster)
			}
		}
	}
	if len(clusters) != 2 || clusters[0] == "" || clusters[0] != clusters[1] {
		t.Errorf("the meeting reported by two inputs should share one cluster: %v", clusters)
	}
}

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestExtractTextFormat(t *testing.T) {
	dir := write(t, map[string][]byte{"a.txt": []byte(goodText)})
	var out, errb bytes.Buffer
	if code := run([]string{"extract", "--format", "text", dir}, nil, &out, &errb); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, want := range []string{"a.txt", "CONSULT/meet", "Prabowo Subianto"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("text summary lacks %q:\n%s", want, out.String())
		}
	}
}

// Failures are reported in input order, read failures (bad JSON lines) and
// extraction failures (empty documents) interleaved as they stand in the file.
func TestExtractReportsFailuresInInputOrder(t *testing.T) {
	var lines []string
	var want []string
	for i := 1; i <= 40; i++ {
		switch i % 3 {
		case 0:
			lines = append(lines, fmt.Sprintf(`{"url":"https://a.example/%d","text":"Menteri Luar Negeri Indonesia bertemu Menteri Luar Negeri Malaysia di Jakarta pada 3 Maret 2025."}`, i))
		case 1:
			lines = append(lines, "not json")
			want = append(want, fmt.Sprintf("feed.jsonl:%d:", i))
		default:
			lines = append(lines, fmt.Sprintf(`{"url":"https://a.example/%d","text":"  "}`, i))
			want = append(want, fmt.Sprintf("feed.jsonl:%d:", i))
		}
	}
	dir := write(t, map[string][]byte{"feed.jsonl": []byte(strings.Join(lines, "\n") + "\n")})
	var out, errb bytes.Buffer
	if code := run([]string{"extract", "--workers", "4", "--format", "jsonl", filepath.Join(dir, "feed.jsonl")}, nil, &out, &errb); code != exitPartial {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitPartial, errb.String())
	}
	var got []string
	for _, l := range strings.Split(errb.String(), "\n") {
		if i := strings.Index(l, "feed.jsonl:"); i >= 0 {
			f := strings.SplitN(l[i:], ":", 3)
			got = append(got, f[0]+":"+f[1]+":")
		}
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("failures reported as\n%v\nwant\n%v", got, want)
	}
}

// TestExtractJSONLinesFailuresInOrder: failed JSON lines (a bad address, bad
// JSON, no text) are named on stderr in input order, mixed with documents
// that fail later in the pipeline.
func TestExtractJSONLinesFailuresInOrder(t *testing.T) {
	good, _ := json.Marshal(map[string]string{"url": "https://example.id/ok", "text": goodText})
	// The first record fails in the pipeline, after some work (a page of
	// nothing but links to other stories), while the reader refuses the
	// next ones at once.
	deep, _ := json.Marshal(map[string]string{"url": "https://example.id/links",
		"text": strings.Repeat("Baca juga: Menteri bertemu mitranya di Jakarta\n", 20000)})
	lines := []string{
		string(deep),
		`{"url":"javascript:alert(1)","text":"Teks"}`,
		string(good),
		`not json`,
		`{"url":"https://example.id/none"}`,
	}
	dir := write(t, map[string][]byte{"in.jsonl": []byte(strings.Join(lines, "\n") + "\n")})
	var out, errb bytes.Buffer
	code := run([]string{"extract", "--format", "jsonl", filepath.Join(dir, "in.jsonl")}, nil, &out, &errb)
	if code != exitPartial {
		t.Errorf("exit code %d, want %d; stderr:\n%s", code, exitPartial, errb.String())
	}
	if !strings.Contains(errb.String(), "javascript:alert(1)") {
		t.Errorf("stderr does not name the refused address:\n%s", errb.String())
	}
	last := -1
	for _, n := range []string{":1", ":2", ":4", ":5"} {
		i := strings.Index(errb.String(), "in.jsonl"+n+":")
		if i < 0 {
			t.Fatalf("stderr does not name line %s:\n%s", n, errb.String())
		}
		if i < last {
			t.Errorf("line %s reported out of input order:\n%s", n, errb.String())
		}
		last = i
	}
}
