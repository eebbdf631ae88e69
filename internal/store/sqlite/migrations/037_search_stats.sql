-- Search statistics kept by the writer (searchstats.go), so that a search
-- ranks in Go exactly as bm25(fts, 3.0, 1.0) would without FTS5 counting the
-- documents of every query term (searchrank.go). The Go step of this
-- migration fills them for the documents already stored.

-- One row per term as FTS5 indexes it: the number of current documents
-- holding it (bm25's document frequency) and its impact list's state.
-- listed is the number of its rows in search_top (0: the term has no list,
-- its FTS5 document list is short enough to read whole); floor is the
-- highest impact of a document of the term left out of the list; avg the
-- smallest average document length an impact of the list or its floor was
-- computed with (an impact grows with the average: a search scales the
-- list's by the average's growth since).
CREATE TABLE search_terms (
	id     INTEGER PRIMARY KEY,
	term   TEXT NOT NULL UNIQUE,
	df     INTEGER NOT NULL,
	floor  REAL NOT NULL DEFAULT 0,
	listed INTEGER NOT NULL DEFAULT 0,
	avg    REAL NOT NULL DEFAULT 0
);

-- Per current version (id is the version id, so rows are appended): its
-- indexed length and its terms' frequencies in title and body, encoded by
-- searchstats.go (encodeDocTerms).
CREATE TABLE search_docs (
	id    INTEGER PRIMARY KEY,
	terms BLOB NOT NULL
);

-- Impact-ordered lists: for a term held by many documents, the documents
-- where it weighs most (bm25's term factor, without the idf).
CREATE TABLE search_top (
	term_id INTEGER NOT NULL,
	impact  REAL NOT NULL,
	doc     INTEGER NOT NULL,
	PRIMARY KEY (term_id, impact, doc)
) WITHOUT ROWID;
