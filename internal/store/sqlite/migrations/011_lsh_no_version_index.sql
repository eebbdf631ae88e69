-- 011: a version's band keys are deleted by recomputing them from its stored
-- signature, so lsh needs no index by version (one page write less for
-- every document stored).
DROP INDEX lsh_version;
