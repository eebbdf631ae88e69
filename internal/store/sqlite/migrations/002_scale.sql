-- 002: what keeps a write's cost flat as the store grows.
--
-- Document frequency of each shingle: near-duplicate candidates are found
-- through a document's rarest shared shingles, never through boilerplate
-- ("reporting by", "according to official data") that every story holds.
CREATE TABLE shingle_df (
	h INTEGER PRIMARY KEY,
	n INTEGER NOT NULL
);
INSERT INTO shingle_df (h, n) SELECT h, count(*) FROM shingles GROUP BY h;

-- Events whose date spans more than 35 days (a year, a long range): the
-- clustering window finds day- and month-dated events by a short range scan
-- of events_window and the few long ones through this partial index.
ALTER TABLE events ADD COLUMN long INTEGER NOT NULL DEFAULT 0;
UPDATE events SET long = 1 WHERE lo <> '' AND hi > date(lo, '+35 days');
CREATE INDEX events_long ON events (type, hi) WHERE long = 1;
