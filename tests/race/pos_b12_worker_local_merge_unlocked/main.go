// A log analyzer splits an access log into chunks and counts status codes with one worker per
// chunk. To avoid contention each worker counts into a map of its own and merges it into the
// shared totals when it is done; the merge was meant to be rare enough not to need the lock, but
// two workers finishing together merge into totals at the same time.
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

func (a *Analyzer) scan(chunk []string) {
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
	for code, n := range local {
		a.totals[code] += n // want "concurrent map write"
	}
}

func (a *Analyzer) Run(lines []string, workers int) {
	size := (len(lines) + workers - 1) / workers
	start := make(chan struct{}) // every worker starts the clock together
	var wg sync.WaitGroup
	for i := 0; i < len(lines); i += size {
		chunk := lines[i:min(i+size, len(lines))]
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			a.scan(chunk)
		}()
	}
	close(start)
	wg.Wait()
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
