//go:build unix

package bench

import "syscall"

// cpuSeconds is the CPU time (user and system) the process has used. On a
// shared machine it measures the work done rather than the wall-clock time
// spent waiting for a core, so per-core throughput can be taken from it.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return tv(ru.Utime) + tv(ru.Stime)
}
