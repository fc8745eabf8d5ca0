// A job queue that tracks in-flight jobs in a map; every method locks and defers the unlock,
// including the early returns.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type queue struct {
	mu       sync.Mutex
	inFlight map[int]string
}

func (q *queue) start(id int, worker string) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if _, busy := q.inFlight[id]; busy {
		return errors.New("already running")
	}
	q.inFlight[id] = worker
	return nil
}

func (q *queue) finish(id int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	delete(q.inFlight, id)
}

func main() {
	q := &queue{inFlight: make(map[int]string)}
	var wg sync.WaitGroup
	for i, w := range []string{"w1", "w2", "w3"} {
		wg.Go(func() {
			if q.start(i%2, w) == nil {
				q.finish(i % 2)
			}
		})
	}
	wg.Wait()
	fmt.Println(len(q.inFlight))
}
