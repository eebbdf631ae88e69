package watch

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"

	"kronik/internal/feed"
	"kronik/internal/fetch"
	"kronik/internal/sitemap"
	"kronik/internal/source"
	"kronik/internal/store"
)

// maxChildSitemaps bounds how many sitemaps of an index are read in one
// poll: the most recently modified, where news is.
const maxChildSitemaps = 10

// item is an article a source lists.
type item struct {
	url, title, date, published, outlet string
}

// feedItems are the articles feed f lists, the feed's title as their
// outlet.
func feedItems(f *feed.Feed) []item {
	out := make([]item, 0, len(f.Items))
	for _, it := range f.Items {
		out = append(out, item{url: it.URL, title: it.Title, date: it.Date, published: it.Published, outlet: f.Title})
	}
	return out
}

// sitemapItems are the articles of sitemap entries es.
func sitemapItems(es []sitemap.Entry) []item {
	out := make([]item, 0, len(es))
	for _, e := range es {
		out = append(out, item{url: e.URL, title: e.Title, date: e.Date, published: e.Published, outlet: e.Outlet})
	}
	return out
}

// poll fetches one claimed source and the new articles it lists. When ctx
// is done mid-poll (the watcher is stopped) the source is released: due at
// once, its validators not updated, so a restart polls it again and finds
// the pages already done. A watcher killed outright leaves its lease, and
// the source is due again when the lease runs out; a long poll renews its
// lease as it goes.
func (w *Watcher) poll(ctx context.Context, src store.FeedSource) Summary {
	sum := Summary{Polled: 1}
	log := w.opt.Log.With("source", src.URL)
	src.LastFetch = w.opt.Now()
	resp, err := w.opt.Fetcher.Get(ctx, fetch.Request{URL: src.URL, ETag: src.ETag, LastModified: src.LastModified})
	if err == nil && !resp.NotModified && len(resp.Body) == 0 {
		err = fmt.Errorf("%s: empty answer", src.URL)
	}
	if err != nil {
		if ctx.Err() != nil {
			return w.release(ctx, src, sum)
		}
		return w.failed(ctx, log, src, err, sum)
	}
	if resp.NotModified {
		sum.NotModified = 1
		src.LastStatus, src.Failures = "not modified", 0
		w.schedule(&src, 0, maxAge(resp.Header))
		w.update(ctx, log, src)
		log.Debug("not modified")
		return sum
	}
	items, ttl, err := w.items(ctx, src, resp)
	if err != nil {
		if ctx.Err() != nil {
			return w.release(ctx, src, sum)
		}
		return w.failed(ctx, log, src, err, sum)
	}
	sum.Items = len(items)
	fresh, handled := 0, 0
	var wait *fetch.RetryError
	renewed := w.opt.Now()
	for _, it := range items {
		if fresh >= w.opt.MaxItems {
			break
		}
		if now := w.opt.Now(); now.Sub(renewed) > w.opt.Lease/3 {
			// A long poll keeps its lease, so that a short lease (a
			// killed watcher's sources come back soon) does not hand a
			// source being polled to another watcher.
			renewed = now
			held := src
			held.NextPoll = now.Add(w.opt.Lease)
			w.update(ctx, log, held)
		}
		canon, err := fetch.Canonical(it.url)
		if err != nil {
			handled++
			continue
		}
		done, err := w.opt.Sources.PageDone(ctx, canon)
		if err != nil {
			return w.failed(ctx, log, src, err, sum)
		}
		if done {
			handled++
			continue
		}
		fresh++
		p, err := w.page(ctx, src, it, canon)
		if ctx.Err() != nil {
			return w.release(ctx, src, sum)
		}
		if errors.As(err, &wait) {
			break // the host asked to wait: the rest next time
		}
		handled++
		switch p.Status {
		case store.PageStored:
			sum.Stored++
			src.Items++
		case store.PageReserved:
			sum.Reserved++
		case store.PageDisallowed:
			sum.Disallowed++
		case store.PageFailed:
			sum.Failed++
			log.Warn("page failed", "url", canon, "err", p.Error)
		}
	}
	src.Failures = 0
	src.LastStatus = "ok"
	w.schedule(&src, fresh, max(ttl, maxAge(resp.Header)))
	switch {
	case wait != nil:
		src.LastStatus = "waiting: " + wait.Reason
		src.NextPoll = maxTime(wait.Until, w.opt.Now().Add(time.Second))
	case handled < len(items):
		// More items than one poll takes: come back soon, and do not keep
		// the validators, or the next poll's 304 would hide the rest.
		src.NextPoll = w.opt.Now().Add(w.opt.MinInterval)
	default:
		src.ETag, src.LastModified = resp.ETag, resp.LastModified
	}
	w.update(ctx, log, src)
	log.Info("polled", "items", len(items), "new", fresh, "stored", sum.Stored, "next", src.NextPoll.Format(time.RFC3339))
	return sum
}

