-- 009: an event's blocking key rows carry its cluster and its last day, in
-- one index, so that a new event's candidates and their clusters are read
-- from that index alone (as SQLite's event_keys do): reading each
-- candidate's event row for its cluster cost a page a candidate, and a
-- much-reported pair of states has hundreds of candidates in a year's
-- window. A merge moves the rows with the events (putEvents).
ALTER TABLE event_keys ADD COLUMN cluster_id text NOT NULL DEFAULT '';
UPDATE event_keys k SET cluster_id = e.cluster_id FROM events e WHERE e.id = k.event_id;
ALTER TABLE event_keys DROP CONSTRAINT event_keys_pkey;
CREATE UNIQUE INDEX event_keys_lookup ON event_keys (key, span, lo, event_id) INCLUDE (hi, cluster_id);
