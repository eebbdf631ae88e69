// later.go holds the rows of the tables the write path never reads while it
// writes (which versions name an entity, aliases, roles, figures, status
// phrases, event parties and pairs, report order) until the end of the
// transaction: then each table gets its rows of the whole batch in a few
// statements, in its key order, where each document's few rows went to
// random places of the same B-trees.

package sqlite

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// laterRows are the rows a transaction has yet to write.
type laterRows struct {
	// entities are the batch's entities, each once, in the order first
	// seen, with the fields later documents filled (countryOf reads
	// them).
	entities   map[string]*entityRow
	entityIDs  []string
	entityDocs []entityDocRow
	// Rows of rowid tables, in the order they were produced, so that they
	// get the rowids (and the order among a version's rows) they had when
	// written at once.
	aliases, roles, quantities, statuses []any
	parties                              []partyRow
	pairs                                []pairRow
	// firstEvent is the first event row written since the last flush (0:
	// none): its events' report order rows are written from the events table.
	firstEvent int64
}

// entityRow is a row of entities.
type entityRow struct {
	typ, name, norm, code, wikidata, country string
}

// addEntity holds an entity a document names: its first document's fields,
// with those it left empty filled by later ones, as writing each document's
// in turn would leave them.
func (l *laterRows) addEntity(id string, e entityRow) {
	if l.entities == nil {
		l.entities = map[string]*entityRow{}
	}
	have := l.entities[id]
	if have == nil {
		l.entities[id] = &e
		l.entityIDs = append(l.entityIDs, id)
		return
	}
	for _, f := range []struct {
		have *string
		add  string
	}{{&have.code, e.code}, {&have.wikidata, e.wikidata}, {&have.country, e.country}} {
		if *f.have == "" {
			*f.have = f.add
		}
	}
}

// entityDocRow is a row of entity_docs.
type entityDocRow struct {
	entity   string
	version  int64
	mentions int
}

// pairRow is a row of side_pairs: two parties of an event other than
// persons, a < b (read_events.go, sidePairs).
type pairRow struct {
	a, b, day string
	event     int64
	typ       string
}

// The inserts of the rows written later.
var (
	quantityInsert = rowInsert{head: `INSERT INTO quantities (version_id, kind, value, unit, text, start, end,
		measures, approx, change, sentence, period) VALUES `, cols: 12}
	statusInsert   = rowInsert{head: `INSERT INTO statuses (version_id, phrase, date, sentence) VALUES `, cols: 4}
	sidePairInsert = rowInsert{head: `INSERT OR IGNORE INTO side_pairs (a, b, day, event_id, type) VALUES `, cols: 5}
)

// countsSchema is the migration from which the writer keeps entity_counts
// and alias_names (040_batch_counts.sql); before it, triggers did.
const countsSchema = 40

// The counts' upserts (countRows).
var (
	entityCountAdd = rowInsert{head: `INSERT INTO entity_counts (entity_id, docs, mentions) VALUES `, cols: 3,
		tail: `ON CONFLICT (entity_id) DO UPDATE SET docs = docs + excluded.docs, mentions = mentions + excluded.mentions`}
	aliasNameAdd = rowInsert{head: `INSERT INTO alias_names (norm, entity_id, n) VALUES `, cols: 3,
		tail: `ON CONFLICT (norm, entity_id) DO UPDATE SET n = n + excluded.n`}
)

// keepsCounts says whether the writer keeps entity_counts and alias_names
// (a store opened at an older schema has the triggers that did).
func (t *stmtTx) keepsCounts() bool {
	return t.db != nil && t.db.schema >= countsSchema
}

// countRows sums what a batch adds to entity_counts and alias_names: per
// entity, one document for each version naming it and the mentions of all
// its entity_docs rows (docs sorted as written; a second row of the same
// version and entity becomes an update adding its mentions to the first's,
// which the trigger that took a deleted row's count back takes back too: the
// triggers that kept the counts before migration 040 left those out, and a
// retired version took more than it had added), per alias norm and entity
// one for each aliases row (rows of aliasInsert's columns). Rows come in key
// order.
func countRows(docs []entityDocRow, aliases []any) (counts, names []any) {
	type count struct{ docs, mentions int }
	byEntity := map[string]*count{}
	var ids []string
	for i, d := range docs {
		c := byEntity[d.entity]
		if c == nil {
			c = &count{}
			byEntity[d.entity] = c
			ids = append(ids, d.entity)
		}
		if i == 0 || docs[i-1].entity != d.entity || docs[i-1].version != d.version {
			c.docs++
		}
		c.mentions += d.mentions
	}
	slices.Sort(ids)
	counts = make([]any, 0, 3*len(ids))
	for _, id := range ids {
		counts = append(counts, id, byEntity[id].docs, byEntity[id].mentions)
	}
	type name struct{ norm, entity string }
	n := map[name]int{}
	var keys []name
	for i := 0; i+aliasInsert.cols <= len(aliases); i += aliasInsert.cols {
		k := name{aliases[i+3].(string), aliases[i+1].(string)}
		if n[k] == 0 {
			keys = append(keys, k)
		}
		n[k]++
	}
	slices.SortFunc(keys, func(x, y name) int {
		return cmp.Or(strings.Compare(x.norm, y.norm), strings.Compare(x.entity, y.entity))
	})
	names = make([]any, 0, 3*len(keys))
	for _, k := range keys {
		names = append(names, k.norm, k.entity, n[k])
	}
	return counts, names
}

