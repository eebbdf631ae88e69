-- 022: each cluster's mentions in publication order, so that showing the
-- first few reports of an event reported thousands of times reads those few
-- (one index range) instead of every report and its document.
--
-- pub is the document's publication date, or '~' (after every date) when it
-- has none, so that undated reports come last. Kept by triggers on events:
-- a report's cluster changes when clusters merge.
CREATE TABLE mention_order (
	cluster_id TEXT NOT NULL,
	pub        TEXT NOT NULL,
	event_id   INTEGER NOT NULL,
	PRIMARY KEY (cluster_id, pub, event_id)
) WITHOUT ROWID;
CREATE INDEX mention_order_event ON mention_order (event_id);
INSERT INTO mention_order (cluster_id, pub, event_id)
	SELECT e.cluster_id, coalesce(nullif(v.published, ''), '~'), e.id FROM events e JOIN versions v ON v.id = e.version_id;
CREATE TRIGGER mention_order_add AFTER INSERT ON events BEGIN
	INSERT INTO mention_order (cluster_id, pub, event_id)
		SELECT new.cluster_id, coalesce(nullif(v.published, ''), '~'), new.id FROM versions v WHERE v.id = new.version_id;
END;
CREATE TRIGGER mention_order_move AFTER UPDATE OF cluster_id ON events BEGIN
	UPDATE mention_order SET cluster_id = new.cluster_id WHERE event_id = new.id;
END;
CREATE TRIGGER mention_order_remove AFTER DELETE ON events BEGIN
	DELETE FROM mention_order WHERE event_id = old.id;
END;
