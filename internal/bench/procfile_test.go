package bench

import (
	"runtime"
	"testing"
)

// TestProcField: the figures the bench reads from /proc (peak memory,
// bytes read from storage) are found on Linux, and a missing line or file
// is reported as missing.
func TestProcField(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("/proc is Linux's")
	}
	tests := []struct {
		file, key string
		found     bool
	}{
		{"status", "VmHWM", true},
		{"io", "read_bytes", true},
		{"status", "NoSuchField", false},
		{"no-such-file", "VmHWM", false},
	}
	for _, tt := range tests {
		v, ok := procField(tt.file, tt.key)
		if ok != tt.found || tt.key == "VmHWM" && ok && v <= 0 {
			t.Errorf("procField(%q, %q) = %v, %v; want found %v", tt.file, tt.key, v, ok, tt.found)
		}
	}
	if peakRSSMB() <= 0 || storageRead() < 0 {
		t.Errorf("peak RSS %v MB, storage read %d", peakRSSMB(), storageRead())
	}
}
