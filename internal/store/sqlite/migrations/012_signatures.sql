-- 012: MinHash signatures in a table of their own. In versions the
-- signature sits after the body, text and record, so reading it walked each
-- candidate's overflow pages; here it is one small row. versions.minhash is
-- no longer written (nor cleared: that would rewrite every stored version).
CREATE TABLE signatures (
	version_id INTEGER PRIMARY KEY,
	sig        BLOB NOT NULL
);
INSERT INTO signatures (version_id, sig) SELECT id, minhash FROM versions WHERE minhash IS NOT NULL;
