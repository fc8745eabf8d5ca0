// A price service loads its currency table once with sync.OnceValue and hands the same map to
// every caller; one caller patches a rate into the returned map, which every concurrent caller
// shares.
package main

import (
	"fmt"
	"sync"
)

var rates = sync.OnceValue(func() map[string]float64 {
	table := make(map[string]float64)
	for cur, r := range map[string]float64{"EUR": 1, "USD": 1.08, "GBP": 0.85} {
		table[cur] = r
	}
	return table
})

func convert(amount float64, to string) float64 {
	return amount * rates()[to]
}

func applyOverride(cur string, rate float64) {
	rates()[cur] = rate // want "concurrent map write"
}

func main() {
	rates()
	var arrived, wg sync.WaitGroup
	arrived.Add(2)
	wg.Go(func() { arrived.Done(); arrived.Wait(); applyOverride("CHF", 0.95) })
	// The other caller is main itself, alive throughout, so the race detector sees both
	// writes in every run.
	arrived.Done()
	arrived.Wait()
	applyOverride("JPY", 162.3)
	wg.Wait()
	fmt.Printf("%.2f\n", convert(100, "USD"))
}
