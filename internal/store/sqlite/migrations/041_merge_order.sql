-- 041: when a cluster merges into another, the writer moves its report-order
-- rows with one statement (write_events.go, a range of mention_order's key)
-- instead of a trigger run for each of its events, which looked each row up
-- by event: at 100,000 documents, merges of much-reported events were the
-- largest cost of a write.
DROP TRIGGER IF EXISTS mention_order_move;
