package bench

import (
	"syscall"
	"unsafe"
)

// threadCPU is the CPU time in milliseconds the calling thread has used
// (CLOCK_THREAD_CPUTIME_ID): with the goroutine locked to its thread, the
// work one query did, whatever the load of the machine.
func threadCPU() float64 {
	const clockThreadCPUTime = 3
	var ts syscall.Timespec
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		return 0
	}
	return float64(ts.Sec)*1e3 + float64(ts.Nsec)/1e6
}
