-- 008: whether a cluster already has a report from a source group (a
-- near-duplicate stored before: summarise's EXISTS) is one probe of this
-- index, not a read of every report of the cluster; a much-reported event
-- has thousands.
CREATE INDEX IF NOT EXISTS events_cluster_grp ON events (cluster_id, grp);
