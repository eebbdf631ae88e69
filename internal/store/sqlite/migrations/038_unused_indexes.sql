-- 038: indexes no question reads. Every index is a B-tree each new row is
-- also written to; these three are at random positions (an entity's, a
-- publication date's), so they cost a page each per row.
--
-- versions_current (current, published): no query orders by publication
-- through it; the listing of current versions in id order reads the table or
-- versions_ref in order instead of sorting this index's rows, and the write
-- path's look-up of a document's current version takes the document's own
-- versions (its unique index) rather than every current version.
DROP INDEX IF EXISTS versions_current;
-- aliases and roles are read by version (INDEXED BY aliases_version,
-- roles_version: an entity's aliases and roles in its latest documents).
DROP INDEX IF EXISTS aliases_entity;
DROP INDEX IF EXISTS roles_entity;
