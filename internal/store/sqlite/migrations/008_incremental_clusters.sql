-- 008: cluster summaries updated from the new mentions alone.
--
-- Adding a mention to a cluster used to re-read every mention of it, which
-- grows without bound for a much-reported event (a summit reported by
-- thousands of articles). Now:
--   - events.grp copies its version's independent-source group, so that
--     whether a new mention adds a source is one lookup in
--     events_cluster_grp;
--   - cluster_dates counts a cluster's mentions by date and by whether they
--     report the event as having happened, with the first such mention: the
--     cluster's fields come from the best of these few groups;
--   - event_keys carries the cluster of each event, so that a clustering
--     lookup reads the candidate clusters from the index and then fetches
--     only as many events of each as it needs to find a match.
ALTER TABLE events ADD COLUMN grp INTEGER NOT NULL DEFAULT 0;
UPDATE events SET grp = (SELECT v.grp FROM versions v WHERE v.id = events.version_id);
CREATE INDEX events_cluster_grp ON events (cluster_id, grp);

CREATE TABLE cluster_dates (
	cluster_id TEXT NOT NULL,
	date       TEXT NOT NULL,
	occurred   INTEGER NOT NULL,
	n          INTEGER NOT NULL,
	first      INTEGER NOT NULL, -- id of the first event of the group
	PRIMARY KEY (cluster_id, date, occurred)
) WITHOUT ROWID;
INSERT INTO cluster_dates (cluster_id, date, occurred, n, first)
	SELECT cluster_id, coalesce(date, ''), modality = 'occurred', count(*), min(id) FROM events GROUP BY 1, 2, 3;

ALTER TABLE event_keys ADD COLUMN cluster_id TEXT NOT NULL DEFAULT '';
UPDATE event_keys SET cluster_id = (SELECT e.cluster_id FROM events e WHERE e.id = event_keys.event_id);
