package bench

import (
	"bytes"
	"os"
	"strconv"
)

// storageRead is the number of bytes this process has caused to be read
// from storage (read_bytes of /proc/self/io): the page-cache misses of its
// reads, which is what a query on a database larger than the cache waits
// for. -1 when it cannot be read.
func storageRead() int64 {
	b, err := os.ReadFile("/proc/self/io")
	if err != nil {
		return -1
	}
	for _, line := range bytes.Split(b, []byte("\n")) {
		if v, ok := bytes.CutPrefix(line, []byte("read_bytes: ")); ok {
			n, err := strconv.ParseInt(string(bytes.TrimSpace(v)), 10, 64)
			if err != nil {
				return -1
			}
			return n
		}
	}
	return -1
}
