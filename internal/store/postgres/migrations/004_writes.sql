-- 004: cheaper writes side by side. Cluster summaries are kept
-- incrementally: a cluster's state
-- (store.ClusterState: its mentions by date and modality with each group's
-- first mention, the first place, name and document, actors, counts and
-- span) is kept as JSON beside its summary, so that a new report updates the
-- summary from the state instead of reading every mention of the event
-- again. The states of stored clusters are computed by the migration's Go
-- step (stateStep). Writers no longer share one lock: a write locks the
-- blocking keys of its events and the rows of the clusters it joins
-- (locks.go).
ALTER TABLE clusters ADD COLUMN state jsonb;

-- The trigram index on alias names served no query: an entity is found by
-- its id, its normalised name or an alias's exactly (aliases_exact), as in
-- SQLite, so that both backends give the same answers; a fuzzy match would
-- make them differ. It cost a GIN update of every alias of every document
-- written.
DROP INDEX IF EXISTS aliases_norm;
