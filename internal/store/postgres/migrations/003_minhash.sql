-- 003: near-duplicates by MinHash signatures and LSH band keys
-- (internal/cluster), as the SQLite store finds them: a 512-byte signature
-- and 32 band keys a document instead of a row per shingle (a few hundred),
-- and a lookup that reads a bounded number of rows per band. The
-- signatures and bands of stored documents are computed from their text by
-- the migration's Go step (bandsStep).
CREATE TABLE signatures (
	version_id bigint PRIMARY KEY REFERENCES versions (id),
	sig        bytea NOT NULL
);
CREATE TABLE lsh (
	k          bigint NOT NULL,
	version_id bigint NOT NULL,
	PRIMARY KEY (k, version_id)
);
CREATE INDEX lsh_version ON lsh (version_id);
DROP TABLE shingles;
