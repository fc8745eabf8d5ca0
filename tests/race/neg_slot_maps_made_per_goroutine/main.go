// A log analyser fans access-log chunks out to one goroutine per chunk. Each goroutine makes
// the status map of its own slot of a results slice and counts into it; the slots are merged,
// after the wait, into a total that newChunkStats (called once) makes. The slots' maps are
// per goroutine, so nothing races (a near miss: the total's map is the only map the
// constructor makes, and the slots never share it).
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
			results[i].byStatus = map[string]int{}
			for _, line := range chunk {
				fields := strings.Fields(line)
				results[i].lines++
				results[i].byStatus[fields[len(fields)-1]]++
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
