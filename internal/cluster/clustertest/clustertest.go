// Package clustertest writes the texts the near-duplicate tests of
// internal/cluster and of the stores share: stories that differ by subject,
// so that copies of one story are near-duplicates and different stories are
// not, whatever stock phrases they share.
package clustertest

import (
	"fmt"
	"strings"
)

// Story writes a wire story of n sentences about a meeting, different for
// each subject, so that unrelated stories share only their stock phrases.
func Story(subject string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "Menteri %s bertemu mitra nomor %d di kota pelabuhan untuk membahas kerja sama perikanan tahap %d. ", subject, i, i*7)
	}
	return b.String()
}

// Market writes a story of another kind (prices, not diplomacy).
func Market(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "Harga beras di pasar induk naik %d persen pada pekan ke-%d karena pasokan dari sentra produksi tersendat. ", i+3, i)
	}
	return b.String()
}
