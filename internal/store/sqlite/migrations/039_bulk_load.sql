-- 039: a bulk load in progress (bulk.go). While this table has its row,
-- writers leave the indexes only questions read to the end of the load:
-- entity_docs_entity, event_parties_type and clusters_date are dropped, the
-- counts of entity_counts and alias_names are not kept by their triggers,
-- and event_parties, side_pairs and mention_order are not written; ending
-- the load builds them all from the stored rows and deletes the row.
CREATE TABLE IF NOT EXISTS bulk_load (
	id      INTEGER PRIMARY KEY CHECK (id = 1),
	started TEXT NOT NULL
);
