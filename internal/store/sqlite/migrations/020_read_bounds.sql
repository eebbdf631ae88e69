-- 020: indexes that let the read side answer in time bounded by the size of
-- the answer, not the size of the corpus.
--
-- Both are kept by triggers, so every write path (Put, PutBatch, Replace,
-- removal) maintains them without knowing they exist.

-- Per-entity document and mention counts. FindEntities ranks the entities a
-- name can mean by mentions, and summing entity_docs for a country named in
-- a third of a million documents took longer than the whole query may.
CREATE TABLE entity_counts (
	entity_id TEXT PRIMARY KEY,
	docs      INTEGER NOT NULL,
	mentions  INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO entity_counts (entity_id, docs, mentions)
	SELECT entity_id, count(*), sum(mentions) FROM entity_docs GROUP BY entity_id;
CREATE TRIGGER entity_counts_add AFTER INSERT ON entity_docs BEGIN
	INSERT INTO entity_counts (entity_id, docs, mentions) VALUES (new.entity_id, 1, new.mentions)
		ON CONFLICT (entity_id) DO UPDATE SET docs = docs + 1, mentions = mentions + excluded.mentions;
END;
CREATE TRIGGER entity_counts_remove AFTER DELETE ON entity_docs BEGIN
	UPDATE entity_counts SET docs = docs - 1, mentions = mentions - old.mentions
		WHERE entity_id = old.entity_id;
END;

-- The first day an event can mean, on each of its party rows, so that "the
-- latest N events of India" walks one index backwards from the newest and
-- stops, instead of collecting and sorting every event India took part in.
ALTER TABLE event_parties ADD COLUMN day TEXT NOT NULL DEFAULT '';
UPDATE event_parties SET day = coalesce((SELECT lo FROM events WHERE id = event_parties.event_id), '');
CREATE INDEX event_parties_day ON event_parties (entity_id, day, event_id);
CREATE TRIGGER event_parties_day AFTER INSERT ON event_parties BEGIN
	UPDATE event_parties SET day = coalesce((SELECT lo FROM events WHERE id = new.event_id), '')
		WHERE entity_id = new.entity_id AND event_id = new.event_id;
END;

-- The entities each normalised alias has been seen for, with the number of
-- alias rows behind the pair: aliases holds a row per document, so looking a
-- name up there read one row per document naming it.
CREATE TABLE alias_names (
	norm      TEXT NOT NULL,
	entity_id TEXT NOT NULL,
	n         INTEGER NOT NULL,
	PRIMARY KEY (norm, entity_id)
) WITHOUT ROWID;
INSERT INTO alias_names (norm, entity_id, n)
	SELECT norm, entity_id, count(*) FROM aliases GROUP BY norm, entity_id;
CREATE TRIGGER alias_names_add AFTER INSERT ON aliases BEGIN
	INSERT INTO alias_names (norm, entity_id, n) VALUES (new.norm, new.entity_id, 1)
		ON CONFLICT (norm, entity_id) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER alias_names_remove AFTER DELETE ON aliases BEGIN
	UPDATE alias_names SET n = n - 1 WHERE norm = old.norm AND entity_id = old.entity_id;
END;