// release gives a source back when the watcher stops mid-poll.
func (w *Watcher) release(ctx context.Context, src store.FeedSource, sum Summary) Summary {
	src.NextPoll = w.opt.Now()
	w.update(context.WithoutCancel(ctx), w.opt.Log, src)
	return sum
}

func (w *Watcher) failed(ctx context.Context, log interface{ Warn(string, ...any) }, src store.FeedSource, err error, sum Summary) Summary {
	w.fail(&src, err)
	sum.SourceErrs = append(sum.SourceErrs, fmt.Sprintf("%s: %s", src.URL, src.LastStatus))
	log.Warn("poll failed", "err", err, "next", src.NextPoll.Format(time.RFC3339), "disabled", src.Disabled)
	w.update(ctx, log, src)
	return sum
}

func (w *Watcher) update(ctx context.Context, log interface{ Warn(string, ...any) }, src store.FeedSource) {
	if err := w.opt.Sources.UpdateSource(ctx, src); err != nil && !errors.Is(err, store.ErrNotFound) {
		log.Warn("could not record the poll", "err", err)
	}
}

// items reads the articles a feed or sitemap lists; a sitemap index is
// followed one level down.
func (w *Watcher) items(ctx context.Context, src store.FeedSource, resp *fetch.Response) ([]item, time.Duration, error) {
	if feed.Is(resp.Body) {
		f, err := feed.Parse(resp.Body, resp.URL)
		if err != nil {
			return nil, 0, err
		}
		return feedItems(f), f.TTL, nil
	}
	sm, err := sitemap.Parse(resp.Body, resp.URL)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: neither a feed nor a sitemap: %w", src.URL, err)
	}
	entries := sm.URLs
	if len(sm.Index) > 0 {
		children := sm.Index
		sort.SliceStable(children, func(i, j int) bool { return children[i].LastMod > children[j].LastMod })
		var errs []error
		for _, c := range children[:min(len(children), maxChildSitemaps)] {
			r, err := w.opt.Fetcher.Get(ctx, fetch.Request{URL: c.URL})
			if err == nil {
				var child *sitemap.Sitemap
				if child, err = sitemap.Parse(r.Body, r.URL); err == nil {
					entries = append(entries, child.URLs...)
				}
			}
			if err != nil {
				if ctx.Err() != nil {
					return nil, 0, ctx.Err()
				}
				errs = append(errs, err)
			}
		}
		if len(entries) == 0 && len(errs) > 0 {
			return nil, 0, errors.Join(errs...)
		}
	}
	// Newest first, so that a long sitemap gives its recent news first.
	sort.SliceStable(entries, func(i, j int) bool {
		return cmp.Or(entries[i].Date, entries[i].LastMod) > cmp.Or(entries[j].Date, entries[j].LastMod)
	})
	return sitemapItems(entries), 0, nil
}

