-- 001: the baseline schema of the PostgreSQL knowledge base. It holds what the
-- SQLite store holds after its migration 027, in PostgreSQL's own terms (one
-- baseline, numbered migrations from here). A document is identified by its
-- key; each distinct content is a version, kept forever with its source bytes
-- and its record. Only current versions are indexed: the derived tables hold
-- rows for current versions only.

-- pg_trgm lives in public so that every schema of the database finds it.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

CREATE TABLE documents (
	id      bigserial PRIMARY KEY,
	key     text NOT NULL UNIQUE,
	created timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE versions (
	id             bigserial PRIMARY KEY,
	document_id    bigint NOT NULL REFERENCES documents (id),
	version        integer NOT NULL,
	hash           text NOT NULL UNIQUE,
	current        boolean NOT NULL,
	name           text NOT NULL,
	path           text NOT NULL DEFAULT '',
	url            text NOT NULL DEFAULT '',
	format         text NOT NULL DEFAULT '',
	fetched        timestamptz,
	hint_title     text NOT NULL DEFAULT '',
	hint_published text NOT NULL DEFAULT '',
	hint_outlet    text NOT NULL DEFAULT '',
	body           bytea NOT NULL,
	lang           text NOT NULL DEFAULT '',
	title          text NOT NULL DEFAULT '',
	outlet         text NOT NULL DEFAULT '',
	published      text NOT NULL DEFAULT '',
	text           text NOT NULL DEFAULT '',
	record         jsonb NOT NULL,         -- the extracted record, without its text
	grp            bigint NOT NULL DEFAULT 0, -- independent source: near-duplicates share it
	near_dup_of    bigint REFERENCES versions (id),
	shingles       integer NOT NULL DEFAULT 0, -- size of the shingle set
	-- Go-stemmed words (store.IndexText) in a 'simple' tsvector, the title
	-- weighted A and the body D: PostgreSQL's own 'indonesian' configuration
	-- over-stems (Perdana -> dana) and has no stop words. NULL when not current.
	search         tsvector,
	ingested       timestamptz NOT NULL DEFAULT now(),
	extracted      timestamptz NOT NULL DEFAULT now(),
	UNIQUE (document_id, version)
);
CREATE UNIQUE INDEX versions_one_current ON versions (document_id) WHERE current;
CREATE INDEX versions_search ON versions USING gin (search) WHERE current;

-- Hashed word 5-grams (cluster.Shingles) of current versions, for
-- near-duplicates: shared rows give the exact Jaccard similarity.
CREATE TABLE shingles (
	h          bigint NOT NULL,
	version_id bigint NOT NULL,
	PRIMARY KEY (h, version_id)
);
CREATE INDEX shingles_version ON shingles (version_id);

CREATE TABLE entities (
	id       text PRIMARY KEY,
	type     text NOT NULL,
	name     text NOT NULL,
	norm     text NOT NULL,
	code     text NOT NULL DEFAULT '',
	wikidata text NOT NULL DEFAULT '',
	country  text NOT NULL DEFAULT ''
);
CREATE INDEX entities_norm ON entities (norm);

CREATE TABLE entity_docs (
	entity_id  text NOT NULL,
	version_id bigint NOT NULL,
	mentions   integer NOT NULL,
	PRIMARY KEY (entity_id, version_id)
);
CREATE INDEX entity_docs_version ON entity_docs (version_id);

CREATE TABLE aliases (
	id         bigserial PRIMARY KEY,
	version_id bigint NOT NULL,
	entity_id  text NOT NULL,
	alias      text NOT NULL,
	norm       text NOT NULL,
	lang       text NOT NULL,
	count      integer NOT NULL
);
CREATE INDEX aliases_version ON aliases (version_id);
CREATE INDEX aliases_entity ON aliases (entity_id, version_id);
-- Names are looked up exactly and, for misspellings, by trigram similarity.
CREATE INDEX aliases_exact ON aliases (norm);
CREATE INDEX aliases_norm ON aliases USING gin (norm public.gin_trgm_ops);

CREATE TABLE roles (
	id         bigserial PRIMARY KEY,
	version_id bigint NOT NULL,
	entity_id  text NOT NULL,
	title      text NOT NULL,
	"of"       text NOT NULL
);
CREATE INDEX roles_entity ON roles (entity_id, version_id);
CREATE INDEX roles_version ON roles (version_id);

CREATE TABLE quantities (
	id         bigserial PRIMARY KEY,
	version_id bigint NOT NULL,
	kind       text NOT NULL,
	value      double precision NOT NULL,
	unit       text NOT NULL,
	text       text NOT NULL,
	start      integer NOT NULL,
	"end"      integer NOT NULL,
	measures   text NOT NULL,
	approx     text NOT NULL,
	change     boolean NOT NULL,
	sentence   text NOT NULL,
	period     text NOT NULL
);
CREATE INDEX quantities_version ON quantities (version_id);

CREATE TABLE statuses (
	id         bigserial PRIMARY KEY,
	version_id bigint NOT NULL,
	phrase     text NOT NULL,
	date       text NOT NULL,
	sentence   text NOT NULL
);
CREATE INDEX statuses_version ON statuses (version_id);

-- A cluster is one real-world event; its row summarises its mentions (the
-- best mention's fields, store.Summarize) and keeps the span of days every
-- mention allows.
CREATE TABLE clusters (
	id        text PRIMARY KEY,
	type      text NOT NULL,
	mode      text NOT NULL,
	date      text NOT NULL DEFAULT '',
	date_end  text NOT NULL DEFAULT '',
	place     text NOT NULL DEFAULT '',
	name      text NOT NULL DEFAULT '',
	document  text NOT NULL DEFAULT '',
	modality  text NOT NULL DEFAULT '',
	sources   integer NOT NULL DEFAULT 0,
	mentions  integer NOT NULL DEFAULT 0,
	actors    jsonb NOT NULL DEFAULT '[]', -- entity ids in order of first appearance
	span_lo   text NOT NULL DEFAULT '',
	span_hi   text NOT NULL DEFAULT ''
);
CREATE INDEX clusters_date ON clusters (date, id);

-- Event mentions of current versions.
CREATE TABLE events (
	id         bigserial PRIMARY KEY,
	version_id bigint NOT NULL,
	idx        integer NOT NULL,
	type       text NOT NULL,
	mode       text NOT NULL,
	date       text,
	date_end   text,
	lo         text NOT NULL DEFAULT '', -- first and last day the date can mean ('' undated)
	hi         text NOT NULL DEFAULT '',
	span       smallint NOT NULL DEFAULT 0, -- 0: up to 3 days, 1: up to 35, 2: longer
	place      text,
	name       text,
	document   text,
	modality   text NOT NULL,
	evidence   text NOT NULL,
	actors     jsonb NOT NULL,
	sides      jsonb NOT NULL,
	cluster_id text NOT NULL,
	event      jsonb NOT NULL, -- the event without its evidence, for cluster.Same
	grp        bigint NOT NULL,
	published  text NOT NULL DEFAULT '' -- the version's, for mention order
);
CREATE INDEX events_version ON events (version_id);
CREATE INDEX events_cluster ON events (cluster_id, id);
-- Candidates for incremental clustering: dated events of one type and mode
-- whose days overlap a window, one range of first days per span class.
CREATE INDEX events_window ON events (type, mode, span, lo) WHERE lo <> '';

-- Each party (actor or side) of an event, for the events of an entity.
CREATE TABLE event_parties (
	entity_id text NOT NULL,
	event_id  bigint NOT NULL,
	PRIMARY KEY (entity_id, event_id)
);
CREATE INDEX event_parties_event ON event_parties (event_id);

-- When each host may next be fetched, shared by the workers of every
-- machine (internal/queue): an in-process rate limiter would let each
-- machine fetch at the full rate.
CREATE TABLE hosts (
	host    text PRIMARY KEY,
	next_at timestamptz NOT NULL
);
