package server

import (
	"net/http"
	"time"

	"kronik/internal/store"
)

// sourcesPage is the health of the followed feeds and sitemaps.
type sourcesPage struct {
	Kept    bool // the store keeps sources (store.Sources)
	Sources []sourceRow
}

// sourceRow is one source as the page shows it.
type sourceRow struct {
	store.FeedSource
	LastFetchText, NextPollText string
	Pages                       []store.Page // the latest pages found in it
}

// pagesShown is how many of a source's latest pages the page lists.
const pagesShown = 5

// uiSources shows the sources kronik follows and their health: last fetch,
// status, items, errors, next poll, why a source was disabled, and what
// was done with its latest pages (stored, mining reserved, disallowed,
// failed with the reason).
func (s *Server) uiSources(w http.ResponseWriter, r *http.Request) error {
	sp := sourcesPage{}
	src, ok := s.st.(store.Sources)
	if ok {
		sp.Kept = true
		list, err := src.ListSources(r.Context())
		if err != nil {
			return err
		}
		now := time.Now()
		for _, f := range list {
			row := sourceRow{FeedSource: f, LastFetchText: "never", NextPollText: relTime(f.NextPoll, now)}
			if !f.LastFetch.IsZero() {
				row.LastFetchText = relTime(f.LastFetch, now)
			}
			if f.Disabled != "" {
				row.NextPollText = "disabled"
			}
			if row.Pages, err = src.Pages(r.Context(), f.ID, pagesShown); err != nil {
				return err
			}
			sp.Sources = append(sp.Sources, row)
		}
	}
	return s.html(w, r, "sources", page{Title: "Sources", Data: sp})
}

// relTime says when t is from now, in the words of a status page.
func relTime(t, now time.Time) string {
	d := t.Sub(now)
	if d <= 0 && d > -time.Minute {
		return "now"
	}
	suffix, prefix := "", "in "
	if d < 0 {
		d, suffix, prefix = -d, " ago", ""
	}
	var n string
	switch {
	case d < time.Hour:
		n = plural(int(d.Minutes()), "minute", "minutes")
	case d < 48*time.Hour:
		n = plural(int(d.Hours()), "hour", "hours")
	default:
		n = plural(int(d.Hours()/24), "day", "days")
	}
	return prefix + n + suffix
}
