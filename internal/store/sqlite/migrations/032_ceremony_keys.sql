-- 032: a signing ceremony joins every text the same states signed that day
-- (a list of MoUs, the treaty, the joint statement adopted there), no longer
-- only texts of one kind, under one key of its states; a summit placed in a
-- city meets one placed in its country under the state; the keys of stored
-- events are rebuilt in Go right after this file (backfillEventKeys), so
-- that a new report of a ceremony finds the texts stored before.
DELETE FROM event_keys;
