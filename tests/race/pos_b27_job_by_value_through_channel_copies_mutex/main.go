// A build scheduler queues Batch values on a channel; each batch carries a mutex and a stats map
// that the scheduler and the builder both update. The channel send copies the struct: the
// builder locks the copy's mutex while the scheduler locks the original's, and the two copies
// share one stats map, which they then write at the same time.
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
	queue chan Batch
}

func (s *scheduler) submit(b *Batch) {
	s.queue <- *b // root cause
	b.mu.Lock()
	b.Stats["queued"]++ // want "concurrent map write"
	b.mu.Unlock()
}

func build(queue <-chan Batch, done chan<- int) {
	built := 0
	for b := range queue { // root cause
		for range b.Targets {
			built++
		}
		b.mu.Lock()
		b.Stats["built"] += len(b.Targets) // other access
		b.mu.Unlock()
	}
	done <- built
}

func main() {
	s := &scheduler{queue: make(chan Batch, 1)}
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
