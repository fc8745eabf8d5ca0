// A job queue keeps pending and leased jobs in two maps behind one mutex. Lease moves a
// job from pending to inflight holding that mutex, the one the reaper ranges inflight
// under.
package main

import (
	"fmt"
	"os"
	"sort"
	"sync"
	"time"
)

type queue struct {
	mu       sync.Mutex
	pending  map[string]string
	inflight map[string]time.Time
}

func (q *queue) lease(now time.Time) (string, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for id := range q.pending {
		delete(q.pending, id)
		q.inflight[id] = now.Add(30 * time.Second)
		return id, true
	}
	return "", false
}

func (q *queue) expired(now time.Time) []string {
	q.mu.Lock()
	defer q.mu.Unlock()
	var ids []string
	for id, deadline := range q.inflight {
		if now.After(deadline) {
			ids = append(ids, id)
		}
	}
	return ids
}

func main() {
	q := &queue{pending: make(map[string]string), inflight: make(map[string]time.Time)}
	for i := 0; i < 6; i++ {
		q.pending[fmt.Sprintf("job-%d", i)] = "resize image"
	}
	now := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	start := make(chan struct{})
	var wg sync.WaitGroup
	leased := make([][]string, 2)
	for w := range leased {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			for {
				id, ok := q.lease(now)
				if !ok {
					return
				}
				leased[w] = append(leased[w], id)
			}
		}()
	}
	close(start)
	stale := q.expired(now.Add(time.Minute))
	wg.Wait()
	sort.Strings(stale)
	fmt.Fprintln(os.Stdout, "leased:", len(leased[0])+len(leased[1]), "stale at reap:", len(stale))
}
