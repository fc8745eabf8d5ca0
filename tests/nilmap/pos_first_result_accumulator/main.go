// A log-scanning tool fans its files out to workers and folds their word counts together. The
// fold uses the first result as the accumulator; a worker that scanned an empty file returns
// a result whose map was never made, and when it comes first the fold writes into nil.
package main

import (
	"fmt"
	"strings"
)

type result struct {
	file   string
	counts map[string]int
}

func scan(file, text string) result {
	r := result{file: file}
	for _, w := range strings.Fields(text) {
		if r.counts == nil {
			r.counts = make(map[string]int)
		}
		r.counts[strings.ToLower(w)]++
	}
	return r
}

func fanOut(files map[string]string, order []string) []result {
	out := make(chan result, len(order))
	for _, f := range order {
		go func(f string) { out <- scan(f, files[f]) }(f)
	}
	results := make([]result, 0, len(order))
	for range order {
		results = append(results, <-out)
	}
	// Deterministic order for the fold: the order the files were given in.
	byName := make(map[string]result, len(results))
	for _, r := range results {
		byName[r.file] = r
	}
	for i, f := range order {
		results[i] = byName[f]
	}
	return results
}

func fold(results []result) map[string]int {
	total := results[0].counts
	for _, r := range results[1:] {
		for w, n := range r.counts {
			total[w] += n // want "nil map"
		}
	}
	return total
}

func main() {
	files := map[string]string{
		"empty.log": "",
		"app.log":   "ERROR disk full error retry",
	}
	fmt.Println(fold(fanOut(files, []string{"empty.log", "app.log"})))
}
