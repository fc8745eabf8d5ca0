// An uptime checker probes endpoints and collects a Result per probe with per-phase timings.
// The probe function makes the timings map before anything can fail, so the early return for
// an unparsable target also carries an (empty) map, and the aggregator's "total" timing is safe.
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
	r := Result{Target: target, Timings: make(map[string]time.Duration)}
	u, err := url.Parse(target)
	if err != nil || u.Host == "" {
		r.Err = errors.Join(errors.New("bad target"), err)
		return r
	}
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
		r.Timings["total"] = total
		results = append(results, r)
	}
	return results
}

func main() {
	for _, r := range checkAll([]string{"https://status.example.com/ping", "::not a url"}) {
		fmt.Println(r.Target, r.Err == nil, r.Timings["total"])
	}
}
