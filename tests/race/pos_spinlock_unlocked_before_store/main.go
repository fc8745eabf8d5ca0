// A packet counter for a userspace load balancer guards its per-backend counts with a small
// spinlock built on atomic.Bool, because the critical sections are tiny. add reads the count
// under the spinlock but releases it before storing the sum, so two workers store together.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type spinlock struct{ held atomic.Bool }

func (l *spinlock) Lock() {
	for !l.held.CompareAndSwap(false, true) {
		runtime.Gosched()
	}
}

func (l *spinlock) Unlock() { l.held.Store(false) }

type counters struct {
	lock    spinlock
	packets map[string]uint64 // backend -> packets forwarded
}

func (c *counters) add(backend string, n uint64) {
	c.lock.Lock()
	sum := c.packets[backend] + n // other access
	c.lock.Unlock()
	c.packets[backend] = sum // want "concurrent map write"
}

func main() {
	c := &counters{packets: map[string]uint64{"10.0.0.5:443": 0}}
	var ready, wg sync.WaitGroup
	ready.Add(2)
	for w := range 2 {
		wg.Go(func() { // one forwarding worker per NIC queue
			ready.Done()
			ready.Wait()
			c.add("10.0.0.5:443", uint64(10+w))
		})
	}
	wg.Wait()
	fmt.Println(len(c.packets))
}