// page fetches one article, checks its mining reservation, hands it to the
// sink and records the outcome. A *fetch.RetryError is returned unrecorded
// (the page is tried again later).
func (w *Watcher) page(ctx context.Context, src store.FeedSource, it item, canon string) (store.Page, error) {
	p := store.Page{URL: canon, SourceID: src.ID, Fetched: w.opt.Now()}
	resp, err := w.opt.Fetcher.Get(ctx, fetch.Request{URL: canon, Accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"})
	var re *fetch.RetryError
	switch {
	case ctx.Err() != nil:
		return p, ctx.Err()
	case errors.As(err, &re):
		return p, err
	case errors.Is(err, fetch.ErrDisallowed):
		p.Status = store.PageDisallowed
	case err != nil:
		p.Status, p.Error = store.PageFailed, err.Error()
	default:
		p = w.extract(ctx, p, it, resp)
		if p.Status != store.PageStored && ctx.Err() != nil {
			return p, ctx.Err()
		}
	}
	// A page stored is recorded even when the watcher is being stopped:
	// the record is one small write, and without it a restart would fetch
	// the page again.
	if err := w.opt.Sources.MarkPage(context.WithoutCancel(ctx), p); err != nil {
		return p, err
	}
	if w.opt.OnPage != nil {
		w.opt.OnPage(p)
	}
	return p, nil
}

// extract decides on a fetched page and stores it through the sink.
func (w *Watcher) extract(ctx context.Context, p store.Page, it item, resp *fetch.Response) store.Page {
	tdm := w.opt.Fetcher.TDMOf(ctx, resp)
	p.NoAI = tdm.NoAI
	if tdm.Reserved {
		p.TDM = tdm.Source
		if !w.opt.AllowReserved {
			p.Status = store.PageReserved
			w.opt.Log.Info("mining reserved: not extracted", "url", p.URL, "by", tdm.Source, "policy", tdm.Policy)
			return p
		}
		w.opt.Log.Warn("mining reserved: extracted because --tdm-rights was given", "url", p.URL, "by", tdm.Source)
	}
	doc := pageDocument(resp, it, p.URL)
	pageURL := doc.URL
	hash, err := w.opt.Sink.Store(ctx, doc)
	if err != nil {
		p.Status, p.Error = store.PageFailed, err.Error()
		return p
	}
	p.Status, p.Hash = store.PageStored, hash
	if pageURL != p.URL {
		// The page names itself otherwise (AMP, tracking variant): its
		// canonical address is done too, whichever source lists it next.
		alias := p
		alias.URL = pageURL
		if err := w.opt.Sources.MarkPage(context.WithoutCancel(ctx), alias); err != nil {
			w.opt.Log.Warn("could not record the page's canonical address", "url", pageURL, "err", err)
		}
	}
	return p
}

// pageDocument is the document a fetched page becomes: stored under the
// page's canonical address (fallback: the listed one, canonicalised), with
// the listing's title, date and outlet as hints.
func pageDocument(resp *fetch.Response, it item, fallback string) source.Document {
	pageURL, err := fetch.PageURL(resp)
	if err != nil {
		pageURL = fallback
	}
	return source.Document{Name: pageURL, Path: pageURL, URL: pageURL, Body: resp.Body, Format: source.FormatOf(resp.Header),
		Fetched: resp.Fetched, Header: resp.Header, Hints: source.Hints{Title: it.title, Published: cmp.Or(it.date, it.published), Outlet: it.outlet}}
}

// maxAge reads Cache-Control max-age (s-maxage for shared caches is not
// kronik's concern).
func maxAge(h http.Header) time.Duration {
	for _, d := range strings.Split(h.Get("Cache-Control"), ",") {
		d = strings.TrimSpace(strings.ToLower(d))
		if v, ok := strings.CutPrefix(d, "max-age="); ok {
			if n, err := strconv.Atoi(strings.Trim(v, `"`)); err == nil && n > 0 {
				return time.Duration(n) * time.Second
			}
		}
	}
	return 0
}
