-- 029: the blocking keys follow cluster.Same's rules of issue 16 (a summit by
-- its name's content words across languages or by a participant, a signing
-- ceremony by its states and day, a text by its name across languages); the
-- keys of stored events are rebuilt in Go right after this file
-- (backfillEventKeys), so that new reports still find every stored event
-- they may join.
DELETE FROM event_keys;
