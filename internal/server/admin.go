package server

import (
	"crypto/subtle"
	"errors"
	"net/http"
)

// AdminJobsPath is where the job queue's web UI is mounted: the prefix its
// handler must be built for (queue.UI).
const AdminJobsPath = "/admin/jobs/"

// adminJobsCSP is the Content-Security-Policy of the job queue's UI, the
// server's own but for style-src 'unsafe-inline': River UI applies inline
// style (a CSS-in-JS library, goober, writes its toasts' rules into a
// <style> it creates, and rendered markup carries style), which the strict
// policy blocks a dozen times on its job list (TestBrowserAdminJobs). Its
// scripts, stylesheet, icons and API calls are all same-origin, its images
// at most data: URLs in the stylesheet, and its inline <script> is a JSON
// data block, which CSP does not govern.
const adminJobsCSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
	"connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

// adminJobs is the job queue's UI mounted under AdminJobsPath, or why it is
// not.
type adminJobs struct {
	h   http.Handler // nil when not served
	off string       // the 404's message when h is nil
	// cross refuses cross-origin writes: a browser sends Basic credentials
	// with any request to the origin, a form posted from another site too,
	// and the UI's API changes jobs and queues (cancel, delete, pause).
	cross *http.CrossOriginProtection
}

func newAdminJobs(opts Options) (adminJobs, error) {
	if opts.AdminJobs == nil {
		off := opts.AdminJobsOff
		if off == "" {
			off = "this server has no job queue UI"
		}
		return adminJobs{off: off}, nil
	}
	if opts.Token == "" {
		return adminJobs{}, errors.New("server: the job queue UI needs a token")
	}
	return adminJobs{h: opts.AdminJobs, cross: http.NewCrossOriginProtection()}, nil
}

// serveAdminJobs serves the job queue's UI to holders of the token: tools
// with "Authorization: Bearer TOKEN", a browser with HTTP Basic auth whose
// password is the token (the user name is not checked), asked for with a
// WWW-Authenticate challenge.
func (s *Server) serveAdminJobs(w http.ResponseWriter, r *http.Request) {
	if s.jobs.h == nil {
		s.fail(w, r, errNotFound("%s", s.jobs.off))
		return
	}
	if !s.authorized(r) && !s.basicAuthorized(r) {
		h := w.Header()
		h.Add("WWW-Authenticate", `Basic realm="kronik job queue", charset="UTF-8"`)
		h.Add("WWW-Authenticate", `Bearer realm="kronik"`)
		s.fail(w, r, &httpError{http.StatusUnauthorized,
			"the job queue needs the token: as the password of HTTP Basic auth (any user name) or as 'Authorization: Bearer TOKEN'"})
		return
	}
	if err := s.jobs.cross.Check(r); err != nil {
		s.fail(w, r, &httpError{http.StatusForbidden, "the job queue takes no changes from another site: " + err.Error()})
		return
	}
	w.Header().Set("Content-Security-Policy", adminJobsCSP)
	s.jobs.h.ServeHTTP(w, r)
}

// basicAuthorized reports whether the request's Basic credentials carry
// the token as their password, compared in constant time.
func (s *Server) basicAuthorized(r *http.Request) bool {
	_, pass, ok := r.BasicAuth()
	return ok && len(s.token) > 0 && subtle.ConstantTimeCompare([]byte(pass), s.token) == 1
}
