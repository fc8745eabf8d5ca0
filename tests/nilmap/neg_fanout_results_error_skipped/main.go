// A probe runner fans checks out to goroutines that send results on a channel; the error
// path sends a result without the attrs map the success path makes, and the collector counts
// a failed result and skips it, stamping the region only into the results that have attrs.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type result struct {
	target string
	err    error
	attrs  map[string]string
}

func probe(target string) result {
	if strings.HasSuffix(target, ".invalid") {
		return result{target: target, err: errors.New("no such host")}
	}
	return result{
		target: target,
		attrs:  map[string]string{"status": "200", "proto": "HTTP/2.0"},
	}
}

func runAll(targets []string) <-chan result {
	out := make(chan result, len(targets))
	var wg sync.WaitGroup
	for _, t := range targets {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out <- probe(t)
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func collect(results <-chan result, region string) ([]result, int) {
	var all []result
	failed := 0
	for r := range results {
		if r.err != nil {
			failed++
			continue
		}
		r.attrs["region"] = region
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].target < all[j].target })
	return all, failed
}

func main() {
	targets := []string{"api.example.com", "cdn.example.com", "old.example.invalid"}
	all, failed := collect(runAll(targets), "eu-west-1")
	for _, r := range all {
		fmt.Println(r.target, r.attrs["status"], r.attrs["region"])
	}
	fmt.Println("failed:", failed)
}
