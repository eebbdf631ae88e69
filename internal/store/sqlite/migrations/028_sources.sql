-- 028: the feeds and sitemaps kronik follows (kronik sources, watch, fetch),
-- with their schedule and health, and every article URL found in them with
-- what was done with it. The schedule is in the knowledge base so that a
-- restarted watcher goes on where it stopped and several can share it.
CREATE TABLE sources (
	id            INTEGER PRIMARY KEY,
	url           TEXT NOT NULL UNIQUE,
	kind          TEXT NOT NULL,          -- feed | sitemap
	added         TEXT NOT NULL,          -- RFC 3339
	interval_s    INTEGER NOT NULL,
	next_poll     TEXT NOT NULL,          -- RFC 3339 UTC, so text order is time order
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	last_fetch    TEXT NOT NULL DEFAULT '',
	last_status   TEXT NOT NULL DEFAULT '',
	items         INTEGER NOT NULL DEFAULT 0,
	failures      INTEGER NOT NULL DEFAULT 0,
	errors        INTEGER NOT NULL DEFAULT 0,
	disabled      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sources_due ON sources (next_poll) WHERE disabled = '';
CREATE TABLE fetched_pages (
	url       TEXT PRIMARY KEY,           -- canonical
	source_id INTEGER,                    -- NULL once its source is removed
	status    TEXT NOT NULL,
	tdm       TEXT NOT NULL DEFAULT '',
	noai      INTEGER NOT NULL DEFAULT 0,
	hash      TEXT NOT NULL DEFAULT '',
	fetched   TEXT NOT NULL,
	attempts  INTEGER NOT NULL DEFAULT 1,
	error     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX fetched_pages_source ON fetched_pages (source_id, fetched);
