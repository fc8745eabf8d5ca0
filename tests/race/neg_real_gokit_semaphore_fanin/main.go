// Reduced from github.com/go-kit/kit v0.13.0, metrics/cloudwatch (Send and its test): Send
// starts one goroutine per batch, each taking a slot of a semaphore channel and giving it
// back in a deferred closure, and then receives one result per batch from a channel made
// with that many slots; the test reads what the fake service recorded, without its mutex,
// only after Send returned. Every goroutine's write comes before its send, and Send receives
// as many times as it started goroutines, so the read is ordered after every write; the
// goroutines another test's Send started send on another channel, made by that call. Our own
// rewrite.
package main

import (
	"fmt"
	"sync"
)

type service interface {
	Put(batch []string) error
}

type fakeService struct {
	mu       sync.Mutex
	received map[string]int
}

func (s *fakeService) Put(batch []string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, name := range batch {
		s.received[name]++
	}
	return nil
}

type sender struct {
	svc   service
	sem   chan struct{}
	queue []string
}

func (c *sender) Send() error {
	var batches [][]string
	for len(c.queue) > 0 {
		n := min(len(c.queue), 2)
		batches = append(batches, c.queue[:n])
		c.queue = c.queue[n:]
	}
	errs := make(chan error, len(batches))
	for _, batch := range batches {
		go func(batch []string) {
			c.sem <- struct{}{}
			defer func() {
				<-c.sem
			}()
			errs <- c.svc.Put(batch)
		}(batch)
	}
	var first error
	for i := 0; i < cap(errs); i++ {
		if err := <-errs; err != nil && first == nil {
			first = err
		}
	}
	return first
}

// report sends one queue through its own sender and fake service, then reads what the
// service recorded; two reports run at once, like two tests of one package.
func report(queue []string, done chan<- int) {
	svc := &fakeService{received: map[string]int{}}
	c := &sender{svc: svc, sem: make(chan struct{}, 2), queue: queue}
	if err := c.Send(); err != nil {
		panic(err)
	}
	total := 0
	for _, name := range queue {
		total += svc.received[name]
	}
	done <- total
}

func main() {
	done := make(chan int)
	go report([]string{"a", "b", "c", "d", "e"}, done)
	go report([]string{"f", "g", "h"}, done)
	fmt.Println(<-done + <-done)
}
