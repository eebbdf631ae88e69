//go:build !linux

package bench

// storageRead is not measured on this system.
func storageRead() int64 { return -1 }
