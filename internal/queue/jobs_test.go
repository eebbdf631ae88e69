package queue

import (
	"errors"
	"fmt"
	"net/url"
	"testing"
	"time"

	"github.com/riverqueue/river/rivertype"

	"kronik/internal/fetch"
)

// TestFetchFailed: what a failed fetch does to its job. Pages the
// fetcher's rules refuse, and pages gone, are not asked for again; a host
// that named a time to come back gets the job then; other failures are
// retried. A Retry-After puts a job off for a bounded time, and a bounded
// number of times.
func TestFetchFailed(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	const u = "https://news.example/a"
	// As the HTTP client wraps a dialer's refusal.
	dialRefused := &url.Error{Op: "Get", URL: u, Err: fmt.Errorf("dial tcp 127.0.0.1:80: %w", fetch.ErrPrivate)}
	for _, tc := range []struct {
		name    string
		err     error
		snoozed int    // times the job was snoozed before
		want    string // cancel, snooze or retry
		snooze  time.Duration
	}{
		{"robots.txt disallows", fmt.Errorf("%s: %w", u, fetch.ErrDisallowed), 0, "cancel", 0},
		{"private address", dialRefused, 0, "cancel", 0},
		{"not http", fetch.ErrScheme, 0, "cancel", 0},
		{"too large", fetch.ErrTooLarge, 0, "cancel", 0},
		{"redirect loop", fetch.ErrTooManyRedirects, 0, "cancel", 0},
		{"404", &fetch.StatusError{URL: u, Status: 404}, 0, "cancel", 0},
		{"410", &fetch.StatusError{URL: u, Status: 410}, 0, "cancel", 0},
		{"500", &fetch.StatusError{URL: u, Status: 500}, 0, "retry", 0},
		{"403", &fetch.StatusError{URL: u, Status: 403}, 0, "retry", 0},
		{"429 with Retry-After", &fetch.RetryError{URL: u, Status: 429, Until: now.Add(90 * time.Second)}, 0, "snooze", 90 * time.Second},
		{"Retry-After a year away", &fetch.RetryError{URL: u, Status: 429, Until: now.AddDate(1, 0, 0)}, 0, "snooze", maxRetryAfter},
		{"Retry-After after many snoozes", &fetch.RetryError{URL: u, Status: 429, Until: now.Add(time.Minute)}, maxSnoozes, "retry", 0},
		{"Retry-After already past", &fetch.RetryError{URL: u, Status: 503, Until: now.Add(-time.Second)}, 0, "retry", 0},
		{"network", errors.New("connection reset by peer"), 0, "retry", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := fetchFailed(u, tc.err, now, tc.snoozed)
			var cancel *rivertype.JobCancelError
			var snooze *rivertype.JobSnoozeError
			got := "retry"
			switch {
			case errors.As(err, &cancel):
				got = "cancel"
			case errors.As(err, &snooze):
				got = "snooze"
			}
			if got != tc.want {
				t.Fatalf("%v: job %s, want %s", err, got, tc.want)
			}
			if got == "snooze" && snooze.Duration != tc.snooze {
				t.Errorf("snoozed %v, want %v", snooze.Duration, tc.snooze)
			}
			if got != "snooze" && (err == nil || !errors.Is(err, tc.err)) {
				t.Errorf("the job's error %v does not keep the fetch's", err)
			}
		})
	}
}

// TestSnoozes reads River's count of a job's snoozes from its metadata.
func TestSnoozes(t *testing.T) {
	for _, tc := range []struct {
		metadata string
		want     int
	}{{``, 0}, {`{}`, 0}, {`{"snoozes": 3, "other": true}`, 3}} {
		if got := snoozes([]byte(tc.metadata)); got != tc.want {
			t.Errorf("snoozes(%s) = %d, want %d", tc.metadata, got, tc.want)
		}
	}
}
