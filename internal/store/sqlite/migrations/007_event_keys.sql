-- 007: blocking keys for incremental event clustering.
--
-- A new event is compared (cluster.Same) only with stored events sharing one
-- of its keys (keys.go: the two sides of talks, the place or name words of a
-- summit, the name words or kind and states of a signed document) whose
-- dates overlap its window. span is the event's span class (0: up to 3 days,
-- 1: up to 35, 2: longer), so that each class is read by a range scan over
-- lo no longer than its events need. The keys of stored events are computed
-- in Go right after this file (backfillEventKeys in migrate.go).
CREATE TABLE event_keys (
	key      INTEGER NOT NULL,
	span     INTEGER NOT NULL,
	lo       TEXT NOT NULL,
	hi       TEXT NOT NULL,
	event_id INTEGER NOT NULL,
	PRIMARY KEY (key, span, lo, event_id)
) WITHOUT ROWID;
CREATE INDEX event_keys_event ON event_keys (event_id);
