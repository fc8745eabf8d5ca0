// A job queue keeps pending jobs and finished results in two maps, each with its own mutex
// so that submitters and result pollers do not contend. complete moves a job from pending to
// done while holding only pendingMu, so its write to done is not ordered with a poller that
// reads done under doneMu. The worker tells the poller it picked the job up before running
// it, as a progress callback would.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type job struct {
	id      int
	payload string
}

type Queue struct {
	pendingMu sync.Mutex
	pending   map[int]job
	doneMu    sync.Mutex
	done      map[int]string
}

func (q *Queue) Submit(j job) {
	q.pendingMu.Lock()
	q.pending[j.id] = j
	q.pendingMu.Unlock()
}

func (q *Queue) complete(id int, result string) {
	q.pendingMu.Lock()
	defer q.pendingMu.Unlock()
	delete(q.pending, id)
	q.done[id] = result // want "concurrent map write"
}

func (q *Queue) Result(id int) (string, bool) {
	q.doneMu.Lock()
	defer q.doneMu.Unlock()
	r, ok := q.done[id] // other access
	return r, ok
}

func (q *Queue) work(ids []int, picked chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for _, id := range ids {
		q.pendingMu.Lock()
		j := q.pending[id]
		q.pendingMu.Unlock()
		picked <- id
		q.complete(id, strings.ToUpper(j.payload))
	}
}

func main() {
	q := &Queue{pending: make(map[int]job), done: make(map[int]string)}
	q.Submit(job{id: 1, payload: "resize avatar"})
	picked := make(chan int)
	var wg sync.WaitGroup
	wg.Add(1)
	go q.work([]int{1}, picked, &wg)

	id := <-picked
	res, ready := q.Result(id)
	wg.Wait()
	fmt.Printf("job %d ready=%t %q\n", id, ready, res)
}