// errLaterRows marks a failure to write the rows held for later that is not
// the database's: PutBatch then stores the batch again writing each
// document's rows with it, so that the failure is the document's.
var errLaterRows = errors.New("writing the batch's index rows")

// addParties holds the party rows of event eid and the pairs of its parties
// other than persons (parties sorted and distinct, as store.Parties gives).
func (l *laterRows) addParties(eid int64, day, typ string, parties []string) {
	for i, p := range parties {
		l.parties = append(l.parties, partyRow{p, eid, day, typ})
		if isPerson(p) {
			continue
		}
		for _, q := range parties[i+1:] {
			if !isPerson(q) {
				l.pairs = append(l.pairs, pairRow{p, q, day, eid, typ})
			}
		}
	}
}

// isPerson reports a person's id, as SQL's id LIKE 'person:%' did (ASCII
// letters in any case).
func isPerson(id string) bool {
	return len(id) >= len("person:") && strings.EqualFold(id[:len("person:")], "person:")
}

// flushLater writes the rows held for later and forgets them.
func (t *stmtTx) flushLater(ctx context.Context) error {
	l := &t.later
	ents := make([]any, 0, 7*len(l.entityIDs))
	for _, id := range l.entityIDs {
		e := l.entities[id]
		ents = append(ents, id, e.typ, e.name, e.norm, e.code, e.wikidata, e.country)
	}
	slices.SortFunc(l.entityDocs, func(x, y entityDocRow) int {
		return cmp.Or(strings.Compare(x.entity, y.entity), cmp.Compare(x.version, y.version))
	})
	docs := make([]any, 0, 3*len(l.entityDocs))
	for _, d := range l.entityDocs {
		docs = append(docs, d.version, d.entity, d.mentions)
	}
	slices.SortFunc(l.parties, func(x, y partyRow) int {
		return cmp.Or(strings.Compare(x.Entity, y.Entity), strings.Compare(x.Day, y.Day), cmp.Compare(x.Event, y.Event))
	})
	parties := make([]any, 0, 4*len(l.parties))
	for _, p := range l.parties {
		parties = append(parties, p.Entity, p.Event, p.Day, p.Type)
	}
	slices.SortFunc(l.pairs, func(x, y pairRow) int {
		return cmp.Or(strings.Compare(x.a, y.a), strings.Compare(x.b, y.b), strings.Compare(x.day, y.day),
			cmp.Compare(x.event, y.event))
	})
	pairs := make([]any, 0, 5*len(l.pairs))
	for _, p := range l.pairs {
		pairs = append(pairs, p.a, p.b, p.day, p.event, p.typ)
	}
	var counts, names []any
	if t.keepsCounts() && !t.bulk {
		counts, names = countRows(l.entityDocs, l.aliases)
	}
	for _, w := range []struct {
		what string
		ins  rowInsert
		rows []any
	}{
		{"entities", entityInsert, ents}, {"entity documents", entityDocInsert, docs}, {"aliases", aliasInsert, l.aliases}, {"roles", roleInsert, l.roles},
		{"figures", quantityInsert, l.quantities}, {"status phrases", statusInsert, l.statuses},
		{"event parties", eventPartyInsert, parties}, {"party pairs", sidePairInsert, pairs},
		{"entity counts", entityCountAdd, counts}, {"alias names", aliasNameAdd, names},
	} {
		if err := w.ins.exec(ctx, t, w.rows); err != nil {
			return fmt.Errorf("%s: %w", w.what, err)
		}
	}
	if l.firstEvent > 0 && !t.bulk {
		// Each report's place in its cluster's publication order (read.go,
		// fillClusters), with the cluster its event is in now: later
		// documents of the batch may have merged it. The batch's events are
		// read by id (the planner otherwise walked every event in cluster
		// order to save the sort), and each version's date from versions_ref
		// (the row's is behind its body's overflow pages).
		if _, err := t.ExecContext(ctx, `INSERT INTO mention_order (cluster_id, pub, event_id)
			SELECT e.cluster_id, CASE WHEN v.published = '' THEN '~' ELSE v.published END, e.id
			FROM events e NOT INDEXED JOIN versions v INDEXED BY versions_ref ON v.id = e.version_id
			WHERE e.id >= ? ORDER BY 1, 2, 3`, l.firstEvent); err != nil {
			return fmt.Errorf("report order: %w", err)
		}
	}
	t.later = laterRows{}
	return nil
}
