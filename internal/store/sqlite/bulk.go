// bulk.go is the bulk load: a large load into a knowledge base writes its
// documents without the indexes and counts that only questions read, and
// builds those once at the end, sorted, instead of inserting each row at a
// random place of a large B-tree.

package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
)

// bulkSchema is the migration that made bulk loads (039_bulk_load.sql).
const bulkSchema = 39

// bulkDeferred are the statements that drop what a bulk load leaves to its
// end; bulkBuild are those that build it again from the stored rows, in
// order (the definitions are those of the migrations that made them).
var (
	bulkDeferred = []string{
		`DROP INDEX IF EXISTS entity_docs_entity`,
		`DROP INDEX IF EXISTS event_parties_type`,
		`DROP INDEX IF EXISTS clusters_date`,
		`DROP TRIGGER IF EXISTS entity_counts_add`,
		`DROP TRIGGER IF EXISTS entity_counts_remove`,
		`DROP TRIGGER IF EXISTS alias_names_add`,
		`DROP TRIGGER IF EXISTS alias_names_remove`,
	}
	bulkBuild = []string{
		// Each event's parties: its actors and the sides they stand for
		// (store.Parties), at its first day.
		`DELETE FROM event_parties`,
		`INSERT OR IGNORE INTO event_parties (entity_id, event_id, day, type)
			SELECT j.value, e.id, e.lo, e.type FROM events e JOIN json_each(e.actors) j ORDER BY 1, 3, 2`,
		`INSERT OR IGNORE INTO event_parties (entity_id, event_id, day, type)
			SELECT j.value, e.id, e.lo, e.type FROM events e JOIN json_each(e.sides) j ORDER BY 1, 3, 2`,
		`DELETE FROM side_pairs`,
		`INSERT OR IGNORE INTO side_pairs (a, b, day, event_id, type)
			SELECT p.entity_id, q.entity_id, p.day, p.event_id, p.type FROM event_parties p
			JOIN event_parties q ON q.event_id = p.event_id AND q.entity_id > p.entity_id
			WHERE p.entity_id NOT LIKE 'person:%' AND q.entity_id NOT LIKE 'person:%' ORDER BY 1, 2, 3, 4`,
		`DELETE FROM mention_order`,
		`INSERT INTO mention_order (cluster_id, pub, event_id)
			SELECT e.cluster_id, CASE WHEN v.published = '' THEN '~' ELSE v.published END, e.id
			FROM events e JOIN versions v ON v.id = e.version_id ORDER BY 1, 2, 3`,
		`DELETE FROM entity_counts`,
		`INSERT INTO entity_counts (entity_id, docs, mentions)
			SELECT entity_id, count(*), sum(mentions) FROM entity_docs GROUP BY entity_id`,
		`DELETE FROM alias_names`,
		`INSERT INTO alias_names (norm, entity_id, n) SELECT norm, entity_id, count(*) FROM aliases GROUP BY norm, entity_id`,
		`CREATE INDEX IF NOT EXISTS entity_docs_entity ON entity_docs (entity_id, version_id)`,
		`CREATE INDEX IF NOT EXISTS event_parties_type ON event_parties (entity_id, type, day, event_id)`,
		`CREATE INDEX IF NOT EXISTS clusters_date ON clusters (date)`,
		`CREATE TRIGGER IF NOT EXISTS entity_counts_remove AFTER DELETE ON entity_docs BEGIN
	UPDATE entity_counts SET docs = docs - 1, mentions = mentions - old.mentions
		WHERE entity_id = old.entity_id;
END`,
		`CREATE TRIGGER IF NOT EXISTS alias_names_remove AFTER DELETE ON aliases BEGIN
	UPDATE alias_names SET n = n - 1 WHERE norm = old.norm AND entity_id = old.entity_id;
END`,
		`DELETE FROM bulk_load`,
	}
	// bulkAddTriggers are the triggers that kept the counts as rows were
	// inserted, made again by the end of a load into a store whose schema
	// is older than countsSchema (from it the writer keeps the counts).
	bulkAddTriggers = []string{
		`CREATE TRIGGER IF NOT EXISTS entity_counts_add AFTER INSERT ON entity_docs BEGIN
	INSERT INTO entity_counts (entity_id, docs, mentions) VALUES (new.entity_id, 1, new.mentions)
		ON CONFLICT (entity_id) DO UPDATE SET docs = docs + 1, mentions = mentions + excluded.mentions;
END`,
		`CREATE TRIGGER IF NOT EXISTS alias_names_add AFTER INSERT ON aliases BEGIN
	INSERT INTO alias_names (norm, entity_id, n) VALUES (new.norm, new.entity_id, 1)
		ON CONFLICT (norm, entity_id) DO UPDATE SET n = n + 1;
END`,
	}
)

// BeginBulk starts a bulk load: until EndBulk, every writer (of any
// process) leaves the indexes only questions read to the end. With
// onlyEmpty it does so only when nothing is stored yet, and says whether it
// did. Questions asked during a bulk load may fail (their indexes are
// missing): it is meant for a knowledge base nothing else reads yet, or
// while nothing does. A load stopped before EndBulk is ended by the next
// Open.
func (s *DB) BeginBulk(ctx context.Context, onlyEmpty bool) (bool, error) {
	if s.schema < bulkSchema {
		return false, nil // a store opened at an older schema (tests)
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return false, fmt.Errorf("begin bulk load: %w", err)
	}
	defer tx.Rollback()
	var busy, empty bool
	if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM bulk_load), NOT EXISTS (SELECT 1 FROM versions)`).
		Scan(&busy, &empty); err != nil {
		return false, fmt.Errorf("begin bulk load: %w", err)
	}
	if busy {
		return true, nil // another load's: this one joins it
	}
	if onlyEmpty && !empty {
		return false, nil
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO bulk_load (id, started) VALUES (1, ?)`, now()); err != nil {
		return false, fmt.Errorf("begin bulk load: %w", err)
	}
	for _, q := range bulkDeferred {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return false, fmt.Errorf("begin bulk load: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("begin bulk load: %w", err)
	}
	return true, nil
}

// EndBulk ends a bulk load, if one is in progress (this process's or one
// that was stopped): it builds what the load left out, in one transaction.
func (s *DB) EndBulk(ctx context.Context) error {
	if s.schema < bulkSchema {
		return nil
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return fmt.Errorf("end bulk load: %w", err)
	}
	defer tx.Rollback()
	if err := endBulk(ctx, tx, s.schema); err != nil {
		return fmt.Errorf("end bulk load: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("end bulk load: %w", err)
	}
	return nil
}

func endBulk(ctx context.Context, tx *sql.Tx, schema int) error {
	if busy, err := inBulk(ctx, tx); err != nil || !busy {
		return err
	}
	build := bulkBuild
	if schema < countsSchema {
		build = append(slices.Clip(build), bulkAddTriggers...)
	}
	for _, q := range build {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}

// endStoppedBulk ends a bulk load found in progress when the store is
// opened: one that was stopped (or one another process is running, which
// then goes on writing everything itself). Checked by a read first, so
// that opening takes no write lock.
func (s *DB) endStoppedBulk(ctx context.Context) error {
	if s.schema < bulkSchema {
		return nil
	}
	var busy bool
	if err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM bulk_load)`).Scan(&busy); err != nil || !busy {
		return err
	}
	return s.EndBulk(ctx)
}

// inBulk reports whether a bulk load is in progress.
func inBulk(ctx context.Context, tx execer) (bool, error) {
	var busy bool
	err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM bulk_load)`).Scan(&busy)
	return busy, err
}
