package bench

import (
	"os"
	"strconv"
	"strings"
)

// procField returns the number after "key:" in a /proc file of this process
// ("VmHWM:   123 kB" in status, "read_bytes: 4096" in io), its unit left
// off; false where the file or the line is missing (not Linux).
func procField(file, key string) (float64, bool) {
	b, err := os.ReadFile("/proc/self/" + file)
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, key+":"); ok {
			f := strings.Fields(rest)
			if len(f) == 0 {
				return 0, false
			}
			v, err := strconv.ParseFloat(f[0], 64)
			return v, err == nil
		}
	}
	return 0, false
}

// storageRead is the number of bytes this process has caused to be read
// from storage (read_bytes of /proc/self/io): the page-cache misses of its
// reads, which is what a query on a database larger than the cache waits
// for. -1 when it cannot be read.
func storageRead() int64 {
	v, ok := procField("io", "read_bytes")
	if !ok {
		return -1
	}
	return int64(v)
}
