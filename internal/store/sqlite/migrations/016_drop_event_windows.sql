-- 016: the date-window indexes of events (events_window, events_medium,
-- events_long; migrations 001-005) served the clustering lookup before
-- blocking keys (007): candidates now come from event_keys and events are
-- read by id, and no query filters events by type and date. Each cost three
-- index entries, and their pages in the log, for every event stored.
DROP INDEX IF EXISTS events_window;
DROP INDEX IF EXISTS events_medium;
DROP INDEX IF EXISTS events_long;
