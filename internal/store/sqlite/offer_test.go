package sqlite

import (
	"context"
	"fmt"
	"math/rand"
	"reflect"
	"testing"
)

// offerOne is how documents were offered to an impact list one at a time
// (one insert each, and a read and a delete of the lightest row when the
// list overflowed): the reference offer must match.
func offerOne(ctx context.Context, tx execer, s *termState, doc int64, imp, avg float64, listLen int) error {
	if imp <= s.floor {
		return nil
	}
	s.used(avg)
	if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO search_top (term_id, impact, doc) VALUES (?, ?, ?)`,
		s.id, imp, doc); err != nil {
		return err
	}
	s.listed++
	if s.listed <= int64(listLen) {
		return nil
	}
	var low float64
	var lowDoc int64
	if err := tx.QueryRowContext(ctx, `SELECT impact, doc FROM search_top WHERE term_id = ? ORDER BY impact, doc LIMIT 1`,
		s.id).Scan(&low, &lowDoc); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM search_top WHERE term_id = ? AND impact = ? AND doc = ?`,
		s.id, low, lowDoc); err != nil {
		return err
	}
	s.listed--
	s.floor = max(s.floor, low)
	return nil
}

// TestOfferBatch: a batch's offers to an impact list leave the rows, floor,
// count and average the same as offering its documents one by one, for
// lists short and full, offers lighter and heavier than the list, ties of
// impact (ordered by document), and more offers than the list holds.
func TestOfferBatch(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	defer db.Close()
	r := rand.New(rand.NewSource(3))
	for c := 0; c < 60; c++ {
		listLen := 1 + r.Intn(8)
		stored := r.Intn(listLen + 1)
		levels := 1 + r.Intn(6) // few distinct impacts: many ties
		imp := func() float64 { return float64(r.Intn(levels)) / 4 }
		var rows []scored
		for i := 0; i < stored; i++ {
			rows = append(rows, scored{int64(1000*c + i), imp()})
		}
		floor := 0.0
		if stored == listLen && r.Intn(2) == 0 {
			floor = float64(r.Intn(levels)) / 8
		}
		var offers []scored
		for i := r.Intn(3 * listLen); i >= 0; i-- {
			offers = append(offers, scored{int64(1000*c + 500 + i), imp()})
		}
		name := fmt.Sprintf("case %d (list %d of %d, floor %g, %d offers)", c, stored, listLen, floor, len(offers))
		var got, want []string
		var gotState, wantState termState
		for _, batch := range []bool{true, false} {
			tx, err := db.db.BeginTx(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			s := &termState{id: int64(c), listed: int64(stored), floor: floor}
			for _, row := range rows {
				if _, err := tx.ExecContext(ctx, `INSERT INTO search_top (term_id, impact, doc) VALUES (?, ?, ?)`,
					s.id, row.imp, row.doc); err != nil {
					t.Fatal(err)
				}
			}
			if batch {
				err = offer(ctx, tx, s, offers, 2.5, listLen)
			} else {
				for _, o := range offers {
					if err = offerOne(ctx, tx, s, o.doc, o.imp, 2.5, listLen); err != nil {
						break
					}
				}
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			list, err := strings1(ctx, tx, `SELECT impact || ' ' || doc FROM search_top WHERE term_id = ? ORDER BY impact, doc`, s.id)
			if err != nil {
				t.Fatal(err)
			}
			tx.Rollback()
			if batch {
				got, gotState = list, *s
			} else {
				want, wantState = list, *s
			}
		}
		if !reflect.DeepEqual(got, want) || gotState != wantState {
			t.Errorf("%s: list %q, state %+v; one by one %q, %+v", name, got, gotState, want, wantState)
		}
	}
}
