-- 025: fewer B-trees on the write path. Every index is a random page
-- written per row, and with a page-level write-ahead log each such page is
-- written twice per batch (log, then checkpoint).
--
-- aliases.norm is no longer read: names are looked up in alias_names (020).
DROP INDEX aliases_norm;

-- event_parties ordered by (entity_id, day, event_id) as a table, so the
-- per-party walk by day needs no index of its own. (entity_id, event_id)
-- stays unique because day is a function of the event.
CREATE TABLE event_parties_new (
	entity_id TEXT NOT NULL,
	day       TEXT NOT NULL DEFAULT '',
	event_id  INTEGER NOT NULL,
	type      TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (entity_id, day, event_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO event_parties_new (entity_id, day, event_id, type)
	SELECT entity_id, day, event_id, type FROM event_parties;
DROP TABLE event_parties;
ALTER TABLE event_parties_new RENAME TO event_parties;
CREATE INDEX event_parties_event ON event_parties (event_id);
CREATE INDEX event_parties_type ON event_parties (entity_id, type, day, event_id);
