//go:build unix

package server

import (
	"context"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"kronik/internal/bench"
	"kronik/internal/store/sqlite"
)

// BenchmarkMapFirstBuild measures the map page's first build per filter, the
// load test's slowest answer: each iteration starts a server with empty
// caches over one store of mapBenchDocs generated documents and asks for the
// whole map, every place resolved to its country. Besides the wall time
// (ns/op, noisy on a shared machine) it reports the process's CPU time per
// build (cpu-ms/op).
//
//	go test -run XXX -bench MapFirstBuild -count 6 ./internal/server/
const mapBenchDocs = 3000

func BenchmarkMapFirstBuild(b *testing.B) {
	ctx := context.Background()
	p, err := loadPipeline()
	if err != nil {
		b.Fatal(err)
	}
	db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "map.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	if err := bench.FillStore(ctx, p, db, 100, mapBenchDocs, 1); err != nil {
		b.Fatal(err)
	}
	cpu0 := cpuTime(b)
	for b.Loop() {
		srv := mustNew(b, Options{Store: db})
		fetch(b, srv, "/map")
	}
	b.ReportMetric(float64(cpuTime(b)-cpu0)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}

// cpuTime is the CPU time (user and system) the process has used.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
