-- 009: events_cluster_grp (008) serves every lookup by cluster_id; the older
-- single-column index only cost a page write per stored event.
DROP INDEX events_cluster;
