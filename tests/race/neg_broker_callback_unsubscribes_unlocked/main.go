// An in-process pub/sub broker runs every subscriber callback in its own goroutine so that a
// slow subscriber cannot stall Publish. A one-shot subscriber removes itself from inside its
// callback with Unsubscribe, which takes the broker's lock, so its delete is ordered with the
// next Publish's range over the subscribers.
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

// Unsubscribe removes a subscriber.
func (b *Broker) Unsubscribe(id int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	delete(b.subs, id)
}

func (b *Broker) Publish(msg string) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	for _, fn := range b.subs {
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
			b.Unsubscribe(id)
		}
	})
	b.Publish("deploy started")
	b.Publish("deploy finished")
	b.pending.Wait()
	fmt.Println(delivered.Load(), len(b.subs))
}
