package main

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// An address given to extract is fetched by the guarded fetcher: a loopback
// server is refused unless --allow-private says the user means it, and then
// its page is extracted like a file.
func TestExtractURLIsGuarded(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, "<html><head><title>Menlu bertemu</title></head><body><article><p>Jakarta (Warta) - Menteri Luar Negeri Indonesia bertemu Menteri Luar Negeri Malaysia di Jakarta pada Senin (3/3/2025) untuk membahas perbatasan.</p></article></body></html>")
	}))
	defer srv.Close()
	page := srv.URL + "/berita/1"

	var out, errb bytes.Buffer
	if code := run([]string{"extract", "--format", "jsonl", page}, nil, &out, &errb); code != exitPartial {
		t.Fatalf("exit %d, want %d (refused address); stderr:\n%s", code, exitPartial, errb.String())
	}
	if out.Len() != 0 || !strings.Contains(errb.String(), page) {
		t.Fatalf("a loopback address was fetched, or its refusal does not name it:\nstdout %s\nstderr %s", out.String(), errb.String())
	}

	out.Reset()
	errb.Reset()
	if code := run([]string{"extract", "--allow-private", "--timeout", "5s", "--format", "jsonl", page}, nil, &out, &errb); code != exitOK {
		t.Fatalf("exit %d with --allow-private; stderr:\n%s", code, errb.String())
	}
	if !strings.Contains(out.String(), `"source":"`+page+`"`) || !strings.Contains(out.String(), "CONSULT") {
		t.Fatalf("the page was not extracted:\n%s", out.String())
	}
}
