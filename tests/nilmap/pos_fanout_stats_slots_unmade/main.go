// A log analyser fans access-log chunks out to one goroutine per chunk; each goroutine counts
// status codes into its own slot of a results slice, and the slots are merged into a total
// made by newChunkStats. The slots come from make([]chunkStats, n) instead, which leaves every
// slot's byStatus map nil.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type chunkStats struct {
	lines    int
	byStatus map[string]int
}

func newChunkStats() chunkStats {
	return chunkStats{byStatus: map[string]int{}}
}

func analyse(chunks [][]string) map[string]int {
	results := make([]chunkStats, len(chunks))
	var wg sync.WaitGroup
	for i, chunk := range chunks {
		wg.Add(1)
		go func(i int, chunk []string) {
			defer wg.Done()
			for _, line := range chunk {
				fields := strings.Fields(line)
				results[i].lines++
				results[i].byStatus[fields[len(fields)-1]]++ // want "nil map"
			}
		}(i, chunk)
	}
	wg.Wait()
	total := newChunkStats()
	for _, r := range results {
		total.lines += r.lines
		for code, n := range r.byStatus {
			total.byStatus[code] += n
		}
	}
	return total.byStatus
}

func main() {
	chunks := [][]string{
		{"GET /a 200", "GET /b 404"},
		{"POST /c 500"},
	}
	total := analyse(chunks)
	codes := make([]string, 0, len(total))
	for c := range total {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	fmt.Println(codes)
}
