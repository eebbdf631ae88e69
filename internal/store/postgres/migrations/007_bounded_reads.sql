-- 007: writes and questions whose cost is that of their answer, not of the
-- corpus (as SQLite's migrations 007, 020 and 021 did for that backend).

-- Blocking keys (cluster.Keys, stored side) of dated events, by span class
-- and first day, as SQLite's event_keys: a new event's candidates are the
-- events sharing one of its lookup keys in its window. Reading every event
-- of the type and mode in the window and filtering on sides read, for a
-- year-dated report, every such event of a year: a write's cost grew with
-- the corpus. The keys of stored events are computed by the migration's Go
-- step (keysStep).
CREATE TABLE event_keys (
	key      bigint NOT NULL,
	span     smallint NOT NULL,
	lo       text NOT NULL,
	hi       text NOT NULL,
	event_id bigint NOT NULL,
	PRIMARY KEY (key, span, lo, event_id)
);
CREATE INDEX event_keys_event ON event_keys (event_id);
-- The type and mode scan it replaces.
DROP INDEX IF EXISTS events_window;

-- The first day an event can mean and its type on each of its party rows,
-- so that "the latest events of Kazakhstan" (and of its agreements) walks
-- one index from the newest day backwards and stops at the answer, instead
-- of probing clusters newest first for one that Kazakhstan is a party of.
ALTER TABLE event_parties ADD COLUMN day text NOT NULL DEFAULT '';
ALTER TABLE event_parties ADD COLUMN type text NOT NULL DEFAULT '';
UPDATE event_parties p SET day = e.lo, type = e.type FROM events e WHERE e.id = p.event_id;
CREATE INDEX event_parties_day ON event_parties (entity_id, day, event_id);
CREATE INDEX event_parties_type ON event_parties (entity_id, type, day, event_id);

-- The first reports of a cluster in the order they are shown (earliest
-- published first), read by a walk of this index that stops at the limit.
CREATE INDEX events_shown ON events (cluster_id, (published = ''), published, version_id, idx);

-- Document and mention counts of each entity, as SQLite's entity_counts:
-- ranking the entities a name can mean summed entity_docs over every
-- document naming a state. Sixteen rows an entity (shard: the version id
-- modulo 16), each written at the end of a write: one row would be locked
-- by every write naming Indonesia until it commits, so that writers would
-- queue on it; two writes meet on a row once in sixteen.
CREATE TABLE entity_counts (
	entity_id text NOT NULL,
	shard     smallint NOT NULL,
	docs      integer NOT NULL,
	mentions  integer NOT NULL,
	PRIMARY KEY (entity_id, shard)
);
INSERT INTO entity_counts (entity_id, shard, docs, mentions)
	SELECT entity_id, version_id % 16, count(*), sum(mentions) FROM entity_docs GROUP BY 1, 2;

-- The entities a normalised alias was seen for are read by skipping along
-- this index, an entity at a time, not a row per document naming it.
CREATE INDEX aliases_norm_entity ON aliases (norm, entity_id);
DROP INDEX IF EXISTS aliases_exact;
