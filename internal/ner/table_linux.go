//go:build linux

package ner

import (
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page on the platforms Go runs
// Linux on (x86-64 and arm64 with 4 KB base pages).
const hugePage = 2 << 20

// newTable allocates the weight table. Tagging reads rows of it at hashed,
// so random, positions: with 4 KB pages nearly every row read misses the
// TLB as well as the cache (the table is 32 MB). The table is aligned to
// huge pages and the kernel asked to back it with them (MADV_HUGEPAGE, a
// hint: where transparent huge pages are off, nothing changes). The memory
// stays the Go heap's, collected with the model.
func newTable(n int) []int16 {
	const per = int(unsafe.Sizeof(int16(0)))
	if n*per < hugePage {
		return make([]int16, n)
	}
	raw := make([]int16, n+hugePage/per)
	addr := uintptr(unsafe.Pointer(unsafe.SliceData(raw)))
	skip := int((hugePage-addr%hugePage)%hugePage) / per
	q := raw[skip : skip+n : skip+n]
	b := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(q))), n*per)
	_ = syscall.Madvise(b[:len(b)&^(hugePage-1)], syscall.MADV_HUGEPAGE)
	return q
}
