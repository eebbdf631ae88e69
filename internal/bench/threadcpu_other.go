//go:build !linux

package bench

// threadCPU is not measured on this system.
func threadCPU() float64 { return 0 }
