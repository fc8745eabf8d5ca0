// A currency service refreshes its exchange rates on every tick of a time.Ticker in a
// background goroutine while the caller converts prices from the same map, unlocked.
package main

import (
	"fmt"
	"sync"
	"time"
)

type rates struct {
	perEUR map[string]float64
	wg     sync.WaitGroup
}

func (r *rates) refresh(ticks int) {
	defer r.wg.Done()
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	for i := 0; i < ticks; i++ {
		<-t.C
		r.perEUR["USD"] = 1.08 + float64(i)/100 // want "concurrent map write"
	}
}

func (r *rates) convert(eur float64, currency string) float64 {
	return eur * r.perEUR[currency] // other access
}

func main() {
	r := &rates{perEUR: map[string]float64{"USD": 1.08, "GBP": 0.85}}
	r.wg.Add(1)
	go r.refresh(3)
	price := r.convert(20, "GBP")
	r.wg.Wait()
	fmt.Printf("%.2f\n", price)
}
