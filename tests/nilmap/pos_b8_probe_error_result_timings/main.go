// An uptime checker probes endpoints and collects a Result per probe with per-phase timings.
// The probe function builds its Result with the timings map on the success path only; the
// early return for an unparsable target gives a Result without it, and the aggregator's
// "total" timing panics on that one.
package main

import (
	"errors"
	"fmt"
	"net/url"
	"time"
)

type Result struct {
	Target  string
	Err     error
	Timings map[string]time.Duration
}

func probe(target string) Result {
	u, err := url.Parse(target)
	if err != nil || u.Host == "" {
		return Result{Target: target, Err: errors.Join(errors.New("bad target"), err)}
	}
	r := Result{Target: target, Timings: make(map[string]time.Duration)}
	r.Timings["dns"] = 3 * time.Millisecond
	r.Timings["connect"] = 11 * time.Millisecond
	return r
}

func checkAll(targets []string) []Result {
	results := make([]Result, 0, len(targets))
	for _, t := range targets {
		r := probe(t)
		var total time.Duration
		for _, d := range r.Timings {
			total += d
		}
		r.Timings["total"] = total // want "nil map"
		results = append(results, r)
	}
	return results
}

func main() {
	for _, r := range checkAll([]string{"https://status.example.com/ping", "::not a url"}) {
		fmt.Println(r.Target, r.Err == nil, r.Timings["total"])
	}
}
