// An access-log analyser fans lines out to parser workers, which send parsed entries to one
// collector goroutine that counts them by status class. main waits for the workers, closes
// the entries channel, waits for the collector to drain it, and only then reads the counts.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type entry struct {
	path  string
	class string
}

func parse(line string) (entry, bool) {
	f := strings.Fields(line)
	if len(f) < 3 || len(f[2]) != 3 {
		return entry{}, false
	}
	return entry{path: f[1], class: f[2][:1] + "xx"}, true
}

func main() {
	lines := []string{"GET /a 200", "GET /b 404", "POST /c 201", "GET /d 500", "GET /e 200", "bad"}
	jobs := make(chan string)
	entries := make(chan entry, len(lines))
	counts := make(map[string]int)
	collected := make(chan struct{})
	go func() {
		for e := range entries {
			counts[e.class]++
		}
		close(collected)
	}()
	var workers sync.WaitGroup
	for range 2 {
		workers.Go(func() {
			for l := range jobs {
				if e, ok := parse(l); ok {
					entries <- e
				}
			}
		})
	}
	for _, l := range lines {
		jobs <- l
	}
	close(jobs)
	workers.Wait()
	close(entries)
	<-collected
	var classes []string
	for c := range counts {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	fmt.Println(classes)
}
