// An order book takes its lock through a helper that returns the unlock function, and persists
// the new order's index asynchronously from inside the critical section; the goroutine writes
// the index after the deferred unlock has run, racing with the next order's write under the lock.
package main

import (
	"fmt"
	"sync"
)

type orderBook struct {
	mu       sync.Mutex
	orders   map[string]float64
	byPrice  map[float64]string
	persists sync.WaitGroup
	started  chan struct{}
}

func (b *orderBook) lock() func() {
	b.mu.Lock()
	return b.mu.Unlock
}

func (b *orderBook) place(id string, price float64) {
	defer b.lock()()
	b.orders[id] = price
	b.persists.Go(func() {
		b.started <- struct{}{}
		b.byPrice[price] = id // want "concurrent map write"
	})
}

func main() {
	b := &orderBook{
		orders:  make(map[string]float64),
		byPrice: make(map[float64]string),
		started: make(chan struct{}),
	}
	b.place("o-1", 101.5)
	<-b.started
	b.mu.Lock()
	b.byPrice[99.0] = "o-2" // other access
	b.mu.Unlock()
	b.persists.Wait()
	fmt.Println(len(b.byPrice))
}
