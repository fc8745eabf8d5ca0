// An SLO report groups endpoints by their error ratio, rounded to a percent, in a map keyed by
// the ratio. An endpoint that served no requests in the window has a ratio of 0/0, NaN, and a
// NaN key never finds the entry stored under it; bucket hands back the inner map it made or
// found, and Add writes into that map rather than looking the key up again, so the idle
// endpoint lands in a bucket of its own.
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

func (r *Report) bucket(ratio float64) map[string]float64 {
	inner, ok := r.byRatio[ratio]
	if !ok {
		inner = make(map[string]float64)
		r.byRatio[ratio] = inner
	}
	return inner
}

func (r *Report) Add(s EndpointStats) {
	ratio := math.Round(s.Errors/s.Requests*100) / 100
	r.bucket(ratio)[s.Route] = s.Requests
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
