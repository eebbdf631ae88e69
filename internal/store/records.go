package store

import (
	"crypto/sha256"
	"encoding/hex"
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

// ContentHash is the hash under which a document's bytes are stored
// (record.Record.Hash, Has): hex SHA-256 of the body.
func ContentHash(body []byte) string {
	sum := sha256.Sum256(body)
	return hex.EncodeToString(sum[:])
}
