-- 006: the robots.txt files the fetcher read (internal/fetch's RobotsStore),
-- shared by every watcher and worker; as SQLite's migration 036.
CREATE TABLE robots (
	origin  text PRIMARY KEY,          -- scheme://host[:port]
	status  integer NOT NULL,          -- 200, or the 4xx that means there is none
	body    bytea NOT NULL,
	fetched timestamptz NOT NULL
);
