-- 006: near-duplicates by MinHash and LSH instead of every shingle.
--
-- Each version keeps its MinHash signature (128 little-endian uint32 minimum
-- hashes of its 5-word shingles) and each current version 32 band keys in
-- lsh; documents sharing a band key are near-duplicate candidates. This
-- replaces the shingles and shingle_df tables, which took hundreds of rows
-- and upserts a document and grew with the store. The signatures and band
-- keys of stored versions are computed in Go right after this file
-- (backfillMinhash in migrate.go).
ALTER TABLE versions ADD COLUMN minhash BLOB;
CREATE TABLE lsh (
	k          INTEGER NOT NULL,
	version_id INTEGER NOT NULL,
	PRIMARY KEY (k, version_id)
) WITHOUT ROWID;
CREATE INDEX lsh_version ON lsh (version_id);
DROP TABLE shingles;
DROP TABLE shingle_df;
