-- 013: the blocking keys of talks, visits and calls also carry the people
-- they name (keys.go), so a new report is no longer compared with every
-- meeting of the same two states in its window; the keys of stored events
-- are rebuilt in Go right after this file.
DELETE FROM event_keys;
