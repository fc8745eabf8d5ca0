// A price service loads its currency table once with sync.OnceValue and hands the same map to
// every caller; callers only read it, and the table is written only inside the once-function.
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

func main() {
	var arrived, wg sync.WaitGroup
	arrived.Add(2)
	results := make([]float64, 2)
	wg.Go(func() { arrived.Done(); arrived.Wait(); results[0] = convert(100, "USD") })
	wg.Go(func() { arrived.Done(); arrived.Wait(); results[1] = convert(100, "GBP") })
	wg.Wait()
	fmt.Printf("%.2f %.2f\n", results[0], results[1])
}
