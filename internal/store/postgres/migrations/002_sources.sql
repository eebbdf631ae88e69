-- 002: the feeds and sitemaps kronik follows (kronik sources, watch, fetch),
-- with their schedule and health, and every article URL found in them with
-- what was done with it; as SQLite's migration 028. The schedule is in the
-- database so that watchers on several machines share it.
CREATE TABLE sources (
	id            bigserial PRIMARY KEY,
	url           text NOT NULL UNIQUE,
	kind          text NOT NULL,          -- feed | sitemap
	added         timestamptz NOT NULL,
	interval_s    bigint NOT NULL,
	next_poll     timestamptz NOT NULL,
	etag          text NOT NULL DEFAULT '',
	last_modified text NOT NULL DEFAULT '',
	last_fetch    timestamptz,
	last_status   text NOT NULL DEFAULT '',
	items         integer NOT NULL DEFAULT 0,
	failures      integer NOT NULL DEFAULT 0,
	errors        integer NOT NULL DEFAULT 0,
	disabled      text NOT NULL DEFAULT ''
);
CREATE INDEX sources_due ON sources (next_poll) WHERE disabled = '';
CREATE TABLE fetched_pages (
	url       text PRIMARY KEY,           -- canonical
	source_id bigint,                     -- NULL once its source is removed
	status    text NOT NULL,
	tdm       text NOT NULL DEFAULT '',
	noai      boolean NOT NULL DEFAULT false,
	hash      text NOT NULL DEFAULT '',
	fetched   timestamptz NOT NULL,
	attempts  integer NOT NULL DEFAULT 1,
	error     text NOT NULL DEFAULT ''
);
CREATE INDEX fetched_pages_source ON fetched_pages (source_id, fetched);
