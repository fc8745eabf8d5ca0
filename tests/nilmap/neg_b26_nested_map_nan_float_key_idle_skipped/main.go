// An SLO report groups endpoints by their error ratio, rounded to a percent, in a map keyed by
// the ratio. An endpoint that served no requests in the window has a ratio of 0/0, NaN, and a
// NaN key never finds the entry stored under it, so Add skips endpoints that were idle in the
// window before it computes the ratio.
package main

import (
	"fmt"
	"math"
	"sort"
)

type EndpointStats struct {
	Route    string
	Requests float64
	Errors   float64
}

type Report struct {
	byRatio map[float64]map[string]float64
}

func (r *Report) bucket(ratio float64) {
	if _, ok := r.byRatio[ratio]; !ok {
		r.byRatio[ratio] = make(map[string]float64)
	}
}

func (r *Report) Add(s EndpointStats) {
	if s.Requests == 0 {
		return // idle in this window: no ratio
	}
	ratio := math.Round(s.Errors/s.Requests*100) / 100
	r.bucket(ratio)
	r.byRatio[ratio][s.Route] = s.Requests
}

func main() {
	window := []EndpointStats{
		{Route: "GET /orders", Requests: 1200, Errors: 12},
		{Route: "POST /orders", Requests: 300, Errors: 0},
		{Route: "DELETE /orders", Requests: 0, Errors: 0},
	}
	r := &Report{byRatio: make(map[float64]map[string]float64)}
	for _, s := range window {
		r.Add(s)
	}
	ratios := make([]float64, 0, len(r.byRatio))
	for ratio := range r.byRatio {
		ratios = append(ratios, ratio)
	}
	sort.Float64s(ratios)
	for _, ratio := range ratios {
		fmt.Printf("%.2f: %v\n", ratio, r.byRatio[ratio])
	}
}
