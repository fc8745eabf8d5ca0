// A metrics registry hands out histograms. NewHistogram makes the bucket table only when bucket
// bounds are given; the queue-wait metric is registered without bounds (only its sum and count
// were wanted), and Observe stops after the sum and count when there are no bounds.
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
	n      uint64
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
	h.n++
	if len(h.bounds) == 0 {
		return
	}
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
	wait := reg.Histogram("queue_wait_seconds")
	for _, v := range []float64{0.02, 0.3, 0.07, 2.5} {
		latency.Observe(v)
		wait.Observe(v / 10)
	}
	for _, name := range []string{"http_request_seconds", "queue_wait_seconds"} {
		h := reg.hists[name]
		fmt.Printf("%s count=%d sum=%.3f buckets=%d\n", name, h.n, h.sum, len(h.counts))
	}
}
