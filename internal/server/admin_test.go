package server

import (
	"context"
	"encoding/base64"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"kronik/internal/store/sqlite"
)

// adminServer is a server over an empty store whose job queue UI is a
// stand-in answering "jobs UI" with the path it was asked for.
func adminServer(t *testing.T, token string, jobs http.Handler, off string) (*Server, error) {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "admin.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return New(Options{Store: db, Token: token, AdminJobs: jobs, AdminJobsOff: off})
}

func basic(user, pass string) string {
	return "Basic " + base64.StdEncoding.EncodeToString([]byte(user+":"+pass))
}

func TestAdminJobs(t *testing.T) {
	ui := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "jobs UI "+r.Method+" "+r.URL.Path)
	})
	srv, err := adminServer(t, "s3cret", ui, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, method, path string
		header             map[string]string
		status             int
		body               string // in the body when not empty
		challenged         bool   // 401 with Basic and Bearer challenges
	}{
		{"no credentials", "GET", "/admin/jobs/", nil, 401, "HTTP Basic auth", true},
		{"basic, wrong password", "GET", "/admin/jobs/", map[string]string{"Authorization": basic("admin", "nope")}, 401, "", true},
		{"basic, token as password", "GET", "/admin/jobs/", map[string]string{"Authorization": basic("admin", "s3cret")}, 200, "jobs UI GET /admin/jobs/", false},
		{"basic, any user name", "GET", "/admin/jobs/assets/x.js", map[string]string{"Authorization": basic("", "s3cret")}, 200, "jobs UI GET /admin/jobs/assets/x.js", false},
		{"bearer", "GET", "/admin/jobs/api/jobs", map[string]string{"Authorization": "Bearer s3cret"}, 200, "jobs UI GET /admin/jobs/api/jobs", false},
		{"bearer, wrong token", "GET", "/admin/jobs/api/jobs", map[string]string{"Authorization": "Bearer s3cre"}, 401, "", true},
		{"token as basic user name", "GET", "/admin/jobs/", map[string]string{"Authorization": basic("s3cret", "")}, 401, "", true},
		{"same-origin write", "POST", "/admin/jobs/api/jobs/cancel", map[string]string{"Authorization": basic("a", "s3cret"), "Sec-Fetch-Site": "same-origin"}, 200, "jobs UI POST", false},
		{"cross-origin write", "POST", "/admin/jobs/api/jobs/cancel", map[string]string{"Authorization": basic("a", "s3cret"), "Sec-Fetch-Site": "cross-site", "Origin": "https://elsewhere.example"}, 403, "", false},
		{"write without credentials", "POST", "/admin/jobs/api/jobs/cancel", nil, 401, "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := do(t, srv, tc.method, tc.path, nil, tc.header)
			b, _ := io.ReadAll(res.Body)
			if res.StatusCode != tc.status {
				t.Fatalf("status %d, want %d: %s", res.StatusCode, tc.status, b)
			}
			if tc.body != "" && !strings.Contains(string(b), tc.body) {
				t.Errorf("body %q does not hold %q", b, tc.body)
			}
			challenges := strings.Join(res.Header.Values("WWW-Authenticate"), "; ")
			if tc.challenged != (strings.Contains(challenges, "Basic realm=") && strings.Contains(challenges, "Bearer realm=")) {
				t.Errorf("WWW-Authenticate %q (a Basic and a Bearer challenge wanted: %v)", challenges, tc.challenged)
			}
			csp := res.Header.Get("Content-Security-Policy")
			if relaxed := strings.Contains(csp, "'unsafe-inline'"); relaxed != (res.StatusCode == 200) {
				t.Errorf("status %d with Content-Security-Policy %q: only the UI's own answers may allow inline style", res.StatusCode, csp)
			}
			if strings.Contains(csp, "script-src 'self';") == false || strings.Contains(csp, "frame-ancestors 'none'") == false {
				t.Errorf("Content-Security-Policy %q lost its script or frame rules", csp)
			}
		})
	}
	// Everywhere else the strict policy holds.
	res := do(t, srv, "GET", "/healthz", nil, map[string]string{"Authorization": basic("a", "s3cret")})
	if csp := res.Header.Get("Content-Security-Policy"); strings.Contains(csp, "unsafe-inline") {
		t.Errorf("/healthz Content-Security-Policy %q allows inline style", csp)
	}
}

func TestAdminJobsOff(t *testing.T) {
	for _, tc := range []struct {
		name, token, off, want string
	}{
		{"sqlite", "s3cret", "the job queue lives in a PostgreSQL knowledge base", "the job queue lives in a PostgreSQL knowledge base"},
		{"no token", "", "served only with a token", "served only with a token"},
		{"no reason given", "", "", "no job queue UI"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv, err := adminServer(t, tc.token, nil, tc.off)
			if err != nil {
				t.Fatal(err)
			}
			for _, path := range []string{"/admin/jobs/", "/admin/jobs/api/jobs"} {
				res := do(t, srv, "GET", path, nil, map[string]string{"Authorization": basic("a", "s3cret")})
				b, _ := io.ReadAll(res.Body)
				if res.StatusCode != http.StatusNotFound || !strings.Contains(string(b), tc.want) {
					t.Errorf("%s: status %d, want 404 saying %q: %s", path, res.StatusCode, tc.want, b)
				}
			}
		})
	}
}

func TestAdminJobsNeedsToken(t *testing.T) {
	_, err := adminServer(t, "", http.NotFoundHandler(), "")
	if err == nil || !strings.Contains(err.Error(), "token") {
		t.Errorf("a job queue UI without a token: error %v, want one naming the token", err)
	}
}

// The bare mount point sends a browser to the folder, where the UI is.
func TestAdminJobsRedirect(t *testing.T) {
	srv, err := adminServer(t, "s3cret", http.NotFoundHandler(), "")
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest("GET", "/admin/jobs", nil))
	if loc := rec.Header().Get("Location"); rec.Code/100 != 3 || loc != "/admin/jobs/" {
		t.Errorf("GET /admin/jobs: %d to %q, want a redirect to /admin/jobs/", rec.Code, loc)
	}
}
