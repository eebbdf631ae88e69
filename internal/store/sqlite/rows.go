package sqlite

import (
	"context"
	"database/sql"
	"strings"
)

// rowInsert is an INSERT of many rows bound as parameters: one statement
// writes up to maxRowsPerStatement rows. It replaced rows passed as a JSON
// array and unpacked by json_each, where SQLite re-parsed a row's object
// for every column it read (a tenth of the write path's time).
type rowInsert struct {
	head string // up to and including VALUES
	cols int    // parameters per row
	tail string // after the rows: an ON CONFLICT clause, or ""
}

// maxRowsPerStatement bounds a statement's rows: SQLite's limit of 32,766
// parameters is far above it, and longer statements save nothing more.
const maxRowsPerStatement = 128

// exec writes the rows of args, cols values a row in row order. Rows go in
// chunks whose sizes are powers of two (37 rows: 32, 4 and 1), so that each
// table has a few statement texts, each prepared once per connection.
func (ri rowInsert) exec(ctx context.Context, tx execer, args []any) error {
	return ri.each(args, func(q string, chunk []any) error {
		_, err := tx.ExecContext(ctx, q, chunk...)
		return err
	})
}

// query writes the rows of args as exec does, for an insert whose tail
// has a RETURNING clause, and calls scan for each row returned.
func (ri rowInsert) query(ctx context.Context, tx execer, args []any, scan func(*sql.Rows) error) error {
	return ri.each(args, func(q string, chunk []any) error {
		rows, err := tx.QueryContext(ctx, q, chunk...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			if err := scan(rows); err != nil {
				return err
			}
		}
		return rows.Err()
	})
}

// each calls run with the statement and arguments of each chunk of rows.
func (ri rowInsert) each(args []any, run func(q string, chunk []any) error) error {
	for n := len(args) / ri.cols; n > 0; {
		k := maxRowsPerStatement
		for k > n {
			k /= 2
		}
		if err := run(ri.text(k), args[:k*ri.cols]); err != nil {
			return err
		}
		args, n = args[k*ri.cols:], n-k
	}
	return nil
}

// text is the statement for k rows.
func (ri rowInsert) text(k int) string {
	row := "(?" + strings.Repeat(", ?", ri.cols-1) + ")"
	var b strings.Builder
	b.Grow(len(ri.head) + k*(len(row)+2) + len(ri.tail) + 1)
	b.WriteString(ri.head)
	for i := 0; i < k; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(row)
	}
	if ri.tail != "" {
		b.WriteString(" ")
		b.WriteString(ri.tail)
	}
	return b.String()
}
