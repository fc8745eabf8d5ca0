// An order book takes its lock through a helper that returns the unlock function, and writes
// the new order's price index inside the critical section; only the notification, which does
// not touch the maps, runs asynchronously.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type orderBook struct {
	mu       sync.Mutex
	orders   map[string]float64
	byPrice  map[float64]string
	persists sync.WaitGroup
	started  chan struct{}
	notified atomic.Int64
}

func (b *orderBook) lock() func() {
	b.mu.Lock()
	return b.mu.Unlock
}

func (b *orderBook) place(id string, price float64) {
	defer b.lock()()
	b.orders[id] = price
	b.byPrice[price] = id
	b.persists.Go(func() {
		b.started <- struct{}{}
		b.notified.Add(1)
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
	b.byPrice[99.0] = "o-2"
	b.mu.Unlock()
	b.persists.Wait()
	fmt.Println(len(b.byPrice), b.notified.Load())
}
