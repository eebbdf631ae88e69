-- 015: a cluster's span (cluster.Span): the days every one of its mentions
-- allows. A new report joins a cluster only when its own date meets the
-- span, and two clusters merge only when their spans meet, so reports that
-- each match one member (a year-dated report, summits in adjacent months)
-- no longer chain unrelated events into one cluster. The Go step of this
-- migration fills the span of stored clusters from their mentions.
ALTER TABLE clusters ADD COLUMN span_lo TEXT NOT NULL DEFAULT '';
ALTER TABLE clusters ADD COLUMN span_hi TEXT NOT NULL DEFAULT '';
