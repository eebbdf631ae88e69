-- 023: event_parties rows are written with their day and type (write.go),
-- so the trigger of 021 that filled them by a second write is dropped.
DROP TRIGGER event_parties_fill;
