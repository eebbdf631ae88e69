package storetest

import (
	"context"
	"fmt"
	"testing"

	"kronik/internal/cluster"
	"kronik/internal/cluster/clustertest"
	"kronik/internal/store"
)

// textDoc is a document of body stored under name (its key and its hash
// too), reporting talks of Indonesia and Malaysia on 2025-06-16, so that
// the cluster of those talks counts the independent sources of every
// document stored this way.
func textDoc(name, body string) Doc {
	d := newDoc(name, "", "id", "2025-06-16", "", "", body).
		event("CONSULT", "meet", "2025-06-16", "", "", "", "country:IDN", "country:MYS").doc()
	d.Src.Key, d.Rec.Hash = name, name
	return d
}

// NearDuplicates: a republished wire story is stored as a near-duplicate of
// the first and counts as the same independent source; another story on the
// same day is not; a new version of the story retires its old text, so a
// later copy finds the earlier copy instead. A copy is also found when many
// newer documents share a long boilerplate passage with it (a lookup reads
// only the newest holders of each band key).
func NearDuplicates(t *testing.T, s store.Store) {
	story, market := clustertest.Story, clustertest.Market
	putText := func(name, body string) string {
		t.Helper()
		return put(t, s, textDoc(name, body)).NearDuplicateOf
	}
	wire := story("Kelautan", 25)
	putText("wire.txt", wire)
	putText("other.txt", market(25))
	if got := putText("copy.txt", "MAKASSAR (Kronika) - "+wire+" Pewarta: Sari"); got != "wire.txt" {
		t.Errorf("copy: NearDuplicateOf = %q, want wire.txt", got)
	}
	if got := putText("third.txt", story("Perhubungan", 25)+market(10)); got != "" {
		t.Errorf("unrelated story: NearDuplicateOf = %q, want none", got)
	}
	v2 := textDoc("wire.txt", market(20))
	v2.Rec.Hash = "wire-v2"
	put(t, s, v2)
	if got := putText("copy2.txt", "PALU (Warta) - "+wire); got != "copy.txt" {
		t.Errorf("copy after the wire story changed: NearDuplicateOf = %q, want copy.txt", got)
	}
	// current: the wire story's new version (a near-duplicate of other,
	// whose text begins with its own), other, copy, third and copy2 (a copy
	// of copy): three independent sources
	if cs := consult(t, s); len(cs) != 1 || cs[0].Sources != 3 || cs[0].MentionCount != 5 {
		t.Errorf("clusters %+v, want one of 5 mentions from 3 independent sources", cs)
	}

	boiler := "Simak berita pilihan lainnya di kanal kami dan ikuti akun resmi redaksi untuk kabar terbaru setiap hari. " +
		market(8)
	first := story("Pelayaran", 20) + boiler
	putText("first.txt", first)
	for i := 0; i < 3*cluster.BandNewest; i++ {
		if got := putText(fmt.Sprintf("boiler-%d.txt", i), story(fmt.Sprintf("Bidang%d", i), 20)+boiler); got != "" {
			t.Fatalf("boiler-%d: a story sharing only boilerplate is a near-duplicate of %q", i, got)
		}
	}
	if got := putText("copy3.txt", "MEDAN (Warta) - "+first); got != "first.txt" {
		t.Errorf("copy amid boilerplate: NearDuplicateOf = %q, want first.txt", got)
	}
}

// consult returns the store's CONSULT clusters.
func consult(t *testing.T, s store.Store) []store.Cluster {
	t.Helper()
	cs, err := s.Events(context.Background(), store.EventFilter{Type: "CONSULT"})
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

// Spoil makes the stored MinHash signature of the current version of the
// document stored under key undecodable (a backend's test writes its
// table directly).
type Spoil func(t *testing.T, s store.Store, key string)

// BadSignature: a stored signature that does not decode is no reason to
// refuse a write: the document it belongs to is not taken for a copy, and
// the new document is stored as a source of its own.
func BadSignature(t *testing.T, s store.Store, spoil Spoil) {
	wire := clustertest.Story("Kelautan", 25)
	put(t, s, textDoc("wire.txt", wire))
	spoil(t, s, "wire.txt")
	cp := textDoc("copy.txt", "MAKASSAR (Kronika) - "+wire)
	res, err := s.Put(context.Background(), cp.Src, cp.Rec)
	if err != nil {
		t.Fatalf("a copy of a document whose signature is spoilt: %v", err)
	}
	if res.Status != store.New || res.NearDuplicateOf != "" {
		t.Errorf("copy: %+v, want a new document that near-duplicates none", res)
	}
	if cs := consult(t, s); len(cs) != 1 || cs[0].Sources != 2 {
		t.Errorf("clusters %+v, want one of 2 independent sources", cs)
	}
}
