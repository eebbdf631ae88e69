-- 014: a cluster's actors in a table of their own, in the order they first
-- appear (seq: the event's id times 1024 plus the actor's position in it).
-- As a JSON array on the cluster row, every new report of a much-reported
-- event decoded, extended and rewrote the whole list (121 KB for a summit
-- reported 6,000 times). clusters.actors is no longer written or read.
CREATE TABLE cluster_actors (
	cluster_id TEXT NOT NULL,
	actor      TEXT NOT NULL,
	seq        INTEGER NOT NULL,
	PRIMARY KEY (cluster_id, actor)
) WITHOUT ROWID;
INSERT INTO cluster_actors (cluster_id, actor, seq)
	SELECT c.id, j.value, j.key FROM clusters c, json_each(c.actors) j WHERE true
	ON CONFLICT DO NOTHING;
