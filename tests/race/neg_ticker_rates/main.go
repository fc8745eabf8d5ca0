// A currency service refreshes its exchange rates on every tick of a time.Ticker in a
// background goroutine; conversions read the map under the same RWMutex.
package main

import (
	"fmt"
	"sync"
	"time"
)

type rates struct {
	mu     sync.RWMutex
	perEUR map[string]float64
	wg     sync.WaitGroup
}

func (r *rates) refresh(ticks int) {
	defer r.wg.Done()
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	for i := 0; i < ticks; i++ {
		<-t.C
		r.mu.Lock()
		r.perEUR["USD"] = 1.08 + float64(i)/100
		r.mu.Unlock()
	}
}

func (r *rates) convert(eur float64, currency string) float64 {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return eur * r.perEUR[currency]
}

func main() {
	r := &rates{perEUR: map[string]float64{"USD": 1.08, "GBP": 0.85}}
	r.wg.Add(1)
	go r.refresh(3)
	price := r.convert(20, "GBP")
	r.wg.Wait()
	fmt.Printf("%.2f\n", price)
}
