// A link checker's workers count down an atomic of outstanding pages, and the worker that
// reaches zero closes done. Each worker counts down before it records its page's status
// under the mutex, so main, which ranges over the statuses as soon as done is closed,
// races with the records still being stored.
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
			if pending.Add(-1) == 0 {
				close(done)
			}
			mu.Lock()
			statuses[u] = status // want "concurrent map write"
			mu.Unlock()
		}()
	}

	<-done
	var broken []string
	for u, status := range statuses { // other access
		if status != 200 {
			broken = append(broken, u+" "+strconv.Itoa(status))
		}
	}
	exited.Wait()
	sort.Strings(broken)
	os.Stdout.WriteString("broken links:\n" + strings.Join(broken, "\n") + "\n")
}
