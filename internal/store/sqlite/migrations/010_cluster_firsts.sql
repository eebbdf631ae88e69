-- 010: the first place, name and document any mention of a cluster gives
-- (in storage order), which fill the summary when its best mention lacks
-- them. Kept on the cluster so that adding a report does not scan every
-- mention of a much-reported event for a field none of them has.
ALTER TABLE clusters ADD COLUMN first_place TEXT NOT NULL DEFAULT '';
ALTER TABLE clusters ADD COLUMN first_name TEXT NOT NULL DEFAULT '';
ALTER TABLE clusters ADD COLUMN first_document TEXT NOT NULL DEFAULT '';
UPDATE clusters SET
	first_place = coalesce((SELECT e.place FROM events e WHERE e.cluster_id = clusters.id AND coalesce(e.place, '') <> '' ORDER BY e.id LIMIT 1), ''),
	first_name = coalesce((SELECT e.name FROM events e WHERE e.cluster_id = clusters.id AND coalesce(e.name, '') <> '' ORDER BY e.id LIMIT 1), ''),
	first_document = coalesce((SELECT e.document FROM events e WHERE e.cluster_id = clusters.id AND coalesce(e.document, '') <> '' ORDER BY e.id LIMIT 1), '');
