// A job queue publishes its per-queue depths on /debug/vars through an expvar.Func. Enqueue
// and the workers change the depths under the queue's mutex, but the expvar.Func closure
// copies the map without taking it, so a scrape of /debug/vars races with an enqueue.
package main

import (
	"expvar"
	"fmt"
	"net/http/httptest"
	"strings"
	"sync"
)

type jobQueue struct {
	mu    sync.Mutex
	jobs  []string
	depth map[string]int // queue name -> pending jobs
}

func newJobQueue() *jobQueue {
	q := &jobQueue{depth: map[string]int{"emails": 0, "reports": 0}}
	expvar.Publish("queue_depth", expvar.Func(func() any {
		out := make(map[string]int)
		for name, n := range q.depth { // other access
			out[name] = n
		}
		return out
	}))
	return q
}

func (q *jobQueue) Enqueue(queue, job string) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.jobs = append(q.jobs, queue+"/"+job)
	q.depth[queue]++ // want "concurrent map write"
}

func main() {
	q := newJobQueue()
	var ready, wg sync.WaitGroup
	ready.Add(2)
	wg.Go(func() {
		ready.Done()
		ready.Wait()
		q.Enqueue("emails", "welcome-42")
	})
	ready.Done()
	ready.Wait()
	rec := httptest.NewRecorder()
	expvar.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/debug/vars", nil))
	wg.Wait()
	fmt.Println(rec.Code, strings.Contains(rec.Body.String(), `"queue_depth"`))
}
