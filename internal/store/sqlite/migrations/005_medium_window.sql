-- 005: events dated to a day (or a few days) are looked up in a window of a
-- few days; only events spanning 4 to 35 days (a month, a short range) need
-- the month-long look-back, through their own partial index.
ALTER TABLE events ADD COLUMN medium INTEGER NOT NULL DEFAULT 0;
UPDATE events SET medium = 1 WHERE long = 0 AND lo <> '' AND hi > date(lo, '+3 days');
CREATE INDEX events_medium ON events (type, lo) WHERE medium = 1;
