//go:build !linux

package ner

// newTable allocates the weight table (see the Linux version, which asks for
// huge pages).
func newTable(n int) []int16 { return make([]int16, n) }
