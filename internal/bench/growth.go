package bench

import (
	"context"
	"fmt"
	"math"
	"strings"
	"time"

	"kronik/internal/corpusgen"
	"kronik/internal/pipeline"
	"kronik/internal/source"
)

// DefaultGrowthSizes are the document sizes in bytes at which the cost of
// one document is measured: from a long report to far beyond any article.
var DefaultGrowthSizes = []int{100_000, 500_000, 1_000_000, 2_000_000}

// GrowthPoint is the cost of extracting one document of Bytes bytes.
type GrowthPoint struct {
	Bytes       int     `json:"bytes"`
	CPUSec      float64 `json:"cpu_sec"`
	WallSec     float64 `json:"wall_sec"`
	MBPerCPUSec float64 `json:"mb_per_cpu_sec"`
}

// Growth is how one document's cost grows with its size. Exponent is the
// slope of log(CPU time) over log(size) by least squares: 1 means linear,
// 2 quadratic. A long document is where a step that is quadratic in the
// document (a scan back over the whole text for each match) shows, long
// before the corpus benchmark sees it.
type Growth struct {
	Points   []GrowthPoint `json:"points"`
	Exponent float64       `json:"exponent"`
}

// LongDocument returns a generated document of about n bytes: the bodies of
// generated articles run together into one paragraph under one dateline, as
// a scraped page without line breaks can be; one paragraph is the worst case
// for anything that looks back to the start of a line.
func LongDocument(n int, seed int64) source.Document {
	o := corpusgen.DefaultOptions()
	o.Seed, o.DupShare = seed, 0
	g := corpusgen.New(o)
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		a := g.Article(i)
		body := a.Text
		if i > 0 {
			// Keep the first article's headline and dateline only.
			if _, rest, ok := strings.Cut(body, "\n\n"); ok {
				body = rest
			}
			b.WriteByte(' ')
		}
		b.WriteString(strings.Join(strings.Fields(body), " "))
		if i == 0 {
			b.WriteString("\n\n")
		}
	}
	text := b.String()
	if len(text) > n {
		// Cut at a space so no word is cut in two.
		if i := strings.LastIndexByte(text[:n], ' '); i > 0 {
			text = text[:i]
		}
	}
	name := fmt.Sprintf("long-%d.txt", n)
	return source.Document{Name: name, Path: name, Body: []byte(text), Format: "text"}
}

// RunGrowth extracts one long document at each size and fits the growth
// exponent of its CPU time. p should have no text limit
// (pipeline.Options.MaxTextBytes < 0), or sizes past it measure one
// truncated text.
func RunGrowth(ctx context.Context, p *pipeline.Pipeline, sizes []int, seed int64) (Growth, error) {
	var g Growth
	for _, n := range sizes {
		doc := LongDocument(n, seed)
		cpu0, wall0 := cpuSeconds(), time.Now()
		if _, err := p.Process(ctx, doc); err != nil {
			return g, fmt.Errorf("growth, %d bytes: %w", n, err)
		}
		pt := GrowthPoint{Bytes: len(doc.Body), CPUSec: cpuSeconds() - cpu0, WallSec: time.Since(wall0).Seconds()}
		if pt.CPUSec > 0 {
			pt.MBPerCPUSec = float64(pt.Bytes) / 1e6 / pt.CPUSec
		}
		g.Points = append(g.Points, pt)
	}
	g.Exponent = growthExponent(g.Points)
	return g, nil
}

// growthExponent is the least-squares slope of log(CPU seconds) against
// log(bytes); NaN with fewer than two usable points.
func growthExponent(pts []GrowthPoint) float64 {
	var xs, ys []float64
	for _, p := range pts {
		if p.Bytes > 0 && p.CPUSec > 0 {
			xs = append(xs, math.Log(float64(p.Bytes)))
			ys = append(ys, math.Log(p.CPUSec))
		}
	}
	if len(xs) < 2 {
		return math.NaN()
	}
	var mx, my float64
	for i := range xs {
		mx += xs[i]
		my += ys[i]
	}
	mx /= float64(len(xs))
	my /= float64(len(xs))
	var sxy, sxx float64
	for i := range xs {
		sxy += (xs[i] - mx) * (ys[i] - my)
		sxx += (xs[i] - mx) * (xs[i] - mx)
	}
	if sxx == 0 {
		return math.NaN()
	}
	return sxy / sxx
}

// String is the line `kronik bench` prints.
func (g Growth) String() string {
	var parts []string
	for _, p := range g.Points {
		parts = append(parts, fmt.Sprintf("%.1f MB %.2f s", float64(p.Bytes)/1e6, p.CPUSec))
	}
	return fmt.Sprintf("%s; growth exponent %.2f (1 is linear)", strings.Join(parts, ", "), g.Exponent)
}
