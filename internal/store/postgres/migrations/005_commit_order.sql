-- 005: the order in which versions were clustered. Writers now run side by
-- side, so version ids (drawn when a version's row is inserted) no longer
-- give the order in which their events met the stored clusters, and
-- incremental clustering depends on that order (a vague report joins what
-- came before it). seq is drawn when a version is indexed, while its write
-- holds the locks of everything it read (locks.go): a write that depends on
-- it draws a later seq. Records and Current list versions in this order, so
-- that one writer given the documents in it (an SQLite ingest, a
-- reprocess) clusters them as the workers did.
CREATE SEQUENCE versions_seq;
ALTER TABLE versions ADD COLUMN seq bigint;
UPDATE versions SET seq = id;
SELECT setval('versions_seq', coalesce((SELECT max(id) FROM versions), 0) + 1, false);
CREATE INDEX versions_order ON versions (seq) WHERE current;
