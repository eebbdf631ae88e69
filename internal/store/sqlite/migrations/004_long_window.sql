-- 004: long-span events are looked up by their first day (bounded on both
-- sides), not by their last: an index on the last day made every lookup scan
-- all long events ending after the new event began, which grows with the
-- store. Event dates spanning more than 400 days are not clustered.
DROP INDEX events_long;
CREATE INDEX events_long ON events (type, lo) WHERE long = 1;
