// A near miss of pos_b18_channel_worker_sends_nil_counts: each worker, started by a function
// literal that captures the channel, makes its counts map before the early return for an empty
// file, so every map the collector receives and tags is made.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type fileCounts struct {
	file   string
	counts map[string]int
}

func scan(file, content string, out chan<- fileCounts) {
	counts := make(map[string]int)
	if strings.TrimSpace(content) == "" {
		out <- fileCounts{file: file, counts: counts}
		return
	}
	for _, line := range strings.Split(content, "\n") {
		level, _, found := strings.Cut(line, " ")
		if found {
			counts[level]++
		}
	}
	out <- fileCounts{file: file, counts: counts}
}

func main() {
	files := map[string]string{
		"api.log":    "INFO started\nWARN slow query\nINFO done",
		"worker.log": "ERROR lost lease\nINFO retry",
		"cron.log":   "   \n",
	}
	out := make(chan fileCounts, len(files))
	var wg sync.WaitGroup
	for name, content := range files {
		wg.Add(1)
		go func() {
			defer wg.Done()
			scan(name, content, out)
		}()
	}
	wg.Wait()
	close(out)

	total := map[string]int{}
	for fc := range out {
		fc.counts["files:"+fc.file] = 1
		for level, n := range fc.counts {
			total[level] += n
		}
	}
	keys := make([]string, 0, len(total))
	for k := range total {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, total[k])
	}
}
