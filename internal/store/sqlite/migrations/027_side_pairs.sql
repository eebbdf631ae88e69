-- 027: every pair of an event's parties other than persons (states,
-- organisations), by day, so that "the latest events of India with
-- Kazakhstan" walks their shared events alone. Walking the rarer party's
-- events and probing each for the other read thousands of rows for a
-- hundred answers, each a page that misses the cache once the store is
-- large. Persons are left out to keep the rows few (a summit of ten states
-- is 45 rows already); a pair with a person is walked as before.
CREATE TABLE side_pairs (
	a        TEXT NOT NULL, -- the smaller id
	b        TEXT NOT NULL,
	day      TEXT NOT NULL,
	event_id INTEGER NOT NULL,
	type     TEXT NOT NULL,
	PRIMARY KEY (a, b, day, event_id)
) WITHOUT ROWID;
CREATE INDEX side_pairs_event ON side_pairs (event_id);
INSERT OR IGNORE INTO side_pairs (a, b, day, event_id, type)
	SELECT p.entity_id, q.entity_id, p.day, p.event_id, p.type
	FROM event_parties p JOIN event_parties q ON q.event_id = p.event_id AND q.entity_id > p.entity_id
	WHERE p.entity_id NOT LIKE 'person:%' AND q.entity_id NOT LIKE 'person:%';
-- Removals follow the events (the writer inserts, write.go putEvents).
CREATE TRIGGER side_pairs_remove AFTER DELETE ON events BEGIN
	DELETE FROM side_pairs WHERE event_id = old.id;
END;
