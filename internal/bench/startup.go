package bench

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"
	"time"
)

// Startup is the cost of starting a kronik process that does nothing else
// (`kronik version`): package initialisation and the runtime, which every
// command pays before its own work.
type Startup struct {
	Runs int `json:"runs"`
	// WallP50Ms and WallP90Ms are the process's wall-clock times, from fork
	// to exit: on a shared machine they include the time spent waiting for
	// a core.
	WallP50Ms float64 `json:"wall_p50_ms"`
	WallP90Ms float64 `json:"wall_p90_ms"`
	// CPUP50Ms is the median of the process's user and system CPU time.
	CPUP50Ms float64 `json:"cpu_p50_ms"`
	// InitMB and InitMs are what package initialisation allocated and took in
	// one more run, as GODEBUG=inittrace=1 reports them (the resident memory
	// of a child is not measured: on Linux its peak counts the parent's pages
	// at the fork).
	InitMB float64 `json:"init_alloc_mb"`
	InitMs float64 `json:"init_ms"`
	// InitTop is the package whose initialisation allocated most.
	InitTop string `json:"init_top"`
}

// MeasureStartup runs `exe version` runs times, one after the other, and
// reports the distribution of their costs.
func MeasureStartup(ctx context.Context, exe string, runs int) (Startup, error) {
	if runs < 1 {
		runs = 1
	}
	var wall, cpu []float64
	for i := 0; i < runs; i++ {
		cmd := exec.CommandContext(ctx, exe, "version")
		t := time.Now()
		if err := cmd.Run(); err != nil {
			return Startup{}, fmt.Errorf("start-up: %s version: %w", exe, err)
		}
		wall = append(wall, since(t))
		st := cmd.ProcessState
		cpu = append(cpu, float64((st.UserTime()+st.SystemTime()).Microseconds())/1000)
	}
	sort.Float64s(wall)
	sort.Float64s(cpu)
	at := func(s []float64, p float64) float64 { return s[int(p*float64(len(s)-1))] }
	out := Startup{Runs: runs, WallP50Ms: at(wall, 0.5), WallP90Ms: at(wall, 0.9), CPUP50Ms: at(cpu, 0.5)}
	cmd := exec.CommandContext(ctx, exe, "version")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	var trace bytes.Buffer
	cmd.Stderr = &trace
	if err := cmd.Run(); err != nil {
		return Startup{}, fmt.Errorf("start-up: %s version: %w", exe, err)
	}
	var top float64
	for _, in := range parseInitTrace(trace.String()) {
		out.InitMB += in.bytes / 1e6
		out.InitMs += in.ms
		if in.bytes > top {
			top, out.InitTop = in.bytes, in.pkg
		}
	}
	return out, nil
}

// initCost is one package's line of GODEBUG=inittrace=1.
type initCost struct {
	pkg       string
	ms, bytes float64
}

// parseInitTrace reads the runtime's lines "init PKG @T ms, C ms clock, B
// bytes, A allocs"; other lines are skipped.
func parseInitTrace(s string) []initCost {
	var out []initCost
	for _, line := range strings.Split(s, "\n") {
		var c initCost
		var at, allocs float64
		if _, err := fmt.Sscanf(line, "init %s @%f ms, %f ms clock, %f bytes, %f allocs", &c.pkg, &at, &c.ms, &c.bytes, &allocs); err == nil {
			out = append(out, c)
		}
	}
	return out
}
