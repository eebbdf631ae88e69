package sqlite

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"kronik/internal/cluster"
	"kronik/internal/record"
	"kronik/internal/store"
)

// story writes a wire story of n sentences about a meeting, different for
// each subject, so that unrelated stories share only their stock phrases.
func story(subject string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "Menteri %s bertemu mitra nomor %d di kota pelabuhan untuk membahas kerja sama perikanan tahap %d. ", subject, i, i*7)
	}
	return b.String()
}

// market writes a story of another kind (prices, not diplomacy).
func market(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "Harga beras di pasar induk naik %d persen pada pekan ke-%d karena pasokan dari sentra produksi tersendat. ", i+3, i)
	}
	return b.String()
}

// TestNearDuplicatePut: a republished wire story is stored as a near-duplicate
// of the first and counts as the same independent source; another story on
// the same day is not.
func TestNearDuplicatePut(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	defer db.Close()
	put := func(name, body string) store.PutResult { t.Helper(); return putText(t, db, name, body) }
	wire := story("Kelautan", 25)
	put("wire.txt", wire)
	put("other.txt", market(25))
	if got := put("copy.txt", "MAKASSAR (Kronika) - "+wire+" Pewarta: Sari").NearDuplicateOf; got != "wire.txt" {
		t.Errorf("copy: NearDuplicateOf = %q, want wire.txt", got)
	}
	if got := put("third.txt", story("Perhubungan", 25)+market(10)).NearDuplicateOf; got != "" {
		t.Errorf("unrelated story: NearDuplicateOf = %q, want none", got)
	}
	// a new version of the wire story retires the old text: a later copy of
	// it finds the earlier copy, no longer the retired version
	if _, err := db.Put(ctx, store.Source{Name: "wire.txt", Key: "wire.txt"},
		record.Record{Source: "wire.txt", Hash: "wire-v2", Lang: "id", Text: market(20)}); err != nil {
		t.Fatal(err)
	}
	if got := put("copy2.txt", "PALU (Warta) - "+wire).NearDuplicateOf; got != "copy.txt" {
		t.Errorf("copy after the wire story changed: NearDuplicateOf = %q, want copy.txt", got)
	}
	var groups int
	if err := db.db.QueryRowContext(ctx, `SELECT count(DISTINCT grp) FROM versions`).Scan(&groups); err != nil {
		t.Fatal(err)
	}
	if groups != 3 {
		t.Errorf("%d independent sources, want 3 (the copies join the wire story)", groups)
	}
}

// TestNearDuplicateAmidBoilerplate: a copy of a story is found when many
// newer documents share a long boilerplate passage with it (a lookup reads
// only the newest holders of each band key, so the copy's own bands must
// still lead to it).
func TestNearDuplicateAmidBoilerplate(t *testing.T) {
	db := open(t)
	defer db.Close()
	boiler := "Simak berita pilihan lainnya di kanal kami dan ikuti akun resmi redaksi untuk kabar terbaru setiap hari. " +
		market(8)
	put := func(name, body string) store.PutResult { t.Helper(); return putText(t, db, name, body) }
	first := story("Kelautan", 20) + boiler
	put("first.txt", first)
	for i := 0; i < 3*cluster.BandNewest; i++ {
		if got := put(fmt.Sprintf("other-%d.txt", i), story(fmt.Sprintf("Bidang%d", i), 20)+boiler).NearDuplicateOf; got != "" {
			t.Fatalf("other-%d: a story sharing only boilerplate is a near-duplicate of %q", i, got)
		}
	}
	if got := put("copy.txt", "MEDAN (Warta) - "+first).NearDuplicateOf; got != "first.txt" {
		t.Errorf("copy: NearDuplicateOf = %q, want first.txt", got)
	}
}

// putText stores a document of body under name (its hash too) and returns
// the result.
func putText(t *testing.T, db *DB, name, body string) store.PutResult {
	t.Helper()
	rec := record.Record{Source: name, Hash: name, Lang: "id", Text: body}
	res, err := db.Put(context.Background(), store.Source{Name: name, Key: name}, rec)
	if err != nil {
		t.Fatal(err)
	}
	return res
}
