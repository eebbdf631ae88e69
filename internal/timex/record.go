package timex

import "kronik/internal/record"

// Record converts e to the record shape printed by `kronik extract`. Value
// and EndValue are empty strings when unresolved.
func (e Expr) Record() record.Time {
	return record.Time{
		Text:     e.Text,
		Start:    e.Start,
		End:      e.End,
		Value:    e.Value.String(),
		EndValue: e.EndValue.String(),
		Kind:     e.Kind,
	}
}

// Resolved reports whether e carries a calendar date: a date, range or
// relative expression with a Value (durations, sets and clock times never do).
func (e Expr) Resolved() bool { return !e.Value.IsZero() }

// Within returns the expressions of es (ordered by Start, as Extract returns
// them) that lie entirely inside [start, end), such as one sentence.
func Within(es []Expr, start, end int) []Expr {
	lo := 0
	for lo < len(es) && es[lo].Start < start {
		lo++
	}
	hi := lo
	for hi < len(es) && es[hi].End <= end {
		hi++
	}
	return es[lo:hi]
}
