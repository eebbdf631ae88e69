// Package ordered holds the one ordered worker pool: items fanned out to
// workers, results delivered in the order the items were sent. Every command,
// benchmark and reader that works on several items at once uses it (extract,
// ingest, the benchmark, parallel URL fetching in source), so that a parallel
// run prints what a serial one would. It owns no I/O and imports nothing of
// kronik's, so that any stage may use it.
package ordered

import (
	"context"
	"sync"
)

// Run calls work on every item that feed sends, on up to workers goroutines,
// and returns the results on a channel in the order the items were sent, so
// that the output of a parallel run is the output of a serial one.
//
// feed runs on a goroutine of its own; send blocks until a worker can take
// the item and returns false once ctx is done, when feed should stop. At
// most 4*workers items are in flight (sent but not yet received), so a slow
// item holds back the results after it, not memory. The caller must receive
// until the channel is closed; it is closed after feed has returned and
// every item sent has been received.
func Run[In, Out any](ctx context.Context, workers int, feed func(send func(In) bool), work func(In) Out) <-chan Out {
	workers = max(workers, 1)
	type job struct {
		seq int
		in  In
	}
	type done struct {
		seq int
		out Out
	}
	jobs := make(chan job)
	results := make(chan done, workers)
	out := make(chan Out)
	slots := make(chan struct{}, 4*workers) // in flight: taken by send, given back on delivery

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- done{j.seq, work(j.in)}
			}
		}()
	}
	go func() {
		seq := 0
		feed(func(in In) bool {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return false
			}
			select {
			case jobs <- job{seq, in}:
				seq++
				return true
			case <-ctx.Done():
				<-slots
				return false
			}
		})
		close(jobs)
		wg.Wait()
		close(results)
	}()
	go func() {
		defer close(out)
		pending := map[int]Out{}
		next := 0
		for r := range results {
			pending[r.seq] = r.out
			for {
				o, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				out <- o
				<-slots
			}
		}
	}()
	return out
}
