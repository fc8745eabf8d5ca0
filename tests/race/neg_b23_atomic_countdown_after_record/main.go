// A link checker's workers record their page's status under the mutex and only then count
// down an atomic of outstanding pages; the worker that reaches zero closes done, after every
// record, and main ranges over the statuses once done is closed.
package main

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

func check(url string) int {
	if strings.Contains(url, "old") {
		return 404
	}
	return 200
}

func main() {
	urls := []string{"/", "/docs", "/docs/old-api", "/blog", "/blog/old-post", "/about"}
	var (
		mu       sync.Mutex
		statuses = make(map[string]int)
		pending  atomic.Int64
		exited   sync.WaitGroup
	)
	pending.Store(int64(len(urls)))
	done := make(chan struct{})
	for _, u := range urls {
		exited.Add(1)
		go func() {
			defer exited.Done()
			status := check(u)
			mu.Lock()
			statuses[u] = status
			mu.Unlock()
			if pending.Add(-1) == 0 {
				close(done)
			}
		}()
	}

	<-done
	var broken []string
	for u, status := range statuses {
		if status != 200 {
			broken = append(broken, u+" "+strconv.Itoa(status))
		}
	}
	exited.Wait()
	sort.Strings(broken)
	os.Stdout.WriteString("broken links:\n" + strings.Join(broken, "\n") + "\n")
}
