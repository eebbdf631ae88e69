-- 024: the columns that name a result's document (store.DocRef) and the
-- filters on them, in an index of their own. A version's row holds its
-- source bytes, text and record, so its later columns (title, outlet,
-- published) sit past pages of overflow: reading them for each of a few
-- hundred mentions or figures cost most of a dossier. Queries that need
-- nothing else read this index instead (INDEXED BY versions_ref).
CREATE INDEX versions_ref ON versions (id, current, hash, name, url, title, outlet, published, lang, grp);
