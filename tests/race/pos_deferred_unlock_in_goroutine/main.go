// A job queue whose start method holds the lock (with a deferred unlock) while it launches the
// goroutine that forgets the job when it ends: the lock belongs to start, not to the goroutine,
// so the delete races with the next start and with the other jobs' deletes.
package main

import (
	"fmt"
	"sync"
)

type queue struct {
	mu       sync.Mutex
	inFlight map[int]string
	wg       sync.WaitGroup
}

func (q *queue) start(id int, worker string) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.inFlight[id] = worker // other access
	q.wg.Add(1)
	go func() {
		defer q.wg.Done()
		delete(q.inFlight, id) // want "concurrent map write"
	}()
}

func main() {
	q := &queue{inFlight: make(map[int]string)}
	for i, w := range []string{"w1", "w2"} {
		q.start(i, w)
	}
	q.wg.Wait()
	fmt.Println(len(q.inFlight))
}
