package storetest

import (
	"context"
	"strings"
	"testing"

	"kronik/internal/record"
	"kronik/internal/store"
)

// EntityNamedTwice: a record naming an entity twice counts one document and
// the mentions of both; a new version that names it once leaves the counts
// of that version alone, whether the two versions come in one batch or one
// after the other.
func EntityNamedTwice(t *testing.T, s store.Store) {
	ctx := context.Background()
	v1 := docB()
	dup := v1.Rec.Entities[0]
	id, once := dup.ID, len(dup.Mentions)
	dup.Mentions = append([]record.Mention{{Text: dup.Name}}, dup.Mentions...)
	v1.Rec.Entities = append(v1.Rec.Entities, dup)
	v2 := docB()
	v2.Rec.Text = strings.Replace(bodyB, "pertanian dan logistik", "pariwisata dan pendidikan", 1)
	v2.Src.Body = []byte(v2.Rec.Text)
	v2.Rec.Hash = hash(v2.Src.Body)
	check := func(when string, docs, mentions int) {
		t.Helper()
		p, err := s.Entity(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if p.Documents != docs || p.Mentions != mentions {
			t.Errorf("%s: %s counts %d documents and %d mentions, want %d and %d", when, id, p.Documents, p.Mentions,
				docs, mentions)
		}
	}
	put(t, s, v1)
	check("named twice", 1, 2*once+1)
	put(t, s, v2)
	check("new version", 1, once)

	// The same again in one batch, on another document.
	w1, w2 := v1, v2
	for _, d := range []*Doc{&w1, &w2} {
		d.Src.Key, d.Src.Name = "other-"+d.Src.Key, "other-"+d.Src.Name
		d.Rec.Text += " Laporan kedua."
		d.Src.Body = []byte(d.Rec.Text)
		d.Rec.Hash = hash(d.Src.Body)
	}
	res, err := s.PutBatch(ctx, []store.Item{{Src: w1.Src, Rec: w1.Rec}, {Src: w2.Src, Rec: w2.Rec}})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	check("batch of both versions", 2, 2*once)
}
