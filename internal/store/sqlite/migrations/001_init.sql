-- 001: the knowledge base.
--
-- A document is identified by its key (URL, else name); each distinct content
-- is a version, kept forever (body and extracted record) so that history and
-- reprocessing work. Only the current version of a document is indexed: the
-- derived tables below hold rows for current versions only.

CREATE TABLE documents (
	id      INTEGER PRIMARY KEY,
	key     TEXT NOT NULL UNIQUE,
	created TEXT NOT NULL
);

CREATE TABLE versions (
	id             INTEGER PRIMARY KEY,
	document_id    INTEGER NOT NULL REFERENCES documents(id),
	version        INTEGER NOT NULL,
	hash           TEXT NOT NULL UNIQUE,
	current        INTEGER NOT NULL DEFAULT 1,
	name           TEXT NOT NULL,
	path           TEXT NOT NULL DEFAULT '',
	url            TEXT NOT NULL DEFAULT '',
	format         TEXT NOT NULL DEFAULT '',
	fetched        TEXT NOT NULL DEFAULT '',
	hint_title     TEXT NOT NULL DEFAULT '',
	hint_published TEXT NOT NULL DEFAULT '',
	hint_outlet    TEXT NOT NULL DEFAULT '',
	body           BLOB NOT NULL,
	lang           TEXT NOT NULL DEFAULT '',
	title          TEXT NOT NULL DEFAULT '',
	outlet         TEXT NOT NULL DEFAULT '',
	published      TEXT NOT NULL DEFAULT '',
	text           TEXT NOT NULL DEFAULT '',
	record         TEXT NOT NULL,          -- the extracted record as JSON, without its text
	grp            INTEGER NOT NULL DEFAULT 0, -- independent source: near-duplicates share it
	near_dup_of    INTEGER,
	shingles       INTEGER NOT NULL DEFAULT 0, -- size of the shingle set
	ingested       TEXT NOT NULL,
	extracted      TEXT NOT NULL,
	UNIQUE (document_id, version)
);
CREATE INDEX versions_current ON versions (current, published);

-- Hashed word 5-grams of current versions, for near-duplicate detection.
CREATE TABLE shingles (
	h          INTEGER NOT NULL,
	version_id INTEGER NOT NULL,
	PRIMARY KEY (h, version_id)
) WITHOUT ROWID;
CREATE INDEX shingles_version ON shingles (version_id);

CREATE TABLE entities (
	id       TEXT PRIMARY KEY,
	type     TEXT NOT NULL,
	name     TEXT NOT NULL,
	norm     TEXT NOT NULL,
	code     TEXT NOT NULL DEFAULT '',
	wikidata TEXT NOT NULL DEFAULT '',
	country  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX entities_norm ON entities (norm);

CREATE TABLE entity_docs (
	version_id INTEGER NOT NULL,
	entity_id  TEXT NOT NULL,
	mentions   INTEGER NOT NULL,
	PRIMARY KEY (version_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX entity_docs_entity ON entity_docs (entity_id, version_id);

CREATE TABLE aliases (
	version_id INTEGER NOT NULL,
	entity_id  TEXT NOT NULL,
	alias      TEXT NOT NULL,
	norm       TEXT NOT NULL,
	lang       TEXT NOT NULL,
	count      INTEGER NOT NULL
);
CREATE INDEX aliases_norm ON aliases (norm);
CREATE INDEX aliases_entity ON aliases (entity_id);
CREATE INDEX aliases_version ON aliases (version_id);

CREATE TABLE roles (
	version_id INTEGER NOT NULL,
	entity_id  TEXT NOT NULL,
	title      TEXT NOT NULL,
	of         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX roles_entity ON roles (entity_id);
CREATE INDEX roles_version ON roles (version_id);

-- One row per real-world event; its fields are those of its most precisely
-- dated mention.
CREATE TABLE clusters (
	id       TEXT PRIMARY KEY,
	type     TEXT NOT NULL,
	mode     TEXT NOT NULL,
	date     TEXT NOT NULL DEFAULT '',
	date_end TEXT NOT NULL DEFAULT '',
	place    TEXT NOT NULL DEFAULT '',
	name     TEXT NOT NULL DEFAULT '',
	document TEXT NOT NULL DEFAULT '',
	modality TEXT NOT NULL DEFAULT '',
	actors   TEXT NOT NULL DEFAULT '[]', -- JSON array of entity ids
	sources  INTEGER NOT NULL DEFAULT 0,
	mentions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX clusters_date ON clusters (date);

CREATE TABLE events (
	id         INTEGER PRIMARY KEY,
	version_id INTEGER NOT NULL,
	idx        INTEGER NOT NULL, -- position in the record's events
	type       TEXT NOT NULL,
	mode       TEXT NOT NULL,
	date       TEXT,
	date_end   TEXT,
	lo         TEXT NOT NULL DEFAULT '', -- first day the date can mean
	hi         TEXT NOT NULL DEFAULT '', -- last day
	place      TEXT,
	name       TEXT,
	document   TEXT,
	modality   TEXT NOT NULL,
	evidence   TEXT NOT NULL,
	actors     TEXT NOT NULL, -- JSON array of entity ids
	sides      TEXT NOT NULL, -- JSON array: the parties the actors stand for
	cluster_id TEXT NOT NULL
);
CREATE INDEX events_window ON events (type, lo);
CREATE INDEX events_cluster ON events (cluster_id);
CREATE INDEX events_version ON events (version_id);

-- Actors and sides of each event, for the events and dossier queries.
CREATE TABLE event_parties (
	entity_id TEXT NOT NULL,
	event_id  INTEGER NOT NULL,
	PRIMARY KEY (entity_id, event_id)
) WITHOUT ROWID;
CREATE INDEX event_parties_event ON event_parties (event_id);

CREATE TABLE quantities (
	version_id INTEGER NOT NULL,
	kind       TEXT NOT NULL,
	value      REAL NOT NULL,
	unit       TEXT NOT NULL,
	text       TEXT NOT NULL,
	start      INTEGER NOT NULL,
	end        INTEGER NOT NULL,
	measures   TEXT NOT NULL DEFAULT '',
	approx     TEXT NOT NULL DEFAULT '',
	change     INTEGER NOT NULL DEFAULT 0,
	sentence   TEXT NOT NULL DEFAULT '',
	period     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX quantities_version ON quantities (version_id);

CREATE TABLE statuses (
	version_id INTEGER NOT NULL,
	phrase     TEXT NOT NULL,
	date       TEXT NOT NULL DEFAULT '',
	sentence   TEXT NOT NULL
);
CREATE INDEX statuses_version ON statuses (version_id);

-- Full-text index over words stemmed in Go (store.IndexText); rowid is the
-- version id. Contentless: the original text lives in versions.text.
CREATE VIRTUAL TABLE fts USING fts5 (
	title, body,
	content = '', contentless_delete = 1,
	tokenize = 'unicode61 remove_diacritics 2'
);
