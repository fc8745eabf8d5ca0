// An access-log analyzer folds parsed lines with a generic Fold helper. The per-path hit counter
// is seeded with a made map, so the step function, which assumes a usable accumulator, counts
// into a map from the first line on.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Fold threads acc through step for every element of xs.
func Fold[T, A any](xs []T, acc A, step func(A, T) A) A {
	for _, x := range xs {
		acc = step(acc, x)
	}
	return acc
}

type LogLine struct {
	Method string
	Path   string
	Status int
	Bytes  int
}

func parse(raw []string) []LogLine {
	out := make([]LogLine, 0, len(raw))
	for _, r := range raw {
		f := strings.Fields(r)
		if len(f) != 4 {
			continue
		}
		st, _ := strconv.Atoi(f[2])
		n, _ := strconv.Atoi(f[3])
		out = append(out, LogLine{Method: f[0], Path: f[1], Status: st, Bytes: n})
	}
	return out
}

func countPaths(acc map[string]int, l LogLine) map[string]int {
	acc[l.Path]++
	return acc
}

func main() {
	lines := parse([]string{
		"GET /healthz 200 2",
		"GET /v1/orders 200 5120",
		"POST /v1/orders 201 310",
		"GET /v1/orders 500 87",
	})
	total := Fold(lines, 0, func(n int, l LogLine) int { return n + l.Bytes })

	hits := make(map[string]int)
	hits = Fold(lines, hits, countPaths)

	paths := make([]string, 0, len(hits))
	for p := range hits {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		fmt.Printf("%-12s %d\n", p, hits[p])
	}
	fmt.Println("bytes", total)
}
