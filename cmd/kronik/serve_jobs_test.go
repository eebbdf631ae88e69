package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"kronik/internal/store/postgres/pgtest"
)

// startServe runs `kronik serve` with args on a free port until the test
// ends, and returns its URL.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr lockedBuffer
	done := make(chan error, 1)
	go func() {
		done <- runServe(ctx, append(args, "--addr", "127.0.0.1:0"), nil, &stdout, &stderr)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve after Ctrl-C: %v", err)
			}
		case <-time.After(20 * time.Second):
			t.Error("serve did not stop")
		}
	})
	listening := regexp.MustCompile(`serving (http://127\.0\.0\.1:\d+)/`)
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if m := listening.FindStringSubmatch(stdout.String()); m != nil {
			return m[1]
		}
		select {
		case err := <-done:
			done <- err
			t.Fatalf("serve stopped early: %v\n%s%s", err, stdout.String(), stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve did not start:\n%s%s", stdout.String(), stderr.String())
		}
	}
}

func basic(user, pass string) string {
	return "Basic " + base64.StdEncoding.EncodeToString([]byte(user+":"+pass))
}

// get asks base+path with the Authorization header auth (none when empty).
func get(t *testing.T, url, auth string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		t.Fatal(err)
	}
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, b
}

// TestServeJobsUI serves a PostgreSQL knowledge base with a token and a
// queued page, and looks at the job queue's UI as a browser and as a tool.
func TestServeJobsUI(t *testing.T) {
	dsn := pgtest.DSN(t)
	var out bytes.Buffer
	if code := run([]string{"enqueue", "--db", dsn, "https://news.example/2026/talks"}, nil, &out, &out); code != 0 {
		t.Fatalf("enqueue: exit %d\n%s", code, out.String())
	}
	base := startServe(t, "--db", dsn, "--token", "s3cret")
	ui := base + "/admin/jobs/"

	res, _ := get(t, ui, "")
	if res.StatusCode != http.StatusUnauthorized || !strings.HasPrefix(res.Header.Get("WWW-Authenticate"), "Basic ") {
		t.Errorf("without credentials: %d, WWW-Authenticate %q; want 401 with a Basic challenge", res.StatusCode, res.Header.Get("WWW-Authenticate"))
	}
	res, page := get(t, ui, basic("", "s3cret"))
	if res.StatusCode != http.StatusOK || !strings.Contains(string(page), "<title>River</title>") {
		t.Fatalf("with Basic auth: %d\n%s", res.StatusCode, page)
	}
	// The page's script and stylesheet come from under the mount point.
	assets := regexp.MustCompile(`(?:src|href)="(/admin/jobs/assets/[^"]+\.(?:js|css))"`).FindAllStringSubmatch(string(page), -1)
	if len(assets) < 2 {
		t.Errorf("River UI's page names %d assets under /admin/jobs/assets/, want its script and stylesheet:\n%s", len(assets), page)
	}
	for _, a := range assets {
		if res, _ := get(t, base+a[1], basic("", "s3cret")); res.StatusCode != http.StatusOK {
			t.Errorf("%s: status %d", a[1], res.StatusCode)
		}
	}
	// Its API, as the page calls it, lists the queued page.
	res, body := get(t, ui+"api/jobs?state=available&limit=20", "Bearer s3cret")
	var jobs struct {
		Data []struct {
			Kind  string `json:"kind"`
			Queue string `json:"queue"`
			Args  string `json:"args"`
		} `json:"data"`
	}
	if err := json.Unmarshal(body, &jobs); err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("job list: %d %v\n%s", res.StatusCode, err, body)
	}
	if len(jobs.Data) != 1 || jobs.Data[0].Kind != "kronik_fetch" || jobs.Data[0].Queue != "fetch" ||
		!strings.Contains(jobs.Data[0].Args, "https://news.example/2026/talks") {
		t.Errorf("job list %+v, want the one queued fetch job", jobs.Data)
	}
}

// TestServeJobsUIOff: on SQLite, or on PostgreSQL without a token, there is
// no job queue UI, and /admin/jobs/ says why.
func TestServeJobsUIOff(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kb.db")
	db, err := openStore(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	type serveCase struct{ name, db, token, want string }
	cases := []serveCase{{"sqlite", path, "s3cret", "PostgreSQL knowledge base"}}
	if os.Getenv(pgtest.Env) != "" {
		cases = append(cases, serveCase{"postgres without token", pgtest.DSN(t), "", "only with a token"})
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			base := startServe(t, "--db", tc.db, "--token", tc.token)
			res, body := get(t, base+"/admin/jobs/", basic("", "s3cret"))
			if res.StatusCode != http.StatusNotFound || !strings.Contains(string(body), tc.want) {
				t.Errorf("/admin/jobs/: %d, want 404 saying %q\n%s", res.StatusCode, tc.want, body)
			}
		})
	}
}
