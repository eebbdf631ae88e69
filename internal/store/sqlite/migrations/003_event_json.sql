-- 003: each event row keeps the whole extracted event as JSON, so that the
-- clustering rule (cluster.Same) can read any field of a stored mention
-- (modality, how its date was found, ...) without a schema change each time
-- the rule learns to look at another one. Rows written before this migration
-- have '' and are read from their columns.
ALTER TABLE events ADD COLUMN event TEXT NOT NULL DEFAULT '';
