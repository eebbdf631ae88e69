package store

import (
	"encoding/json"
	"fmt"

	"kronik/internal/record"
)

// EncodeRecord is a record as backends store it: JSON without its text,
// which has a column of its own.
func EncodeRecord(rec record.Record) (string, error) {
	rec.Text = ""
	b, err := json.Marshal(rec)
	if err != nil {
		return "", fmt.Errorf("encode record: %w", err)
	}
	return string(b), nil
}

// DecodeRecord reads back a record EncodeRecord stored (without its text).
func DecodeRecord(b []byte) (record.Record, error) {
	var r record.Record
	if err := json.Unmarshal(b, &r); err != nil {
		return r, fmt.Errorf("decode stored record: %w", err)
	}
	return r, nil
}
