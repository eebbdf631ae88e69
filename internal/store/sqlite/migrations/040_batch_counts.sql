-- 040: the counts of entity_counts and alias_names are kept by the writer,
-- once a batch (later.go, countRows), instead of by a trigger run for every
-- entity_docs and aliases row inserted: a batch names the same entities and
-- aliases many times, and each trigger run was an upsert at a random place
-- of a B-tree. The triggers that take a deleted row's count back stay.
DROP TRIGGER IF EXISTS entity_counts_add;
DROP TRIGGER IF EXISTS alias_names_add;
