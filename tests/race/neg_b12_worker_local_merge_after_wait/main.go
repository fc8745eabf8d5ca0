// A log analyzer splits an access log into chunks and counts status codes with one worker per
// chunk. Each worker counts into a map of its own and leaves it in its slot of a slice; Run merges
// the slots into the shared totals only after Wait, in its own goroutine.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Analyzer struct {
	mu     sync.Mutex // guards errors
	errors []string
	totals map[string]int
}

func (a *Analyzer) scan(chunk []string) map[string]int {
	local := make(map[string]int)
	for _, line := range chunk {
		f := strings.Fields(line)
		if len(f) < 3 {
			a.mu.Lock()
			a.errors = append(a.errors, line)
			a.mu.Unlock()
			continue
		}
		local[f[2]]++
	}
	return local
}

func (a *Analyzer) Run(lines []string, workers int) {
	size := (len(lines) + workers - 1) / workers
	start := make(chan struct{}) // every worker starts the clock together
	var wg sync.WaitGroup
	locals := make([]map[string]int, (len(lines)+size-1)/size)
	for i := 0; i < len(lines); i += size {
		chunk := lines[i:min(i+size, len(lines))]
		slot := &locals[i/size]
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			*slot = a.scan(chunk)
		}()
	}
	close(start)
	wg.Wait()
	for _, local := range locals {
		for code, n := range local {
			a.totals[code] += n
		}
	}
}

func main() {
	lines := []string{
		"GET /a 200", "GET /b 404", "POST /c 201", "GET /a 200",
		"GET /d 500", "GET /a 200", "broken", "PUT /e 204",
	}
	a := &Analyzer{totals: make(map[string]int)}
	a.Run(lines, 4)
	codes := make([]string, 0, len(a.totals))
	for c := range a.totals {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		fmt.Println(c, a.totals[c])
	}
	fmt.Println("unparsed", len(a.errors))
}
