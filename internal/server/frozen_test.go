package server

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"

	"kronik/internal/pipeline"
	"kronik/internal/record"
	"kronik/internal/server/demo"
	"kronik/internal/source"
	"kronik/internal/store"
)

// The server's tests read records extracted once and kept in
// testdata/records.json, not the pipeline's output of the day: they test
// the HTTP layer over a known knowledge base, so a change to an extraction
// rule does not break them (and they do not load the models). After adding
// an input to frozenInputs or changing one, regenerate the file with
//
//	go test ./internal/server/ -run TestFrozenRecords -update
var update = flag.Bool("update", false, "re-extract testdata/records.json with the pipeline")

const frozenFile = "testdata/records.json"

// Articles written for these tests (fiction).
const (
	// posted is posted to the API.
	posted = `Jakarta (Kronik) - Menteri Luar Negeri Indonesia Sugiono bertemu dengan Menteri Luar Negeri Vietnam di Jakarta pada Senin (2/6/2025) untuk membahas kerja sama perikanan.

Kedua menteri sepakat memperluas patroli bersama di Laut Natuna Utara.`

	// postedRevised is posted's page as its outlet later corrected it: the
	// same URL, new text.
	postedRevised = `Jakarta (Kronik) - Menteri Luar Negeri Indonesia Sugiono bertemu dengan Menteri Luar Negeri Vietnam di Jakarta pada Senin (2/6/2025) untuk membahas kerja sama perikanan dan energi.

Kedua menteri sepakat memperluas patroli bersama di Laut Natuna Utara.`

	// evil is an article full of markup.
	evil = `Jakarta (Kronik) - Presiden Indonesia Prabowo Subianto bertemu dengan Presiden Filipina Ferdinand Marcos Jr. <script>alert(1)</script> di Jakarta pada Selasa (3/6/2025) "><img src=x onerror=alert(2)>.

Kedua pemimpin membahas <b onmouseover=alert(3)>perdagangan</b> dan perikanan.`

	// fresh names a town no other document names.
	fresh = "Menteri Bertemu di Zamrudkhatulistiwa\n\n" +
		"Menteri Luar Negeri Indonesia bertemu Menteri Luar Negeri Filipina di kota Zamrudkhatulistiwa pada Senin. " +
		"Keduanya membahas keamanan laut dan perdagangan perikanan di kawasan perbatasan.\n"
)

// frozenInputs are the documents whose records the tests read: the demo
// articles and the articles above.
func frozenInputs() ([]source.Document, error) {
	docs, err := demo.Documents()
	if err != nil {
		return nil, err
	}
	for _, s := range []string{posted, postedRevised, evil, fresh} {
		docs = append(docs, source.Document{Name: "test", Format: "text", Body: []byte(s)})
	}
	return docs, nil
}

// frozen is a Processor that answers with the record kept for a document's
// content, named after the document it is given.
type frozen map[string]record.Record

var loadFrozen = sync.OnceValues(func() (frozen, error) {
	b, err := os.ReadFile(frozenFile)
	if err != nil {
		return nil, err
	}
	var f frozen
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%s: %w", frozenFile, err)
	}
	return f, nil
})

func (f frozen) Process(ctx context.Context, doc source.Document) (record.Record, error) {
	if err := ctx.Err(); err != nil {
		return record.Record{}, err
	}
	h := store.ContentHash(doc.Body)
	rec, ok := f[h]
	if !ok {
		return record.Record{}, fmt.Errorf("no frozen record for %s (content %s): add it to frozenInputs and run go test ./internal/server/ -run TestFrozenRecords -update", doc.Name, h[:12])
	}
	rec.Source, rec.URL = doc.Name, doc.URL
	return rec, nil
}

// testProcessor returns the frozen records.
func testProcessor(t testing.TB) Processor {
	t.Helper()
	f, err := loadFrozen()
	if err != nil {
		t.Fatalf("frozen records: %v", err)
	}
	return f
}

// TestFrozenRecords checks that every input the tests use has its frozen
// record; with -update it extracts them again with the pipeline.
func TestFrozenRecords(t *testing.T) {
	docs, err := frozenInputs()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		p, err := pipeline.New(pipeline.Options{})
		if err != nil {
			t.Fatal(err)
		}
		out := frozen{}
		for _, d := range docs {
			rec, err := p.Process(context.Background(), d)
			if err != nil {
				t.Fatalf("%s: %v", d.Name, err)
			}
			out[store.ContentHash(d.Body)] = rec
		}
		b, err := json.MarshalIndent(out, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(frozenFile), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(frozenFile, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	f, err := loadFrozen()
	if err != nil {
		t.Fatal(err)
	}
	var missing []string
	for _, d := range docs {
		if _, ok := f[store.ContentHash(d.Body)]; !ok {
			missing = append(missing, d.Name)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("no frozen record for %v: run go test ./internal/server/ -run TestFrozenRecords -update", missing)
	}
}
