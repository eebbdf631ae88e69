package ordered

import (
	"context"
	"testing"
	"time"
)

func TestRunKeepsOrder(t *testing.T) {
	for _, workers := range []int{0, 1, 3, 8} {
		const n = 200
		out := Run(context.Background(), workers, func(send func(int) bool) {
			for i := range n {
				if !send(i) {
					return
				}
			}
		}, func(i int) int {
			// Early items take longest, so later ones finish first.
			if i%7 == 0 {
				time.Sleep(time.Millisecond)
			}
			return i * i
		})
		i := 0
		for got := range out {
			if got != i*i {
				t.Fatalf("workers %d: result %d = %d, want %d", workers, i, got, i*i)
			}
			i++
		}
		if i != n {
			t.Fatalf("workers %d: %d results, want %d", workers, i, n)
		}
	}
}

func TestRunBoundsItemsInFlight(t *testing.T) {
	// The first item blocks until released: the feed must stop after
	// 4*workers items instead of running ahead through the whole input.
	const workers = 2
	release := make(chan struct{})
	sent := make(chan int, 1000)
	out := Run(context.Background(), workers, func(send func(int) bool) {
		for i := range 100 {
			if !send(i) {
				return
			}
			sent <- i
		}
	}, func(i int) int {
		if i == 0 {
			<-release
		}
		return i
	})
	deadline := time.After(5 * time.Second)
	for len(sent) < 4*workers {
		select {
		case <-deadline:
			t.Fatalf("only %d items sent", len(sent))
		case <-time.After(time.Millisecond):
		}
	}
	time.Sleep(20 * time.Millisecond)
	if n := len(sent); n > 4*workers {
		t.Fatalf("%d items in flight behind a blocked one, want at most %d", n, 4*workers)
	}
	close(release)
	n := 0
	for range out {
		n++
	}
	if n != 100 {
		t.Fatalf("%d results, want 100", n)
	}
}

func TestRunStopsFeedOnCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan int, 1)
	out := Run(ctx, 2, func(send func(int) bool) {
		i := 0
		for ; send(i); i++ {
			if i == 10 {
				cancel()
			}
		}
		stopped <- i
	}, func(i int) int { return i })
	n := 0
	for range out {
		n++
	}
	i := <-stopped
	if i > 20 || n != i {
		t.Fatalf("feed stopped at %d with %d results; want a stop soon after the cancel and every sent item delivered", i, n)
	}
}
