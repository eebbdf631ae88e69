package sqlite

import (
	"context"
	"fmt"
	"math"
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

func shareBand(a, b []uint32) bool {
	ka, kb := bandKeys(a), bandKeys(b)
	for i := range ka {
		if ka[i] == kb[i] {
			return true
		}
	}
	return false
}

// TestSignature: the signature estimates the shingle sets' Jaccard
// similarity closely enough that copies share a band key and unrelated texts
// do not.
func TestSignature(t *testing.T) {
	wire := story("Kelautan", 30)
	copyEdited := "JAKARTA (Warta) - " + strings.Replace(wire, "tahap 70.", "tahap tujuh puluh.", 1) + " Editor: Budi"
	// the last third rewritten: similarity near the threshold
	sents := strings.SplitAfter(wire, ". ")
	partial := strings.Join(sents[:22], "") + story("Perhubungan", 8)
	unrelated := market(30)
	tests := []struct {
		name      string
		a, b      string
		wantBand  bool
		maxErrEst float64
	}{
		{"light edit of a wire copy", wire, copyEdited, true, 0.12},
		{"two thirds shared", wire, partial, true, 0.12},
		{"another story", wire, unrelated, false, 0.12},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sa, sb := cluster.Shingles(tt.a), cluster.Shingles(tt.b)
			exact := cluster.Jaccard(sa, sb)
			ga, gb := signature(sa), signature(sb)
			if est := estimate(ga, gb); math.Abs(est-exact) > tt.maxErrEst {
				t.Errorf("estimate %.3f, exact Jaccard %.3f", est, exact)
			}
			if got := shareBand(ga, gb); got != tt.wantBand {
				t.Errorf("share a band key = %v, want %v (exact Jaccard %.3f)", got, tt.wantBand, exact)
			}
			if got := decodeSig(encodeSig(ga)); estimate(got, ga) != 1 {
				t.Error("signature does not survive encoding")
			}
		})
	}
	if signature(cluster.Shingles("terlalu pendek")) != nil {
		t.Error("a text of fewer than five words has no signature")
	}
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
	for i := 0; i < 3*bandNewest; i++ {
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
