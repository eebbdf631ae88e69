-- 026: mention_order rows are written by the writer, one statement per
-- document after its events (write.go, putEvents), instead of by a trigger
-- firing for each event insert (which made every events insert journal its
-- statement). Moves and removals stay with the triggers of 022.
DROP TRIGGER mention_order_add;
