package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"kronik/internal/cluster"
	"kronik/internal/record"
	"kronik/internal/store"
)

// Concurrent writers. Every write transaction first takes, in ascending
// order, a transaction-scoped advisory lock (pg_advisory_xact_lock) on each
// key of what it reads to decide and may change:
//
//   - the content hash (is this content stored?) and the document key (which
//     version is current, its number);
//   - the MinHash band keys of the new text (cluster.BandKeys): a
//     near-duplicate is looked up only among holders of a band the document
//     shares, so two copies of one story stored at once share a lock and the
//     second sees the first;
//   - the blocking keys of each dated event, those it is filed under and
//     those it looks up (cluster.Keys): any two reports cluster.Same can put
//     in one cluster share a key, so when two workers store reports of one
//     event at the same moment the second waits for the first and then finds
//     its cluster instead of starting another;
//   - for a new version of a stored document (or Replace), the same keys of
//     the version it retires, whose events leave their clusters.
//
// Writes of unrelated stories take disjoint keys and run side by side; only
// writes about the same story wait for each other. Keys are 64-bit hashes:
// a collision only makes two writes wait that need not.
//
// Locks per key rather than SERIALIZABLE transactions with retries: the
// candidate query reads a range of events by type and date, which serialisable
// isolation would track as a predicate and fail on nearly every pair of
// concurrent writes of the same week's news; a key lock waits only for the
// writes that can change the answer.
//
// The keys do not cover a cluster reached through different reports: two
// reports that are not Same may each match one member of a cluster, and one
// may merge that cluster into another while the other joins it. So a write
// also locks the row of every cluster it joins, merges or summarises
// (SELECT ... FOR UPDATE, matchLocked), and when a cluster changed or went
// between reading it and locking it, looks again. Row locks are taken as
// events are matched, not in one order; PostgreSQL detects the rare
// deadlock that follows and the whole transaction is run again (retry).

// lockKey hashes a string key into the advisory lock space.
func lockKey(s string) int64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return int64(h.Sum64())
}

// draft is a document about to be written, with what its write locks.
type draft struct {
	src store.Source
	rec *record.Record
	// shingles, MinHash signature and band keys of its text
	sh    map[uint64]bool
	sig   []uint32
	bands []int64
	// the parties each event's actors stand for (sidesOf)
	sides [][]string
	// the document's current version when the keys were taken (0: none)
	old int64
}

func newDraft(src store.Source, rec *record.Record) *draft {
	d := &draft{src: src, rec: rec}
	d.sh = cluster.Shingles(rec.Text)
	d.sig = cluster.Signature(d.sh)
	d.bands = cluster.BandKeys(d.sig)
	return d
}

// docKey is the key a document is stored under.
func (d *draft) docKey() string {
	if d.src.Key != "" {
		return d.src.Key
	}
	return "sha256:" + d.rec.Hash // identified by its content alone
}

// lockSet is what a write locks: keys exclusively, and keys shared (those
// only writes of wide-dated events take exclusively; eventKeys).
type lockSet struct {
	excl, shared []int64
}

// add adds o's keys to l.
func (l *lockSet) add(o lockSet) {
	l.excl = append(l.excl, o.excl...)
	l.shared = append(l.shared, o.shared...)
}

// keys are the lock keys of writing the draft: its hash, its document, the
// bands of its text and the blocking keys of its dated events.
func (d *draft) keys() lockSet {
	l := lockSet{excl: []int64{lockKey("hash:" + d.rec.Hash), lockKey("doc:" + d.docKey())}}
	l.excl = append(l.excl, d.bands...)
	for i := range d.rec.Events {
		l.add(eventKeys(&d.rec.Events[i], d.sides[i]))
	}
	return l
}

