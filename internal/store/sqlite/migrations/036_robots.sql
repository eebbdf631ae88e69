-- 036: the robots.txt files the fetcher read (internal/fetch's RobotsStore),
-- so that a new `kronik watch` or `fetch` run reads a host's robots.txt from
-- here while it is less than a day old (RFC 9309 §2.4) instead of asking
-- every host again.
CREATE TABLE robots (
	origin  TEXT PRIMARY KEY,   -- scheme://host[:port]
	status  INTEGER NOT NULL,   -- 200, or the 4xx that means there is none
	body    BLOB NOT NULL,
	fetched TEXT NOT NULL       -- UTC, fixed width (tsLayout)
);
