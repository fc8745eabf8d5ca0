// A build scheduler queues batches on a channel of *Batch; each batch carries a mutex and a stats
// map that the scheduler and the builder both update. The builder receives the scheduler's own
// batch, not a copy, so both lock the same mutex around their writes to the stats map.
package main

import (
	"fmt"
	"sync"
)

type Batch struct {
	mu      sync.Mutex
	Targets []string
	Stats   map[string]int
}

type scheduler struct {
	queue chan *Batch
}

func (s *scheduler) submit(b *Batch) {
	s.queue <- b
	b.mu.Lock()
	b.Stats["queued"]++
	b.mu.Unlock()
}

func build(queue <-chan *Batch, done chan<- int) {
	built := 0
	for b := range queue {
		for range b.Targets {
			built++
		}
		b.mu.Lock()
		b.Stats["built"] += len(b.Targets)
		b.mu.Unlock()
	}
	done <- built
}

func main() {
	s := &scheduler{queue: make(chan *Batch, 1)}
	done := make(chan int)
	go build(s.queue, done)

	batch := &Batch{Targets: []string{"//api:server", "//web:bundle"}, Stats: make(map[string]int)}
	s.submit(batch)
	close(s.queue)
	built := <-done

	batch.mu.Lock()
	fmt.Println("built", built, "targets; stats", batch.Stats)
	batch.mu.Unlock()
}
