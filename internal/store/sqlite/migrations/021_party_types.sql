-- 021: the event type on each party row, so that "the latest agreements of
-- India" walks India's agreements alone, newest first, instead of every event
-- of India until enough agreements turn up (a type can be rare).
ALTER TABLE event_parties ADD COLUMN type TEXT NOT NULL DEFAULT '';
UPDATE event_parties SET type = coalesce((SELECT type FROM events WHERE id = event_parties.event_id), '');
CREATE INDEX event_parties_type ON event_parties (entity_id, type, day, event_id);
DROP TRIGGER event_parties_day;
CREATE TRIGGER event_parties_fill AFTER INSERT ON event_parties BEGIN
	UPDATE event_parties SET
		day = coalesce((SELECT lo FROM events WHERE id = new.event_id), ''),
		type = coalesce((SELECT type FROM events WHERE id = new.event_id), '')
		WHERE entity_id = new.entity_id AND event_id = new.event_id;
END;
