package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"kronik/internal/pipeline"
	"kronik/internal/record"
	"kronik/internal/source"
	"kronik/internal/store"
)

// fakeStore records the batches it is given; it refuses documents whose text
// holds "refuse" and says it already holds content listed in has.
type fakeStore struct {
	mu      sync.Mutex
	has     map[string]bool
	batches [][]string // names, per PutBatch call
	fail    error      // PutBatch's error for the whole batch
}

func (f *fakeStore) Has(_ context.Context, hash string) (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.has[hash], nil
}

func (f *fakeStore) PutBatch(_ context.Context, items []store.Item) ([]store.ItemResult, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail != nil {
		return nil, f.fail
	}
	var names []string
	res := make([]store.ItemResult, len(items))
	for i, it := range items {
		names = append(names, it.Src.Name)
		if strings.Contains(string(it.Src.Body), "refuse") {
			res[i].Err = errors.New("refused")
			continue
		}
		res[i].Status = store.New
	}
	f.batches = append(f.batches, names)
	return res, nil
}

func hashOf(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

func doc(i int, extra string) source.Document {
	body := fmt.Sprintf("Jakarta - Menteri Luar Negeri Indonesia bertemu Menteri Luar Negeri Malaysia di Jakarta pada %d Maret 2025. %s", i%28+1, extra)
	return source.Document{Name: fmt.Sprintf("doc-%02d", i), Path: fmt.Sprintf("doc-%02d.txt", i), Format: "text", Body: []byte(body)}
}

func newPipeline(t *testing.T) *pipeline.Pipeline {
	t.Helper()
	p, err := pipeline.New(pipeline.Options{NoTagger: true})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestRunStoresInInputOrder: whatever the workers, documents reach the store
// in input order, in batches of at most Batch, and the summary counts what
// happened to each input: read failures, documents already stored (not
// extracted), documents the store refused.
func TestRunStoresInInputOrder(t *testing.T) {
	p := newPipeline(t)
	fs := &fakeStore{has: map[string]bool{}}
	stored := Source(doc(5, "")) // content already in the knowledge base
	fs.has[hashOf(stored.Body)] = true
	var extracted []string
	sum, err := Run(context.Background(), fs, p, func(send func(Input) bool) {
		for i := range 30 {
			switch i {
			case 7:
				send(Input{Doc: source.Document{Path: "broken.jsonl:8"}, Err: errors.New("not JSON")})
			case 12:
				send(Input{Doc: doc(i, "refuse")})
			default:
				send(Input{Doc: doc(i, "")})
			}
		}
	}, Options{Workers: 4, Batch: 8, Extracted: func(d source.Document, _ record.Record) { extracted = append(extracted, d.Name) }})
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, b := range fs.batches {
		if len(b) > 8 {
			t.Errorf("a batch of %d documents, want at most 8", len(b))
		}
		all = append(all, b...)
	}
	var want []string
	for i := range 30 {
		if i != 7 && i != 5 {
			want = append(want, fmt.Sprintf("doc-%02d", i))
		}
	}
	if strings.Join(all, " ") != strings.Join(want, " ") {
		t.Errorf("stored in the order\n%v\nwant\n%v", all, want)
	}
	if strings.Join(extracted, " ") != strings.Join(want, " ") {
		t.Errorf("extracted in the order\n%v\nwant\n%v", extracted, want)
	}
	if sum.Read != 30 || sum.Added != 27 || sum.Duplicates != 1 || sum.Failed != 2 {
		t.Errorf("summary = %+v, want read 30, added 27, duplicates 1, failed 2", sum)
	}
	if len(sum.Reasons) != 2 || !strings.HasPrefix(sum.Reasons[0], "broken.jsonl:8: not JSON") || !strings.HasPrefix(sum.Reasons[1], "doc-12.txt: refused") {
		t.Errorf("reasons = %q", sum.Reasons)
	}
}

// TestRunStopsOnStoreFailure: when the database fails a transaction, the run
// stores nothing more and returns the store's error.
func TestRunStopsOnStoreFailure(t *testing.T) {
	p := newPipeline(t)
	boom := errors.New("disk full")
	fs := &fakeStore{has: map[string]bool{}, fail: boom}
	_, err := Run(context.Background(), fs, p, func(send func(Input) bool) {
		for i := range 10 {
			send(Input{Doc: doc(i, "")})
		}
	}, Options{Workers: 2, Batch: 3})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want %v", err, boom)
	}
}

// blockingStore holds its first batch until the documents after it are
// extracted (or a long timeout passes): the workers must go on extracting
// while a batch is written.
type blockingStore struct {
	fakeStore
	next    chan struct{}
	waited  bool
	overlap bool
}

func (b *blockingStore) PutBatch(ctx context.Context, items []store.Item) ([]store.ItemResult, error) {
	if !b.waited {
		b.waited = true
		select {
		case <-b.next:
			b.overlap = true
		case <-time.After(20 * time.Second):
		}
	}
	return b.fakeStore.PutBatch(ctx, items)
}

// TestRunExtractsWhileWriting: the next batch is extracted while one is
// stored, and the documents still reach the store whole and in order.
func TestRunExtractsWhileWriting(t *testing.T) {
	p := newPipeline(t)
	bs := &blockingStore{fakeStore: fakeStore{has: map[string]bool{}}, next: make(chan struct{})}
	var once sync.Once
	n := 0
	sum, err := Run(context.Background(), bs, p, func(send func(Input) bool) {
		for i := range 12 {
			send(Input{Doc: doc(i, "")})
		}
	}, Options{Workers: 2, Batch: 4, Extracted: func(source.Document, record.Record) {
		n++
		if n == 8 { // the whole second batch
			once.Do(func() { close(bs.next) })
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	if !bs.overlap {
		t.Error("the second batch was not extracted while the first was stored")
	}
	if sum.Added != 12 || len(bs.batches) != 3 || bs.batches[2][3] != "doc-11" {
		t.Errorf("summary %+v, batches %v", sum, bs.batches)
	}
}

// bulkStore is a fakeStore that records its bulk loads.
type bulkStore struct {
	fakeStore
	begun    []bool // onlyEmpty of each BeginBulk, in order
	ended    int
	inBulkAt []int // batch sizes written while in bulk
	inBulk   bool
}

func (b *bulkStore) BeginBulk(_ context.Context, onlyEmpty bool) (bool, error) {
	b.begun = append(b.begun, onlyEmpty)
	b.inBulk = true
	return true, nil
}

func (b *bulkStore) EndBulk(context.Context) error {
	b.ended++
	b.inBulk = false
	return nil
}

func (b *bulkStore) PutBatch(ctx context.Context, items []store.Item) ([]store.ItemResult, error) {
	if b.inBulk {
		b.inBulkAt = append(b.inBulkAt, len(items))
	}
	return b.fakeStore.PutBatch(ctx, items)
}

// TestRunBulk: a load whose first batch fills is a bulk load (into an empty
// store, which the store checks), a trickle that never fills a batch is
// not; BulkOn loads in bulk from the start, BulkOff never; every bulk load
// is ended.
func TestRunBulk(t *testing.T) {
	p := newPipeline(t)
	for _, c := range []struct {
		name   string
		docs   int
		mode   BulkMode
		begun  []bool
		inBulk []int
	}{
		{"large first load", 10, BulkAuto, []bool{true}, []int{4, 4, 2}},
		{"small load", 3, BulkAuto, nil, nil},
		{"forced", 3, BulkOn, []bool{false}, []int{3}},
		{"off", 10, BulkOff, nil, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			bs := &bulkStore{fakeStore: fakeStore{has: map[string]bool{}}}
			sum, err := Run(context.Background(), bs, p, func(send func(Input) bool) {
				for i := range c.docs {
					send(Input{Doc: doc(i, "")})
				}
			}, Options{Workers: 2, Batch: 4, Bulk: c.mode})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(bs.begun, c.begun) || !reflect.DeepEqual(bs.inBulkAt, c.inBulk) {
				t.Errorf("bulk loads begun %v, batches in bulk %v; want %v, %v", bs.begun, bs.inBulkAt, c.begun, c.inBulk)
			}
			if sum.Bulk != (len(c.begun) > 0) || bs.ended != len(c.begun) || sum.Added != c.docs {
				t.Errorf("summary %+v, %d bulk loads ended", sum, bs.ended)
			}
		})
	}
}
