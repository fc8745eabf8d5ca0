// An in-process pub/sub broker runs every subscriber callback in its own goroutine so that a
// slow subscriber cannot stall Publish. A one-shot subscriber removes itself from inside its
// callback with unsubscribeLocked, written for callers that hold the broker's lock, because
// callbacks used to run under Publish's read lock; now the delete runs in the callback's
// goroutine with no lock, while the next Publish ranges over the subscribers.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Broker struct {
	mu      sync.RWMutex
	subs    map[int]func(msg string)
	nextID  int
	pending sync.WaitGroup
}

func NewBroker() *Broker { return &Broker{subs: make(map[int]func(string))} }

func (b *Broker) Subscribe(fn func(msg string)) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.nextID++
	b.subs[b.nextID] = fn
	return b.nextID
}

// unsubscribeLocked removes a subscriber; the caller holds b.mu.
func (b *Broker) unsubscribeLocked(id int) {
	delete(b.subs, id) // want "concurrent map write"
}

func (b *Broker) Publish(msg string) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	for _, fn := range b.subs { // other access
		b.pending.Add(1)
		go func() {
			defer b.pending.Done()
			fn(msg)
		}()
	}
}

func main() {
	b := NewBroker()
	var delivered atomic.Int64
	b.Subscribe(func(string) { delivered.Add(1) })
	var once atomic.Bool
	var id int
	id = b.Subscribe(func(msg string) {
		if once.CompareAndSwap(false, true) {
			b.unsubscribeLocked(id) // root cause
		}
	})
	b.Publish("deploy started")
	b.Publish("deploy finished")
	b.pending.Wait()
	fmt.Println(delivered.Load(), len(b.subs))
}
