// A metrics registry hands out histograms and keeps each in its table. NewHistogram makes the
// bucket table only when bucket bounds are given; every metric here is registered with bounds,
// directly or through the registry, so no Observe meets a nil table. (Near miss of
// pos_b11_histogram_no_bounds_nil_buckets.)
package main

import (
	"fmt"
	"math"
	"sort"
)

type Histogram struct {
	bounds []float64
	counts map[float64]uint64
	sum    float64
}

func NewHistogram(bounds ...float64) *Histogram {
	h := &Histogram{bounds: append([]float64(nil), bounds...)}
	sort.Float64s(h.bounds)
	if len(h.bounds) > 0 {
		h.counts = make(map[float64]uint64, len(h.bounds)+1)
	}
	return h
}

func (h *Histogram) Observe(v float64) {
	h.sum += v
	bucket := math.Inf(1)
	for _, ub := range h.bounds {
		if v <= ub {
			bucket = ub
			break
		}
	}
	h.counts[bucket]++
}

type Registry struct {
	hists map[string]*Histogram
}

func (r *Registry) Histogram(name string, bounds ...float64) *Histogram {
	if h, ok := r.hists[name]; ok {
		return h
	}
	h := NewHistogram(bounds...)
	r.hists[name] = h
	return h
}

func main() {
	reg := &Registry{hists: make(map[string]*Histogram)}
	latency := reg.Histogram("http_request_seconds", 0.05, 0.1, 0.5, 1)
	wait := reg.Histogram("queue_wait_seconds", 0.01)
	size := NewHistogram(512, 4096)
	for _, v := range []float64{0.02, 0.3, 0.07, 2.5} {
		latency.Observe(v)
		wait.Observe(v / 10)
		size.Observe(v * 1000)
	}
	fmt.Println(len(latency.counts), len(wait.counts), len(size.counts), size.sum)
}