// sidesOf sets the sides of the drafts' events (cluster.SidesKnown): a
// person the record gives no state stands for the first state stored for
// it, as in the SQLite backend, or given by an earlier draft of the same
// batch (their entities are stored before the later drafts' events). The
// sides are read once, before the locks, and the write uses them: a state
// a concurrent writer stores for the person meanwhile counts from the next
// document on.
func sidesOf(ctx context.Context, tx pgx.Tx, ds []*draft) error {
	var persons []string
	for _, d := range ds {
		for _, ev := range d.rec.Events {
			for _, a := range ev.Actors {
				if strings.HasPrefix(a, "person:") {
					persons = append(persons, a)
				}
			}
		}
	}
	known := map[string]string{}
	if len(persons) > 0 {
		rows, err := tx.Query(ctx, `SELECT id, country FROM entities WHERE id = ANY($1) AND country <> ''`, persons)
		if err != nil {
			return fmt.Errorf("states of persons: %w", err)
		}
		var id, country string
		if _, err := pgx.ForEachRow(rows, []any{&id, &country}, func() error { known[id] = country; return nil }); err != nil {
			return fmt.Errorf("states of persons: %w", err)
		}
	}
	countryOf := func(p string) (string, error) { return known[p], nil }
	for _, d := range ds {
		d.sides = make([][]string, len(d.rec.Events))
		for i := range d.rec.Events {
			set, err := cluster.SidesKnown(d.rec, &d.rec.Events[i], countryOf)
			if err != nil {
				return err
			}
			d.sides[i] = make([]string, 0, len(set))
			for s := range set {
				d.sides[i] = append(d.sides[i], s)
			}
			slices.Sort(d.sides[i])
		}
		for _, e := range d.rec.Entities {
			if e.Country != "" && known[e.ID] == "" {
				known[e.ID] = e.Country
			}
		}
	}
	return nil
}

// maxMonths is the number of months an event's candidate window may touch
// for its keys to be locked month by month (eventKeys).
const maxMonths = 3

// eventKeys are the lock keys of an event's blocking keys, filed and looked
// up (cluster.Keys), dated: a blocking key names the parties or the place of
// an event, not its days, so that reports of Indonesia–Malaysia talks in
// different weeks would wait for each other. Two events cluster.Same
// matches share a blocking key, and a stored event matched lies in the new
// one's candidate window (cluster.WindowOf), which holds the stored one's
// days: a day in both windows. So an event locks each of its keys with
// each month its window touches, exclusively, and the key alone shared; an
// event whose window touches more than maxMonths months (dated to a year)
// locks the key alone exclusively instead, and so waits for and holds off
// every event with that key. An undated event joins no cluster and takes
// no key.
func eventKeys(ev *record.Event, sides []string) lockSet {
	var l lockSet
	if ev.Date == nil {
		return l
	}
	lo, hi := cluster.Bounds(*ev.Date, deref(ev.DateEnd))
	if lo == "" {
		return l
	}
	w := cluster.WindowOf(lo, hi)
	months := monthsOf(w.From, w.To)
	stored, lookup := cluster.Keys(ev, sides)
	for _, k := range append(stored, lookup...) {
		all := lockKey(fmt.Sprint("key:", k))
		if len(months) > maxMonths {
			l.excl = append(l.excl, all)
			continue
		}
		l.shared = append(l.shared, all)
		for _, m := range months {
			l.excl = append(l.excl, lockKey(fmt.Sprint("key:", k, "|", m)))
		}
	}
	return l
}

// monthsOf lists the months (YYYY-MM) from the day from to the day to, at
// most maxMonths+1 of them.
func monthsOf(from, to string) []string {
	if len(from) < 7 || len(to) < 7 {
		return nil
	}
	y, err1 := strconv.Atoi(from[:4])
	m, err2 := strconv.Atoi(from[5:7])
	if err1 != nil || err2 != nil {
		return nil
	}
	var out []string
	for len(out) <= maxMonths {
		ym := fmt.Sprintf("%04d-%02d", y, m)
		if ym > to[:7] {
			break
		}
		out = append(out, ym)
		if m++; m > 12 {
			y, m = y+1, 1
		}
	}
	return out
}

