-- 042: entity_counts again from the rows it counts. The trigger that kept it
-- before migration 040 (and the writer until this one) left out the
-- mentions of an entity a record names twice, which entity_docs adds to its
-- one row of the version and which the trigger on a row's delete takes back:
-- a store that retired such versions counts too few mentions. Rows of
-- entities no current version names go (as a bulk load's end leaves them).
DELETE FROM entity_counts;
INSERT INTO entity_counts (entity_id, docs, mentions)
	SELECT entity_id, count(*), sum(mentions) FROM entity_docs GROUP BY entity_id;