// versionKeys are the lock keys of retiring stored version vid: the bands
// of its signature and the blocking keys of its events.
func versionKeys(ctx context.Context, tx pgx.Tx, vid int64) (lockSet, error) {
	var keys lockSet
	var blob []byte
	err := tx.QueryRow(ctx, `SELECT sig FROM signatures WHERE version_id = $1`, vid).Scan(&blob)
	switch {
	case err == nil:
		if sig, err := cluster.DecodeSignature(blob); err == nil {
			keys.excl = append(keys.excl, cluster.BandKeys(sig)...)
		}
	case !errors.Is(err, pgx.ErrNoRows):
		return keys, err
	}
	rows, err := tx.Query(ctx, `SELECT event, sides FROM events WHERE version_id = $1`, vid)
	if err != nil {
		return keys, err
	}
	var evJSON []byte
	var sides []string
	_, err = pgx.ForEachRow(rows, []any{&evJSON, &sides}, func() error {
		var ev record.Event
		if err := json.Unmarshal(evJSON, &ev); err != nil {
			return fmt.Errorf("stored event of version %d: %w", vid, err)
		}
		keys.add(eventKeys(&ev, sides))
		return nil
	})
	return keys, err
}

// allKeys is the advisory lock every write takes before its keys: shared,
// as a rule; alone and exclusive by a write with more than maxKeys keys (a
// batch of hundreds of documents), which then holds every key at once.
// PostgreSQL keeps each lock in a shared table of max_locks_per_transaction
// times max_connections slots (6,400 by default) that a batch's tens of
// thousands of keys would overflow; and a write that touches so much would
// wait for nearly every other anyway.
const allKeys = 0x6b726f6e696b03

// maxKeys is the number of keys above which a write takes allKeys alone.
const maxKeys = 1024

// lockKeys takes the advisory locks of l not yet in held (true: held
// exclusively), in ascending order of key, in one statement (the arrays are
// sorted; unnest keeps their order), and adds them to held. A key asked for
// both ways is locked exclusively. The first call of a transaction takes
// allKeys first, shared, or exclusive instead of the keys when they are
// more than maxKeys.
func lockKeys(ctx context.Context, tx pgx.Tx, held map[int64]bool, l lockSet) error {
	if held[allKeys] {
		return nil // holds every key
	}
	first := len(held) == 0
	want := map[int64]bool{}
	for _, k := range l.shared {
		if _, ok := held[k]; !ok {
			want[k] = false
		}
	}
	for _, k := range l.excl {
		if !held[k] {
			want[k] = true
		}
	}
	todo := make([]int64, 0, len(want))
	for k := range want {
		todo = append(todo, k)
	}
	slices.Sort(todo)
	var b pgx.Batch
	switch {
	case first && len(todo) > maxKeys:
		held[allKeys] = true
		b.Queue(`SELECT pg_advisory_xact_lock($1)`, int64(allKeys))
		todo = nil
	case first:
		b.Queue(`SELECT pg_advisory_xact_lock_shared($1)`, int64(allKeys))
		held[-allKeys] = false // the shared lock: held is no longer empty
	}
	if len(todo) > 0 {
		excl := make([]bool, len(todo))
		for i, k := range todo {
			excl[i] = want[k]
			held[k] = want[k] || held[k]
		}
		b.Queue(`SELECT count(l.v) FROM unnest($1::bigint[], $2::boolean[]) AS u(k, x),
			LATERAL (SELECT CASE WHEN u.x THEN pg_advisory_xact_lock(u.k)::text
				ELSE pg_advisory_xact_lock_shared(u.k)::text END AS v) l`, todo, excl)
	}
	if b.Len() == 0 {
		return nil
	}
	if err := tx.SendBatch(ctx, &b).Close(); err != nil {
		return fmt.Errorf("lock: %w", err)
	}
	return nil
}

// retryable reports whether a transaction failed only for running beside
// another (a deadlock PostgreSQL broke, or a serialisation failure) and is
// to be run again.
func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40P01" || pe.Code == "40001")
}

// maxAttempts bounds how often a write is run again after losing a
// deadlock; each attempt waits a little longer, at random, so that the
// same two writers do not meet again.
const maxAttempts = 8

// retry runs fn until it succeeds, fails for another reason than a
// deadlock, or has run maxAttempts times.
func retry(ctx context.Context, fn func() error) error {
	var err error
	for attempt := 0; attempt < maxAttempts; attempt++ {
		if err = fn(); !retryable(err) {
			return err
		}
		wait := time.Duration(1+rand.IntN(10<<attempt)) * time.Millisecond
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
	}
	return err
}
